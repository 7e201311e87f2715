"""What the program writes on the shop's objects, shared by every Saleor adapter.

The plugin's adapter (`saleor_adapter.py`, Saleor's tables) and the App's
(`saleor_graphql.py`, Saleor's GraphQL API) mark vouchers, gift cards and notes the
same way, so a store that moves from the plugin to the App keeps finding what the
plugin made: the same metadata keys, the same tag, the same restriction labels.
No `saleor` import here: App mode runs without Saleor's code.
"""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.utils import timezone

from ..facts import (
    REFERRAL_CODE_METADATA_KEY,
    REFERRAL_NETWORK_METADATA_KEY,
    OrderFacts,
    Shopper,
)
from ..identity import address_fingerprint, phone_fingerprint
from ..models import DiscountType
from .port import Customer, Fingerprints, WalletUnavailable

AddressLines = tuple[str, str, str, str, str, str]

METADATA_KEY = "saleor_referrals"
REWARD_KEY = "saleor_referrals_reward"
NOTE_KEY = "saleor_referrals_note"
WALLET_TAG = "referral-store-credit"
# Shown in the voucher's metadata card in the Dashboard, next to the codes list.
FRIEND_VOUCHER_METADATA = {
    METADATA_KEY: "friend_offer",
    "managed_by": (
        "Referrals plugin. Change the offer in Extensions > Referrals > this "
        "channel; edits made on this page are undone within the hour."
    ),
    "codes": (
        "Every code here is one customer's personal referral code, listed twice "
        "(upper and lower case) because codes are matched exactly. A deleted "
        "code is restored: the customer keeps sharing it."
    ),
}
WALLET_METADATA = {
    METADATA_KEY: "store_credit_wallet",
    "managed_by": (
        "Referrals plugin: store credit earned by referring friends. Top-ups and "
        "take-backs are noted in the timeline."
    ),
}
ADVOCATE_REWARD = "advocate_reward"
DELETED_CARD = "the gift card was deleted in the Dashboard"
# Saleor's order statuses (OrderStatus values) of an order that was never placed.
NOT_PLACED_STATUSES = ("draft", "canceled", "expired")
# Saleor's charge statuses (OrderChargeStatus values) of a paid order.
PAID_CHARGE_STATUSES = ("full", "overcharged")


def offer_restrictions(
    *,
    has_listing: bool,
    starts_in_future: bool,
    usage_limit: int | None,
    single_use: bool,
    once_per_order: bool,
    staff_only: bool,
    countries: list | tuple,
    min_quantity: int | None,
) -> tuple[str, ...]:
    """What narrows who gets the friend voucher beyond its spec, as labels."""
    return tuple(
        label
        for label, applies in (
            ("no channel listing", not has_listing),
            ("starts in the future", starts_in_future),
            ("usage limit", usage_limit is not None),
            ("single use", single_use),
            ("once per order", once_per_order),
            ("staff only", staff_only),
            ("countries", bool(countries)),
            ("minimum quantity", bool(min_quantity)),
        )
        if applies
    )


def discount_type_of(*, shipping: bool, fixed: bool) -> str:
    """The spec's discount type of a voucher of Saleor's type and value type."""
    if shipping:
        return DiscountType.FREE_SHIPPING.value
    return DiscountType.FIXED.value if fixed else DiscountType.PERCENTAGE.value


def build_order_facts(
    *,
    order_id: str,
    number: str,
    channel_slug: str,
    currency: str,
    total: Decimal,
    paid: Decimal,
    user_id: int | None,
    email: str,
    voucher_code: str,
    metadata: dict,
    undiscounted_total: Decimal | None,
) -> OrderFacts:
    """An order's facts from what either adapter read of it."""
    return OrderFacts(
        order_id=order_id,
        number=number,
        channel_slug=channel_slug,
        currency=currency,
        total=total,
        paid=paid,
        shopper=Shopper(user_id=user_id, email=email or ""),
        voucher_code=voucher_code or "",
        referral_code=str(metadata.get(REFERRAL_CODE_METADATA_KEY) or "")[:64],
        discount=max((undiscounted_total or Decimal("0")) - total, Decimal("0")),
        referral_network=str(metadata.get(REFERRAL_NETWORK_METADATA_KEY) or "")[:16],
    )


def fingerprints_of(addresses: Iterable[AddressLines]) -> Fingerprints:
    """Fingerprints of addresses: (street 1, street 2, postal code, city, country
    code, phone) each."""
    places, phones = set(), set()
    for street_1, street_2, postal_code, city, country, phone in addresses:
        place = address_fingerprint(
            street=f"{street_1} {street_2}",
            postal_code=postal_code,
            city=city,
            country=country,
        )
        print_of_phone = phone_fingerprint(phone)
        places.update([place] if place else [])
        phones.update([print_of_phone] if print_of_phone else [])
    return Fingerprints(frozenset(places), frozenset(phones))


def check_usable(
    gift_card_id: str,
    *,
    is_active: bool,
    expiry_date: date | None,
    assigned_to_id: int | None,
    customer: Customer,
) -> None:
    """Credit only a card the customer can spend; never undo an operator's edit:
    WalletUnavailable with the reason otherwise."""
    if not is_active:
        reason = "the gift card was deactivated in the Dashboard"
    elif expiry_date and expiry_date < timezone.localdate():
        reason = "the gift card has expired"
    elif assigned_to_id and assigned_to_id != customer.user_id:
        reason = "the gift card was given to another customer"
    else:
        return
    raise WalletUnavailable(gift_card_id, reason)
