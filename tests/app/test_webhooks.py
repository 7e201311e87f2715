"""Signed webhooks in, exactly once: the signature is checked against the
instance's keys before the body is read; a delivery writes the plugin's outbox
rows (same task, arguments, keys) in its instance's schema only."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal

import pytest

from saleor_referrals.app.signatures import REFETCH_INTERVAL_SECONDS
from saleor_referrals.facts import OrderFacts, Shopper

from .conftest import (
    customer_payload,
    deliver,
    order_payload,
    schema_rows,
)
from .saleor_double import new_key

OUTBOX = "saleor_referrals_outboxmessage"


def outbox(installation) -> list[tuple]:
    """(key, task, arguments) of the instance's outbox rows."""
    rows = schema_rows(installation.schema_name, OUTBOX, "dedupe_key, task_name, args")
    return [(key, task, json.loads(args)) for key, task, args in rows]


def test_a_signed_order_created_writes_the_plugins_outbox_row(
    app_client, installed, saleor_a
):
    order_id = uuid.uuid4()
    payload = order_payload(order_id=order_id, total=85.0, undiscounted=100.0)

    response = deliver(app_client, saleor_a, payload)

    assert response.status_code == 200, response.content
    assert response.json() == {"event": "ORDER_CREATED"}
    [(key, task, args)] = outbox(installed[0])
    assert key == f"attribute_order:{order_id}"
    assert task == "saleor_referrals.attribute_order"
    facts = OrderFacts.from_json(args[0])
    assert facts == OrderFacts(
        order_id=str(order_id),
        number="101",
        channel_slug="default-channel",
        currency="USD",
        total=Decimal("85.000"),
        paid=Decimal("0.000"),
        shopper=Shopper(user_id=7, email="friend@example.com"),
        voucher_code="ANNA-7K2P",
        discount=Decimal("15.000"),
    )
    # The shopper's row exists for the domain's foreign keys.
    assert schema_rows(installed[0].schema_name, "auth_user", "id, email") == [
        (7, "friend@example.com")
    ]
    assert outbox(installed[1]) == []


def test_an_unreferred_order_writes_nothing(app_client, installed, saleor_a):
    payload = order_payload(voucher_code=None, referral_code=None)
    assert deliver(app_client, saleor_a, payload).status_code == 200
    assert outbox(installed[0]) == []


@pytest.mark.parametrize(
    ("typename", "reason", "extra"),
    [
        ("OrderRefunded", "order partially refunded", ["40.000"]),
        ("OrderFullyRefunded", "order fully refunded", []),
        ("OrderCancelled", "order cancelled", []),
    ],
)
def test_reversals_carry_the_plugins_keys(
    app_client, installed, saleor_a, typename, reason, extra
):
    order_id = uuid.uuid4()
    payload = order_payload(typename, order_id=order_id, charged=40.0)
    assert deliver(app_client, saleor_a, payload).status_code == 200
    [(key, task, args)] = outbox(installed[0])
    assert key == ":".join(("reverse_order", str(order_id), reason, *extra))
    assert task == "saleor_referrals.reverse_order"
    assert args == [str(order_id), reason, *extra]


def test_fully_paid_carries_the_thank_you_with_the_qualification(
    app_client, installed, saleor_a
):
    order_id = uuid.uuid4()
    payload = order_payload("OrderFullyPaid", order_id=order_id, charged=85.0)
    assert deliver(app_client, saleor_a, payload).status_code == 200
    [(key, task, args)] = outbox(installed[0])
    assert key == f"qualify_paid_order:{order_id}"
    assert task == "saleor_referrals.qualify_paid_order"
    assert args[1] == {
        "order_id": str(order_id),
        "order_number": "101",
        "user_id": 7,
        "email": "friend@example.com",
        "channel_slug": "default-channel",
        "language_code": "en",
    }


def test_redelivered_and_reordered_deliveries_change_nothing(
    app_client, installed, saleor_a
):
    order_id = uuid.uuid4()
    created = order_payload(order_id=order_id)
    paid = order_payload("OrderFullyPaid", order_id=order_id, charged=85.0)
    for payload in (paid, created, paid, created, created, paid):
        assert deliver(app_client, saleor_a, payload).status_code == 200
    assert sorted(key for key, _, _ in outbox(installed[0])) == [
        f"attribute_order:{order_id}",
        f"qualify_paid_order:{order_id}",
    ]


