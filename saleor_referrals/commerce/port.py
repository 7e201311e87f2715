"""What the referral domain needs from the shop, and nothing more.

The Saleor implementation lives in `saleor_adapter.py`; `memory.py` is an in-memory one
for domain tests. `tests/test_commerce_contract.py` runs the same assertions against
both, so the fake cannot drift from Saleor.

Every method that creates money-carrying objects takes an idempotency `key`: called
again with the same key it returns what the first call created instead of creating a
second object. Together with running inside the caller's transaction (the Saleor
implementation writes to the same database as our ledger) that makes a release that
crashes halfway safe to retry.
"""

from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from ..facts import CheckoutFacts, OrderFacts


@dataclass(frozen=True)
class FriendVoucherSpec:
    """The friend's offer as a Saleor voucher in one channel."""

    channel_slug: str
    currency: str
    name: str
    discount_type: str  # percentage | fixed | free_shipping
    value: Decimal
    min_spent: Decimal | None
    active: bool


@dataclass(frozen=True)
class IssuedVoucher:
    voucher_id: str
    code: str


@dataclass(frozen=True)
class WalletCredit:
    gift_card_id: str
    code: str
    balance: Decimal


@dataclass(frozen=True)
class WalletCard:
    gift_card_id: str
    code: str
    balance: Decimal


@dataclass(frozen=True)
class WalletDebit:
    gift_card_id: str
    debited: Decimal
    shortfall: Decimal
    balance: Decimal


@dataclass(frozen=True)
class Customer:
    user_id: int | None
    email: str


@dataclass(frozen=True)
class Fingerprints:
    """Who someone is by address and phone (see `identity`), never the raw data."""

    addresses: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()


class CheckoutNotFound(LookupError):
    pass


class PromoCodeRejected(ValueError):
    """The shop refused the code for this checkout; the message says why."""


class CommercePort(Protocol):
    def is_code_available(self, code: str) -> bool:
        """No voucher code and no gift card uses `code` (exact match)."""

    def taken_codes(self, codes: list[str]) -> set[str]:
        """Those of `codes` that a voucher code or a gift card uses (exact match)."""

    def save_friend_voucher(self, voucher_id: str, spec: FriendVoucherSpec) -> str:
        """Create or update the program's friend voucher; return its id."""

    def add_voucher_codes(
        self, voucher_id: str, codes: list[str], *, fresh: bool = False
    ) -> None:
        """Attach `codes` to the friend voucher; codes already there are kept.

        `fresh`: the caller has just seen none of them taken, so they are added
        without looking first; a code taken meanwhile still raises IntegrityError.
        """

    def prepare_wallets(self) -> None:
        """Create what every store-credit wallet shares (idempotent): called when a
        program starts paying store credit, not by its first reward."""

    def set_voucher_codes_active(self, codes: list[str], active: bool) -> None: ...

    def issue_voucher(
        self,
        *,
        key: str,
        channel_slug: str,
        currency: str,
        amount: Decimal,
        code: str,
        name: str,
    ) -> IssuedVoucher:
        """A single-use fixed-amount voucher for the whole order in one channel."""

    def voucher_is_used(self, voucher_id: str) -> bool: ...

    def deactivate_voucher(self, voucher_id: str) -> None: ...

    def credit_wallet(
        self,
        *,
        key: str,
        customer: Customer,
        gift_card_id: str | None,
        currency: str,
        amount: Decimal,
        code: str,
        reason: str,
    ) -> WalletCredit:
        """Top up the customer's wallet card, creating it when `gift_card_id` is None."""

    def debit_wallet(
        self, *, key: str, gift_card_id: str, amount: Decimal, reason: str
    ) -> WalletDebit:
        """Take up to `amount` off the card; what is missing is the shortfall."""

    def wallet_balance(self, gift_card_id: str) -> Decimal: ...

    def wallet_code(self, gift_card_id: str) -> str:
        """The card's code: the customer enters it at checkout to spend the credit."""

    def wallet_card(self, gift_card_id: str) -> WalletCard:
        """The card's code and balance at once."""

    def count_paid_orders(
        self, customer: Customer, *, channel_slug: str | None, exclude_order_id: str
    ) -> int:
        """Paid orders of that user or e-mail other than `exclude_order_id`."""

    def checkout_facts(self, token: str) -> CheckoutFacts | None:
        """What the referral rules need to know about a checkout, or None."""

    def apply_checkout_code(self, token: str, code: str) -> None:
        """Add `code` as the checkout's promo code and remember it as the referral
        code (checkout metadata `referral_code`). PromoCodeRejected when the shop
        refuses it; CheckoutNotFound for an unknown checkout."""

    def order_facts(self, order_id: str) -> OrderFacts | None:
        """Facts of an existing order (for manual attribution), or None."""

    def customer_fingerprints(self, user_id: int) -> Fingerprints:
        """Fingerprints of a customer's saved addresses and their phones."""

    def order_fingerprints(self, order_id: str) -> Fingerprints:
        """Fingerprints of an order's billing and shipping addresses and phones."""

    def household_fingerprints(
        self, user_id: int, order_id: str
    ) -> tuple[Fingerprints, Fingerprints]:
        """(customer_fingerprints(user_id), order_fingerprints(order_id)), at once."""
