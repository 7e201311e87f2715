"""Bearer tokens for the standalone server, shaped like Saleor's `tokenCreate`: a
JWT (HS256, signed with SECRET_KEY), which the Dashboard's app bridge decodes too."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest

MAX_AGE_SECONDS = 3600


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(signing_input: str) -> str:
    key = f"saleor-referrals-test-server:{settings.SECRET_KEY}".encode()
    return _b64(hmac.new(key, signing_input.encode(), hashlib.sha256).digest())


def token_for(user) -> str:
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    now = int(time.time())
    claims = {
        "token": "access",
        "user_id": str(user.pk),
        "email": user.email,
        "iat": now,
        "exp": now + MAX_AGE_SECONDS,
    }
    payload = _b64(json.dumps(claims).encode())
    return f"{header}.{payload}.{_signature(f'{header}.{payload}')}"


def _claims(token: str) -> dict | None:
    try:
        header, payload, signature = token.split(".")
        if not hmac.compare_digest(signature, _signature(f"{header}.{payload}")):
            return None
        claims = json.loads(_unb64(payload))
    except (ValueError, TypeError):
        return None
    if not isinstance(claims, dict) or claims.get("exp", 0) < time.time():
        return None
    return claims


def user_from_request(request: HttpRequest):
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() not in {"bearer", "jwt"} or not token:
        return AnonymousUser()
    claims = _claims(token)
    if claims is None:
        return AnonymousUser()
    user = get_user_model().objects.filter(pk=claims.get("user_id")).first()
    return user if user is not None and user.is_active else AnonymousUser()
