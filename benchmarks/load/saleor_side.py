"""The load benchmark's work inside Saleor: seed the shop, then check the outcome.

Run with Saleor's Python from Saleor's checkout (`run.py` does), settings
`benchmarks.load.saleor_settings` with the plugin on:

    python saleor_side.py seed --run RUN --customers N --advocates M   # prints JSON
    python saleor_side.py verify --since ISO-TIME --codes CODE,...      # prints JSON
    python saleor_side.py pending                                       # prints JSON

`seed` uses Saleor's ORM, not `populatedb` (minutes): one channel `load` (unpaid
orders allowed, so `checkoutComplete` needs no payment app and staff
`orderMarkAsPaid` pays), a warehouse, a shipping method, 20 products with ample
stock, a staff member who manages orders, advocates with codes, and a pool of fresh
customers for the signed-in shoppers of this run (each orders once: the friend
offer is for new customers). Signed-in users get access tokens from Saleor's own
JWT code, as if they had signed in before the run (`tokenCreate` hashes the
password: a CPU cost of signing in, not of shopping).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from datetime import datetime
from decimal import Decimal

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.load.saleor_settings")
django.setup()

from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import transaction  # noqa: E402
from django.db.models import Count  # noqa: E402
from saleor.account.models import Address, User  # noqa: E402
from saleor.channel.models import Channel  # noqa: E402
from saleor.core.db.connection import allow_writer  # noqa: E402
from saleor.core.jwt import create_access_token  # noqa: E402
from saleor.order.models import Order  # noqa: E402
from saleor.permission.models import Permission  # noqa: E402
from saleor.plugins.manager import get_plugins_manager  # noqa: E402
from saleor.product.models import (  # noqa: E402
    Category,
    Product,
    ProductChannelListing,
    ProductType,
    ProductVariant,
    ProductVariantChannelListing,
)
from saleor.shipping import ShippingMethodType  # noqa: E402
from saleor.shipping.models import (  # noqa: E402
    ShippingMethodChannelListing,
    ShippingZone,
)
from saleor.tax import TaxCalculationStrategy  # noqa: E402
from saleor.tax.models import TaxConfiguration  # noqa: E402
from saleor.warehouse.models import Stock, Warehouse  # noqa: E402

from saleor_referrals.codes import get_or_create_code  # noqa: E402
from saleor_referrals.models import (  # noqa: E402
    OutboxMessage,
    Referral,
    ReferralProgram,
    Reward,
)

CHANNEL = "load"
PRODUCTS = 20
PLUGIN_CONFIGURATION = {
    "friend_discount_type": "percentage",
    "friend_discount_value": "10",
    "advocate_reward_type": "voucher",
    "advocate_reward_value": "5",
    "min_order_total": "5",
    "new_customers_only": "true",
    "hold_days": "0",
    "storefront_url": "https://shop.example.com/",
}
# Saleor's test settings use PBKDF2 at full strength; one hash serves the pool.
POOL_PASSWORD = "load-benchmark"


def _channel() -> Channel:
    channel, created = Channel.objects.get_or_create(
        slug=CHANNEL,
        defaults={
            "name": "Load benchmark",
            "currency_code": "USD",
            "default_country": "US",
            "is_active": True,
            "allow_unpaid_orders": True,
        },
    )
    if not created:
        return channel
    TaxConfiguration.objects.create(
        channel=channel,
        charge_taxes=False,
        tax_calculation_strategy=TaxCalculationStrategy.FLAT_RATES,
    )
    address = Address.objects.create(
        first_name="Load",
        last_name="Warehouse",
        street_address_1="1 Warehouse Way",
        city="NEW YORK",
        postal_code="10001",
        country_area="NY",
        country="US",
    )
    warehouse = Warehouse.objects.create(
        address=address, name="Load warehouse", slug="load", email="wh@example.com"
    )
    warehouse.channels.add(channel)
    zone = ShippingZone.objects.create(name="Load US", countries=["US"])
    zone.channels.add(channel)
    warehouse.shipping_zones.add(zone)
    method = zone.shipping_methods.create(
        name="Load courier", type=ShippingMethodType.PRICE_BASED
    )
    ShippingMethodChannelListing.objects.create(
        channel=channel,
        shipping_method=method,
        currency="USD",
        minimum_order_price_amount=Decimal(0),
        price_amount=Decimal(5),
    )
    product_type = ProductType.objects.create(
        name="Load goods", slug="load-goods", has_variants=False
    )
    category = Category.objects.create(name="Load", slug="load")
    for number in range(PRODUCTS):
        product = Product.objects.create(
            name=f"Load product {number}",
            slug=f"load-product-{number}",
            product_type=product_type,
            category=category,
        )
        ProductChannelListing.objects.create(
            product=product,
            channel=channel,
            is_published=True,
            visible_in_listings=True,
            currency="USD",
            discounted_price_amount=Decimal(40),
            available_for_purchase_at=datetime(2000, 1, 1).astimezone(),
        )
        variant = ProductVariant.objects.create(product=product, sku=f"LOAD-{number}")
        ProductVariantChannelListing.objects.create(
            variant=variant,
            channel=channel,
            currency="USD",
            price_amount=Decimal(40),
            discounted_price_amount=Decimal(40),
        )
        Stock.objects.create(
            warehouse=warehouse, product_variant=variant, quantity=10_000_000
        )
    return channel


def _program(channel: Channel) -> ReferralProgram:
    manager = get_plugins_manager(allow_replica=False)
    manager.save_plugin_configuration(
        "saleor_referrals",
        channel.slug,
        {
            "active": True,
            "configuration": [
                {"name": name, "value": value}
                for name, value in PLUGIN_CONFIGURATION.items()
            ],
        },
    )
    return ReferralProgram.objects.get(channel_slug=channel.slug)


def _users(prefix: str, count: int, password: str) -> list[User]:
    users = [
        User(
            email=f"{prefix}-{number}@load.example.com",
            first_name=prefix.split("-")[0].title(),
            last_name=str(number),
            password=password,
            is_active=True,
            is_confirmed=True,
        )
        for number in range(count)
    ]
    User.objects.bulk_create(users, ignore_conflicts=True)
    return list(User.objects.filter(email__startswith=f"{prefix}-").order_by("pk"))


def _staff() -> User:
    staff, _ = User.objects.get_or_create(
        email="load-staff@load.example.com",
        defaults={"is_staff": True, "is_active": True, "is_confirmed": True},
    )
    permission = Permission.objects.get(codename="manage_orders")
    group = staff.groups.first() or staff.groups.create(name="Load order managers")
    group.permissions.add(permission)
    # Saleor's permission groups restrict staff to their channels unless told not to.
    if hasattr(group, "restricted_access_to_channels"):
        group.restricted_access_to_channels = False
        group.save(update_fields=["restricted_access_to_channels"])
    return staff


def seed(run: str, customers: int, advocates: int) -> dict:
    with allow_writer(), transaction.atomic():
        channel = _channel()
        program = _program(channel)
        password = make_password(POOL_PASSWORD)
        advocate_users = _users("advocate", advocates, password)
        codes = [get_or_create_code(program, user).code for user in advocate_users]
        shoppers = _users(f"shopper{run}", customers, password)
        staff = _staff()
    zone = ShippingZone.objects.get(name="Load US")
    return {
        "channel": channel.slug,
        "variants": [
            str(pk)
            for pk in ProductVariant.objects.filter(sku__startswith="LOAD-")
            .order_by("pk")
            .values_list("pk", flat=True)
        ],
        "shipping_method": str(zone.shipping_methods.get().pk),
        "codes": codes,
        "advocate_tokens": [create_access_token(user) for user in advocate_users],
        "customers": [
            {"email": user.email, "token": create_access_token(user)}
            for user in shoppers
        ],
        "staff_token": create_access_token(staff),
    }


def verify(since: datetime, codes: list[str]) -> dict:
    """Every referred order of the run attributed, each reward booked once."""
    orders = Order.objects.filter(created_at__gte=since, channel__slug=CHANNEL)
    referred = {
        str(pk)
        for pk in orders.filter(voucher_code__in=codes).values_list("pk", flat=True)
    }
    # A reward is earned when the friend's order is paid.
    paid = {
        str(pk)
        for pk in orders.filter(
            voucher_code__in=codes, charge_status="full"
        ).values_list("pk", flat=True)
    }
    referrals = Referral.objects.filter(order_id__in=referred)
    attributed = set(referrals.values_list("order_id", flat=True))
    booked = (
        Reward.objects.filter(referral__in=referrals)
        .values("referral_id", "side", "kind")
        .annotate(times=Count("pk"))
    )
    return {
        "orders": orders.count(),
        "paid_orders": orders.filter(charge_status="full").count(),
        "referred_orders": len(referred),
        "attributed": len(attributed),
        "unattributed": sorted(referred - attributed)[:10],
        "referral_statuses": dict(Counter(referrals.values_list("status", flat=True))),
        "rewards": Reward.objects.filter(referral__in=referrals).count(),
        "reward_statuses": dict(
            Counter(
                Reward.objects.filter(referral__in=referrals).values_list(
                    "status", flat=True
                )
            )
        ),
        "rewards_booked_twice": sum(1 for row in booked if row["times"] > 1),
        "paid_referred_orders": len(paid),
        "paid_referrals_without_reward": referrals.filter(order_id__in=paid)
        .exclude(pk__in=Reward.objects.values("referral_id"))
        .count(),
        # This run's referral work (not an earlier run's, left for the beat sweep).
        "outbox_pending": OutboxMessage.objects.filter(
            processed_at=None, created_at__gte=since
        ).count(),
    }


def pending() -> dict:
    return {"outbox_pending": OutboxMessage.objects.filter(processed_at=None).count()}


def main() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    seeding = commands.add_parser("seed")
    seeding.add_argument("--run", required=True)
    seeding.add_argument("--customers", type=int, required=True)
    seeding.add_argument("--advocates", type=int, default=50)
    checking = commands.add_parser("verify")
    checking.add_argument("--since", required=True)
    checking.add_argument("--codes", required=True)
    commands.add_parser("pending")
    args = parser.parse_args()
    if args.command == "seed":
        result = seed(args.run, args.customers, args.advocates)
    elif args.command == "verify":
        result = verify(datetime.fromisoformat(args.since), args.codes.split(","))
    else:
        result = pending()
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
