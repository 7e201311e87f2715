"""An advocate's own choice about the public leaderboard."""

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