def test_a_sign_up_with_a_code_is_recorded_once(app_client, installed, saleor_a):
    payload = customer_payload(user_id=31, email="new@example.com")
    for _ in range(3):
        assert deliver(app_client, saleor_a, payload).status_code == 200
    assert outbox(installed[0]) == [
        (
            "attribute_signup:31",
            "saleor_referrals.attribute_signup",
            [31, "new@example.com", "ANNA-7K2P"],
        )
    ]


def test_a_sign_up_without_a_code_writes_nothing(app_client, installed, saleor_a):
    payload = customer_payload(referral_code=None)
    assert deliver(app_client, saleor_a, payload).status_code == 200
    assert outbox(installed[0]) == []
    assert schema_rows(installed[0].schema_name, "auth_user") == []


def test_a_deleted_customer_is_forgotten_through_the_outbox(
    app_client, installed, saleor_a
):
    payload = customer_payload("CustomerDeleted", user_id=31)
    assert deliver(app_client, saleor_a, payload).status_code == 200
    assert outbox(installed[0]) == [
        ("forget_customer:31", "saleor_referrals.app.forget_customer", [31])
    ]


# Refused deliveries: 401, nothing written anywhere.


def nothing_written(installed) -> bool:
    return all(outbox(installation) == [] for installation in installed) and all(
        schema_rows(installation.schema_name, "auth_user") == []
        for installation in installed
    )


def test_an_unsigned_delivery_is_refused(app_client, installed, saleor_a):
    response = deliver(app_client, saleor_a, order_payload(), signature="")
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == "unauthorized"
    assert nothing_written(installed)


def test_a_delivery_signed_by_another_key_is_refused(app_client, installed, saleor_a):
    body = json.dumps(order_payload()).encode()
    forged = saleor_a.sign(body, key=new_key())
    assert deliver(app_client, saleor_a, body, signature=forged).status_code == 401
    assert nothing_written(installed)


def test_a_tampered_body_is_refused(app_client, installed, saleor_a):
    body = json.dumps(order_payload(total=85.0)).encode()
    signature = saleor_a.sign(body)
    tampered = body.replace(b"85.0", b"8500.0")
    assert (
        deliver(app_client, saleor_a, tampered, signature=signature).status_code == 401
    )
    assert nothing_written(installed)


def test_a_signature_of_one_instance_does_not_pass_for_another(
    app_client, installed, saleor_a, saleor_b
):
    body = json.dumps(order_payload()).encode()
    response = deliver(
        app_client,
        saleor_a,
        body,
        signature=saleor_a.sign(body),
        api_url=saleor_b.api_url,
    )
    assert response.status_code == 401
    assert nothing_written(installed)


def test_an_instance_that_did_not_install_the_app_is_refused(
    app_client, installed, saleor_a
):
    response = deliver(
        app_client,
        saleor_a,
        order_payload(),
        api_url="https://stranger.example/graphql/",
    )
    assert response.status_code == 401
    assert nothing_written(installed)


def test_a_signature_that_is_not_detached_is_refused(app_client, installed, saleor_a):
    import jwt

    from .saleor_double import key_id

    body = json.dumps(order_payload()).encode()
    attached = jwt.api_jws.encode(
        body, key=saleor_a.key, algorithm="RS256", headers={"kid": key_id(saleor_a.key)}
    )
    assert deliver(app_client, saleor_a, body, signature=attached).status_code == 401
    assert nothing_written(installed)


def test_a_rotated_key_is_fetched_once(app_client, installed, saleor_a, monkeypatch):
    fetched = saleor_a.jwks_requests
    saleor_a.rotate_key()
    assert deliver(app_client, saleor_a, order_payload()).status_code == 200
    assert saleor_a.jwks_requests == fetched + 1
    # Made-up key ids within the minute fetch nothing more.
    for _ in range(5):
        forged = saleor_a.sign(b"{}", key=new_key())
        assert deliver(app_client, saleor_a, b"{}", signature=forged).status_code == 401
    assert saleor_a.jwks_requests == fetched + 1
    assert REFETCH_INTERVAL_SECONDS >= 60


def test_a_signed_body_that_is_not_an_event_is_a_bad_request(
    app_client, installed, saleor_a
):
    response = deliver(app_client, saleor_a, {"__typename": "ProductCreated"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "unknown_event"
    assert nothing_written(installed)
