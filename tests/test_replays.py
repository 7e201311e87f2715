"""A worker killed after a core step commits loses none of the step's follow-ups.

Each core task (attribution, qualification, release, reversal, the release beat)
is run once with its worker "dying" the instant its transaction commits
(`tests/crash.py`): the change is committed and nothing that runs after the
commit (status e-mails, the tier evaluation, the release hand-off) happens. The task is then run again, as Celery
redelivers it (`acks_late`, `reject_on_worker_lost`) or the outbox sweep does: it
finds its step done, replays the step's events from the history, and the
follow-ups happen, once. A further run adds nothing; the money rows stay as the
first run wrote them.

A real process kill on the real Redis broker is in `test_replays_worker.py`.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from saleor_referrals import outbox
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.emails.models import EmailLog
from saleor_referrals.models import (
    Referral,
    ReferralStatus,
    ReferralStatusChange,
    Reward,
    RewardStatus,
    RewardStatusChange,
    StoreCreditWallet,
)
from saleor_referrals.outbox import OutboxMessage
from saleor_referrals.tasks import (
    attribute_order_task,
    qualify_paid_order_task,
    release_due_rewards_task,
    release_key,
    release_reward_task,
    reverse_order_task,
)
from saleor_referrals.tiers.models import TierChange, TierMembership

from .conftest import make_user
from .crash import WorkerKilled, killed_after_commit
from .tiers_helpers import add_tier, silver

pytestmark = pytest.mark.django_db(transaction=True)


def emails(kind: str) -> int:
    return EmailLog.objects.filter(kind=kind).count()


def history_rows() -> tuple[int, int]:
    return ReferralStatusChange.objects.count(), RewardStatusChange.objects.count()


@pytest.fixture
def store_credit(configure, program_settings):
    return configure(**{**program_settings, "advocate_reward_type": "store_credit"})


@pytest.fixture
def friend_order(order_facts, advocate):
    def make(program):
        code = get_or_create_code(program, advocate)
        friend = make_user(f"friend-{timezone.now().timestamp()}@example.com")
        return order_facts(friend, voucher_code=code.code)

    return make


def test_attribution_killed_after_commit_sends_the_friend_ordered_email_once(
    program, friend_order
):
    facts = friend_order(program)
    with killed_after_commit():
        attribute_order_task(facts.to_json())
    assert Referral.objects.get().status == ReferralStatus.PENDING
    assert emails("friend_ordered") == 0  # the follow-up died with the worker

    attribute_order_task(facts.to_json())  # redelivered
    assert emails("friend_ordered") == 1
    assert len(mail.outbox) == 1

    attribute_order_task(facts.to_json())  # once more: nothing new
    assert emails("friend_ordered") == 1
    assert len(mail.outbox) == 1
    assert Referral.objects.count() == 1
    assert history_rows() == (1, 0)


def test_qualification_killed_after_commit_sends_the_held_email_once(
    configure, program_settings, friend_order
):
    program = configure(**{**program_settings, "hold_days": "14"})
    facts = friend_order(program)
    attribute_order_task(facts.to_json())
    with killed_after_commit():
        qualify_paid_order_task(facts.to_json())
    reward = Reward.objects.get()
    assert reward.status == RewardStatus.HELD
    assert Referral.objects.get().status == ReferralStatus.QUALIFIED
    assert emails("reward_held") == 0

    assert qualify_paid_order_task(facts.to_json()) == ReferralStatus.QUALIFIED
    assert emails("reward_held") == 1
    qualify_paid_order_task(facts.to_json())
    assert emails("reward_held") == 1
    assert Reward.objects.get() == reward  # one ledger row, still held
    assert Reward.objects.get().status == RewardStatus.HELD
    assert history_rows() == (2, 1)


def test_qualification_killed_before_its_release_hand_off_releases_once(
    commerce, store_credit, friend_order
):
    """No hold: the release is handed to Celery after the qualification's commit;
    the dead worker never handed it, the re-run does."""
    facts = friend_order(store_credit)
    attribute_order_task(facts.to_json())
    with killed_after_commit():
        qualify_paid_order_task(facts.to_json())
    assert Reward.objects.get().status == RewardStatus.HELD

    qualify_paid_order_task(facts.to_json())  # hands the release off again
    reward = Reward.objects.get()
    assert reward.status == RewardStatus.ISSUED
    assert emails("reward_released") == 1

    qualify_paid_order_task(facts.to_json())
    release_reward_task(reward.pk)
    wallet = StoreCreditWallet.objects.get()
    assert commerce.wallet_balance(wallet.gift_card_id) == Decimal("20.00")
    assert emails("reward_released") == 1
    assert Reward.objects.get().status == RewardStatus.ISSUED


def held_due_reward(facts, program) -> Reward:
    """A qualified order's reward, held and now due, its release not yet run."""
    attribute_order_task(facts.to_json())
    qualify_paid_order_task(facts.to_json())
    reward = Reward.objects.get(side="advocate", referral__order_id=facts.order_id)
    Reward.objects.filter(pk=reward.pk).update(
        release_at=timezone.now() - timedelta(seconds=1)
    )
    return reward


