"""Sign-ups count: a registration with a referral code is the advocate's lead."""

from decimal import Decimal

import pytest
from django.utils import timezone

from saleor_referrals import referrals, rewards
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.leads import convert_lead
from saleor_referrals.models import (
    Referral,
    ReferralSource,
    ReferralStatus,
    Reward,
    RewardKind,
    RewardStatus,
)
from saleor_referrals.signups.receivers import on_user_saved
from saleor_referrals.signups.service import attribute_signup

from .conftest import make_user
from .race import race


@pytest.fixture
def signup_program(configure, program_settings):
    return configure(
        **{
            **program_settings,
            "signup_reward_value": "3",
            "hold_days": "7",
            "advocate_reward_type": "store_credit",
        }
    )


def register(email: str, code: str | None, *, save_code_later: bool = False):
    """A user saved the way Saleor's accountRegister saves one (metadata on the
    instance); with `save_code_later`, the code arrives in a second save."""
    from django.contrib.auth import get_user_model

    user = get_user_model()(username=email, email=email)
    user.metadata = {} if save_code_later else {"referral_code": code}
    user.save()
    if save_code_later:
        user.metadata = {"referral_code": code}
        user.save()
    return user


def test_registering_with_a_code_attributes_the_signup_and_holds_the_reward(
    signup_program, advocate, django_capture_on_commit_callbacks
):
    code = get_or_create_code(signup_program, advocate)
    with django_capture_on_commit_callbacks(execute=True):
        friend = register("bob@example.com", code.code.lower())
    referral = Referral.objects.get()
    assert referral.source == ReferralSource.SIGNUP
    assert referral.status == ReferralStatus.PENDING
    assert referral.friend == friend and referral.advocate == advocate
    assert referral.order_id is None
    reward = Reward.objects.get()
    assert (reward.kind, reward.status) == (RewardKind.STORE_CREDIT, RewardStatus.HELD)
    assert reward.amount == Decimal("3.000") and reward.recipient == advocate
    assert reward.referral is None
    assert reward.idempotency_key == f"signup:{referral.pk}"


def test_a_code_saved_just_after_registration_counts_too(
    signup_program, advocate, django_capture_on_commit_callbacks
):
    code = get_or_create_code(signup_program, advocate)
    with django_capture_on_commit_callbacks(execute=True):
        register("bob@example.com", code.code, save_code_later=True)
    assert Referral.objects.get().source == ReferralSource.SIGNUP


def test_a_save_without_a_code_costs_no_query(
    signup_program, django_assert_num_queries
):
    user = make_user("carl@example.com")
    with django_assert_num_queries(0):
        on_user_saved(sender=type(user), instance=user, created=True)


def test_an_old_account_that_gets_a_code_later_is_not_a_signup(
    signup_program, advocate, django_capture_on_commit_callbacks
):
    code = get_or_create_code(signup_program, advocate)
    user = make_user("old@example.com")
    type(user).objects.filter(pk=user.pk).update(
        date_joined=timezone.now() - timezone.timedelta(days=3)
    )
    user.refresh_from_db()
    user.metadata = {"referral_code": code.code}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        on_user_saved(sender=type(user), instance=user, created=False)
    assert callbacks == []
    assert not Referral.objects.exists()


def test_signup_is_idempotent_under_concurrent_tasks(
    transactional_db, configure, program_settings
):
    program = configure(**{**program_settings, "signup_reward_value": "3"})
    advocate = make_user("ada@example.com")
    friend = make_user("bob@example.com")
    code = get_or_create_code(program, advocate)
    assert race(lambda: attribute_signup(friend.pk, friend.email, code.code)) == []
    assert Referral.objects.count() == 1
    assert Reward.objects.count() == 1


def test_unknown_code_and_self_referral_book_nothing(signup_program, advocate):
    code = get_or_create_code(signup_program, advocate)
    stranger = make_user("x@example.com")
    assert attribute_signup(stranger.pk, stranger.email, "NOPE-123") is None
    # The advocate's own address with a +tag is still the advocate.
    twin = make_user("Ada+second@example.com")
    referral = attribute_signup(twin.pk, twin.email, code.code)
    assert referral.status == ReferralStatus.REJECTED
    assert not Reward.objects.exists()


def test_a_self_referral_signup_is_one_rejected_row_with_its_reason(
    signup_program, advocate, django_capture_on_commit_callbacks
):
    """Saleor saves a new account more than once (the code's save and the next
    one within the sign-up window each queue the task): the advocate signing up
    again with their own code is still one rejected referral, and it says why."""
    code = get_or_create_code(signup_program, advocate)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        twin = register("Ada+second@example.com", code.code)
        twin.save()  # e.g. Saleor's search document, a second post_save
    assert len(callbacks) == 2
    attribute_signup(twin.pk, twin.email, code.code)  # and a retried task
    referral = Referral.objects.get()
    assert referral.status == ReferralStatus.REJECTED
    assert referral.status_reason == "self-referral: the advocate used their own code"
    assert list(referral.status_changes.values_list("to_status", "reason")) == [
        (ReferralStatus.REJECTED, referral.status_reason)
    ]
    assert not Reward.objects.exists()


