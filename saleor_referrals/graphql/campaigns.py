"""Campaigns in the referral API: the staff list and edits, and the live campaign
on the landing page (`referralProgram { campaign }`)."""

from __future__ import annotations

from typing import Any

import graphene

from ..campaigns import campaigns as service
from ..campaigns.errors import CampaignError
from ..campaigns.models import (
    Campaign,
    CampaignState,
    CampaignSwitchKind,
)
from ..insights.campaign_results import campaign_results
from ..money import quantize
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
)
from .enums import ReferralDiscountTypeEnum, ReferralErrorCode, _enum
from .scalars import DateTime, DateTimeInput
from .types import ReferralFriendOffer, ReferralMoney, money

ReferralCampaignStateEnum = _enum(
    "ReferralCampaignStateEnum", CampaignState, "Where a campaign stands."
)
ReferralCampaignSwitchKindEnum = _enum(
    "ReferralCampaignSwitchKindEnum",
    CampaignSwitchKind,
    "A campaign's move on the friend voucher.",
)
Code = ReferralErrorCode


class ReferralCampaignCopy(graphene.ObjectType):
    language = graphene.String(required=True, description="en, fa or ar.")
    title = graphene.String(required=True)
    description = graphene.String(required=True)

    class Meta:
        description = "A campaign's landing copy in one language."


class ReferralCampaignReward(graphene.ObjectType):
    amount = graphene.Field(
        ReferralMoney, description="Replaces the program's advocate reward."
    )
    multiplier = graphene.Float(description="Multiplies the program's reward.")

    class Meta:
        description = "A campaign's advocate reward override."


class ReferralCampaignSwitch(graphene.ObjectType):
    kind = ReferralCampaignSwitchKindEnum(required=True)
    reason = graphene.String(required=True)
    created_at = DateTime(required=True)

    class Meta:
        description = "A campaign start or end on the friend voucher (staff)."


class ReferralCampaignResults(graphene.ObjectType):
    referrals = graphene.Int(required=True, description="Referrals stamped with it.")
    converted = graphene.Int(
        required=True, description="Of those, approved or rewarded."
    )
    referred_revenue = graphene.Field(
        ReferralMoney,
        required=True,
        description="Order totals of its qualified, approved and rewarded referrals.",
    )
    reward_cost = graphene.Field(
        ReferralMoney,
        required=True,
        description="Advocate rewards of its referrals issued, minus reversals.",
    )

    class Meta:
        description = "What a campaign brought and cost (staff)."


def _currency(campaign: Campaign) -> str:
    return campaign.program.currency


class ReferralCampaign(graphene.ObjectType):
    name = graphene.String(required=True)
    title = graphene.String(
        required=True,
        language_code=graphene.String(description="en, fa or ar; English if missing."),
    )
    description = graphene.String(required=True, language_code=graphene.String())
    copy = graphene.List(graphene.NonNull(ReferralCampaignCopy), required=True)
    image_url = graphene.String()
    starts_at = DateTime(required=True)
    ends_at = DateTime(required=True)
    state = ReferralCampaignStateEnum(required=True)
    friend_offer = graphene.Field(
        ReferralFriendOffer,
        description="The friend's offer during the campaign; null keeps the program's.",
    )
    advocate_reward = graphene.Field(
        ReferralCampaignReward,
        description="The advocate reward override; null keeps the program's.",
    )
    switches = graphene.List(
        graphene.NonNull(ReferralCampaignSwitch), description="Staff only."
    )
    results = graphene.Field(ReferralCampaignResults, description="Staff only.")

    class Meta:
        description = "A time-boxed offer of a channel's referral program."
        interfaces = (graphene.relay.Node,)

    @staticmethod
    def resolve_title(root: Campaign, info, language_code=None):
        return root.copy_in(language_code or "en")["title"]

    @staticmethod
    def resolve_description(root: Campaign, info, language_code=None):
        return root.copy_in(language_code or "en")["description"]

    @staticmethod
    def resolve_copy(root: Campaign, info):
        return [
            {"language": language, **root.copy_in(language)}
            for language in service.LANGUAGES
            if language in (root.copy or {})
        ]

    @staticmethod
    def resolve_image_url(root: Campaign, info):
        return root.image_url or None

    @staticmethod
    def resolve_friend_offer(root: Campaign, info):
        if not root.overrides_friend_offer:
            return None
        return {
            "type": root.friend_discount_type,
            "value": root.friend_discount_value,
            "currency": _currency(root),
            "min_spent": money(root.friend_min_spent, _currency(root)),
        }

    @staticmethod
    def resolve_advocate_reward(root: Campaign, info):
        if root.advocate_reward_amount is None and (
            root.advocate_reward_multiplier is None
        ):
            return None
        return {
            "amount": money(root.advocate_reward_amount, _currency(root)),
            "multiplier": root.advocate_reward_multiplier,
        }

    @staticmethod
    @staff_only
    def resolve_switches(root: Campaign, info):
        return list(root.switches.all())

    @staticmethod
    @staff_only
    def resolve_results(root: Campaign, info):
        using = read_alias(info)
        currency = _currency(root)
        with reading(using):
            # From the daily totals: two small queries whatever the campaign's size.
            results = campaign_results(root, using)
        return {
            "referrals": results.referrals,
            "converted": results.converted,
            "referred_revenue": money(
                quantize(results.referred_revenue, currency), currency
            ),
            "reward_cost": money(quantize(results.reward_cost, currency), currency),
        }


