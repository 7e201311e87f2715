"""What insights keep: leaderboard choices and tallies, shares, repeat orders and
daily totals."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class LeaderboardChoice(models.Model):
    """Shown or hidden on one program's leaderboard; absent means the program's
    `leaderboard_default`."""

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="leaderboard_choices",
        on_delete=models.CASCADE,
    )
    # CASCADE: a deleted customer's choice has nothing left to describe.
    advocate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_leaderboard_choices",
        on_delete=models.CASCADE,
    )
    show_on_leaderboard = models.BooleanField()
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["program", "advocate"], name="leaderboard_choice_once"
            ),
        ]

    def __str__(self) -> str:
        return f"Leaderboard {self.show_on_leaderboard} for {self.advocate_id}"


class ConvertedTally(models.Model):
    """Converted referrals of one advocate in one span: a month (`year`, `month`),
    a whole year (`month` 0) or all time (`year` 0, `month` 0).

    Kept by PostgreSQL triggers on the referral table (migration
    0014_converted_tallies) in the same statement that inserts, updates or deletes
    referrals, whatever the code path; `insights.tallies.recount` rebuilds it from
    the raw rows. `reached_at` is the latest converted referral in the span: the
    leaderboard's tie rule (whoever reached the count first ranks higher).
    """

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="converted_tallies",
        on_delete=models.CASCADE,
    )
    advocate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_converted_tallies",
        on_delete=models.CASCADE,
    )
    year = models.PositiveSmallIntegerField()
    month = models.PositiveSmallIntegerField()
    referrals = models.PositiveIntegerField()
    reached_at = models.DateTimeField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["program", "advocate", "year", "month"],
                name="converted_tally_once",
            ),
        ]
        indexes = [
            # The leaderboard of a span: top N in index order.
            models.Index(
                "program",
                "year",
                "month",
                models.F("referrals").desc(),
                "reached_at",
                "advocate",
                name="converted_tally_rank",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.advocate_id} {self.year}-{self.month}: {self.referrals}"


class LeaderboardSnapshot(models.Model):
    """The last-30-days leaderboard of one program as counted at `computed_at`:
    the window [computed_at - 30 days, computed_at). Refreshed by beat
    (`insights.leaderboard.refresh_rolling_boards`); read while it is fresh, else
    the board is counted from the raw rows (docs/social-proof.md)."""

    program = models.OneToOneField(
        "saleor_referrals.ReferralProgram",
        related_name="leaderboard_snapshot",
        on_delete=models.CASCADE,
    )
    computed_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Leaderboard of program {self.program_id} at {self.computed_at}"


class LeaderboardSnapshotEntry(models.Model):
    """One advocate of a snapshot, in rank order (the raw query's tie rule)."""

    snapshot = models.ForeignKey(
        LeaderboardSnapshot, related_name="entries", on_delete=models.CASCADE
    )
    # CASCADE: a deleted customer leaves the board at once, not at the next refresh.
    advocate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_leaderboard_entries",
        on_delete=models.CASCADE,
    )
    rank = models.PositiveIntegerField()
    referrals = models.PositiveIntegerField()
    reached_at = models.DateTimeField()

    class Meta:
        constraints = [
            # Also the read's index: the top N of a snapshot in rank order.
            models.UniqueConstraint(
                fields=["snapshot", "rank"], name="leaderboard_entry_rank"
            ),
            models.UniqueConstraint(
                fields=["snapshot", "advocate"], name="leaderboard_entry_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rank}. {self.advocate_id}: {self.referrals}"


class ReferralShare(models.Model):
    """An advocate clicked a share button (`referralShareTrack`): the funnel's first
    step, per network. Landing visits are `ReferralVisit`."""

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="shares",
        on_delete=models.CASCADE,
    )
    code = models.ForeignKey(
        "saleor_referrals.ReferralCode",
        related_name="shares",
        on_delete=models.CASCADE,
    )
    network = models.CharField(max_length=16)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at",)
        indexes = [
            models.Index(
                fields=["program", "created_at"],
                include=["network"],
                name="share_program_time",
            ),
        ]

    def __str__(self) -> str:
        return f"Share via {self.code_id} ({self.network})"


class RepeatOrder(models.Model):
    """A later paid order of a referred friend: referred revenue over a window.

    Recorded by the paid-order task (never in the shopper's request); `total` drops
    to what stays paid after a refund, and to 0 on a cancellation.
    """

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="repeat_orders",
        on_delete=models.CASCADE,
    )
    referral = models.ForeignKey(
        "saleor_referrals.Referral",
        related_name="repeat_orders",
        on_delete=models.CASCADE,
    )
    order_id = models.CharField(max_length=64, unique=True)
    order_number = models.CharField(max_length=64, blank=True)
    total = models.DecimalField(max_digits=12, decimal_places=3)
    currency = models.CharField(max_length=3)
    # Copied from the referral, so a window query reads one index.
    referral_created_at = models.DateTimeField()
    placed_at = models.DateTimeField(default=timezone.now)
    status_reason = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ("-placed_at", "-pk")
        indexes = [
            models.Index(
                fields=["program", "referral_created_at"],
                include=["placed_at", "total"],
                name="repeat_order_window",
            ),
        ]

    def __str__(self) -> str:
        return f"Repeat order {self.order_number} of referral {self.referral_id}"


