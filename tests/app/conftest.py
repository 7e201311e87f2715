"""App mode's fixtures: two Saleor instances (local HTTP servers with their own
signing keys), whose schemas are migrated once per session, and helpers that
sign and deliver webhooks through Django's test client."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from saleor_referrals.app.commerce import forget_ports
from saleor_referrals.app.models import Installation
from saleor_referrals.app.signatures import KEYS
from saleor_referrals.app.tenancy import (
    create_schema,
    drop_schema,
    schema_name_for,
    use_installation,
)

from .saleor_double import SaleorDouble

APP_URLS = "saleor_referrals.app.urls"
# Django's own tables: kept between tests (migrations, content types).
KEPT_TABLES = {"django_migrations", "django_content_type", "auth_permission"}


@pytest.fixture(scope="session")
def saleors(django_db_setup, django_db_blocker) -> Iterator[tuple[SaleorDouble, ...]]:
    """Two instances; their schemas exist (migrated) for the whole session."""
    instances = (SaleorDouble("token-a").start(), SaleorDouble("token-b").start())
    schemas = [schema_name_for(saleor.api_url) for saleor in instances]
    with django_db_blocker.unblock():
        for schema in schemas:
            create_schema(schema)
    yield instances
    for saleor in instances:
        saleor.stop()
    with django_db_blocker.unblock():
        for schema in schemas:
            drop_schema(schema)


@pytest.fixture
def saleor_a(saleors) -> SaleorDouble:
    return saleors[0]


@pytest.fixture
def saleor_b(saleors) -> SaleorDouble:
    return saleors[1]


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    KEYS.clear()
    forget_ports()
    yield
    KEYS.clear()
    forget_ports()


@pytest.fixture
def app_client(settings) -> Client:
    settings.ROOT_URLCONF = APP_URLS
    return Client()


def register(client: Client, saleor: SaleorDouble, token: str | None = None):
    return client.post(
        "/api/register",
        data=json.dumps({"auth_token": token or saleor.app_token}),
        content_type="application/json",
        headers={"Saleor-Api-Url": saleor.api_url, "Saleor-Domain": "shop.test"},
    )


@pytest.fixture
def installed(app_client, saleors, db) -> tuple[Installation, Installation]:
    """Both instances installed (as `/api/register` leaves them: test_register.py
    goes through the handshake; here the session's schemas are reused)."""
    return tuple(
        Installation.objects.create(
            saleor_api_url=saleor.api_url,
            saleor_domain="shop.test",
            auth_token=saleor.app_token,
            schema_name=schema_name_for(saleor.api_url),
            jwks=saleor.jwks(),
        )
        for saleor in saleors
    )


@pytest.fixture
def instances(saleors, settings):
    """Both instances installed, for tests whose rows are committed
    (`transactional_db`): each schema is emptied after the test."""
    settings.ROOT_URLCONF = APP_URLS
    rows = [
        Installation.objects.create(
            saleor_api_url=saleor.api_url,
            auth_token=saleor.app_token,
            schema_name=schema_name_for(saleor.api_url),
            jwks=saleor.jwks(),
        )
        for saleor in saleors
    ]
    yield rows
    for row in rows:
        truncate_schema(row.schema_name)
    # Django's flush does not know the registry's schema-qualified table.
    Installation.objects.filter(pk__in=[row.pk for row in rows]).delete()


def make_program(
    installation: Installation,
    settings: dict[str, Any],
    channel: str = "default-channel",
    *,
    active: bool = True,
    currency: str = "USD",
):
    """A channel's program in the instance's schema (as its settings save it)."""
    from saleor_referrals.config import parse
    from saleor_referrals.programs import sync_program

    with use_installation(installation):
        return sync_program(
            channel_slug=channel,
            currency=currency,
            settings=parse(settings),
            active=active,
        )


def order_global_id(order_id: uuid.UUID | str) -> str:
    return base64.b64encode(f"Order:{order_id}".encode()).decode()


def user_global_id(pk: int) -> str:
    return base64.b64encode(f"User:{pk}".encode()).decode()


def order_payload(
    typename: str = "OrderCreated",
    *,
    order_id: uuid.UUID | str | None = None,
    number: int = 101,
    user_id: int | None = 7,
    email: str = "friend@example.com",
    voucher_code: str | None = "ANNA-7K2P",
    referral_code: str | None = None,
    total: float = 85.0,
    undiscounted: float = 100.0,
    charged: float = 0.0,
    channel: str = "default-channel",
    currency: str = "USD",
) -> dict[str, Any]:
    """What the orders subscription (`subscriptions.ORDER_SUBSCRIPTION`) yields."""
    return {
        "__typename": typename,
        "order": {
            "id": order_global_id(order_id or uuid.uuid4()),
            "number": str(number),
            "channel": {"slug": channel},
            "currency": {"gross": {"currency": currency}},
            "total": {"gross": {"amount": total}},
            "undiscountedTotal": {"gross": {"amount": undiscounted}},
            "totalCharged": {"amount": charged},
            "user": {"id": user_global_id(user_id)} if user_id else None,
            "userEmail": email,
            "voucherCode": voucher_code,
            "languageCodeEnum": "EN",
            "referralCode": referral_code,
            "referralNetwork": None,
        },
    }


def customer_payload(
    typename: str = "CustomerCreated",
    *,
    user_id: int = 7,
    email: str = "friend@example.com",
    referral_code: str | None = "ANNA-7K2P",
) -> dict[str, Any]:
    return {
        "__typename": typename,
        "user": {
            "id": user_global_id(user_id),
            "email": email,
            "dateJoined": "2026-12-05T08:00:00+00:00",
            "referralCode": referral_code,
        },
    }


def deliver(
    client: Client,
    saleor: SaleorDouble,
    payload: dict[str, Any] | bytes,
    *,
    signature: str | None = None,
    api_url: str | None = None,
):
    """POST a delivery as Saleor does; signed by `saleor` unless `signature`
    is given ("" for none)."""
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    headers = {
        "Saleor-Api-Url": api_url or saleor.api_url,
        "Saleor-Domain": "shop.test",
        "Saleor-Event": "order_created",
    }
    signature = saleor.sign(body) if signature is None else signature
    if signature:
        headers["Saleor-Signature"] = signature
    return client.post(
        "/api/webhooks", data=body, content_type="application/json", headers=headers
    )


def schema_rows(schema: str, table: str, columns: str = "*") -> list[tuple]:
    """Rows of one instance's table, read by qualified name (any search path)."""
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT {columns} FROM "{schema}"."{table}" ORDER BY 1')
        return cursor.fetchall()


def truncate_schema(schema: str) -> None:
    """Empty an instance's tables (a transactional test committed its rows)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s", [schema]
        )
        tables = [row[0] for row in cursor.fetchall() if row[0] not in KEPT_TABLES]
        if tables:
            names = ", ".join(f'"{schema}"."{table}"' for table in tables)
            cursor.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
