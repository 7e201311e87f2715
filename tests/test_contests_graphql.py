"""Contests through the referral API: staff edits and decisions, a customer's
standing, bad input."""

from datetime import timedelta

import graphene
import pytest
from django.utils import timezone

from saleor_referrals.campaigns.models import Contest, ContestPrize
from saleor_referrals.models import ReferralProgram

from . import test_graphql
from .conftest import CHANNEL, make_user
from .test_contests import bring, instant  # noqa: F401 (fixtures)

data, gql, staff = test_graphql.data, test_graphql.gql, test_graphql.staff

CREATE = """
mutation create($channel: String!, $input: ReferralContestInput!) {
  referralContestCreate(channel: $channel, input: $input) {
    contest { id name fa: name(languageCode: "fa") minReferrals state
      prizes { method position kind amount { amount } description } }
    errors { field code message }
  }
}
"""
UPDATE = """
mutation update($id: ID!, $channel: String, $input: ReferralContestInput!) {
  referralContestUpdate(id: $id, channel: $channel, input: $input) {
    contest { name minReferrals prizes { kind } }
    errors { field code }
  }
}
"""
DECIDE = """
mutation decide($id: ID!, $seed: String) {
  referralContestDecide(id: $id, seed: $seed) {
    contest { state seed entrants prizeCost { amount } referredRevenue { amount }
      prizes { method position winnerName winnerEmail rewardStatus } }
    errors { field code message }
  }
}
"""
FULFIL = """
mutation fulfil($id: ID!, $note: String) {
  referralContestPrizeFulfil(id: $id, note: $note) {
    prize { kind fulfilledBy fulfilledAt }
    errors { field code }
  }
}
"""
LIST = """
query list($channel: String!) {
  referralContests(channel: $channel) { name state decideAfter prizes { kind } }
}
"""
PROFILE = """
query profile($channel: String!) {
  referralProfile(channel: $channel) {
    contests { contest { name } convertedReferrals rank entered referralsNeeded
      prizesWon { kind amount { amount } } }
  }
}
"""


def iso(delta: timedelta) -> str:
    return (timezone.now() + delta).isoformat()


def contest_input(**overrides) -> dict:
    values = {
        "name": "Spring challenge",
        "translations": [{"language": "fa", "name": "چالش بهاری"}],
        "startsAt": iso(timedelta(days=-3)),
        "endsAt": iso(timedelta(seconds=3)),
        "minReferrals": 1,
        "prizes": [
            {"method": "RANK", "kind": "STORE_CREDIT", "amount": 50},
            {
                "method": "DRAW",
                "kind": "PHYSICAL",
                "amount": 300,
                "description": "Bike",
            },
        ],
    }
    return {**values, **overrides}


def create(gql, staff, **overrides):
    variables = {"channel": CHANNEL, "input": contest_input(**overrides)}
    return gql(CREATE, variables, user=staff).data["referralContestCreate"]


def test_staff_create_update_and_list(gql, staff, program):
    payload = create(gql, staff)
    assert payload["errors"] == []
    contest = payload["contest"]
    assert (contest["name"], contest["fa"], contest["state"]) == (
        "Spring challenge",
        "چالش بهاری",
        "OPEN",
    )
    assert [(p["method"], p["position"], p["kind"]) for p in contest["prizes"]] == [
        ("DRAW", 1, "PHYSICAL"),
        ("RANK", 1, "STORE_CREDIT"),
    ]
    updated = gql(
        UPDATE,
        {
            "id": contest["id"],
            "input": {
                "minReferrals": 2,
                "prizes": [{"method": "RANK", "kind": "VOUCHER", "amount": 10}],
            },
        },
        user=staff,
    ).data["referralContestUpdate"]
    assert updated == {
        "contest": {
            "name": "Spring challenge",
            "minReferrals": 2,
            "prizes": [{"kind": "VOUCHER"}],
        },
        "errors": [],
    }
    listed = data(gql(LIST, {"channel": CHANNEL}, user=staff))["referralContests"]
    assert [c["name"] for c in listed] == ["Spring challenge"]


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"endsAt": iso(timedelta(days=-4))}, "endsAt", "INVALID"),
        ({"minReferrals": 0}, "minReferrals", "OUT_OF_RANGE"),
        ({"prizes": []}, "prizes", "REQUIRED"),
        (
            {"prizes": [{"method": "RANK", "kind": "VOUCHER", "amount": -5}]},
            "prizes",
            "OUT_OF_RANGE",
        ),
        (
            {"prizes": [{"method": "RANK", "kind": "PHYSICAL", "amount": 5}]},
            "prizes",
            "REQUIRED",
        ),
        ({"name": ""}, "name", "REQUIRED"),
    ],
)
def test_bad_input_answers_a_code_and_writes_nothing(
    gql, staff, program, overrides, field, code
):
    payload = create(gql, staff, **overrides)
    assert payload["contest"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)]
    assert not Contest.objects.exists() and not ContestPrize.objects.exists()


