"""The contract on the in-memory shop (tests/saleor/ runs it on Saleor)."""

import itertools

import pytest

from saleor_referrals.commerce import Customer, Fingerprints
from saleor_referrals.commerce.memory import MemoryOrder
from saleor_referrals.identity import address_fingerprint

from .commerce_contract import CommerceContract, DashboardEditsContract
from .conftest import CHANNEL, make_user

HOME = address_fingerprint(
    street="1 Main St", postal_code="10001", city="Warsaw", country="PL"
)


class TestInMemoryCommerce(CommerceContract, DashboardEditsContract):
    @pytest.fixture
    def shop(self, commerce, db):
        return commerce

    @pytest.fixture
    def channel_slug(self):
        return CHANNEL

    @pytest.fixture
    def currency(self):
        return "USD"

    @pytest.fixture
    def customer(self, db, commerce):
        user = make_user("wallet@example.com")
        # Like Saleor's customer_user: one saved address.
        commerce.customer_prints[user.pk] = Fingerprints(frozenset([HOME]))
        return Customer(user.pk, user.email)

    @pytest.fixture
    def place_paid_order(self, commerce):
        numbers = itertools.count(1)

        def place(customer: Customer) -> str:
            order = MemoryOrder(
                f"order-{next(numbers)}", customer.user_id, customer.email, CHANNEL
            )
            commerce.add_order(order)
            return order.id

        return place

    @pytest.fixture
    def collection_id(self, commerce):
        commerce.add_collection("41")
        return "41"

    @pytest.fixture
    def use_voucher_code(self, commerce):
        return commerce.use_voucher_code

    @pytest.fixture
    def spend_credit(self, commerce):
        return commerce.spend_gift_card

    @pytest.fixture
    def order_at_customer_address(self, commerce, place_paid_order):
        def place(customer: Customer) -> str:
            order_id = place_paid_order(customer)
            commerce.order_prints[order_id] = Fingerprints(frozenset([HOME]))
            return order_id

        return place

    @pytest.fixture
    def order_elsewhere(self, commerce, place_paid_order):
        def place(customer: Customer) -> str:
            order_id = place_paid_order(customer)
            away = address_fingerprint(
                street="9 Elm", postal_code="0150", city="Oslo", country="NO"
            )
            commerce.order_prints[order_id] = Fingerprints(frozenset([away]))
            return order_id

        return place

    @pytest.fixture
    def name_shop(self, commerce):
        def name(text: str) -> None:
            commerce.name = text

        return name

    @pytest.fixture
    def serve_at(self, commerce):
        def serve(origin: str) -> None:
            commerce.public_url = origin

        return serve

    @pytest.fixture
    def delete_voucher(self, commerce):
        return commerce.delete_voucher

    @pytest.fixture
    def delete_voucher_code(self, commerce):
        return commerce.delete_voucher_code

    @pytest.fixture
    def narrow_voucher(self, commerce):
        def narrow(voucher_id: str) -> None:
            voucher = commerce.vouchers[voucher_id]
            voucher.value = voucher.value + 1
            voucher.restrictions.append("usage limit")

        return narrow

    @pytest.fixture
    def deactivate_gift_card(self, commerce):
        return commerce.deactivate_gift_card

    @pytest.fixture
    def delete_gift_card(self, commerce):
        return commerce.delete_gift_card
