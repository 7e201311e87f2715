"""App mode's manifest: the fewest permissions, the console's extensions as the
plugin declares them, and the webhooks with subscription queries that parse."""

from __future__ import annotations

from graphql import parse
from graphql.language.ast import FragmentDefinition

from saleor_referrals.app.manifest import build_manifest
from saleor_referrals.app.subscriptions import CUSTOMER_EVENTS, ORDER_EVENTS
from saleor_referrals.saleor_app.manifest import EXTENSIONS


def test_the_manifest_is_served(app_client, settings):
    settings.REFERRALS_APP_PUBLIC_URL = "https://referrals.example.com"
    response = app_client.get("/api/manifest")
    assert response.status_code == 200
    manifest = response.json()
    assert manifest == build_manifest("https://referrals.example.com")
    assert manifest["tokenTargetUrl"] == "https://referrals.example.com/api/register"
    assert manifest["appUrl"] == "https://referrals.example.com/console/"
    assert manifest["permissions"] == [
        "MANAGE_DISCOUNTS",
        "MANAGE_GIFT_CARD",
        "MANAGE_ORDERS",
        "MANAGE_USERS",
    ]


def test_without_a_public_url_the_requests_host_is_used(app_client):
    manifest = app_client.get("/api/manifest").json()
    assert manifest["tokenTargetUrl"] == "http://testserver/api/register"


def test_the_console_extensions_are_the_plugins():
    manifest = build_manifest("https://app.test")
    assert [
        (e["identifier"], e["mount"], e["target"]) for e in manifest["extensions"]
    ] == [(e.identifier, e.mount, e.target) for e in EXTENSIONS]
    urls = {e["identifier"]: e["url"] for e in manifest["extensions"]}
    assert urls == {
        "referrals-console": "/",
        "referrals-customer": "https://app.test/console/customer",
        "referrals-order": "https://app.test/console/order",
    }


def test_the_webhooks_cover_the_seven_events_with_valid_queries():
    webhooks = build_manifest("https://app.test")["webhooks"]
    assert [tuple(w["asyncEvents"]) for w in webhooks] == [
        ORDER_EVENTS,
        CUSTOMER_EVENTS,
    ]
    assert {w["targetUrl"] for w in webhooks} == {"https://app.test/api/webhooks"}
    for webhook in webhooks:
        document = parse(webhook["query"])
        [operation] = [
            d for d in document.definitions if not isinstance(d, FragmentDefinition)
        ]
        assert operation.operation == "subscription"
