"""The commerce port on Saleor's own tables: vouchers, gift cards, orders.

It writes in the caller's transaction (our ledger shares Saleor's database), and
marks what it creates with the reward's idempotency key so a retried call finds the
object the first call made.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from saleor.account.models import User
from saleor.channel.models import Channel
from saleor.checkout.actions import call_checkout_info_event
from saleor.checkout.fetch import fetch_checkout_info, fetch_checkout_lines
from saleor.checkout.models import Checkout
from saleor.checkout.utils import (
    add_promo_code_to_checkout,
    get_or_create_checkout_metadata,
    invalidate_checkout,
)
from saleor.core.utils.promo_code import is_available_promo_code
from saleor.discount import DiscountValueType, VoucherType
from saleor.discount.models import Voucher, VoucherChannelListing, VoucherCode
from saleor.giftcard import GiftCardEvents
from saleor.giftcard import events as gift_card_events
from saleor.giftcard.models import GiftCard, GiftCardEvent, GiftCardTag
from saleor.order import OrderChargeStatus, OrderStatus
from saleor.order.models import Order
from saleor.plugins.manager import get_plugins_manager
from saleor.product.models import Collection
from saleor.webhook.event_types import WebhookEventAsyncType

from ..facts import (
    REFERRAL_CODE_METADATA_KEY,
    CheckoutFacts,
    CheckoutLine,
    OrderFacts,
    Shopper,
)
from ..identity import address_fingerprint, phone_fingerprint
from ..models import DiscountType
from .port import (
    CheckoutNotFound,
    Customer,
    Fingerprints,
    FriendVoucherSpec,
    IssuedVoucher,
    PromoCodeRejected,
    WalletCredit,
    WalletDebit,
)

METADATA_KEY = "saleor_referrals"
REWARD_KEY = "saleor_referrals_reward"
WALLET_TAG = "referral-store-credit"
PAID_CHARGE_STATUSES = (OrderChargeStatus.FULL, OrderChargeStatus.OVERCHARGED)
NOT_PLACED_STATUSES = (OrderStatus.DRAFT, OrderStatus.CANCELED, OrderStatus.EXPIRED)


class SaleorCommerce:
    def is_code_available(self, code: str) -> bool:
        return is_available_promo_code(code)

    def save_friend_voucher(self, voucher_id: str, spec: FriendVoucherSpec) -> str:
        voucher = Voucher.objects.filter(pk=voucher_id).first() if voucher_id else None
        if voucher is None:
            voucher = Voucher(metadata={METADATA_KEY: "friend_offer"})
        free_shipping = spec.discount_type == DiscountType.FREE_SHIPPING
        voucher.name = spec.name
        voucher.type = (
            VoucherType.SHIPPING if free_shipping else VoucherType.ENTIRE_ORDER
        )
        voucher.discount_value_type = (
            DiscountValueType.FIXED
            if spec.discount_type == DiscountType.FIXED
            else DiscountValueType.PERCENTAGE
        )
        # No usage limit, single use or once-per-customer: those count across all
        # advocates' codes. "One referral discount per friend" is enforced by the
        # plugin at checkout completion instead.
        voucher.usage_limit = None
        voucher.single_use = False
        voucher.apply_once_per_customer = False
        # An inactive program closes the voucher; reactivating reopens it.
        voucher.end_date = None if spec.active else timezone.now()
        before = _offer_state(voucher) if voucher.pk else None
        voucher.save()
        channel = Channel.objects.get(slug=spec.channel_slug)
        VoucherChannelListing.objects.update_or_create(
            voucher=voucher,
            channel=channel,
            defaults={
                "discount_value": Decimal(100) if free_shipping else spec.value,
                "currency": spec.currency,
                "min_spent_amount": spec.min_spent,
            },
        )
        if before is not None and before != _offer_state(voucher):
            _expire_checkout_discounts(voucher)
        return str(voucher.pk)

    def add_voucher_codes(self, voucher_id: str, codes: list[str]) -> None:
        known = set(
            VoucherCode.objects.filter(
                voucher_id=voucher_id, code__in=codes
            ).values_list("code", flat=True)
        )
        VoucherCode.objects.bulk_create(
            [
                VoucherCode(voucher_id=voucher_id, code=code)
                for code in codes
                if code not in known
            ]
        )

    def set_voucher_codes_active(self, codes: list[str], active: bool) -> None:
        VoucherCode.objects.filter(code__in=codes).update(is_active=active)

    def remove_voucher_codes(self, codes: list[str]) -> None:
        VoucherCode.objects.filter(code__in=codes).delete()

    def existing_collection_ids(self, ids: list[str]) -> set[str]:
        numeric = [int(i) for i in ids if str(i).isdigit()]
        return {
            str(pk)
            for pk in Collection.objects.filter(pk__in=numeric).values_list(
                "pk", flat=True
            )
        }

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
        existing = (
            Voucher.objects.filter(metadata__contains={REWARD_KEY: key})
            .prefetch_related("codes")
            .first()
        )
        if existing is not None:
            return IssuedVoucher(str(existing.pk), existing.codes.all()[0].code)
        voucher = Voucher.objects.create(
            name=name,
            type=VoucherType.ENTIRE_ORDER,
            discount_value_type=DiscountValueType.FIXED,
            # usage_limit makes Saleor count the use; single_use closes the code.
            usage_limit=1,
            single_use=True,
            metadata={METADATA_KEY: "advocate_reward", REWARD_KEY: key},
        )
        VoucherCode.objects.create(voucher=voucher, code=code)
        VoucherChannelListing.objects.create(
            voucher=voucher,
            channel=Channel.objects.get(slug=channel_slug),
            discount_value=amount,
            currency=currency,
        )
        return IssuedVoucher(str(voucher.pk), code)

    def voucher_is_used(self, voucher_id: str) -> bool:
        return VoucherCode.objects.filter(voucher_id=voucher_id, used__gt=0).exists()

    def deactivate_voucher(self, voucher_id: str) -> None:
        VoucherCode.objects.filter(voucher_id=voucher_id).update(is_active=False)

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
        with transaction.atomic():
            done = _events_with_key(key).select_related("gift_card").first()
            if done is not None:
                card = done.gift_card
                return WalletCredit(
                    str(card.pk), card.code, card.current_balance_amount
                )
            if gift_card_id:
                card = _locked_card(gift_card_id)
            else:
                card = _new_wallet_card(customer, currency, code)
            _adjust(card, amount, key, reason)
            return WalletCredit(str(card.pk), card.code, card.current_balance_amount)

    def debit_wallet(
        self, *, key: str, gift_card_id: str, amount: Decimal, reason: str
    ) -> WalletDebit:
        with transaction.atomic():
            card = _locked_card(gift_card_id)
            event = _events_with_key(key).filter(gift_card=card).first()
            if event is not None:
                debited = Decimal(event.parameters[REWARD_KEY]["amount"]).copy_negate()
            else:
                debited = min(amount, card.current_balance_amount)
                _adjust(card, -debited, key, reason)
            return WalletDebit(
                str(card.pk), debited, amount - debited, card.current_balance_amount
            )

    def wallet_balance(self, gift_card_id: str) -> Decimal:
        return GiftCard.objects.values_list("current_balance_amount", flat=True).get(
            pk=gift_card_id
        )

    def wallet_code(self, gift_card_id: str) -> str:
        return GiftCard.objects.values_list("code", flat=True).get(pk=gift_card_id)

    def count_paid_orders(
        self, customer: Customer, *, channel_slug: str | None, exclude_order_id: str
    ) -> int:
        match = Q(user_id=customer.user_id) if customer.user_id else Q(pk__in=[])
        if customer.email:
            match |= Q(user_email__iexact=customer.email)
        orders = Order.objects.filter(
            match, charge_status__in=PAID_CHARGE_STATUSES
        ).exclude(status__in=NOT_PLACED_STATUSES)
        if (excluded := _uuid_or_none(exclude_order_id)) is not None:
            orders = orders.exclude(pk=excluded)
        if channel_slug is not None:
            orders = orders.filter(channel__slug=channel_slug)
        return orders.count()

    def checkout_facts(self, token: str) -> CheckoutFacts | None:
        checkout = _checkout(token)
        if checkout is None:
            return None
        metadata = (
            checkout.metadata_storage.metadata
            if hasattr(checkout, "metadata_storage")
            else {}
        )
        return CheckoutFacts(
            channel_slug=checkout.channel.slug,
            shopper=Shopper(
                user_id=checkout.user_id,
                email=checkout.email or (checkout.user.email if checkout.user else ""),
            ),
            voucher_code=checkout.voucher_code or "",
            referral_code=str(metadata.get(REFERRAL_CODE_METADATA_KEY) or ""),
        )

    def apply_checkout_code(self, token: str, code: str) -> None:
        """What Saleor's checkoutAddPromoCode does, plus the referral metadata."""
        checkout = _checkout(token)
        if checkout is None:
            raise CheckoutNotFound(token)
        manager = get_plugins_manager(allow_replica=False)
        lines, _ = fetch_checkout_lines(checkout)
        checkout_info = fetch_checkout_info(checkout, lines, manager)
        try:
            add_promo_code_to_checkout(manager, checkout_info, lines, code)
        except ValidationError as error:
            raise PromoCodeRejected(" ".join(error.messages)) from error
        metadata = get_or_create_checkout_metadata(checkout)
        metadata.store_value_in_metadata({REFERRAL_CODE_METADATA_KEY: code})
        metadata.save(update_fields=["metadata"])
        update_fields = invalidate_checkout(
            checkout_info, lines, manager, recalculate_discount=False, save=False
        )
        checkout.save(update_fields=update_fields)
        call_checkout_info_event(
            manager=manager,
            event_name=WebhookEventAsyncType.CHECKOUT_UPDATED,
            checkout_info=checkout_info,
            lines=lines,
        )

    def order_facts(self, order_id: str) -> OrderFacts | None:
        order_uuid = _uuid_or_none(order_id)
        order = (
            Order.objects.select_related("channel").filter(pk=order_uuid).first()
            if order_uuid
            else None
        )
        return saleor_order_facts(order) if order else None

    def customer_fingerprints(self, user_id: int) -> Fingerprints:
        user = (
            User.objects.select_related(
                "default_billing_address", "default_shipping_address"
            )
            .prefetch_related("addresses")
            .filter(pk=user_id)
            .first()
        )
        if user is None:
            return Fingerprints()
        addresses = [
            *user.addresses.all(),
            user.default_billing_address,
            user.default_shipping_address,
        ]
        return _fingerprints(address for address in addresses if address)

    def order_fingerprints(self, order_id: str) -> Fingerprints:
        order_uuid = _uuid_or_none(order_id)
        order = (
            Order.objects.select_related("billing_address", "shipping_address")
            .filter(pk=order_uuid)
            .first()
            if order_uuid
            else None
        )
        if order is None:
            return Fingerprints()
        return _fingerprints(
            address
            for address in (order.billing_address, order.shipping_address)
            if address
        )


