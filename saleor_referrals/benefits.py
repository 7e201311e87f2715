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

from django.db import DEFAULT_DB_ALIAS

from .campaigns.models import Campaign
from .models import ReferralProgram
from .money import quantize
from .tiers.counting import referrals_counting_toward_cap
from .tiers.perks import tier_reward_perk


def advocate_reward_amount(
    program: ReferralProgram,
    advocate_id: int | None,
    campaign: Campaign | None = None,
    using: str = DEFAULT_DB_ALIAS,
) -> tuple[Decimal, str]:
    """The amount and the notes that explain it (empty for the plain default)."""
    amount = program.advocate_reward_value
    notes: list[str] = []
    boosted = False
    if campaign is not None:
        if campaign.advocate_reward_amount is not None:
            amount, boosted = campaign.advocate_reward_amount, True
            notes.append(f"campaign {campaign.name} reward")
        elif campaign.advocate_reward_multiplier is not None:
            amount, boosted = amount * campaign.advocate_reward_multiplier, True
            notes.append(
                f"campaign {campaign.name} "
                f"x{campaign.advocate_reward_multiplier.normalize()}"
            )
    perk = tier_reward_perk(program, advocate_id, using)
    if perk is not None:
        name, multiplier, fixed = perk
        if fixed is not None:
            if not boosted or fixed > amount:
                amount = fixed
                notes.append(f"{name} tier reward")
        elif multiplier is not None:
            amount *= multiplier
            notes.append(f"{name} tier reward x{multiplier.normalize()}")
    return quantize(amount, program.currency), "; ".join(notes)


@dataclass(frozen=True)
class RewardNow:
    amount: Decimal
    notes: str
    rewards_left: int | None  # None: the program has no cap


def advocate_reward_now(
    program: ReferralProgram,
    advocate_id: int,
    campaign: Campaign | None,
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
