"""The referral loop end to end through Saleor's own GraphQL API and plugin manager."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from decimal import Decimal

import graphene
from django.db import connection
from django.test.utils import CaptureQueriesContext
from saleor.core.db.connection import allow_writer
from saleor.discount.models import Voucher, VoucherCode
from saleor.giftcard import GiftCardEvents
from saleor.giftcard.models import GiftCard
from saleor.graphql.core.utils import to_global_id_or_none
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order import OrderChargeStatus
from saleor.order.models import Order
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.models import (
    Referral,
    ReferralProgram,
    ReferralStatus,
    Reward,
    RewardStatus,
    StoreCreditWallet,
)
from tests.race import race

ADD_PROMO_CODE = """
mutation addPromoCode($id: ID!, $code: String!) {
  checkoutAddPromoCode(id: $id, promoCode: $code) {
    checkout {
      voucherCode
      discount { amount }
      subtotalPrice { gross { amount } }
      totalPrice { gross { amount } }
      giftCards { last4CodeChars currentBalance { amount } }
    }
    errors { field message code }
  }
}
"""
CHECKOUT_CREATE = """
mutation create($input: CheckoutCreateInput!) {
  checkoutCreate(input: $input) {
    checkout { id token }
    errors { field message code }
  }
}
"""
ORDER_CANCEL = """
mutation cancel($id: ID!) {
  orderCancel(id: $id) { order { status } errors { field message code } }
}
"""


def add_promo_code(client, checkout, code):
    response = client.post_graphql(
        ADD_PROMO_CODE, {"id": to_global_id_or_none(checkout), "code": code}
    )
    return get_graphql_content(response)["data"]["checkoutAddPromoCode"]


def test_configuration_creates_the_friend_voucher(program, channel_USD):
    voucher = Voucher.objects.get(pk=program.friend_voucher_id)
    listing = voucher.channel_listings.get(channel=channel_USD)
    assert voucher.discount_value_type == "percentage"
    assert listing.discount_value == Decimal("15")
    assert listing.currency == "USD"
    assert program.is_active
    assert program.hold_days == 0


def test_configuration_changes_update_the_friend_voucher(configure, program):
    assert (
        configure(
            friend_discount_type="fixed",
            friend_discount_value="7",
            friend_min_spent="50",
        )["errors"]
        == []
    )
    voucher = Voucher.objects.get(pk=program.friend_voucher_id)
    listing = voucher.channel_listings.get()
    assert voucher.discount_value_type == "fixed"
    assert listing.discount_value == Decimal("7")
    assert listing.min_spent_amount == Decimal("50")


def test_invalid_configuration_names_the_field(configure, channel_USD):
    result = configure(hold_days="soon", advocate_reward_type="cash")
    fields = {error["field"]: error for error in result["errors"]}
    # Saleor camel-cases error fields; the message starts with the form label.
    assert set(fields) == {"holdDays", "advocateRewardType"}
    assert fields["holdDays"]["code"] == "INVALID"
    assert fields["holdDays"]["message"].startswith("Wait before rewarding (days): ")
    assert not ReferralProgram.objects.filter(channel_slug=channel_USD.slug).exists()


def test_referral_loop_with_voucher_reward(
    advocate_code,
    friend_client,
    ready_checkout,
    pay_and_complete,
    user_api_client,
    staff_api_client,
    permission_group_manage_orders,
    product,
    channel_USD,
):
    # The friend redeems the code (typed in lower case) through Saleor's voucher engine.
    applied = add_promo_code(friend_client, ready_checkout, advocate_code.code.lower())
    assert applied["errors"] == []
    checkout = applied["checkout"]
    discount = Decimal(str(checkout["discount"]["amount"]))
    subtotal = Decimal(str(checkout["subtotalPrice"]["gross"]["amount"]))
    assert discount > 0
    # Saleor spreads the entire-order discount over the lines: 15% of the original.
    assert discount == ((subtotal + discount) * Decimal("0.15")).quantize(
        Decimal("0.01")
    )

    completed = pay_and_complete(friend_client, ready_checkout)
    assert completed["errors"] == []
    assert completed["order"]["chargeStatus"] == "FULL"

    referral = Referral.objects.get()
    assert referral.status == ReferralStatus.REWARDED
    assert referral.advocate == advocate_code.user
    assert referral.order_number == str(completed["order"]["number"])
    assert [c.to_status for c in referral.status_changes.all()] == [
        "pending",
        "qualified",
        "approved",
        "rewarded",
    ]
    reward = referral.rewards.get()
    assert reward.status == RewardStatus.ISSUED
    assert reward.amount == Decimal("20.00")

    # The advocate's voucher works at checkout.
    create = user_api_client.post_graphql(
        CHECKOUT_CREATE,
        {
            "input": {
                "channel": channel_USD.slug,
                "email": user_api_client.user.email,
                "lines": [
                    {
                        "quantity": 1,
                        "variantId": graphene.Node.to_global_id(
                            "ProductVariant",
                            product.variants.first().pk,
                        ),
                    }
                ],
            }
        },
    )
    advocate_checkout = get_graphql_content(create)["data"]["checkoutCreate"]
    assert advocate_checkout["errors"] == []
    from saleor.checkout.models import Checkout

    own_checkout = Checkout.objects.get(token=advocate_checkout["checkout"]["token"])
    used = add_promo_code(user_api_client, own_checkout, reward.voucher_code)
    assert used["errors"] == []
    assert Decimal(str(used["checkout"]["discount"]["amount"])) > 0

    # Cancelling the friend's order reverses the reward: the voucher stops working.
    order = Order.objects.get(number=completed["order"]["number"])
    permission_group_manage_orders.user_set.add(staff_api_client.user)
    response = staff_api_client.post_graphql(
        ORDER_CANCEL,
        {"id": graphene.Node.to_global_id("Order", order.pk)},
    )
    assert get_graphql_content(response)["data"]["orderCancel"]["errors"] == []
    referral.refresh_from_db()
    reward.refresh_from_db()
    assert referral.status == ReferralStatus.REVERSED
    assert reward.status == RewardStatus.REVOKED
    assert not VoucherCode.objects.get(code=reward.voucher_code).is_active


def test_referral_loop_with_store_credit(
    configure,
    advocate_code,
    friend_client,
    ready_checkout,
    pay_and_complete,
    user_api_client,
    staff_api_client,
    permission_group_manage_orders,
    customer_user,
):
    assert configure(advocate_reward_type="store_credit")["errors"] == []
    assert (
        add_promo_code(friend_client, ready_checkout, advocate_code.code)["errors"]
        == []
    )
    completed = pay_and_complete(friend_client, ready_checkout)
    assert completed["errors"] == []

    wallet = StoreCreditWallet.objects.get(user=customer_user)
    card = GiftCard.objects.get(pk=wallet.gift_card_id)
    assert card.assigned_to == customer_user
    assert card.current_balance_amount == Decimal("20.00")
    assert card.tags.filter(name="referral-store-credit").exists()
    assert card.events.filter(type=GiftCardEvents.BALANCE_ADJUSTED).count() == 1

    order = Order.objects.get(number=completed["order"]["number"])
    permission_group_manage_orders.user_set.add(staff_api_client.user)
    response = staff_api_client.post_graphql(
        ORDER_CANCEL,
        {"id": graphene.Node.to_global_id("Order", order.pk)},
    )
    assert get_graphql_content(response)["data"]["orderCancel"]["errors"] == []
    card.refresh_from_db()
    assert card.current_balance_amount == Decimal("0.00")
    reward = Reward.objects.get()
    assert reward.status == RewardStatus.REVOKED
    assert reward.revoked_amount == Decimal("20.00")


def test_own_code_stops_checkout_complete(
    advocate_code, ready_checkout, pay_and_complete, customer_user, user_api_client
):
    ready_checkout.user = customer_user
    ready_checkout.email = customer_user.email
    ready_checkout.save()
    assert (
        add_promo_code(user_api_client, ready_checkout, advocate_code.code)["errors"]
        == []
    )
    completed = pay_and_complete(user_api_client, ready_checkout)
    assert completed["order"] is None
    [error] = completed["errors"]
    assert error["code"] == "INVALID"
    assert error["field"] == "voucherCode"
    assert "own referral code" in error["message"]
    assert not Referral.objects.exists()


def _referred_paid_order(friend_order, friend, code):
    order = friend_order(friend)
    order.voucher_code = code.code
    order.charge_status = OrderChargeStatus.FULL
    order.total_gross_amount = order.total_net_amount = Decimal("80.00")
    order.total_charged_amount = Decimal("80.00")
    order.save()
    return order


def test_paid_event_delivered_twice_pays_once(
    advocate_code, friend_order, friend, django_capture_on_commit_callbacks
):
    order = _referred_paid_order(friend_order, friend, advocate_code)
    manager = get_plugins_manager(allow_replica=False)
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_fully_paid(order)
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_fully_paid(order)
    assert Reward.objects.count() == 1
    assert Reward.objects.get().status == RewardStatus.ISSUED
    assert (
        Voucher.objects.filter(metadata__has_key="saleor_referrals_reward").count() == 1
    )


def test_hooks_stay_within_the_query_budget(
    advocate_code,
    friend_order,
    friend,
    channel_USD,
    django_capture_on_commit_callbacks,
):
    """The plugin's own work in order_created + order_fully_paid, in the request.

    No query for an order with no referral; for a referred one, one outbox INSERT
    per hook (the thank-you message rides in the second) and nothing else.
    """
    manager = get_plugins_manager(allow_replica=False)
    plugin = manager.get_plugin("saleor_referrals", channel_USD.slug)
    plain = friend_order(friend)
    referred = _referred_paid_order(friend_order, friend, advocate_code)
    # On-commit hand-offs: the plain order's thank-you e-mail and lead check (sign-up,
    # event pass), without rows; the referred order's two outbox writes.
    for order, inserts, hand_offs in ((plain, 0, 2), (referred, 2, 2)):
        order = Order.objects.select_related("channel").get(pk=order.pk)
        with (
            django_capture_on_commit_callbacks(execute=False) as callbacks,
            CaptureQueriesContext(connection) as queries,
        ):
            plugin.order_created(order, None)
            plugin.order_fully_paid(order, None)
        statements = [query["sql"] for query in queries]
        assert len(statements) == inserts, statements
        assert all(
            sql.startswith('INSERT INTO "saleor_referrals_outboxmessage"')
            for sql in statements
        )
        assert len(callbacks) == hand_offs


@pytest.mark.django_db(transaction=True)
def test_eight_workers_delivering_the_same_paid_event_pay_once(
    referrals_plugin, configure, customer_user, customer_user2, friend_order
):
    assert configure()["errors"] == []
    program = ReferralProgram.objects.get()
    with allow_writer():
        code = get_or_create_code(program, customer_user)
        order = _referred_paid_order(friend_order, customer_user2, code)
    from saleor_referrals import referrals
    from saleor_referrals.plugin import order_facts

    facts = order_facts(Order.objects.select_related("channel").get(pk=order.pk))

    def deliver():
        with allow_writer():
            referrals.qualify_paid_order(facts)

    assert race(deliver) == []
    assert Reward.objects.count() == 1
    assert Reward.objects.get().status == RewardStatus.ISSUED
    assert (
        Voucher.objects.filter(metadata__has_key="saleor_referrals_reward").count() == 1
    )


@pytest.mark.parametrize("reward_type", ["voucher", "store_credit"])
def test_full_refund_reverses_the_reward(
    reward_type,
    configure,
    advocate_code,
    friend_order,
    friend,
    django_capture_on_commit_callbacks,
):
    assert configure(advocate_reward_type=reward_type)["errors"] == []
    order = _referred_paid_order(friend_order, friend, advocate_code)
    manager = get_plugins_manager(allow_replica=False)
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_fully_paid(order)
    assert Reward.objects.get().status == RewardStatus.ISSUED

    order.total_charged_amount = Decimal(0)
    order.save(update_fields=["total_charged_amount"])
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_fully_refunded(order)
    reward = Reward.objects.get()
    assert reward.status == RewardStatus.REVOKED
    assert reward.revoked_amount == Decimal("20.00")
    assert Referral.objects.get().status == ReferralStatus.REVERSED
    if reward_type == "voucher":
        assert not VoucherCode.objects.get(code=reward.voucher_code).is_active
    else:
        assert GiftCard.objects.get().current_balance_amount == 0


def test_partial_refund_keeps_the_reward_above_the_minimum(
    configure, advocate_code, friend_order, friend, django_capture_on_commit_callbacks
):
    assert configure(min_order_total="50")["errors"] == []
    order = _referred_paid_order(friend_order, friend, advocate_code)
    manager = get_plugins_manager(allow_replica=False)
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_fully_paid(order)

    order.total_charged_amount = Decimal("60.00")  # 20.00 of 80.00 refunded
    order.save(update_fields=["total_charged_amount"])
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_refunded(order)
    assert Reward.objects.get().status == RewardStatus.ISSUED

    order.total_charged_amount = Decimal("30.00")  # now below the minimum
    order.save(update_fields=["total_charged_amount"])
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_refunded(order)
    referral = Referral.objects.get()
    assert referral.status == ReferralStatus.REVERSED
    assert "30.00 USD left paid" in referral.status_reason
