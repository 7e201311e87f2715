"""Wire the causes into the app: donations ride on an advocate's held reward, and
the ledger issues and takes back the donation kind through the cause."""

from __future__ import annotations

WING = "causes"


def has_donations(program_id: int) -> bool:
    """An active cause that receives a donation per referral."""
    from .models import Cause

    return Cause.objects.filter(
        program_id=program_id, is_active=True, donate_per_referral__gt=0
    ).exists()


def setup_causes() -> None:
    from .. import registry
    from ..models import RewardKind
    from . import donations
    from .models import Cause

    registry.register_held_reward_follower(WING, donations.book_program_donations)
    registry.register_configuration(WING, has_donations, [Cause])
    registry.register_reward_kind(
        RewardKind.DONATION,
        registry.RewardKindHandler(
            issue=donations.issue, take_back=donations.take_back
        ),
    )
