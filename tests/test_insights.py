"""Social proof: the public leaderboard, opting out, and coarse counters."""

from datetime import timedelta
from decimal import Decimal
from itertools import count

import pytest
from django.core.cache import cache
from django.utils import timezone
from graphql_relay import to_global_id

from saleor_referrals.campaigns.models import Contest
from saleor_referrals.causes.models import Cause, Donation, DonationSource
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.insights.counters import public_amount, public_count
from saleor_referrals.models import (
    Referral,
    ReferralProgram,
    ReferralStatus,
    Reward,
    RewardKind,
    RewardSide,
    RewardStatus,
)
from saleor_referrals.tiers.models import Badge, Milestone

from . import test_graphql
from .conftest import CHANNEL, make_user

data, gql = test_graphql.data, test_graphql.gql

BOARD = """
query board($channel: String!, $period: ReferralLeaderboardPeriodEnum,
            $contest: ID, $first: Int) {
  referralLeaderboard(channel: $channel, period: $period, contest: $contest,
                      first: $first) {
    rank name convertedReferrals badges { slug name }
  }
}
"""
PROOF = """
query proof($channel: String!) {
  referralProgram(channel: $channel) {
    socialProof { friendsJoined rewardsPaid { amount currency }
      donatedByCause { cause amount { amount currency } } }
  }
}
"""
OPT = """
mutation opt($channel: String!, $show: Boolean) {
  referralProfileUpdate(channel: $channel, showOnLeaderboard: $show) {
    showOnLeaderboard
    errors { field code message }
  }
}
"""
serial = count(1)


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()


def referrals(program, advocate, n, *, status=ReferralStatus.APPROVED, ago=None):
    code = get_or_create_code(program, advocate)
    made = []
    for _ in range(n):
        made.append(
            Referral.objects.create(
                program=program,
                code=code,
                advocate=advocate,
                friend_email=f"friend{next(serial)}@example.com",
                source="code",
                order_id=f"order-{next(serial)}",
                order_total=Decimal("100"),
                currency=program.currency,
                status=status,
                created_at=timezone.now() - (ago or timedelta(days=1)),
            )
        )
    return made


@pytest.fixture
def advocates(program):
    ada = make_user("ada.secret@example.com", "Ada", "Lovelace")
    bob = make_user("bob.secret@example.com", "Bob", "Builder")
    cy = make_user("cy.secret@example.com")  # no name
    return ada, bob, cy


def test_leaderboard_ranks_converted_referrals_with_masked_names(
    gql, program, advocates
):
    ada, bob, cy = advocates
    referrals(program, ada, 2)
    referrals(program, bob, 3)
    referrals(program, cy, 1)
    referrals(program, ada, 4, status=ReferralStatus.REVERSED)
    referrals(program, ada, 4, status=ReferralStatus.QUALIFIED)  # still on hold
    rows = data(gql(BOARD, {"channel": CHANNEL}))["referralLeaderboard"]
    assert [(r["rank"], r["name"], r["convertedReferrals"]) for r in rows] == [
        (1, "Bob B.", 3),
        (2, "Ada L.", 2),
        (3, None, 1),
    ]
    text = str(rows)
    for secret in ("secret", "@", "Lovelace", "Builder"):
        assert secret not in text


def test_ties_go_to_whoever_reached_the_count_first(gql, program, advocates):
    ada, bob, _ = advocates
    referrals(program, bob, 2, ago=timedelta(days=1))
    referrals(program, ada, 2, ago=timedelta(days=3))
    rows = data(gql(BOARD, {"channel": CHANNEL}))["referralLeaderboard"]
    assert [r["name"] for r in rows] == ["Ada L.", "Bob B."]


def test_periods_count_by_the_friends_order_date(gql, program, advocates):
    ada, bob, _ = advocates
    referrals(program, ada, 3, ago=timedelta(days=400))
    referrals(program, bob, 1, ago=timedelta(days=2))
    board = {
        period: [
            (r["name"], r["convertedReferrals"])
            for r in data(gql(BOARD, {"channel": CHANNEL, "period": period}))[
                "referralLeaderboard"
            ]
        ]
        for period in ("LAST_30_DAYS", "ALL_TIME")
    }
    assert board["LAST_30_DAYS"] == [("Bob B.", 1)]
    assert board["ALL_TIME"] == [("Ada L.", 3), ("Bob B.", 1)]


