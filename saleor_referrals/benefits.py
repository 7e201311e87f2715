"""What an advocate earns for one converted friend: the one place the precedence
of the mechanics that change it is written.

1. the program's default amount (plugin settings);
2. the campaign stamped on the referral at attribution, even when the reward is
   booked or released after the campaign ended: its amount replaces the default,
   or its multiplier multiplies it;
3. the advocate's tier: its multiplier multiplies the amount so far; its fixed
   amount replaces the program default, and during a campaign the larger of the
   two wins (a campaign is a boost and never lowers a member's reward);
4. caps: `max_rewards_per_advocate` counts referrals and stops a referral before
   any amount is booked (`referrals._rule_failure`).

Amounts are rounded to the currency's precision once, at the end.
`advocate_reward_now` is what an advocate is told they get for their next friend:
the same precedence with the campaign live now, and nothing once the cap is reached.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import DEFAULT_DB_ALIAS

from . import registry
from .converted import referrals_counting_toward_cap
from .models import ReferralProgram
from .money import quantize

# The steps of the precedence above; each wing registers its modifier at its step
# (`registry.register_reward_modifier`): campaigns at CAMPAIGN_STEP, tiers at
# TIER_STEP.
CAMPAIGN_STEP = 20
TIER_STEP = 30


def advocate_reward_amount(
    program: ReferralProgram,
    advocate_id: int | None,
    campaign: Any = None,
    using: str = DEFAULT_DB_ALIAS,
) -> tuple[Decimal, str]:
    """The amount and the notes that explain it (empty for the plain default)."""
    benefit = registry.Benefit(amount=program.advocate_reward_value)
    for modifier in registry.reward_modifiers(program):
        modifier(benefit, program, advocate_id, campaign, using)
    return quantize(benefit.amount, program.currency), "; ".join(benefit.notes)


@dataclass(frozen=True)
class RewardNow:
    amount: Decimal
    notes: str
    rewards_left: int | None  # None: the program has no cap


def advocate_reward_now(
    program: ReferralProgram,
    advocate_id: int,
    campaign: Any,
    using: str = DEFAULT_DB_ALIAS,
) -> RewardNow:
    """The reward `advocate_id` gets for the next friend who converts, with
    `campaign` the one live now (a new referral is stamped with it): program,
    campaign, tier, then the cap (zero once `max_rewards_per_advocate` referrals
    count toward it)."""
    amount, notes = advocate_reward_amount(program, advocate_id, campaign, using)
    cap = program.max_rewards_per_advocate
    if not cap:
        return RewardNow(amount, notes, None)
    left = max(
        cap - referrals_counting_toward_cap(advocate_id, program.pk, using=using), 0
    )
    if left == 0:
        return RewardNow(
            quantize(Decimal(0), program.currency),
            f"reached the cap of {cap} rewarded referrals",
            0,
        )
    return RewardNow(amount, notes, left)
