"""Wire the causes into the app: donations ride on an advocate's held reward, and
the ledger issues and takes back the donation kind through the cause."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain_events import RewardStatusChanged

WING = "causes"


def has_donations(program_id: int) -> bool:
    """An active cause that receives a donation per referral."""
    from .models import Cause

    return Cause.objects.filter(
        program_id=program_id, is_active=True, donate_per_referral__gt=0
    ).exists()


def on_reward_status_changed(event: RewardStatusChanged) -> None:
    """A task's replay (see `history.replay_changes`) of a donation issued before
    its worker died: the donation's own event again, for the e-mails wing."""
    from ..domain_events import DonationIssued, publish
    from ..models import RewardKind, RewardStatus

    reward = event.reward
    if (
        event.replayed
        and event.to_status == RewardStatus.ISSUED
        and reward.kind == RewardKind.DONATION
    ):
        publish(DonationIssued(reward_id=reward.pk))


def setup_causes() -> None:
    from .. import domain_events, registry
    from ..domain_events import RewardStatusChanged
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
    domain_events.subscribe(
        RewardStatusChanged, on_reward_status_changed, in_transaction=True
    )
