"""Tiers, milestones and badges through the referral API."""

from decimal import Decimal

import graphene
import pytest

from saleor_referrals.tiers.models import Milestone, Tier, TierPlacementRun

from . import test_graphql
from .conftest import CHANNEL, make_user
from .tiers_helpers import add_tier, converting, gold, silver

TIERS = """
query tiers($channel: String!) {
  referralTiers(channel: $channel) {
    id name fa: name(languageCode: "fa") rank minReferrals window windowDays
    rewardMultiplier memberDiscountPercent entryReward { type amount { amount currency } }
    earlyAccessCollections earlyAccessUntil translations { language name }
  }
  referralMilestones(channel: $channel) { slug name referrals bonus { type amount { amount } } }
}
"""
TIER_CREATE = """
mutation create($channel: String!, $input: ReferralTierInput!, $pay: Boolean) {
  referralTierCreate(channel: $channel, input: $input, payEntryRewards: $pay) {
    tier { id name rank minReferrals }
    placement { id status total done }
    errors { field code message }
  }
}
"""
TIER_UPDATE = """
mutation update($id: ID!, $input: ReferralTierInput!, $reason: String) {
  referralTierUpdate(id: $id, input: $input, reason: $reason) {
    tier { name minReferrals memberDiscountPercent }
    errors { field code message }
  }
}
"""
TIER_DELETE = """
mutation delete($id: ID!, $reason: String!) {
  referralTierDelete(id: $id, reason: $reason) { membersMoved errors { field code } }
}
"""
MILESTONE_CREATE = """
mutation create($channel: String!, $input: ReferralMilestoneInput!) {
  referralMilestoneCreate(channel: $channel, input: $input) {
    milestone { slug name referrals }
    errors { field code message }
  }
}
"""
MILESTONE_UPDATE = """
mutation update($id: ID!, $input: ReferralMilestoneInput!) {
  referralMilestoneUpdate(id: $id, input: $input) {
    milestone { slug name referrals }
    errors { field code message }
  }
}
"""
MILESTONE_DELETE = """
mutation delete($id: ID!) {
  referralMilestoneDelete(id: $id) { deleted errors { field code } }
}
"""
PROFILE = """
query profile($channel: String!) {
  referralProfile(channel: $channel) {
    tier { name rank memberDiscountPercent }
    nextTier { tier { name } referralsNeeded }
    tierAtRiskUntil
    badges { slug name earnedAt }
    memberDiscountCode
  }
}
"""
HISTORY = """
query history($channel: String!, $email: String!) {
  referralTierHistory(channel: $channel, advocateEmail: $email) {
    advocateEmail tier { name }
    changes { kind fromTier toTier convertedReferrals reason createdAt }
  }
}
"""
REFERRALS_IN_TIER = """
query referrals($channel: String!, $tier: ID) {
  referrals(channel: $channel, filter: {tier: $tier}) { totalCount }
}
"""
PLACEMENT = """
query placement($id: ID!) { referralTierPlacement(id: $id) { status total done } }
"""

# The API fixtures of the core tests.
data, gql, staff = test_graphql.data, test_graphql.gql, test_graphql.staff


def tier_id(tier) -> str:
    return graphene.relay.Node.to_global_id("ReferralTier", tier.pk)


@pytest.fixture
def convert(order_facts, program, advocate, django_capture_on_commit_callbacks):
    return converting(
        order_facts, program, advocate, django_capture_on_commit_callbacks
    )


def test_public_ladder_and_milestones(gql, program, commerce):
    commerce.add_collection("7")
    add_tier(
        program,
        silver(
            name_translations={"fa": "نقره‌ای", "ar": "فضي"},
            entry_reward_kind="store_credit",
            entry_reward_value=Decimal("5"),
        ),
    )
    add_tier(
        program,
        gold(
            window="rolling",
            window_days=90,
            reward_multiplier=Decimal("2"),
            member_discount_percent=Decimal("10"),
            early_access_collection_ids=["7"],
            early_access_until="2030-01-01T00:00:00+00:00",
        ),
    )
    Milestone.objects.create(program=program, slug="three", name="Three", referrals=3)
    result = data(gql(TIERS, {"channel": CHANNEL}))
    first, second = result["referralTiers"]
    assert (first["name"], first["fa"], first["minReferrals"]) == (
        "Silver",
        "نقره‌ای",
        2,
    )
    assert first["entryReward"] == {
        "type": "STORE_CREDIT",
        "amount": {"amount": 5.0, "currency": "USD"},
    }
    assert (second["window"], second["windowDays"]) == ("ROLLING", 90)
    assert second["rewardMultiplier"] == 2.0
    assert second["earlyAccessCollections"] == [
        graphene.relay.Node.to_global_id("Collection", "7")
    ]
    assert result["referralMilestones"] == [
        {"slug": "three", "name": "Three", "referrals": 3, "bonus": None}
    ]


