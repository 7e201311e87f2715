"""Status e-mails follow the status signals.

The signals are sent inside the transaction that saved the change, so receivers
only register an on-commit callback (no query, nothing sent for a rolled-back
change); the Celery task does the rest.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from ..models import Referral, ReferralStatus, Reward, RewardKind, RewardSide
from ..signals import referral_status_changed, reward_status_changed
from .flows import REWARD_EMAILS


def on_referral_status_changed(
    sender: Any, referral: Referral, to_status: str, **kwargs: Any
) -> None:
    if to_status != ReferralStatus.PENDING or referral.advocate_id is None:
        return
    from .tasks import email_referral_status_task

    referral_id = referral.pk
    transaction.on_commit(
        lambda: email_referral_status_task.delay(referral_id, str(to_status))
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
    from .tasks import email_reward_status_task

    reward_id = reward.pk
    transaction.on_commit(
        lambda: email_reward_status_task.delay(reward_id, str(to_status))
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
