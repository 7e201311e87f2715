"""The commerce port and the way to reach the configured implementation."""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from .port import (
    CheckoutNotFound,
    CommercePort,
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

DEFAULT_COMMERCE = "saleor_referrals.commerce.saleor_adapter.SaleorCommerce"

__all__ = [
    "CheckoutNotFound",
    "CommercePort",
    "Customer",
    "Fingerprints",
    "FriendVoucherSpec",
    "FriendVoucherState",
    "IssuedVoucher",
    "PromoCodeRejected",
    "WalletCard",
    "WalletCredit",
    "WalletDebit",
    "WalletUnavailable",
    "get_commerce",
]


@cache
def _load(path: str) -> CommercePort:
    return import_string(path)()


def get_commerce() -> CommercePort:
    """The implementation named by `REFERRALS_COMMERCE` (Saleor's by default)."""
    return _load(getattr(settings, "REFERRALS_COMMERCE", DEFAULT_COMMERCE))
