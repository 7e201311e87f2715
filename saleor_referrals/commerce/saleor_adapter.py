"""The commerce port on Saleor's own tables: vouchers, gift cards, orders.

It writes in the caller's transaction (our ledger shares Saleor's database), and
marks what it creates with the reward's idempotency key so a retried call finds the
object the first call made.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.contrib.sites.models import Site
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import CharField, Q, Subquery, Value
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from saleor.account.models import Address, User
from saleor.channel.models import Channel
from saleor.checkout.actions import call_checkout_info_event
from saleor.checkout.fetch import fetch_checkout_info, fetch_checkout_lines
from saleor.checkout.models import Checkout
from saleor.checkout.utils import (
    add_promo_code_to_checkout,
    get_or_create_checkout_metadata,
    invalidate_checkout,
)
from saleor.core.utils import build_absolute_uri
from saleor.discount import DiscountValueType, VoucherType
from saleor.discount.models import Voucher, VoucherChannelListing, VoucherCode
from saleor.giftcard import GiftCardEvents
from saleor.giftcard.models import GiftCard, GiftCardEvent, GiftCardTag
from saleor.order import OrderChargeStatus, OrderEvents, OrderStatus
from saleor.order.models import Order, OrderEvent
from saleor.plugins.manager import get_plugins_manager
from saleor.product.models import Collection
from saleor.webhook.event_types import WebhookEventAsyncType

from .. import PLUGIN_ID
from ..facts import (
    REFERRAL_CODE_METADATA_KEY,
    REFERRAL_NETWORK_METADATA_KEY,
    CheckoutFacts,
    CheckoutLine,
    OrderFacts,
    Shopper,
)
from ..models import DiscountType
from .marks import (
    ADVOCATE_REWARD,
    DELETED_CARD,
    FRIEND_VOUCHER_METADATA,
    METADATA_KEY,
    NOTE_KEY,
    REWARD_KEY,
    WALLET_METADATA,
    WALLET_TAG,
    build_order_facts,
    check_usable,
    discount_type_of,
    fingerprints_of,
    offer_restrictions,
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

PAID_CHARGE_STATUSES = (OrderChargeStatus.FULL, OrderChargeStatus.OVERCHARGED)
NOT_PLACED_STATUSES = (OrderStatus.DRAFT, OrderStatus.CANCELED, OrderStatus.EXPIRED)


class SaleorCommerce:
    def is_code_available(self, code: str) -> bool:
        return not self.taken_codes([code])

    def taken_codes(self, codes: list[str]) -> set[str]:
        # Saleor's is_available_promo_code, for several codes in one query.
        vouchers = VoucherCode.objects.filter(code__in=codes).values_list("code")
        cards = GiftCard.objects.filter(code__in=codes).values_list("code")
        return {code for (code,) in vouchers.union(cards)}

    def save_friend_voucher(self, voucher_id: str, spec: FriendVoucherSpec) -> str:
        voucher = Voucher.objects.filter(pk=voucher_id).first() if voucher_id else None
        if voucher is None:
            voucher = Voucher()
        voucher.metadata = {**(voucher.metadata or {}), **FRIEND_VOUCHER_METADATA}
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
        # No usage limit or single use: those count across all advocates' codes.
        # "One referral discount per friend" is enforced by the plugin at checkout
        # completion; Saleor's once-per-customer only where the spec asks (App
        # mode, which has no in-request check).
        voucher.usage_limit = None
        voucher.single_use = False
        voucher.apply_once_per_customer = spec.once_per_customer
        # The plugin settings are the whole offer: what an operator narrowed on the
        # voucher page is put back (README, "Edits in the Dashboard").
        voucher.apply_once_per_order = False
        voucher.only_for_staff = False
        voucher.countries = []
        voucher.min_checkout_items_quantity = None
        now = timezone.now()
        if voucher.start_date is None or voucher.start_date > now:
            voucher.start_date = now
        # An inactive program closes the voucher; reactivating reopens it.
        voucher.end_date = None if spec.active else now
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

    def read_friend_voucher(
        self, voucher_id: str, only_codes: list[str] | None = None
    ) -> FriendVoucherState | None:
        voucher = (
            Voucher.objects.filter(pk=_int_or_none(voucher_id))
            .prefetch_related("channel_listings__channel")
            .first()
            if _int_or_none(voucher_id) is not None
            else None
        )
        if voucher is None:
            return None
        listing = next(iter(voucher.channel_listings.all()), None)
        now = timezone.now()
        restrictions = offer_restrictions(
            has_listing=listing is not None,
            starts_in_future=voucher.start_date > now,
            usage_limit=voucher.usage_limit,
            single_use=voucher.single_use,
            once_per_order=voucher.apply_once_per_order,
            staff_only=voucher.only_for_staff,
            countries=voucher.countries,
            min_quantity=voucher.min_checkout_items_quantity,
        )
        discount_type = discount_type_of(
            shipping=voucher.type == VoucherType.SHIPPING,
            fixed=voucher.discount_value_type == DiscountValueType.FIXED,
        )
        spec = FriendVoucherSpec(
            channel_slug=listing.channel.slug if listing else "",
            currency=listing.currency if listing else "",
            name=voucher.name or "",
            discount_type=discount_type,
            value=listing.discount_value if listing else Decimal(0),
            min_spent=listing.min_spent_amount if listing else None,
            active=voucher.end_date is None or voucher.end_date > now,
            once_per_customer=voucher.apply_once_per_customer,
        )
        voucher_codes = VoucherCode.objects.filter(voucher=voucher)
        if only_codes is not None:
            voucher_codes = voucher_codes.filter(code__in=only_codes)
        codes = dict(voucher_codes.values_list("code", "is_active"))
        return FriendVoucherState(str(voucher.pk), spec, restrictions, codes)

    def add_voucher_codes(
        self, voucher_id: str, codes: list[str], *, fresh: bool = False
    ) -> None:
        known = (
            set()
            if fresh
            else set(
                VoucherCode.objects.filter(
                    voucher_id=voucher_id, code__in=codes
                ).values_list("code", flat=True)
            )
        )
        VoucherCode.objects.bulk_create(
            [
                VoucherCode(voucher_id=voucher_id, code=code)
                for code in codes
                if code not in known
            ]
        )

    def prepare_wallets(self) -> None:
        GiftCardTag.objects.get_or_create(name=WALLET_TAG)

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
            metadata={METADATA_KEY: ADVOCATE_REWARD, REWARD_KEY: key},
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
        notes: tuple[str, ...] = (),
    ) -> WalletCredit:
        # No savepoint: a database error here fails the caller's transaction anyway.
        # An unusable card is no database error: it is raised after the block, so
        # the caller's transaction goes on (the reward stays held, with the reason).
        with transaction.atomic(savepoint=False):
            try:
                return self._credit_wallet(
                    key, customer, gift_card_id, currency, amount, code, reason, notes
                )
            except WalletUnavailable as error:
                unavailable = error
        raise unavailable

    def _credit_wallet(
        self,
        key: str,
        customer: Customer,
        gift_card_id: str | None,
        currency: str,
        amount: Decimal,
        code: str,
        reason: str,
        notes: tuple[str, ...],
    ) -> WalletCredit:
        if gift_card_id:
            card = _locked_card(gift_card_id, credited_by=key)
            done_on = card.credited_card_id
        else:
            credited = _events_with_key(key).values_list("gift_card_id", flat=True)
            card, done_on = None, credited.first()
        if done_on is not None:
            if card is None or done_on != card.pk:
                card = GiftCard.objects.get(pk=done_on)
            return _wallet_credit(card)
        if card is None:
            card = _new_wallet_card(
                customer, currency, code, amount, key, reason, notes
            )
        else:
            _check_usable(card, customer)
            _adjust(card, amount, key, reason, notes)
        return _wallet_credit(card)

    def debit_wallet(
        self, *, key: str, gift_card_id: str, amount: Decimal, reason: str
    ) -> WalletDebit:
        with transaction.atomic(savepoint=False):
            try:
                card = _locked_card(gift_card_id)
            except WalletUnavailable as error:  # see credit_wallet
                unavailable = error
            else:
                event = _events_with_key(key).filter(gift_card=card).first()
                if event is not None:
                    amount_moved = event.parameters[REWARD_KEY]["amount"]
                    debited = Decimal(amount_moved).copy_negate()
                else:
                    debited = min(amount, card.current_balance_amount)
                    _adjust(card, -debited, key, reason)
                return WalletDebit(
                    str(card.pk), debited, amount - debited, card.current_balance_amount
                )
        raise unavailable

    def add_gift_card_note(self, gift_card_id: str, message: str, key: str) -> bool:
        with transaction.atomic():
            # The row lock makes "once per key" hold for two deliveries at once.
            card = (
                GiftCard.objects.select_for_update(of=("self",), no_key=True)
                .filter(pk=gift_card_id)
                .first()
            )
            if card is None or _noted(GiftCardEvent, key, gift_card=card):
                return False
            # What gift_card_note_added_event writes, with our key in one INSERT.
            GiftCardEvent.objects.create(
                gift_card=card,
                type=GiftCardEvents.NOTE_ADDED,
                parameters={"message": message, NOTE_KEY: key},
            )
            return True

    def add_order_note(self, order_id: str, message: str, key: str) -> bool:
        order_uuid = _uuid_or_none(order_id)
        if order_uuid is None:
            return False
        with transaction.atomic():
            order = (
                Order.objects.select_for_update(of=("self",), no_key=True)
                .filter(pk=order_uuid)
                .only("pk")
                .first()
            )
            if order is None or _noted(OrderEvent, key, order=order):
                return False
            # What order_note_added_event writes for no user, with our key.
            OrderEvent.objects.create(
                order=order,
                type=OrderEvents.NOTE_ADDED,
                parameters={"message": message, NOTE_KEY: key},
            )
            return True

    def record_order_notes(self, order_id: str, notes: list[tuple[str, str]]) -> int:
        order_uuid = _uuid_or_none(order_id)
        if order_uuid is None or not notes:
            return 0
        created = OrderEvent.objects.bulk_create(
            OrderEvent(
                order_id=order_uuid,
                type=OrderEvents.NOTE_ADDED,
                parameters={"message": message, NOTE_KEY: key},
            )
            for message, key in notes
        )
        return len(created)

    def wallet_balance(self, gift_card_id: str) -> Decimal:
        return self.wallet_card(gift_card_id).balance

    def wallet_code(self, gift_card_id: str) -> str:
        return self.wallet_card(gift_card_id).code

    def wallet_card(self, gift_card_id: str, using: str = "default") -> WalletCard:
        cards = GiftCard.objects.using(using).filter(pk=gift_card_id)
        for code, balance in cards.values_list("code", "current_balance_amount"):
            return WalletCard(str(gift_card_id), code, balance)
        raise WalletUnavailable(gift_card_id, DELETED_CARD, missing=True)

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

    def apply_checkout_code(self, token: str, code: str, network: str = "") -> None:
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
        values = {REFERRAL_CODE_METADATA_KEY: code}
        if network:
            values[REFERRAL_NETWORK_METADATA_KEY] = network
        metadata.store_value_in_metadata(values)
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
        return _fingerprints(_customer_addresses(user_id))

    def household_fingerprints(
        self, user_id: int, order_id: str
    ) -> tuple[Fingerprints, Fingerprints]:
        # Both sides in one query, each address marked with its side.
        sides = _customer_addresses(user_id).annotate(
            side=Value("customer", output_field=CharField())
        )
        if (order_uuid := _uuid_or_none(order_id)) is not None:
            order = Order.objects.filter(pk=order_uuid)
            ids = order.values("billing_address_id").union(
                order.values("shipping_address_id")
            )
            sides = sides.union(
                Address.objects.filter(pk__in=ids).annotate(
                    side=Value("order", output_field=CharField())
                ),
                all=True,
            )
        addresses = list(sides)
        return (
            _fingerprints(a for a in addresses if a.side == "customer"),
            _fingerprints(a for a in addresses if a.side == "order"),
        )

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

    def shop_name(self) -> str:
        # Saleor's own e-mails name the shop by the current Site (cached by Django).
        return Site.objects.get_current().name

    def page_url(self, channel_slug: str, page: str) -> str:
        try:
            route = reverse(
                "plugins-per-channel",
                kwargs={"channel_slug": channel_slug, "plugin_id": PLUGIN_ID},
            )
        except NoReverseMatch:  # a URLconf without Saleor's plugin routes
            return ""
        # PUBLIC_URL, else the Site's domain: what Saleor's own links use.
        return build_absolute_uri(f"{route}{page}")


def _customer_addresses(user_id: int):
    """The customer's address book and default addresses, in one query."""
    user = User.objects.filter(pk=user_id)
    ids = (
        User.addresses.through.objects.filter(user_id=user_id)
        .values("address_id")
        .union(
            user.values("default_billing_address_id"),
            user.values("default_shipping_address_id"),
        )
    )
    return Address.objects.filter(pk__in=ids)


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
    return fingerprints_of(
        (
            address.street_address_1,
            address.street_address_2,
            address.postal_code,
            address.city,
            str(address.country.code if address.country else ""),
            str(address.phone or ""),
        )
        for address in addresses
    )


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
    return build_order_facts(
        order_id=str(order.pk),
        number=str(order.number),
        channel_slug=order.channel.slug,
        currency=order.currency,
        total=order.total_gross_amount,
        paid=order.total_charged_amount,
        user_id=order.user_id,
        email=order.user_email or "",
        voucher_code=order.voucher_code or "",
        metadata=order.metadata or {},
        undiscounted_total=order.undiscounted_total_gross_amount,
    )


