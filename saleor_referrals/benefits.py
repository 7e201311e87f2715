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
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import DEFAULT_DB_ALIAS

from . import registry
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
