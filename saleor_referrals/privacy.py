"""A deleted customer leaves no personal data in the referral tables.

Amounts, statuses and dates stay for accounting; e-mails and the link to the account
go. Runs on the user model's `pre_delete` (Saleor's customer hooks do not reach a
per-channel plugin), inside the deleting transaction.
"""

from __future__ import annotations

from .codes import saleor_codes
from .commerce import get_commerce
from .events.models import EventPass
from .models import Referral, ReferralCode
from .signups.service import reverse_signup_rewards
from .tiers.models import TierMembership


def anonymize_customer(user) -> None:
    codes = list(ReferralCode.objects.filter(user=user).values_list("code", flat=True))
    if codes:
        ReferralCode.objects.filter(user=user).update(is_active=False)
        get_commerce().set_voucher_codes_active(
            [alias for code in codes for alias in saleor_codes(code)], False
        )
    reverse_signup_rewards(user)
    # A guest who redeemed a pass before (or after) opening the account.
    if user.email:
        EventPass.objects.filter(redeemed_email__iexact=user.email).update(
            redeemed_email=""
        )
    Referral.objects.filter(friend=user).update(
        friend_email="", friend_email_normalized=""
    )
    # Tier memberships go with the account; their member codes must not outlive
    # them in the shop, where anyone could then use them.
    member_codes = list(
        TierMembership.objects.filter(advocate=user)
        .exclude(member_code="")
        .values_list("member_code", flat=True)
    )
    if member_codes:
        get_commerce().remove_voucher_codes(member_codes)


def on_user_delete(sender, instance, **kwargs) -> None:
    from .writer import allow_writer

    with allow_writer():
        anonymize_customer(instance)
