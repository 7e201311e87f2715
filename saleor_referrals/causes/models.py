"""A channel's causes, the donations booked for them and the payouts staff record.

A donation is a `Reward` of kind `donation` on the one ledger (held, issued,
cancelled, revoked, with its idempotency key); `Donation` only says which cause it
is for, where it came from and which payout carried it.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import models
from django.utils import timezone

MONEY = {"max_digits": 12, "decimal_places": 3}


class Cause(models.Model):
    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="causes",
        on_delete=models.CASCADE,
    )
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    url = models.URLField(max_length=500, blank=True)
    image_url = models.URLField(max_length=500, blank=True)
    goal_amount = models.DecimalField(**MONEY, null=True, blank=True)
    # What the program gives this cause for every converted referral; 0 for none.
    donate_per_referral = models.DecimalField(**MONEY, default=Decimal("0"))
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("pk",)
        constraints = [
            models.UniqueConstraint(
                fields=["program", "name"], name="cause_name_unique_per_program"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class DonationSource(models.TextChoices):
    PROGRAM = "program", "The program, per converted referral"
    ADVOCATE = "advocate", "An advocate gave their reward"
    CAMPAIGN = "campaign", "A campaign, per converted referral"


class DonationPayout(models.Model):
    """Money staff handed to a cause: the donations it carried are final."""

    cause = models.ForeignKey(Cause, related_name="payouts", on_delete=models.PROTECT)
    amount = models.DecimalField(**MONEY)
    currency = models.CharField(max_length=3)
    reference = models.CharField(max_length=255, blank=True)
    recorded_by = models.CharField(max_length=255)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"Payout {self.amount} {self.currency} to {self.cause_id}"


class Donation(models.Model):
    reward = models.OneToOneField(
        "saleor_referrals.Reward", related_name="donation", on_delete=models.CASCADE
    )
    cause = models.ForeignKey(Cause, related_name="donations", on_delete=models.PROTECT)
    source = models.CharField(max_length=16, choices=DonationSource.choices)
    # Filled by campaigns for their donations (nullable, no foreign key, so this
    # package does not depend on theirs).
    campaign_id = models.BigIntegerField(null=True, blank=True)
    # The advocate's own reward that was given up for this donation.
    donated_reward = models.OneToOneField(
        "saleor_referrals.Reward",
        related_name="donated_as",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    payout = models.ForeignKey(
        DonationPayout,
        related_name="donations",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"Donation {self.reward_id} to {self.cause_id}"
