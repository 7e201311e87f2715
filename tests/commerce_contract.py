"""The commerce port's contract, run against every implementation.

A subclass provides the fixtures: `shop` (the port), `channel_slug` and `currency` of
an existing channel, `customer` (a `Customer` with a user id), `place_paid_order`
(customer, email=None -> order id), `use_voucher_code` (what the shop does when an
order is placed with a code), `spend_credit` (gift card id, amount),
`order_at_customer_address` / `order_elsewhere` (customer -> order id),
`name_shop` (name -> None: what the shop's owner sets as its name),
`serve_at` (origin -> None: the public origin of the shop's API),
`collection_id` (the id of an existing product collection), and what an
operator can do in the shop's admin: `delete_voucher` (voucher id),
`delete_voucher_code` (code), `narrow_voucher` (voucher id: changes the value and
adds a restriction), `deactivate_gift_card` and `delete_gift_card` (card id).
"""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from saleor_referrals.commerce import Customer, FriendVoucherSpec, WalletUnavailable


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

    def test_the_shop_name_is_the_one_its_owner_set(self, shop, name_shop):
        name_shop("Example Coffee")
        assert shop.shop_name() == "Example Coffee"

    def test_plugin_pages_are_absolute_urls_under_the_channel(
        self, shop, channel_slug, serve_at
    ):
        serve_at("https://api.example.com")
        assert shop.page_url(channel_slug, "unsubscribe") == (
            f"https://api.example.com/plugins/channel/{channel_slug}/"
            "saleor_referrals/unsubscribe"
        )

    def test_removed_codes_become_available_again(self, shop, channel_slug, currency):
        voucher_id = shop.save_friend_voucher("", spec(channel_slug, currency))
        shop.add_voucher_codes(voucher_id, ["VIP-KEEP2345", "VIP-GONE2345"])
        shop.remove_voucher_codes(["VIP-GONE2345", "VIP-NEVER234"])
        assert shop.is_code_available("VIP-GONE2345")
        assert not shop.is_code_available("VIP-KEEP2345")
        shop.add_voucher_codes(voucher_id, ["VIP-GONE2345"])  # can be given again
        assert not shop.is_code_available("VIP-GONE2345")

    def test_existing_collection_ids(self, shop, collection_id):
        assert shop.existing_collection_ids([collection_id, "987654", "nope"]) == {
            collection_id
        }
        assert shop.existing_collection_ids([]) == set()


