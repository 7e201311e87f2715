import graphene

from ..campaigns.errors import CampaignErrorCode
from ..insights.errors import InsightErrorCode
from ..models import (
    DiscountType,
    ReferralSource,
    ReferralStatus,
    RewardKind,
    RewardSide,
    RewardStatus,
    ShareNetwork,
)
from ..tiers.errors import TierErrorCode


def _enum(name: str, choices, description: str) -> type[graphene.Enum]:
    enum = graphene.Enum(
        name,
        [(choice.name, choice.value) for choice in choices],
        description=description,
    )
    return enum


ReferralErrorCode = graphene.Enum(
    "ReferralErrorCode",
    [
        (name, name.lower())
        for name in dict.fromkeys(
            (
                "INVALID",
                "NOT_FOUND",
                "REQUIRED",
                "UNIQUE",
                "SELF_REFERRAL",
                "NOT_ELIGIBLE",
                "PROGRAM_INACTIVE",
                "THROTTLED",
                "LIMIT_EXCEEDED",
                "ALREADY_REDEEMED",
                "CAPACITY_REACHED",
                # The domain codes of the tier rules (shared names appear once).
                *(code.name for code in TierErrorCode),
                *(code.name for code in CampaignErrorCode),
                *(code.name for code in InsightErrorCode),
            )
        )
    ],
    description="Error codes of referral mutations.",
)
ReferralStatusEnum = _enum(
    "ReferralStatusEnum", ReferralStatus, "Where a referral stands."
)
ReferralSourceEnum = _enum(
    "ReferralSourceEnum", ReferralSource, "How a referral was attributed."
)
ReferralRewardStatusEnum = _enum(
    "ReferralRewardStatusEnum", RewardStatus, "Where a reward stands."
)
ReferralRewardKindEnum = _enum(
    "ReferralRewardKindEnum", RewardKind, "What a reward is paid in."
)
ReferralRewardSideEnum = _enum(
    "ReferralRewardSideEnum", RewardSide, "Who receives a reward."
)
ReferralDiscountTypeEnum = _enum(
    "ReferralDiscountTypeEnum", DiscountType, "What the friend's code takes off."
)
ReferralShareNetworkEnum = _enum(
    "ReferralShareNetworkEnum", ShareNetwork, "Where a link was shared or clicked."
)
ReferralReviewDecisionEnum = graphene.Enum(
    "ReferralReviewDecisionEnum",
    [("APPROVE", "approve"), ("REJECT", "reject")],
    description="A staff decision on a referral.",
)
ReferralManualSourceEnum = graphene.Enum(
    "ReferralManualSourceEnum",
    [("MANUAL", ReferralSource.MANUAL.value), ("SURVEY", ReferralSource.SURVEY.value)],
    description="Why staff attribute an order by hand.",
)
