"""The referral fields served from Saleor's own /graphql/, next to Saleor's."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

import graphene
from saleor.checkout.models import Checkout
from saleor.core.db.connection import allow_writer
from saleor.graphql.core.utils import to_global_id_or_none
from saleor.graphql.tests.fixtures import ApiClient
from saleor.graphql.tests.utils import get_graphql_content

from saleor_referrals import referrals
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.commerce.saleor_adapter import saleor_order_facts
from saleor_referrals.models import Referral, ReferralSource

MIXED = """
query mixed($channel: String!) {
  shop { name }
  channel(slug: $channel) { slug }
  referralProgram(channel: $channel) {
    isActive friendOffer { type value currency } advocateReward { amount { amount } }
  }
}
"""
PROFILE = """
query profile($channel: String!) {
  referralProfile(channel: $channel) {
    code shareUrl shareLinks { network url }
    stats { friends pending rewarded earned { amount currency } }
    referrals(first: 20) { totalCount edges { node { id status friendName } } }
    rewards(first: 20) { totalCount edges { node { id status voucherCode } } }
  }
}
"""
CODE_CREATE = """
mutation create($channel: String!) {
  referralCodeCreate(channel: $channel) { code errors { field code message } }
}
"""
APPLY = """
mutation apply($id: ID!, $code: String!) {
  checkoutReferralCodeApply(id: $id, code: $code) {
    voucherCode
    checkout { voucherCode discount { amount } }
    errors { field code message }
  }
}
"""
APPLY_WITH_NETWORK = """
mutation apply($id: ID!, $code: String!) {
  checkoutReferralCodeApply(id: $id, code: $code, network: WHATSAPP) {
    voucherCode
    checkout { voucherCode discount { amount } }
    errors { field code message }
  }
}
"""
STAFF_REFERRALS = """
query staff($channel: String!) {
  referrals(channel: $channel, first: 10) {
    totalCount edges { node { id status advocateEmail friendEmail } }
  }
}
"""
REVOKE = """
mutation revoke($id: ID!) {
  referralRewardRevoke(id: $id, reason: "mine now") { errors { code } }
}
"""
PRODUCTS = """
query products($channel: String!) {
  products(first: 5, channel: $channel) { edges { node { name } } }
}
"""


def error_codes(response):
    content = response.json()
    return [error["extensions"]["exception"]["code"] for error in content["errors"]]


def test_one_request_reads_saleor_and_referral_fields(program, api_client, channel_USD):
    content = get_graphql_content(
        api_client.post_graphql(MIXED, {"channel": channel_USD.slug})
    )["data"]
    assert content["shop"]["name"]
    assert content["channel"] == {"slug": channel_USD.slug}
    assert content["referralProgram"]["isActive"] is True
    assert content["referralProgram"]["friendOffer"] == {
        "type": "PERCENTAGE",
        "value": 15.0,
        "currency": "USD",
    }


def test_saleor_queries_keep_working(program, api_client, product, channel_USD):
    content = get_graphql_content(
        api_client.post_graphql(PRODUCTS, {"channel": channel_USD.slug})
    )
    assert content["data"]["products"]["edges"][0]["node"]["name"] == product.name


def test_introspection_lists_referral_types(program, api_client):
    query = '{ __type(name: "ReferralProfile") { name fields { name } } }'
    content = get_graphql_content(api_client.post_graphql(query))
    names = {field["name"] for field in content["data"]["__type"]["fields"]}
    assert {"code", "shareLinks", "stats", "rewards", "referrals"} <= names


def test_anonymous_caller_sees_only_public_fields(program, api_client, channel_USD):
    response = api_client.post_graphql(PROFILE, {"channel": channel_USD.slug})
    assert error_codes(response) == ["PermissionDenied"]
    response = api_client.post_graphql(STAFF_REFERRALS, {"channel": channel_USD.slug})
    assert error_codes(response) == ["PermissionDenied"]


def test_customer_code_and_profile(program, user_api_client, channel_USD):
    created = get_graphql_content(
        user_api_client.post_graphql(CODE_CREATE, {"channel": channel_USD.slug})
    )["data"]["referralCodeCreate"]
    assert created["errors"] == []
    profile = get_graphql_content(
        user_api_client.post_graphql(PROFILE, {"channel": channel_USD.slug})
    )["data"]["referralProfile"]
    assert profile["code"] == created["code"]
    assert profile["shareUrl"] == f"https://shop.example.com/?ref={created['code']}"
    assert len(profile["shareLinks"]) == 8


def test_friend_applies_the_code_then_buys(
    advocate_code,
    friend_client,
    ready_checkout,
    pay_and_complete,
    user_api_client,
    channel_USD,
):
    applied = get_graphql_content(
        friend_client.post_graphql(
            APPLY,
            {
                "id": to_global_id_or_none(ready_checkout),
                "code": advocate_code.code.lower(),
            },
        )
    )["data"]["checkoutReferralCodeApply"]
    assert applied["errors"] == []
    assert applied["voucherCode"] == advocate_code.code
    assert applied["checkout"]["voucherCode"] == advocate_code.code
    assert applied["checkout"]["discount"]["amount"] > 0
    ready_checkout.refresh_from_db()
    assert (
        ready_checkout.metadata_storage.metadata["referral_code"] == advocate_code.code
    )

    completed = pay_and_complete(friend_client, ready_checkout)
    assert completed["errors"] == []
    referral = Referral.objects.get()
    assert referral.source == ReferralSource.CODE

    profile = get_graphql_content(
        user_api_client.post_graphql(PROFILE, {"channel": channel_USD.slug})
    )["data"]["referralProfile"]
    assert profile["referrals"]["totalCount"] == 1
    assert profile["referrals"]["edges"][0]["node"]["friendName"] == "Jane D."
    assert profile["stats"]["rewarded"] == 1


def test_the_documented_network_argument_reaches_the_funnel(
    advocate_code, friend_client, ready_checkout, pay_and_complete
):
    """README: `checkoutReferralCodeApply(id, code, network: WHATSAPP)`, through
    Saleor's /graphql/: the code is applied, the network kept on the checkout and
    recorded on the friend's referral."""
    response = friend_client.post_graphql(
        APPLY_WITH_NETWORK,
        {"id": to_global_id_or_none(ready_checkout), "code": advocate_code.code},
    )
    applied = get_graphql_content(response)["data"]["checkoutReferralCodeApply"]
    assert applied["errors"] == []
    assert applied["checkout"]["voucherCode"] == advocate_code.code
    assert applied["checkout"]["discount"]["amount"] > 0
    ready_checkout.refresh_from_db()
    metadata = ready_checkout.metadata_storage.metadata
    assert metadata["referral_code"] == advocate_code.code
    assert metadata["referral_network"] == "whatsapp"

    completed = pay_and_complete(friend_client, ready_checkout)
    assert completed["errors"] == []
    referral = Referral.objects.get()
    assert (referral.code_id, referral.network) == (advocate_code.pk, "whatsapp")
    assert referral.friend_discount > 0


