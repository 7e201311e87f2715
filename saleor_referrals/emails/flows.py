"""Which e-mail an event deserves, to whom, in which language.

Plain functions over our models (the Celery tasks in tasks.py are thin wrappers):
each loads what it needs, decides, builds the context in the recipient's language
and hands it to `send.deliver`, which makes the send idempotent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.utils import timezone, translation

from ..codes import create_code, get_or_create_code
from ..commerce import Customer, WalletUnavailable, get_commerce
from ..config import THANK_YOU_FIRST_ORDER
from ..models import (
    Referral,
    ReferralCode,
    ReferralProgram,
    ReferralStatus,
    Reward,
    RewardKind,
    RewardSide,
    RewardStatus,
)
from ..programs import active_program
from . import content
from .i18n import resolve_language
from .models import EmailLog
from .registry import (
    CONTEST_WON,
    DONATION_MADE,
    EVENT_INVITATION,
    FRIEND_ORDERED,
    INVITATION,
    MILESTONE_REACHED,
    NUDGE,
    REWARD_HELD,
    REWARD_RELEASED,
    REWARD_REVERSED,
    THANK_YOU,
    TIER_AT_RISK,
    TIER_PROMOTED,
)
from .send import Outcome, deliver

REWARD_EMAILS = {
    RewardStatus.HELD: REWARD_HELD.name,
    RewardStatus.ISSUED: REWARD_RELEASED.name,
    RewardStatus.CANCELLED: REWARD_REVERSED.name,
    RewardStatus.REVOKED: REWARD_REVERSED.name,
}
# A reward released within this time of being booked had no real hold: the
# "released" e-mail alone says it all.
NO_HOLD = timedelta(minutes=1)
# E-mails that count as the customer being asked to share lately.
RECENT_ASKS = (THANK_YOU.name, NUDGE.name, INVITATION.name)


def has_real_hold(reward: Reward) -> bool:
    return reward.release_at - reward.created_at >= NO_HOLD


def language_of(user: Any, *hints: str | None, program: ReferralProgram) -> str:
    return resolve_language(
        getattr(user, "language_code", None), *hints, default=program.email_language
    )


def _active_code(program: ReferralProgram, user: Any) -> ReferralCode | None:
    """The customer's code (created on first use), unless staff deactivated it."""
    code = get_or_create_code(program, user)
    return code if code.is_active else None


def _send(
    kind: str,
    event_key: str,
    *,
    program: ReferralProgram,
    recipient: str,
    customer: Any,
    language: str,
    build: Callable[[], dict[str, Any]],
) -> Outcome:
    """Build the context in the recipient's language, then deliver it once."""
    with translation.override(language):
        context = build()
    return deliver(
        kind=kind,
        event_key=event_key,
        recipient=recipient,
        program=program,
        language=language,
        context=context,
        customer_id=customer.pk,
    )


def thank_you(order: dict[str, Any], program: ReferralProgram | None = None) -> Outcome:
    """After a paid order: thank the customer and hand them their code and link.

    `order`: order_id, order_number, user_id, email, channel_slug, language_code.
    Guests have no account to hold a code, so they get nothing.
    """
    if program is None or program.channel_slug != order["channel_slug"]:
        program = active_program(order["channel_slug"])
    elif not program.is_active:  # `program`: the caller's, already loaded
        program = None
    if program is None or not THANK_YOU.enabled_for(program):
        return Outcome.DISABLED
    if not order.get("user_id"):
        return Outcome.DISABLED
    user = _customer_with_code(program, order["user_id"])
    if user is None or not user.is_active:
        return Outcome.DISABLED
    if not program.storefront_url:
        return Outcome.NO_LINK
    recipient = order.get("email") or user.email
    if program.thank_you_email == THANK_YOU_FIRST_ORDER:
        earlier = get_commerce().count_paid_orders(
            Customer(user.pk, recipient),
            channel_slug=program.channel_slug,
            exclude_order_id=str(order["order_id"]),
        )
        if earlier:
            return Outcome.DISABLED
    if user.referral_code is None:  # their first order: the code is made now
        code = create_code(program, user)
        active, code_text = code.is_active, code.code
    else:
        active, code_text = user.referral_code_is_active, user.referral_code
    if not active:
        return Outcome.DISABLED
    return _send(
        THANK_YOU.name,
        f"order:{order['order_id']}:paid",
        program=program,
        recipient=recipient,
        customer=user,
        language=language_of(user, order.get("language_code"), program=program),
        build=lambda: content.thank_you(
            program, user, code_text, order["order_number"]
        ),
    )