def test_self_referral_signups_recorded_concurrently_are_one_row(
    transactional_db, configure, program_settings
):
    program = configure(**{**program_settings, "signup_reward_value": "3"})
    advocate = make_user("ada@example.com")
    twin = make_user("ada+again@example.com")
    code = get_or_create_code(program, advocate)
    assert race(lambda: attribute_signup(twin.pk, twin.email, code.code)) == []
    assert Referral.objects.filter(status=ReferralStatus.REJECTED).count() == 1


def test_velocity_rule_withholds_the_signup_reward_and_says_why(
    configure, program_settings, advocate
):
    program = configure(
        **{
            **program_settings,
            "signup_reward_value": "3",
            "velocity_per_day": "1",
            "velocity_action": "reject",
        }
    )
    code = get_or_create_code(program, advocate)
    for index in range(2):
        friend = make_user(f"friend{index}@example.com")
        attribute_signup(friend.pk, friend.email, code.code)
    assert Reward.objects.count() == 1
    withheld = Referral.objects.get(friend__email="friend1@example.com")
    assert "no sign-up reward" in withheld.status_changes.last().reason


def test_signup_reward_is_released_after_the_hold_into_store_credit(
    signup_program, advocate, friend, commerce
):
    code = get_or_create_code(signup_program, advocate)
    attribute_signup(friend.pk, friend.email, code.code)
    reward = Reward.objects.get()
    assert reward.pk not in rewards.due_reward_ids()
    Reward.objects.update(release_at=timezone.now())
    assert rewards.due_reward_ids() == [reward.pk]
    reward = rewards.release(reward.pk)
    assert reward.status == RewardStatus.ISSUED
    assert commerce.wallet_balance(reward.gift_card_id) == Decimal("3.000")


def test_deleting_the_account_within_the_hold_cancels_the_signup_reward(
    signup_program, advocate, friend
):
    code = get_or_create_code(signup_program, advocate)
    attribute_signup(friend.pk, friend.email, code.code)
    friend.delete()
    reward = Reward.objects.get()
    assert reward.status == RewardStatus.CANCELLED
    assert "deleted within the hold" in reward.status_reason


def test_deleting_the_account_after_release_keeps_the_reward(
    signup_program, advocate, friend
):
    code = get_or_create_code(signup_program, advocate)
    attribute_signup(friend.pk, friend.email, code.code)
    Reward.objects.update(release_at=timezone.now())
    rewards.release(Reward.objects.get().pk)
    friend.delete()
    assert Reward.objects.get().status == RewardStatus.ISSUED


def test_a_later_paid_order_without_a_code_converts_the_lead(
    signup_program, advocate, friend, order_facts, commerce
):
    code = get_or_create_code(signup_program, advocate)
    attribute_signup(friend.pk, friend.email, code.code)
    facts = order_facts(friend)
    commerce.orders[-1].facts = facts
    referral = convert_lead(facts)
    assert referral.status == ReferralStatus.QUALIFIED
    assert referral.order_id == facts.order_id
    assert referral.source == ReferralSource.SIGNUP
    assert Reward.objects.filter(referral=referral).count() == 1
    # Delivered again: still one referral, one reward for the order.
    assert convert_lead(facts).pk == referral.pk
    assert Reward.objects.filter(referral=referral).count() == 1


def test_a_shopper_without_a_lead_converts_nothing(program, friend, order_facts):
    assert convert_lead(order_facts(friend)) is None
    assert not Referral.objects.exists()


def test_the_signed_up_friend_may_still_use_the_advocates_code(
    signup_program, advocate, friend, order_facts
):
    code = get_or_create_code(signup_program, advocate)
    attribute_signup(friend.pk, friend.email, code.code)
    referrals.check_checkout_code(code, referrals.Shopper(friend.pk, friend.email))
    referral = referrals.qualify_paid_order(order_facts(friend, voucher_code=code.code))
    assert referral.source == ReferralSource.SIGNUP
    assert referral.status == ReferralStatus.QUALIFIED
    assert Referral.objects.count() == 1


def test_another_advocates_code_is_refused_to_a_signed_up_friend(
    signup_program, advocate, friend
):
    code = get_or_create_code(signup_program, advocate)
    attribute_signup(friend.pk, friend.email, code.code)
    other = get_or_create_code(signup_program, make_user("eve@example.com"))
    with pytest.raises(referrals.CheckoutRejected):
        referrals.check_checkout_code(other, referrals.Shopper(friend.pk, friend.email))
