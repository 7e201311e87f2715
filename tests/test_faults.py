"""A release that dies half-way, retried: one shop object, one payment."""

from decimal import Decimal

import pytest
from django.utils import timezone

from saleor_referrals import referrals, rewards
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.models import Reward, RewardStatus

from .conftest import make_user
from .race import race


class WorkerDied(Exception):
    pass


@pytest.fixture
def held_reward(configure, program_settings, order_facts):
    def hold(reward_type: str) -> Reward:
        program = configure(
            **{
                **program_settings,
                "hold_days": "2",
                "advocate_reward_type": reward_type,
            }
        )
        code = get_or_create_code(program, make_user("ada@example.com"))
        referrals.qualify_paid_order(
            order_facts(make_user("bob@example.com"), voucher_code=code.code)
        )
        reward = Reward.objects.get()
        Reward.objects.filter(pk=reward.pk).update(release_at=timezone.now())
        return reward

    return hold


def die_after_the_shop_write(monkeypatch):
    """Let the shop object be written, then kill the worker before the ledger."""
    real = rewards.change_reward_status

    def dying(reward, to_status, reason):
        if to_status == RewardStatus.ISSUED:
            raise WorkerDied
        return real(reward, to_status, reason)

    monkeypatch.setattr(rewards, "change_reward_status", dying)


@pytest.mark.parametrize("reward_type", ["voucher", "store_credit"])
def test_retry_after_a_crash_pays_once(held_reward, reward_type, commerce, monkeypatch):
    reward = held_reward(reward_type)
    with monkeypatch.context() as patch:
        die_after_the_shop_write(patch)
        with pytest.raises(WorkerDied):
            rewards.release(reward.pk)
    reward.refresh_from_db()
    assert reward.status == RewardStatus.HELD  # the ledger rolled back

    assert rewards.release(reward.pk).status == RewardStatus.ISSUED
    assert rewards.release(reward.pk).status == RewardStatus.ISSUED
    if reward_type == "voucher":
        assert len([v for v in commerce.vouchers.values() if v.single_use]) == 1
    else:
        [card] = commerce.gift_cards.values()
        assert card.balance == Decimal("20.00")
        assert len(card.events) == 1


def test_eight_workers_releasing_the_same_reward_pay_once(
    transactional_db, held_reward, commerce
):
    reward = held_reward("store_credit")
    assert race(lambda: rewards.release(reward.pk)) == []
    [card] = commerce.gift_cards.values()
    assert card.balance == Decimal("20.00")
    assert Reward.objects.get().status == RewardStatus.ISSUED