def test_release_killed_after_commit_sends_the_email_and_promotes_once(
    commerce, configure, program_settings, friend_order, advocate
):
    program = configure(
        **{
            **program_settings,
            "advocate_reward_type": "store_credit",
            "hold_days": "14",
        }
    )
    add_tier(program, silver(min_referrals=1))
    facts = friend_order(program)
    reward = held_due_reward(facts, program)
    with killed_after_commit():
        release_reward_task(reward.pk)
    assert Reward.objects.get(pk=reward.pk).status == RewardStatus.ISSUED
    assert Referral.objects.get().status == ReferralStatus.REWARDED
    assert emails("reward_released") == 0
    assert not TierMembership.objects.filter(tier__isnull=False).exists()
    money = list(RewardStatusChange.objects.values_list("pk", "to_status"))

    assert release_reward_task(reward.pk) == RewardStatus.ISSUED  # redelivered
    assert emails("reward_released") == 1
    membership = TierMembership.objects.get(advocate=advocate)
    assert membership.tier.name == "Silver"
    assert emails("tier_promoted") == 1

    release_reward_task(reward.pk)
    assert emails("reward_released") == 1
    assert emails("tier_promoted") == 1
    assert TierMembership.objects.count() == 1
    assert list(RewardStatusChange.objects.values_list("pk", "to_status")) == money
    wallet = StoreCreditWallet.objects.get()
    assert commerce.wallet_balance(wallet.gift_card_id) == Decimal("20.00")


def test_killed_between_the_promotion_and_its_email_the_rerun_sends_it_once(
    monkeypatch, configure, program_settings, friend_order, advocate
):
    """The death one step later: the release and the tier evaluation (run in the
    task after the release's commit) committed, the promotion e-mail not sent."""
    from saleor_referrals.emails import flows

    program = configure(**{**program_settings, "hold_days": "14"})
    add_tier(program, silver(min_referrals=1))
    reward = held_due_reward(friend_order(program), program)
    send_promotion = flows.tier_change_of

    def die_once(change):
        monkeypatch.setattr(flows, "tier_change_of", send_promotion)
        raise WorkerKilled

    monkeypatch.setattr(flows, "tier_change_of", die_once)
    with pytest.raises(WorkerKilled):
        release_reward_task(reward.pk)
    assert TierMembership.objects.get(advocate=advocate).tier.name == "Silver"
    assert emails("tier_promoted") == 0

    release_reward_task(reward.pk)  # redelivered: promoted already, e-mail owed
    assert emails("tier_promoted") == 1
    release_reward_task(reward.pk)
    assert emails("tier_promoted") == 1
    assert emails("reward_released") == 1
    assert TierChange.objects.count() == 1


