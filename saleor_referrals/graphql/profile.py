"""The customer's program page and the public program data: the shared types
composed with each domain's fields (tiers, campaigns, contests, events, numbers).

`types` holds what every domain shares and imports none of them; this module sits
above the domains, like the schema.
"""

from __future__ import annotations

import graphene

from .. import analytics, sharing
from ..benefits import RewardNow, advocate_reward_amount, advocate_reward_now
from ..commerce import WalletUnavailable, get_commerce
from ..identity import display_name
from ..models import StoreCreditWallet
from ..programs import friend_voucher_spec
from ..writer import reading
from . import contests, events, insights, tiers
from .campaigns import ReferralCampaign
from .core import connection_field
from .scalars import DateTime
from .types import (
    Profile,
    ProgramInfo,
    ReferralAdvocateReward,
    ReferralCountableConnection,
    ReferralFriendOffer,
    ReferralMoney,
    ReferralRewardCountableConnection,
    ReferralShareLink,
    ReferralStats,
    _own_referrals,
    _own_rewards,
    money,
)


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
        ReferralCampaign,
        description="The campaign live now, if any: `friendOffer` and "
        "`advocateReward` above already include its overrides.",
        resolver=lambda root, info: root.campaign,
    )
    social_proof = graphene.Field(
        insights.ReferralSocialProof,
        required=True,
        description="Coarse public counters for the landing page.",
        resolver=lambda root, info: insights.resolve_social_proof(root, info),
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


class ReferralStoreCredit(graphene.ObjectType):
    code = graphene.String(
        required=True,
        description="The gift card's code (it ends in -CRDT): entered at checkout, "
        "it spends the credit; only its owner can use it.",
    )
    balance = graphene.Field(ReferralMoney, required=True)

    class Meta:
        description = "The customer's store-credit wallet, a Saleor gift card."


def reward_now(root: Profile) -> RewardNow:
    """`benefits.advocate_reward_now` with the campaign live now, once per profile."""
    if "reward_now" not in root.__dict__:
        campaign = ProgramInfo(root.program, using=root.using).campaign
        with reading(root.using):
            root.__dict__["reward_now"] = advocate_reward_now(
                root.program, root.user.pk, campaign, root.using
            )
    return root.__dict__["reward_now"]


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
        tiers.ReferralTier,
        description="The customer's loyalty tier with its perks; null below the first.",
        resolver=lambda root, info: tiers.resolve_profile_tier(root, info),
    )
    next_tier = graphene.Field(
        tiers.ReferralNextTier,
        description="The next tier and the converted referrals still needed.",
        resolver=lambda root, info: tiers.resolve_profile_next_tier(root, info),
    )
    tier_at_risk_until = DateTime(
        description="Set when the customer fell below their tier: they keep it "
        "until then unless they climb back.",
        resolver=lambda root, info: tiers.resolve_profile_tier_at_risk_until(
            root, info
        ),
    )
    badges = graphene.List(
        graphene.NonNull(tiers.ReferralBadge),
        required=True,
        resolver=lambda root, info: tiers.resolve_profile_badges(root, info),
    )
    early_access_collections = graphene.List(
        graphene.NonNull(graphene.ID),
        required=True,
        description="Saleor collections the customer's tier lets them buy before "
        "their public date.",
        resolver=lambda root, info: tiers.resolve_profile_early_access(root, info),
    )
    member_discount_code = graphene.String(
        description="The customer's personal member-discount code, if their tier "
        "has one; only they can complete a checkout with it.",
        resolver=lambda root, info: tiers.resolve_profile_member_discount_code(
            root, info
        ),
    )

    contests = graphene.List(
        graphene.NonNull(contests.ReferralContestStanding),
        required=True,
        description="The customer's standing in the channel's contests that have "
        "started, latest first.",
        resolver=lambda root, info: contests.resolve_profile_contests(root, info),
    )
    events = graphene.List(
        graphene.NonNull(events.ReferralEventInvitation),
        required=True,
        description="Events the customer is invited to, with their guest passes.",
        resolver=lambda root, info: events.resolve_profile_events(root, info),
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
        return {
            "type": root.program.advocate_reward_type,
            "amount": money(reward_now(root).amount, root.program.currency),
        }

    @staticmethod
    def resolve_rewards_left(root: Profile, info):
        return reward_now(root).rewards_left

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