def test_foreign_channel_objects_are_not_found(gql, staff, program, commerce):
    contest_id = create(gql, staff)["contest"]["id"]
    commerce.add_channel("other", "EUR")
    ReferralProgram.objects.create(channel_slug="other", currency="EUR")
    payload = gql(
        UPDATE,
        {"id": contest_id, "channel": "other", "input": {"name": "Stolen"}},
        user=staff,
    ).data["referralContestUpdate"]
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("id", "NOT_FOUND")]
    assert Contest.objects.get().name == "Spring challenge"


def test_update_with_nulls_answers_codes(gql, staff, program):
    contest_id = create(gql, staff)["contest"]["id"]
    for field, code in (("minReferrals", "OUT_OF_RANGE"), ("endsAt", "INVALID")):
        payload = gql(
            UPDATE, {"id": contest_id, "input": {field: None}}, user=staff
        ).data["referralContestUpdate"]
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [(field, code)]
    assert Contest.objects.get().min_referrals == 1


def test_decide_before_the_end_is_refused(gql, staff, program):
    contest_id = create(gql, staff, endsAt=iso(timedelta(days=1)))["contest"]["id"]
    payload = gql(DECIDE, {"id": contest_id}, user=staff).data["referralContestDecide"]
    assert [e["code"] for e in payload["errors"]] == ["NOT_DECIDABLE"]
    assert Contest.objects.get().state == "open"


def test_staff_decide_fulfil_and_the_winner_standing(
    gql,
    staff,
    instant,  # noqa: F811 (the fixture imported above)
    bring,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    ada = make_user("ada@example.com", "Ada", "Lovelace")
    bob = make_user("bob@example.com", "Bob", "Builder")
    contest_id = create(gql, staff)["contest"]["id"]
    bring(instant, ada, 2)
    bring(instant, bob, 1)
    Contest.objects.update(ends_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        payload = gql(DECIDE, {"id": contest_id, "seed": "public-seed"}, user=staff)
    decided = data(payload)["referralContestDecide"]
    assert decided["errors"] == []
    contest = decided["contest"]
    assert (contest["state"], contest["seed"], contest["entrants"]) == (
        "DECIDED",
        "public-seed",
        2,
    )
    assert contest["prizeCost"] == {"amount": 350.0}
    assert contest["referredRevenue"] == {"amount": 300.0}
    draw, rank = contest["prizes"]
    # Booked held in the decision; the ledger releases it right after commit.
    assert (rank["winnerName"], rank["winnerEmail"], rank["rewardStatus"]) == (
        "Ada L.",
        "ada@example.com",
        "held",
    )
    credit = ContestPrize.objects.get(kind="store_credit").reward
    assert credit.status == "issued" and credit.recipient_id == ada.pk
    assert (draw["winnerName"], draw["rewardStatus"]) == ("Bob B.", None)

    again = gql(DECIDE, {"id": contest_id}, user=staff).data["referralContestDecide"]
    assert [e["code"] for e in again["errors"]] == ["NOT_DECIDABLE"]

    bike = ContestPrize.objects.get(kind="physical")
    bike_id = graphene.relay.Node.to_global_id("ReferralContestPrize", bike.pk)
    fulfilled = gql(FULFIL, {"id": bike_id, "note": "DHL 42"}, user=staff).data[
        "referralContestPrizeFulfil"
    ]
    assert fulfilled["errors"] == [] and fulfilled["prize"]["fulfilledBy"] == (
        "staff@example.com"
    )
    twice = gql(FULFIL, {"id": bike_id}, user=staff).data["referralContestPrizeFulfil"]
    assert [e["code"] for e in twice["errors"]] == ["INVALID"]

    standing = data(gql(PROFILE, {"channel": CHANNEL}, user=ada))["referralProfile"]
    assert standing["contests"] == [
        {
            "contest": {"name": "Spring challenge"},
            "convertedReferrals": 2,
            "rank": 1,
            "entered": True,
            "referralsNeeded": 0,
            "prizesWon": [{"kind": "STORE_CREDIT", "amount": {"amount": 50.0}}],
        }
    ]
    # A customer sees winners' display names, never e-mails.
    guest = gql(
        "query($c: String!) { referralContests(channel: $c) { name } }", {"c": CHANNEL}
    )
    assert guest.errors


def test_profile_standing_of_a_customer_without_referrals(gql, staff, program):
    create(gql, staff, minReferrals=3)
    carol = make_user("carol@example.com")
    standing = data(gql(PROFILE, {"channel": CHANNEL}, user=carol))["referralProfile"]
    assert standing["contests"] == [
        {
            "contest": {"name": "Spring challenge"},
            "convertedReferrals": 0,
            "rank": None,
            "entered": False,
            "referralsNeeded": 3,
            "prizesWon": [],
        }
    ]


def test_customers_cannot_decide(gql, program, staff, advocate):
    contest_id = create(gql, staff)["contest"]["id"]
    Contest.objects.update(ends_at=timezone.now())
    result = gql(DECIDE, {"id": contest_id}, user=advocate)
    assert result.errors and "MANAGE_DISCOUNTS" in str(result.errors[0])
    assert Contest.objects.get().state == "open"
