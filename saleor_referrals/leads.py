"""Leads: a friend attributed to an advocate before any order (a sign-up with a
code, a redeemed event pass).

A lead is a pending `Referral` without an order. The friend stays with the first
advocate who brought them (the same database constraint as for orders), and their
first paid order later becomes the lead's order and qualifies as any referral.
"""

from __future__ import annotations

from dataclasses import replace

from django.db import IntegrityError, transaction
from django.db.models import Q

from .facts import OrderFacts, Shopper
from .history import record_referral_status
from .identity import normalize_email
from .models import Referral, ReferralCode, ReferralStatus, ReferralStatusChange
from .money import quantize


def note_lead(referral: Referral, from_status: str, reason: str) -> None:
    """Recorded, not announced: the status e-mails would tell the advocate that a
    friend ordered."""
    ReferralStatusChange.objects.create(
        referral=referral,
        from_status=from_status,
        to_status=referral.status,
        reason=reason[:255],
    )


def friend_match(shopper: Shopper) -> Q:
    email = normalize_email(shopper.email)
    match = Q(friend_email_normalized=email) if email else Q(pk__in=[])
    if shopper.user_id is not None:
        match |= Q(friend_id=shopper.user_id)
    return match


def record_lead(
    code: ReferralCode, shopper: Shopper, *, source: str, reason: str
) -> tuple[Referral, bool]:
    """(the friend's referral in this program, whether it was created now).

    A friend already referred keeps their referral; a self-referral is recorded as
    rejected. Idempotent: running it twice for the same friend creates one row.
    """
    from .referrals import is_self_referral

    existing = (
        Referral.objects.filter(friend_match(shopper), program_id=code.program_id)
        .exclude(status=ReferralStatus.REJECTED)
        .first()
    )
    if existing is not None:
        return existing, False
    referral = Referral(
        program_id=code.program_id,
        code=code,
        advocate_id=code.user_id,
        friend_id=shopper.user_id,
        friend_email=shopper.email,
        friend_email_normalized=normalize_email(shopper.email),
        source=source,
        currency=code.program.currency,
    )
    if is_self_referral(code, shopper):
        return _record_self_referral(referral, source)
    try:
        with transaction.atomic():
            referral.save()
            note_lead(referral, "", reason)
    except IntegrityError:
        # Another worker recorded this friend a moment ago.
        return (
            Referral.objects.filter(friend_match(shopper), program_id=code.program_id)
            .exclude(status=ReferralStatus.REJECTED)
            .get(),
            False,
        )
    return referral, True


SELF_REFERRAL_REASON = "self-referral: the advocate used their own code"


def _record_self_referral(referral: Referral, source: str) -> tuple[Referral, bool]:
    """The advocate came back with their own code: one rejected lead per code and
    source, with the reason, however often the sign-up (or the pass) is delivered.

    No unique constraint covers rejected rows, so the code's row is locked while
    looking: deliveries of the same sign-up queue here.
    """
    with transaction.atomic():
        ReferralCode.objects.select_for_update(no_key=True).filter(
            pk=referral.code_id
        ).first()
        shopper = Shopper(referral.friend_id, referral.friend_email)
        existing = Referral.objects.filter(
            friend_match(shopper),
            code_id=referral.code_id,
            source=source,
            status=ReferralStatus.REJECTED,
            order_id__isnull=True,
        ).first()
        if existing is not None:
            return existing, False
        referral.status = ReferralStatus.REJECTED
        referral.status_reason = SELF_REFERRAL_REASON
        referral.save()
        note_lead(referral, "", SELF_REFERRAL_REASON)
    return referral, True


def attach_order(facts: OrderFacts) -> Referral | None:
    """Give the friend's open lead in the order's channel this order (once).

    Returns the lead, now carrying the order, or None when the shopper has none.
    """
    from .referrals import friend_discount, network_of

    with transaction.atomic():
        lead = (
            Referral.objects.select_for_update(of=("self",), no_key=True)
            .select_related("code")
            .filter(
                friend_match(facts.shopper),
                program__channel_slug=facts.channel_slug,
                order_id__isnull=True,
                status=ReferralStatus.PENDING,
            )
            .first()
        )
        if lead is None:
            return None
        if Referral.objects.filter(order_id=facts.order_id).exists():
            return None
        lead.order_id = facts.order_id
        lead.order_number = facts.number
        lead.order_total = quantize(facts.total, facts.currency)
        lead.friend_discount = friend_discount(facts, lead.code)
        lead.network = lead.network or network_of(facts)
        if lead.friend_id is None and facts.shopper.user_id is not None:
            lead.friend_id = facts.shopper.user_id
        lead.save(
            update_fields=[
                "order_id",
                "order_number",
                "order_total",
                "friend_discount",
                "network",
                "friend_id",
                "updated_at",
            ]
        )
        record_referral_status(
            lead,
            lead.status,
            f"order {facts.number} placed by a friend who came as a {lead.source} lead",
        )
        return lead


def convert_lead(facts: OrderFacts) -> Referral | None:
    """A paid order without a referral hint: qualify it through the friend's lead."""
    from .referrals import qualify_paid_order

    existing = Referral.objects.filter(order_id=facts.order_id).first()
    lead = existing or attach_order(facts)
    if lead is None:
        return None
    return qualify_paid_order(replace(facts, referral_code=lead.code.code))
