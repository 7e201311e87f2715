"""The Referrals console inside Saleor: its shell and assets through Saleor's own
plugin routes, and the staff fields of its customer and order pages through
Saleor's /graphql/ with Saleor's own customer and order IDs."""

import json
import re

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

import graphene
from saleor.core.db.connection import allow_writer
from saleor.graphql.tests.utils import get_graphql_content

from saleor_referrals import referrals
from saleor_referrals.commerce.saleor_adapter import saleor_order_facts

CUSTOMER_PAGE = """
query customer($channel: String!, $id: ID!) {
  referralCustomer(channel: $channel, id: $id) { code stats { friends orders } }
  referrals(channel: $channel, filter: {customer: $id}) {
    totalCount edges { node { advocateEmail friendEmail } }
  }
  referralRewards(channel: $channel, filter: {customer: $id}) { totalCount }
}
"""
ORDER_PAGE = """
query order($channel: String!, $order: ID!) {
  referrals(channel: $channel, filter: {order: $order}) {
    edges { node { orderId friendEmail } }
  }
}
"""


def config_of(html: str) -> dict:
    found = re.search(
        r'id="referrals-console-config">(.*?)</script>', html, flags=re.DOTALL
    )
    assert found, html
    return json.loads(found.group(1))


def test_the_console_is_served_through_saleors_plugin_routes(
    program, client, channel_USD, monkeypatch
):
    monkeypatch.delenv("DASHBOARD_URL", raising=False)
    root = f"/plugins/channel/{channel_USD.slug}/saleor_referrals/"
    for path in ("console", "console/review", "console/customer"):
        response = client.get(f"{root}{path}?lang=fa", HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="fa" dir="rtl">' in html
        assert config_of(html) == {
            "graphqlUrl": "/graphql/",
            "channel": channel_USD.slug,
            "language": "fa",
            "base": f"{root}console/",
            "shopBase": "/plugins/saleor_referrals/console/",
            "programs": {channel_USD.slug: True},
            "settingsPath": "/extensions/plugin/saleor_referrals",
            "dashboardUrl": "",
        }
    script = re.search(r'src="([^"]+console\.js\?v=\w+)"', html).group(1)
    asset = client.get(script)
    assert asset.status_code == 200
    assert asset["Content-Type"] == "text/javascript; charset=utf-8"
    assert b"referrals-console" in asset.content


def test_the_shop_wide_route_serves_the_console_of_an_inactive_channel(
    program, client, channel_USD, channel_PLN
):
    """Saleor answers a channel's own plugin route only while the plugin is active
    there; the shop-wide route reaches the plugin whatever its state, so the console
    can say the program is off instead of a blank 404."""
    own = client.get(f"/plugins/channel/{channel_PLN.slug}/saleor_referrals/console")
    assert own.status_code == 404
    response = client.get(
        f"/plugins/saleor_referrals/console?channel={channel_PLN.slug}"
    )
    assert response.status_code == 200
    values = config_of(response.content.decode())
    assert values["channel"] == channel_PLN.slug
    assert values["programs"] == {channel_USD.slug: True}  # PLN: none, so off
    assert values["base"] == "/plugins/saleor_referrals/console/"


def test_customer_and_order_pages_read_saleors_ids(
    advocate_code,
    friend,
    friend_order,
    staff_api_client,
    permission_group_manage_discounts,
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
    advocate_id = graphene.Node.to_global_id("User", advocate_code.user.pk)
    order_id = graphene.Node.to_global_id("Order", order.pk)
    variables = {"channel": channel_USD.slug, "id": advocate_id}

    # Without the staff permission: Saleor's PermissionDenied, which the console
    # turns into its "no permission" screen.
    refused = staff_api_client.post_graphql(CUSTOMER_PAGE, variables).json()
    codes = {error["extensions"]["exception"]["code"] for error in refused["errors"]}
    assert codes == {"PermissionDenied"}

    permission_group_manage_discounts.user_set.add(staff_api_client.user)
    data = get_graphql_content(staff_api_client.post_graphql(CUSTOMER_PAGE, variables))[
        "data"
    ]
    assert data["referralCustomer"]["code"] == advocate_code.code
    assert data["referralCustomer"]["stats"] == {"friends": 1, "orders": 1}
    assert data["referrals"]["edges"] == [
        {
            "node": {
                "advocateEmail": advocate_code.user.email,
                "friendEmail": friend.email,
            }
        }
    ]
    assert data["referralRewards"]["totalCount"] == 1

    found = get_graphql_content(
        staff_api_client.post_graphql(
            ORDER_PAGE, {"channel": channel_USD.slug, "order": order_id}
        )
    )["data"]["referrals"]["edges"]
    assert [
        (edge["node"]["orderId"], edge["node"]["friendEmail"]) for edge in found
    ] == [(order_id, friend.email)]
