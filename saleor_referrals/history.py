"""Every status change is stored with its time and reason, then announced."""

from collections.abc import Sequence

from . import domain_events
from .domain_events import ReferralStatusChanged, RewardStatusChanged
from .models import Referral, ReferralStatusChange, Reward, RewardStatusChange


def record_referral_status(referral: Referral, from_status: str, reason: str) -> None:
    """Store and announce that `referral` reached its current status."""
    _record_referral_steps(referral, [(from_status, referral.status, reason)])


def _record_referral_steps(
    referral: Referral, steps: Sequence[tuple[str, str, str]]
) -> None:
    """One history row per (from, to, reason) step, in one INSERT; then the
    announcements, in order."""
    ReferralStatusChange.objects.bulk_create(
        ReferralStatusChange(
            referral=referral,
            from_status=from_status,
            to_status=to_status,
            reason=reason[:255],
        )
        for from_status, to_status, reason in steps
    )
    for from_status, to_status, reason in steps:
        domain_events.publish(
            ReferralStatusChanged(referral, from_status, to_status, reason)
        )


def record_reward_status(reward: Reward, from_status: str, reason: str) -> None:
    RewardStatusChange.objects.create(
        reward=reward,
        from_status=from_status,
        to_status=reward.status,
        reason=reason[:255],
    )
    domain_events.publish(
        RewardStatusChanged(reward, from_status, reward.status, reason)
    )


def change_referral_status(
    referral: Referral, to_status: str, reason: str, *, also_save: tuple[str, ...] = ()
) -> None:
    """Save the new status (and the fields named in `also_save`) in one UPDATE."""
    change_referral_status_in_steps(
        referral, [(to_status, reason)], also_save=also_save
    )


def change_referral_status_in_steps(
    referral: Referral,
    steps: Sequence[tuple[str, str]],
    *,
    also_save: tuple[str, ...] = (),
) -> None:
    """Move the referral through several (status, reason) steps at once: one UPDATE
    to the last, every step still recorded and announced."""
    history = []
    for to_status, reason in steps:
        history.append((referral.status, to_status, reason))
        referral.status = to_status
        referral.status_reason = reason[:255]
    referral.save(update_fields=["status", "status_reason", "updated_at", *also_save])
    _record_referral_steps(referral, history)


def change_reward_status(reward: Reward, to_status: str, reason: str) -> None:
    """Save the reward with its new status (and any field set before the call)."""
    from_status = reward.status
    reward.status = to_status
    reward.status_reason = reason[:255]
    reward.save()
    record_reward_status(reward, from_status, reason)
