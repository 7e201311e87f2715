from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from saleor_referrals import referrals, rewards
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.facts import CheckoutFacts, Shopper
from saleor_referrals.models import (
    Referral,
    ReferralSource,
    ReferralStatus,
    Reward,
    RewardStatus,
    StoreCreditWallet,
)
from saleor_referrals.referrals import CheckoutRejected
from saleor_referrals.tasks import release_due_rewards_task

from .conftest import CHANNEL, make_user


@pytest.fixture
def code(program, advocate):
    return get_or_create_code(program, advocate)


@pytest.fixture
def paid(django_capture_on_commit_callbacks):
    """Deliver `order_fully_paid` as the plugin does, running on-commit tasks."""

    def deliver(facts):
        with django_capture_on_commit_callbacks(execute=True):
            return referrals.qualify_paid_order(facts)

    return deliver


def history(referral):
    return [
        (change.to_status, change.reason)
        for change in referral.status_changes.order_by("pk")
    ]


def test_order_with_the_code_as_voucher_is_attributed(code, friend, order_facts):
    facts = order_facts(friend, voucher_code=code.code.lower())
    referral = referrals.attribute_order(facts)
    assert referral.status == ReferralStatus.PENDING
    assert referral.source == ReferralSource.CODE
    assert referral.advocate == code.user
    assert referral.friend == friend
    assert referral.order_total == Decimal("100.00")
    assert referrals.attribute_order(facts) == referral
    assert Referral.objects.count() == 1


def test_link_code_in_metadata_is_attributed(code, friend, order_facts):
    referral = referrals.attribute_order(order_facts(friend, referral_code=code.code))
    assert referral.source == ReferralSource.LINK


def test_voucher_code_wins_over_link_code(program, code, friend, order_facts):
    other_advocate = make_user("carol@example.com")
    other = get_or_create_code(program, other_advocate)
    facts = order_facts(friend, voucher_code=code.code, referral_code=other.code)
    assert referrals.attribute_order(facts).code == code


def test_other_promo_codes_fall_back_to_link(code, friend, order_facts):
    facts = order_facts(friend, voucher_code="SUMMER", referral_code=code.code)
    assert referrals.attribute_order(facts).source == ReferralSource.LINK


def test_unknown_code_and_no_hint_attribute_nothing(
    code, friend, order_facts, django_assert_num_queries
):
    facts = order_facts(friend)
    with django_assert_num_queries(0):
        assert referrals.attribute_order(facts) is None
    assert referrals.attribute_order(order_facts(friend, voucher_code="NOPE")) is None


def test_code_of_another_channel_is_ignored(code, friend, order_facts):
    facts = order_facts(friend, voucher_code=code.code)
    other_channel = facts.__class__(**{**facts.__dict__, "channel_slug": "other"})
    assert referrals.attribute_order(other_channel) is None


@pytest.mark.parametrize("email", ["ada@example.com", "ADA+again@Example.com"])
def test_self_referral_is_recorded_as_rejected(code, order_facts, email):
    referral = referrals.attribute_order(
        order_facts(email=email, voucher_code=code.code)
    )
    assert referral.status == ReferralStatus.REJECTED
    assert "self-referral" in referral.status_reason


def test_checkout_with_own_code_is_stopped(code, advocate):
    facts = CheckoutFacts(
        channel_slug=CHANNEL,
        shopper=Shopper(advocate.pk, advocate.email),
        voucher_code=code.code,
    )
    with pytest.raises(CheckoutRejected) as error:
        referrals.check_checkout(facts)
    assert error.value.code == "invalid"
    assert "own referral code" in error.value.message


def test_checkout_with_own_code_by_email_alias_is_stopped(code):
    facts = CheckoutFacts(
        channel_slug=CHANNEL,
        shopper=Shopper(None, "Ada+guest@example.com"),
        voucher_code=code.code.lower(),
    )
    with pytest.raises(CheckoutRejected):
        referrals.check_checkout(facts)


def test_friend_gets_the_referral_discount_once(code, friend, order_facts):
    checkout = CheckoutFacts(
        channel_slug=CHANNEL,
        shopper=Shopper(friend.pk, friend.email),
        voucher_code=code.code,
    )
    referrals.check_checkout(checkout)
    referrals.attribute_order(order_facts(friend, voucher_code=code.code))
    with pytest.raises(CheckoutRejected) as error:
        referrals.check_checkout(checkout)
    assert error.value.code == "voucher_not_applicable"


def test_checkout_without_voucher_costs_no_query(django_assert_num_queries, db):
    facts = CheckoutFacts(channel_slug=CHANNEL, shopper=Shopper(1, "x@example.com"))
    with django_assert_num_queries(0):
        referrals.check_checkout(facts)


def test_friend_referred_by_a_second_advocate_stays_with_the_first(
    program, code, friend, order_facts
):
    first = referrals.attribute_order(order_facts(friend, referral_code=code.code))
    second_code = get_or_create_code(program, make_user("carol@example.com"))
    second = referrals.attribute_order(
        order_facts(friend, referral_code=second_code.code)
    )
    assert first.status == ReferralStatus.PENDING
    assert second.status == ReferralStatus.REJECTED
    assert second.status_reason == "friend was already referred"


