"""How many converted referrals an advocate has: the one count tiers, milestones,
contests, leaderboards and the reward cap use (DESIGN §7).

A *converted* referral is past its hold: approved or rewarded. A reversal (or a
rejection) takes it away everywhere. A referral counts in the window of its friend's
order (`Referral.created_at`).

The reward cap counts one more status on purpose: a qualified referral's reward is
held, not yet converted, but counting it is what stops two friends paying at once
from both squeezing under the cap during the hold.
"""

from __future__ import annotations

from datetime import datetime

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Q

from .models import Referral, ReferralStatus

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
