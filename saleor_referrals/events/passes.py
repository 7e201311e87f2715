"""Inviting members and redeeming their guest passes.

Capacity holds under concurrency because every redemption locks the event row
first (then the pass): redemptions of one event queue, each counts the passes
already redeemed, and the last seat goes once.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .. import domain_events
from ..codes import EVENT_PASS
from ..domain_events import EventInvitationCreated
from ..facts import Shopper
from ..identity import MAX_EMAIL_LENGTH
from ..leads import record_lead
from ..models import ReferralCode, ReferralSource
from ..tiers.models import TierMembership
from .models import Event, EventInvitation, EventPass


class EventError(ValueError):
    """A refused event action; `code` is a ReferralErrorCode value."""

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


def eligible_member_ids(event: Event) -> list[int]:
    """Advocates with an active code in the event's program, at or above its tier."""
    members = ReferralCode.objects.filter(
        program_id=event.program_id, is_active=True, user__isnull=False
    )
    if event.min_tier_id is not None:
        ranks = TierMembership.objects.filter(
            program_id=event.program_id,
            tier__rank__gte=event.min_tier.rank,
        ).values("advocate_id")
        members = members.filter(user_id__in=ranks)
    return list(members.values_list("user_id", flat=True))


def invite_members(event_id: int) -> list[EventInvitation]:
    """Invite every eligible member once, each with the event's guest passes.

    Idempotent: members already invited are skipped; a member invited before the
    passes per member grew gets the missing passes.
    """
    created = []
    event = Event.objects.select_related("min_tier").get(pk=event_id)
    if not event.is_active:
        return []
    for member_id in eligible_member_ids(event):
        with transaction.atomic():
            invitation, is_new = EventInvitation.objects.get_or_create(
                event=event, member_id=member_id
            )
            locked = EventInvitation.objects.select_for_update(no_key=True).get(
                pk=invitation.pk
            )
            missing = event.guest_passes_per_member - locked.passes.count()
            for _ in range(max(missing, 0)):
                EventPass.objects.create(
                    event=event, invitation=locked, code=_new_pass_code()
                )
        if is_new:
            created.append(invitation)
            _announce(invitation.pk)
    return created


def _announce(invitation_id: int) -> None:
    # After commit: the e-mails wing sends the invitation.
    domain_events.publish(EventInvitationCreated(invitation_id=invitation_id))


def _new_pass_code() -> str:
    while True:
        code = EVENT_PASS.draw()
        if not EventPass.objects.filter(code=code).exists():
            return code


def normalize_pass_code(raw: str) -> str:
    return (raw or "").strip().upper()[:32]


def redeem(channel_slug: str, raw_code: str, email: str) -> EventPass:
    """A friend claims a guest pass; their e-mail becomes the member's lead."""
    email = (email or "").strip()
    if len(email) > MAX_EMAIL_LENGTH:
        raise EventError(
            "invalid",
            f"An e-mail address has at most {MAX_EMAIL_LENGTH} characters.",
            "email",
        )
    try:
        validate_email(email)
    except DjangoValidationError:
        raise EventError("invalid", "Enter a valid e-mail address.", "email") from None
    code = normalize_pass_code(raw_code)
    event_id = (
        EventPass.objects.filter(code=code).values_list("event_id", flat=True).first()
    )
    if event_id is None:
        raise EventError("not_found", "Unknown pass code.", "code")
    with transaction.atomic():
        event = (
            Event.objects.select_for_update(no_key=True)
            .select_related("program")
            .get(pk=event_id)
        )
        if event.program.channel_slug != channel_slug:
            raise EventError("invalid", "This pass belongs to another channel.", "code")
        if not event.is_active or event.starts_at <= timezone.now():
            raise EventError(
                "not_eligible", "This event is closed or already began.", "code"
            )
        guest_pass = (
            EventPass.objects.select_for_update(no_key=True)
            .select_related("invitation")
            .get(code=code)
        )
        if guest_pass.redeemed_at is not None:
            raise EventError(
                "already_redeemed", "This pass was already redeemed.", "code"
            )
        if EventPass.objects.filter(
            Q(event=event) & Q(redeemed_email__iexact=email)
        ).exists():
            raise EventError(
                "already_redeemed", "This guest already has a pass.", "email"
            )
        taken = EventPass.objects.filter(event=event, redeemed_at__isnull=False)
        if taken.count() >= event.capacity:
            raise EventError("capacity_reached", "The event is full.", "code")
        guest_pass.redeemed_email = email
        guest_pass.redeemed_at = timezone.now()
        guest_pass.referral = _lead(event, guest_pass, email)
        guest_pass.save(update_fields=["redeemed_email", "redeemed_at", "referral"])
        return guest_pass


def _lead(event: Event, guest_pass: EventPass, email: str):
    code = (
        ReferralCode.objects.select_related("program", "user")
        .filter(
            program_id=event.program_id,
            user_id=guest_pass.invitation.member_id,
            is_active=True,
        )
        .first()
    )
    if code is None:
        return None
    lead, _ = record_lead(
        code,
        Shopper(None, email),
        source=ReferralSource.EVENT,
        reason=f"guest pass {guest_pass.code} to {event.name}",
    )
    # A friend someone else brought first stays theirs; the pass still admits.
    return lead if lead.code_id == code.pk and lead.status != "rejected" else None
