"""Object types. Every name starts with `Referral`.

Ownership is checked where data enters the graph (profile, staff queries); fields
that only staff may read check the permission themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import graphene
from django.db import DEFAULT_DB_ALIAS

from ..codes import code_for
from ..identity import display_name, mask_email
from ..models import Referral as ReferralModel
from ..models import ReferralCode, ReferralProgram
from ..models import Reward as RewardModel
from ..programs import live_campaign
from ..writer import reading
from .core import connection_type, paginate, staff_only
from .enums import (
    ReferralDiscountTypeEnum,
    ReferralRewardKindEnum,
    ReferralRewardSideEnum,
    ReferralRewardStatusEnum,
    ReferralShareNetworkEnum,
    ReferralSourceEnum,
    ReferralStatusEnum,
)
from .scalars import DateTime


class ReferralMoney(graphene.ObjectType):
    amount = graphene.Float(required=True, description="Amount in the currency.")
    currency = graphene.String(required=True, description="ISO 4217 currency code.")

    class Meta:
        description = "An amount of money in the channel currency."


def money(amount, currency: str) -> dict | None:
    if amount is None:
        return None
    return {"amount": amount, "currency": currency}


class ReferralFriendOffer(graphene.ObjectType):
    type = ReferralDiscountTypeEnum(required=True)
    value = graphene.Float(
        required=True, description="Percent, or an amount for a fixed discount."
    )
    currency = graphene.String(required=True)
    min_spent = graphene.Field(
        ReferralMoney, description="Minimum checkout subtotal, if any."
    )

    class Meta:
        description = "What a friend gets with an advocate's code."


class ReferralAdvocateReward(graphene.ObjectType):
    type = ReferralRewardKindEnum(required=True)
    amount = graphene.Field(ReferralMoney, required=True)

    class Meta:
        description = "What an advocate earns for each friend who converts."


@dataclass(frozen=True)
class ProgramInfo:
    program: ReferralProgram
    code: ReferralCode | None = None
    language: str = "en"  # of the request: picks the terms' translation
    using: str = DEFAULT_DB_ALIAS

    @cached_property
    def campaign(self):
        """The live campaign: its offer is the one on the friend voucher."""
        with reading(self.using):
            campaign = live_campaign(self.program, self.using)
        if campaign is not None:
            campaign.program = self.program
        return campaign


class ReferralShareLink(graphene.ObjectType):
    network = ReferralShareNetworkEnum(required=True)
    url = graphene.String(required=True)

    class Meta:
        description = "A ready share URL with the prefilled message."


class ReferralStats(graphene.ObjectType):
    visits = graphene.Int(required=True, description="Landing visits via the link.")
    friends = graphene.Int(required=True, description="Friends attributed.")
    orders = graphene.Int(required=True, description="Friends' orders attributed.")
    pending = graphene.Int(required=True, description="Waiting for payment.")
    qualified = graphene.Int(required=True, description="Paid; reward held.")
    rewarded = graphene.Int(required=True, description="Reward released.")
    earned = graphene.Field(
        ReferralMoney,
        required=True,
        description="What the advocate got: their vouchers, store credit and perks "
        "issued, minus reversals. Donations made on their behalf are not in it "
        "(see `donated`).",
    )
    donated = graphene.Field(
        ReferralMoney,
        required=True,
        description="What went to causes on the advocate's behalf, issued minus "
        "reversals: the shop's donations for their referrals and rewards they gave "
        "to a cause (`referralRewardDonate`); never part of `earned`.",
    )

    class Meta:
        description = "An advocate's funnel."


class ReferralStatusChange(graphene.ObjectType):
    from_status = ReferralStatusEnum()
    to_status = ReferralStatusEnum(required=True)
    reason = graphene.String(required=True)
    created_at = DateTime(required=True)

    class Meta:
        description = "A recorded status change (staff only)."

    @staticmethod
    def resolve_from_status(root, info):
        return root.from_status or None


class ReferralReward(graphene.ObjectType):
    side = ReferralRewardSideEnum(required=True)
    kind = ReferralRewardKindEnum(required=True)
    amount = graphene.Field(ReferralMoney, required=True)
    status = ReferralRewardStatusEnum(required=True)
    release_at = DateTime(required=True, description="End of the hold period.")
    issued_at = DateTime()
    voucher_code = graphene.String(
        description="The single-use voucher code, once issued (recipient and staff)."
    )
    revoked_amount = graphene.Field(ReferralMoney, required=True)
    shortfall_amount = graphene.Field(
        ReferralMoney,
        required=True,
        description="What a reversal could not take back (already spent).",
    )
    status_reason = graphene.String(description="Why the status changed (staff).")
    recipient_email = graphene.String(description="Staff only.")
    referral_id = graphene.ID(description="The referral that earned it.")
    created_at = DateTime(required=True)

    class Meta:
        description = "An entry of the reward ledger."
        interfaces = (graphene.relay.Node,)

    @staticmethod
    def resolve_amount(root: RewardModel, info):
        return money(root.amount, root.currency)

    @staticmethod
    def resolve_revoked_amount(root: RewardModel, info):
        return money(root.revoked_amount, root.currency)

    @staticmethod
    def resolve_shortfall_amount(root: RewardModel, info):
        return money(root.shortfall_amount, root.currency)

    @staticmethod
    def resolve_voucher_code(root: RewardModel, info):
        return root.voucher_code or None

    @staticmethod
    @staff_only
    def resolve_status_reason(root: RewardModel, info):
        return root.status_reason

    @staticmethod
    @staff_only
    def resolve_recipient_email(root: RewardModel, info):
        return root.recipient.email if root.recipient else None

    @staticmethod
    def resolve_referral_id(root: RewardModel, info):
        if root.referral_id is None:
            return None
        return graphene.relay.Node.to_global_id("Referral", root.referral_id)


class Referral(graphene.ObjectType):
    status = ReferralStatusEnum(required=True)
    source = ReferralSourceEnum(required=True)
    friend_name = graphene.String(
        required=True, description="Masked: first name and initial, or masked e-mail."
    )
    created_at = DateTime(required=True)
    updated_at = DateTime(required=True)
    rewards = graphene.List(graphene.NonNull(ReferralReward), required=True)
    status_reason = graphene.String(description="Staff only.")
    advocate_email = graphene.String(description="Staff only.")
    friend_email = graphene.String(description="Staff only.")
    code = graphene.String(description="Staff only: the code attributed.")
    order_id = graphene.ID(description="Staff only: the Saleor order's global ID.")
    order_number = graphene.String(description="Staff only.")
    order_total = graphene.Field(ReferralMoney, description="Staff only.")
    history = graphene.List(
        graphene.NonNull(ReferralStatusChange), description="Staff only."
    )

    class Meta:
        description = "A friend brought by an advocate."
        interfaces = (graphene.relay.Node,)

    @staticmethod
    def resolve_friend_name(root: ReferralModel, info):
        friend = root.friend
        if friend is not None:
            return display_name(friend.first_name, friend.last_name, friend.email)
        return mask_email(root.friend_email)

    @staticmethod
    def resolve_rewards(root: ReferralModel, info):
        return root.rewards.all()

    @staticmethod
    @staff_only
    def resolve_status_reason(root: ReferralModel, info):
        return root.status_reason

    @staticmethod
    @staff_only
    def resolve_advocate_email(root: ReferralModel, info):
        return root.advocate.email if root.advocate else None

    @staticmethod
    @staff_only
    def resolve_friend_email(root: ReferralModel, info):
        return root.friend_email

    @staticmethod
    @staff_only
    def resolve_code(root: ReferralModel, info):
        return root.code.code

    @staticmethod
    @staff_only
    def resolve_order_id(root: ReferralModel, info):
        if not root.order_id:
            return None
        return graphene.relay.Node.to_global_id("Order", root.order_id)

    @staticmethod
    @staff_only
    def resolve_order_number(root: ReferralModel, info):
        return root.order_number or None

    @staticmethod
    @staff_only
    def resolve_order_total(root: ReferralModel, info):
        return money(root.order_total, root.currency)

    @staticmethod
    @staff_only
    def resolve_history(root: ReferralModel, info):
        return root.status_changes.all()


ReferralCountableConnection = connection_type(Referral, "ReferralCountableConnection")
ReferralRewardCountableConnection = connection_type(
    ReferralReward, "ReferralRewardCountableConnection"
)


def referral_queryset(using: str):
    return (
        ReferralModel.objects.using(using)
        .select_related("friend", "advocate", "code")
        .prefetch_related("rewards", "status_changes")
    )


def reward_queryset(using: str):
    return RewardModel.objects.using(using).select_related("recipient")


@dataclass
class Profile:
    program: ReferralProgram
    user: object
    language: str
    using: str

    @cached_property
    def code(self) -> ReferralCode | None:
        with reading(self.using):
            return code_for(self.program, self.user.pk, self.using)


def _own_referrals(root: Profile, info, first=None, after=None):
    queryset = referral_queryset(root.using).filter(
        program=root.program, advocate=root.user
    )
    with reading(root.using):
        return paginate(queryset, first, after)


def _own_rewards(root: Profile, info, first=None, after=None):
    queryset = reward_queryset(root.using).filter(
        program=root.program, recipient=root.user
    )
    with reading(root.using):
        return paginate(queryset, first, after)


class ReferralNetworkCount(graphene.ObjectType):
    network = ReferralShareNetworkEnum(required=True)
    count = graphene.Int(required=True)

    class Meta:
        description = "Share clicks or landing visits on one network."


class ReferralProgramSummary(graphene.ObjectType):
    channel = graphene.String(required=True)
    pending = graphene.Int(required=True)
    qualified = graphene.Int(required=True)
    approved = graphene.Int(required=True)
    rewarded = graphene.Int(required=True)
    flagged = graphene.Int(required=True)
    rejected = graphene.Int(required=True)
    reversed = graphene.Int(required=True)
    visits = graphene.Int(required=True)
    visits_by_network = graphene.List(
        graphene.NonNull(ReferralNetworkCount), required=True
    )
    referred_revenue = graphene.Field(
        ReferralMoney,
        required=True,
        description="Order totals of qualified, approved and rewarded referrals.",
    )
    reward_cost = graphene.Field(
        ReferralMoney,
        required=True,
        description="The reward ledger alone: rewards issued minus reversals (one "
        "part of `fullCost`).",
    )
    full_cost = graphene.Field(
        ReferralMoney,
        required=True,
        description="The full cost, every line: `referralReport`'s `totalCost` for "
        "the same period.",
    )
    return_on_rewards = graphene.Float(
        description="Referred revenue per unit of full cost: `referralReport`'s "
        "`returnOnRewards` for the same period; null without cost."
    )

    class Meta:
        description = "Program results for a period (staff)."
