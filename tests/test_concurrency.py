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
