"""An in-memory shop for domain tests: same behaviour as the Saleor adapter, no Saleor.

The contract tests hold it to the Saleor implementation's behaviour.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import IntegrityError

from .. import PLUGIN_ID
from ..facts import (
    REFERRAL_CODE_METADATA_KEY,
    REFERRAL_NETWORK_METADATA_KEY,
    CheckoutFacts,
    OrderFacts,
    Shopper,
)
from .port import (
    CheckoutNotFound,
    Customer,
    Fingerprints,
    FriendVoucherSpec,
    FriendVoucherState,
    IssuedVoucher,
    PromoCodeRejected,
    WalletCard,
    WalletCredit,
    WalletDebit,
    WalletUnavailable,
)


@dataclass
class MemoryVoucher:
    id: str
    name: str
    channel_slug: str
    currency: str
    discount_type: str
    value: Decimal
    min_spent: Decimal | None
    active: bool
    single_use: bool = False
    once_per_customer: bool = False
    key: str = ""
    codes: dict[str, bool] = field(default_factory=dict)  # code -> is_active
    used_codes: set[str] = field(default_factory=set)
    # What an operator can add in the admin that the spec does not cover.
    restrictions: list[str] = field(default_factory=list)


@dataclass
class MemoryGiftCard:
    id: str
    code: str
    currency: str
    user_id: int | None
    email: str
    balance: Decimal
    events: list[dict] = field(default_factory=list)
    is_active: bool = True
    notes: dict[str, str] = field(default_factory=dict)  # key -> message


@dataclass
class MemoryOrder:
    id: str
    user_id: int | None
    email: str
    channel_slug: str
    paid: bool = True
    facts: OrderFacts | None = None


@dataclass
class MemoryCheckout:
    token: str
    channel_slug: str
    user_id: int | None
    email: str
    voucher_code: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


class InMemoryCommerce:
    def __init__(self) -> None:
        self._lock = threading.RLock()
        self.reset()

    def reset(self) -> None:
        self._ids = itertools.count(1)
        self.channels: dict[str, str] = {}
        self.vouchers: dict[str, MemoryVoucher] = {}
        self.gift_cards: dict[str, MemoryGiftCard] = {}
        self.orders: list[MemoryOrder] = []
        self.checkouts: dict[str, MemoryCheckout] = {}
        self.customer_prints: dict[int, Fingerprints] = {}
        self.order_prints: dict[str, Fingerprints] = {}
        self.name = ""
        # Origin of the shop's API; "" for a shop that serves no plugin pages.
        self.public_url = ""
        self.collections: set[str] = set()
        self.order_notes: dict[str, dict[str, str]] = {}  # order -> key -> message

    # Test helpers: the shop's own side of things.
    def add_channel(self, slug: str, currency: str) -> None:
        self.channels[slug] = currency

    def add_order(self, order: MemoryOrder) -> None:
        self.orders.append(order)

    def add_collection(self, collection_id: str) -> None:
        self.collections.add(collection_id)

    def add_checkout(self, checkout: MemoryCheckout) -> None:
        self.checkouts[checkout.token] = checkout

    def use_voucher_code(self, code: str) -> None:
        """What Saleor does when an order is placed with a code."""
        voucher = self._voucher_with_code(code)
        if voucher is None or not voucher.codes[code]:
            raise ValueError(f"code {code} cannot be used")
        voucher.used_codes.add(code)
        if voucher.single_use:
            voucher.codes[code] = False

    def spend_gift_card(self, gift_card_id: str, amount: Decimal) -> None:
        card = self.gift_cards[gift_card_id]
        if amount > card.balance:
            raise ValueError("not enough balance")
        card.balance -= amount

    # What an operator can do in the shop's admin.
    def delete_voucher(self, voucher_id: str) -> None:
        del self.vouchers[voucher_id]

    def delete_voucher_code(self, code: str) -> None:
        voucher = self._voucher_with_code(code)
        if voucher is not None:
            del voucher.codes[code]

    def deactivate_gift_card(self, gift_card_id: str) -> None:
        self.gift_cards[gift_card_id].is_active = False

    def delete_gift_card(self, gift_card_id: str) -> None:
        del self.gift_cards[gift_card_id]

    # The port.
    def is_code_available(self, code: str) -> bool:
        return not self.taken_codes([code])

    def taken_codes(self, codes: list[str]) -> set[str]:
        with self._lock:
            cards = {card.code for card in self.gift_cards.values()}
            return {
                code
                for code in codes
                if code in cards or self._voucher_with_code(code) is not None
            }

    def save_friend_voucher(self, voucher_id: str, spec: FriendVoucherSpec) -> str:
        self._check_channel(spec.channel_slug)
        with self._lock:
            voucher = self.vouchers.get(voucher_id) if voucher_id else None
            if voucher is None:
                voucher = MemoryVoucher(
                    id=self._next_id("voucher"),
                    name=spec.name,
                    channel_slug=spec.channel_slug,
                    currency=spec.currency,
                    discount_type=spec.discount_type,
                    value=spec.value,
                    min_spent=spec.min_spent,
                    active=spec.active,
                )
                self.vouchers[voucher.id] = voucher
            voucher.name = spec.name
            voucher.currency = spec.currency
            voucher.discount_type = spec.discount_type
            voucher.value = spec.value
            voucher.min_spent = spec.min_spent
            voucher.active = spec.active
            voucher.once_per_customer = spec.once_per_customer
            voucher.restrictions.clear()
            return voucher.id

    def read_friend_voucher(
        self, voucher_id: str, only_codes: list[str] | None = None
    ) -> FriendVoucherState | None:
        voucher = self.vouchers.get(voucher_id) if voucher_id else None
        if voucher is None:
            return None
        spec = FriendVoucherSpec(
            channel_slug=voucher.channel_slug,
            currency=voucher.currency,
            name=voucher.name,
            discount_type=voucher.discount_type,
            value=voucher.value,
            min_spent=voucher.min_spent,
            active=voucher.active,
            once_per_customer=voucher.once_per_customer,
        )
        codes = {
            code: active
            for code, active in voucher.codes.items()
            if only_codes is None or code in only_codes
        }
        return FriendVoucherState(voucher.id, spec, tuple(voucher.restrictions), codes)

    def add_voucher_codes(
        self, voucher_id: str, codes: list[str], *, fresh: bool = False
    ) -> None:
        with self._lock:
            voucher = self.vouchers[voucher_id]
            for code in codes:
                owner = self._voucher_with_code(code)
                taken_by_card = any(c.code == code for c in self.gift_cards.values())
                if taken_by_card or (owner is not None and owner is not voucher):
                    raise IntegrityError(f"code {code} is already in use")
                voucher.codes.setdefault(code, True)

    def prepare_wallets(self) -> None:
        """Nothing is shared between in-memory wallet cards."""

    def set_voucher_codes_active(self, codes: list[str], active: bool) -> None:
        with self._lock:
            for code in codes:
                voucher = self._voucher_with_code(code)
                if voucher is not None:
                    voucher.codes[code] = active

    def remove_voucher_codes(self, codes: list[str]) -> None:
        with self._lock:
            for code in codes:
                voucher = self._voucher_with_code(code)
                if voucher is not None:
                    del voucher.codes[code]

    def existing_collection_ids(self, ids: list[str]) -> set[str]:
        return {str(i) for i in ids} & self.collections

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
        self._check_channel(channel_slug)
        with self._lock:
            for voucher in self.vouchers.values():
                if voucher.key == key:
                    return IssuedVoucher(voucher.id, next(iter(voucher.codes)))
            voucher = MemoryVoucher(
                id=self._next_id("voucher"),
                name=name,
                channel_slug=channel_slug,
                currency=currency,
                discount_type="fixed",
                value=amount,
                min_spent=None,
                active=True,
                single_use=True,
                key=key,
                codes={code: True},
            )
            self.vouchers[voucher.id] = voucher
            return IssuedVoucher(voucher.id, code)

    def voucher_is_used(self, voucher_id: str) -> bool:
        return bool(self.vouchers[voucher_id].used_codes)

    def deactivate_voucher(self, voucher_id: str) -> None:
        voucher = self.vouchers[voucher_id]
        for code in voucher.codes:
            voucher.codes[code] = False

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
        with self._lock:
            for known in self.gift_cards.values():
                if any(event["key"] == key for event in known.events):
                    return WalletCredit(known.id, known.code, known.balance)
            card = self.gift_cards.get(gift_card_id) if gift_card_id else None
            if gift_card_id and card is None:
                raise WalletUnavailable(
                    gift_card_id, "the gift card was deleted", missing=True
                )
            if card is not None and not card.is_active:
                raise WalletUnavailable(gift_card_id, "the gift card is deactivated")
            if card is None:
                card = MemoryGiftCard(
                    id=self._next_id("giftcard"),
                    code=code,
                    currency=currency,
                    user_id=customer.user_id,
                    email=customer.email,
                    balance=Decimal(0),
                )
                self.gift_cards[card.id] = card
            card.balance += amount
            card.events.append({"key": key, "change": amount, "reason": reason})
            for index, message in enumerate(notes):
                card.notes[f"{key}:note:{index}"] = message
            return WalletCredit(card.id, card.code, card.balance)

    def debit_wallet(
        self, *, key: str, gift_card_id: str, amount: Decimal, reason: str
    ) -> WalletDebit:
        with self._lock:
            card = self.gift_cards.get(gift_card_id)
            if card is None:
                raise WalletUnavailable(
                    gift_card_id, "the gift card was deleted", missing=True
                )
            for event in card.events:
                if event["key"] == key:
                    debited = -event["change"]
                    return WalletDebit(card.id, debited, amount - debited, card.balance)
            debited = min(amount, card.balance)
            card.balance -= debited
            card.events.append({"key": key, "change": -debited, "reason": reason})
            return WalletDebit(card.id, debited, amount - debited, card.balance)

    def add_gift_card_note(self, gift_card_id: str, message: str, key: str) -> bool:
        with self._lock:
            card = self.gift_cards.get(gift_card_id)
            if card is None or key in card.notes:
                return False
            card.notes[key] = message
            return True

    def add_order_note(self, order_id: str, message: str, key: str) -> bool:
        with self._lock:
            if not any(order.id == order_id for order in self.orders):
                return False
            notes = self.order_notes.setdefault(order_id, {})
            if key in notes:
                return False
            notes[key] = message
            return True

    def record_order_notes(self, order_id: str, notes: list[tuple[str, str]]) -> int:
        return sum(
            self.add_order_note(order_id, message, key) for message, key in notes
        )

    def wallet_balance(self, gift_card_id: str) -> Decimal:
        return self._card(gift_card_id).balance

    def wallet_code(self, gift_card_id: str) -> str:
        return self._card(gift_card_id).code

    def _card(self, gift_card_id: str) -> MemoryGiftCard:
        card = self.gift_cards.get(gift_card_id)
        if card is None:
            raise WalletUnavailable(
                gift_card_id, "the gift card was deleted", missing=True
            )
        return card

    def wallet_card(self, gift_card_id: str, using: str = "default") -> WalletCard:
        card = self._card(gift_card_id)
        return WalletCard(card.id, card.code, card.balance)

    def count_paid_orders(
        self, customer: Customer, *, channel_slug: str | None, exclude_order_id: str
    ) -> int:
        email = (customer.email or "").lower()
        return sum(
            1
            for order in self.orders
            if order.paid
            and order.id != exclude_order_id
            and (channel_slug is None or order.channel_slug == channel_slug)
            and (
                (customer.user_id is not None and order.user_id == customer.user_id)
                or (email and order.email.lower() == email)
            )
        )

    def checkout_facts(self, token: str) -> CheckoutFacts | None:
        checkout = self.checkouts.get(token)
        if checkout is None:
            return None
        return CheckoutFacts(
            channel_slug=checkout.channel_slug,
            shopper=Shopper(checkout.user_id, checkout.email),
            voucher_code=checkout.voucher_code,
            referral_code=checkout.metadata.get(REFERRAL_CODE_METADATA_KEY, ""),
        )

    def apply_checkout_code(self, token: str, code: str, network: str = "") -> None:
        checkout = self.checkouts.get(token)
        if checkout is None:
            raise CheckoutNotFound(token)
        voucher = self._voucher_with_code(code)
        if (
            voucher is None
            or not voucher.codes[code]
            or not voucher.active
            or voucher.channel_slug != checkout.channel_slug
        ):
            raise PromoCodeRejected("Promo code is invalid")
        checkout.voucher_code = code
        checkout.metadata[REFERRAL_CODE_METADATA_KEY] = code
        if network:
            checkout.metadata[REFERRAL_NETWORK_METADATA_KEY] = network

    def order_facts(self, order_id: str) -> OrderFacts | None:
        for order in self.orders:
            if order.id == order_id:
                return order.facts
        return None

    def customer_fingerprints(self, user_id: int) -> Fingerprints:
        return self.customer_prints.get(user_id, Fingerprints())

    def order_fingerprints(self, order_id: str) -> Fingerprints:
        return self.order_prints.get(order_id, Fingerprints())

    def shop_name(self) -> str:
        return self.name

    def page_url(self, channel_slug: str, page: str) -> str:
        if not self.public_url:
            return ""
        origin = self.public_url.rstrip("/")
        return f"{origin}/plugins/channel/{channel_slug}/{PLUGIN_ID}/{page}"

    def household_fingerprints(
        self, user_id: int, order_id: str
    ) -> tuple[Fingerprints, Fingerprints]:
        return self.customer_fingerprints(user_id), self.order_fingerprints(order_id)

    def _check_channel(self, slug: str) -> None:
        """Saleor fails the same way for a channel it does not have."""
        if slug not in self.channels:
            raise LookupError(f"no channel {slug!r}")

    def _voucher_with_code(self, code: str) -> MemoryVoucher | None:
        for voucher in self.vouchers.values():
            if code in voucher.codes:
                return voucher
        return None

    def _next_id(self, prefix: str) -> str:
        return f"{prefix}-{next(self._ids)}"
