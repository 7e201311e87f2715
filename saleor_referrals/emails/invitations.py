"""An advocate invites a friend by e-mail (called by the `referralInvite` mutation)."""

from __future__ import annotations

import hashlib
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from .. import outbox
from ..identity import MAX_EMAIL_LENGTH
from ..models import ReferralProgram
from . import consent
from .registry import INVITATIONS

MAX_MESSAGE_LENGTH = 1000


def queue_invitation(
    *,
    program: ReferralProgram,
    advocate: Any,
    email: str,
    message: str,
    language: str,
) -> bool:
    """Queue the invitation after the current transaction commits.

    False, with nothing queued, when the address unsubscribed from invitations or
    the channel has invitations (or the program) off, or has no storefront URL for
    the link (the task would drop such an invitation). True when queued; an
    advocate's second invitation to the same address is queued but not sent again.
    `message` is plain text (escaped in the html part); `language` is the one the
    friend should read (en, fa, ar, or a Saleor code such as "fa-IR"; anything else
    falls back to the channel's default). Raises ValueError for an invalid address.
    """
    email = (email or "").strip()
    try:
        if len(email) > MAX_EMAIL_LENGTH:
            raise ValidationError("too long")
        validate_email(email)
    except ValidationError:
        raise ValueError(f"{email[:80]!r} is not an e-mail address") from None
    if not (program.is_active and program.invitation_emails and program.storefront_url):
        return False
    if consent.is_opted_out(email, INVITATIONS):
        return False
    from .tasks import email_invitation_task

    args = (
        program.pk,
        advocate.pk,
        email,
        (message or "")[:MAX_MESSAGE_LENGTH],
        language or "",
    )
    # Hashed: an address can be longer than the key column.
    key = hashlib.sha256(repr(args[:3]).encode()).hexdigest()
    outbox.send(email_invitation_task, *args, key=f"email_invitation:{key}")
    return True
