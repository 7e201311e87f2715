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
    # Saleor's own "once per customer" (counted across all of the voucher's codes,
    # by the order's e-mail): App mode's stand-in for the plugin's in-request
    # "one referral discount per friend" check (docs/app-mode.md, plugin vs App).
    once_per_customer: bool = False


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


@dataclass(frozen=True)
class FriendVoucherState:
    """What the shop holds for a friend voucher, in the terms of its spec, so that
    an edit made in the shop's own admin can be told from the settings."""

    voucher_id: str
    spec: FriendVoucherSpec
    # Anything else that changes who gets the discount: a start date in the
    # future, usage limits, staff only, restricted countries or products...
    extra_restrictions: tuple[str, ...]
    codes: dict[str, bool]  # code -> is_active


class CheckoutNotFound(LookupError):
    pass


class WalletUnavailable(Exception):
    """The wallet card cannot take credit: deleted (`missing`), or `reason` says why
    not (deactivated, expired, given to another customer). We never undo the
    operator's choice."""

    def __init__(self, gift_card_id: str, reason: str, *, missing: bool = False):
        super().__init__(reason)
        self.gift_card_id = gift_card_id
        self.reason = reason
        self.missing = missing


class PromoCodeRejected(ValueError):
    """The shop refused the code for this checkout; the message says why."""


class CommercePort(Protocol):
    def is_code_available(self, code: str) -> bool:
        """No voucher code and no gift card uses `code` (exact match)."""

    def taken_codes(self, codes: list[str]) -> set[str]:
        """Those of `codes` that a voucher code or a gift card uses (exact match)."""

    def save_friend_voucher(self, voucher_id: str, spec: FriendVoucherSpec) -> str:
        """Create or update the program's friend voucher; return its id."""

    def read_friend_voucher(
        self, voucher_id: str, only_codes: list[str] | None = None
    ) -> FriendVoucherState | None:
        """The friend voucher as the shop holds it now; None when it was deleted.
        `codes` lists all its codes, or only those of `only_codes` it has."""

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

    def remove_voucher_codes(self, codes: list[str]) -> None:
        """Delete `codes` from whatever voucher holds them; unknown codes are fine."""

    def existing_collection_ids(self, ids: list[str]) -> set[str]:
        """Those of `ids` that name a product collection of the shop."""

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
        notes: tuple[str, ...] = (),
    ) -> WalletCredit:
        """Top up the customer's wallet card, creating it when `gift_card_id` is None.

        `notes` go into the card's timeline with the credit (in Saleor, in the same
        INSERT as its balance event), so they are written exactly when the credit is:
        a credit with a known key writes neither. WalletUnavailable when the card was
        deleted or cannot be used by the customer; a card is never re-activated or
        taken over here."""

    def debit_wallet(
        self, *, key: str, gift_card_id: str, amount: Decimal, reason: str
    ) -> WalletDebit:
        """Take up to `amount` off the card (even a deactivated one); what is missing
        is the shortfall. WalletUnavailable(missing=True) for a deleted card."""

    def add_gift_card_note(self, gift_card_id: str, message: str, key: str) -> bool:
        """A note in the card's timeline, once per `key`; False when it was already
        written or the card no longer exists."""

    def add_order_note(self, order_id: str, message: str, key: str) -> bool:
        """A note in the order's history, once per `key`; False when it was already
        written or the order does not exist."""

    def record_order_notes(self, order_id: str, notes: list[tuple[str, str]]) -> int:
        """(message, key) notes written by the caller's own transaction, which makes
        them once (a status change commits once): no lock and no key lookup, one
        INSERT. For work already in a Celery task; how many were written."""

    def wallet_balance(self, gift_card_id: str) -> Decimal:
        """WalletUnavailable(missing=True) for a deleted card (so does wallet_code)."""

    def wallet_code(self, gift_card_id: str) -> str:
        """The card's code: the customer enters it at checkout to spend the credit."""

    def wallet_card(self, gift_card_id: str, using: str = "default") -> WalletCard:
        """The card's code and balance at once; `using`: the database alias to read
        (a query's replica)."""

    def count_paid_orders(
        self, customer: Customer, *, channel_slug: str | None, exclude_order_id: str
    ) -> int:
        """Paid orders of that user or e-mail other than `exclude_order_id`."""

    def checkout_facts(self, token: str) -> CheckoutFacts | None:
        """What the referral rules need to know about a checkout, or None."""

    def apply_checkout_code(self, token: str, code: str, network: str = "") -> None:
        """Add `code` as the checkout's promo code and remember it as the referral
        code (checkout metadata `referral_code`, and `referral_network` when given).
        PromoCodeRejected when the shop refuses it; CheckoutNotFound for an unknown
        checkout."""

    def order_facts(self, order_id: str) -> OrderFacts | None:
        """Facts of an existing order (for manual attribution), or None."""

    def customer_fingerprints(self, user_id: int) -> Fingerprints:
        """Fingerprints of a customer's saved addresses and their phones."""

    def order_fingerprints(self, order_id: str) -> Fingerprints:
        """Fingerprints of an order's billing and shipping addresses and phones."""

    def shop_name(self) -> str:
        """The shop's name as its own e-mails show it; "" when it has none."""

    def page_url(self, channel_slug: str, page: str) -> str:
        """Absolute URL at which the shop serves the plugin's `page` for a channel
        (the plugin answers it in `webhook`); "" when the shop serves no pages."""

    def household_fingerprints(
        self, user_id: int, order_id: str
    ) -> tuple[Fingerprints, Fingerprints]:
        """(customer_fingerprints(user_id), order_fingerprints(order_id)), at once."""
