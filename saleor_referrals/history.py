"""Every status change is stored with its time and reason, then announced."""

from collections.abc import Sequence

from django.db.models import Q

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


def replay_changes(
    referral: Referral | None,
    *,
    referral_changes: Q | None = None,
    reward_changes: Q | None = None,
) -> int:
    """Announce again, from the history, the status changes a task made before its
    worker died (the process killed after the step's commit, before the follow-ups
    that run in the task after it: a status e-mail, the tier evaluation).

    `referral_changes` selects rows of `referral`'s history, `reward_changes` rows of
    its rewards' (or, without a referral, of any reward). The events carry
    `replayed=True`: what the change's own transaction wrote with it (an order note)
    is not written again, and each follow-up is idempotent (an e-mail's log row, the
    tier membership's lock), so a replay after a complete run changes nothing.
    Returns how many changes were announced.
    """
    announced = 0
    if referral is not None and referral_changes is not None:
        rows = ReferralStatusChange.objects.filter(
            referral_changes, referral=referral
        ).order_by("pk")
        for row in rows:
            domain_events.publish(
                ReferralStatusChanged(
                    referral, row.from_status, row.to_status, row.reason, replayed=True
                )
            )
            announced += 1
    if reward_changes is not None:
        rows = RewardStatusChange.objects.filter(reward_changes)
        if referral is not None:
            rows = rows.filter(reward__referral=referral)
        rows = rows.select_related("reward__program", "reward__recipient").order_by(
            "pk"
        )
        for row in rows:
            reward = row.reward
            if referral is not None:
                reward.referral = referral  # the task's own instance: no reload
            domain_events.publish(
                RewardStatusChanged(
                    reward, row.from_status, row.to_status, row.reason, replayed=True
                )
            )
            announced += 1
    return announced
