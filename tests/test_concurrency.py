"""Separate connections racing on the same events: exactly one reward."""

import threading

import pytest

from saleor_referrals import referrals, rewards
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.models import Referral, ReferralCode, Reward, RewardStatus

from .conftest import make_user
from .race import WORKERS, race


@pytest.fixture
def transactional_program(transactional_db, configure, program_settings):
    return configure(**{**program_settings, "hold_days": "0"})


def test_eight_workers_delivering_the_same_paid_event_pay_once(
    transactional_program, order_facts, commerce
):
    code = get_or_create_code(transactional_program, make_user("ada@example.com"))
    facts = order_facts(make_user("bob@example.com"), voucher_code=code.code)

    def deliver():
        referrals.qualify_paid_order(facts)
        for reward_id in Reward.objects.values_list("pk", flat=True):
            rewards.release(reward_id)

    assert race(deliver) == []
    assert Referral.objects.count() == 1
    reward = Reward.objects.get()
    assert reward.status == RewardStatus.ISSUED
    assert len(commerce.vouchers) == 2  # the friend offer and one reward voucher


def test_concurrent_code_requests_create_one_code(transactional_program, commerce):
    user = make_user("ada@example.com")
    assert race(lambda: get_or_create_code(transactional_program, user)) == []
    code = ReferralCode.objects.get()
    friend_voucher = commerce.vouchers[transactional_program.friend_voucher_id]
    assert set(friend_voucher.codes) == {code.code, code.code.lower()}


def test_cap_holds_when_friends_pay_at_the_same_moment(
    transactional_db, configure, program_settings, order_facts
):
    program = configure(**{**program_settings, "max_rewards_per_advocate": "3"})
    code = get_or_create_code(program, make_user("ada@example.com"))
    orders = [
        order_facts(make_user(f"friend{i}@example.com"), voucher_code=code.code)
        for i in range(WORKERS)
    ]
    pending = iter(orders)
    lock = threading.Lock()

    def deliver():
        with lock:
            facts = next(pending)
        referrals.qualify_paid_order(facts)

    assert race(deliver) == []
    assert Referral.objects.filter(status__in=["qualified", "rewarded"]).count() == 3
    assert Reward.objects.count() == 3


def test_eight_workers_crossing_a_tier_threshold_promote_once(
    transactional_db, configure, program_settings, order_facts, commerce
):
    """Eight held rewards of one advocate released at once, across Silver's
    threshold of five: one promotion, one entry reward, one member code, one
    e-mail."""
    from datetime import timedelta
    from decimal import Decimal

    from django.core import mail
    from django.utils import timezone

    from saleor_referrals.tiers.models import (
        Badge,
        Milestone,
        TierChange,
        TierMembership,
    )
    from saleor_referrals.tiers.perks import entry_reward_key

    from .tiers_helpers import add_tier, silver

    program = configure(**{**program_settings, "hold_days": "14"})
    tier = add_tier(
        program,
        silver(
            min_referrals=5,
            entry_reward_kind="voucher",
            entry_reward_value=Decimal("5"),
            member_discount_percent=Decimal("10"),
        ),
    )
    Milestone.objects.create(program=program, slug="five", name="Five", referrals=5)
    advocate = make_user("ada@example.com")
    code = get_or_create_code(program, advocate)
    for i in range(WORKERS):
        referrals.qualify_paid_order(
            order_facts(make_user(f"friend{i}@example.com"), voucher_code=code.code)
        )
    Reward.objects.update(release_at=timezone.now() - timedelta(minutes=1))
    held = iter(Reward.objects.order_by("pk").values_list("pk", flat=True))
    lock = threading.Lock()

    def release():
        with lock:
            reward_id = next(held)
        rewards.release(reward_id)

    assert race(release) == []
    membership = TierMembership.objects.get(advocate=advocate)
    assert membership.tier_id == tier.pk
    print(
        list(
            TierChange.objects.order_by("pk").values_list(
                "kind", "from_tier_id", "to_tier_id", "reason"
            )
        )
    )
    assert TierChange.objects.filter(kind="promoted").count() == 1
    entry = Reward.objects.filter(idempotency_key=entry_reward_key(advocate.pk, tier))
    assert [reward.status for reward in entry] == [RewardStatus.ISSUED]
    tier.refresh_from_db()
    voucher = commerce.vouchers[tier.member_voucher_id]
    assert list(voucher.codes) == [membership.member_code]
    # One tier voucher in the shop: friend offer, member voucher, entry reward and
    # the eight advocate rewards.
    assert len(commerce.vouchers) == 1 + 1 + 1 + WORKERS
    assert Badge.objects.filter(advocate=advocate).count() == 1
    promoted = [m for m in mail.outbox if m.subject == "Welcome to Silver"]
    assert len(promoted) == 1 and membership.member_code in promoted[0].body
