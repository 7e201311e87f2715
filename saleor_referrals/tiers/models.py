"""Tier ladder, memberships, milestones and badges (imported by `models.py`)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone

MONEY = {"max_digits": 12, "decimal_places": 3}


class TierWindow(models.TextChoices):
    LIFETIME = "lifetime", "Lifetime"
    ROLLING = "rolling", "Rolling number of days"
    CALENDAR_YEAR = "calendar_year", "Calendar year"


class Tier(models.Model):
    """One rung of a channel program's ladder: an entry rule and its perks."""

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="tiers",
        on_delete=models.CASCADE,
    )
    name = models.CharField(max_length=64)
    # {"fa": "...", "ar": "..."}: the name shown in other languages.
    name_translations = models.JSONField(default=dict, blank=True)
    rank = models.PositiveIntegerField()

    # Entry rule: converted referrals (and optionally referred revenue) in a window.
    min_referrals = models.PositiveIntegerField()
    min_revenue = models.DecimalField(**MONEY, null=True, blank=True)
    window = models.CharField(
        max_length=16, choices=TierWindow.choices, default=TierWindow.LIFETIME
    )
    window_days = models.PositiveIntegerField(null=True, blank=True)

    # Perks.
    reward_multiplier = models.DecimalField(
        max_digits=6, decimal_places=2, null=True, blank=True
    )
    reward_fixed = models.DecimalField(**MONEY, null=True, blank=True)
    entry_reward_kind = models.CharField(max_length=16, blank=True)
    entry_reward_value = models.DecimalField(**MONEY, null=True, blank=True)
    member_discount_percent = models.DecimalField(
        max_digits=5, decimal_places=2, null=True, blank=True
    )
    # The tier's Saleor voucher that carries every member's personal code.
    member_voucher_id = models.CharField(max_length=64, blank=True)
    early_access_collection_ids = models.JSONField(default=list, blank=True)
    early_access_until = models.DateTimeField(null=True, blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("program", "rank")
        constraints = [
            models.UniqueConstraint(
                fields=["program", "rank"], name="tier_rank_unique_per_program"
            ),
            models.UniqueConstraint(
                "program", Lower("name"), name="tier_name_unique_per_program"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} (rank {self.rank})"

    def translated_name(self, language: str) -> str:
        return (self.name_translations or {}).get(language) or self.name


class TierMembership(models.Model):
    """Where an advocate stands on a program's ladder.

    One row per (program, advocate), created on the first evaluation: its row lock
    serializes every tier decision about that advocate.
    """

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="tier_memberships",
        on_delete=models.CASCADE,
    )
    advocate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_tier_memberships",
        on_delete=models.CASCADE,
    )
    tier = models.ForeignKey(
        Tier, related_name="members", on_delete=models.SET_NULL, null=True
    )
    since = models.DateTimeField(null=True, blank=True)
    # Set when the counts fell below the tier: the grace period runs until then.
    demote_after = models.DateTimeField(null=True, blank=True, db_index=True)
    # The member's personal code on the tier's voucher (member discount).
    member_code = models.CharField(max_length=64, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("pk",)
        constraints = [
            models.UniqueConstraint(
                fields=["program", "advocate"], name="tier_membership_one_per_advocate"
            ),
            models.UniqueConstraint(
                fields=["member_code"],
                condition=~Q(member_code=""),
                name="tier_member_code_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"Advocate {self.advocate_id} in tier {self.tier_id}"


class TierChangeKind(models.TextChoices):
    PROMOTED = "promoted", "Promoted"
    AT_RISK = "at_risk", "At risk (grace period started)"
    RECOVERED = "recovered", "Back above the threshold"
    DEMOTED = "demoted", "Demoted"


class TierChange(models.Model):
    """An advocate's tier history: every move, with its time and reason."""

    membership = models.ForeignKey(
        TierMembership, related_name="changes", on_delete=models.CASCADE
    )
    kind = models.CharField(max_length=16, choices=TierChangeKind.choices)
    from_tier = models.ForeignKey(
        Tier, related_name="+", on_delete=models.SET_NULL, null=True
    )
    to_tier = models.ForeignKey(
        Tier, related_name="+", on_delete=models.SET_NULL, null=True
    )
    # Names are copied: a deleted tier stays readable in the history.
    from_tier_name = models.CharField(max_length=64, blank=True)
    to_tier_name = models.CharField(max_length=64, blank=True)
    converted_referrals = models.PositiveIntegerField(default=0)
    reason = models.CharField(max_length=255)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("pk",)

    def __str__(self) -> str:
        return (
            f"{self.kind}: {self.from_tier_name or '-'} -> {self.to_tier_name or '-'}"
        )


class Milestone(models.Model):
    """At `referrals` converted referrals an advocate earns a badge (and a bonus)."""

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="milestones",
        on_delete=models.CASCADE,
    )
    slug = models.SlugField(max_length=64)
    name = models.CharField(max_length=64)
    name_translations = models.JSONField(default=dict, blank=True)
    referrals = models.PositiveIntegerField()
    bonus_kind = models.CharField(max_length=16, blank=True)
    bonus_value = models.DecimalField(**MONEY, null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("program", "referrals", "pk")
        constraints = [
            models.UniqueConstraint(
                fields=["program", "slug"], name="milestone_slug_unique_per_program"
            ),
            models.UniqueConstraint(
                "program", Lower("name"), name="milestone_name_unique_per_program"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} at {self.referrals}"

    def translated_name(self, language: str) -> str:
        return (self.name_translations or {}).get(language) or self.name


class Badge(models.Model):
    """A milestone reached: earned once, kept."""

    milestone = models.ForeignKey(
        Milestone, related_name="badges", on_delete=models.CASCADE
    )
    advocate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_badges",
        on_delete=models.CASCADE,
    )
    earned_at = models.DateTimeField(default=timezone.now)
    reason = models.CharField(max_length=255)

    class Meta:
        ordering = ("earned_at", "pk")
        constraints = [
            models.UniqueConstraint(
                fields=["milestone", "advocate"], name="badge_once_per_advocate"
            ),
        ]

    def __str__(self) -> str:
        return f"Badge {self.milestone_id} of {self.advocate_id}"


class PlacementStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"


class TierPlacementRun(models.Model):
    """Placing every existing advocate after a ladder or milestone change."""

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="tier_placements",
        on_delete=models.CASCADE,
    )
    status = models.CharField(
        max_length=16, choices=PlacementStatus.choices, default=PlacementStatus.QUEUED
    )
    reason = models.CharField(max_length=255)
    pay_entry_rewards = models.BooleanField(default=False)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    # Keyset cursor: the last advocate id placed, so a retried run resumes.
    last_advocate_id = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"Placement {self.pk} ({self.status} {self.done}/{self.total})"
