"""Events and guest passes in the referral API: types, queries, mutations."""

from __future__ import annotations

from typing import Any

import graphene
from django.db import transaction

from .. import outbox
from ..events import passes
from ..events.models import Event, EventInvitation, EventPass
from ..money import quantize
from ..tiers.models import Tier
from ..writer import reading
from .core import (
    MutationError,
    ReferralMutation,
    decimal_argument,
    decode_int_id,
    read_alias,
    require_staff,
    staff_only,
    staff_program,
    text_arguments,
    throttle_mutation,
)
from .enums import ReferralErrorCode
from .scalars import DateTime, DateTimeInput
from .tiers import ReferralTier
from .types import Profile, ReferralMoney, money

Code = ReferralErrorCode
MAX_PASSES_PER_MEMBER = 20


def _count(root: Event, queryset) -> int:
    # A mutation's payload reads the row it just wrote: from the writer.
    using = root._state.db or "default"
    with reading(using):
        return queryset.using(using).count()


def _redeemed(root: Event) -> int:
    return _count(root, root.passes.filter(redeemed_at__isnull=False))


class ReferralEvent(graphene.ObjectType):
    name = graphene.String(required=True)
    description = graphene.String(required=True)
    starts_at = DateTime(required=True)
    capacity = graphene.Int(required=True, description="Guests admitted by passes.")
    seats_left = graphene.Int(required=True)
    min_tier = graphene.Field(
        ReferralTier, description="Members below it are not invited."
    )
    guest_passes_per_member = graphene.Int(required=True)
    is_active = graphene.Boolean(required=True)
    cost = graphene.Field(
        ReferralMoney,
        description="What the event costs the shop (MANAGE_DISCOUNTS).",
        resolver=staff_only(lambda root, info: money(root.cost, root.program.currency)),
    )
    invited_members = graphene.Int(
        description="Members invited (MANAGE_DISCOUNTS).",
        resolver=staff_only(lambda root, info: _count(root, root.invitations.all())),
    )
    passes_redeemed = graphene.Int(required=True)

    class Meta:
        description = "An exclusive event with guest passes for members' friends."
        interfaces = (graphene.relay.Node,)

    @staticmethod
    def resolve_passes_redeemed(root: Event, info):
        return _redeemed(root)

    @staticmethod
    def resolve_seats_left(root: Event, info):
        return max(root.capacity - _redeemed(root), 0)


class ReferralEventPass(graphene.ObjectType):
    code = graphene.String(required=True, description="Give it to a friend.")
    redeemed = graphene.Boolean(required=True)
    redeemed_at = DateTime()

    class Meta:
        description = "A guest pass of a member."

    @staticmethod
    def resolve_redeemed(root: EventPass, info):
        return root.redeemed_at is not None


class ReferralEventInvitation(graphene.ObjectType):
    event = graphene.Field(ReferralEvent, required=True)
    passes = graphene.List(graphene.NonNull(ReferralEventPass), required=True)

    class Meta:
        description = "The customer's invitation to an event, with their passes."

    @staticmethod
    def resolve_passes(root: EventInvitation, info):
        return list(root.passes.all())


def resolve_profile_events(root: Profile, info):
    with reading(root.using):
        return list(
            EventInvitation.objects.using(root.using)
            .filter(
                event__program=root.program, event__is_active=True, member=root.user
            )
            .select_related("event__program", "event__min_tier__program")
            .prefetch_related("passes")
        )


class EventQueries(graphene.ObjectType):
    referral_events = graphene.List(
        graphene.NonNull(ReferralEvent),
        required=True,
        channel=graphene.String(required=True),
        description="The channel's events, soonest first (MANAGE_DISCOUNTS).",
    )

    @staticmethod
    @text_arguments
    def resolve_referral_events(root, info, channel):
        require_staff(info)
        using = read_alias(info)
        with reading(using):
            return list(
                Event.objects.using(using)
                .filter(program__channel_slug=channel)
                .select_related("program", "min_tier__program")
            )


class ReferralEventInput(graphene.InputObjectType):
    name = graphene.String(description="Required on create.")
    description = graphene.String()
    starts_at = DateTimeInput(description="Required on create; in the future.")
    capacity = graphene.Int(description="Required on create; at least 1.")
    min_tier = graphene.ID(description="A ReferralTier of the channel; null for all.")
    guest_passes_per_member = graphene.Int(
        description=f"0 to {MAX_PASSES_PER_MEMBER}; 1 by default."
    )
    cost = graphene.Float(description="What the event costs the shop; 0 or more.")
    is_active = graphene.Boolean()

    class Meta:
        description = "An event; on update, only fields given change."


