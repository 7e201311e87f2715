"""Send one e-mail for one event, at most once.

The log row (kind, event_key, recipient) is claimed first; the send happens while
that row is locked and it is marked sent in the same transaction, so a duplicate
task waits for the first and then finds it sent. A failed send is recorded and
raised for Celery to retry. (A crash after the SMTP server accepted the message but
before COMMIT would send it again on retry: at-least-once is the price of never
losing a reward e-mail to a transient failure.)
"""

from __future__ import annotations

from email.utils import parseaddr
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from ..models import ReferralProgram
from . import consent
from .models import EmailLog, EmailStatus
from .registry import EMAILS
from .render import RenderedEmail, render_email


class Outcome(StrEnum):
    SENT = "sent"
    DUPLICATE = "duplicate"  # this event's e-mail was already sent (or skipped)
    UNSUBSCRIBED = "unsubscribed"
    DISABLED = "disabled"  # off for the channel, or nothing to send
    NO_LINK = "no_link"  # a marketing e-mail without a public URL to link to


def sender(program: ReferralProgram) -> str:
    """`"Name" <address>` from the channel's settings, else DEFAULT_FROM_EMAIL's."""
    default_name, default_address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    address = program.email_sender_address or default_address
    name = program.email_sender_name
    if not name and not program.email_sender_address:
        name = default_name
    if not name:
        return address
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}" <{address}>'


def build_message(
    email: RenderedEmail, *, program: ReferralProgram, recipient: str, unsubscribe: str
) -> EmailMultiAlternatives:
    headers = {"Content-Language": email.language, "Auto-Submitted": "auto-generated"}
    if unsubscribe:
        # RFC 2369 link and RFC 8058 one-click: mail clients show "Unsubscribe" and
        # POST to the link themselves.
        headers["List-Unsubscribe"] = f"<{unsubscribe}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.text,
        from_email=sender(program),
        to=[recipient],
        headers=headers,
    )
    message.attach_alternative(email.html, "text/html")
    return message


def deliver(
    *,
    kind: str,
    event_key: str,
    recipient: str,
    program: ReferralProgram,
    language: str,
    context: dict[str, Any],
    customer_id: int | None = None,
) -> Outcome:
    """Send e-mail `kind` for `event_key` to `recipient` unless it already went.

    Writes: call inside `allow_writer()`. `context` must already be formatted in
    `language` (see content.py).
    """
    spec = EMAILS[kind]
    recipient = recipient.strip()
    if not recipient or not spec.enabled_for(program):
        return Outcome.DISABLED
    unsubscribe = ""
    if spec.topic:
        if consent.is_opted_out(recipient, spec.topic):
            log, created = _claim(
                kind, event_key, recipient, program, language, customer_id
            )
            if created or log.status != EmailStatus.SENT:
                _mark(log, EmailStatus.SKIPPED)
                return Outcome.UNSUBSCRIBED
            return Outcome.DUPLICATE
        unsubscribe = consent.unsubscribe_url(program, recipient, spec.topic, language)
        if not unsubscribe:
            return Outcome.NO_LINK
    log, _ = _claim(kind, event_key, recipient, program, language, customer_id)
    if log.status in (EmailStatus.SENT, EmailStatus.SKIPPED):
        return Outcome.DUPLICATE
    email = render_email(kind, language, {**context, "unsubscribe_url": unsubscribe})
    message = build_message(
        email, program=program, recipient=recipient, unsubscribe=unsubscribe
    )
    try:
        with transaction.atomic():
            locked = EmailLog.objects.select_for_update().get(pk=log.pk)
            if locked.status in (EmailStatus.SENT, EmailStatus.SKIPPED):
                return Outcome.DUPLICATE
            message.send()
            locked.status = EmailStatus.SENT
            locked.subject = email.subject[:255]
            locked.attempts += 1
            locked.error = ""
            locked.sent_at = timezone.now()
            locked.save()
    except Exception as error:
        EmailLog.objects.filter(pk=log.pk).exclude(status=EmailStatus.SENT).update(
            status=EmailStatus.FAILED,
            attempts=F("attempts") + 1,
            error=f"{type(error).__name__}: {error}"[:255],
        )
        raise
    return Outcome.SENT


def _claim(
    kind: str,
    event_key: str,
    recipient: str,
    program: ReferralProgram,
    language: str,
    customer_id: int | None,
) -> tuple[EmailLog, bool]:
    # get_or_create retries the read when a concurrent worker inserted first.
    return EmailLog.objects.get_or_create(
        kind=kind,
        event_key=event_key[:128],
        recipient=recipient.lower(),
        defaults={
            "program": program,
            "customer_id": customer_id,
            "language": language,
        },
    )


def _mark(log: EmailLog, status: str) -> None:
    log.status = status
    log.save(update_fields=["status"])
