"""The campaign's step of the reward precedence (see `saleor_referrals.benefits`):
the campaign stamped on the referral replaces the default amount or multiplies it."""

from __future__ import annotations

from typing import Any

from ..registry import Benefit


def campaign_modifier(
    benefit: Benefit,
    program: Any,
    advocate_id: int | None,
    campaign: Any,
    using: str,
) -> None:
    if campaign is None:
        return
    if campaign.advocate_reward_amount is not None:
        benefit.amount, benefit.boosted = campaign.advocate_reward_amount, True
        benefit.notes.append(f"campaign {campaign.name} reward")
    elif campaign.advocate_reward_multiplier is not None:
        benefit.amount *= campaign.advocate_reward_multiplier
        benefit.boosted = True
        benefit.notes.append(
            f"campaign {campaign.name} "
            f"x{campaign.advocate_reward_multiplier.normalize()}"
        )
