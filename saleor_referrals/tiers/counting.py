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
from django.db.models import Count, Q, Sum

from ..models import Referral, ReferralStatus
from .models import TierWindow

CONVERTED_STATUSES = (ReferralStatus.APPROVED, ReferralStatus.REWARDED)
# Converted, plus qualified (reward on hold): what the per-advocate cap counts.
CAP_COUNTED_STATUSES = (ReferralStatus.QUALIFIED, *CONVERTED_STATUSES)


def converted_q(
    since: datetime | None = None, until: datetime | None = None, prefix: str = ""
) -> Q:
    """The filter of converted referrals in [since, until) (`prefix` for joins)."""
    condition = Q(**{f"{prefix}status__in": CONVERTED_STATUSES})
    if since is not None:
        condition &= Q(**{f"{prefix}created_at__gte": since})
    if until is not None:
        condition &= Q(**{f"{prefix}created_at__lt": until})
    return condition


def converted_referrals(
    advocate_id: int,
    program_id: int,
    since: datetime | None = None,
    until: datetime | None = None,
    using: str = DEFAULT_DB_ALIAS,
) -> int:
    return (
        Referral.objects.using(using)
        .filter(
            converted_q(since, until), program_id=program_id, advocate_id=advocate_id
        )
        .count()
    )


def referrals_counting_toward_cap(
    advocate_id: int,
    program_id: int,
    exclude_referral_id: int | None = None,
    using: str = DEFAULT_DB_ALIAS,
) -> int:
    return (
        Referral.objects.using(using)
        .filter(
            program_id=program_id,
            advocate_id=advocate_id,
            status__in=CAP_COUNTED_STATUSES,
        )
        .exclude(pk=exclude_referral_id)
        .count()
    )


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
