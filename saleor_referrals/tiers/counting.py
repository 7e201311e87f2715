"""How many converted referrals an advocate has: the one count tiers, milestones
and the reward cap use.

A *converted* referral is past its hold: approved or rewarded. A reversal (or a
rejection) takes it away everywhere. A referral counts in the window of its friend's
order (`Referral.created_at`).

The reward cap counts one more status on purpose: a qualified referral's reward is
held, not yet converted, but counting it is what stops two friends paying at once
from both squeezing under the cap during the hold.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Count, Sum

from ..converted import (
    CAP_COUNTED_STATUSES,
    CONVERTED_STATUSES,
    converted_q,
    converted_referrals,
    referrals_counting_toward_cap,
)
from ..models import Referral
from .models import TierWindow

# The one definition lives in the core (`saleor_referrals.converted`).
__all__ = [
    "CAP_COUNTED_STATUSES",
    "CONVERTED_STATUSES",
    "converted_q",
    "converted_referrals",
    "referrals_counting_toward_cap",
]


@dataclass(frozen=True)
class Window:
    kind: str
    days: int | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.days or 0}"

    def start(self, now: datetime) -> datetime | None:
        if self.kind == TierWindow.ROLLING:
            return now - timedelta(days=self.days or 0)
        if self.kind == TierWindow.CALENDAR_YEAR:
            return now.replace(
                month=1, day=1, hour=0, minute=0, second=0, microsecond=0
            )
        return None


@dataclass(frozen=True)
class Tally:
    referrals: int = 0
    revenue: Decimal = Decimal("0")


def tallies(
    program_id: int,
    advocate_ids: Iterable[int],
    windows: Iterable[Window],
    now: datetime,
    using: str = DEFAULT_DB_ALIAS,
) -> dict[int, dict[str, Tally]]:
    """Converted referrals and referred revenue of many advocates in every window:
    one grouped query, whatever the number of advocates and windows."""
    windows = list({window.key: window for window in windows}.values())
    annotations = {}
    for index, window in enumerate(windows):
        condition = converted_q(window.start(now))
        annotations[f"n{index}"] = Count("pk", filter=condition)
        annotations[f"r{index}"] = Sum("order_total", filter=condition)
    rows = (
        Referral.objects.using(using)
        .filter(program_id=program_id, advocate_id__in=list(advocate_ids))
        .filter(status__in=CONVERTED_STATUSES)
        .values("advocate_id")
        .annotate(**annotations)
        .order_by()
    )
    result: dict[int, dict[str, Tally]] = {}
    for row in rows:
        result[row["advocate_id"]] = {
            window.key: Tally(row[f"n{index}"], row[f"r{index}"] or Decimal("0"))
            for index, window in enumerate(windows)
        }
    return result