def test_reversal_killed_after_commit_sends_the_email_and_warns_once(
    commerce, configure, program_settings, friend_order, advocate
):
    program = configure(**{**program_settings, "advocate_reward_type": "store_credit"})
    add_tier(program, silver(min_referrals=1))
    facts = friend_order(program)
    attribute_order_task(facts.to_json())
    qualify_paid_order_task(facts.to_json())  # released at once (no hold)
    assert TierMembership.objects.get(advocate=advocate).tier is not None
    with killed_after_commit():
        reverse_order_task(facts.order_id, "order refunded")
    assert Referral.objects.get().status == ReferralStatus.REVERSED
    assert Reward.objects.get().status == RewardStatus.REVOKED
    assert emails("reward_reversed") == 0
    assert TierMembership.objects.get(advocate=advocate).demote_after is None
    money = list(RewardStatusChange.objects.values_list("pk", "to_status"))

    reverse_order_task(facts.order_id, "order refunded")  # redelivered
    assert emails("reward_reversed") == 1
    # Below the tier now: its grace period starts, and the advocate hears of it.
    assert TierMembership.objects.get(advocate=advocate).demote_after is not None
    assert emails("tier_at_risk") == 1

    reverse_order_task(facts.order_id, "order refunded")
    assert emails("reward_reversed") == 1
    assert emails("tier_at_risk") == 1
    assert list(RewardStatusChange.objects.values_list("pk", "to_status")) == money
    wallet = StoreCreditWallet.objects.get()
    assert commerce.wallet_balance(wallet.gift_card_id) == Decimal("0.00")


def test_release_beat_killed_after_a_release_leaves_its_row_to_the_sweep(
    commerce, configure, program_settings, friend_order, advocate
):
    program = configure(
        **{
            **program_settings,
            "advocate_reward_type": "store_credit",
            "hold_days": "14",
        }
    )
    add_tier(program, silver(min_referrals=1))
    reward = held_due_reward(friend_order(program), program)
    with killed_after_commit():
        release_due_rewards_task()
    assert Reward.objects.get(pk=reward.pk).status == RewardStatus.ISSUED
    assert emails("reward_released") == 0
    row = OutboxMessage.objects.get(dedupe_key=release_key(reward.pk))
    assert row.processed_at is None  # the release's follow-ups never ran

    # The sweep runs `release_reward`, which replays.
    assert outbox.deliver_pending(older_than=timedelta(0)) >= 1
    assert emails("reward_released") == 1
    assert TierMembership.objects.get(advocate=advocate).tier.name == "Silver"
    assert OutboxMessage.objects.get(dedupe_key=release_key(reward.pk)).processed_at

    assert release_due_rewards_task() == 0
    outbox.deliver_pending(older_than=timedelta(0))
    assert emails("reward_released") == 1
    assert emails("tier_promoted") == 1
    wallet = StoreCreditWallet.objects.get()
    assert commerce.wallet_balance(wallet.gift_card_id) == Decimal("20.00")


def test_release_beat_marks_its_row_once_the_follow_ups_ran(
    store_credit, friend_order, configure, program_settings
):
    program = configure(**{**program_settings, "hold_days": "14"})
    reward = held_due_reward(friend_order(program), program)
    assert release_due_rewards_task() == 1
    assert emails("reward_released") == 1
    row = OutboxMessage.objects.get(dedupe_key=release_key(reward.pk))
    assert row.processed_at is not None
    assert row.attempts == 1


def test_a_rerun_after_a_complete_run_adds_nothing(commerce, program, friend_order):
    facts = friend_order(program)
    attribute_order_task(facts.to_json())
    qualify_paid_order_task(facts.to_json())
    reward = Reward.objects.get()
    assert reward.status == RewardStatus.ISSUED
    sent = len(mail.outbox)
    logs = list(EmailLog.objects.order_by("pk").values_list("pk", "kind"))
    rows = history_rows()
    messages = OutboxMessage.objects.count()

    attribute_order_task(facts.to_json())
    qualify_paid_order_task(facts.to_json())
    release_reward_task(reward.pk)
    release_due_rewards_task()

    assert len(mail.outbox) == sent
    assert list(EmailLog.objects.order_by("pk").values_list("pk", "kind")) == logs
    assert history_rows() == rows
    assert OutboxMessage.objects.count() == messages
    issued = [v for v in commerce.vouchers.values() if v.key == reward.idempotency_key]
    assert len(issued) == 1  # the reward's voucher, once
