"""Pure decisions: which tier a tally earns, and what must happen to a member."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from .counting import Tally, Window
from .models import Tier


def window_of(tier: Tier) -> Window:
    return Window(tier.window, tier.window_days)


def meets(tier: Tier, tallies: dict[str, Tally]) -> bool:
    tally = tallies.get(window_of(tier).key, Tally())
    if tally.referrals < tier.min_referrals:
        return False
    return tier.min_revenue is None or tally.revenue >= tier.min_revenue


def earned_tier(ladder: Sequence[Tier], tallies: dict[str, Tally]) -> Tier | None:
    """The highest tier (ladder sorted by rank) whose entry rule the tallies meet."""
    earned = None
    for tier in ladder:
        if meets(tier, tallies):
            earned = tier
    return earned


def next_tier(ladder: Sequence[Tier], current: Tier | None) -> Tier | None:
    for tier in ladder:
        if current is None or tier.rank > current.rank:
            return tier
    return None


def rank(tier: Tier | None) -> int:
    return tier.rank if tier is not None else 0


PROMOTE, AT_RISK, DEMOTE, RECOVER, STAY = "promote", "at_risk", "demote", "recover", ""


def decide(
    current: Tier | None,
    demote_after: datetime | None,
    earned: Tier | None,
    now: datetime,
    grace_days: int,
) -> str:
    """Promotion at once; demotion only after the grace period."""
    if rank(earned) > rank(current):
        return PROMOTE
    if rank(earned) == rank(current):
        return RECOVER if demote_after is not None else STAY
    if demote_after is None:
        return DEMOTE if grace_days == 0 else AT_RISK
    return DEMOTE if demote_after <= now else STAY
