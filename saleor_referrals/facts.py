"""Plain facts about Saleor checkouts and orders, as the domain and tasks take them.

The Saleor adapter builds them from Saleor objects; tasks receive them as JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from decimal import Decimal
from typing import Any

REFERRAL_CODE_METADATA_KEY = "referral_code"
# Where the friend's link was shared (a ShareNetwork value), stored by the landing
# page beside the code: the funnel follows a network down to orders.
REFERRAL_NETWORK_METADATA_KEY = "referral_network"


@dataclass(frozen=True)
class Shopper:
    user_id: int | None
    email: str


@dataclass(frozen=True)
class CheckoutLine:
    """A checkout line as early access sees it: the product and its collections."""

    product_name: str
    collection_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckoutFacts:
    channel_slug: str
    shopper: Shopper
    voucher_code: str = ""
    referral_code: str = ""
    lines: tuple[CheckoutLine, ...] = ()

    def has_referral_hint(self) -> bool:
        return bool(self.voucher_code or self.referral_code)


@dataclass(frozen=True)
class OrderFacts:
    order_id: str
    number: str
    channel_slug: str
    currency: str
    total: Decimal
    paid: Decimal
    shopper: Shopper
    voucher_code: str = ""
    referral_code: str = ""
    # Discounts on the order (undiscounted total minus total).
    discount: Decimal = Decimal("0")
    referral_network: str = ""

    def has_referral_hint(self) -> bool:
        return bool(self.voucher_code or self.referral_code)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["total"] = str(self.total)
        data["paid"] = str(self.paid)
        data["discount"] = str(self.discount)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OrderFacts:
        """Reads what `to_json` wrote; keys it does not know are ignored, so tasks
        queued by another version of the plugin still run."""
        known = {field.name for field in fields(cls)} - {
            "shopper",
            "total",
            "paid",
            "discount",
        }
        shopper = data["shopper"]
        return cls(
            **{key: value for key, value in data.items() if key in known},
            total=Decimal(data["total"]),
            paid=Decimal(data["paid"]),
            discount=Decimal(data.get("discount") or "0"),
            shopper=Shopper(
                user_id=shopper.get("user_id"), email=shopper.get("email", "")
            ),
        )