def test_paid_order_qualifies_and_releases_a_voucher_at_once(
    code, friend, order_facts, paid, commerce
):
    referral = paid(order_facts(friend, voucher_code=code.code))
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.REWARDED
    reward = referral.rewards.get()
    assert reward.status == RewardStatus.ISSUED
    assert reward.amount == Decimal("20.00")
    voucher = commerce.vouchers[reward.voucher_id]
    assert voucher.single_use
    assert voucher.value == Decimal("20.00")
    assert voucher.codes == {reward.voucher_code: True}
    assert [status for status, _ in history(referral)] == [
        "pending",
        "qualified",
        "approved",
        "rewarded",
    ]
    assert [c.to_status for c in reward.status_changes.all()] == ["held", "issued"]


def test_paid_event_delivered_twice_pays_once(code, friend, order_facts, paid):
    facts = order_facts(friend, voucher_code=code.code)
    paid(facts)
    paid(facts)
    assert Reward.objects.count() == 1
    assert Referral.objects.get().status == ReferralStatus.REWARDED


def test_order_below_minimum_is_rejected(code, friend, order_facts, paid):
    referral = paid(order_facts(friend, voucher_code=code.code, total="29.99"))
    assert referral.status == ReferralStatus.REJECTED
    assert referral.status_reason == "order total 29.99 is below the minimum 30.00"
    assert not Reward.objects.exists()


def test_returning_customer_is_rejected(code, friend, order_facts, paid):
    order_facts(friend)  # an earlier paid order
    referral = paid(order_facts(friend, voucher_code=code.code))
    assert referral.status == ReferralStatus.REJECTED
    assert "not a new customer" in referral.status_reason


def test_returning_customer_counts_when_new_customers_only_is_off(
    configure, program_settings, advocate, friend, order_facts, paid
):
    program = configure(**{**program_settings, "new_customers_only": False})
    code = get_or_create_code(program, advocate)
    order_facts(friend)
    assert paid(order_facts(friend, voucher_code=code.code)).status == "qualified"


def test_advocate_cap(configure, program_settings, advocate, order_facts, paid):
    program = configure(**{**program_settings, "max_rewards_per_advocate": "1"})
    code = get_or_create_code(program, advocate)
    first = paid(order_facts(make_user("f1@example.com"), voucher_code=code.code))
    second = paid(order_facts(make_user("f2@example.com"), voucher_code=code.code))
    assert first.status == ReferralStatus.QUALIFIED
    assert second.status == ReferralStatus.REJECTED
    assert "cap of 1" in second.status_reason


def test_held_reward_waits_for_the_hold_period_then_the_sweep_releases_it(
    configure, program_settings, advocate, friend, order_facts, paid
):
    program = configure(**{**program_settings, "hold_days": "14"})
    code = get_or_create_code(program, advocate)
    referral = paid(order_facts(friend, voucher_code=code.code))
    reward = referral.rewards.get()
    assert reward.status == RewardStatus.HELD
    expected = timezone.now() + timedelta(days=14)
    assert abs(reward.release_at - expected) < timedelta(minutes=1)

    assert release_due_rewards_task.delay().get() == 0
    assert rewards.release(reward.pk).status == RewardStatus.HELD

    Reward.objects.filter(pk=reward.pk).update(release_at=timezone.now())
    assert release_due_rewards_task.delay().get() == 1
    reward.refresh_from_db()
    assert reward.status == RewardStatus.ISSUED
    assert release_due_rewards_task.delay().get() == 0


def test_flagged_referral_is_never_released_automatically(
    configure, program_settings, advocate, friend, order_facts, paid
):
    program = configure(**{**program_settings, "hold_days": "3"})
    code = get_or_create_code(program, advocate)
    referral = paid(order_facts(friend, voucher_code=code.code))
    Referral.objects.filter(pk=referral.pk).update(status=ReferralStatus.FLAGGED)
    Reward.objects.update(release_at=timezone.now())
    assert release_due_rewards_task.delay().get() == 0
    assert Reward.objects.get().status == RewardStatus.HELD


def test_store_credit_goes_to_one_wallet_that_grows(
    configure, program_settings, advocate, order_facts, paid, commerce
):
    program = configure(**{**program_settings, "advocate_reward_type": "store_credit"})
    code = get_or_create_code(program, advocate)
    paid(order_facts(make_user("f1@example.com"), voucher_code=code.code))
    paid(order_facts(make_user("f2@example.com"), voucher_code=code.code))
    wallet = StoreCreditWallet.objects.get(user=advocate)
    card = commerce.gift_cards[wallet.gift_card_id]
    assert card.balance == Decimal("40.00")
    assert card.user_id == advocate.pk
    assert len(card.events) == 2
    assert set(Reward.objects.values_list("gift_card_id", flat=True)) == {card.id}


