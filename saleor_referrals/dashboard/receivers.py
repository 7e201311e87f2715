"""Order notes follow the status events (`domain_events`). Inside a Celery task's core step
(`domain_events.background`) the note is written by the status change's own
transaction: once with it, one INSERT, no task of its own. Elsewhere the receiver
only registers an on-commit hand-off (no query, nothing for a rolled-back change);
a Celery task writes the note, so no note is ever written inside a shopper's
request. A broker outage at
that moment is logged, never raised into the request (`outbox.send_after_commit`):
a note is a record for operators, not a payment, so it does not get an outbox row."""

from __future__ import annotations

from .. import domain_events, outbox
from ..domain_events import ReferralStatusChanged, RewardStatusChanged
from .notes import (
    KINDS,
    REFERRAL_NOTES,
    REWARD_NOTES,
    record_referral_note,
    record_reward_note,
)
from .tasks import REFERRAL, REWARD


def _enqueue(subject: str, pk: int, from_status: str, to_status: str, reason: str):
    from .tasks import order_note_task

    args = (subject, pk, str(from_status), str(to_status), reason)
    outbox.send_after_commit(order_note_task, *args)


def on_referral_status_changed(event: ReferralStatusChanged) -> None:
    if event.replayed:  # the note was written (or handed off) with the change
        return
    referral, to_status = event.referral, event.to_status
    from_status, reason = event.from_status, event.reason
    if to_status in REFERRAL_NOTES and referral.order_id:
        if domain_events.in_background():  # a task: with the change, one INSERT
            record_referral_note(referral, to_status, reason)
        else:
            _enqueue(REFERRAL, referral.pk, from_status, to_status, reason)


def on_reward_status_changed(event: RewardStatusChanged) -> None:
    if event.replayed:
        return
    reward, to_status = event.reward, event.to_status
    from_status, reason = event.from_status, event.reason
    # The advocate's voucher or store credit; a donation is the cause's, not theirs.
    if to_status in REWARD_NOTES and reward.referral_id and reward.kind in KINDS:
        if domain_events.in_background():
            record_reward_note(reward, from_status, to_status, reason)
        else:
            _enqueue(REWARD, reward.pk, from_status, to_status, reason)


def connect() -> None:
    domain_events.subscribe(
        ReferralStatusChanged, on_referral_status_changed, in_transaction=True
    )
    domain_events.subscribe(
        RewardStatusChanged, on_reward_status_changed, in_transaction=True
    )
