"""Attribute a sign-up to the advocate whose code the customer registered with."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .. import fraud, rewards
from ..codes import find_active_code
from ..facts import Shopper
from ..history import record_reward_status
from ..leads import note_lead, record_lead
from ..models import (
    Referral,
    ReferralSource,
    ReferralStatus,
    Reward,
    RewardKind,
    RewardSide,
    RewardStatus,
)
from ..money import format_money, quantize


def signup_reward_key(referral: Referral) -> str:
    return f"signup:{referral.pk}"


def attribute_signup(user_id: int, email: str, raw_code: str) -> Referral | None:
    """The sign-up's lead (created once), and its advocate's sign-up reward held."""
    code = find_active_code((raw_code or "")[:64])
    if code is None or not code.program.is_active:
        return None
    lead, created = record_lead(
        code,
        Shopper(user_id, email),
        source=ReferralSource.SIGNUP,
        reason=f"signed up with code {code.code}",
    )
    if lead.source != ReferralSource.SIGNUP or lead.status != ReferralStatus.PENDING:
        return lead
    reward = book_signup_reward(lead)
    if reward is not None:
        rewards.schedule_release(reward)
    return lead


def book_signup_reward(lead: Referral) -> Reward | None:
    """Hold the program's sign-up reward for the lead's advocate, once per sign-up.

    The fraud rules of the channel run first: any finding (flag or reject) books
    no reward and says why in the lead's history, since there is no order for
    staff to review.
    """
    program = lead.program
    value = quantize(program.signup_reward_value, program.currency)
    if value <= 0 or lead.advocate_id is None:
        return None
    with transaction.atomic():
        action, reasons = fraud.verdict(fraud.check(lead, program))
        if action is not None:
            if not Reward.objects.filter(idempotency_key=signup_reward_key(lead)):
                note_lead(lead, lead.status, f"no sign-up reward: {reasons}")
            return None
        reward, created = Reward.objects.get_or_create(
            idempotency_key=signup_reward_key(lead),
            defaults={
                "program": program,
                # Not tied to the referral: the lead's later order must not wait
                # for, nor release, the sign-up credit.
                "referral": None,
                "recipient_id": lead.advocate_id,
                "side": RewardSide.ADVOCATE,
                "kind": RewardKind.STORE_CREDIT,
                "amount": value,
                "currency": program.currency,
                "release_at": timezone.now() + timedelta(days=program.hold_days),
            },
        )
        if created:
            record_reward_status(
                reward,
                "",
                f"sign-up of a friend: {format_money(value, program.currency)} "
                f"held for {program.hold_days} days",
            )
    return reward


def reverse_signup_rewards(user) -> int:
    """The account is deleted: its sign-up rewards still held are cancelled."""
    keys = [
        f"signup:{pk}"
        for pk in Referral.objects.filter(
            friend=user, source=ReferralSource.SIGNUP
        ).values_list("pk", flat=True)
    ]
    cancelled = 0
    for reward in Reward.objects.select_for_update(no_key=True).filter(
        idempotency_key__in=keys, status=RewardStatus.HELD
    ):
        rewards.cancel(reward, "the friend's account was deleted within the hold")
        cancelled += 1
    return cancelled