def event_changes(data: dict, program) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if "name" in data:
        name = (data["name"] or "").strip()
        if not name or len(name) > 200:
            raise MutationError(
                Code.REQUIRED.value if not name else Code.INVALID.value,
                "A name of 1 to 200 characters is required.",
                "name",
            )
        changes["name"] = name
    if "description" in data:
        changes["description"] = (data["description"] or "").strip()
    if "starts_at" in data:
        if data["starts_at"] is None:
            raise MutationError(Code.REQUIRED.value, "A date is required.", "startsAt")
        changes["starts_at"] = data["starts_at"]
    if "capacity" in data:
        capacity = data["capacity"]
        if capacity is None or capacity < 1:
            raise MutationError(
                Code.INVALID.value, "Capacity must be at least 1.", "capacity"
            )
        changes["capacity"] = capacity
    if "guest_passes_per_member" in data:
        count = data["guest_passes_per_member"]
        if count is None or not 0 <= count <= MAX_PASSES_PER_MEMBER:
            raise MutationError(
                Code.INVALID.value,
                f"Between 0 and {MAX_PASSES_PER_MEMBER} passes per member.",
                "guestPassesPerMember",
            )
        changes["guest_passes_per_member"] = count
    if "cost" in data:
        cost = decimal_argument(data["cost"] or 0, "cost")
        if cost < 0:
            raise MutationError(Code.INVALID.value, "Cost must be 0 or more.", "cost")
        changes["cost"] = quantize(cost, program.currency)
    if "min_tier" in data:
        changes["min_tier"] = _tier_of(program, data["min_tier"])
    if data.get("is_active") is not None:
        changes["is_active"] = data["is_active"]
    return changes


def _tier_of(program, global_id: str | None) -> Tier | None:
    if not global_id:
        return None
    tier = Tier.objects.filter(
        pk=decode_int_id(global_id, "ReferralTier", "minTier")
    ).first()
    if tier is None or tier.program_id != program.pk:
        raise MutationError(
            Code.NOT_FOUND.value, "No such tier in this channel.", "minTier"
        )
    return tier


def _save(event: Event, changes: dict) -> Event:
    from django.utils import timezone

    for name, value in changes.items():
        setattr(event, name, value)
    if "starts_at" in changes and event.starts_at <= timezone.now():
        raise MutationError(
            Code.INVALID.value, "The event must start in the future.", "startsAt"
        )
    event.save()
    return event


def _enqueue_invitations(event: Event) -> None:
    from ..events.tasks import invite_event_members_task

    event_id = event.pk
    transaction.on_commit(lambda: outbox.publish(invite_event_members_task, event_id))


INVITE = graphene.Boolean(
    default_value=True,
    description="Invite eligible members (again: only new members get invited).",
)


class ReferralEventCreate(ReferralMutation):
    event = graphene.Field(ReferralEvent)

    class Arguments:
        channel = graphene.String(required=True)
        input = ReferralEventInput(required=True)
        invite_members = INVITE

    class Meta:
        description = "Add an event and invite its members (MANAGE_DISCOUNTS)."

    @classmethod
    def perform(cls, root, info, channel, input, invite_members=True):
        require_staff(info)
        program = staff_program(channel)
        changes = event_changes(dict(input), program)
        for name, field in (
            ("name", "name"),
            ("starts_at", "startsAt"),
            ("capacity", "capacity"),
        ):
            if name not in changes:
                raise MutationError(Code.REQUIRED.value, f"{field} is required.", field)
        event = _save(Event(program=program), changes)
        if invite_members:
            _enqueue_invitations(event)
        return {"event": event}


class ReferralEventUpdate(ReferralMutation):
    event = graphene.Field(ReferralEvent)

    class Arguments:
        id = graphene.ID(required=True)
        input = ReferralEventInput(required=True)
        invite_members = INVITE

    class Meta:
        description = (
            "Change an event; capacity cannot fall below the passes already "
            "redeemed (MANAGE_DISCOUNTS)."
        )

    @classmethod
    def perform(cls, root, info, id, input, invite_members=True):
        require_staff(info)
        event = (
            Event.objects.select_for_update(no_key=True)
            .select_related("program")
            .filter(pk=decode_int_id(id, "ReferralEvent"))
            .first()
        )
        if event is None:
            raise MutationError(Code.NOT_FOUND.value, "Event not found.", "id")
        changes = event_changes(dict(input), event.program)
        redeemed = event.passes.filter(redeemed_at__isnull=False).count()
        if changes.get("capacity", event.capacity) < redeemed:
            raise MutationError(
                Code.INVALID.value,
                f"{redeemed} passes are already redeemed.",
                "capacity",
            )
        event = _save(event, changes)
        if invite_members:
            _enqueue_invitations(event)
        return {"event": event}


class ReferralEventPassRedeem(ReferralMutation):
    event = graphene.Field(ReferralEvent)

    class Arguments:
        channel = graphene.String(required=True)
        code = graphene.String(required=True, description="The guest pass code.")
        email = graphene.String(required=True, description="The guest's e-mail.")

    class Meta:
        description = (
            "A friend claims a member's guest pass (public, rate limited). The "
            "friend becomes the member's referral lead; their first paid order "
            "converts as any referral."
        )

    @classmethod
    def perform(cls, root, info, channel, code, email):
        throttle_mutation(info, "event_pass")
        try:
            guest_pass = passes.redeem(channel, code, email)
        except passes.EventError as error:
            raise MutationError(error.code, error.message, error.field) from error
        return {"event": guest_pass.event}


class EventMutations(graphene.ObjectType):
    referral_event_create = ReferralEventCreate.Field()
    referral_event_update = ReferralEventUpdate.Field()
    referral_event_pass_redeem = ReferralEventPassRedeem.Field()