def test_checkout_of_another_customer_is_not_found(
    advocate_code, ready_checkout, customer_user, channel_USD
):
    stranger = ApiClient(user=customer_user)
    applied = get_graphql_content(
        stranger.post_graphql(
            APPLY,
            {"id": to_global_id_or_none(ready_checkout), "code": advocate_code.code},
        )
    )["data"]["checkoutReferralCodeApply"]
    assert [error["code"] for error in applied["errors"]] == ["NOT_FOUND"]
    assert Checkout.objects.get(pk=ready_checkout.pk).voucher_code is None


def test_customer_cannot_reach_another_customers_referrals(
    advocate_code,
    friend,
    friend_client,
    friend_order,
    channel_USD,
    django_capture_on_commit_callbacks,
):
    order = friend_order(friend)
    order.voucher_code = advocate_code.code
    order.charge_status = "full"
    order.total_gross_amount = order.total_charged_amount = 50
    order.save()
    with allow_writer(), django_capture_on_commit_callbacks(execute=True):
        referrals.qualify_paid_order(saleor_order_facts(order))
    referral = Referral.objects.get()
    reward = referral.rewards.get()

    # The friend (another customer) sees none of the advocate's data...
    with allow_writer():
        get_or_create_code(advocate_code.program, friend)
    profile = get_graphql_content(
        friend_client.post_graphql(PROFILE, {"channel": channel_USD.slug})
    )["data"]["referralProfile"]
    assert profile["referrals"]["totalCount"] == 0
    assert profile["rewards"]["totalCount"] == 0
    # ...and cannot reach it by ID through staff fields.
    response = friend_client.post_graphql(
        REVOKE, {"id": graphene.Node.to_global_id("ReferralReward", reward.pk)}
    )
    assert error_codes(response) == ["PermissionDenied"]
    response = friend_client.post_graphql(
        STAFF_REFERRALS, {"channel": channel_USD.slug}
    )
    assert error_codes(response) == ["PermissionDenied"]


