"""Saleor-side fixtures: a configured program, an advocate's code, a friend with a
checkout ready to pay. Registered by conftest.py when Saleor is importable."""

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal  # noqa: F401

import graphene
import pytest
from django.utils import timezone
from saleor.checkout import calculations
from saleor.checkout.fetch import fetch_checkout_info, fetch_checkout_lines
from saleor.core.db.connection import allow_writer
from saleor.graphql.core.utils import to_global_id_or_none
from saleor.graphql.tests.fixtures import ApiClient
from saleor.graphql.tests.utils import get_graphql_content
from saleor.payment import TransactionEventType
from saleor.payment.transaction_item_calculations import (
    recalculate_transaction_amounts,
)
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.models import ReferralProgram

PLUGIN_UPDATE = """
mutation configure($id: ID!, $channel: ID!, $input: PluginUpdateInput!) {
  pluginUpdate(id: $id, channelId: $channel, input: $input) {
    plugin { channelConfigurations { active configuration { name value } } }
    errors { field message code }
  }
}
"""
CHECKOUT_COMPLETE = """
mutation complete($id: ID!) {
  checkoutComplete(id: $id) {
    order { id number chargeStatus total { gross { amount } } }
    errors { field message code }
  }
}
"""
BASE_CONFIGURATION = {
    "friend_discount_type": "percentage",
    "friend_discount_value": "15",
    "advocate_reward_type": "voucher",
    "advocate_reward_value": "20",
    "min_order_total": "5",
    "new_customers_only": "true",
    "hold_days": "0",
    "storefront_url": "https://shop.example.com/",
}


@pytest.fixture
def configure(
    referrals_plugin, staff_api_client, permission_manage_plugins, channel_USD
):
    staff_api_client.user.user_permissions.add(permission_manage_plugins)

    def configure(**overrides):
        values = {**BASE_CONFIGURATION, **overrides}
        response = staff_api_client.post_graphql(
            PLUGIN_UPDATE,
            {
                "id": "saleor_referrals",
                "channel": graphene.Node.to_global_id("Channel", channel_USD.pk),
                "input": {
                    "active": True,
                    "configuration": [
                        {"name": name, "value": value} for name, value in values.items()
                    ],
                },
            },
        )
        return get_graphql_content(response)["data"]["pluginUpdate"]

    return configure


@pytest.fixture
def program(configure, channel_USD):
    assert configure()["errors"] == []
    return ReferralProgram.objects.get(channel_slug=channel_USD.slug)


@pytest.fixture
def advocate_code(program, customer_user):
    with allow_writer():
        return get_or_create_code(program, customer_user)


@pytest.fixture
def friend(customer_user2):
    return customer_user2


@pytest.fixture
def friend_client(friend):
    return ApiClient(user=friend)


@pytest.fixture
def ready_checkout(checkout_with_item, address_usa, checkout_delivery, friend):
    checkout = checkout_with_item
    checkout.user = friend
    checkout.email = friend.email
    # The friend lives elsewhere than the advocate (see `friend_order`).
    checkout.shipping_address = address_usa
    checkout.billing_address = address_usa.get_copy()
    checkout.assigned_delivery = checkout_delivery(checkout)
    checkout.save()
    return checkout


@pytest.fixture
def pay_and_complete(transaction_item_generator, transaction_events_generator):
    """Charge the checkout's total through a transaction, then complete it."""

    def pay_and_complete(client, checkout):
        checkout.refresh_from_db()
        checkout.price_expiration = timezone.now()
        checkout.save(update_fields=["price_expiration"])
        manager = get_plugins_manager(allow_replica=False)
        lines, _ = fetch_checkout_lines(checkout)
        checkout_info = fetch_checkout_info(checkout, lines, manager)
        total = calculations.calculate_checkout_total_with_gift_cards(
            manager, checkout_info, lines
        )
        item = transaction_item_generator(checkout_id=checkout.pk)
        transaction_events_generator(
            transaction=item,
            psp_references=["psp-1"],
            types=[TransactionEventType.CHARGE_SUCCESS],
            amounts=[total.gross.amount],
        )
        recalculate_transaction_amounts(item)
        # Make Saleor recompute the checkout's payment status on completion.
        checkout.price_expiration = timezone.now()
        checkout.save(update_fields=["price_expiration"])
        response = client.post_graphql(
            CHECKOUT_COMPLETE, {"id": to_global_id_or_none(checkout)}
        )
        return get_graphql_content(response)["data"]["checkoutComplete"]

    return pay_and_complete


@pytest.fixture
def friend_order(order_generator, address_usa):
    """An order of a customer living elsewhere than the advocate (Saleor's test
    customers share one address, which the same-address rule would flag)."""

    def create(user, **fields):
        return order_generator(
            user=user,
            user_email=user.email,
            billing_address=address_usa.get_copy(),
            shipping_address=address_usa.get_copy(),
            **fields,
        )

    return create


