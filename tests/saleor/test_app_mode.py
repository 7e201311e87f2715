"""App mode against real Saleor 3.23: Saleor's own webhook payloads (its
subscription engine running App mode's queries on a real order and customer)
give the facts the plugin's hooks build from the same objects, and Saleor's own
signature passes the App's webhook endpoint while a forgery does not."""

from __future__ import annotations

import json
from contextlib import contextmanager
from decimal import Decimal

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from django.test import Client, RequestFactory
from graphql import parse
from graphql.validation import validate
from saleor.app.manifest_validations import clean_manifest_data
from saleor.app.models import App
from saleor.core.db.connection import allow_writer
from saleor.graphql.api import schema
from saleor.order import OrderChargeStatus
from saleor.permission.models import Permission
from saleor.webhook.models import Webhook
from saleor.webhook.transport import signature_for_payload
from saleor.webhook.transport.asynchronous.transport import (
    create_deliveries_for_subscriptions,
)

from saleor_referrals import plugin
from saleor_referrals.app import payloads, views
from saleor_referrals.app.manifest import PERMISSIONS, build_manifest
from saleor_referrals.app.models import Installation
from saleor_referrals.app.signatures import KEYS
from saleor_referrals.app.subscriptions import (
    CUSTOMER_EVENTS,
    CUSTOMER_SUBSCRIPTION,
    ORDER_EVENTS,
    ORDER_SUBSCRIPTION,
)
from saleor_referrals.outbox import OutboxMessage

API_URL = "http://mirumee.com/graphql/"


@pytest.fixture
def referrals_app(db):
    """The App as Saleor installs it from App mode's manifest: its permissions
    and its webhooks with their subscription queries."""
    with allow_writer():
        app = App.objects.create(name="Referrals", is_active=True)
        app.permissions.set(
            Permission.objects.filter(
                codename__in=[permission.lower() for permission in PERMISSIONS]
            )
        )
        webhooks = {}
        for events, query in (
            (ORDER_EVENTS, ORDER_SUBSCRIPTION),
            (CUSTOMER_EVENTS, CUSTOMER_SUBSCRIPTION),
        ):
            webhook = Webhook.objects.create(
                app=app,
                name="referrals",
                target_url="https://referrals.example.com/api/webhooks",
                subscription_query=query,
            )
            for event in events:
                webhook.events.create(event_type=event.lower())
                webhooks[event] = webhook
    assert app.permissions.count() == len(PERMISSIONS)
    return webhooks


def saleor_payload(event: str, instance, webhooks) -> bytes:
    """The body Saleor delivers for `event` on `instance` (its own engine)."""
    with allow_writer():
        [delivery] = create_deliveries_for_subscriptions(
            event.lower(), instance, [webhooks[event]]
        )
    return delivery.payload.get_payload().encode()


def test_the_manifest_and_its_queries_pass_saleors_validation():
    for query in (ORDER_SUBSCRIPTION, CUSTOMER_SUBSCRIPTION):
        assert validate(schema, parse(query)) == []
    manifest = build_manifest("https://referrals.example.com")
    clean_manifest_data(manifest)  # raises on a bad permission, event or query


@pytest.fixture
def referred_order(order_generator, customer_user):
    order = order_generator(user=customer_user, user_email=customer_user.email)
    with allow_writer():
        order.voucher_code = "ANNA-7K2P"
        order.metadata = {"referral_code": "ANNA-7K2P", "referral_network": "whatsapp"}
        order.charge_status = OrderChargeStatus.FULL
        order.total_gross_amount = order.total_net_amount = Decimal("80.00")
        order.undiscounted_total_gross_amount = Decimal("95.00")
        order.undiscounted_total_net_amount = Decimal("95.00")
        order.total_charged_amount = Decimal("80.00")
        order.save()
        order.refresh_from_db()
    return order


