"""The funnel per day, as the export writes it.

`funnel_rows` is the one place the FUNNEL export reads: when `insights.funnel`
(the funnel of issue 13) lands, it replaces this function's body.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Count, Q
from django.db.models.functions import TruncDate

from ..analytics import QUALIFIED
from ..models import (
    Referral,
    ReferralProgram,
    ReferralStatus,
    ReferralVisit,
    ShareNetwork,
)

NETWORKS = [network.value for network in ShareNetwork]
STAGES = ("friends", "orders", "qualified", "rewarded", "rejected", "reversed")
HEADER = ["date", "visits", *(f"visits_{n}" for n in NETWORKS), *STAGES]


def _period(start: datetime | None, end: datetime | None) -> Q:
    period = Q()
    if start is not None:
        period &= Q(created_at__gte=start)
    if end is not None:
        period &= Q(created_at__lte=end)
    return period


def funnel_rows(
    program: ReferralProgram,
    start: datetime | None,
    end: datetime | None,
    using: str = DEFAULT_DB_ALIAS,
) -> Iterator[list]:
    """One row per UTC day with any visit or referral: visits (all and per share
    network) and the referral stages, as `analytics.program_summary` counts them."""
    day = TruncDate("created_at", tzinfo=UTC)
    visits: dict[date, dict[str, int]] = {}
    for when, network, n in (
        ReferralVisit.objects.using(using)
        .filter(_period(start, end), program_id=program.pk)
        .annotate(day=day)
        .values_list("day", "network")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        visits.setdefault(when, {})[network] = n
    stages: dict[date, dict[str, int]] = {}
    for row in (
        Referral.objects.using(using)
        .filter(_period(start, end), program_id=program.pk)
        .annotate(day=day)
        .values("day")
        .annotate(
            friends=Count("pk", filter=~Q(status=ReferralStatus.REJECTED)),
            orders=Count("pk", filter=Q(order_id__isnull=False)),
            qualified=Count(
                "pk", filter=Q(status__in=(*QUALIFIED, ReferralStatus.REWARDED))
            ),
            rewarded=Count("pk", filter=Q(status=ReferralStatus.REWARDED)),
            rejected=Count("pk", filter=Q(status=ReferralStatus.REJECTED)),
            reversed=Count("pk", filter=Q(status=ReferralStatus.REVERSED)),
        )
        .order_by()
    ):
        stages[row.pop("day")] = row
    for when in sorted(visits.keys() | stages.keys()):
        by_network = visits.get(when, {})
        counts = stages.get(when, {})
        yield [
            when.isoformat(),
            sum(by_network.values()),
            *(by_network.get(n, 0) for n in NETWORKS),
            *(counts.get(stage, 0) for stage in STAGES),
        ]
