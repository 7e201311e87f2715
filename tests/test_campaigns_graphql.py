"""Campaigns through the referral API: staff edits, bad input, the landing page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from saleor_referrals.campaigns import switch
from saleor_referrals.campaigns.models import Campaign
from saleor_referrals.models import ReferralProgram

from . import test_graphql
from .campaigns_helpers import schedule
from .conftest import CHANNEL

data, gql, staff = test_graphql.data, test_graphql.gql, test_graphql.staff

CREATE = """
mutation create($channel: String!, $input: ReferralCampaignInput!) {
  referralCampaignCreate(channel: $channel, input: $input) {
    campaign { id name state title fa: title(languageCode: "fa") startsAt endsAt
      friendOffer { type value minSpent { amount } }
      advocateReward { amount { amount } multiplier } }
    errors { field code message }
  }
}
"""
UPDATE = """
mutation update($id: ID!, $channel: String, $input: ReferralCampaignInput!) {
  referralCampaignUpdate(id: $id, channel: $channel, input: $input) {
    campaign { name friendOffer { value } }
    errors { field code message }
  }
}
"""
LIST = """
query list($channel: String!) {
  referralCampaigns(channel: $channel) {
    name state switches { kind reason }
    results { referrals converted referredRevenue { amount } rewardCost { amount } }
  }
}
"""
LANDING = """
query landing($channel: String!) {
  referralProgram(channel: $channel) {
    friendOffer { type value }
    advocateReward { amount { amount } }
    campaign { name title(languageCode: "ar") description imageUrl endsAt
      friendOffer { value } }
  }
}
"""


def iso(delta: timedelta) -> str:
    return (timezone.now() + delta).isoformat()


def campaign_input(**overrides) -> dict:
    values = {
        "name": "Nowruz",
        "copy": [
            {"language": "en", "title": "Nowruz gift", "description": "25% off"},
            {"language": "fa", "title": "هدیه نوروز"},
        ],
        "imageUrl": "https://cdn.example.com/nowruz.png",
        "startsAt": iso(timedelta(days=1)),
        "endsAt": iso(timedelta(days=14)),
        "friendOffer": {"type": "PERCENTAGE", "value": 25, "minSpent": 40},
        "advocateReward": {"multiplier": 2},
    }
    return {**values, **overrides}


def create(gql, staff, **overrides):
    variables = {"channel": CHANNEL, "input": campaign_input(**overrides)}
    return gql(CREATE, variables, user=staff).data["referralCampaignCreate"]


def test_staff_create_and_list(gql, staff, program):
    payload = create(gql, staff)
    assert payload["errors"] == []
    campaign = payload["campaign"]
    assert (campaign["name"], campaign["state"]) == ("Nowruz", "SCHEDULED")
    assert (campaign["title"], campaign["fa"]) == ("Nowruz gift", "هدیه نوروز")
    assert campaign["friendOffer"] == {
        "type": "PERCENTAGE",
        "value": 25.0,
        "minSpent": {"amount": 40.0},
    }
    assert campaign["advocateReward"] == {"amount": None, "multiplier": 2.0}
    listed = data(gql(LIST, {"channel": CHANNEL}, user=staff))["referralCampaigns"]
    assert listed[0]["results"] == {
        "referrals": 0,
        "converted": 0,
        "referredRevenue": {"amount": 0.0},
        "rewardCost": {"amount": 0.0},
    }


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"endsAt": iso(timedelta(hours=1))}, "endsAt", "INVALID"),
        ({"startsAt": "2030-01-01T00:00:00"}, "startsAt", "INVALID"),
        (
            {"friendOffer": {"type": "FIXED", "value": -5}},
            "friendOffer",
            "OUT_OF_RANGE",
        ),
        (
            {"friendOffer": {"type": "PERCENTAGE", "value": 120}},
            "friendOffer",
            "OUT_OF_RANGE",
        ),
        ({"friendOffer": {"type": "FIXED"}}, "friendOffer", "REQUIRED"),
        ({"advocateReward": {"amount": -1}}, "advocateReward", "OUT_OF_RANGE"),
        ({"advocateReward": {"multiplier": 0}}, "advocateReward", "OUT_OF_RANGE"),
        (
            {"advocateReward": {"amount": 5, "multiplier": 2}},
            "advocateReward",
            "INVALID",
        ),
        ({"name": " "}, "name", "REQUIRED"),
        ({"imageUrl": "javascript:alert(1)"}, "imageUrl", "INVALID"),
        ({"copy": [{"language": "de", "title": "x"}]}, "copy", "INVALID"),
    ],
)
def test_bad_input_answers_a_code_and_writes_nothing(
    gql, staff, program, overrides, field, code
):
    payload = create(gql, staff, **overrides)
    assert payload["campaign"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)]
    assert not Campaign.objects.exists()


def test_overlapping_campaigns_are_refused(gql, staff, program):
    assert create(gql, staff)["errors"] == []
    payload = create(
        gql,
        staff,
        name="Overlap",
        startsAt=iso(timedelta(days=10)),
        endsAt=iso(timedelta(days=20)),
    )
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [
        ("startsAt", "OVERLAPPING")
    ]
    assert Campaign.objects.count() == 1
    # Touching windows do not overlap.
    first = Campaign.objects.get()
    assert (
        create(
            gql,
            staff,
            name="Next",
            startsAt=first.ends_at.isoformat(),
            endsAt=iso(timedelta(days=30)),
        )["errors"]
        == []
    )


def test_update_checks_channel_and_ended_campaigns(gql, staff, program, commerce):
    campaign_id = create(gql, staff)["campaign"]["id"]
    commerce.add_channel("other", "EUR")
    ReferralProgram.objects.create(channel_slug="other", currency="EUR")
    foreign = gql(
        UPDATE,
        {"id": campaign_id, "channel": "other", "input": {"name": "Stolen"}},
        user=staff,
    ).data["referralCampaignUpdate"]
    assert [(e["field"], e["code"]) for e in foreign["errors"]] == [("id", "NOT_FOUND")]
    before = Campaign.objects.get()
    bad = gql(
        UPDATE,
        {
            "id": campaign_id,
            "input": {"name": "Renamed", "endsAt": before.starts_at.isoformat()},
        },
        user=staff,
    ).data["referralCampaignUpdate"]
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [("endsAt", "INVALID")]
    assert Campaign.objects.get().name == "Nowruz"

    ok = gql(
        UPDATE,
        {"id": campaign_id, "channel": CHANNEL, "input": {"name": "Nowruz 1405"}},
        user=staff,
    ).data["referralCampaignUpdate"]
    assert ok == {
        "campaign": {"name": "Nowruz 1405", "friendOffer": {"value": 25.0}},
        "errors": [],
    }

    Campaign.objects.update(state="ended")
    ended = gql(
        UPDATE, {"id": campaign_id, "input": {"name": "Late"}}, user=staff
    ).data["referralCampaignUpdate"]
    assert [e["code"] for e in ended["errors"]] == ["ENDED"]


def test_live_campaign_update_reaches_the_voucher_at_once(
    gql, staff, program, commerce
):
    campaign = schedule(
        program, start_in=timedelta(minutes=-5), length=timedelta(days=1)
    )
    switch.switch_all()
    from graphene import relay

    payload = gql(
        UPDATE,
        {
            "id": relay.Node.to_global_id("ReferralCampaign", campaign.pk),
            "input": {"friendOffer": {"type": "PERCENTAGE", "value": 30}},
        },
        user=staff,
    ).data["referralCampaignUpdate"]
    assert payload["errors"] == []
    program.refresh_from_db()
    assert commerce.vouchers[program.friend_voucher_id].value == 30


def test_customers_cannot_use_campaign_staff_api(gql, program, advocate):
    listed = gql(LIST, {"channel": CHANNEL}, user=advocate)
    assert listed.errors and "MANAGE_DISCOUNTS" in str(listed.errors[0])
    created = gql(
        CREATE, {"channel": CHANNEL, "input": campaign_input()}, user=advocate
    )
    assert created.errors
    assert not Campaign.objects.exists()


def test_landing_page_sees_the_live_campaign_and_its_offer(gql, program):
    nothing = data(gql(LANDING, {"channel": CHANNEL}))["referralProgram"]
    assert nothing["campaign"] is None
    assert nothing["friendOffer"] == {"type": "PERCENTAGE", "value": 15.0}
    schedule(
        program,
        start_in=timedelta(minutes=-1),
        length=timedelta(days=1),
        copy={
            "en": {"title": "Spring", "description": "Double rewards"},
            "ar": {"title": "الربيع"},
        },
        image_url="https://cdn.example.com/spring.png",
    )
    switch.switch_all()
    landing = data(gql(LANDING, {"channel": CHANNEL}))["referralProgram"]
    assert landing["friendOffer"] == {"type": "PERCENTAGE", "value": 25.0}
    assert landing["advocateReward"] == {"amount": {"amount": 40.0}}
    live = landing["campaign"]
    assert (live["name"], live["title"], live["description"]) == (
        "Spring",
        "الربيع",
        "Double rewards",
    )
    guest = gql(
        "query($c: String!) { referralProgram(channel: $c) { campaign { switches "
        "{ kind } } } }",
        {"c": CHANNEL},
    )
    assert "MANAGE_DISCOUNTS" in str(guest.errors[0])
