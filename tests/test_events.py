"""Events and guest passes: invitations, redemption, capacity, leads, the API."""

import threading
from datetime import timedelta

import graphene
import pytest
from django.utils import timezone

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.events import passes
from saleor_referrals.events.models import Event, EventInvitation, EventPass
from saleor_referrals.leads import convert_lead
from saleor_referrals.models import (
    Referral,
    ReferralProgram,
    ReferralSource,
    ReferralStatus,
)
from saleor_referrals.tiers.models import TierMembership

from . import test_graphql
from .conftest import CHANNEL, make_user
from .race import WORKERS, race_outcomes
from .tiers_helpers import add_tier, silver

data, gql, staff = test_graphql.data, test_graphql.gql, test_graphql.staff
clear_throttles = test_graphql.clear_throttles

EVENT_CREATE = """
mutation create($channel: String!, $input: ReferralEventInput!) {
  referralEventCreate(channel: $channel, input: $input) {
    event { id name capacity seatsLeft guestPassesPerMember cost { amount } }
    errors { field code message }
  }
}
"""
EVENT_UPDATE = """
mutation update($id: ID!, $input: ReferralEventInput!) {
  referralEventUpdate(id: $id, input: $input) {
    event { capacity } errors { field code message }
  }
}
"""
EVENTS = """
query events($channel: String!) {
  referralEvents(channel: $channel) { name invitedMembers passesRedeemed seatsLeft }
}
"""
REDEEM = """
mutation redeem($channel: String!, $code: String!, $email: String!) {
  referralEventPassRedeem(channel: $channel, code: $code, email: $email) {
    event { name seatsLeft } errors { field code message }
  }
}
"""
PROFILE_EVENTS = """
query profile($channel: String!) {
  referralProfile(channel: $channel) {
    events { event { name } passes { code redeemed } }
  }
}
"""


def soon():
    return timezone.now() + timedelta(days=10)


@pytest.fixture
def member(program, advocate):
    get_or_create_code(program, advocate)
    return advocate


def make_event(program, **fields):
    values = {
        "name": "Launch night",
        "starts_at": soon(),
        "capacity": 3,
        "guest_passes_per_member": 2,
    }
    return Event.objects.create(program=program, **{**values, **fields})


def test_members_are_invited_once_each_with_their_passes(program, member):
    event = make_event(program)
    assert [i.member for i in passes.invite_members(event.pk)] == [member]
    assert passes.invite_members(event.pk) == []
    assert EventPass.objects.filter(invitation__member=member).count() == 2
    Event.objects.filter(pk=event.pk).update(guest_passes_per_member=3)
    passes.invite_members(event.pk)
    assert EventPass.objects.count() == 3


def test_minimum_tier_leaves_lower_members_out(program, member):
    tier = add_tier(program, silver())
    other = make_user("eve@example.com")
    get_or_create_code(program, other)
    TierMembership.objects.update_or_create(
        program=program, advocate=other, defaults={"tier": tier}
    )
    event = make_event(program, min_tier=tier)
    assert [i.member for i in passes.invite_members(event.pk)] == [other]


def test_a_redeemed_pass_is_the_members_event_lead_and_converts(
    program, member, order_facts, commerce
):
    event = make_event(program)
    passes.invite_members(event.pk)
    code = EventPass.objects.first().code
    redeemed = passes.redeem(CHANNEL, code.lower(), "guest@example.com")
    lead = redeemed.referral
    assert (lead.source, lead.status) == (ReferralSource.EVENT, ReferralStatus.PENDING)
    assert lead.advocate == member and lead.order_id is None
    guest = make_user("guest@example.com")
    facts = order_facts(guest)
    referral = convert_lead(facts)
    assert referral.pk == lead.pk
    assert referral.status == ReferralStatus.QUALIFIED
    assert referral.order_id == facts.order_id


def test_a_pass_redeemed_twice_answers_an_error(program, member):
    event = make_event(program)
    passes.invite_members(event.pk)
    code = EventPass.objects.first().code
    passes.redeem(CHANNEL, code, "guest@example.com")
    with pytest.raises(passes.EventError) as error:
        passes.redeem(CHANNEL, code, "other@example.com")
    assert error.value.code == "already_redeemed"
    assert EventPass.objects.get(code=code).redeemed_email == "guest@example.com"