def test_badges_are_listed(gql, program, advocates):
    ada, _, _ = advocates
    referrals(program, ada, 1)
    milestone = Milestone.objects.create(
        program=program, slug="first", name="First friend", referrals=1
    )
    Badge.objects.create(milestone=milestone, advocate=ada, reason="test")
    rows = data(gql(BOARD, {"channel": CHANNEL}))["referralLeaderboard"]
    assert rows[0]["badges"] == [{"slug": "first", "name": "First friend"}]


def test_contest_ranks_by_its_window(gql, program, advocates):
    ada, bob, _ = advocates
    now = timezone.now()
    contest = Contest.objects.create(
        program=program,
        name="Spring",
        starts_at=now - timedelta(days=10),
        ends_at=now + timedelta(days=1),
        min_referrals=1,
    )
    referrals(program, ada, 5, ago=timedelta(days=20))  # before the window
    referrals(program, bob, 1, ago=timedelta(days=2))
    contest_id = to_global_id("ReferralContest", contest.pk)
    rows = data(gql(BOARD, {"channel": CHANNEL, "contest": contest_id}))[
        "referralLeaderboard"
    ]
    assert [(r["name"], r["convertedReferrals"]) for r in rows] == [("Bob B.", 1)]


def test_opt_out_and_deletion_remove_an_advocate_everywhere(gql, program, advocates):
    ada, bob, cy = advocates
    referrals(program, ada, 2, ago=timedelta(days=2))
    referrals(program, bob, 1, ago=timedelta(days=2))
    referrals(program, cy, 1, ago=timedelta(days=2))
    now = timezone.now()
    contest = Contest.objects.create(
        program=program,
        name="Spring",
        starts_at=now - timedelta(days=10),
        ends_at=now + timedelta(days=1),
        min_referrals=1,
    )
    result = data(gql(OPT, {"channel": CHANNEL, "show": False}, user=ada))
    assert result["referralProfileUpdate"] == {"showOnLeaderboard": False, "errors": []}
    cy.delete()
    contest_id = to_global_id("ReferralContest", contest.pk)
    for variables in (
        {},
        {"period": "LAST_30_DAYS"},
        {"period": "THIS_YEAR"},
        {"contest": contest_id},
    ):
        rows = data(gql(BOARD, {"channel": CHANNEL, **variables}))[
            "referralLeaderboard"
        ]
        assert [(r["rank"], r["name"]) for r in rows] == [(1, "Bob B.")], variables
    result = data(gql(OPT, {"channel": CHANNEL, "show": True}, user=ada))
    assert result["referralProfileUpdate"]["showOnLeaderboard"] is True
    rows = data(gql(BOARD, {"channel": CHANNEL}))["referralLeaderboard"]
    assert [r["name"] for r in rows] == ["Ada L.", "Bob B."]


def test_channel_default_off_lists_only_those_who_opt_in(
    gql, configure, program_settings, advocates
):
    program = configure(**{**program_settings, "leaderboard_default": False})
    assert program.leaderboard_default is False
    ada, bob, _ = advocates
    referrals(program, ada, 2)
    referrals(program, bob, 1)
    assert data(gql(BOARD, {"channel": CHANNEL}))["referralLeaderboard"] == []
    data(gql(OPT, {"channel": CHANNEL, "show": True}, user=bob))
    rows = data(gql(BOARD, {"channel": CHANNEL}))["referralLeaderboard"]
    assert [r["name"] for r in rows] == ["Bob B."]
    result = data(gql(OPT, {"channel": CHANNEL}, user=ada))
    assert result["referralProfileUpdate"]["showOnLeaderboard"] is False


def test_profile_update_needs_a_customer_and_an_active_channel(gql, program, advocate):
    result = gql(OPT, {"channel": CHANNEL, "show": False})
    assert result.errors and result.data["referralProfileUpdate"] is None
    result = data(gql(OPT, {"channel": "nowhere", "show": False}, user=advocate))
    assert result["referralProfileUpdate"]["errors"] == [
        {
            "field": "channel",
            "code": "NOT_FOUND",
            "message": "No active referral program in this channel.",
        }
    ]
    assert not program.leaderboard_choices.exists()


@pytest.mark.parametrize(
    ("variables", "field", "code"),
    [
        ({"first": 0}, "first", "INVALID"),
        ({"first": 101}, "first", "INVALID"),
        ({"contest": "not-an-id"}, "contest", "INVALID"),
        ({"contest": to_global_id("ReferralTier", 1)}, "contest", "INVALID"),
    ],
)
def test_bad_arguments_get_a_coded_error(gql, program, variables, field, code):
    result = gql(BOARD, {"channel": CHANNEL, **variables})
    assert result.data["referralLeaderboard"] is None
    assert result.errors[0].extensions == {"code": code, "field": field}