def campaign_id(campaign: Campaign) -> str:
    return graphene.relay.Node.to_global_id("ReferralCampaign", campaign.pk)


class CampaignQueries(graphene.ObjectType):
    referral_campaigns = graphene.List(
        graphene.NonNull(ReferralCampaign),
        required=True,
        channel=graphene.String(required=True),
        state=ReferralCampaignStateEnum(),
        description="A channel's campaigns, latest start first (MANAGE_DISCOUNTS).",
    )

    @staticmethod
    @text_arguments
    def resolve_referral_campaigns(root, info, channel, state=None):
        require_staff(info)
        using = read_alias(info)
        with reading(using):
            rows = (
                Campaign.objects.using(using)
                .filter(program__channel_slug=channel)
                .select_related("program")
                .prefetch_related("switches")
                .order_by("-starts_at", "-pk")
            )
            if state:
                rows = rows.filter(state=state)
            return list(rows)


# --- mutations (staff) -----------------------------------------------------------


class ReferralCampaignCopyInput(graphene.InputObjectType):
    language = graphene.String(required=True, description="en, fa or ar.")
    title = graphene.String(required=True)
    description = graphene.String()

    class Meta:
        description = "Landing copy in one language."


class ReferralCampaignOfferInput(graphene.InputObjectType):
    type = ReferralDiscountTypeEnum(required=True)
    value = graphene.Float(description="Percent or amount; not for FREE_SHIPPING.")
    min_spent = graphene.Float(description="Minimum checkout subtotal.")

    class Meta:
        description = "The friend's offer during a campaign."


class ReferralCampaignRewardInput(graphene.InputObjectType):
    amount = graphene.Float(description="Replaces the program's advocate reward.")
    multiplier = graphene.Float(description="Multiplies it (above 0, at most 10).")

    class Meta:
        description = "The advocate reward during a campaign: one of the two."


class ReferralCampaignInput(graphene.InputObjectType):
    name = graphene.String(description="Required on create.")
    copy = graphene.List(
        graphene.NonNull(ReferralCampaignCopyInput),
        description="Landing title and description per language (replaces all).",
    )
    image_url = graphene.String()
    starts_at = DateTimeInput(description="Required on create; aware date-time.")
    ends_at = DateTimeInput(description="Required on create; after the start.")
    friend_offer = ReferralCampaignOfferInput(description="Null: the program's.")
    advocate_reward = ReferralCampaignRewardInput(description="Null: the program's.")

    class Meta:
        description = "A campaign; on update, only fields given change."


