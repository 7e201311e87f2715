"""The console's shell page and the staff fields its customer and order pages use."""

from __future__ import annotations

import json
import re

import graphene
import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from saleor_referrals import pages, referrals
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.graphql.schema import build_schema

from .conftest import CHANNEL, make_staff, make_user

# The shell reads each channel's program state.
pytestmark = pytest.mark.django_db

SCHEMA = build_schema()
ROOT = f"/plugins/channel/{CHANNEL}/saleor_referrals/"


def shell(rf, path: str, **headers):
    request = rf.get(f"{ROOT}{path}", **headers)
    response = pages.serve(request, path.split("?", 1)[0])
    assert response is not None
    return response


def config_of(response) -> dict:
    found = re.search(
        r'<script type="application/json" id="referrals-console-config">(.*?)</script>',
        response.content.decode(),
    )
    assert found
    return json.loads(found.group(1))


@pytest.mark.parametrize(
    "path", ["console", "console/", "console/review", "console/customer"]
)
def test_every_console_route_is_the_same_shell(rf, path, monkeypatch):
    monkeypatch.delenv("DASHBOARD_URL", raising=False)
    response = shell(rf, path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    html = response.content.decode()
    assert f'src="{ROOT}assets/console/console.js?v=' in html
    assert f'href="{ROOT}assets/console/console.css?v=' in html
    assert config_of(response) == {
        "graphqlUrl": "/graphql/",
        "channel": CHANNEL,
        "language": "en",
        "base": f"{ROOT}console/",
        "shopBase": "/plugins/saleor_referrals/console/",
        "programs": {},
        "settingsPath": "/extensions/plugin/saleor_referrals",
        "dashboardUrl": "",
    }
    assert '<html lang="en" dir="ltr">' in html


def test_the_channel_comes_from_the_query_outside_a_channel_route(rf):
    request = rf.get("/plugins/saleor_referrals/console?channel=eu-shop")
    config = config_of(pages.serve(request, "console"))
    assert config["channel"] == "eu-shop"
    assert config["base"] == "/plugins/saleor_referrals/console/"
    bad = rf.get("/plugins/saleor_referrals/console?channel=<script>")
    assert config_of(pages.serve(bad, "console"))["channel"] == ""


def test_the_shell_names_each_channels_program_state_and_the_settings_page(
    rf, program, settings
):
    settings.REFERRALS_DASHBOARD_URL = "https://shop.example/dashboard/"
    values = config_of(shell(rf, "console/tiers"))
    assert values["programs"] == {CHANNEL: True}
    assert values["shopBase"] == "/plugins/saleor_referrals/console/"
    assert values["settingsPath"] == "/extensions/plugin/saleor_referrals"
    assert values["dashboardUrl"] == "https://shop.example/dashboard"
    program.is_active = False
    program.save()
    assert config_of(shell(rf, "console"))["programs"] == {CHANNEL: False}


def test_a_failing_shell_answers_a_page_with_the_reason(rf, monkeypatch):
    from saleor_referrals.console import views

    def broken(request):
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "_shell", broken)
    response = shell(rf, "console")
    assert response.status_code == 500
    assert 'class="console-error"' in response.content.decode()
    assert "the server failed" in response.content.decode()


def test_the_language_from_the_query_then_accept_language(rf):
    persian = shell(rf, "console?lang=fa")
    assert '<html lang="fa" dir="rtl">' in persian.content.decode()
    arabic = shell(rf, "console", HTTP_ACCEPT_LANGUAGE="de-DE,ar;q=0.8,en;q=0.5")
    assert config_of(arabic)["language"] == "ar"
    assert '<html lang="ar" dir="rtl">' in arabic.content.decode()
    assert config_of(shell(rf, "console?lang=xx"))["language"] == "en"


def test_the_graphql_url_is_a_setting(rf, settings):
    settings.REFERRALS_CONSOLE_GRAPHQL_URL = "https://api.example.com/graphql/"
    assert config_of(shell(rf, "console"))["graphqlUrl"] == (
        "https://api.example.com/graphql/"
    )


def test_the_shell_can_be_framed_by_the_dashboard_and_is_not_cached(rf):
    response = shell(rf, "console")
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert response["Cache-Control"] == "no-cache"


def test_other_pages_are_still_not_found(rf):
    assert pages.serve(rf.get("/"), "consoles") is None
    assert pages.serve(rf.get("/"), "nothing/here") is None


def test_the_shipped_console_assets_are_served():
    assert pages.asset_version("console/console.js")
    assert pages.asset_version("console/console.css")


# --- staff fields for the customer and order pages ------------------------------