def _offer_state(voucher: Voucher) -> tuple:
    """What a checkout's discount from the voucher depends on (from the database)."""
    saved = Voucher.objects.filter(pk=voucher.pk).values_list(
        "type", "discount_value_type", "end_date"
    )
    listings = VoucherChannelListing.objects.filter(voucher_id=voucher.pk).values_list(
        "channel_id", "discount_value", "min_spent_amount"
    )
    return (tuple(saved), tuple(sorted(listings)))


def _expire_checkout_discounts(voucher: Voucher) -> None:
    """Open checkouts holding one of the voucher's codes get the discount in force.

    Saleor stores a checkout's voucher discount and recomputes it only when the
    checkout changes, so without this a checkout priced during a campaign would
    complete with the campaign's offer after the end (or miss its start). Runs in
    the switch task (or a settings save that changes the offer), never at checkout.
    """
    checkouts = Checkout.objects.filter(
        voucher_code__in=VoucherCode.objects.filter(voucher=voucher).values("code")
    ).select_related("channel", "user")
    manager = get_plugins_manager(allow_replica=False)
    for checkout in checkouts.iterator(chunk_size=100):
        lines, _ = fetch_checkout_lines(checkout)
        checkout_info = fetch_checkout_info(checkout, lines, manager)
        invalidate_checkout(checkout_info, lines, manager, save=True)


