"""The referral program's own tables.

Nothing here points at a Saleor table except the swappable user model: Saleor objects
(channels, orders, vouchers, gift cards) are referenced by their ids as plain values,
so the domain runs without Saleor and our migrations never depend on Saleor's.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

MONEY = {"max_digits": 12, "decimal_places": 3}


class DiscountType(models.TextChoices):
    PERCENTAGE = "percentage", "Percentage"
    FIXED = "fixed", "Fixed amount"
    FREE_SHIPPING = "free_shipping", "Free shipping"


class RewardKind(models.TextChoices):
    VOUCHER = "voucher", "Voucher"
    STORE_CREDIT = "store_credit", "Store credit"
    DONATION = "donation", "Donation"
    PERK = "perk", "Perk"


class ReferralProgram(models.Model):
    """The always-on program of one channel, mirrored from the plugin configuration."""

    channel_slug = models.SlugField(max_length=255, unique=True)
    currency = models.CharField(max_length=3)
    is_active = models.BooleanField(default=False)

    friend_discount_type = models.CharField(
        max_length=32, choices=DiscountType.choices, default=DiscountType.PERCENTAGE
    )
    friend_discount_value = models.DecimalField(**MONEY, default=Decimal("10"))
    friend_min_spent = models.DecimalField(**MONEY, null=True, blank=True)

    advocate_reward_type = models.CharField(
        max_length=32, choices=RewardKind.choices, default=RewardKind.VOUCHER
    )
    advocate_reward_value = models.DecimalField(**MONEY, default=Decimal("10"))

    min_order_total = models.DecimalField(**MONEY, default=Decimal("0"))
    new_customers_only = models.BooleanField(default=True)
    hold_days = models.PositiveIntegerField(default=14)
    max_rewards_per_advocate = models.PositiveIntegerField(default=0)

    storefront_url = models.URLField(max_length=500, blank=True)
    code_prefix = models.CharField(max_length=12, blank=True)
    terms = models.TextField(blank=True)
    # {language: terms} where the operator translated them (config.py, terms_<lang>).
    terms_translations = models.JSONField(default=dict, blank=True)
    # The wings with something configured for this program (`registry.configured`):
    # kept by the wings' own saves, so a wing with nothing here costs a referred
    # order no query. Null: not known yet, every wing looks.
    configured_wings = models.JSONField(null=True, blank=True, default=list)

    # Fraud rules: off, flag (staff review) or reject.
    fraud_same_address = models.CharField(max_length=8, default="flag")
    fraud_same_phone = models.CharField(max_length=8, default="flag")
    velocity_per_day = models.PositiveIntegerField(default=0)
    velocity_per_week = models.PositiveIntegerField(default=0)
    velocity_action = models.CharField(max_length=8, default="flag")

    # Saleor voucher that carries every advocate's code as one of its codes.
    friend_voucher_id = models.CharField(max_length=64, blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    # E-mails (see config.py for what each value means).
    thank_you_email = models.CharField(max_length=16, default="first_order")
    status_emails = models.BooleanField(default=True)
    invitation_emails = models.BooleanField(default=True)
    nudge_after_days = models.PositiveIntegerField(default=0)
    email_language = models.CharField(max_length=8, default="en")
    email_sender_name = models.CharField(max_length=100, blank=True)
    email_sender_address = models.EmailField(blank=True)

    # Tiers: days an advocate keeps a tier after falling below it.
    tier_grace_days = models.PositiveIntegerField(default=30)
    # Latest public date of any tier's early-access collections (kept by the tier
    # mutations): the checkout hook skips early access when it is past or null.
    early_access_until = models.DateTimeField(null=True, blank=True)
    # Store credit per friend who registers with a code; 0 is off.
    signup_reward_value = models.DecimalField(**MONEY, default=Decimal("0"))
    # Whether advocates who never chose appear on the public leaderboard.
    leaderboard_default = models.BooleanField(default=True)

    class Meta:
        ordering = ("channel_slug",)

    def __str__(self) -> str:
        return f"Referral program for {self.channel_slug}"

    def terms_in(self, language: str) -> str:
        """The terms in `language` when translated into it, else the default terms."""
        return (self.terms_translations or {}).get(language) or self.terms

    def share_url(self, code: str) -> str:
        base = self.storefront_url or ""
        separator = "&" if "?" in base else "?"
        return f"{base}{separator}ref={code}"


class ReferralCode(models.Model):
    """An advocate's personal code: upper-case canonical form, one per program."""

    program = models.ForeignKey(
        ReferralProgram, related_name="codes", on_delete=models.CASCADE
    )
    # Kept (deactivated) when the customer is deleted: referrals point at it.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_codes",
        on_delete=models.SET_NULL,
        null=True,
    )
    code = models.CharField(max_length=64, unique=True)
    is_vanity = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("pk",)
        constraints = [
            models.UniqueConstraint(
                fields=["program", "user"], name="referral_code_one_per_advocate"
            ),
        ]

    def __str__(self) -> str:
        return self.code


class ReferralStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    QUALIFIED = "qualified", "Qualified"
    APPROVED = "approved", "Approved"
    REWARDED = "rewarded", "Rewarded"
    FLAGGED = "flagged", "Flagged for review"
    REJECTED = "rejected", "Rejected"
    REVERSED = "reversed", "Reversed"


class ReferralSource(models.TextChoices):
    CODE = "code", "Voucher code at checkout"
    LINK = "link", "Share link"
    SIGNUP = "signup", "Sign-up with a code"
    MANUAL = "manual", "Manual attribution"
    SURVEY = "survey", "How did you hear about us"
    EVENT = "event", "Guest pass to an event"


class Referral(models.Model):
    """An advocate brought a friend; at most one referral per order."""

    program = models.ForeignKey(
        ReferralProgram, related_name="referrals", on_delete=models.CASCADE
    )
    code = models.ForeignKey(
        ReferralCode, related_name="referrals", on_delete=models.PROTECT
    )
    advocate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referrals_made",
        on_delete=models.SET_NULL,
        null=True,
    )
    friend = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referrals_received",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    friend_email = models.EmailField(blank=True)
    friend_email_normalized = models.CharField(
        max_length=254, blank=True, db_index=True
    )
    source = models.CharField(max_length=16, choices=ReferralSource.choices)
    # The campaign live when the referral was attributed: its advocate reward
    # follows that campaign even when it is released after the end.
    campaign = models.ForeignKey(
        "saleor_referrals.Campaign",
        related_name="referrals",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )

    order_id = models.CharField(max_length=64, null=True, blank=True, unique=True)
    order_number = models.CharField(max_length=64, blank=True)
    order_total = models.DecimalField(**MONEY, null=True, blank=True)
    # What the friend's order was discounted (the friend offer's cost to the shop).
    # The database defaults too, so bulk loads (benchmarks, imports) may omit it.
    friend_discount = models.DecimalField(
        **MONEY, default=Decimal("0"), db_default=Decimal("0")
    )
    currency = models.CharField(max_length=3)
    # Where the friend's link was shared (`referral_network` checkout metadata, set
    # by the landing page from the link's `utm_source`); blank when unknown.
    network = models.CharField(max_length=16, blank=True, default="", db_default="")

    status = models.CharField(
        max_length=16, choices=ReferralStatus.choices, default=ReferralStatus.PENDING
    )
    status_reason = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-created_at", "-pk")
        indexes = [
            models.Index(fields=["program", "status"], name="referral_program_status"),
            models.Index(
                fields=["advocate", "status"], name="referral_advocate_status"
            ),
            # The public leaderboard: an index-only scan of converted referrals.
            models.Index(
                fields=["program", "status", "created_at"],
                include=["advocate"],
                name="referral_leaderboard",
            ),
            # The program's numbers count partial days from the raw rows
            # (`insights.totals.raw_buckets`): every column they group and sum is
            # in the index, so the count is an index-only scan, with no visit to
            # the table for each referral of the day.
            models.Index(
                fields=["program", "created_at"],
                include=[
                    "status",
                    "source",
                    "network",
                    "campaign",
                    "order_total",
                    "friend_discount",
                ],
                name="referral_program_time",
            ),
            # An advocate's own counts (`analytics.advocate_stats`, the profile's
            # referral list's total): an index-only scan of their entries, not a
            # table page per referral (100,000 for the largest at 10M).
            models.Index(
                fields=["advocate", "program"],
                include=["status", "order_id"],
                name="referral_advocate_counts",
            ),
            # The ledger's partial days join each reward to its referral's
            # campaign and network: an index-only lookup, not a table page each.
            models.Index(
                fields=["id"],
                include=["campaign", "network"],
                name="referral_campaign_network",
            ),
        ]
        constraints = [
            # A friend belongs to the first advocate who brought them.
            models.UniqueConstraint(
                fields=["program", "friend_email_normalized"],
                condition=~Q(status="rejected") & ~Q(friend_email_normalized=""),
                name="referral_one_per_friend",
            ),
        ]

    def __str__(self) -> str:
        return f"Referral {self.pk} ({self.status})"


class ReferralStatusChange(models.Model):
    referral = models.ForeignKey(
        Referral, related_name="status_changes", on_delete=models.CASCADE
    )
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16)
    reason = models.CharField(max_length=255)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("pk",)

    def __str__(self) -> str:
        return f"{self.from_status or '-'} -> {self.to_status}: {self.reason}"


class RewardSide(models.TextChoices):
    ADVOCATE = "advocate", "Advocate"
    FRIEND = "friend", "Friend"


class RewardStatus(models.TextChoices):
    HELD = "held", "Held"
    ISSUED = "issued", "Issued"
    CANCELLED = "cancelled", "Cancelled before release"
    REVOKED = "revoked", "Revoked"
    FAILED = "failed", "Failed"


