"""What was e-mailed, and who asked not to be e-mailed.

Declared in the `saleor_referrals` app (models.py imports them) so that they share
its migrations.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class EmailStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed, will be retried"
    SKIPPED = "skipped", "Skipped (unsubscribed)"


class EmailLog(models.Model):
    """One e-mail caused by one event.

    (kind, event_key, recipient) is unique: a retried task or an event delivered
    twice finds the row and does not send again.
    """

    kind = models.CharField(max_length=32)
    event_key = models.CharField(max_length=128)
    recipient = models.CharField(max_length=254)
    # The customer the e-mail is about (the advocate, also for an invitation).
    customer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_emails",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="emails",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    language = models.CharField(max_length=8, blank=True)
    subject = models.CharField(max_length=255, blank=True)
    status = models.CharField(
        max_length=16, choices=EmailStatus.choices, default=EmailStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "saleor_referrals"
        ordering = ("-created_at", "-pk")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "event_key", "recipient"], name="email_once_per_event"
            ),
        ]
        indexes = [
            # The reminder sweep asks "what did this customer get lately?".
            models.Index(
                fields=["customer", "kind", "created_at"], name="email_customer_kind"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} to {self.recipient} ({self.status})"


class EmailOptOut(models.Model):
    """An address that unsubscribed from one topic of referral e-mails."""

    # identity.normalize_email: an opt-out also covers the address's +tag and
    # gmail-dot spellings.
    email_normalized = models.CharField(max_length=254)
    email = models.CharField(max_length=254)
    topic = models.CharField(max_length=32)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        app_label = "saleor_referrals"
        ordering = ("-created_at", "-pk")
        constraints = [
            models.UniqueConstraint(
                fields=["email_normalized", "topic"], name="email_opt_out_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} opted out of {self.topic}"
