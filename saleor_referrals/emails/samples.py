"""Sample data for previews: every e-mail, in any language, without a database.

Unsaved model instances stand in for the real ones, with values typical of a shop
in each language's first market.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone

from ..campaigns.models import Contest, ContestPrize
from ..causes.models import Cause
from ..events.models import Event
from ..models import (
    Referral,
    ReferralCode,
    ReferralProgram,
    Reward,
    RewardKind,
    RewardSide,
    RewardStatus,
)
from ..tiers.models import Milestone, Tier
from . import content
from .registry import EMAILS


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    email: str
    pk: int = 0


@dataclass(frozen=True)
class Market:
    currency: str
    scale: int  # sample amounts are multiplied by this (a rial is worth little)
    advocate: Person
    friend: Person
    message: str
    terms: str


MARKETS = {
    "en": Market(
        "USD",
        1,
        Person("Ada", "Lovelace", "ada@example.com"),
        Person("Bob", "Builder", "bob@example.com"),
        "You'll love their coffee <3 Trust me & try the Ethiopian one!",
        "One discount per new customer. Rewards are paid after the 14-day return "
        "window.",
    ),
    "fa": Market(
        "IRR",
        50_000,
        Person("سارا", "احمدی", "sara@example.com"),
        Person("علی", "رضایی", "ali@example.com"),
        "قهوه‌هایشان عالی است! حتماً قهوهٔ اتیوپی را امتحان کن.",
        "هر مشتری جدید فقط یک بار تخفیف می‌گیرد. پاداش پس از پایان مهلت ۱۴ روزهٔ "
        "مرجوعی پرداخت می‌شود.",
    ),
    "ar": Market(
        "AED",
        4,
        Person("ليلى", "حسن", "layla@example.com"),
        Person("عمر", "خالد", "omar@example.com"),
        "ستحب قهوتهم كثيرًا! جرّب القهوة الإثيوبية.",
        "خصم واحد لكل عميل جديد. تُصرف المكافآت بعد انتهاء فترة الإرجاع البالغة ١٤ "
        "يومًا.",
    ),
}
CODE = "ADA7K3QX"


def sample_program(language: str) -> ReferralProgram:
    market = MARKETS.get(language, MARKETS["en"])
    return ReferralProgram(
        channel_slug=f"sample-{language}",
        currency=market.currency,
        is_active=True,
        friend_discount_type="percentage",
        friend_discount_value=Decimal("15"),
        friend_min_spent=Decimal("30") * market.scale,
        advocate_reward_type=RewardKind.VOUCHER,
        advocate_reward_value=Decimal("20") * market.scale,
        hold_days=14,
        storefront_url="https://shop.example.com/",
        terms=market.terms,
        email_language=language,
        email_sender_name="Example Coffee",
    )


def _reward(program: ReferralProgram, market: Market, **fields: Any) -> Reward:
    now = timezone.now()
    values = {
        "program": program,
        "recipient": market.advocate,
        "side": RewardSide.ADVOCATE,
        "kind": RewardKind.VOUCHER,
        "amount": Decimal("20") * market.scale,
        "currency": market.currency,
        "status": RewardStatus.HELD,
        "release_at": now + timedelta(days=14),
        "created_at": now,
    } | fields
    recipient = values.pop("recipient")
    reward = Reward(**values)
    # A dataclass stands in for the user: set the cache, not the descriptor.
    reward._state.fields_cache["recipient"] = recipient
    return reward


def sample_context(name: str, language: str) -> dict[str, Any]:
    """Context for e-mail `name`; call under `translation.override(language)`."""
    market = MARKETS.get(language, MARKETS["en"])
    program = sample_program(language)
    advocate, scale = market.advocate, market.scale
    if name == "thank_you":
        return content.thank_you(program, advocate, CODE, "1042")
    if name == "nudge":
        return content.nudge(program, advocate, CODE)
    if name == "invitation":
        return content.invitation(program, advocate, CODE, market.message)
    if name == "friend_ordered":
        referral = Referral(program=program)
        referral._state.fields_cache.update(
            advocate=advocate,
            friend=market.friend,
            code=ReferralCode(code=CODE, program=program),
        )
        return content.friend_ordered(referral)
    if name == "reward_held":
        return content.reward_held(_reward(program, market))
    if name == "reward_released":
        reward = _reward(
            program,
            market,
            status=RewardStatus.ISSUED,
            voucher_code="THANKS-7Q2M9KXW4P",
        )
        return content.reward_released(reward)
    if name == "reward_released_store_credit":
        reward = _reward(
            program, market, status=RewardStatus.ISSUED, kind=RewardKind.STORE_CREDIT
        )
        balance = Decimal("35") * scale
        return content.reward_released(
            reward, balance=balance, card_code="CREDIT-9XK2M7QP"
        )
    if name == "reward_reversed":
        reward = _reward(
            program,
            market,
            status=RewardStatus.REVOKED,
            kind=RewardKind.STORE_CREDIT,
            revoked_amount=Decimal("12") * scale,
            shortfall_amount=Decimal("8") * scale,
            status_reason="order fully refunded; 8.00 USD had already been spent",
        )
        return content.reward_reversed(reward, balance=Decimal("0"))
    if name in ("tier_promoted", "tier_at_risk"):
        tier = Tier(
            name="Gold",
            name_translations={"fa": "طلایی", "ar": "الذهبي"},
            rank=2,
            min_referrals=5,
            reward_multiplier=Decimal("1.5"),
            entry_reward_kind=RewardKind.STORE_CREDIT,
            entry_reward_value=Decimal("10") * scale,
            member_discount_percent=Decimal("10"),
            early_access_collection_ids=["7"],
        )
        if name == "tier_promoted":
            return content.tier_promoted(
                program, advocate, tier, language, 5, "VIP-7Q2M9KXW"
            )
        return content.tier_at_risk(
            program,
            advocate,
            tier,
            language,
            timezone.now() + timedelta(days=30),
            1,
            program.share_url(CODE),
        )
    if name == "milestone_reached":
        milestone = Milestone(
            slug="three-friends",
            name="Three friends",
            name_translations={"fa": "سه دوست", "ar": "ثلاثة أصدقاء"},
            referrals=3,
            bonus_kind=RewardKind.VOUCHER,
            bonus_value=Decimal("10") * scale,
        )
        return content.milestone_reached(program, advocate, milestone, language, 3)
    if name == "contest_won":
        contest = Contest(
            name="Spring challenge",
            name_translations={"fa": "چالش بهاری", "ar": "تحدي الربيع"},
        )
        prize = ContestPrize(
            method="rank",
            position=1,
            kind=RewardKind.STORE_CREDIT,
            amount=Decimal("50") * scale,
            winner_referrals=7,
        )
        return content.contest_won(program, advocate, contest, prize, language)
    if name == "event_invitation":
        event = Event(name="Spring launch night", starts_at=timezone.now())
        return content.event_invitation(
            program, advocate, event, ["PASS-7Q2M9KXW", "PASS-K3TD8WQA"]
        )
    if name == "donation_made":
        reward = _reward(
            program, market, status=RewardStatus.ISSUED, kind=RewardKind.DONATION
        )
        cause = Cause(name="Clean rivers", url="https://rivers.example.org/")
        return content.donation_made(reward, cause)
    raise KeyError(name)


def sample_names() -> list[tuple[str, str]]:
    """(preview name, e-mail name): every e-mail, plus variants worth a look."""
    names = [(name, name) for name in EMAILS]
    names.append(("reward_released_store_credit", "reward_released"))
    return names