@pytest.mark.parametrize("event", ORDER_EVENTS)
def test_saleors_order_payload_gives_the_plugins_facts(
    event, referrals_app, referred_order
):
    payload = json.loads(saleor_payload(event, referred_order, referrals_app))
    assert "errors" not in payload, payload["errors"]

    from_webhook = payloads.order_seen(payload["order"])
    from_hook = plugin.order_seen(referred_order)

    assert from_webhook.facts == from_hook.facts
    assert from_webhook.facts.discount == Decimal("15.000")
    assert from_webhook.facts.referral_network == "whatsapp"
    assert from_webhook.facts.to_json() == from_hook.facts.to_json()
    assert (from_webhook.order_id, from_webhook.user_id, from_webhook.email) == (
        from_hook.order_id,
        from_hook.user_id,
        from_hook.email,
    )
    assert from_webhook.charged == from_hook.charged
    assert from_webhook.thank_you() == from_hook.thank_you()


def test_an_unreferred_order_has_no_facts_either_way(
    referrals_app, order_generator, customer_user
):
    order = order_generator(user=customer_user, user_email=customer_user.email)
    payload = json.loads(saleor_payload("ORDER_CREATED", order, referrals_app))
    assert payloads.order_seen(payload["order"]).facts is None
    assert plugin.order_seen(order).facts is None


def test_saleors_customer_payload_carries_the_sign_up_code(
    referrals_app, customer_user
):
    with allow_writer():
        customer_user.metadata = {"referral_code": " ANNA-7K2P "}
        customer_user.save(update_fields=["metadata"])
    payload = json.loads(
        saleor_payload("CUSTOMER_CREATED", customer_user, referrals_app)
    )
    seen = payloads.customer_seen(payload["user"])
    assert (seen.user_id, seen.email, seen.referral_code) == (
        customer_user.pk,
        customer_user.email,
        "ANNA-7K2P",
    )


@contextmanager
def no_schema_switch(installation):
    # Saleor's database has the plugin's referral tables in its own schema.
    yield installation


def post_to_app(body: bytes, signature: str):
    request = RequestFactory().post(
        "/api/webhooks",
        data=body,
        content_type="application/json",
        headers={"Saleor-Api-Url": API_URL, "Saleor-Signature": signature},
    )
    return views.webhook_view(request)


def test_saleors_signature_passes_the_endpoint_and_a_forgery_does_not(
    referrals_app, referred_order, monkeypatch, django_capture_on_commit_callbacks
):
    # Saleor's own keys, as its `/.well-known/jwks.json` serves them.
    jwks = Client().get("/.well-known/jwks.json").json()
    installation = Installation(
        saleor_api_url=API_URL, auth_token="t", schema_name="referrals_0", jwks=jwks
    )
    monkeypatch.setattr(views, "installation_for", lambda url: installation)
    monkeypatch.setattr(views, "use_installation", no_schema_switch)
    # Saleor's customers are the domain's users already (plugin's tables).
    monkeypatch.setattr(views, "mirror_customer", lambda *args: None)
    KEYS.clear()

    body = saleor_payload("ORDER_CREATED", referred_order, referrals_app)
    signature = signature_for_payload(body, None)  # the JWS Saleor sends

    assert post_to_app(body, "").status_code == 401
    assert post_to_app(body.replace(b"80.0", b"8.0"), signature).status_code == 401
    assert not OutboxMessage.objects.exists()

    with allow_writer(), django_capture_on_commit_callbacks(execute=False):
        response = post_to_app(body, signature)
        again = post_to_app(body, signature)
    assert (response.status_code, again.status_code) == (200, 200), response.content
    # The plugin's hook writes the same row: one key for both ways in.
    with allow_writer(), django_capture_on_commit_callbacks(execute=False):
        plugin.shop_events.order_created(plugin.order_seen(referred_order))
    assert list(OutboxMessage.objects.values_list("dedupe_key", flat=True)) == [
        f"attribute_order:{referred_order.pk}"
    ]