def _customer_with_code(program: ReferralProgram, user_id: int) -> Any:
    """The customer, with `referral_code` and `referral_code_is_active` of their
    code in `program` (None when they have none), in one query."""
    code = ReferralCode.objects.filter(program=program, user_id=OuterRef("pk"))
    return (
        get_user_model()
        .objects.filter(pk=user_id)
        .annotate(
            referral_code=Subquery(code.values("code")[:1]),
            referral_code_is_active=Subquery(code.values("is_active")[:1]),
        )
        .first()
    )


def invitation(
    program_id: int, advocate_id: int, email: str, message: str, language: str
) -> Outcome:
    """The advocate's invitation; one per (program, advocate, friend address)."""
    program = ReferralProgram.objects.filter(pk=program_id, is_active=True).first()
    advocate = get_user_model().objects.filter(pk=advocate_id).first()
    if program is None or advocate is None:
        return Outcome.DISABLED
    if not program.storefront_url:
        return Outcome.NO_LINK
    if (code := _active_code(program, advocate)) is None:
        return Outcome.DISABLED
    return _send(
        INVITATION.name,
        f"invite:{program.pk}:{advocate.pk}",
        program=program,
        recipient=email,
        customer=advocate,
        # The friend's language is unknown: the caller's choice, else the channel's.
        language=resolve_language(language, default=program.email_language),
        build=lambda: content.invitation(program, advocate, code.code, message),
    )


def referral_status(referral_id: int, status: str) -> Outcome:
    """A friend placed an order with the advocate's code (pending)."""
    referral = (
        Referral.objects.select_related("program", "advocate", "friend", "code")
        .filter(pk=referral_id)
        .first()
    )
    return referral_status_of(referral, status)


def referral_status_of(referral: Referral | None, status: str) -> Outcome:
    """`referral_status` for a referral already in memory (a task's own instance)."""
    if referral is None or status != ReferralStatus.PENDING:
        return Outcome.DISABLED
    _load_people(referral)
    advocate = referral.advocate
    # Undone before we could tell: the news would be wrong by the time it lands.
    undone = referral.status in (ReferralStatus.REJECTED, ReferralStatus.REVERSED)
    if advocate is None or not advocate.email or undone:
        return Outcome.DISABLED
    return _send(
        FRIEND_ORDERED.name,
        f"referral:{referral.pk}:{status}",
        program=referral.program,
        recipient=advocate.email,
        customer=advocate,
        language=language_of(advocate, program=referral.program),
        build=lambda: content.friend_ordered(referral),
    )


def _load_people(referral: Referral) -> None:
    """The advocate and the friend of an instance that has only their ids: one
    query for both."""
    fields = [Referral._meta.get_field(name) for name in ("advocate", "friend")]
    missing = [
        field
        for field in fields
        if not field.is_cached(referral) and getattr(referral, field.attname)
    ]
    if not missing:
        return
    users = get_user_model().objects.in_bulk(
        {getattr(referral, field.attname) for field in missing}
    )
    for field in missing:
        field.set_cached_value(referral, users.get(getattr(referral, field.attname)))


def reward_status(reward_id: int, status: str) -> Outcome:
    """Reward held until a date, released, or reversed (cancelled or revoked)."""
    reward = (
        Reward.objects.select_related("program", "recipient")
        .filter(pk=reward_id)
        .first()
    )
    return reward_status_of(reward, status)


def reward_status_of(reward: Reward | None, status: str) -> Outcome:
    """`reward_status` for a reward already in memory (a task's own instance)."""
    kind = REWARD_EMAILS.get(status)
    if reward is None or kind is None or reward.side != RewardSide.ADVOCATE:
        return Outcome.DISABLED
    recipient = reward.recipient
    if recipient is None or not recipient.email:
        return Outcome.DISABLED
    if kind == REWARD_HELD.name and (
        reward.status != RewardStatus.HELD or not has_real_hold(reward)
    ):
        return Outcome.DISABLED
    return _send(
        kind,
        f"reward:{reward.pk}:{status}",
        program=reward.program,
        recipient=recipient.email,
        customer=recipient,
        language=language_of(recipient, program=reward.program),
        build=lambda: _reward_context(kind, reward),
    )


