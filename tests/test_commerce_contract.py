"""The contract on the in-memory shop (tests/saleor/ runs it on Saleor)."""

import itertools

import pytest

from saleor_referrals.commerce import Customer
from saleor_referrals.commerce.memory import MemoryOrder

from .commerce_contract import CommerceContract
from .conftest import CHANNEL, make_user


class TestInMemoryCommerce(CommerceContract):
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
    def customer(self, db):
        user = make_user("wallet@example.com")
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
    def use_voucher_code(self, commerce):
        return commerce.use_voucher_code

    @pytest.fixture
    def spend_credit(self, commerce):
        return commerce.spend_gift_card