CUSTOMER = """
query($channel: String!, $id: ID!) {
  referralCustomer(channel: $channel, id: $id) {
    code stats { friends orders } tier { name }
    referrals(first: 5) { totalCount }
  }
  referrals(channel: $channel, filter: {customer: $id}) {
    totalCount edges { node { advocateEmail friendEmail } }
  }
  referralRewards(channel: $channel, filter: {customer: $id}) {
    totalCount edges { node { recipientEmail } }
  }
}
"""
ORDER = """
query($channel: String!, $order: ID!) {
  referrals(channel: $channel, filter: {order: $order}) {
    edges { node { orderNumber friendEmail } }
  }
}
"""


def run(query, variables, user=None):
    request = RequestFactory().post("/graphql/")
    request.user = user or AnonymousUser()
    request.app = None
    return SCHEMA.execute(query, variable_values=variables, context_value=request)


def gid(type_name, pk):
    return graphene.relay.Node.to_global_id(type_name, pk)


@pytest.fixture
def referred(program, order_facts, django_capture_on_commit_callbacks):
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    bob = make_user("bob@example.com")
    code = get_or_create_code(program, ada)
    facts = order_facts(bob, voucher_code=code.code)
    with django_capture_on_commit_callbacks(execute=True):
        referrals.qualify_paid_order(facts)
    return ada, bob, facts


def test_staff_see_a_customer_as_advocate_and_as_friend(referred):
    ada, bob, _ = referred
    staff = make_staff()
    as_advocate = run(CUSTOMER, {"channel": CHANNEL, "id": gid("User", ada.pk)}, staff)
    assert not as_advocate.errors, as_advocate.errors
    data = as_advocate.data
    assert data["referralCustomer"]["code"]
    assert data["referralCustomer"]["stats"] == {"friends": 1, "orders": 1}
    assert data["referralCustomer"]["referrals"]["totalCount"] == 1
    assert data["referrals"]["edges"][0]["node"] == {
        "advocateEmail": "ada@example.com",
        "friendEmail": "bob@example.com",
    }
    assert data["referralRewards"]["totalCount"] == 1
    as_friend = run(CUSTOMER, {"channel": CHANNEL, "id": gid("User", bob.pk)}, staff)
    assert as_friend.data["referrals"]["totalCount"] == 1
    assert as_friend.data["referralRewards"]["totalCount"] == 0
    stranger = make_user("zed@example.com")
    nobody = run(CUSTOMER, {"channel": CHANNEL, "id": gid("User", stranger.pk)}, staff)
    assert nobody.data["referrals"]["totalCount"] == 0


def test_an_order_filter_finds_its_referral(referred):
    _, _, facts = referred
    staff = make_staff()
    result = run(
        ORDER, {"channel": CHANNEL, "order": gid("Order", facts.order_id)}, staff
    )
    assert not result.errors
    assert result.data["referrals"]["edges"] == [
        {"node": {"orderNumber": facts.number, "friendEmail": "bob@example.com"}}
    ]


def test_customer_and_order_ids_of_another_type_are_invalid(referred):
    ada, _, _ = referred
    staff = make_staff()
    result = run(ORDER, {"channel": CHANNEL, "order": gid("User", ada.pk)}, staff)
    assert result.errors[0].extensions == {"code": "INVALID", "field": "order"}
    result = run(CUSTOMER, {"channel": CHANNEL, "id": gid("Order", "x")}, staff)
    assert result.errors[0].extensions == {"code": "INVALID", "field": "id"}


def test_only_staff_read_a_customer(referred):
    ada, _, _ = referred
    result = run(CUSTOMER, {"channel": CHANNEL, "id": gid("User", ada.pk)}, ada)
    assert type(result.errors[0].original_error).__name__ == "PermissionDenied"
    assert result.data["referralCustomer"] is None


def test_an_unknown_customer_or_channel_is_null(program):
    staff = make_staff()
    unknown = run(CUSTOMER, {"channel": CHANNEL, "id": gid("User", 999999)}, staff)
    assert unknown.data["referralCustomer"] is None
    elsewhere = run(
        CUSTOMER, {"channel": "nowhere", "id": gid("User", staff.pk)}, staff
    )
    assert elsewhere.data["referralCustomer"] is None


TIERS = "query($channel: String!) { referralTiers(channel: $channel) { name members } }"


def test_staff_read_how_many_advocates_each_tier_holds(program, advocate):
    from saleor_referrals.tiers.models import Tier, TierMembership

    gold = Tier.objects.create(program=program, name="Gold", rank=1, min_referrals=1)
    Tier.objects.create(program=program, name="Platinum", rank=2, min_referrals=5)
    TierMembership.objects.create(program=program, advocate=advocate, tier=gold)
    staff = make_staff()
    result = run(TIERS, {"channel": CHANNEL}, staff)
    assert not result.errors
    assert result.data["referralTiers"] == [
        {"name": "Gold", "members": 1},
        {"name": "Platinum", "members": 0},
    ]
    customer = run(TIERS, {"channel": CHANNEL}, advocate)
    assert type(customer.errors[0].original_error).__name__ == "PermissionDenied"
