"""Wire the causes into the app: donations ride on an advocate's held reward, and
the ledger issues and takes back the donation kind through the cause."""

from __future__ import annotations


def setup_causes() -> None:
    from .. import registry
    from ..models import RewardKind
    from . import donations

    registry.register_held_reward_follower("causes", donations.book_program_donations)
    registry.register_reward_kind(
        RewardKind.DONATION,
        registry.RewardKindHandler(
            issue=donations.issue, take_back=donations.take_back
        ),
    )