class DailyTotal(models.Model):
    """Counts and sums per program, UTC day and dimension: the compacted part of
    the daily totals. The triggers on the raw tables (migrations 0014, 0015) append
    every change to `DailyDelta` in the writing transaction; `compact` folds the
    deltas in here. A reader adds both (insights/totals.py).

    kind       share / visit: n
               referral: n, orders (with an order), amount (order totals),
                         discount (friend discounts); category is the source
               reward: n, amount, taken_back (revoked); category is the ledger
                       key's prefix (referral, signup, tier-entry, milestone,
                       contest, donation, donated)
    campaign_id 0 for none; network '' when unknown; status the row's status.
    """

    program_id = models.BigIntegerField()
    day = models.DateField()
    kind = models.CharField(max_length=16)
    campaign_id = models.BigIntegerField(default=0)
    network = models.CharField(max_length=16, default="", blank=True)
    category = models.CharField(max_length=32, default="", blank=True)
    status = models.CharField(max_length=16, default="", blank=True)
    n = models.BigIntegerField(default=0)
    orders = models.BigIntegerField(default=0)
    amount = models.DecimalField(max_digits=18, decimal_places=3, default=0)
    discount = models.DecimalField(max_digits=18, decimal_places=3, default=0)
    taken_back = models.DecimalField(max_digits=18, decimal_places=3, default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "program_id",
                    "day",
                    "kind",
                    "campaign_id",
                    "network",
                    "category",
                    "status",
                ],
                name="daily_total_bucket",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.kind} {self.status}: {self.n}"


class DailyDelta(models.Model):
    """One change of the daily totals, appended by a trigger (never updated, so
    concurrent writers never wait on each other or deadlock), folded into
    `DailyTotal` by `insights.compaction.compact`. Same columns as DailyTotal."""

    program_id = models.BigIntegerField()
    day = models.DateField()
    kind = models.CharField(max_length=16)
    campaign_id = models.BigIntegerField(default=0)
    network = models.CharField(max_length=16, default="", blank=True)
    category = models.CharField(max_length=32, default="", blank=True)
    status = models.CharField(max_length=16, default="", blank=True)
    n = models.BigIntegerField(default=0)
    orders = models.BigIntegerField(default=0)
    amount = models.DecimalField(max_digits=18, decimal_places=3, default=0)
    discount = models.DecimalField(max_digits=18, decimal_places=3, default=0)
    taken_back = models.DecimalField(max_digits=18, decimal_places=3, default=0)

    class Meta:
        indexes = [
            models.Index(fields=["program_id", "day"], name="daily_delta_program_day"),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.kind} {self.status}: {self.n:+}"


class MemberDiscountUse(models.Model):
    """A paid order on which a tier member used their personal member code: the
    member discount's cost to the shop (a cost line of `referralReport`).

    Recorded once per order by the paid-order task, never in the shopper's request.
    """

    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="member_discount_uses",
        on_delete=models.CASCADE,
    )
    # The member's tier when the order was paid (kept if the tier is deleted later).
    tier = models.ForeignKey(
        "saleor_referrals.Tier",
        related_name="member_discount_uses",
        on_delete=models.SET_NULL,
        null=True,
    )
    advocate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_member_discount_uses",
        on_delete=models.SET_NULL,
        null=True,
    )
    order_id = models.CharField(max_length=64, unique=True)
    discount = models.DecimalField(max_digits=12, decimal_places=3)
    currency = models.CharField(max_length=3)
    paid_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-paid_at", "-pk")
        indexes = [
            models.Index(
                fields=["program", "paid_at"],
                include=["discount", "tier"],
                name="member_discount_period",
            ),
        ]

    def __str__(self) -> str:
        return f"Member discount {self.discount} {self.currency} on {self.order_id}"
