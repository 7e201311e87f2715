"""Causes and donations in the referral API: types, queries, mutations."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import graphene

from ..causes import donations
from ..causes.models import Cause, DonationPayout
from ..models import Reward
from ..money import quantize
from ..writer import reading
from .core import (
    MutationError,
    ReferralMutation,
    decimal_argument,
    decode_int_id,
    read_alias,
    require_staff,
    require_user,
    staff_program,
    text_arguments,
)
from .enums import ReferralErrorCode
from .scalars import DateTime
from .tiers.queries import _public_program
from .types import ReferralMoney, ReferralReward, money

Code = ReferralErrorCode


class ReferralCause(graphene.ObjectType):
    name = graphene.String(required=True)
    description = graphene.String(required=True)
    url = graphene.String(description="The cause's own page.")
    image_url = graphene.String()
    goal = graphene.Field(ReferralMoney, description="The fundraiser's goal, if any.")
    donate_per_referral = graphene.Field(
        ReferralMoney, description="What the program gives per converted referral."
    )
    is_active = graphene.Boolean(required=True)
    raised = graphene.Field(
        ReferralMoney,
        required=True,
        description="Donations released (the referral survived its hold).",
    )
    pending = graphene.Field(
        ReferralMoney,
        required=True,
        description="Donations held until their referrals' hold ends.",
    )
    paid_out = graphene.Field(
        ReferralMoney, required=True, description="Handed to the cause by the shop."
    )
    shortfall = graphene.Field(
        ReferralMoney,
        required=True,
        description="Donations refunded after they had been paid out.",
    )
    donations = graphene.Int(required=True, description="Donations released.")
    progress = graphene.Float(
        description="Raised divided by the goal (may pass 1); null without a goal."
    )

    class Meta:
        description = "A cause the program donates to, with its public totals."
        interfaces = (graphene.relay.Node,)

    @staticmethod
    def resolve_url(root: Cause, info):
        return root.url or None

    @staticmethod
    def resolve_image_url(root: Cause, info):
        return root.image_url or None

    @staticmethod
    def resolve_goal(root: Cause, info):
        return money(root.goal_amount, root.program.currency)

    @staticmethod
    def resolve_donate_per_referral(root: Cause, info):
        if not root.donate_per_referral:
            return None
        return money(root.donate_per_referral, root.program.currency)

    @staticmethod
    def _totals(root: Cause) -> donations.CauseTotals:
        cached = root.__dict__.get("_totals")
        if cached is None:
            using = root._state.db or "default"
            with reading(using):
                cached = donations.totals([root], using)[root.pk]
            root.__dict__["_totals"] = cached
        return cached

    @staticmethod
    def resolve_raised(root: Cause, info):
        return money(ReferralCause._totals(root).raised, root.program.currency)

    @staticmethod
    def resolve_pending(root: Cause, info):
        return money(ReferralCause._totals(root).pending, root.program.currency)

    @staticmethod
    def resolve_paid_out(root: Cause, info):
        return money(ReferralCause._totals(root).paid_out, root.program.currency)

    @staticmethod
    def resolve_shortfall(root: Cause, info):
        return money(ReferralCause._totals(root).shortfall, root.program.currency)

    @staticmethod
    def resolve_donations(root: Cause, info):
        return ReferralCause._totals(root).donations

    @staticmethod
    def resolve_progress(root: Cause, info):
        if not root.goal_amount:
            return None
        return float(ReferralCause._totals(root).raised / root.goal_amount)


class ReferralDonationPayout(graphene.ObjectType):
    amount = graphene.Field(ReferralMoney, required=True)
    reference = graphene.String(required=True)
    recorded_by = graphene.String(required=True)
    donations = graphene.Int(required=True, description="Donations it carried.")
    created_at = DateTime(required=True)

    class Meta:
        description = "Money staff handed to a cause."

    @staticmethod
    def resolve_amount(root: DonationPayout, info):
        return money(root.amount, root.currency)

    @staticmethod
    def resolve_donations(root: DonationPayout, info):
        using = root._state.db or "default"
        with reading(using):
            return root.donations.using(using).count()


class CauseQueries(graphene.ObjectType):
    referral_causes = graphene.List(
        graphene.NonNull(ReferralCause),
        required=True,
        channel=graphene.String(required=True),
        description="The channel's active causes with totals and progress (public).",
    )

    @staticmethod
    @text_arguments
    def resolve_referral_causes(root, info, channel):
        program = _public_program(channel, info)
        if program is None:
            return []
        using = read_alias(info)
        with reading(using):
            causes = list(
                Cause.objects.using(using).filter(program=program, is_active=True)
            )
            sums = donations.totals(causes, using)
        for cause in causes:
            cause.program = program
            cause.__dict__["_totals"] = sums[cause.pk]
        return causes


class ReferralCauseInput(graphene.InputObjectType):
    name = graphene.String(description="Required on create; unique per channel.")
    description = graphene.String()
    url = graphene.String(description="An http(s) URL.")
    image_url = graphene.String(description="An http(s) URL.")
    goal = graphene.Float(description="Goal amount, above 0; null for none.")
    donate_per_referral = graphene.Float(
        description="Given by the program per converted referral; 0 for none."
    )
    is_active = graphene.Boolean(description="Closed causes take no donations.")

    class Meta:
        description = "A cause; on update, only fields given change."


def _amount(value: Any, field: str, *, allow_zero: bool) -> Decimal:
    amount = decimal_argument(value, field)
    if amount is None or amount < 0 or (amount == 0 and not allow_zero):
        raise MutationError(
            Code.INVALID.value,
            f"{field} must be {'0 or more' if allow_zero else 'more than 0'}.",
            field,
        )
    return amount


def _url(value: str | None, field: str) -> str:
    text = (value or "").strip()
    if text:
        parts = urlsplit(text)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise MutationError(Code.INVALID.value, "Use an http(s) URL.", field)
    if len(text) > 500:
        raise MutationError(Code.INVALID.value, "At most 500 characters.", field)
    return text


def cause_changes(data: dict, currency: str) -> dict[str, Any]:
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
    for key, field in (("url", "url"), ("image_url", "imageUrl")):
        if key in data:
            changes[key] = _url(data[key], field)
    if "goal" in data:
        goal = data["goal"]
        changes["goal_amount"] = (
            None
            if goal is None
            else quantize(_amount(goal, "goal", allow_zero=False), currency)
        )
    if "donate_per_referral" in data:
        changes["donate_per_referral"] = quantize(
            _amount(
                data["donate_per_referral"] or 0,
                "donatePerReferral",
                allow_zero=True,
            ),
            currency,
        )
    if data.get("is_active") is not None:
        changes["is_active"] = data["is_active"]
    return changes


def _save(cause: Cause, changes: dict) -> Cause:
    clash = (
        Cause.objects.filter(program=cause.program, name__iexact=changes["name"])
        .exclude(pk=cause.pk)
        .exists()
        if "name" in changes
        else False
    )
    if clash:
        raise MutationError(Code.UNIQUE.value, "A cause with this name exists.", "name")
    for name, value in changes.items():
        setattr(cause, name, value)
    cause.save()
    return cause


def _cause(global_id: str, field: str = "id") -> Cause:
    cause = (
        Cause.objects.select_related("program")
        .filter(pk=decode_int_id(global_id, "ReferralCause", field))
        .first()
    )
    if cause is None:
        raise MutationError(Code.NOT_FOUND.value, "Cause not found.", field)
    return cause


def domain_errors(action):
    try:
        return action()
    except donations.DonationError as error:
        raise MutationError(error.code, error.message, error.field) from error


class ReferralCauseCreate(ReferralMutation):
    cause = graphene.Field(ReferralCause)

    class Arguments:
        channel = graphene.String(required=True)
        input = ReferralCauseInput(required=True)

    class Meta:
        description = "Add a cause to a channel (MANAGE_DISCOUNTS)."

    @classmethod
    def perform(cls, root, info, channel, input):
        require_staff(info)
        program = staff_program(channel)
        changes = cause_changes(dict(input), program.currency)
        if "name" not in changes:
            raise MutationError(Code.REQUIRED.value, "name is required.", "name")
        return {"cause": _save(Cause(program=program), changes)}


class ReferralCauseUpdate(ReferralMutation):
    cause = graphene.Field(ReferralCause)

    class Arguments:
        id = graphene.ID(required=True)
        input = ReferralCauseInput(required=True)

    class Meta:
        description = "Change a cause (MANAGE_DISCOUNTS)."

    @classmethod
    def perform(cls, root, info, id, input):
        require_staff(info)
        cause = _cause(id)
        changes = cause_changes(dict(input), cause.program.currency)
        return {"cause": _save(cause, changes)}


class ReferralDonationPayoutRecord(ReferralMutation):
    payout = graphene.Field(ReferralDonationPayout)
    cause = graphene.Field(ReferralCause)

    class Arguments:
        cause = graphene.ID(required=True)
        reference = graphene.String(
            description="Bank transfer or receipt reference, for the records."
        )

    class Meta:
        description = (
            "Record that everything released to a cause and not yet paid out was "
            "handed over; a later refund of those referrals records a shortfall "
            "(MANAGE_DISCOUNTS)."
        )

    @classmethod
    def perform(cls, root, info, cause, reference=None):
        actor = require_staff(info)
        target = _cause(cause, "cause")
        payout = domain_errors(
            lambda: donations.record_payout(
                target.pk, reference=(reference or "").strip()[:255], actor=actor
            )
        )
        return {"payout": payout, "cause": target}


class ReferralRewardDonate(ReferralMutation):
    donation = graphene.Field(ReferralReward, description="The donation on the ledger.")

    class Arguments:
        id = graphene.ID(required=True, description="One of your rewards.")
        cause = graphene.ID(required=True, description="A cause of its channel.")

    class Meta:
        description = (
            "Give one of your rewards to a cause instead of keeping it: a held "
            "reward, or an issued one still unused (unused voucher, store credit "
            "still in the wallet)."
        )

    @classmethod
    def perform(cls, root, info, id, cause):
        user = require_user(info)
        pk = decode_int_id(id, "ReferralReward")
        if not Reward.objects.filter(pk=pk, recipient=user).exists():
            raise MutationError(Code.NOT_FOUND.value, "Reward not found.", "id")
        target = _cause(cause, "cause")
        donation = domain_errors(lambda: donations.donate_reward(pk, target, user))
        return {"donation": donation}


class CauseMutations(graphene.ObjectType):
    referral_cause_create = ReferralCauseCreate.Field()
    referral_cause_update = ReferralCauseUpdate.Field()
    referral_donation_payout_record = ReferralDonationPayoutRecord.Field()
    referral_reward_donate = ReferralRewardDonate.Field()
