"""Issue 21, done when: App mode end to end inside real Saleor.

Saleor answers HTTP on a live server thread of this process (`saleor_over_http`,
inside the test's transaction); the App runs as a second live server, started by
its own command (`saleor-referrals-app serve`, and `worker` on Redis) against its
own database (`app_service.py`). Between them only HTTP: Saleor installs the App
from its manifest URL (`appInstall` → Saleor fetches the manifest, POSTs the token
to `/api/register`, which checks it with Saleor), Saleor's own webhook delivery
(its Celery task, eager under Saleor's test settings, with
CELERY_RESTRICT_WRITER_METHOD on) carries the order events to the App, and the App
writes vouchers and gift cards through Saleor's GraphQL API with its token.

The flow: an advocate's code (the App's operator command), a friend's checkout
with it gets Saleor's discount, `orderMarkAsPaid` → ORDER_FULLY_PAID → the App
attributes, qualifies and releases → the advocate's wallet gift card in Saleor is
credited; Saleor's once-per-customer rule on the friend voucher refuses the
friend's second use (docs/app-mode.md, plugin mode vs App mode); the paid event
delivered 3 times more and from 8 threads at once pays nothing more; an unsigned
and a forged delivery write nothing; cancel → clawback; a second instance (another
API URL) sees nothing of the first's and the first nothing of its.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from decimal import Decimal

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

import graphene
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings as django_settings
from jwt import api_jws
from saleor.app.models import App, AppInstallation
from saleor.core.jwt_manager import get_jwt_manager
from saleor.discount.models import VoucherCode
from saleor.giftcard.models import GiftCard
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order.models import Order
from saleor.webhook.event_types import WebhookEventAsyncType
from saleor.webhook.transport.asynchronous import transport as async_transport
from saleor.webhook.transport.utils import (
    send_webhook_using_http,
    send_webhook_using_scheme_method,
)

from saleor_referrals.app.manifest import PERMISSIONS
from saleor_referrals.commerce.marks import WALLET_TAG
from saleor_referrals.saleor_app.manifest import APP_IDENTIFIER

from .app_service import app_service
from .fixtures import SALEOR_REQUESTS
from .shopping import ADD_PROMO_CODE, Shopper

WEBHOOK_PLUGIN = "saleor.plugins.webhook.plugin.WebhookPlugin"
REWARD = Decimal("7.00")
PROGRAM = {
    "friend_discount_type": "percentage",
    "friend_discount_value": "10",
    "advocate_reward_type": "store_credit",
    "advocate_reward_value": str(REWARD),
    "min_order_total": "1",
    "new_customers_only": "true",
    "hold_days": "0",
    "storefront_url": "https://shop.example.com/",
}
APP_INSTALL = """
mutation install($input: AppInstallInput!) {
  appInstall(input: $input) {
    appInstallation { id status message }
    errors { field code message }
  }
}
"""
APP_DELETE = """
mutation remove($id: ID!) {
  appDelete(id: $id) { errors { field code message } }
}
"""
ORDER_CANCEL = """
mutation cancel($id: ID!) {
  orderCancel(id: $id) { order { status } errors { field code message } }
}
"""
CHECKOUT_CREATE = """
mutation create($input: CheckoutCreateInput!) {
  checkoutCreate(input: $input) { checkout { id } errors { field code message } }
}
"""


@pytest.fixture(scope="module")
def the_app(django_db_setup, django_db_blocker):
    """The App service for this module (its instances' schemas dropped after)."""
    with app_service(django_settings.DATABASES["default"]) as service:
        yield service


@pytest.fixture
def saleor(
    saleor_over_http,
    settings,
    staff_api_client,
    permission_manage_apps,
    permission_manage_discounts,
    permission_manage_gift_card,
    permission_manage_orders,
    permission_manage_users,
    permission_group_manage_orders,
    channel_USD,
):
    """Saleor as a store running App mode: its webhook plugin on (no referral
    plugin), its public URL the live server's, unpaid orders allowed, a staff
    member who may install the App (and grant its permissions)."""
    settings.PLUGINS = [WEBHOOK_PLUGIN]
    settings.PUBLIC_URL = f"{saleor_over_http}/"
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1", "localhost"]
    assert settings.CELERY_TASK_ALWAYS_EAGER  # Saleor's deliveries run in-request
    assert settings.CELERY_RESTRICT_WRITER_METHOD
    staff_api_client.user.user_permissions.add(
        permission_manage_apps,
        permission_manage_discounts,
        permission_manage_gift_card,
        permission_manage_orders,
        permission_manage_users,
    )
    # Orders need a group with access to their channel.
    permission_group_manage_orders.user_set.add(staff_api_client.user)
    channel_USD.allow_unpaid_orders = True
    channel_USD.save(update_fields=["allow_unpaid_orders"])
    return saleor_over_http


def install(staff_api_client, manifest_url: str) -> App:
    """`appInstall` as the Dashboard sends it: Saleor fetches the manifest and
    hands the App its token (all inside the request: Celery is eager)."""
    response = staff_api_client.post_graphql(
        APP_INSTALL,
        {
            "input": {
                "appName": "Referrals",
                "manifestUrl": manifest_url,
                "permissions": list(PERMISSIONS),
                "activateAfterInstallation": True,
            }
        },
    )
    result = get_graphql_content(response)["data"]["appInstall"]
    assert result["errors"] == [], result["errors"]
    failed = AppInstallation.objects.filter(manifest_url=manifest_url).first()
    assert failed is None, failed.message
    return App.objects.get(identifier=APP_IDENTIFIER, removed_at__isnull=True)


@dataclass(frozen=True)
class Delivery:
    """One request Saleor's webhook task sent (what `send_webhook_using_scheme_method`
    was called with) and the App's answer."""

    target_url: str
    domain: str
    secret: str
    event_type: str
    body: bytes
    status: int | None

    def again(self) -> int | None:
        """Saleor's own transport sends the same payload again, signed anew."""
        return send_webhook_using_scheme_method(
            self.target_url, self.domain, self.secret, self.event_type, self.body
        ).response_status_code


class SaleorDeliveries:
    """Records each webhook request Saleor's delivery task sends (Saleor deletes
    a successful delivery's payload), passing it on unchanged."""

    def __init__(self) -> None:
        self.sent: list[Delivery] = []

    def __call__(self, target_url, domain, secret, event_type, data, *args, **kwargs):
        response = send_webhook_using_scheme_method(
            target_url, domain, secret, event_type, data, *args, **kwargs
        )
        body = data if isinstance(data, bytes) else data.encode()
        self.sent.append(
            Delivery(
                target_url,
                domain,
                secret,
                event_type,
                body,
                response.response_status_code,
            )
        )
        return response

    def of(self, event: str, order: Order) -> list[Delivery]:
        order_id = graphene.Node.to_global_id("Order", order.pk).encode()
        return [d for d in self.sent if d.event_type == event and order_id in d.body]


@pytest.fixture
def saleor_deliveries(monkeypatch) -> SaleorDeliveries:
    recorder = SaleorDeliveries()
    monkeypatch.setattr(async_transport, "send_webhook_using_scheme_method", recorder)
    return recorder


def forged_signature(body: bytes) -> str:
    """Signed as Saleor signs (the same key id), with a key that is not Saleor's."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return api_jws.encode(
        body,
        key=pem,
        algorithm="RS256",
        headers={"kid": get_jwt_manager().get_key_id(), "crit": ["b64"]},
        is_payload_detached=True,
    )


def post_with_signature(url: str, body: bytes, event: str, signature: str) -> int:
    domain = django_settings.PUBLIC_URL.split("://", 1)[1].rstrip("/")
    return send_webhook_using_http(
        url, body, domain, signature, event
    ).response_status_code


def test_the_app_installed_from_its_manifest_runs_the_referral_loop(
    the_app,
    saleor,
    saleor_deliveries,
    settings,
    staff_api_client,
    friend_client,
    customer_user,
    customer_user2,
    channel_USD,
    product,
    address_usa,
    shipping_zone,
):
    advocate, friend = customer_user, customer_user2
    api_url = f"{saleor}/graphql/"

    # Install from the manifest URL; the App knows the instance and its token.
    app = install(staff_api_client, the_app.manifest_url)
    assert app.is_active and app.is_installed
    assert {webhook.target_url for webhook in app.webhooks.all()} == {
        the_app.webhook_url
    }
    schema = the_app.schema_of(api_url)

    # The operator's commands: the channel's program, an advocate's code (its
    # friend voucher and the code's voucher codes are Saleor's, made over GraphQL).
    the_app.configure_program(api_url, channel_USD.slug, "USD", PROGRAM)
    advocate_id = graphene.Node.to_global_id("User", advocate.pk)
    code = the_app.advocate_code(api_url, channel_USD.slug, advocate_id, advocate.email)
    with SALEOR_REQUESTS:
        assert VoucherCode.objects.filter(code=code, is_active=True).exists()
        assert VoucherCode.objects.get(code=code).voucher.apply_once_per_customer

    # The friend's checkout with the code gets Saleor's discount.
    shopper = Shopper(
        friend_client,
        staff_api_client,
        channel=channel_USD,
        variant=product.variants.first(),
        address=address_usa,
        shipping_method=shipping_zone.shipping_methods.first(),
    )
    with SALEOR_REQUESTS:
        _, placed = shopper.complete(code)
        order = Order.objects.get(number=placed["number"])
        assert order.voucher_code == code
        assert order.undiscounted_total_gross_amount > order.total_gross_amount
        [created] = saleor_deliveries.of(WebhookEventAsyncType.ORDER_CREATED, order)
        assert created.status == 200
    the_app.wait_for(
        "the referral",
        lambda: the_app.rows(
            f'SELECT status FROM "{schema}".saleor_referrals_referral '
            "WHERE order_id = %s",
            str(order.pk),
        ),
    )

    # Paid: ORDER_FULLY_PAID → qualification → release → the wallet is credited.
    with SALEOR_REQUESTS:
        shopper.mark_paid(placed["id"])
        [paid] = saleor_deliveries.of(WebhookEventAsyncType.ORDER_FULLY_PAID, order)
        assert paid.status == 200
    [(reward_id, card_id)] = the_app.wait_for(
        "the advocate's store credit",
        lambda: the_app.rows(
            f'SELECT id, gift_card_id FROM "{schema}".saleor_referrals_reward '
            "WHERE side = 'advocate' AND status = 'issued'"
        ),
    )
    with SALEOR_REQUESTS:
        card = GiftCard.objects.get(pk=int(card_id))
        assert card.assigned_to_id == advocate.pk
        assert WALLET_TAG in card.tags.values_list("name", flat=True)
        assert card.current_balance_amount == REWARD
        card_events = card.events.count()

    # Saleor's once-per-customer rule: no second referral discount for the friend.
    with SALEOR_REQUESTS:
        second = friend_client.post_graphql(
            CHECKOUT_CREATE,
            {
                "input": {
                    "channel": channel_USD.slug,
                    "email": friend.email,
                    "lines": [
                        {
                            "quantity": 1,
                            "variantId": graphene.Node.to_global_id(
                                "ProductVariant", product.variants.first().pk
                            ),
                        }
                    ],
                }
            },
        )
        checkout_id = get_graphql_content(second)["data"]["checkoutCreate"]["checkout"][
            "id"
        ]
        refused = get_graphql_content(
            friend_client.post_graphql(
                ADD_PROMO_CODE, {"id": checkout_id, "code": code}
            )
        )["data"]["checkoutAddPromoCode"]["errors"]
        assert [error["code"] for error in refused] == ["VOUCHER_NOT_APPLICABLE"]

    # The same delivery 3 times more, then from 8 threads at once: nothing more.
    def ledger() -> tuple[int, int, int]:
        return (
            the_app.count(schema, "referral"),
            the_app.count(schema, "reward"),
            the_app.count(schema, "outboxmessage"),
        )

    before = ledger()
    with SALEOR_REQUESTS:
        for _ in range(3):
            assert paid.again() == 200
        statuses: list[int] = []
        threads = [
            threading.Thread(target=lambda: statuses.append(paid.again()))
            for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert statuses == [200] * 8
    assert ledger() == before
    the_app.wait_for(
        "the outbox to drain",
        lambda: the_app.count(schema, "outboxmessage", "processed_at IS NULL") == 0,
    )
    with SALEOR_REQUESTS:
        card.refresh_from_db()
        assert card.current_balance_amount == REWARD
        assert card.events.count() == card_events

    # An unsigned and a forged delivery (of a new order's event) write nothing.
    body = paid.body.replace(
        graphene.Node.to_global_id("Order", order.pk).encode(),
        graphene.Node.to_global_id(
            "Order", "7d1f1a52-51a2-4d2b-9b1c-000000000021"
        ).encode(),
    )
    event = WebhookEventAsyncType.ORDER_FULLY_PAID
    assert post_with_signature(the_app.webhook_url, body, event, "") == 401
    assert (
        post_with_signature(the_app.webhook_url, body, event, forged_signature(body))
        == 401
    )
    assert ledger() == before

    # Cancelled: the reward is revoked and the credit taken back from the card.
    with SALEOR_REQUESTS:
        response = staff_api_client.post_graphql(ORDER_CANCEL, {"id": placed["id"]})
        assert get_graphql_content(response)["data"]["orderCancel"]["errors"] == []
        [cancelled] = saleor_deliveries.of(WebhookEventAsyncType.ORDER_CANCELLED, order)
        assert cancelled.status == 200
    the_app.wait_for(
        "the clawback",
        lambda: the_app.rows(
            f'SELECT 1 FROM "{schema}".saleor_referrals_reward '
            "WHERE id = %s AND status = 'revoked'",
            reward_id,
        ),
    )
    with SALEOR_REQUESTS:
        card.refresh_from_db()
        assert card.current_balance_amount == Decimal("0")
    [referral_status] = the_app.rows(
        f'SELECT status FROM "{schema}".saleor_referrals_referral WHERE order_id = %s',
        str(order.pk),
    )
    assert referral_status == ("reversed",)

    # A second instance: another API URL (this Saleor under another host name),
    # its own schema; the first instance's App removed from this Saleor first (one
    # App identifier per Saleor).
    first = {
        table: the_app.count(schema, table)
        for table in ("referral", "reward", "referralcode", "outboxmessage")
    }
    with SALEOR_REQUESTS:
        response = staff_api_client.post_graphql(
            APP_DELETE, {"id": graphene.Node.to_global_id("App", app.pk)}
        )
        assert get_graphql_content(response)["data"]["appDelete"]["errors"] == []
    port = saleor.rsplit(":", 1)[1]
    other_api_url = f"http://localhost:{port}/graphql/"
    settings.PUBLIC_URL = f"http://localhost:{port}/"
    other_app = install(staff_api_client, the_app.manifest_url)
    other_schema = the_app.schema_of(other_api_url)
    assert other_schema != schema
    the_app.configure_program(other_api_url, channel_USD.slug, "USD", PROGRAM)
    assert the_app.count(other_schema, "referralcode") == 0
    other_code = the_app.advocate_code(
        other_api_url, channel_USD.slug, advocate_id, advocate.email
    )
    assert other_code != code
    # The first instance's paid event under the second's URL: Saleor's signature
    # is good, but the second instance knows no such code, order or customer.
    with SALEOR_REQUESTS:
        assert paid.again() == 200
    the_app.wait_for(
        "the second instance's outbox to drain",
        lambda: the_app.count(other_schema, "outboxmessage", "processed_at IS NULL")
        == 0,
    )
    assert the_app.count(other_schema, "referral") == 0
    assert the_app.count(other_schema, "reward") == 0
    assert the_app.count(other_schema, "referralcode", "code = %s", code) == 0
    assert {
        table: the_app.count(schema, table)
        for table in ("referral", "reward", "referralcode", "outboxmessage")
    } == first
    assert other_app.pk != app.pk