def test_capacity_holds_under_eight_concurrent_redemptions(
    transactional_db, configure, program_settings
):
    program = configure(**program_settings)
    for index in range(4):
        get_or_create_code(program, make_user(f"member{index}@example.com"))
    event = make_event(program, capacity=3)
    passes.invite_members(event.pk)
    codes = iter(EventPass.objects.values_list("code", flat=True)[:WORKERS])
    lock = threading.Lock()

    def redeem():
        with lock:
            code = next(codes)
        try:
            return passes.redeem(CHANNEL, code, f"{code.lower()}@example.com").code
        except passes.EventError as error:
            return error.code

    outcomes, errors = race_outcomes(redeem)
    assert errors == []
    assert sorted(outcomes).count("capacity_reached") == WORKERS - 3
    assert EventPass.objects.filter(redeemed_at__isnull=False).count() == 3


@pytest.mark.parametrize(
    "channel, email, code",
    [("other", "guest@example.com", "invalid"), (CHANNEL, "not-an-email", "invalid")],
)
def test_bad_redemptions_write_nothing(program, member, channel, email, code):
    ReferralProgram.objects.create(channel_slug="other", currency="USD")
    event = make_event(program)
    passes.invite_members(event.pk)
    with pytest.raises(passes.EventError) as error:
        passes.redeem(channel, EventPass.objects.first().code, email)
    assert error.value.code == code
    assert not EventPass.objects.filter(redeemed_at__isnull=False).exists()
    assert not Referral.objects.exists()


def test_a_past_event_takes_no_guest(program, member):
    event = make_event(program)
    passes.invite_members(event.pk)
    Event.objects.update(starts_at=timezone.now() - timedelta(hours=1))
    with pytest.raises(passes.EventError) as error:
        passes.redeem(CHANNEL, EventPass.objects.first().code, "guest@example.com")
    assert error.value.code == "not_eligible"


# --- the API -------------------------------------------------------------------