def test_refund_before_release_cancels_the_held_reward(
    configure, program_settings, advocate, friend, order_facts, paid
):
    program = configure(**{**program_settings, "hold_days": "14"})
    code = get_or_create_code(program, advocate)
    facts = order_facts(friend, voucher_code=code.code)
    paid(facts)
    reversal = referrals.reverse_order(facts.order_id, "order fully refunded")
    assert reversal.reversed_rewards == 1
    referral = reversal.referral
    assert referral.status == ReferralStatus.REJECTED
    assert referral.status_reason == "order fully refunded"
    reward = referral.rewards.get()
    assert reward.status == RewardStatus.CANCELLED
    Reward.objects.update(release_at=timezone.now())
    assert rewards.release(reward.pk).status == RewardStatus.CANCELLED


def test_refund_after_release_deactivates_an_unused_voucher(
    code, friend, order_facts, paid, commerce
):
    facts = order_facts(friend, voucher_code=code.code)
    paid(facts)
    referral = referrals.reverse_order(facts.order_id, "order cancelled").referral
    assert referral.status == ReferralStatus.REVERSED
    reward = referral.rewards.get()
    assert reward.status == RewardStatus.REVOKED
    assert reward.revoked_amount == Decimal("20.00")
    assert commerce.vouchers[reward.voucher_id].codes == {reward.voucher_code: False}
    assert referrals.reverse_order(facts.order_id, "again").reversed_rewards == 0


def test_refund_after_the_voucher_was_used_records_the_shortfall(
    code, friend, order_facts, paid, commerce
):
    facts = order_facts(friend, voucher_code=code.code)
    paid(facts)
    reward = Reward.objects.get()
    commerce.use_voucher_code(reward.voucher_code)
    referrals.reverse_order(facts.order_id, "order refunded")
    reward.refresh_from_db()
    assert reward.status == RewardStatus.REVOKED
    assert reward.revoked_amount == 0
    assert reward.shortfall_amount == Decimal("20.00")
    assert "already used" in reward.status_reason


def test_refund_after_credit_was_spent_debits_what_is_left(
    configure, program_settings, advocate, friend, order_facts, paid, commerce
):
    program = configure(**{**program_settings, "advocate_reward_type": "store_credit"})
    code = get_or_create_code(program, advocate)
    facts = order_facts(friend, voucher_code=code.code)
    paid(facts)
    reward = Reward.objects.get()
    commerce.spend_gift_card(reward.gift_card_id, Decimal("15.00"))
    referrals.reverse_order(facts.order_id, "order refunded")
    reward.refresh_from_db()
    assert reward.revoked_amount == Decimal("5.00")
    assert reward.shortfall_amount == Decimal("15.00")
    assert commerce.wallet_balance(reward.gift_card_id) == 0
    assert "15.00 USD had already been spent" in reward.status_reason


def test_refund_before_paid_event_stops_the_referral(code, friend, order_facts, paid):
    facts = order_facts(friend, voucher_code=code.code)
    referrals.attribute_order(facts)
    referrals.reverse_order(facts.order_id, "order cancelled")
    referral = paid(facts)
    assert referral.status == ReferralStatus.REJECTED
    assert not Reward.objects.exists()


def test_an_attributed_order_keeps_its_referral_after_the_code_is_disabled(
    code, friend, order_facts
):
    facts = order_facts(friend, voucher_code=code.code)
    referral = referrals.attribute_order(facts)
    code.is_active = False
    code.save(update_fields=["is_active"])
    assert referrals.attribute_order(facts) == referral
    assert Referral.objects.count() == 1


def test_a_shop_voucher_code_leaves_the_attribution_to_the_link_code(
    code, friend, order_facts
):
    facts = order_facts(friend, voucher_code="SUMMER10", referral_code=code.code)
    referral = referrals.attribute_order(facts)
    assert (referral.code, referral.source) == (code, ReferralSource.LINK)


def test_the_voucher_code_wins_over_the_link_code(code, friend, order_facts):
    other = get_or_create_code(code.program, make_user("olga@example.com"))
    facts = order_facts(friend, voucher_code=other.code, referral_code=code.code)
    referral = referrals.attribute_order(facts)
    assert (referral.code, referral.source) == (other, ReferralSource.CODE)


def test_paid_event_before_the_created_event_still_qualifies(
    code, friend, order_facts, paid
):
    facts = order_facts(friend, voucher_code=code.code)
    referral = paid(facts)
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.REWARDED
    assert referrals.attribute_order(facts) == referral
    assert paid(facts) == referral
    assert Reward.objects.count() == 1


def test_duplicate_paid_events_hold_one_reward(code, friend, order_facts, paid):
    facts = order_facts(friend, voucher_code=code.code)
    referrals.attribute_order(facts)
    first = paid(facts)
    second = paid(facts)
    assert first == second
    assert Reward.objects.get().status == RewardStatus.ISSUED
    assert [to for to, _ in history(first)] == [
        "pending",
        "qualified",
        "approved",
        "rewarded",
    ]
