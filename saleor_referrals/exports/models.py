"""An export job: what was asked, how far it got, and the file it produced."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class ExportKind(models.TextChoices):
    REFERRALS = "referrals", "Referrals"
    REWARDS = "rewards", "Rewards (every ledger kind)"
    DONATIONS = "donations", "Donations"
    FUNNEL = "funnel", "Funnel per day"


class ExportStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    SUCCESS = "success", "Success"
    FAILED = "failed", "Failed"


class ReferralExportFile(models.Model):
    """One requested export of one channel's program (as Saleor's `ExportFile`)."""

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="export_files",
        on_delete=models.CASCADE,
    )
    kind = models.CharField(max_length=16, choices=ExportKind.choices)
    # [period_start, period_end] on the rows' creation time; null is open.
    period_start = models.DateTimeField(null=True, blank=True)
    period_end = models.DateTimeField(null=True, blank=True)
    campaign_id = models.BigIntegerField(null=True, blank=True)
    status = models.CharField(
        max_length=16, choices=ExportStatus.choices, default=ExportStatus.PENDING
    )
    status_reason = models.CharField(max_length=255, blank=True)
    rows_done = models.PositiveBigIntegerField(default=0)
    rows_total = models.PositiveBigIntegerField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    content_file = models.FileField(
        upload_to="referral_exports/", max_length=255, blank=True
    )
    requested_by = models.CharField(max_length=255)
    created_at = models.DateTimeField(default=timezone.now)
    # Touched with every chunk: a RUNNING export not touched for a while is stale
    # (its worker died) and may be taken over by a retry.
    updated_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-pk")
        indexes = [
            models.Index(fields=["program", "-created_at"], name="referral_export_list")
        ]

    def __str__(self) -> str:
        return f"{self.kind} export {self.pk} ({self.status})"


class ReferralExportEvent(models.Model):
    """Every status change of an export, with its reason."""

    export_file = models.ForeignKey(
        ReferralExportFile, related_name="events", on_delete=models.CASCADE
    )
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16)
    reason = models.CharField(max_length=255)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("pk",)

    def __str__(self) -> str:
        return f"{self.from_status or '-'} -> {self.to_status}: {self.reason}"