def _reward_context(kind: str, reward: Reward) -> dict[str, Any]:
    if kind == REWARD_HELD.name:
        return content.reward_held(reward)
    has_card = reward.kind == RewardKind.STORE_CREDIT and reward.gift_card_id
    # The release's own instance carries the card as its credit left it.
    card = getattr(reward, "credited_card", None) if has_card else None
    if card is not None and str(card.gift_card_id) != str(reward.gift_card_id):
        card = None
    try:
        if has_card and card is None:
            card = get_commerce().wallet_card(reward.gift_card_id)
    except WalletUnavailable:  # the operator deleted the card in the Dashboard
        card = None
    balance = card.balance if card else None
    if kind == REWARD_RELEASED.name:
        code = card.code if card else ""
        return content.reward_released(reward, balance=balance, card_code=code)
    return content.reward_reversed(reward, balance=balance)


def nudge_candidates(
    program: ReferralProgram, *, now: Any = None, limit: int = 500
) -> QuerySet[ReferralCode]:
    """Codes whose owner has not referred, been asked or invited anyone lately."""
    cutoff = (now or timezone.now()) - timedelta(days=program.nudge_after_days)
    recent_referral = Referral.objects.filter(
        code_id=OuterRef("pk"), created_at__gt=cutoff
    )
    recent_ask = EmailLog.objects.filter(
        customer_id=OuterRef("user_id"), kind__in=RECENT_ASKS, created_at__gt=cutoff
    )
    return (
        ReferralCode.objects.filter(
            program=program,
            is_active=True,
            created_at__lte=cutoff,
            user__is_active=True,
        )
        .exclude(user__email="")
        .filter(~Exists(recent_referral), ~Exists(recent_ask))
        .select_related("user")
        .order_by("pk")[:limit]
    )


def nudge(program: ReferralProgram, code: ReferralCode, *, now: Any = None) -> Outcome:
    user = code.user
    day = (now or timezone.now()).date().isoformat()
    return _send(
        NUDGE.name,
        f"nudge:{code.pk}:{day}",
        program=program,
        recipient=user.email,
        customer=user,
        language=language_of(user, program=program),
        build=lambda: content.nudge(program, user, code.code),
    )


def nudge_programs() -> QuerySet[ReferralProgram]:
    return ReferralProgram.objects.filter(
        is_active=True, nudge_after_days__gt=0
    ).exclude(storefront_url="")


def tier_change(change_id: int) -> Outcome:
    """Promoted to a tier (with its perks), or at risk of losing it; once each."""
    from ..tiers.models import TierChange

    change = (
        TierChange.objects.select_related(
            "membership__program", "membership__advocate", "to_tier"
        )
        .filter(pk=change_id)
        .first()
    )
    return tier_change_of(change)


def tier_change_of(change: Any) -> Outcome:
    """`tier_change` for a change in memory (its membership with program and
    advocate, and its tier)."""
    from ..converted import converted_referrals
    from ..tiers.models import TierChangeKind
    from ..tiers.rules import window_of

    if change is None or change.to_tier is None:
        return Outcome.DISABLED
    membership, tier = change.membership, change.to_tier
    program, user = membership.program, membership.advocate
    if not program.is_active or not user.email or not user.is_active:
        return Outcome.DISABLED
    language = language_of(user, program=program)
    event_key = f"tier-change:{change.pk}"
    if change.kind == TierChangeKind.PROMOTED:
        if membership.tier_id != tier.pk:  # already moved on: old news
            return Outcome.DISABLED
        from ..tiers.perks import entry_reward_key

        # A tier without an entry reward paid none: no query.
        gift_paid = bool(tier.entry_reward_kind and tier.entry_reward_value) and (
            Reward.objects.filter(idempotency_key=entry_reward_key(user.pk, tier))
            .exclude(status=RewardStatus.CANCELLED)
            .exists()
        )
        return _send(
            TIER_PROMOTED.name,
            event_key,
            program=program,
            recipient=user.email,
            customer=user,
            language=language,
            build=lambda: content.tier_promoted(
                program,
                user,
                tier,
                language,
                change.converted_referrals,
                membership.member_code,
                welcome_gift_paid=gift_paid,
            ),
        )
    if change.kind == TierChangeKind.AT_RISK:
        if membership.demote_after is None or membership.tier_id != tier.pk:
            return Outcome.DISABLED  # climbed back, or already demoted
        window = window_of(tier)
        counted = converted_referrals(
            user.pk, program.pk, since=window.start(timezone.now())
        )
        code = ReferralCode.objects.filter(
            program=program, user=user, is_active=True
        ).first()
        share_url = (
            program.share_url(code.code) if code and program.storefront_url else ""
        )
        return _send(
            TIER_AT_RISK.name,
            event_key,
            program=program,
            recipient=user.email,
            customer=user,
            language=language,
            build=lambda: content.tier_at_risk(
                program,
                user,
                tier,
                language,
                membership.demote_after,
                max(tier.min_referrals - counted, 1),
                share_url,
            ),
        )
    return Outcome.DISABLED