def _fingerprints(addresses) -> Fingerprints:
    places, phones = set(), set()
    for address in addresses:
        place = address_fingerprint(
            street=f"{address.street_address_1} {address.street_address_2}",
            postal_code=address.postal_code,
            city=address.city,
            country=str(address.country.code if address.country else ""),
        )
        phone = phone_fingerprint(str(address.phone or ""))
        places.update([place] if place else [])
        phones.update([phone] if phone else [])
    return Fingerprints(frozenset(places), frozenset(phones))


def _checkout(token: str) -> Checkout | None:
    checkout_uuid = _uuid_or_none(token)
    if checkout_uuid is None:
        return None
    return (
        Checkout.objects.select_related("channel", "user", "metadata_storage")
        .filter(token=checkout_uuid)
        .first()
    )


def checkout_line_facts(lines) -> tuple[CheckoutLine, ...]:
    """Products and collection ids of checkout lines, from what Saleor's line
    infos already hold (`fetch_checkout_lines` prefetches the collections)."""
    return tuple(
        CheckoutLine(
            product_name=line.product.name if line.product else "",
            collection_ids=tuple(str(c.pk) for c in line.collections),
        )
        for line in lines or ()
    )


def saleor_order_facts(order: Order) -> OrderFacts:
    """Facts of a Saleor order (reads `order.channel`, usually already loaded)."""
    return OrderFacts(
        order_id=str(order.pk),
        number=str(order.number),
        channel_slug=order.channel.slug,
        currency=order.currency,
        total=order.total_gross_amount,
        paid=order.total_charged_amount,
        shopper=Shopper(user_id=order.user_id, email=order.user_email or ""),
        voucher_code=order.voucher_code or "",
        referral_code=str((order.metadata or {}).get(REFERRAL_CODE_METADATA_KEY) or "")[
            :64
        ],
    )


