"""Tier perks inside real Saleor: member codes, early access, store-credit entry
rewards, through Saleor's own /graphql/ and checkoutComplete."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from decimal import Decimal

import graphene
from saleor.core.db.connection import allow_writer
from saleor.giftcard.models import GiftCard
from saleor.graphql.core.utils import to_global_id_or_none
from saleor.graphql.tests.fixtures import ApiClient
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order import OrderChargeStatus
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.insights.models import MemberDiscountUse
from saleor_referrals.models import StoreCreditWallet
from saleor_referrals.tiers.models import Tier, TierMembership

TIER_CREATE = """
mutation create($channel: String!, $input: ReferralTierInput!) {
  referralTierCreate(channel: $channel, input: $input) {
    tier { id name earlyAccessCollections }
    errors { field code message }
  }
}
"""
ADD_PROMO_CODE = """
mutation addPromoCode($id: ID!, $code: String!) {
  checkoutAddPromoCode(id: $id, promoCode: $code) {
    checkout { voucherCode discount { amount } giftCards { last4CodeChars } }
    errors { field message code }
  }
}
"""
PROFILE = """
query profile($channel: String!) {
  referralProfile(channel: $channel) {
    tier { name } memberDiscountCode earlyAccessCollections
  }
  referralTiers(channel: $channel) { name }
}
"""


@pytest.fixture
def create_tier(staff_api_client, permission_manage_discounts, channel_USD):
    staff_api_client.user.user_permissions.add(permission_manage_discounts)

    def create(**tier_input):
        values = {"name": "Silver", "rank": 1, "minReferrals": 1, **tier_input}
        response = staff_api_client.post_graphql(
            TIER_CREATE, {"channel": channel_USD.slug, "input": values}
        )
        return get_graphql_content(response)["data"]["referralTierCreate"]

    return create


@pytest.fixture
def promote(
    advocate_code, friend_order, customer_user2, django_capture_on_commit_callbacks
):
    """One friend of the advocate (customer_user) pays: the referral converts at once
    (hold 0) and the advocate reaches a one-referral tier."""

    def promote():
        order = friend_order(customer_user2)
        order.voucher_code = advocate_code.code
        order.charge_status = OrderChargeStatus.FULL
        order.total_gross_amount = order.total_net_amount = Decimal("80.00")
        order.total_charged_amount = Decimal("80.00")
        order.save()
        with django_capture_on_commit_callbacks(execute=True):
            get_plugins_manager(allow_replica=False).order_fully_paid(order)
        return TierMembership.objects.select_related("tier").get(
            advocate=advocate_code.user
        )

    return promote


def add_promo_code(client, checkout, code):
    response = client.post_graphql(
        ADD_PROMO_CODE, {"id": to_global_id_or_none(checkout), "code": code}
    )
    return get_graphql_content(response)["data"]["checkoutAddPromoCode"]


def test_member_code_is_only_for_the_member(
    create_tier,
    promote,
    ready_checkout,
    friend_client,
    user_api_client,
    customer_user,
    pay_and_complete,
    channel_USD,
    staff_api_client,
    permission_manage_discounts,
    django_capture_on_commit_callbacks,
):
    assert create_tier(memberDiscountPercent=10)["errors"] == []
    membership = promote()
    code = membership.member_code
    assert membership.tier.name == "Silver" and code

    profile = get_graphql_content(
        user_api_client.post_graphql(PROFILE, {"channel": channel_USD.slug})
    )["data"]["referralProfile"]
    assert profile["memberDiscountCode"] == code

    # Another customer can add the code, but not complete a checkout with it.
    added = add_promo_code(friend_client, ready_checkout, code)
    assert added["errors"] == []
    completed = pay_and_complete(friend_client, ready_checkout)
    assert completed["order"] is None
    [error] = completed["errors"]
    assert (error["field"], error["code"]) == ("voucherCode", "VOUCHER_NOT_APPLICABLE")
    assert "belongs to another customer" in error["message"]

    # The member gets the discount and completes.
    ready_checkout.refresh_from_db()
    ready_checkout.user = customer_user
    ready_checkout.email = customer_user.email
    ready_checkout.save()
    added = add_promo_code(user_api_client, ready_checkout, code)
    assert added["errors"] == []
    assert added["checkout"]["voucherCode"] == code
    discount = Decimal(str(added["checkout"]["discount"]["amount"]))
    assert discount > 0
    with django_capture_on_commit_callbacks(execute=True):
        completed = pay_and_complete(user_api_client, ready_checkout)
    assert completed["errors"] == []
    assert completed["order"] is not None

    # Paid: the member discount is a cost line of the staff report.
    use = MemberDiscountUse.objects.get()
    assert (use.tier, use.advocate, use.discount) == (
        membership.tier,
        customer_user,
        discount,
    )
    staff_api_client.user.user_permissions.add(permission_manage_discounts)
    report = get_graphql_content(
        staff_api_client.post_graphql(
            """query r($channel: String!) { referralReport(channel: $channel) {
                 money { costs { memberDiscounts { amount } } } } }""",
            {"channel": channel_USD.slug},
        )
    )["data"]["referralReport"]
    assert Decimal(str(report["money"]["costs"]["memberDiscounts"]["amount"])) == (
        discount
    )


def test_early_access_refuses_non_members_and_lets_members_through(
    create_tier,
    promote,
    collection,
    product,
    ready_checkout,
    friend_client,
    user_api_client,
    customer_user,
    pay_and_complete,
    channel_USD,
):
    collection.products.add(product)
    collection_id = graphene.Node.to_global_id("Collection", collection.pk)
    unknown = graphene.Node.to_global_id("Collection", collection.pk + 1000)
    refused = create_tier(
        earlyAccessCollections=[unknown], earlyAccessUntil="2099-01-01T00:00:00+00:00"
    )
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [
        ("UNKNOWN_COLLECTION", "earlyAccessCollections")
    ]
    assert not Tier.objects.exists()
    created = create_tier(
        earlyAccessCollections=[collection_id],
        earlyAccessUntil="2099-01-01T00:00:00+00:00",
    )
    assert created["errors"] == []
    assert created["tier"]["earlyAccessCollections"] == [collection_id]

    completed = pay_and_complete(friend_client, ready_checkout)
    assert completed["order"] is None
    [error] = completed["errors"]
    assert (error["field"], error["code"]) == (
        "lines",
        "PRODUCT_UNAVAILABLE_FOR_PURCHASE",
    )
    assert product.name in error["message"]

    promote()
    profile = get_graphql_content(
        user_api_client.post_graphql(PROFILE, {"channel": channel_USD.slug})
    )["data"]["referralProfile"]
    assert profile["earlyAccessCollections"] == [collection_id]
    ready_checkout.refresh_from_db()
    ready_checkout.user = customer_user
    ready_checkout.email = customer_user.email
    ready_checkout.save()
    completed = pay_and_complete(user_api_client, ready_checkout)
    assert completed["errors"] == []
    assert completed["order"] is not None


def test_store_credit_entry_reward_is_spendable(
    create_tier,
    promote,
    ready_checkout,
    customer_user,
    pay_and_complete,
    channel_USD,
):
    assert (
        create_tier(entryReward={"type": "STORE_CREDIT", "amount": 5})["errors"] == []
    )
    promote()
    wallet = StoreCreditWallet.objects.get(user=customer_user)
    card = GiftCard.objects.get(pk=wallet.gift_card_id)
    # The advocate reward (voucher) and the entry reward (store credit).
    assert card.current_balance_amount == Decimal("5.00")
    assert card.assigned_to == customer_user

    client = ApiClient(user=customer_user)
    with allow_writer():
        ready_checkout.user = customer_user
        ready_checkout.email = customer_user.email
        ready_checkout.save()
    added = add_promo_code(client, ready_checkout, card.code)
    assert added["errors"] == []
    assert added["checkout"]["giftCards"] == [{"last4CodeChars": card.code[-4:]}]
    completed = pay_and_complete(client, ready_checkout)
    assert completed["errors"] == []
    card.refresh_from_db()
    assert card.current_balance_amount == Decimal("0.00")


def test_checkout_hook_costs_no_query_without_early_access(
    program, checkout_with_item, collection, product, channel_USD, create_tier
):
    """`preprocess_order_creation` runs for every checkoutComplete: a checkout with
    no voucher code whose product is in a collection, in a channel with a ladder
    but no early access, costs no query once the channel's summary is cached."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from saleor.checkout.fetch import fetch_checkout_info, fetch_checkout_lines

    assert create_tier()["errors"] == []
    cache.clear()
    collection.products.add(product)
    manager = get_plugins_manager(allow_replica=False)
    plugin = manager.get_plugin("saleor_referrals", channel_USD.slug)
    lines, _ = fetch_checkout_lines(checkout_with_item)
    checkout_info = fetch_checkout_info(checkout_with_item, lines, manager)
    assert lines[0].collections  # what the hook reads
    plugin.preprocess_order_creation(checkout_info, lines, None)  # fills the cache
    with CaptureQueriesContext(connection) as queries:
        plugin.preprocess_order_creation(checkout_info, lines, None)
    assert len(queries) == 0, [query["sql"] for query in queries]
