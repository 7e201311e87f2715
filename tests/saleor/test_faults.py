"""Faults and races inside Saleor: a release that dies after writing the Saleor
voucher or gift-card top-up, retried; eight workers releasing the same reward."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from decimal import Decimal

from django.utils import timezone
from saleor.core.db.connection import allow_writer
from saleor.discount.models import Voucher
from saleor.giftcard import GiftCardEvents
from saleor.giftcard.models import GiftCard, GiftCardEvent
from saleor.order import OrderChargeStatus

from saleor_referrals import referrals, rewards
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.commerce.saleor_adapter import saleor_order_facts
from saleor_referrals.models import ReferralProgram, Reward, RewardStatus
from tests.race import race


class WorkerDied(Exception):
    pass


def held_reward(configure, customer_user, friend, friend_order, reward_type):
    assert configure(advocate_reward_type=reward_type, hold_days="2")["errors"] == []
    program = ReferralProgram.objects.get()
    with allow_writer():
        code = get_or_create_code(program, customer_user)
        order = friend_order(friend)
        order.voucher_code = code.code
        order.charge_status = OrderChargeStatus.FULL
        order.total_gross_amount = order.total_charged_amount = Decimal("80.00")
        order.save()
        referrals.qualify_paid_order(saleor_order_facts(order))
    reward = Reward.objects.get()
    Reward.objects.filter(pk=reward.pk).update(release_at=timezone.now())
    return reward


def reward_objects():
    return (
        Voucher.objects.filter(metadata__has_key="saleor_referrals_reward").count(),
        GiftCardEvent.objects.filter(
            type=GiftCardEvents.BALANCE_ADJUSTED,
            parameters__has_key="saleor_referrals_reward",
        ).count(),
    )


@pytest.mark.parametrize("reward_type", ["voucher", "store_credit"])
def test_release_dying_after_the_saleor_write_pays_once_on_retry(
    reward_type, configure, customer_user, friend, friend_order, monkeypatch
):
    reward = held_reward(configure, customer_user, friend, friend_order, reward_type)
    real = rewards.change_reward_status

    def dying(reward, to_status, reason):
        if to_status == RewardStatus.ISSUED:
            raise WorkerDied
        return real(reward, to_status, reason)

    with allow_writer():
        with monkeypatch.context() as patch:
            patch.setattr(rewards, "change_reward_status", dying)
            with pytest.raises(WorkerDied):
                rewards.release(reward.pk)
        assert reward_objects() == (0, 0)  # rolled back with the ledger
        assert rewards.release(reward.pk).status == RewardStatus.ISSUED
        assert rewards.release(reward.pk).status == RewardStatus.ISSUED
    expected = (1, 0) if reward_type == "voucher" else (0, 1)
    assert reward_objects() == expected
    if reward_type == "store_credit":
        assert GiftCard.objects.get().current_balance_amount == Decimal("20.00")


@pytest.mark.django_db(transaction=True)
def test_eight_workers_releasing_the_same_reward_pay_once(
    referrals_plugin, configure, customer_user, customer_user2, friend_order
):
    reward = held_reward(
        configure, customer_user, customer_user2, friend_order, "store_credit"
    )

    def deliver():
        with allow_writer():
            rewards.release(reward.pk)

    assert race(deliver) == []
    assert reward_objects() == (0, 1)
    assert GiftCard.objects.get().current_balance_amount == Decimal("20.00")
