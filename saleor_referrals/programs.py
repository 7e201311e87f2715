"""A channel's program: mirrored from the plugin configuration into our table and
into the channel's friend voucher in Saleor."""

from __future__ import annotations

from django.conf import settings as django_settings
from django.db import DEFAULT_DB_ALIAS, transaction

from .campaigns.models import Campaign, CampaignState
from .commerce import FriendVoucherSpec, get_commerce
from .config import ProgramSettings
from .models import ReferralProgram, RewardKind


def live_campaign(
    program: ReferralProgram, using: str = DEFAULT_DB_ALIAS
) -> Campaign | None:
    """The campaign whose offer the switch task put on the friend voucher."""
    return (
        Campaign.objects.using(using)
        .filter(program=program, state=CampaignState.LIVE)
        .first()
    )


def friend_voucher_spec(
    program: ReferralProgram, campaign: Campaign | None = None
) -> FriendVoucherSpec:
    """The friend voucher as it must be: the program's offer, or `campaign`'s when
    that campaign is live and overrides it."""
    # The Dashboard lists this voucher among the shop's own: the name says what its
    # codes are and where the offer is changed.
    name = (
        f"Referral codes ({program.channel_slug}): customers' personal codes, "
        "managed in Extensions > Referrals settings"
    )
    if campaign is not None and campaign.overrides_friend_offer:
        return FriendVoucherSpec(
            channel_slug=program.channel_slug,
            currency=program.currency,
            name=f"{name}; campaign: {campaign.name}"[:255],
            discount_type=campaign.friend_discount_type,
            value=campaign.friend_discount_value,
            min_spent=campaign.friend_min_spent,
            active=program.is_active,
            once_per_customer=friend_once_per_customer(),
        )
    return FriendVoucherSpec(
        channel_slug=program.channel_slug,
        currency=program.currency,
        name=name,
        discount_type=program.friend_discount_type,
        value=program.friend_discount_value,
        min_spent=program.friend_min_spent,
        active=program.is_active,
        once_per_customer=friend_once_per_customer(),
    )


def friend_once_per_customer() -> bool:
    """Whether the friend voucher carries Saleor's own once-per-customer rule:
    `REFERRALS_FRIEND_ONCE_PER_CUSTOMER`, on in App mode, where no in-request
    check stops a friend's second referral discount (the plugin's
    `preprocess_order_creation` does in plugin mode)."""
    return bool(getattr(django_settings, "REFERRALS_FRIEND_ONCE_PER_CUSTOMER", False))


def sync_program(
    *, channel_slug: str, currency: str, settings: ProgramSettings, active: bool
) -> ReferralProgram:
    """Store the channel's settings and bring its friend voucher in line with them."""
    with transaction.atomic():
        program, _ = ReferralProgram.objects.select_for_update(
            no_key=True
        ).get_or_create(channel_slug=channel_slug, defaults={"currency": currency})
        for name, value in settings.as_model_fields().items():
            setattr(program, name, value)
        program.currency = currency
        program.is_active = active
        commerce = get_commerce()
        # The program row is locked, as the campaign switch locks it: saving the
        # settings during a live campaign keeps the campaign's offer in force.
        program.friend_voucher_id = commerce.save_friend_voucher(
            program.friend_voucher_id,
            friend_voucher_spec(program, live_campaign(program)),
        )
        if program.advocate_reward_type == RewardKind.STORE_CREDIT:
            commerce.prepare_wallets()
        program.save()
    return program


def active_program(
    channel_slug: str, using: str = DEFAULT_DB_ALIAS
) -> ReferralProgram | None:
    return (
        ReferralProgram.objects.using(using)
        .filter(channel_slug=channel_slug, is_active=True)
        .first()
    )
