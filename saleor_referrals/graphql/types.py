"""Object types. Every name starts with `Referral`.

Ownership is checked where data enters the graph (profile, staff queries); fields
that only staff may read check the permission themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import graphene
from django.db import DEFAULT_DB_ALIAS

from .. import analytics, sharing
from ..benefits import advocate_reward_amount, advocate_reward_now
from ..codes import code_for
from ..commerce import WalletUnavailable, get_commerce
from ..identity import display_name, mask_email
from ..models import Referral as ReferralModel
from ..models import ReferralCode, ReferralProgram, StoreCreditWallet
from ..models import Reward as RewardModel
from ..programs import friend_voucher_spec, live_campaign
from ..writer import reading
from .core import connection_field, connection_type, paginate, staff_only
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


def _campaigns():
    from . import campaigns

    return campaigns


def _insights():
    from . import insights

    return insights


def _contests():
    from . import contests

    return contests


class ReferralProgramInfo(graphene.ObjectType):
    channel = graphene.String(required=True, description="Channel slug.")
    is_active = graphene.Boolean(required=True)
    friend_offer = graphene.Field(ReferralFriendOffer, required=True)
    advocate_reward = graphene.Field(ReferralAdvocateReward, required=True)
    min_order_total = graphene.Field(
        ReferralMoney, required=True, description="A friend's order must reach this."
    )
    new_customers_only = graphene.Boolean(required=True)
    hold_days = graphene.Int(
        required=True, description="Days before an advocate's reward is released."
    )
    terms = graphene.String(
        required=True,
        description=(
            "Terms in the request's language when translated into it, else the "
            "default terms."
        ),
    )
    storefront_url = graphene.String()
    code = graphene.String(
        description="The code asked about, normalized, when it is valid; else null."
    )
    advocate_name = graphene.String(
        description="First name and last initial of the code's owner, when valid."
    )
    campaign = graphene.Field(
        lambda: _campaigns().ReferralCampaign,
        description="The campaign live now, if any: `friendOffer` and "
        "`advocateReward` above already include its overrides.",
        resolver=lambda root, info: root.campaign,
    )
    social_proof = graphene.Field(
        lambda: _insights().ReferralSocialProof,
        required=True,
        description="Coarse public counters for the landing page.",
        resolver=lambda root, info: _insights().resolve_social_proof(root, info),
    )

    class Meta:
        description = "Public program data for share widgets and `?ref=` landing pages."

    @staticmethod
    def resolve_channel(root: ProgramInfo, info):
        return root.program.channel_slug

    @staticmethod
    def resolve_is_active(root: ProgramInfo, info):
        return root.program.is_active

    @staticmethod
    def resolve_friend_offer(root: ProgramInfo, info):
        program = root.program
        offer = friend_voucher_spec(program, root.campaign)
        return {
            "type": offer.discount_type,
            "value": offer.value,
            "currency": program.currency,
            "min_spent": money(offer.min_spent, program.currency),
        }

    @staticmethod
    def resolve_advocate_reward(root: ProgramInfo, info):
        program = root.program
        # Without an advocate: the program's reward with the campaign's override.
        amount, _ = advocate_reward_amount(program, None, root.campaign)
        return {
            "type": program.advocate_reward_type,
            "amount": money(amount, program.currency),
        }

    @staticmethod
    def resolve_min_order_total(root: ProgramInfo, info):
        return money(root.program.min_order_total, root.program.currency)

    @staticmethod
    def resolve_new_customers_only(root: ProgramInfo, info):
        return root.program.new_customers_only

    @staticmethod
    def resolve_hold_days(root: ProgramInfo, info):
        return root.program.hold_days

    @staticmethod
    def resolve_terms(root: ProgramInfo, info):
        return root.program.terms_in(root.language)

    @staticmethod
    def resolve_storefront_url(root: ProgramInfo, info):
        return root.program.storefront_url or None

    @staticmethod
    def resolve_code(root: ProgramInfo, info):
        return root.code.code if root.code else None

    @staticmethod
    def resolve_advocate_name(root: ProgramInfo, info):
        if root.code is None:
            return None
        user = root.code.user
        return display_name(user.first_name, user.last_name, "") or None


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


def _tiers():
    # graphql/tiers.py builds on the types here; the profile's tier fields point
    # at it lazily.
    from . import tiers

    return tiers


def _events():
    from . import events

    return events


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

    @cached_property
    def reward_now(self):
        """`benefits.advocate_reward_now` with the campaign live now."""
        campaign = ProgramInfo(self.program, using=self.using).campaign
        with reading(self.using):
            return advocate_reward_now(self.program, self.user.pk, campaign, self.using)


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


class ReferralStoreCredit(graphene.ObjectType):
    code = graphene.String(
        required=True,
        description="The gift card's code (it ends in -CRDT): entered at checkout, "
        "it spends the credit; only its owner can use it.",
    )
    balance = graphene.Field(ReferralMoney, required=True)

    class Meta:
        description = "The customer's store-credit wallet, a Saleor gift card."


class ReferralProfile(graphene.ObjectType):
    code = graphene.String(
        description="The customer's code; null until `referralCodeCreate`."
    )
    share_url = graphene.String(description="`{storefront}?ref=CODE`.")
    share_message = graphene.String(
        description="The prefilled message, in the request's language."
    )
    share_links = graphene.List(
        graphene.NonNull(ReferralShareLink),
        required=True,
        description="E-mail, WhatsApp, Telegram, X, Facebook, LinkedIn, SMS, link.",
    )
    stats = graphene.Field(ReferralStats, required=True)
    advocate_reward = graphene.Field(
        ReferralAdvocateReward,
        required=True,
        description="What this customer gets now for each friend who converts: the "
        "program's reward, the live campaign's override, their tier's multiplier or "
        "fixed reward, and zero once they reached the program's cap "
        "(`program.advocateReward` is the reward without a tier).",
    )
    rewards_left = graphene.Int(
        description="Rewarded referrals left before the program's cap; null when "
        "the program has no cap."
    )
    store_credit = graphene.Field(
        ReferralStoreCredit,
        description="The customer's store-credit wallet in the channel's currency, "
        "once credit was issued to it; null otherwise.",
    )
    rewards = connection_field(ReferralRewardCountableConnection, _own_rewards)
    referrals = connection_field(ReferralCountableConnection, _own_referrals)
    program = graphene.Field(ReferralProgramInfo, required=True)
    tier = graphene.Field(
        lambda: _tiers().ReferralTier,
        description="The customer's loyalty tier with its perks; null below the first.",
        resolver=lambda root, info: _tiers().resolve_profile_tier(root, info),
    )
    next_tier = graphene.Field(
        lambda: _tiers().ReferralNextTier,
        description="The next tier and the converted referrals still needed.",
        resolver=lambda root, info: _tiers().resolve_profile_next_tier(root, info),
    )
    tier_at_risk_until = DateTime(
        description="Set when the customer fell below their tier: they keep it "
        "until then unless they climb back.",
        resolver=lambda root, info: _tiers().resolve_profile_tier_at_risk_until(
            root, info
        ),
    )
    badges = graphene.List(
        graphene.NonNull(lambda: _tiers().ReferralBadge),
        required=True,
        resolver=lambda root, info: _tiers().resolve_profile_badges(root, info),
    )
    early_access_collections = graphene.List(
        graphene.NonNull(graphene.ID),
        required=True,
        description="Saleor collections the customer's tier lets them buy before "
        "their public date.",
        resolver=lambda root, info: _tiers().resolve_profile_early_access(root, info),
    )
    member_discount_code = graphene.String(
        description="The customer's personal member-discount code, if their tier "
        "has one; only they can complete a checkout with it.",
        resolver=lambda root, info: _tiers().resolve_profile_member_discount_code(
            root, info
        ),
    )

    contests = graphene.List(
        graphene.NonNull(lambda: _contests().ReferralContestStanding),
        required=True,
        description="The customer's standing in the channel's contests that have "
        "started, latest first.",
        resolver=lambda root, info: _contests().resolve_profile_contests(root, info),
    )
    events = graphene.List(
        graphene.NonNull(lambda: _events().ReferralEventInvitation),
        required=True,
        description="Events the customer is invited to, with their guest passes.",
        resolver=lambda root, info: _events().resolve_profile_events(root, info),
    )

    class Meta:
        description = "The signed-in customer's referral program page."

    @staticmethod
    def resolve_code(root: Profile, info):
        code = root.code
        return code.code if code else None

    @staticmethod
    def resolve_share_url(root: Profile, info):
        code = root.code
        return root.program.share_url(code.code) if code else None

    @staticmethod
    def resolve_share_message(root: Profile, info):
        code = root.code
        if code is None:
            return None
        return sharing.share_message(root.program, code.code, root.language)

    @staticmethod
    def resolve_share_links(root: Profile, info):
        code = root.code
        if code is None:
            return []
        return [
            {"network": network, "url": url}
            for network, url in sharing.share_links(
                root.program, code.code, root.language
            )
        ]

    @staticmethod
    def resolve_stats(root: Profile, info):
        with reading(root.using):
            stats = analytics.advocate_stats(root.program, root.user.pk, root.using)
        return {
            "visits": stats.visits,
            "friends": stats.friends,
            "orders": stats.orders,
            "pending": stats.pending,
            "qualified": stats.qualified,
            "rewarded": stats.rewarded,
            "earned": money(stats.earned, stats.currency),
            "donated": money(stats.donated, stats.currency),
        }

    @staticmethod
    def resolve_advocate_reward(root: Profile, info):
        now = root.reward_now
        return {
            "type": root.program.advocate_reward_type,
            "amount": money(now.amount, root.program.currency),
        }

    @staticmethod
    def resolve_rewards_left(root: Profile, info):
        return root.reward_now.rewards_left

    @staticmethod
    def resolve_store_credit(root: Profile, info):
        currency = root.program.currency
        with reading(root.using):
            wallet = (
                StoreCreditWallet.objects.using(root.using)
                .filter(user_id=root.user.pk, currency=currency)
                .first()
            )
            if wallet is None:
                return None
            try:
                card = get_commerce().wallet_card(wallet.gift_card_id, root.using)
            except WalletUnavailable:
                return None
        return {"code": card.code, "balance": money(card.balance, currency)}

    @staticmethod
    def resolve_program(root: Profile, info):
        return ProgramInfo(root.program, language=root.language, using=root.using)


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