def _uuid_or_none(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _locked_card(gift_card_id: str) -> GiftCard:
    return GiftCard.objects.select_for_update(of=("self",), no_key=True).get(
        pk=gift_card_id
    )


def _new_wallet_card(customer: Customer, currency: str, code: str) -> GiftCard:
    card = GiftCard.objects.create(
        code=code,
        currency=currency,
        initial_balance_amount=Decimal(0),
        current_balance_amount=Decimal(0),
        assigned_to_id=customer.user_id,
        assigned_to_email=customer.email,
        created_by_email=customer.email,
        is_active=True,
        metadata={METADATA_KEY: "store_credit_wallet"},
    )
    tag, _ = GiftCardTag.objects.get_or_create(name=WALLET_TAG)
    card.tags.add(tag)
    gift_card_events.gift_card_issued_event(card, user=None, app=None)
    return card


def _events_with_key(key: str):
    return GiftCardEvent.objects.filter(
        type=GiftCardEvents.BALANCE_ADJUSTED, **{f"parameters__{REWARD_KEY}__key": key}
    )


def _adjust(card: GiftCard, change: Decimal, key: str, reason: str) -> None:
    """Saleor's giftCardBalanceAdjust, recording which reward moved the balance."""
    old_current = card.current_balance_amount
    old_initial = card.initial_balance_amount
    card.current_balance_amount = old_current + change
    update_fields = ["current_balance_amount"]
    if card.current_balance_amount > old_initial:
        card.initial_balance_amount = card.current_balance_amount
        update_fields.append("initial_balance_amount")
    card.save(update_fields=update_fields)
    event = gift_card_events.gift_card_balance_adjusted_event(
        card, old_current, old_initial, user=None, app=None
    )
    event.parameters[REWARD_KEY] = {"key": key, "amount": str(change), "reason": reason}
    event.save(update_fields=["parameters"])
