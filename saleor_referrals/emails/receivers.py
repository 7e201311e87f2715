"""Status e-mails follow the status events (`domain_events`).

The events are published inside the transaction that saved the change, so receivers
record an outbox message in it (nothing sent for a rolled-back change, nothing lost
to a broker outage); the Celery task does the rest after commit.
"""

from __future__ import annotations

import logging

from django.db import transaction

from .. import domain_events, outbox
from ..domain_events import (
    ContestPrizeAwarded,
    DonationIssued,
    EventInvitationCreated,
    MilestoneReached,
    OrderPaid,
    ReferralStatusChanged,
    RewardStatusChanged,
    TierChanged,
)
from ..models import (
    ReferralStatus,
    RewardKind,
    RewardSide,
    RewardStatus,
)
from ..writer import allow_writer
from .flows import REWARD_EMAILS, has_real_hold

logger = logging.getLogger(__name__)

# The tier changes an advocate hears of (TierChangeKind.PROMOTED, .AT_RISK).
TIER_CHANGE_EMAILS = ("promoted", "at_risk")


def on_referral_status_changed(event: ReferralStatusChanged) -> None:
    referral, to_status = event.referral, event.to_status
    if to_status != ReferralStatus.PENDING or referral.advocate_id is None:
        return
    from . import flows
    from .tasks import email_referral_status_task

    status = str(to_status)
    outbox.send_or_run(
        outbox.Message(
            email_referral_status_task,
            (referral.pk, status),
            f"email_referral_status:{referral.pk}:{status}",
        ),
        lambda: flows.referral_status_of(referral, status),
    )


def on_reward_status_changed(event: RewardStatusChanged) -> None:
    reward, to_status = event.reward, event.to_status
    if (
        to_status not in REWARD_EMAILS
        or reward.side != RewardSide.ADVOCATE
        # A donation goes to a cause: the advocate gets the donation e-mail.
        or reward.kind == RewardKind.DONATION
    ):
        return
    if to_status == RewardStatus.HELD and not has_real_hold(reward):
        return  # the "released" e-mail, moments later, says it all
    from . import flows
    from .tasks import email_reward_status_task

    status = str(to_status)
    outbox.send_or_run(
        outbox.Message(
            email_reward_status_task,
            (reward.pk, status),
            f"email_reward_status:{reward.pk}:{status}",
        ),
        lambda: flows.reward_status_of(reward, status),
    )


def on_tier_changed(event: TierChanged) -> None:
    """In the tier change's transaction: an outbox row, so no e-mail is lost."""
    if event.kind not in TIER_CHANGE_EMAILS:
        return
    from . import flows
    from .tasks import email_tier_change_task

    change_id = event.change_id
    outbox.send_or_run(
        outbox.Message(
            email_tier_change_task, (change_id,), f"tier-email:change:{change_id}"
        ),
        lambda: (
            flows.tier_change_of(event.change)
            if _change_loaded(event.change)
            else flows.tier_change(change_id)
        ),
    )


def on_milestone_reached(event: MilestoneReached) -> None:
    from .tasks import email_milestone_task

    key = f"tier-email:badge:{event.badge_id}"
    outbox.send(email_milestone_task, event.badge_id, key=key)


def on_contest_prize_awarded(event: ContestPrizeAwarded) -> None:
    from .tasks import email_contest_won_task

    email_contest_won_task.delay(event.prize_id)


def on_event_invitation_created(event: EventInvitationCreated) -> None:
    from .tasks import email_event_invitation_task

    email_event_invitation_task.delay(event.invitation_id)


def on_donation_issued(event: DonationIssued) -> None:
    from .tasks import email_donation_task

    if domain_events.in_background():  # in this task (after commit: see connect)
        from . import flows

        try:
            with allow_writer():
                if _donation_loaded(event.reward):
                    flows.donation_made_of(event.reward.donation)
                else:
                    flows.donation_made(event.reward_id)
            return
        except Exception:
            logger.exception("Donation e-mail %s failed; handed to its task", event)
    email_donation_task.delay(event.reward_id)


def on_order_paid(event: OrderPaid) -> None:
    """The thank-you asked with a referred order's qualification, sent in that
    task after its commit (once: its log row); if sending fails, its own task
    retries it from an outbox row."""
    if event.thank_you is None:
        return
    from . import flows
    from .tasks import email_thank_you_task

    order = event.thank_you
    message = outbox.Message(
        email_thank_you_task, (order,), f"email_thank_you:{order['order_id']}"
    )
    try:
        flows.thank_you(order, event.program)
    except Exception:
        logger.exception("Thank-you e-mail %s failed; recorded for a retry", order)
        with transaction.atomic():
            outbox.send_all([message])


def _change_loaded(change: object) -> bool:
    """The evaluation's tier change, with its membership's program and advocate."""
    if change is None:
        return False
    from ..tiers.models import TierChange, TierMembership

    membership_cached = TierChange._meta.get_field("membership").is_cached(change)
    return membership_cached and all(
        TierMembership._meta.get_field(name).is_cached(change.membership)
        for name in ("program", "advocate")
    )


def _donation_loaded(reward: object) -> bool:
    """The ledger's instance with its donation, program and recipient in memory."""
    if reward is None:
        return False
    from ..models import Reward

    meta = Reward._meta
    return all(
        meta.get_field(name).is_cached(reward)
        for name in ("donation", "program", "recipient")
    )


def connect() -> None:
    domain_events.subscribe(OrderPaid, on_order_paid)
    domain_events.subscribe(TierChanged, on_tier_changed, in_transaction=True)
    domain_events.subscribe(MilestoneReached, on_milestone_reached, in_transaction=True)
    # After commit, as before: each task is idempotent and the e-mail log skips a
    # second send ("duplicate").
    domain_events.subscribe(ContestPrizeAwarded, on_contest_prize_awarded)
    domain_events.subscribe(EventInvitationCreated, on_event_invitation_created)
    domain_events.subscribe(DonationIssued, on_donation_issued)
    """Idempotent (dispatch_uid): ready() may run more than once in tests."""
    domain_events.subscribe(
        ReferralStatusChanged, on_referral_status_changed, in_transaction=True
    )
    domain_events.subscribe(
        RewardStatusChanged, on_reward_status_changed, in_transaction=True
    )
