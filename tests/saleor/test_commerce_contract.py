"""The commerce port's contract on Saleor's own vouchers, gift cards and orders."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from datetime import timedelta
from decimal import Decimal

from django.contrib.sites.models import Site
from django.utils import timezone
from saleor.core.db.connection import allow_writer
from saleor.discount.models import Voucher, VoucherChannelListing, VoucherCode
from saleor.discount.utils.voucher import increase_voucher_usage
from saleor.giftcard import GiftCardEvents
from saleor.giftcard.models import GiftCard
from saleor.order import OrderChargeStatus

from saleor_referrals.commerce import Customer
from saleor_referrals.commerce.saleor_adapter import (
    REWARD_KEY,
    WALLET_TAG,
    SaleorCommerce,
)

from ..commerce_contract import CommerceContract, DashboardEditsContract


class SaleorShop:
    """The contract's fixtures on a real Saleor: the shop's and the operator's own
    actions done on Saleor's tables (tests/saleor/test_commerce_graphql.py runs the
    contract over Saleor's GraphQL API with them)."""

    @pytest.fixture(autouse=True)
    def writer(self):
        with allow_writer():
            yield

    @pytest.fixture
    def channel_slug(self, channel_USD):
        return channel_USD.slug

    @pytest.fixture
    def currency(self, channel_USD):
        return channel_USD.currency_code

    @pytest.fixture
    def customer(self, customer_user):
        return Customer(customer_user.pk, customer_user.email)

    @pytest.fixture
    def place_paid_order(self, order_generator, customer_user):
        def place(customer: Customer) -> str:
            order = order_generator(
                user=customer_user if customer.user_id else None,
                user_email=customer.email,
            )
            order.charge_status = OrderChargeStatus.FULL
            order.save(update_fields=["charge_status"])
            return str(order.pk)

        return place

    @pytest.fixture
    def collection_id(self, collection):
        return str(collection.pk)

    @pytest.fixture
    def use_voucher_code(self):
        def use(code: str) -> None:
            voucher_code = VoucherCode.objects.select_related("voucher").get(
                code=code, is_active=True
            )
            increase_voucher_usage(
                voucher_code.voucher, voucher_code, "friend@example.com"
            )

        return use

    @pytest.fixture
    def spend_credit(self):
        def spend(gift_card_id: str, amount: Decimal) -> None:
            card = GiftCard.objects.get(pk=gift_card_id)
            card.current_balance_amount -= amount
            card.save(update_fields=["current_balance_amount"])

        return spend

    @pytest.fixture
    def order_at_customer_address(self, order_generator, customer_user):
        def place(customer: Customer) -> str:
            # order_generator ships to a copy of the customer's default address.
            return str(order_generator(user=customer_user).pk)

        return place

    @pytest.fixture
    def order_elsewhere(self, order_generator, customer_user, address_usa):
        def place(customer: Customer) -> str:
            order = order_generator(
                user=customer_user,
                billing_address=address_usa.get_copy(),
                shipping_address=address_usa.get_copy(),
            )
            return str(order.pk)

        return place

    @pytest.fixture
    def name_shop(self, site_settings):
        def name(text: str) -> None:
            site = site_settings.site
            site.name = text
            site.save(update_fields=["name"])
            Site.objects.clear_cache()  # Saleor's Site cache outlives a save

        return name

    @pytest.fixture
    def serve_at(self, settings):
        def serve(origin: str) -> None:
            settings.PUBLIC_URL = origin

        return serve

    @pytest.fixture
    def delete_voucher(self):
        def delete(voucher_id: str) -> None:
            Voucher.objects.filter(pk=voucher_id).delete()

        return delete

    @pytest.fixture
    def delete_voucher_code(self):
        def delete(code: str) -> None:
            VoucherCode.objects.filter(code=code).delete()

        return delete

    @pytest.fixture
    def narrow_voucher(self):
        """What the voucher page lets an operator change."""

        def narrow(voucher_id: str) -> None:
            voucher = Voucher.objects.get(pk=voucher_id)
            voucher.start_date = timezone.now() + timedelta(days=30)
            voucher.usage_limit = 5
            voucher.only_for_staff = True
            voucher.save()
            VoucherChannelListing.objects.filter(voucher=voucher).update(
                discount_value=Decimal(50)
            )

        return narrow

    @pytest.fixture
    def deactivate_gift_card(self):
        def deactivate(gift_card_id: str) -> None:
            GiftCard.objects.filter(pk=gift_card_id).update(is_active=False)

        return deactivate

    @pytest.fixture
    def delete_gift_card(self):
        def delete(gift_card_id: str) -> None:
            GiftCard.objects.filter(pk=gift_card_id).delete()

        return delete


class TestSaleorCommerce(SaleorShop, CommerceContract, DashboardEditsContract):
    @pytest.fixture
    def shop(self, db):
        return SaleorCommerce()

    def test_a_wallet_card_shows_saleor_history(self, shop, customer):
        """Issued empty, then adjusted by each credit: the events Saleor's own
        giftCardCreate/giftCardBalanceAdjust would leave, each credit carrying its
        reward's key; tagged as a referral wallet."""
        first = shop.credit_wallet(
            key="reward:1",
            customer=customer,
            gift_card_id=None,
            currency="USD",
            amount=Decimal("20.00"),
            code="CREDIT-H23456789",
            reason="reward 1",
        )
        shop.credit_wallet(
            key="reward:2",
            customer=customer,
            gift_card_id=first.gift_card_id,
            currency="USD",
            amount=Decimal("5.00"),
            code="",
            reason="reward 2",
        )
        card = GiftCard.objects.get(pk=first.gift_card_id)
        assert card.initial_balance_amount == card.current_balance_amount == 25
        assert card.assigned_to_id == customer.user_id
        assert list(card.tags.values_list("name", flat=True)) == [WALLET_TAG]
        issued, *adjusted = card.events.order_by("pk")
        assert issued.type == GiftCardEvents.ISSUED
        balance = issued.parameters["balance"]
        assert balance["currency"] == "USD"
        assert Decimal(balance["initial_balance"]) == 0
        assert Decimal(balance["current_balance"]) == 0
        assert [event.type for event in adjusted] == [
            GiftCardEvents.BALANCE_ADJUSTED
        ] * 2
        assert [
            (
                Decimal(event.parameters["balance"]["old_current_balance"]),
                Decimal(event.parameters["balance"]["current_balance"]),
                event.parameters[REWARD_KEY],
            )
            for event in adjusted
        ] == [
            (0, 20, {"key": "reward:1", "amount": "20.00", "reason": "reward 1"}),
            (20, 25, {"key": "reward:2", "amount": "5.00", "reason": "reward 2"}),
        ]

    def test_customer_fingerprints_cover_the_address_book_and_defaults(
        self, shop, customer_user, address_usa
    ):
        customer_user.addresses.add(address_usa.get_copy())
        prints = shop.customer_fingerprints(customer_user.pk)
        assert len(prints.addresses) == 2
        assert shop.customer_fingerprints(customer_user.pk + 1000).addresses == set()
        customer_user.addresses.clear()
        customer_user.default_shipping_address = None
        customer_user.save(update_fields=["default_shipping_address"])
        # The default billing address alone is left.
        assert len(shop.customer_fingerprints(customer_user.pk).addresses) == 1
