"""Every status change is stored with its time and reason, then announced."""

from .models import Referral, ReferralStatusChange, Reward, RewardStatusChange
from .signals import referral_status_changed, reward_status_changed


def record_referral_status(referral: Referral, from_status: str, reason: str) -> None:
    """Store and announce that `referral` reached its current status."""
    ReferralStatusChange.objects.create(
        referral=referral,
        from_status=from_status,
        to_status=referral.status,
        reason=reason[:255],
    )
    referral_status_changed.send(
        sender=Referral,
        referral=referral,
        from_status=from_status,
        to_status=referral.status,
        reason=reason,
    )


def record_reward_status(reward: Reward, from_status: str, reason: str) -> None:
    RewardStatusChange.objects.create(
        reward=reward,
        from_status=from_status,
        to_status=reward.status,
        reason=reason[:255],
    )
    reward_status_changed.send(
        sender=Reward,
        reward=reward,
        from_status=from_status,
        to_status=reward.status,
        reason=reason,
    )


def change_referral_status(
    referral: Referral, to_status: str, reason: str, *, also_save: tuple[str, ...] = ()
) -> None:
    """Save the new status (and the fields named in `also_save`) in one UPDATE."""
    from_status = referral.status
    referral.status = to_status
    referral.status_reason = reason[:255]
    referral.save(update_fields=["status", "status_reason", "updated_at", *also_save])
    record_referral_status(referral, from_status, reason)


def change_reward_status(reward: Reward, to_status: str, reason: str) -> None:
    """Save the reward with its new status (and any field set before the call)."""
    from_status = reward.status
    reward.status = to_status
    reward.status_reason = reason[:255]
    reward.save()
    record_reward_status(reward, from_status, reason)