@pytest.fixture
def guest_checkout(checkout_with_item, address_usa, checkout_delivery):
    """A checkout of a shopper who is not signed in, ready to pay; `email` sets
    the address the guest typed."""

    def guest_checkout(email: str = "guest@example.org"):
        checkout = checkout_with_item
        checkout.user = None
        checkout.email = email
        checkout.shipping_address = address_usa
        checkout.billing_address = address_usa.get_copy()
        checkout.assigned_delivery = checkout_delivery(checkout)
        checkout.save()
        return checkout

    return guest_checkout


@pytest.fixture
def production_middleware(settings):
    """Saleor's test settings refuse any read on the writer connection during a
    request; authenticating an App's JWT reads the token's permissions there
    (`load_user_from_request`), so Saleor's own `me` fails the same way under its
    test settings. Production only logs such reads (ENABLE_RESTRICT_WRITER_MIDDLEWARE),
    so requests carrying those tokens run with production's middleware."""
    settings.MIDDLEWARE = [
        name
        for name in settings.MIDDLEWARE
        if name != "saleor.core.db.connection.restrict_writer_middleware"
    ]


@pytest.fixture
def replica_names_the_test_database():
    """Saleor's replica is a test mirror of the default database, but only the
    connection Saleor's test setup wraps (in the main thread) knows it: the live
    server's threads build their own from the settings, which name the real
    database, and so does the main thread once that wrapper is gone (as it is after
    the transactional concurrency tests of test_faults.py). Point the settings at
    the test database while a live-server test runs."""
    from django.conf import settings
    from django.db import connections

    replica = connections.settings[settings.DATABASE_CONNECTION_REPLICA_NAME]
    name = replica["NAME"]
    replica["NAME"] = connections["default"].settings_dict["NAME"]
    yield
    replica["NAME"] = name


# Held by the live server around each request it answers, and by a test around
# its own work on Saleor while another process (the App) may be calling Saleor:
# both share the test's one database connection, which must not run two
# transactions' savepoints at once.
SALEOR_REQUESTS = threading.RLock()


class OneRequestAtATime:
    """A WSGI application answering under `SALEOR_REQUESTS`. Every request it
    answered is kept in `answered` as its body and the SQL statements Saleor ran
    for it (what benchmarks/app_end_to_end.py counts: the App's requests to
    Saleor). The lock makes the count exact: nothing else uses the connection."""

    answered: list[tuple[bytes, int]] = []

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        from django.db import connection

        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        statements = 0

        def count(execute, sql, params, many, context):
            nonlocal statements
            statements += 1
            return execute(sql, params, many, context)

        with SALEOR_REQUESTS, connection.execute_wrapper(count):
            response = self.application(environ, start_response)
            self.answered.append((body, statements))
            return response


@pytest.fixture
def saleor_over_http(db, monkeypatch):
    """Saleor answering HTTP on a socket of its own (Django's live server thread,
    Saleor's whole WSGI stack), inside the test's transaction: the server's
    threads use the test's database connections, so what the test set up is there,
    what Saleor writes is rolled back with the test, and no flush of Saleor's
    ~400 tables follows each test (pytest-django's `live_server` needs a
    transactional test: 20-30 s of flush per test here, and a broken replica
    connection after it). Requests are answered one at a time: the callers here
    wait for each answer. Yields the server's origin."""
    from django.conf import settings
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections
    from django.test.testcases import LiveServerThread

    shared = {
        alias: connections[alias]
        for alias in (
            settings.DATABASE_CONNECTION_DEFAULT_NAME,
            settings.DATABASE_CONNECTION_REPLICA_NAME,
        )
    }
    for connection in shared.values():
        # The server closes its connections after each request: not these.
        monkeypatch.setattr(connection, "close", lambda: None)
        monkeypatch.setattr(connection, "close_if_unusable_or_obsolete", lambda: None)
        connection.inc_thread_sharing()
    server = LiveServerThread(
        "127.0.0.1",
        lambda application: OneRequestAtATime(StaticFilesHandler(application)),
        connections_override=shared,
    )
    try:
        with serving(server) as origin:
            yield origin
    finally:
        for connection in shared.values():
            connection.dec_thread_sharing()


@contextmanager
def serving(server) -> Iterator[str]:
    """Run a live server thread (Django's `LiveServerThread` or a subclass) until
    the block ends; yields its origin."""
    server.daemon = True
    server.start()
    server.is_ready.wait()
    try:
        if server.error:
            raise server.error
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.terminate()


# What the App's manifest asks for (issue 21): the fewest that work.
APP_PERMISSIONS = (
    "manage_discounts",
    "manage_gift_card",
    "manage_orders",
    "manage_users",
)


@pytest.fixture
def app_token(db):
    """The token of an installed App with App mode's permissions."""
    from saleor.app.models import App, AppToken
    from saleor.permission.models import Permission

    app = App.objects.create(name="Referrals", is_active=True, identifier="referrals")
    app.permissions.set(Permission.objects.filter(codename__in=APP_PERMISSIONS))
    _, token = AppToken.objects.create(app=app, name="Referrals")
    return token


@pytest.fixture
def app_graphql_url(saleor_over_http, settings):
    """Saleor's /graphql/ on `saleor_over_http`."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    return f"{saleor_over_http}/graphql/"
