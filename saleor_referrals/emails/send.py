"""Send one e-mail for one event, at most once.

The log row (kind, event_key, recipient) is claimed (inserted if new) and locked,
the send happens while it is locked, and it is marked sent in the same transaction,
so a duplicate task waits for the first and then finds it sent. A failed send is
recorded and raised for Celery to retry. (A crash after the SMTP server accepted
the message but before COMMIT would send it again on retry: at-least-once is the
price of never losing a reward e-mail to a transient failure.)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from email.utils import parseaddr
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import DatabaseError, connection, transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from ..identity import normalize_email
from ..models import ReferralProgram
from . import consent
from .models import EmailLog, EmailOptOut, EmailStatus
from .registry import EMAILS
from .render import RenderedEmail, render_email

logger = logging.getLogger(__name__)


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
        unsubscribe = consent.unsubscribe_url(program, recipient, spec.topic, language)
        # Without a link a marketing e-mail cannot go; an opted-out address still
        # gets its event recorded as skipped below.
        if not unsubscribe and not consent.is_opted_out(recipient, spec.topic):
            return Outcome.NO_LINK
    claim = Claim(kind, event_key[:128], recipient, program, language, customer_id)
    try:
        with transaction.atomic():
            log = _claim_locked(claim, spec.topic)
            if log.opted_out:
                if log.status == EmailStatus.SENT:
                    return Outcome.DUPLICATE
                if log.status != EmailStatus.SKIPPED:
                    _mark(log, EmailStatus.SKIPPED)
                return Outcome.UNSUBSCRIBED
            if log.status in (EmailStatus.SENT, EmailStatus.SKIPPED):
                return Outcome.DUPLICATE
            email = render_email(
                kind, language, {**context, "unsubscribe_url": unsubscribe}
            )
            build_message(
                email, program=program, recipient=recipient, unsubscribe=unsubscribe
            ).send()
            log.status = EmailStatus.SENT
            log.subject = email.subject[:255]
            log.attempts += 1
            log.error = ""
            log.sent_at = timezone.now()
            log.save(
                update_fields=["status", "subject", "attempts", "error", "sent_at"]
            )
    except Exception as error:
        _record_failure(claim, error)
        raise
    return Outcome.SENT


@dataclass(frozen=True)
class Claim:
    """The log row of one e-mail for one event (unique: kind, event_key, recipient)."""

    kind: str
    event_key: str
    recipient: str
    program: ReferralProgram
    language: str
    customer_id: int | None

    def new_row(self) -> EmailLog:
        return EmailLog(
            kind=self.kind,
            event_key=self.event_key,
            recipient=self.recipient.lower(),
            program=self.program,
            customer_id=self.customer_id,
            language=self.language,
        )

    def rows(self) -> QuerySet[EmailLog]:
        return EmailLog.objects.filter(
            kind=self.kind, event_key=self.event_key, recipient=self.recipient.lower()
        )


def _claim_locked(claim: Claim, topic: str | None) -> EmailLog:
    """The event's log row, created if new and locked until the transaction ends,
    with `opted_out` telling whether the recipient left `topic`: one statement.

    `INSERT ... ON CONFLICT DO UPDATE` (a no-op update) returns the new row or
    the existing one, locked either way: a concurrent worker's insert of the same
    row waits for ours to commit, then finds it, and the send happens once.
    """
    row = claim.new_row()
    quote = connection.ops.quote_name
    fields = [f for f in EmailLog._meta.concrete_fields if not f.primary_key]
    columns = ", ".join(quote(f.column) for f in fields)
    params: list[Any] = [
        f.get_db_prep_save(f.pre_save(row, True), connection) for f in fields
    ]
    unique = ", ".join(quote(name) for name in ("kind", "event_key", "recipient"))
    if topic:
        opted_out = (
            f"EXISTS (SELECT 1 FROM {quote(EmailOptOut._meta.db_table)} o "
            "WHERE o.email_normalized = %s AND o.topic = %s)"
        )
        params += [normalize_email(claim.recipient), topic]
    else:
        opted_out = "FALSE"
    attempts = quote("attempts")
    sql = (
        f"INSERT INTO {quote(EmailLog._meta.db_table)} AS log ({columns}) "
        f"VALUES ({', '.join(['%s'] * len(fields))}) "
        f"ON CONFLICT ({unique}) DO UPDATE SET {attempts} = log.{attempts} "
        f"RETURNING log.*, {opted_out} AS opted_out"
    )
    return next(iter(EmailLog.objects.raw(sql, params)))


def _record_failure(claim: Claim, error: Exception) -> None:
    """Keep the failed attempt (the send's transaction rolled back) for Celery's
    retry and for staff; never hide the original error."""
    message = f"{type(error).__name__}: {error}"[:255]
    try:
        with transaction.atomic():
            EmailLog.objects.bulk_create([claim.new_row()], ignore_conflicts=True)
            claim.rows().exclude(status=EmailStatus.SENT).update(
                status=EmailStatus.FAILED,
                attempts=F("attempts") + 1,
                error=message,
            )
    except DatabaseError:
        logger.exception("Could not record the failed %s e-mail", claim.kind)


def _mark(log: EmailLog, status: str) -> None:
    log.status = status
    log.save(update_fields=["status"])
