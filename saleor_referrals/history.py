"""Every status change is stored with its time and reason."""

from .models import Referral, ReferralStatusChange, Reward, RewardStatusChange


def change_referral_status(referral: Referral, to_status: str, reason: str) -> None:
    from_status = referral.status
    referral.status = to_status
    referral.status_reason = reason[:255]
    referral.save(update_fields=["status", "status_reason", "updated_at"])
    ReferralStatusChange.objects.create(
        referral=referral,
        from_status=from_status,
        to_status=to_status,
        reason=reason[:255],
    )


def change_reward_status(reward: Reward, to_status: str, reason: str) -> None:
    """Save the reward with its new status (and any field set before the call)."""
    from_status = reward.status
    reward.status = to_status
    reward.status_reason = reason[:255]
    reward.save()
    RewardStatusChange.objects.create(
        reward=reward, from_status=from_status, to_status=to_status, reason=reason[:255]
    )