def _int_or_none(value: str) -> int | None:
    return int(value) if value and value.isdigit() else None


def _uuid_or_none(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _locked_card(gift_card_id: str, *, credited_by: str = "") -> GiftCard:
    """The card, locked; with `credited_by`, also `credited_card_id`: the card a
    credit with that key already went to (None when it is new), read in the same
    query. WalletUnavailable when the operator deleted the card."""
    cards = GiftCard.objects.select_for_update(of=("self",), no_key=True)
    if credited_by:
        credited = _events_with_key(credited_by).values("gift_card_id")[:1]
        cards = cards.annotate(credited_card_id=Subquery(credited))
    card = cards.filter(pk=gift_card_id).first()
    if card is None:
        raise WalletUnavailable(gift_card_id, DELETED_CARD, missing=True)
    return card


def _check_usable(card: GiftCard, customer: Customer) -> None:
    check_usable(
        str(card.pk),
        is_active=card.is_active,
        expiry_date=card.expiry_date,
        assigned_to_id=card.assigned_to_id,
        customer=customer,
    )


def _noted(model, key: str, **owner) -> bool:
    """A note with this key was already written (one per event, across retries)."""
    return model.objects.filter(
        type=GiftCardEvents.NOTE_ADDED
        if model is GiftCardEvent
        else OrderEvents.NOTE_ADDED,
        **{f"parameters__{NOTE_KEY}": key},
        **owner,
    ).exists()


def _wallet_credit(card: GiftCard) -> WalletCredit:
    return WalletCredit(str(card.pk), card.code, card.current_balance_amount)


def _new_wallet_card(
    customer: Customer,
    currency: str,
    code: str,
    amount: Decimal,
    key: str,
    reason: str,
    notes: tuple[str, ...] = (),
) -> GiftCard:
    """A wallet card holding its first credit, with the history Saleor would show
    had it been issued empty and then adjusted: ISSUED, then BALANCE_ADJUSTED."""
    card = GiftCard(
        code=code,
        currency=currency,
        initial_balance_amount=Decimal(0),
        current_balance_amount=Decimal(0),
        assigned_to_id=customer.user_id,
        assigned_to_email=customer.email,
        # Not the customer: the Dashboard shows this as "Issued by". The shop
        # issues the card; its metadata and first note name the program.
        created_by_email=None,
        is_active=True,
        metadata=dict(WALLET_METADATA),
    )
    issued = _issued_event(card)
    card.initial_balance_amount = card.current_balance_amount = amount
    card.save()
    tag, _ = GiftCardTag.objects.get_or_create(name=WALLET_TAG)
    card.tags.add(tag)
    adjusted = _balance_adjusted_event(
        card, Decimal(0), Decimal(0), key, amount, reason
    )
    issued.gift_card = card
    GiftCardEvent.objects.bulk_create(
        [issued, adjusted, *_note_events(card, key, notes)]
    )
    return card


def _issued_event(card: GiftCard) -> GiftCardEvent:
    """Saleor's ISSUED event (giftcard.events.gift_card_issued_event), unsaved."""
    return GiftCardEvent(
        type=GiftCardEvents.ISSUED,
        parameters={
            "balance": {
                "currency": card.currency,
                "initial_balance": card.initial_balance_amount,
                "current_balance": card.current_balance_amount,
            },
            "expiry_date": card.expiry_date,
        },
    )


def _balance_adjusted_event(
    card: GiftCard,
    old_current: Decimal,
    old_initial: Decimal,
    key: str,
    change: Decimal,
    reason: str,
) -> GiftCardEvent:
    """Saleor's BALANCE_ADJUSTED event (giftcard.events.gift_card_balance_adjusted_
    event), unsaved, recording which reward moved the balance: one INSERT instead
    of Saleor's INSERT and our UPDATE of its parameters."""
    return GiftCardEvent(
        gift_card=card,
        type=GiftCardEvents.BALANCE_ADJUSTED,
        parameters={
            "balance": {
                "currency": card.currency,
                "current_balance": card.current_balance_amount,
                "initial_balance": card.initial_balance_amount,
                "old_current_balance": old_current,
                "old_initial_balance": old_initial,
            },
            REWARD_KEY: {"key": key, "amount": str(change), "reason": reason},
        },
    )


def _events_with_key(key: str):
    return GiftCardEvent.objects.filter(
        type=GiftCardEvents.BALANCE_ADJUSTED, **{f"parameters__{REWARD_KEY}__key": key}
    )


def _note_events(
    card: GiftCard, key: str, notes: tuple[str, ...]
) -> list[GiftCardEvent]:
    """NOTE_ADDED events (what gift_card_note_added_event writes) for a balance
    change's notes, keyed by the change's key and their place."""
    return [
        GiftCardEvent(
            gift_card=card,
            type=GiftCardEvents.NOTE_ADDED,
            parameters={"message": message, NOTE_KEY: f"{key}:note:{index}"},
        )
        for index, message in enumerate(notes)
    ]


def _adjust(
    card: GiftCard, change: Decimal, key: str, reason: str, notes: tuple[str, ...] = ()
) -> None:
    """Saleor's giftCardBalanceAdjust, recording which reward moved the balance."""
    old_current = card.current_balance_amount
    old_initial = card.initial_balance_amount
    card.current_balance_amount = old_current + change
    update_fields = ["current_balance_amount"]
    if card.current_balance_amount > old_initial:
        card.initial_balance_amount = card.current_balance_amount
        update_fields.append("initial_balance_amount")
    card.save(update_fields=update_fields)
    adjusted = _balance_adjusted_event(
        card, old_current, old_initial, key, change, reason
    )
    GiftCardEvent.objects.bulk_create([adjusted, *_note_events(card, key, notes)])
