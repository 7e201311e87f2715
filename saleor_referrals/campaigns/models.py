"""Campaigns and contests (imported by `models.py`)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

MONEY = {"max_digits": 12, "decimal_places": 3}


class CampaignState(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    LIVE = "live", "Live: its offer is on the friend voucher"
    ENDED = "ended", "Ended"


class Campaign(models.Model):
    """A window in which a channel's friend offer and advocate reward change.

    `state` moves scheduled -> live -> ended only through the switch task, with the
    program row locked, so each move (and its voucher write) happens once.
    """

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="campaigns",
        on_delete=models.CASCADE,
    )
    name = models.CharField(max_length=100)
    # Landing copy: {"en": {"title": ..., "description": ...}, "fa": {...}, ...}.
    copy = models.JSONField(default=dict, blank=True)
    image_url = models.URLField(max_length=500, blank=True)
    starts_at = models.DateTimeField(db_index=True)
    ends_at = models.DateTimeField(db_index=True)

    # Friend offer override: blank type = the program's offer stays.
    friend_discount_type = models.CharField(max_length=32, blank=True)
    friend_discount_value = models.DecimalField(**MONEY, null=True, blank=True)
    friend_min_spent = models.DecimalField(**MONEY, null=True, blank=True)
    # Advocate reward override: an amount that replaces the program's, or a
    # multiplier of it (at most one of the two).
    advocate_reward_amount = models.DecimalField(**MONEY, null=True, blank=True)
    advocate_reward_multiplier = models.DecimalField(
        max_digits=6, decimal_places=2, null=True, blank=True
    )

    state = models.CharField(
        max_length=16, choices=CampaignState.choices, default=CampaignState.SCHEDULED
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("program", "starts_at", "pk")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="campaign_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(advocate_reward_amount__isnull=True)
                | Q(advocate_reward_multiplier__isnull=True),
                name="campaign_one_advocate_override",
            ),
            # At most one campaign of a channel on its friend voucher at a time.
            models.UniqueConstraint(
                fields=["program"],
                condition=Q(state="live"),
                name="campaign_one_live_per_program",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.state})"

    @property
    def overrides_friend_offer(self) -> bool:
        return bool(self.friend_discount_type)

    def copy_in(self, language: str) -> dict[str, str]:
        """Title and description in `language`, falling back to English."""
        copy = self.copy or {}
        chosen = copy.get(language) or {}
        english = copy.get("en") or {}
        return {
            key: chosen.get(key) or english.get(key) or ""
            for key in ("title", "description")
        }


class CampaignSwitchKind(models.TextChoices):
    START = "start", "Campaign offer put on the friend voucher"
    END = "end", "Program offer put back on the friend voucher"
    SKIPPED = "skipped", "Window passed before the switch ran"


class CampaignSwitch(models.Model):
    """A campaign's start or end on the friend voucher: once each, with its reason."""

    campaign = models.ForeignKey(
        Campaign, related_name="switches", on_delete=models.CASCADE
    )
    kind = models.CharField(max_length=16, choices=CampaignSwitchKind.choices)
    reason = models.CharField(max_length=255)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("pk",)
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "kind"], name="campaign_switch_once_per_kind"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.reason}"


class ContestState(models.TextChoices):
    OPEN = "open", "Open"
    DECIDED = "decided", "Winners decided"


class PrizeMethod(models.TextChoices):
    RANK = "rank", "By rank"
    DRAW = "draw", "Weighted draw"


class PrizeKind(models.TextChoices):
    VOUCHER = "voucher", "Voucher"
    STORE_CREDIT = "store_credit", "Store credit"
    PHYSICAL = "physical", "Physical prize"


class Contest(models.Model):
    """Advocates compete on converted referrals in a window."""

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="contests",
        on_delete=models.CASCADE,
    )
    name = models.CharField(max_length=100)
    # {"fa": "...", "ar": "..."}: the name shown in other languages.
    name_translations = models.JSONField(default=dict, blank=True)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    # Converted referrals an advocate needs in the window to take part.
    min_referrals = models.PositiveIntegerField(default=1)

    state = models.CharField(
        max_length=16, choices=ContestState.choices, default=ContestState.OPEN
    )
    # The draw's seed, recorded so anyone can repeat the draw.
    seed = models.CharField(max_length=64, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.CharField(max_length=255, blank=True)
    entrants = models.PositiveIntegerField(default=0)
    # Recorded at the decision: what the prizes cost against what the counted
    # referrals brought in (issue-level analytics read these).
    prize_cost = models.DecimalField(**MONEY, default=0)
    referred_revenue = models.DecimalField(**MONEY, default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("program", "-starts_at", "-pk")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="contest_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.state})"

    def translated_name(self, language: str) -> str:
        return (self.name_translations or {}).get(language) or self.name


class ContestPrize(models.Model):
    """One prize: a rank's or a draw's. `position` orders the prizes of a method:
    rank 1, 2, ... and draw 1, 2, ... (draws are made in that order)."""

    contest = models.ForeignKey(
        Contest, related_name="prizes", on_delete=models.CASCADE
    )
    method = models.CharField(max_length=8, choices=PrizeMethod.choices)
    position = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, choices=PrizeKind.choices)
    # Voucher or store-credit value; for a physical prize what it cost the shop.
    amount = models.DecimalField(**MONEY, default=0)
    description = models.CharField(max_length=255, blank=True)

    winner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_contest_prizes",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    winner_referrals = models.PositiveIntegerField(default=0)
    reward = models.OneToOneField(
        "saleor_referrals.Reward",
        related_name="contest_prize",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    fulfilled_at = models.DateTimeField(null=True, blank=True)
    fulfilled_by = models.CharField(max_length=255, blank=True)
    fulfilment_note = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ("contest", "method", "position")
        constraints = [
            models.UniqueConstraint(
                fields=["contest", "method", "position"],
                name="contest_prize_unique_position",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.method} {self.position}: {self.kind}"

    @property
    def key(self) -> str:
        """The prize's ledger idempotency key part: `rank:1`, `draw:2`."""
        return f"{self.method}:{self.position}"