def _copy(items) -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for item in items or []:
        language = (item.get("language") or "").strip().lower()
        if language in result:
            raise MutationError(Code.UNIQUE.value, f"Two {language!r} copies.", "copy")
        result[language] = {
            "title": (item.get("title") or "").strip()[:200],
            "description": (item.get("description") or "").strip()[:2000],
        }
    return result


def campaign_changes(data: dict) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if "name" in data:
        changes["name"] = (data["name"] or "").strip()[:100]
    if "copy" in data:
        changes["copy"] = _copy(data["copy"])
    if "image_url" in data:
        url = (data["image_url"] or "").strip()
        if url and not url.startswith(("https://", "http://")):
            raise MutationError(Code.INVALID.value, "Give an http(s) URL.", "imageUrl")
        changes["image_url"] = url[:500]
    for name in ("starts_at", "ends_at"):
        if name in data:
            changes[name] = data[name]
    if "friend_offer" in data:
        offer = data["friend_offer"] or {}
        changes["friend_discount_type"] = offer.get("type") or ""
        changes["friend_discount_value"] = decimal_argument(
            offer.get("value"), "friendOffer"
        )
        changes["friend_min_spent"] = decimal_argument(
            offer.get("min_spent"), "friendOffer"
        )
    if "advocate_reward" in data:
        reward = data["advocate_reward"] or {}
        changes["advocate_reward_amount"] = decimal_argument(
            reward.get("amount"), "advocateReward"
        )
        changes["advocate_reward_multiplier"] = decimal_argument(
            reward.get("multiplier"), "advocateReward"
        )
    return changes


def campaign_errors(action):
    """Run a campaign or contest service; its CampaignError becomes the error."""
    try:
        return action()
    except CampaignError as error:
        raise MutationError(error.code.value, error.message, error.field) from error


def _campaign(global_id: str, channel: str | None) -> Campaign:
    campaign = (
        Campaign.objects.select_related("program")
        .filter(pk=decode_int_id(global_id, "ReferralCampaign"))
        .first()
    )
    if campaign is None:
        raise MutationError(Code.NOT_FOUND.value, "Campaign not found.", "id")
    if channel is not None and campaign.program.channel_slug != channel:
        raise MutationError(
            Code.NOT_FOUND.value, "No such campaign in this channel.", "id"
        )
    return campaign


class ReferralCampaignCreate(ReferralMutation):
    campaign = graphene.Field(ReferralCampaign)

    class Arguments:
        channel = graphene.String(required=True)
        input = ReferralCampaignInput(required=True)

    class Meta:
        description = (
            "Schedule a campaign; overlapping campaigns of a channel are refused "
            "(MANAGE_DISCOUNTS)."
        )

    @classmethod
    def perform(cls, root, info, channel, input):
        require_staff(info)
        program = staff_program(channel)
        changes = campaign_changes(dict(input))
        for name in ("name", "starts_at", "ends_at"):
            if not changes.get(name):
                camel = "".join(
                    part if i == 0 else part.title()
                    for i, part in enumerate(name.split("_"))
                )
                raise MutationError(Code.REQUIRED.value, f"{camel} is required.", camel)
        spec = service.CampaignSpec(**changes)
        campaign = campaign_errors(lambda: service.create_campaign(program, spec))
        return {"campaign": campaign}


class ReferralCampaignUpdate(ReferralMutation):
    campaign = graphene.Field(ReferralCampaign)

    class Arguments:
        id = graphene.ID(required=True)
        channel = graphene.String(
            description="When given, the campaign must belong to this channel."
        )
        input = ReferralCampaignInput(required=True)

    class Meta:
        description = (
            "Change a scheduled or live campaign; a live one's friend offer "
            "reaches checkouts at once (MANAGE_DISCOUNTS)."
        )

    @classmethod
    def perform(cls, root, info, id, input, channel=None):
        require_staff(info)
        campaign = _campaign(id, channel)
        changes = campaign_changes(dict(input))
        campaign = campaign_errors(lambda: service.update_campaign(campaign, changes))
        return {"campaign": campaign}


class CampaignMutations(graphene.ObjectType):
    referral_campaign_create = ReferralCampaignCreate.Field()
    referral_campaign_update = ReferralCampaignUpdate.Field()