def milestone_reached(badge_id: int) -> Outcome:
    from ..converted import converted_referrals
    from ..tiers.models import Badge

    badge = (
        Badge.objects.select_related("milestone__program", "advocate")
        .filter(pk=badge_id)
        .first()
    )
    if badge is None:
        return Outcome.DISABLED
    program, user, milestone = badge.milestone.program, badge.advocate, badge.milestone
    if not program.is_active or not user.email or not user.is_active:
        return Outcome.DISABLED
    language = language_of(user, program=program)
    converted = max(converted_referrals(user.pk, program.pk), milestone.referrals)
    return _send(
        MILESTONE_REACHED.name,
        f"badge:{badge.pk}",
        program=program,
        recipient=user.email,
        customer=user,
        language=language,
        build=lambda: content.milestone_reached(
            program, user, milestone, language, converted
        ),
    )


def contest_won(prize_id: int) -> Outcome:
    """A contest winner hears what they won, once per prize."""
    from ..campaigns.models import ContestPrize

    prize = (
        ContestPrize.objects.select_related("contest__program", "winner")
        .filter(pk=prize_id)
        .first()
    )
    if prize is None or prize.winner is None:
        return Outcome.DISABLED
    contest, user = prize.contest, prize.winner
    program = contest.program
    if not program.is_active or not user.email or not user.is_active:
        return Outcome.DISABLED
    language = language_of(user, program=program)
    return _send(
        CONTEST_WON.name,
        f"contest-prize:{prize.pk}",
        program=program,
        recipient=user.email,
        customer=user,
        language=language,
        build=lambda: content.contest_won(program, user, contest, prize, language),
    )


def event_invitation(invitation_id: int) -> Outcome:
    """A member's invitation with their guest passes, once per invitation."""
    from ..events.models import EventInvitation

    invitation = (
        EventInvitation.objects.select_related("event__program", "member")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None:
        return Outcome.DISABLED
    event, user = invitation.event, invitation.member
    program = event.program
    if not program.is_active or not event.is_active or not user.email:
        return Outcome.DISABLED
    codes = list(invitation.passes.values_list("code", flat=True))
    language = language_of(user, program=program)
    return _send(
        EVENT_INVITATION.name,
        f"event_invitation:{invitation.pk}",
        program=program,
        recipient=user.email,
        customer=user,
        language=language,
        build=lambda: content.event_invitation(program, user, event, codes),
    )


def donation_made(reward_id: int) -> Outcome:
    """The advocate hears of a donation made on their behalf, once per donation."""
    from ..causes.models import Donation

    donation = (
        Donation.objects.select_related("cause", "reward__program", "reward__recipient")
        .filter(reward_id=reward_id)
        .first()
    )
    return donation_made_of(donation)


def donation_made_of(donation: Any) -> Outcome:
    """`donation_made` for a donation in memory (with its cause, and its reward's
    program and recipient)."""
    if donation is None or donation.reward.status != RewardStatus.ISSUED:
        return Outcome.DISABLED
    reward, user = donation.reward, donation.reward.recipient
    if user is None or not user.email or not reward.program.is_active:
        return Outcome.DISABLED
    language = language_of(user, program=reward.program)
    return _send(
        DONATION_MADE.name,
        f"donation:{reward.pk}",
        program=reward.program,
        recipient=user.email,
        customer=user,
        language=language,
        build=lambda: content.donation_made(reward, donation.cause),
    )