def test_staff_create_an_event_and_members_get_passes(
    gql, staff, program, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        result = data(
            gql(
                EVENT_CREATE,
                {
                    "channel": CHANNEL,
                    "input": {
                        "name": "Launch night",
                        "startsAt": soon().isoformat(),
                        "capacity": 5,
                        "guestPassesPerMember": 2,
                        "cost": 300,
                    },
                },
                user=staff,
            )
        )["referralEventCreate"]
    assert result["errors"] == []
    assert result["event"]["seatsLeft"] == 5
    assert result["event"]["cost"] == {"amount": 300.0}
    assert EventInvitation.objects.get().member == member
    profile = data(gql(PROFILE_EVENTS, {"channel": CHANNEL}, user=member))
    [invitation] = profile["referralProfile"]["events"]
    assert invitation["event"]["name"] == "Launch night"
    assert len(invitation["passes"]) == 2
    listed = data(gql(EVENTS, {"channel": CHANNEL}, user=staff))["referralEvents"]
    assert listed == [
        {
            "name": "Launch night",
            "invitedMembers": 1,
            "passesRedeemed": 0,
            "seatsLeft": 5,
        }
    ]


@pytest.mark.parametrize(
    "overrides, field, code",
    [
        ({"capacity": 0}, "capacity", "INVALID"),
        ({"cost": -1}, "cost", "INVALID"),
        ({"guestPassesPerMember": -1}, "guestPassesPerMember", "INVALID"),
        ({"startsAt": "2001-01-01T00:00:00+00:00"}, "startsAt", "INVALID"),
        (
            {"minTier": graphene.relay.Node.to_global_id("ReferralTier", 999)},
            "minTier",
            "NOT_FOUND",
        ),
        ({"name": ""}, "name", "REQUIRED"),
    ],
)
def test_bad_event_input_answers_a_code_and_writes_nothing(
    gql, staff, program, overrides, field, code
):
    values = {"name": "Launch", "startsAt": soon().isoformat(), "capacity": 3}
    result = data(
        gql(
            EVENT_CREATE,
            {"channel": CHANNEL, "input": {**values, **overrides}},
            user=staff,
        )
    )["referralEventCreate"]
    assert [(e["field"], e["code"]) for e in result["errors"]] == [(field, code)]
    assert not Event.objects.exists()


def test_a_tier_of_another_channel_is_refused(gql, staff, program):
    other = ReferralProgram.objects.create(channel_slug="other", currency="USD")
    tier = add_tier(other, silver())
    result = data(
        gql(
            EVENT_CREATE,
            {
                "channel": CHANNEL,
                "input": {
                    "name": "Launch",
                    "startsAt": soon().isoformat(),
                    "capacity": 3,
                    "minTier": graphene.relay.Node.to_global_id(
                        "ReferralTier", tier.pk
                    ),
                },
            },
            user=staff,
        )
    )["referralEventCreate"]
    assert result["errors"][0]["code"] == "NOT_FOUND"
    assert not Event.objects.exists()


def test_capacity_cannot_drop_below_redeemed_passes(gql, staff, program, member):
    event = make_event(program)
    passes.invite_members(event.pk)
    for index, code in enumerate(EventPass.objects.values_list("code", flat=True)):
        passes.redeem(CHANNEL, code, f"guest{index}@example.com")
    result = data(
        gql(
            EVENT_UPDATE,
            {
                "id": graphene.relay.Node.to_global_id("ReferralEvent", event.pk),
                "input": {"capacity": 1},
            },
            user=staff,
        )
    )["referralEventUpdate"]
    assert result["errors"][0]["field"] == "capacity"
    assert Event.objects.get().capacity == 3


def test_public_redemption_answers_codes(gql, program, member):
    event = make_event(program)
    passes.invite_members(event.pk)
    code = EventPass.objects.first().code
    variables = {"channel": CHANNEL, "code": code, "email": "guest@example.com"}
    first = data(gql(REDEEM, variables))["referralEventPassRedeem"]
    assert first["errors"] == [] and first["event"]["seatsLeft"] == 2
    again = data(gql(REDEEM, variables))["referralEventPassRedeem"]
    assert again["errors"][0]["code"] == "ALREADY_REDEEMED"
    unknown = data(gql(REDEEM, {**variables, "code": "PASS-NOPE"}))
    assert unknown["referralEventPassRedeem"]["errors"][0]["code"] == "NOT_FOUND"


# Valid to Django's validate_email (labels under 64 characters, under 320 in all),
# too long for any e-mail column (254).
LONG_EMAIL = "g" * 64 + "@" + ".".join(["example" * 8] * 4) + ".com"


def test_an_over_long_email_is_refused_with_a_code_and_nothing_is_written(
    gql, program, member
):
    assert len(LONG_EMAIL) > 254
    event = make_event(program)
    passes.invite_members(event.pk)
    code = EventPass.objects.first().code
    result = data(gql(REDEEM, {"channel": CHANNEL, "code": code, "email": LONG_EMAIL}))[
        "referralEventPassRedeem"
    ]
    assert result["event"] is None
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("email", "INVALID")]
    assert "254" in result["errors"][0]["message"]
    assert not EventPass.objects.filter(redeemed_at__isnull=False).exists()
    assert not Referral.objects.exists()


def test_redemptions_are_rate_limited(gql, program, member, settings):
    settings.REFERRALS_RATE_LIMITS = {"event_pass": (2, 60)}
    variables = {"channel": CHANNEL, "code": "PASS-NOPE", "email": "g@example.com"}
    codes = [
        data(gql(REDEEM, variables))["referralEventPassRedeem"]["errors"][0]["code"]
        for _ in range(3)
    ]
    assert codes == ["NOT_FOUND", "NOT_FOUND", "THROTTLED"]


def test_event_mutations_need_staff(gql, program, member):
    result = gql(
        EVENT_CREATE,
        {"channel": CHANNEL, "input": {"name": "X", "capacity": 1}},
        user=member,
    )
    assert result.errors
    assert not Event.objects.exists()


def test_deleting_a_guests_account_forgets_their_pass_email(program, member):
    event = make_event(program)
    passes.invite_members(event.pk)
    code = EventPass.objects.first().code
    guest = make_user("guest@example.com")
    passes.redeem(CHANNEL, code, "Guest@example.com")
    guest.delete()
    redeemed = EventPass.objects.get(code=code)
    assert redeemed.redeemed_email == ""
    assert redeemed.redeemed_at is not None
