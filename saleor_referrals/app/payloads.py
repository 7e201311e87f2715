"""Facts from a webhook's payload: the one place App mode turns what Saleor sent
into what the domain takes (`facts.OrderFacts`, `shop_events.OrderSeen`), the
same values the plugin's hooks read from the Saleor order itself.

Saleor's GraphQL ids are `base64("Order:<uuid>")` and `base64("User:<pk>")`: the
plugin's facts carry the uuid and the pk, and so do these. Amounts come as JSON
numbers in the currency's precision; they are read from their text (never through
binary floating point arithmetic) at Saleor's stored precision (3 places), so a
refund's key is the plugin's.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ..facts import OrderFacts, Shopper
from ..shop_events import OrderSeen

# Saleor's `DEFAULT_DECIMAL_PLACES`: what an order's amounts read back as.
SALEOR_DECIMAL_PLACES = Decimal("0.001")
REFERRAL_CODE_LENGTH = 64
REFERRAL_NETWORK_LENGTH = 16


class PayloadError(ValueError):
    """The payload lacks what its subscription query asks for."""


def global_id(value: Any, expected_type: str) -> str:
    """The pk inside a Saleor GraphQL id of `expected_type`."""
    if not isinstance(value, str) or not value:
        raise PayloadError(f"no {expected_type} id")
    try:
        decoded = base64.b64decode(value.encode(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError) as error:
        raise PayloadError(f"{value!r} is not a Saleor id") from error
    type_name, _, pk = decoded.partition(":")
    if type_name != expected_type or not pk:
        raise PayloadError(f"{value!r} is not a {expected_type} id")
    return pk


def user_pk(user: Any) -> int | None:
    if not isinstance(user, dict) or not user.get("id"):
        return None
    pk = global_id(user["id"], "User")
    if not pk.isdigit():
        raise PayloadError(f"user id {pk!r} is not a number")
    return int(pk)


def amount(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise PayloadError(f"{value!r} is not an amount")
    try:
        number = Decimal(str(value))
    except InvalidOperation as error:
        raise PayloadError(f"{value!r} is not an amount") from error
    if not number.is_finite():
        raise PayloadError(f"{value!r} is not an amount")
    return number.quantize(SALEOR_DECIMAL_PLACES)


def _dig(data: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def language_code(enum_value: Any) -> str:
    """Saleor's `LanguageCodeEnum` (`EN`, `PT_BR`) as the order stores it
    (`en`, `pt-BR`)."""
    if not isinstance(enum_value, str) or not enum_value:
        return ""
    language, _, region = enum_value.partition("_")
    return f"{language.lower()}-{region}" if region else language.lower()


def order_facts(order: dict[str, Any]) -> OrderFacts | None:
    """The plugin's `order_facts` of the same order: None when it has no
    referral hint (no voucher code, no `referral_code` metadata)."""
    referral_code = str(order.get("referralCode") or "")
    voucher_code = str(order.get("voucherCode") or "")
    if not (voucher_code or referral_code):
        return None
    total = amount(_dig(order, "total", "gross", "amount"))
    undiscounted = _dig(order, "undiscountedTotal", "gross", "amount")
    currency = _dig(order, "currency", "gross", "currency")
    channel = _dig(order, "channel", "slug")
    if not isinstance(currency, str) or not isinstance(channel, str):
        raise PayloadError("the order has no channel or currency")
    return OrderFacts(
        order_id=global_id(order.get("id"), "Order"),
        number=str(order.get("number") or ""),
        channel_slug=channel,
        currency=currency,
        total=total,
        paid=amount(_dig(order, "totalCharged", "amount")),
        shopper=Shopper(user_id=user_pk(order.get("user")), email=_email(order)),
        voucher_code=voucher_code,
        referral_code=referral_code[:REFERRAL_CODE_LENGTH],
        discount=max(
            (amount(undiscounted) if undiscounted is not None else Decimal("0"))
            - total,
            Decimal("0"),
        ),
        referral_network=str(order.get("referralNetwork") or "")[
            :REFERRAL_NETWORK_LENGTH
        ],
    )


def _email(data: dict[str, Any], field: str = "userEmail") -> str:
    value = data.get(field)
    return value if isinstance(value, str) else ""


def order_seen(order: dict[str, Any]) -> OrderSeen:
    """The plugin's `order_seen` of the same order."""
    if not isinstance(order, dict):
        raise PayloadError("no order in the payload")
    order_id = global_id(order.get("id"), "Order")
    user_id = user_pk(order.get("user"))
    email = _email(order)
    thank_you = {
        "order_id": order_id,
        "order_number": str(order.get("number") or ""),
        "user_id": user_id,
        "email": email,
        "channel_slug": str(_dig(order, "channel", "slug") or ""),
        "language_code": language_code(order.get("languageCodeEnum")),
    }
    return OrderSeen(
        order_id=order_id,
        user_id=user_id,
        email=email,
        charged=str(amount(_dig(order, "totalCharged", "amount"))),
        facts=order_facts(order),
        thank_you=lambda: thank_you,
    )


@dataclass(frozen=True)
class CustomerSeen:
    user_id: int
    email: str
    referral_code: str


def customer_seen(user: Any) -> CustomerSeen:
    pk = user_pk(user)
    if pk is None:
        raise PayloadError("no user in the payload")
    code = user.get("referralCode")
    return CustomerSeen(
        user_id=pk,
        email=_email(user, "email"),
        referral_code=code.strip() if isinstance(code, str) else "",
    )