def test_staff_with_manage_discounts(
    advocate_code,
    friend_order,
    friend,
    staff_api_client,
    permission_group_manage_discounts,
    channel_USD,
):
    order = friend_order(friend)
    order.voucher_code = advocate_code.code
    order.save()
    with allow_writer():
        referrals.attribute_order(saleor_order_facts(order))

    response = staff_api_client.post_graphql(
        STAFF_REFERRALS, {"channel": channel_USD.slug}
    )
    assert error_codes(response) == ["PermissionDenied"]

    permission_group_manage_discounts.user_set.add(staff_api_client.user)
    listing = get_graphql_content(
        staff_api_client.post_graphql(STAFF_REFERRALS, {"channel": channel_USD.slug})
    )["data"]["referrals"]
    assert listing["totalCount"] == 1
    node = listing["edges"][0]["node"]
    assert node["advocateEmail"] == advocate_code.user.email
    assert node["friendEmail"] == friend.email
    assert node["status"] == "PENDING"


def test_staff_summary_reads_from_the_replica(
    advocate_code, staff_api_client, permission_group_manage_discounts, channel_USD
):
    permission_group_manage_discounts.user_set.add(staff_api_client.user)
    query = """query($channel: String!) { referralProgramSummary(channel: $channel) {
        pending rewarded referredRevenue { amount currency } rewardCost { amount } } }"""
    summary = get_graphql_content(
        staff_api_client.post_graphql(query, {"channel": channel_USD.slug})
    )["data"]["referralProgramSummary"]
    assert summary == {
        "pending": 0,
        "rewarded": 0,
        "referredRevenue": {"amount": 0.0, "currency": "USD"},
        "rewardCost": {"amount": 0.0},
    }


def test_every_added_type_is_named_referral(program):
    from saleor.graphql import api

    from saleor_referrals.graphql import saleor_schema

    ours = set(api.schema.get_type_map()) - set(saleor_schema.SALEOR_TYPE_NAMES)
    assert ours, "the referral types are in the schema"
    assert {name for name in ours if not name.startswith("Referral")} == set()


def test_code_lookups_are_throttled_through_saleor(program, api_client, settings):
    settings.REFERRALS_RATE_LIMITS = {"code_lookup": (2, 60)}
    from django.core.cache import cache

    cache.clear()
    query = 'query($c: String) { referralProgram(channel: "main", code: $c) { code } }'
    for guess in ("GUESS234", "GUESS235"):
        get_graphql_content(api_client.post_graphql(query, {"c": guess}))
    error = api_client.post_graphql(query, {"c": "GUESS236"}).json()["errors"][0]
    assert error["extensions"]["code"] == "THROTTLED"
    assert error["extensions"]["exception"]["code"] == "Throttled"
    assert error["message"] == "Too many requests; try again in a minute."