class DashboardEditsContract:
    """What the Dashboard side of the program needs from a shop (notes, reading
    the friend voucher back, unusable wallets)."""

    def test_order_notes_are_written_once_per_key(
        self, shop, customer, place_paid_order
    ):
        order_id = place_paid_order(customer)
        assert shop.add_order_note(order_id, "Referral: placed with ADA2345", "k1")
        assert not shop.add_order_note(order_id, "Referral: placed with ADA2345", "k1")
        assert shop.add_order_note(order_id, "Reward held", "k2")
        assert not shop.add_order_note(
            "00000000-0000-0000-0000-000000000000", "x", "k3"
        )
        assert not shop.add_order_note("not-an-order", "x", "k3")

    def test_notes_recorded_by_the_callers_transaction_carry_their_keys(
        self, shop, customer, place_paid_order
    ):
        order_id = place_paid_order(customer)
        notes = [("Referral counts", "k4"), ("Reward held", "k5")]
        assert shop.record_order_notes(order_id, notes) == 2
        assert not shop.add_order_note(order_id, "Reward held", "k5")
        assert shop.record_order_notes(order_id, []) == 0
        assert shop.record_order_notes("not-an-order", [("x", "k6")]) == 0

    def test_gift_card_notes_are_written_once_per_key(
        self, shop, currency, customer, delete_gift_card
    ):
        card = shop.credit_wallet(
            key="reward:n1",
            customer=customer,
            gift_card_id=None,
            currency=currency,
            amount=Decimal("10.00"),
            code="NOTE234567-CRDT",
            reason="reward n1",
        ).gift_card_id
        assert shop.add_gift_card_note(card, "Referral reward: order #12", "n1")
        assert not shop.add_gift_card_note(card, "Referral reward: order #12", "n1")
        delete_gift_card(card)
        assert not shop.add_gift_card_note(card, "Taken back", "n2")

    def test_the_friend_voucher_reads_back_as_its_spec(
        self, shop, channel_slug, currency
    ):
        wanted = spec(channel_slug, currency, min_spent=Decimal("25.00"))
        voucher_id = shop.save_friend_voucher("", wanted)
        shop.add_voucher_codes(voucher_id, ["READ2345", "read2345", "OTHR2345"])
        state = shop.read_friend_voucher(voucher_id)
        assert state.voucher_id == voucher_id
        assert state.spec == wanted
        assert state.extra_restrictions == ()
        assert state.codes == {"READ2345": True, "read2345": True, "OTHR2345": True}
        only = shop.read_friend_voucher(voucher_id, ["READ2345", "GONE2345"])
        assert only.codes == {"READ2345": True}
        closed = spec(channel_slug, currency, active=False)
        shop.save_friend_voucher(voucher_id, closed)
        assert shop.read_friend_voucher(voucher_id).spec == closed

    def test_once_per_customer_is_part_of_the_spec(self, shop, channel_slug, currency):
        """App mode's friend voucher carries Saleor's once-per-customer rule; it
        reads back as the spec, not as an operator's narrowing, and goes when the
        spec drops it."""
        once = spec(channel_slug, currency, once_per_customer=True)
        voucher_id = shop.save_friend_voucher("", once)
        state = shop.read_friend_voucher(voucher_id)
        assert (state.spec, state.extra_restrictions) == (once, ())
        plain = spec(channel_slug, currency)
        shop.save_friend_voucher(voucher_id, plain)
        assert shop.read_friend_voucher(voucher_id).spec == plain

    def test_admin_edits_show_up_and_saving_the_spec_undoes_them(
        self, shop, channel_slug, currency, narrow_voucher, delete_voucher_code
    ):
        wanted = spec(channel_slug, currency)
        voucher_id = shop.save_friend_voucher("", wanted)
        shop.add_voucher_codes(voucher_id, ["EDIT2345", "edit2345"])
        narrow_voucher(voucher_id)
        delete_voucher_code("edit2345")
        state = shop.read_friend_voucher(voucher_id)
        assert state.spec.value != wanted.value
        assert state.extra_restrictions
        assert state.codes == {"EDIT2345": True}
        assert shop.save_friend_voucher(voucher_id, wanted) == voucher_id
        restored = shop.read_friend_voucher(voucher_id)
        assert restored.spec == wanted
        assert restored.extra_restrictions == ()

    def test_a_deleted_friend_voucher_reads_as_none_and_is_created_again(
        self, shop, channel_slug, currency, delete_voucher
    ):
        voucher_id = shop.save_friend_voucher("", spec(channel_slug, currency))
        shop.add_voucher_codes(voucher_id, ["DELV2345"])
        delete_voucher(voucher_id)
        assert shop.read_friend_voucher(voucher_id) is None
        assert shop.is_code_available("DELV2345")
        again = shop.save_friend_voucher(voucher_id, spec(channel_slug, currency))
        assert again != voucher_id
        assert shop.read_friend_voucher(again).codes == {}

    def test_an_unusable_wallet_is_not_credited_and_never_reactivated(
        self, shop, currency, customer, deactivate_gift_card, delete_gift_card
    ):
        credit = {
            "customer": customer,
            "currency": currency,
            "amount": Decimal("10.00"),
            "reason": "reward",
        }
        card = shop.credit_wallet(
            key="reward:w1", gift_card_id=None, code="WALL234567-CRDT", **credit
        ).gift_card_id
        deactivate_gift_card(card)
        with pytest.raises(WalletUnavailable) as off:
            shop.credit_wallet(key="reward:w2", gift_card_id=card, code="", **credit)
        assert not off.value.missing
        assert "deactivated" in off.value.reason
        assert shop.wallet_balance(card) == Decimal("10.00")
        # Taking back still works on a deactivated card.
        debit = shop.debit_wallet(
            key="reward:w1:revoke",
            gift_card_id=card,
            amount=Decimal("10.00"),
            reason="x",
        )
        assert debit.debited == Decimal("10.00")
        delete_gift_card(card)
        with pytest.raises(WalletUnavailable) as gone:
            shop.credit_wallet(key="reward:w3", gift_card_id=card, code="", **credit)
        assert gone.value.missing
        for read in (shop.wallet_balance, shop.wallet_code):
            with pytest.raises(WalletUnavailable):
                read(card)
        with pytest.raises(WalletUnavailable) as gone:
            shop.debit_wallet(
                key="reward:w3:revoke", gift_card_id=card, amount=Decimal(1), reason="x"
            )
        assert gone.value.missing
