"""Bearer tokens for the standalone server, shaped like Saleor's `tokenCreate`."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.http import HttpRequest

SALT = "saleor-referrals-test-server"
MAX_AGE_SECONDS = 3600


def token_for(user) -> str:
    return signing.dumps({"user": user.pk}, salt=SALT)


def user_from_request(request: HttpRequest):
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() not in {"bearer", "jwt"} or not token:
        return AnonymousUser()
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:
        return AnonymousUser()
    user = get_user_model().objects.filter(pk=payload.get("user")).first()
    return user if user is not None and user.is_active else AnonymousUser()
