"""What each e-mail says, as template context, in the active language.

Callers run these under `translation.override(language)`; amounts and dates are
formatted here so that templates only place them.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.utils.translation import pgettext

from ..commerce import get_commerce
from ..models import DiscountType, ReferralProgram, RewardKind, RewardStatus
from .i18n import active_language, long_date, money, number, order_number, percent

# What a template can rely on in every e-mail (besides the layout's own keys).
Context = dict[str, Any]


def first_name(user: Any) -> str:
    return (getattr(user, "first_name", "") or "").strip()


def display_name(user: Any) -> str:
    """`Ada L.`: how an advocate is named to a friend, never with an e-mail."""
    first = first_name(user)
    last = (getattr(user, "last_name", "") or "").strip()
    if first and last:
        return f"{first} {last[0]}."
    return first or pgettext("referrals", "A friend")


def brand(program: ReferralProgram) -> str:
    """The e-mail's header: the channel's sender name, else the shop's name (Saleor's
    Site name, as in Saleor's own e-mails), else the storefront's host."""
    return (
        program.email_sender_name
        or get_commerce().shop_name()
        or urlsplit(program.storefront_url).hostname
        or ""
    )


def storefront_home(program: ReferralProgram) -> str:
    parts = urlsplit(program.storefront_url)
    return f"{parts.scheme}://{parts.netloc}/" if parts.netloc else ""


def friend_offer(program: ReferralProgram) -> str:
    """A noun phrase: `a 15% discount`, `a $10.00 discount`, `free shipping`."""
    kind = program.friend_discount_type
    if kind == DiscountType.FREE_SHIPPING:
        return pgettext("referrals", "free shipping")
    if kind == DiscountType.FIXED:
        amount = money(program.friend_discount_value, program.currency)
        return pgettext("referrals", "a %(amount)s discount") % {"amount": amount}
    return pgettext("referrals", "a %(percent)s discount") % {
        "percent": percent(program.friend_discount_value)
    }


def offer_condition(program: ReferralProgram) -> str:
    if not program.friend_min_spent:
        return ""
    minimum = money(program.friend_min_spent, program.currency)
    return pgettext("referrals", "Valid on a first order of %(amount)s or more.") % {
        "amount": minimum
    }


def reward_text(kind: str, amount: str) -> str:
    """`a $20.00 voucher`, `$20.00 in store credit`."""
    if kind == RewardKind.STORE_CREDIT:
        return pgettext("referrals", "%(amount)s in store credit") % {"amount": amount}
    return pgettext("referrals", "a %(amount)s voucher") % {"amount": amount}


def advocate_reward(program: ReferralProgram) -> str:
    amount = money(program.advocate_reward_value, program.currency)
    return reward_text(program.advocate_reward_type, amount)


def program_context(program: ReferralProgram) -> Context:
    return {
        "brand": brand(program),
        "storefront_url": storefront_home(program),
        "friend_offer": friend_offer(program),
        "offer_condition": offer_condition(program),
        "advocate_reward": advocate_reward(program),
        "hold_days": program.hold_days,
    }


def share_context(program: ReferralProgram, code: str) -> Context:
    """The ask: code, link, offer, and the terms that come with the offer."""
    return {
        **program_context(program),
        "code": code,
        "share_url": program.share_url(code),
        "terms": program.terms_in(active_language()),
    }


def thank_you(program: ReferralProgram, user: Any, code: str, number: str) -> Context:
    return {
        **share_context(program, code),
        "name": first_name(user),
        "order_number": order_number(number),
    }


def invitation(
    program: ReferralProgram, advocate: Any, code: str, message: str
) -> Context:
    return {
        **share_context(program, code),
        "advocate_name": display_name(advocate),
        "message": message.strip(),
    }


def nudge(program: ReferralProgram, user: Any, code: str) -> Context:
    return {**share_context(program, code), "name": first_name(user)}


def friend_ordered(referral: Any) -> Context:
    program = referral.program
    shared = (
        share_context(program, referral.code.code) if program.storefront_url else {}
    )
    return {
        **program_context(program),
        **shared,
        "name": first_name(referral.advocate),
        # First name only: the advocate knows whom they invited; no more is needed.
        "friend_name": first_name(referral.friend) if referral.friend else "",
    }


def _reward_context(reward: Any) -> Context:
    amount = money(reward.amount, reward.currency)
    return {
        **program_context(reward.program),
        "name": first_name(reward.recipient),
        "amount": amount,
        "reward_text": reward_text(reward.kind, amount),
        "is_store_credit": reward.kind == RewardKind.STORE_CREDIT,
    }


def reward_held(reward: Any) -> Context:
    return {**_reward_context(reward), "release_date": long_date(reward.release_at)}


def reward_released(
    reward: Any, *, balance: Any = None, card_code: str = ""
) -> Context:
    return {
        **_reward_context(reward),
        "voucher_code": reward.voucher_code,
        "card_code": card_code,
        "balance": money(balance, reward.currency) if balance is not None else "",
    }


def reversal_reason(reason: str) -> str:
    """Why, in the customer's words; the ledger's reasons are for staff."""
    if reason.startswith("order cancelled"):
        return pgettext("referrals", "your friend's order was cancelled")
    if reason.startswith("order fully refunded"):
        return pgettext("referrals", "your friend's order was refunded")
    if reason.startswith("order partially refunded"):
        return pgettext(
            "referrals",
            "your friend's order was partly refunded and no longer reaches the "
            "minimum order total",
        )
    return pgettext(
        "referrals", "your friend's order no longer qualifies for the program"
    )


def reward_reversed(reward: Any, *, balance: Any = None) -> Context:
    currency = reward.currency
    store_credit = reward.kind == RewardKind.STORE_CREDIT
    return {
        **_reward_context(reward),
        "reason": reversal_reason(reward.status_reason),
        "was_held": reward.status == RewardStatus.CANCELLED,
        "voucher_code": reward.voucher_code,
        "voucher_deactivated": bool(reward.voucher_code and reward.revoked_amount),
        "voucher_used": bool(reward.voucher_code and reward.shortfall_amount),
        "debited": money(reward.revoked_amount, currency)
        if store_credit and reward.revoked_amount
        else "",
        "credit_shortfall": money(reward.shortfall_amount, currency)
        if store_credit and reward.shortfall_amount
        else "",
        "balance": money(balance, currency) if balance is not None else "",
    }


# --- tiers and milestones ---------------------------------------------------------


def tier_perks(
    tier: Any, program: ReferralProgram, *, with_welcome_gift: bool = True
) -> list[str]:
    """What a tier gives, one sentence each, in the active language."""
    currency = program.currency
    perks = []
    if tier.reward_multiplier is not None:
        perks.append(
            pgettext(
                "referrals",
                "%(multiplier)s times the reward for every friend who orders",
            )
            % {"multiplier": number(tier.reward_multiplier)}
        )
    if tier.reward_fixed is not None:
        perks.append(
            pgettext("referrals", "%(amount)s for every friend who orders")
            % {"amount": money(tier.reward_fixed, currency)}
        )
    if tier.member_discount_percent:
        perks.append(
            pgettext(
                "referrals", "%(percent)s off your own orders with your member code"
            )
            % {"percent": percent(tier.member_discount_percent)}
        )
    if tier.early_access_collection_ids:
        perks.append(
            pgettext(
                "referrals", "Early access to new collections before everyone else"
            )
        )
    if with_welcome_gift and tier.entry_reward_kind and tier.entry_reward_value:
        amount = money(tier.entry_reward_value, currency)
        perks.append(
            pgettext("referrals", "A welcome gift: %(reward)s")
            % {"reward": reward_text(tier.entry_reward_kind, amount)}
        )
    return perks


def tier_promoted(
    program: ReferralProgram,
    user: Any,
    tier: Any,
    language: str,
    converted: int,
    member_code: str,
    welcome_gift_paid: bool = True,
) -> Context:
    return {
        **program_context(program),
        "name": first_name(user),
        "tier_name": tier.translated_name(language),
        "converted": number(converted),
        "perks": tier_perks(tier, program, with_welcome_gift=welcome_gift_paid),
        "member_code": member_code,
    }


def tier_at_risk(
    program: ReferralProgram,
    user: Any,
    tier: Any,
    language: str,
    until: Any,
    needed: int,
    share_url: str,
) -> Context:
    return {
        **program_context(program),
        "name": first_name(user),
        "tier_name": tier.translated_name(language),
        "until": long_date(until),
        "needed": number(needed),
        "share_url": share_url,
    }


def milestone_reached(
    program: ReferralProgram,
    user: Any,
    milestone: Any,
    language: str,
    converted: int,
) -> Context:
    bonus = ""
    if milestone.bonus_kind and milestone.bonus_value:
        bonus = reward_text(
            milestone.bonus_kind, money(milestone.bonus_value, program.currency)
        )
    return {
        **program_context(program),
        "name": first_name(user),
        "badge_name": milestone.translated_name(language),
        "converted": number(converted),
        "bonus": bonus,
    }


# --- contests --------------------------------------------------------------------


def contest_won(
    program: ReferralProgram,
    user: Any,
    contest: Any,
    prize: Any,
    language: str,
) -> Context:
    if prize.kind == "physical":
        prize_text = prize.description
    else:
        prize_text = reward_text(prize.kind, money(prize.amount, program.currency))
    if prize.method == "rank":
        how = pgettext("referrals", "You finished in place %(place)s.") % {
            "place": number(prize.position)
        }
    else:
        how = pgettext("referrals", "You were drawn among the contest's entrants.")
    return {
        **program_context(program),
        "name": first_name(user),
        "contest_name": contest.translated_name(language),
        "prize": prize_text,
        "how": how,
        "converted": number(prize.winner_referrals),
        "physical": prize.kind == "physical",
    }


def event_invitation(
    program: ReferralProgram, user: Any, event: Any, codes: list[str]
) -> Context:
    return {
        **program_context(program),
        "name": first_name(user),
        "event_name": event.name,
        "event_date": long_date(event.starts_at),
        "pass_codes": ", ".join(codes),
    }


def donation_made(reward: Any, cause: Any) -> Context:
    return {
        **program_context(reward.program),
        "name": first_name(reward.recipient),
        "amount": money(reward.amount, reward.currency),
        "cause_name": cause.name,
        "cause_url": cause.url,
    }
