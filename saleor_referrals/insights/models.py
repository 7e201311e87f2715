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
