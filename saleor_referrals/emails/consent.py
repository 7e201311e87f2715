"""Unsubscribe links and opt-outs.

A link carries a signed token (address, topic, language), so it works without a
login and cannot be forged for someone else's address. Tokens do not expire: an
unsubscribe link must keep working for as long as the e-mail is in a mailbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.urls import NoReverseMatch, reverse

from ..commerce import get_commerce
from ..identity import normalize_email
from ..models import ReferralProgram
from .models import EmailOptOut
from .registry import TOPICS

SALT = "saleor_referrals.unsubscribe"
# The plugin's own page in the shop (`plugin.webhook`): `<page url>?token=...`.
UNSUBSCRIBE_PAGE = "unsubscribe"
# Where `saleor_referrals.urls` is expected when it is not in the URLconf (the
# storefront, say, serves this path and calls the unsubscribe mutation).
DEFAULT_PATH = "/referrals/unsubscribe/{token}/"


@dataclass(frozen=True)
class Subscription:
    email: str
    topic: str
    language: str


def make_token(email: str, topic: str, language: str) -> str:
    payload = {"e": email.strip(), "t": topic, "l": language}
    return signing.dumps(payload, salt=SALT, compress=True)


def read_token(token: str) -> Subscription:
    """The subscription a token names; `signing.BadSignature` when it is not ours."""
    payload = signing.loads(token, salt=SALT)
    if not isinstance(payload, dict) or payload.get("t") not in TOPICS:
        raise signing.BadSignature("unknown topic")
    return Subscription(str(payload["e"]), payload["t"], str(payload.get("l", "")))


def opt_outs(email: str, topic: str) -> QuerySet[EmailOptOut]:
    """The opt-out of `email` (any spelling of it) from `topic`, if any."""
    return EmailOptOut.objects.filter(
        email_normalized=normalize_email(email), topic=topic
    )


def is_opted_out(email: str, topic: str) -> bool:
    return opt_outs(email, topic).exists()


def opt_out(email: str, topic: str) -> EmailOptOut:
    """Record the opt-out (idempotent: a second click finds the first one)."""
    normalized = normalize_email(email)
    try:
        with transaction.atomic():
            return EmailOptOut.objects.get_or_create(
                email_normalized=normalized,
                topic=topic,
                defaults={"email": email.strip()},
            )[0]
    except IntegrityError:  # the same link clicked twice at once
        return EmailOptOut.objects.get(email_normalized=normalized, topic=topic)


def configured_public_url() -> str:
    return (getattr(settings, "REFERRALS_PUBLIC_URL", "") or "").rstrip("/")


def storefront_origin(program: ReferralProgram) -> str:
    parts = urlsplit(program.storefront_url)
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""


def _path(token: str) -> str:
    if getattr(settings, "ROOT_URLCONF", None):
        try:
            return reverse("saleor_referrals:unsubscribe", kwargs={"token": token})
        except NoReverseMatch:
            pass
    return DEFAULT_PATH.format(token=token)


def unsubscribe_url(
    program: ReferralProgram, email: str, topic: str, language: str
) -> str:
    """Absolute link, or "" when there is no public address to link to.

    REFERRALS_PUBLIC_URL (with `saleor_referrals.urls` included, or a storefront
    page at DEFAULT_PATH) wins; else the plugin's page in the shop; else a
    storefront page at DEFAULT_PATH on the channel's storefront.
    """
    token = make_token(email, topic, language)
    if base := configured_public_url():
        return f"{base}{_path(token)}"
    if page := get_commerce().page_url(program.channel_slug, UNSUBSCRIBE_PAGE):
        return f"{page}?{urlencode({'token': token})}"
    base = storefront_origin(program)
    return f"{base}{_path(token)}" if base else ""