class Reward(models.Model):
    """One entry of the reward ledger.

    `idempotency_key` is unique: the same (referral, side, kind) can never be booked
    twice, whatever the number of hooks, retries or workers that try.
    """

    program = models.ForeignKey(
        ReferralProgram, related_name="rewards", on_delete=models.CASCADE
    )
    referral = models.ForeignKey(
        Referral, related_name="rewards", on_delete=models.CASCADE, null=True
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_rewards",
        on_delete=models.SET_NULL,
        null=True,
    )
    side = models.CharField(max_length=16, choices=RewardSide.choices)
    kind = models.CharField(max_length=16, choices=RewardKind.choices)
    amount = models.DecimalField(**MONEY)
    currency = models.CharField(max_length=3)
    status = models.CharField(
        max_length=16, choices=RewardStatus.choices, default=RewardStatus.HELD
    )
    status_reason = models.CharField(max_length=255, blank=True)
    idempotency_key = models.CharField(max_length=128, unique=True)
    release_at = models.DateTimeField(db_index=True)
    issued_at = models.DateTimeField(null=True, blank=True)

    # The Saleor object that carries the reward once issued.
    voucher_id = models.CharField(max_length=64, blank=True)
    voucher_code = models.CharField(max_length=64, blank=True)
    gift_card_id = models.CharField(max_length=64, blank=True)

    revoked_amount = models.DecimalField(**MONEY, default=Decimal("0"))
    shortfall_amount = models.DecimalField(**MONEY, default=Decimal("0"))
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-created_at", "-pk")
        indexes = [
            # The program's numbers read partial days of the ledger by time, with
            # the columns they group and sum: an index-only scan (see Referral's
            # `referral_program_time`).
            models.Index(
                fields=["program", "created_at"],
                include=[
                    "referral",
                    "status",
                    "amount",
                    "revoked_amount",
                    "idempotency_key",
                ],
                name="reward_ledger_time",
            ),
            # An advocate's earnings (`analytics.advocate_stats`) and the total of
            # their reward list: index-only, as `referral_advocate_counts`.
            models.Index(
                fields=["recipient", "program"],
                include=["status", "kind", "amount", "revoked_amount"],
                name="reward_recipient_money",
            ),
        ]
        constraints = [
            # A donation is carried by the cause's payouts, not a Saleor object.
            models.CheckConstraint(
                condition=~Q(status="issued")
                | ~Q(voucher_id="", gift_card_id="")
                | Q(kind="donation"),
                name="reward_issued_has_saleor_object",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.side} {self.kind} {self.amount} {self.currency} ({self.status})"


class RewardStatusChange(models.Model):
    reward = models.ForeignKey(
        Reward, related_name="status_changes", on_delete=models.CASCADE
    )
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16)
    reason = models.CharField(max_length=255)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("pk",)

    def __str__(self) -> str:
        return f"{self.from_status or '-'} -> {self.to_status}: {self.reason}"


class StoreCreditWallet(models.Model):
    """The customer's store-credit gift card in one currency.

    Saleor allows any number of gift cards per customer; the wallet is ours so that
    credit always lands on one card that grows.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_wallets",
        on_delete=models.CASCADE,
    )
    currency = models.CharField(max_length=3)
    gift_card_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "currency"], name="wallet_one_per_user_currency"
            ),
        ]

    def __str__(self) -> str:
        return f"Store credit wallet {self.currency} of user {self.user_id}"


class ShareNetwork(models.TextChoices):
    EMAIL = "email", "E-mail"
    WHATSAPP = "whatsapp", "WhatsApp"
    TELEGRAM = "telegram", "Telegram"
    X = "x", "X"
    FACEBOOK = "facebook", "Facebook"
    LINKEDIN = "linkedin", "LinkedIn"
    SMS = "sms", "SMS"
    COPY_LINK = "copy_link", "Copied link"
    OTHER = "other", "Other"


class ReferralVisit(models.Model):
    """A landing-page visit through an advocate's link (funnel analytics)."""

    program = models.ForeignKey(
        ReferralProgram, related_name="visits", on_delete=models.CASCADE
    )
    code = models.ForeignKey(
        ReferralCode, related_name="visits", on_delete=models.CASCADE
    )
    network = models.CharField(
        max_length=16, choices=ShareNetwork.choices, default=ShareNetwork.OTHER
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ("-created_at",)
        indexes = [
            models.Index(
                fields=["program", "created_at"],
                include=["network"],
                name="visit_program_time",
            ),
        ]

    def __str__(self) -> str:
        return f"Visit via {self.code_id} ({self.network})"


from .campaigns.models import (  # noqa: E402, F401
    Campaign,
    CampaignSwitch,
    Contest,
    ContestPrize,
)
from .causes.models import Cause, Donation, DonationPayout  # noqa: E402, F401
from .emails.models import EmailLog, EmailOptOut  # noqa: E402, F401
from .events.models import Event, EventInvitation, EventPass  # noqa: E402, F401
from .exports.models import ReferralExportEvent, ReferralExportFile  # noqa: E402, F401
from .insights.models import (  # noqa: E402, F401
    ConvertedTally,
    DailyDelta,
    DailyTotal,
    LeaderboardChoice,
    MemberDiscountUse,
    ReferralShare,
    RepeatOrder,
)
from .outbox import OutboxMessage  # noqa: E402, F401
from .tiers.models import (  # noqa: E402, F401
    Badge,
    Milestone,
    Tier,
    TierChange,
    TierMembership,
    TierPlacementRun,
)
