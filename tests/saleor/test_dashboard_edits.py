"""Edits an operator can make on Saleor's Dashboard pages, made through the same
GraphQL mutations the Dashboard sends, and what the program does about them
(README, "Edits in the Dashboard")."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from datetime import timedelta
from decimal import Decimal

import graphene
from django.utils import timezone
from saleor.account.models import User
from saleor.core.db.connection import allow_writer
from saleor.discount.models import Voucher, VoucherCode
from saleor.giftcard.models import GiftCard
from saleor.graphql.core.utils import to_global_id_or_none
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order import OrderChargeStatus
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.codes import get_or_create_code, saleor_codes
from saleor_referrals.dashboard.tasks import repair_dashboard_edits_task
from saleor_referrals.models import (
    ReferralProgram,
    Reward,
    RewardStatus,
    StoreCreditWallet,
)
from saleor_referrals.tasks import release_due_rewards_task

from .test_referral_loop import add_promo_code

CODE_BULK_DELETE = """
mutation deleteCodes($ids: [ID!]!) {
  voucherCodeBulkDelete(ids: $ids) { count errors { message } }
}
"""
LISTING_UPDATE = """
mutation listing($id: ID!, $input: VoucherChannelListingInput!) {
  voucherChannelListingUpdate(id: $id, input: $input) { errors { field message } }
}
"""
VOUCHER_UPDATE = """
mutation update($id: ID!, $input: VoucherInput!) {
  voucherUpdate(id: $id, input: $input) { errors { field message } }
}
"""
VOUCHER_DELETE = """
mutation delete($id: ID!) { voucherDelete(id: $id) { errors { field message } } }
"""
GIFT_CARD_DEACTIVATE = """
mutation off($id: ID!) { giftCardDeactivate(id: $id) { errors { field message } } }
"""
GIFT_CARD_ACTIVATE = """
mutation on($id: ID!) { giftCardActivate(id: $id) { errors { field message } } }
"""
GIFT_CARD_DELETE = """
mutation delete($id: ID!) { giftCardDelete(id: $id) { errors { field message } } }
"""
GIFT_CARD_UPDATE = """
mutation update($id: ID!, $input: GiftCardUpdateInput!) {
  giftCardUpdate(id: $id, input: $input) { errors { field message } }
}
"""
APPLY = """
mutation apply($id: ID!, $code: String!) {
  checkoutReferralCodeApply(id: $id, code: $code) {
    voucherCode errors { field code message }
  }
}
"""


@pytest.fixture
def operator(
    staff_api_client, permission_manage_discounts, permission_manage_gift_card
):
    staff_api_client.user.user_permissions.add(
        permission_manage_discounts, permission_manage_gift_card
    )

    def run(query, variables):
        response = staff_api_client.post_graphql(query, variables)
        payload = next(iter(get_graphql_content(response)["data"].values()))
        assert payload["errors"] == [], payload["errors"]
        return payload

    return run


def friend_voucher(program) -> Voucher:
    program.refresh_from_db()
    return Voucher.objects.get(pk=program.friend_voucher_id)


def gid(obj) -> str:
    return graphene.Node.to_global_id(type(obj).__name__, obj.pk)


def repair():
    # As Celery runs it: the task itself asks for the writer where it needs it.
    return repair_dashboard_edits_task()


# --- the friend voucher ----------------------------------------------------------


def test_the_friend_voucher_says_it_is_managed_by_the_settings(program):
    voucher = friend_voucher(program)
    assert voucher.name.startswith("Referral codes (")
    assert "managed in Extensions > Referrals settings" in voucher.name
    assert "Referrals plugin" in voucher.metadata["managed_by"]
    assert "one customer's personal referral code" in voucher.metadata["codes"]


def test_a_code_deleted_in_the_dashboard_is_restored_by_the_periodic_check(
    program, advocate_code, operator, friend_client, ready_checkout
):
    codes = VoucherCode.objects.filter(code__in=saleor_codes(advocate_code.code))
    operator(CODE_BULK_DELETE, {"ids": [gid(code) for code in codes]})
    assert not VoucherCode.objects.filter(code=advocate_code.code).exists()
    assert repair() == 1
    assert set(friend_voucher(program).codes.values_list("code", flat=True)) == set(
        saleor_codes(advocate_code.code)
    )
    assert repair() == 0
    applied = add_promo_code(friend_client, ready_checkout, advocate_code.code)
    assert applied["errors"] == []


def test_a_deleted_code_is_restored_on_use(
    program, advocate_code, operator, friend_client, ready_checkout
):
    codes = VoucherCode.objects.filter(code__in=saleor_codes(advocate_code.code))
    operator(CODE_BULK_DELETE, {"ids": [gid(code) for code in codes]})
    response = friend_client.post_graphql(
        APPLY, {"id": to_global_id_or_none(ready_checkout), "code": advocate_code.code}
    )
    payload = get_graphql_content(response)["data"]["checkoutReferralCodeApply"]
    assert payload == {"voucherCode": advocate_code.code, "errors": []}
    ready_checkout.refresh_from_db()
    assert ready_checkout.voucher_code == advocate_code.code


def test_value_and_dates_changed_in_the_dashboard_are_put_back(
    program, advocate_code, operator, channel_USD, friend_client, ready_checkout
):
    voucher = friend_voucher(program)
    operator(
        LISTING_UPDATE,
        {
            "id": gid(voucher),
            "input": {
                "addChannels": [
                    {
                        "channelId": gid(channel_USD),
                        "discountValue": 50,
                        "minAmountSpent": 1000,
                    }
                ]
            },
        },
    )
    operator(
        VOUCHER_UPDATE,
        {
            "id": gid(voucher),
            "input": {
                "startDate": (timezone.now() + timedelta(days=30)).isoformat(),
                "usageLimit": 3,
                "onlyForStaff": True,
            },
        },
    )
    assert repair() == 1
    voucher = friend_voucher(program)
    listing = voucher.channel_listings.get()
    assert listing.discount_value == Decimal("15")
    assert listing.min_spent_amount is None
    assert voucher.start_date <= timezone.now()
    assert (voucher.usage_limit, voucher.only_for_staff, voucher.end_date) == (
        None,
        False,
        None,
    )
    applied = add_promo_code(friend_client, ready_checkout, advocate_code.code)
    assert applied["errors"] == []


def test_an_end_date_set_in_the_dashboard_is_removed_while_the_program_is_on(
    program, advocate_code, operator
):
    voucher = friend_voucher(program)
    operator(
        VOUCHER_UPDATE,
        {
            "id": gid(voucher),
            "input": {
                "startDate": (timezone.now() - timedelta(days=2)).isoformat(),
                "endDate": (timezone.now() - timedelta(days=1)).isoformat(),
            },
        },
    )
    assert repair() == 1
    assert friend_voucher(program).end_date is None


def test_a_deleted_friend_voucher_comes_back_with_every_code(
    program, advocate_code, operator, friend_client, ready_checkout
):
    old = friend_voucher(program)
    with allow_writer():
        other = get_or_create_code(
            program, User.objects.create(email="carol@example.com")
        )
    operator(VOUCHER_DELETE, {"id": gid(old)})
    assert repair() == 2  # the voucher, then its codes
    voucher = friend_voucher(program)
    assert voucher.pk != old.pk
    assert set(voucher.codes.values_list("code", flat=True)) == {
        *saleor_codes(advocate_code.code),
        *saleor_codes(other.code),
    }
    applied = add_promo_code(friend_client, ready_checkout, advocate_code.code.lower())
    assert applied["errors"] == []


# --- wallet gift cards --------------------------------------------------------------


@pytest.fixture
def credit_program(advocate_code, configure, channel_USD):
    """After `program` (which `advocate_code` sets up with a voucher reward)."""
    assert configure(advocate_reward_type="store_credit")["errors"] == []
    return ReferralProgram.objects.get(channel_slug=channel_USD.slug)


@pytest.fixture
def referred_and_paid(friend_order, django_capture_on_commit_callbacks):
    """A friend's order with the code, paid: the plugin's hook, then its tasks."""
    emails = iter(range(100))

    def pay(code):
        with allow_writer():
            friend = User.objects.create(email=f"friend{next(emails)}@example.com")
            order = friend_order(friend)
            order.voucher_code = code.code
            order.charge_status = OrderChargeStatus.FULL
            order.total_gross_amount = order.total_net_amount = Decimal("80.00")
            order.total_charged_amount = Decimal("80.00")
            order.save()
        manager = get_plugins_manager(allow_replica=False)
        with django_capture_on_commit_callbacks(execute=True):
            manager.order_fully_paid(order)
        return order, Reward.objects.get(referral__order_id=str(order.pk))

    return pay


def sweep(django_capture_on_commit_callbacks):
    with allow_writer(), django_capture_on_commit_callbacks(execute=True):
        release_due_rewards_task()


def test_a_deactivated_wallet_is_never_reactivated_and_the_reward_waits(
    credit_program,
    advocate_code,
    referred_and_paid,
    operator,
    django_capture_on_commit_callbacks,
):
    _, first = referred_and_paid(advocate_code)
    card = GiftCard.objects.get(pk=first.gift_card_id)
    operator(GIFT_CARD_DEACTIVATE, {"id": gid(card)})
    _, second = referred_and_paid(advocate_code)
    second.refresh_from_db()
    assert second.status == RewardStatus.HELD
    assert "deactivated in the Dashboard" in second.status_reason
    card.refresh_from_db()
    assert (card.is_active, card.current_balance_amount) == (False, Decimal("20.00"))
    for _ in range(2):
        sweep(django_capture_on_commit_callbacks)
    assert second.status_changes.filter(reason=second.status_reason).count() == 1
    operator(GIFT_CARD_ACTIVATE, {"id": gid(card)})
    sweep(django_capture_on_commit_callbacks)
    sweep(django_capture_on_commit_callbacks)
    second.refresh_from_db()
    card.refresh_from_db()
    assert second.status == RewardStatus.ISSUED
    assert card.current_balance_amount == Decimal("40.00")


def test_an_expired_wallet_holds_the_reward_with_the_reason(
    credit_program, advocate_code, referred_and_paid, operator
):
    _, first = referred_and_paid(advocate_code)
    card = GiftCard.objects.get(pk=first.gift_card_id)
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    with allow_writer():
        GiftCard.objects.filter(pk=card.pk).update(expiry_date=yesterday)
    _, second = referred_and_paid(advocate_code)
    second.refresh_from_db()
    assert second.status == RewardStatus.HELD
    assert "expired" in second.status_reason


def test_a_wallet_given_to_another_customer_is_not_credited(
    credit_program, advocate_code, referred_and_paid, operator, staff_user
):
    _, first = referred_and_paid(advocate_code)
    with allow_writer():
        GiftCard.objects.filter(pk=first.gift_card_id).update(assigned_to=staff_user)
    _, second = referred_and_paid(advocate_code)
    second.refresh_from_db()
    assert second.status == RewardStatus.HELD
    assert "another customer" in second.status_reason


def test_a_deleted_wallet_gets_a_new_card_and_nothing_is_lost_or_doubled(
    credit_program,
    advocate_code,
    referred_and_paid,
    operator,
    django_capture_on_commit_callbacks,
    staff_api_client,
    permission_group_manage_orders,
):
    first_order, first = referred_and_paid(advocate_code)
    old_card = GiftCard.objects.get(pk=first.gift_card_id)
    operator(GIFT_CARD_DELETE, {"id": gid(old_card)})
    _, second = referred_and_paid(advocate_code)
    second.refresh_from_db()
    assert second.status == RewardStatus.ISSUED
    new_card = GiftCard.objects.get(pk=second.gift_card_id)
    assert new_card.current_balance_amount == Decimal("20.00")
    assert new_card.assigned_to == advocate_code.user
    assert StoreCreditWallet.objects.get().gift_card_id == str(new_card.pk)
    sweep(django_capture_on_commit_callbacks)
    new_card.refresh_from_db()
    assert new_card.current_balance_amount == Decimal("20.00")
    # Cancelling the first friend's order: its credit went with the deleted card.
    manager = get_plugins_manager(allow_replica=False)
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_cancelled(first_order)
    first.refresh_from_db()
    assert first.status == RewardStatus.REVOKED
    assert first.shortfall_amount == Decimal("20.00")
    assert "deleted in the Dashboard" in first.status_reason
    new_card.refresh_from_db()
    assert new_card.current_balance_amount == Decimal("20.00")
