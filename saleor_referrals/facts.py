"""Plain facts about Saleor checkouts and orders, as the domain and tasks take them.

The Saleor adapter builds them from Saleor objects; tasks receive them as JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

REFERRAL_CODE_METADATA_KEY = "referral_code"


@dataclass(frozen=True)
class Shopper:
    user_id: int | None
    email: str
    address_fingerprints: tuple[str, ...] = ()
    phone_fingerprints: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckoutFacts:
    channel_slug: str
    shopper: Shopper
    voucher_code: str = ""
    referral_code: str = ""

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
    extra: dict[str, Any] = field(default_factory=dict)

    def has_referral_hint(self) -> bool:
        return bool(self.voucher_code or self.referral_code)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["total"] = str(self.total)
        data["paid"] = str(self.paid)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OrderFacts:
        data = dict(data)
        shopper = data.pop("shopper")
        shopper["address_fingerprints"] = tuple(shopper.get("address_fingerprints", ()))
        shopper["phone_fingerprints"] = tuple(shopper.get("phone_fingerprints", ()))
        return cls(
            **{
                **data,
                "total": Decimal(data["total"]),
                "paid": Decimal(data["paid"]),
                "shopper": Shopper(**shopper),
            }
        )
