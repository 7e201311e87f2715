"""The commerce port's contract, run against every implementation.

A subclass provides the fixtures: `shop` (the port), `channel_slug` and `currency` of
an existing channel, `customer` (a `Customer` with a user id), `place_paid_order`
(customer, email=None -> order id), `use_voucher_code` (what the shop does when an
order is placed with a code), `spend_credit` (gift card id, amount), and
`order_at_customer_address` / `order_elsewhere` (customer -> order id).
"""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from saleor_referrals.commerce import Customer, FriendVoucherSpec


def spec(channel_slug: str, currency: str, **overrides) -> FriendVoucherSpec:
    values = {
        "channel_slug": channel_slug,
        "currency": currency,
        "name": "Friend offer",
        "discount_type": "percentage",
        "value": Decimal("15"),
        "min_spent": None,
        "active": True,
    }
    return FriendVoucherSpec(**{**values, **overrides})


class CommerceContract:
    def test_friend_voucher_is_created_once_and_updated(
        self, shop, channel_slug, currency
    ):
        voucher_id = shop.save_friend_voucher("", spec(channel_slug, currency))
        again = shop.save_friend_voucher(
            voucher_id,
            spec(channel_slug, currency, discount_type="fixed", value=Decimal(5)),
        )
        assert again == voucher_id

    def test_codes_are_registered_idempotently_and_become_unavailable(
        self, shop, channel_slug, currency
    ):
        voucher_id = shop.save_friend_voucher("", spec(channel_slug, currency))
        assert shop.is_code_available("ADA2345")
        shop.add_voucher_codes(voucher_id, ["ADA2345", "ada2345"])
        shop.add_voucher_codes(voucher_id, ["ADA2345", "ada2345"])
        assert not shop.is_code_available("ADA2345")
        assert not shop.is_code_available("ada2345")
        assert shop.is_code_available("Ada2345")

    def test_fresh_codes_are_added_without_a_look_but_never_stolen(
        self, shop, channel_slug, currency
    ):
        first = shop.save_friend_voucher("", spec(channel_slug, currency))
        shop.add_voucher_codes(first, ["FRESH234", "fresh234"], fresh=True)
        assert shop.taken_codes(["FRESH234", "fresh234"]) == {"FRESH234", "fresh234"}
        second = shop.save_friend_voucher("", spec(channel_slug, currency))
        with pytest.raises(IntegrityError), transaction.atomic():
            shop.add_voucher_codes(second, ["FRESH234"], fresh=True)

    def test_preparing_wallets_twice_is_harmless(self, shop, currency, customer):
        shop.prepare_wallets()
        shop.prepare_wallets()
        credit = shop.credit_wallet(
            key="reward:prepared",
            customer=customer,
            gift_card_id=None,
            currency=currency,
            amount=Decimal("3.00"),
            code="CREDIT-P23456789",
            reason="prepared",
        )
        assert shop.wallet_balance(credit.gift_card_id) == Decimal("3.00")

    def test_taken_codes_names_the_codes_in_use(self, shop, channel_slug, currency):
        voucher_id = shop.save_friend_voucher("", spec(channel_slug, currency))
        shop.add_voucher_codes(voucher_id, ["BEA2345"])
        assert shop.taken_codes(["BEA2345", "bea2345", "FREE2345"]) == {"BEA2345"}
        assert shop.taken_codes([]) == set()

    def test_a_code_of_another_voucher_cannot_be_registered(
        self, shop, channel_slug, currency
    ):
        first = shop.save_friend_voucher("", spec(channel_slug, currency))
        shop.add_voucher_codes(first, ["TAKEN234"])
        second = shop.save_friend_voucher("", spec(channel_slug, currency))
        with pytest.raises(IntegrityError), transaction.atomic():
            shop.add_voucher_codes(second, ["TAKEN234"])

    def test_issue_voucher_is_idempotent_per_key(self, shop, channel_slug, currency):
        issue = {
            "channel_slug": channel_slug,
            "currency": currency,
            "amount": Decimal("20"),
            "name": "Reward",
        }
        first = shop.issue_voucher(key="reward:1", code="THANKS-A234", **issue)
        again = shop.issue_voucher(key="reward:1", code="THANKS-B234", **issue)
        other = shop.issue_voucher(key="reward:2", code="THANKS-C234", **issue)
        assert again == first
        assert first.code == "THANKS-A234"
        assert other.voucher_id != first.voucher_id
        assert not shop.is_code_available("THANKS-A234")
        assert shop.is_code_available("THANKS-B234")

    def test_voucher_use_and_deactivation(
        self, shop, channel_slug, currency, use_voucher_code
    ):
        issue = {"channel_slug": channel_slug, "currency": currency, "name": "Reward"}
        used = shop.issue_voucher(
            key="reward:used", code="THANKS-U234", amount=Decimal(5), **issue
        )
        unused = shop.issue_voucher(
            key="reward:unused", code="THANKS-N234", amount=Decimal(5), **issue
        )
        assert not shop.voucher_is_used(used.voucher_id)
        use_voucher_code(used.code)
        assert shop.voucher_is_used(used.voucher_id)
        shop.deactivate_voucher(unused.voucher_id)
        assert not shop.voucher_is_used(unused.voucher_id)
        with pytest.raises(Exception):  # noqa: B017 - each shop raises its own error
            use_voucher_code(unused.code)

    def test_wallet_credit_is_idempotent_and_grows_one_card(
        self, shop, currency, customer
    ):
        first = shop.credit_wallet(
            key="reward:1",
            customer=customer,
            gift_card_id=None,
            currency=currency,
            amount=Decimal("20.00"),
            code="CREDIT-A23456789",
            reason="reward 1",
        )
        again = shop.credit_wallet(
            key="reward:1",
            customer=customer,
            gift_card_id=first.gift_card_id,
            currency=currency,
            amount=Decimal("20.00"),
            code="",
            reason="reward 1",
        )
        grown = shop.credit_wallet(
            key="reward:2",
            customer=customer,
            gift_card_id=first.gift_card_id,
            currency=currency,
            amount=Decimal("7.50"),
            code="",
            reason="reward 2",
        )
        assert first.balance == again.balance == Decimal("20.00")
        assert grown.gift_card_id == first.gift_card_id
        assert grown.balance == Decimal("27.50")
        assert shop.wallet_balance(first.gift_card_id) == Decimal("27.50")
        assert shop.wallet_code(first.gift_card_id) == first.code == "CREDIT-A23456789"
        assert not shop.is_code_available("CREDIT-A23456789")
        assert shop.taken_codes(["CREDIT-A23456789"]) == {"CREDIT-A23456789"}
        card = shop.wallet_card(first.gift_card_id)
        assert (card.gift_card_id, card.code, card.balance) == (
            first.gift_card_id,
            "CREDIT-A23456789",
            Decimal("27.50"),
        )

    def test_a_credit_is_found_by_its_key_even_without_the_card(
        self, shop, currency, customer
    ):
        """A retry after a crash that lost the wallet row must not pay again."""
        first = shop.credit_wallet(
            key="reward:9",
            customer=customer,
            gift_card_id=None,
            currency=currency,
            amount=Decimal("5.00"),
            code="CREDIT-C23456789",
            reason="reward 9",
        )
        retry = shop.credit_wallet(
            key="reward:9",
            customer=customer,
            gift_card_id=None,
            currency=currency,
            amount=Decimal("5.00"),
            code="CREDIT-D23456789",
            reason="reward 9",
        )
        assert retry.gift_card_id == first.gift_card_id
        assert shop.wallet_balance(first.gift_card_id) == Decimal("5.00")
        assert shop.is_code_available("CREDIT-D23456789")

    def test_wallet_debit_never_goes_below_zero_and_is_idempotent(
        self, shop, currency, customer, spend_credit
    ):
        card = shop.credit_wallet(
            key="reward:1",
            customer=customer,
            gift_card_id=None,
            currency=currency,
            amount=Decimal("20.00"),
            code="CREDIT-B23456789",
            reason="reward 1",
        ).gift_card_id
        spend_credit(card, Decimal("15.00"))
        debit = shop.debit_wallet(
            key="reward:1:revoke",
            gift_card_id=card,
            amount=Decimal("20.00"),
            reason="x",
        )
        assert debit.debited == Decimal("5.00")
        assert debit.shortfall == Decimal("15.00")
        assert debit.balance == 0
        again = shop.debit_wallet(
            key="reward:1:revoke",
            gift_card_id=card,
            amount=Decimal("20.00"),
            reason="x",
        )
        assert again.debited == Decimal("5.00")
        assert shop.wallet_balance(card) == 0

    def test_count_paid_orders_by_user_or_email(
        self, shop, channel_slug, customer, place_paid_order
    ):
        assert (
            shop.count_paid_orders(customer, channel_slug=None, exclude_order_id="x")
            == 0
        )
        first = place_paid_order(customer)
        place_paid_order(Customer(None, customer.email.upper()))
        assert (
            shop.count_paid_orders(customer, channel_slug=None, exclude_order_id=first)
            == 1
        )
        assert (
            shop.count_paid_orders(
                customer, channel_slug=channel_slug, exclude_order_id="x"
            )
            == 2
        )
        assert (
            shop.count_paid_orders(
                Customer(None, "stranger@example.com"),
                channel_slug=None,
                exclude_order_id="x",
            )
            == 0
        )

    def test_household_fingerprints_are_both_sides_at_once(
        self, shop, customer, order_at_customer_address, order_elsewhere
    ):
        for order_id in (
            order_at_customer_address(customer),
            order_elsewhere(customer),
            "not-an-order",
        ):
            assert shop.household_fingerprints(customer.user_id, order_id) == (
                shop.customer_fingerprints(customer.user_id),
                shop.order_fingerprints(order_id),
            )

    def test_fingerprints_tie_an_order_to_a_customers_address(
        self, shop, customer, order_at_customer_address, order_elsewhere
    ):
        home = shop.customer_fingerprints(customer.user_id)
        assert home.addresses
        same = shop.order_fingerprints(order_at_customer_address(customer))
        other = shop.order_fingerprints(order_elsewhere(customer))
        assert home.addresses & same.addresses
        assert not home.addresses & other.addresses
        assert shop.order_fingerprints("no-such-order") == type(home)()