def test_a_foreign_contest_is_not_found(gql, program, configure, program_settings):
    other = ReferralProgram.objects.create(
        channel_slug="other", currency=program.currency
    )
    now = timezone.now()
    contest = Contest.objects.create(
        program=other,
        name="Elsewhere",
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=1),
        min_referrals=1,
    )
    result = gql(
        BOARD,
        {"channel": CHANNEL, "contest": to_global_id("ReferralContest", contest.pk)},
    )
    assert result.data["referralLeaderboard"] is None
    assert result.errors[0].extensions == {"code": "NOT_FOUND", "field": "contest"}


def test_the_leaderboard_is_rate_limited(gql, program, settings):
    settings.REFERRALS_RATE_LIMITS = {"code_lookup": (2, 60)}
    for _ in range(2):
        data(gql(BOARD, {"channel": CHANNEL}))
    result = gql(BOARD, {"channel": CHANNEL})
    assert result.errors[0].extensions["code"] == "THROTTLED"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (0, None),
        (9, None),
        (10, 10),
        (19, 10),
        (99, 90),
        (100, 100),
        (149, 100),
        (999, 950),
        (1000, 1000),
        (9999, 9500),
        (12345, 12000),
        (987654, 980000),
    ],
)
def test_public_counts_round_down_in_steps(value, shown):
    assert public_count(value) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("99.99", None),
        ("100", Decimal(100)),
        ("999.99", Decimal(900)),
        ("1499", Decimal(1000)),
        ("123456.78", Decimal(120000)),
    ],
)
def test_public_amounts_round_down_in_steps(value, shown):
    assert public_amount(Decimal(value)) == shown


def test_no_public_count_moves_with_one_friend():
    """Between two shown values lie at least 10 friends: one customer's friend
    never shows on its own."""
    shown = [public_count(n) for n in range(0, 20000)]
    changes = [n for n in range(1, 20000) if shown[n] != shown[n - 1]]
    assert changes[0] == 10
    assert min(b - a for a, b in zip(changes, changes[1:], strict=False)) >= 10


def _reward(program, referral, kind, amount, status=RewardStatus.ISSUED):
    return Reward.objects.create(
        program=program,
        referral=referral,
        recipient=referral.advocate,
        side=RewardSide.ADVOCATE,
        kind=kind,
        amount=Decimal(amount),
        currency=program.currency,
        status=status,
        gift_card_id="" if kind == RewardKind.DONATION else f"gc-{next(serial)}",
        idempotency_key=f"reward-{next(serial)}",
        release_at=timezone.now(),
    )


def test_social_proof_is_thresholded(gql, program, advocates):
    ada, bob, _ = advocates
    proof = data(gql(PROOF, {"channel": CHANNEL}))["referralProgram"]["socialProof"]
    assert proof == {"friendsJoined": None, "rewardsPaid": None, "donatedByCause": []}

    made = referrals(program, ada, 9) + referrals(program, bob, 8)
    referrals(program, bob, 5, status=ReferralStatus.REVERSED)
    cause = Cause.objects.create(program=program, name="Trees")
    quiet = Cause.objects.create(program=program, name="Bees")
    for referral in made[:12]:
        _reward(program, referral, RewardKind.STORE_CREDIT, "12.50")
    _reward(program, made[12], RewardKind.STORE_CREDIT, "500", RewardStatus.REVOKED)
    for referral in made[13:16]:
        reward = _reward(program, referral, RewardKind.DONATION, "60")
        Donation.objects.create(
            reward=reward, cause=cause, source=DonationSource.ADVOCATE
        )
    reward = _reward(program, made[16], RewardKind.DONATION, "60")
    Donation.objects.create(reward=reward, cause=quiet, source=DonationSource.ADVOCATE)

    proof = data(gql(PROOF, {"channel": CHANNEL}))["referralProgram"]["socialProof"]
    currency = program.currency
    assert proof == {
        "friendsJoined": 10,  # 17 converted
        "rewardsPaid": {"amount": 100.0, "currency": currency},  # 150 issued
        "donatedByCause": [
            {"cause": "Trees", "amount": {"amount": 100.0, "currency": currency}}
        ],  # 180 to Trees; 60 to Bees stays hidden
    }


@pytest.mark.parametrize(("raw", "parsed"), [("false", False), (True, True)])
def test_leaderboard_default_uses_the_boolean_parser(raw, parsed):
    from saleor_referrals.config import FIELDS_BY_NAME, parse

    assert parse({"leaderboard_default": raw}).leaderboard_default is parsed
    assert FIELDS_BY_NAME["leaderboard_default"].label == (
        "Show referrers on the public leaderboard"
    )