def test_staff_create_update_delete_tier(
    gql, staff, program, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        result = gql(
            TIER_CREATE,
            {
                "channel": CHANNEL,
                "input": {
                    "name": "Silver",
                    "rank": 1,
                    "minReferrals": 2,
                    "translations": [{"language": "fa", "name": "نقره‌ای"}],
                    "entryReward": {"type": "VOUCHER", "amount": 5},
                },
            },
            user=staff,
        )
    payload = data(result)["referralTierCreate"]
    assert payload["errors"] == []
    assert payload["tier"]["name"] == "Silver"
    placement = payload["placement"]["id"]
    assert data(gql(PLACEMENT, {"id": placement}, user=staff))[
        "referralTierPlacement"
    ] == {"status": "done", "total": 0, "done": 0}
    tier = Tier.objects.get()
    assert tier.name_translations == {"fa": "نقره‌ای"}
    assert tier.entry_reward_kind == "voucher" and tier.entry_reward_value == 5

    result = gql(
        TIER_UPDATE,
        {"id": tier_id(tier), "input": {"minReferrals": 3}},
        user=staff,
    )
    assert data(result)["referralTierUpdate"]["errors"] == [
        {
            "field": "reason",
            "code": "REQUIRED",
            "message": "Changing an entry rule moves members: give a reason.",
        }
    ]
    result = gql(
        TIER_UPDATE,
        {
            "id": tier_id(tier),
            "input": {"minReferrals": 3, "memberDiscountPercent": 12.5},
            "reason": "new season",
        },
        user=staff,
    )
    assert data(result)["referralTierUpdate"]["tier"] == {
        "name": "Silver",
        "minReferrals": 3,
        "memberDiscountPercent": 12.5,
    }
    result = gql(TIER_DELETE, {"id": tier_id(tier), "reason": "done"}, user=staff)
    assert data(result)["referralTierDelete"] == {"membersMoved": 0, "errors": []}
    assert not Tier.objects.exists()


def test_tier_mutations_need_the_staff_permission(gql, program, advocate):
    result = gql(
        TIER_CREATE,
        {"channel": CHANNEL, "input": {"name": "Silver", "rank": 1, "minReferrals": 2}},
        user=advocate,
    )
    assert result.errors and "permission" in result.errors[0].message
    assert not Tier.objects.exists()


@pytest.mark.parametrize(
    ("tier_input", "code", "field"),
    [
        ({"minReferrals": 2}, "THRESHOLDS_NOT_RISING", "minReferrals"),
        ({"name": "SILVER"}, "UNIQUE", "name"),
        ({"minReferrals": -4}, "OUT_OF_RANGE", "minReferrals"),
        ({"rewardFixed": 1e300}, "OUT_OF_RANGE", "rewardFixed"),
        ({"rewardMultiplier": -1}, "OUT_OF_RANGE", "rewardMultiplier"),
        ({"window": "ROLLING", "windowDays": 0}, "OUT_OF_RANGE", "windowDays"),
        (
            {
                "earlyAccessCollections": ["Q29sbGVjdGlvbjo5OTk="],
                "earlyAccessUntil": "2030-01-01T00:00:00+00:00",
            },
            "UNKNOWN_COLLECTION",
            "earlyAccessCollections",
        ),
        (
            {"earlyAccessCollections": ["not-an-id"]},
            "UNKNOWN_COLLECTION",
            "earlyAccessCollections",
        ),
        ({"name": None}, "REQUIRED", "name"),
        (
            {
                "translations": [
                    {"language": "fa", "name": "a"},
                    {"language": "fa", "name": "b"},
                ]
            },
            "UNIQUE",
            "translations",
        ),
        (
            {"entryReward": {"type": "DONATION", "amount": 5}},
            "INVALID",
            "entryRewardKind",
        ),
        (
            {"entryReward": {"type": "VOUCHER", "amount": 0}},
            "OUT_OF_RANGE",
            "entryRewardValue",
        ),
    ],
)
def test_bad_tier_input_gets_a_code_and_writes_nothing(
    gql, staff, program, tier_input, code, field
):
    add_tier(program, silver())
    base = {"name": "Gold", "rank": 2, "minReferrals": 5}
    result = gql(
        TIER_CREATE, {"channel": CHANNEL, "input": {**base, **tier_input}}, user=staff
    )
    payload = data(result)["referralTierCreate"]
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [(code, field)]
    assert payload["tier"] is None
    assert Tier.objects.count() == 1
    assert TierPlacementRun.objects.count() == 1


def test_staff_milestones(gql, staff, program):
    created = data(
        gql(
            MILESTONE_CREATE,
            {
                "channel": CHANNEL,
                "input": {"slug": "three", "name": "Three", "referrals": 3},
            },
            user=staff,
        )
    )["referralMilestoneCreate"]
    assert created == {
        "milestone": {"slug": "three", "name": "Three", "referrals": 3},
        "errors": [],
    }
    milestone_id = graphene.relay.Node.to_global_id(
        "ReferralMilestone", Milestone.objects.get().pk
    )
    duplicate = data(
        gql(
            MILESTONE_CREATE,
            {
                "channel": CHANNEL,
                "input": {"slug": "three", "name": "x", "referrals": 4},
            },
            user=staff,
        )
    )["referralMilestoneCreate"]
    assert [(e["code"], e["field"]) for e in duplicate["errors"]] == [
        ("UNIQUE", "slug")
    ]
    bad = data(
        gql(
            MILESTONE_UPDATE,
            {"id": milestone_id, "input": {"referrals": 0}},
            user=staff,
        )
    )["referralMilestoneUpdate"]
    assert [(e["code"], e["field"]) for e in bad["errors"]] == [
        ("OUT_OF_RANGE", "referrals")
    ]
    updated = data(
        gql(
            MILESTONE_UPDATE,
            {"id": milestone_id, "input": {"referrals": 2}},
            user=staff,
        )
    )["referralMilestoneUpdate"]
    assert updated["milestone"]["referrals"] == 2
    deleted = data(gql(MILESTONE_DELETE, {"id": milestone_id}, user=staff))
    assert deleted["referralMilestoneDelete"] == {"deleted": True, "errors": []}
    assert not Milestone.objects.exists()


def test_profile_shows_tier_next_tier_badges_and_member_code(
    gql, program, advocate, convert
):
    add_tier(program, silver(member_discount_percent=Decimal("10")))
    add_tier(program, gold())
    Milestone.objects.create(program=program, slug="first", name="First", referrals=1)
    profile = data(gql(PROFILE, {"channel": CHANNEL}, user=advocate))["referralProfile"]
    assert profile["tier"] is None
    assert profile["nextTier"] == {"tier": {"name": "Silver"}, "referralsNeeded": 2}
    convert(3)
    profile = data(gql(PROFILE, {"channel": CHANNEL}, user=advocate))["referralProfile"]
    assert profile["tier"] == {
        "name": "Silver",
        "rank": 1,
        "memberDiscountPercent": 10.0,
    }
    assert profile["nextTier"] == {"tier": {"name": "Gold"}, "referralsNeeded": 2}
    assert [badge["slug"] for badge in profile["badges"]] == ["first"]
    assert profile["memberDiscountCode"]
    assert profile["tierAtRiskUntil"] is None


def test_staff_read_tier_history_and_filter_referrals_by_tier(
    gql, staff, program, advocate, convert
):
    tier = add_tier(program, silver())
    convert(2)
    other = make_user("other@example.com")
    history = data(
        gql(HISTORY, {"channel": CHANNEL, "email": advocate.email}, user=staff)
    )["referralTierHistory"]
    assert history["tier"] == {"name": "Silver"}
    assert [
        (c["kind"], c["toTier"], c["convertedReferrals"]) for c in history["changes"]
    ] == [("PROMOTED", "Silver", 2)]
    in_tier = data(
        gql(REFERRALS_IN_TIER, {"channel": CHANNEL, "tier": tier_id(tier)}, user=staff)
    )
    assert in_tier["referrals"]["totalCount"] == 2
    assert (
        data(gql(HISTORY, {"channel": CHANNEL, "email": other.email}, user=staff))[
            "referralTierHistory"
        ]
        is None
    )
    denied = gql(HISTORY, {"channel": CHANNEL, "email": advocate.email}, user=advocate)
    assert denied.errors


def test_profile_tier_fields_cost_the_same_with_1_and_200_referrals(gql, program):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from saleor_referrals.codes import get_or_create_code
    from saleor_referrals.models import Referral
    from saleor_referrals.tiers.evaluation import evaluate

    add_tier(program, silver(member_discount_percent=Decimal("10")))
    add_tier(program, gold())
    Milestone.objects.create(program=program, slug="first", name="First", referrals=1)
    counts = []
    for referrals in (1, 200):
        user = make_user(f"adv{referrals}@example.com")
        code = get_or_create_code(program, user)
        Referral.objects.bulk_create(
            Referral(
                program=program,
                code=code,
                advocate=user,
                friend_email_normalized=f"f{referrals}-{i}@example.com",
                source="code",
                order_id=f"o{referrals}-{i}",
                currency="USD",
                status="rewarded",
                created_at=timezone.now(),
            )
            for i in range(referrals)
        )
        evaluate(program.pk, user.pk, reason="test")
        with CaptureQueriesContext(connection) as queries:
            profile = data(gql(PROFILE, {"channel": CHANNEL}, user=user))
        assert profile["referralProfile"]["badges"]
        counts.append(len(queries))
    assert counts[0] == counts[1]
