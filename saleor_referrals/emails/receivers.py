"""Status e-mails follow the status signals.

The signals are sent inside the transaction that saved the change, so receivers
record an outbox message in it (nothing sent for a rolled-back change, nothing lost
to a broker outage); the Celery task does the rest after commit.
"""

from __future__ import annotations

from typing import Any

from .. import outbox
from ..models import (
    Referral,
    ReferralStatus,
    Reward,
    RewardKind,
    RewardSide,
    RewardStatus,
)
from ..signals import referral_status_changed, reward_status_changed
from .flows import REWARD_EMAILS, has_real_hold


def on_referral_status_changed(
    sender: Any, referral: Referral, to_status: str, **kwargs: Any
) -> None:
    if to_status != ReferralStatus.PENDING or referral.advocate_id is None:
        return
    from .tasks import email_referral_status_task

    outbox.send(
        email_referral_status_task,
        referral.pk,
        str(to_status),
        key=f"email_referral_status:{referral.pk}:{to_status}",
    )


def on_reward_status_changed(
    sender: Any, reward: Reward, to_status: str, **kwargs: Any
) -> None:
    if (
        to_status not in REWARD_EMAILS
        or reward.side != RewardSide.ADVOCATE
        # A donation goes to a cause: the advocate gets the donation e-mail.
        or reward.kind == RewardKind.DONATION
    ):
        return
    if to_status == RewardStatus.HELD and not has_real_hold(reward):
        return  # the "released" e-mail, moments later, says it all
    from .tasks import email_reward_status_task

    outbox.send(
        email_reward_status_task,
        reward.pk,
        str(to_status),
        key=f"email_reward_status:{reward.pk}:{to_status}",
    )


def connect() -> None:
    """Idempotent (dispatch_uid): ready() may run more than once in tests."""
    referral_status_changed.connect(
        on_referral_status_changed,
        sender=Referral,
        dispatch_uid="saleor_referrals.emails.referral_status",
    )
    reward_status_changed.connect(
        on_reward_status_changed,
        sender=Reward,
        dispatch_uid="saleor_referrals.emails.reward_status",
    )
