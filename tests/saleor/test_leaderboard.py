"""Social proof inside real Saleor: the leaderboard and the public counters through
Saleor's /graphql/ as an anonymous caller; a customer who opted out is absent."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone
from saleor.core.db.connection import allow_writer
from saleor.graphql.tests.fixtures import ApiClient
from saleor.graphql.tests.utils import get_graphql_content

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.models import Referral, ReferralStatus

BOARD = """
query board($channel: String!, $first: Int) {
  referralLeaderboard(channel: $channel, first: $first) {
    rank name convertedReferrals badges { slug }
  }
  referralProgram(channel: $channel) {
    socialProof { friendsJoined rewardsPaid { amount } donatedByCause { cause } }
  }
}
"""
OPT_OUT = """
mutation optOut($channel: String!) {
  referralProfileUpdate(channel: $channel, showOnLeaderboard: false) {
    showOnLeaderboard
    errors { field code }
  }
}
"""


def _converted(program, advocate, n, offset):
    code = get_or_create_code(program, advocate)
    for index in range(n):
        Referral.objects.create(
            program=program,
            code=code,
            advocate=advocate,
            friend_email=f"friend{offset + index}@example.org",
            source="code",
            order_id=f"lb-{offset + index}",
            order_total=Decimal("50"),
            currency=program.currency,
            status=ReferralStatus.APPROVED,
            created_at=timezone.now() - timedelta(days=1),
        )


def test_anonymous_leaderboard_and_counters_without_the_opted_out(
    program, customer_user, customer_user2, api_client, channel_USD
):
    with allow_writer():
        _converted(program, customer_user, 6, 0)
        _converted(program, customer_user2, 5, 100)
    anonymous = api_client
    content = get_graphql_content(
        anonymous.post_graphql(BOARD, {"channel": channel_USD.slug})
    )["data"]
    rows = content["referralLeaderboard"]
    assert [(r["rank"], r["name"], r["convertedReferrals"]) for r in rows] == [
        (1, "Leslie W.", 6),
        (2, "Jane D.", 5),
    ]
    assert content["referralProgram"]["socialProof"] == {
        "friendsJoined": 10,  # 11 converted, rounded down
        "rewardsPaid": None,
        "donatedByCause": [],
    }
    assert customer_user.email not in str(content)
    assert "Wade" not in str(content)

    response = ApiClient(user=customer_user).post_graphql(
        OPT_OUT, {"channel": channel_USD.slug}
    )
    assert get_graphql_content(response)["data"]["referralProfileUpdate"] == {
        "showOnLeaderboard": False,
        "errors": [],
    }
    rows = get_graphql_content(
        anonymous.post_graphql(BOARD, {"channel": channel_USD.slug})
    )["data"]["referralLeaderboard"]
    assert [(r["rank"], r["name"]) for r in rows] == [(1, "Jane D.")]


def test_out_of_range_first_gets_a_coded_error(program, api_client, channel_USD):
    response = api_client.post_graphql(BOARD, {"channel": channel_USD.slug, "first": 0})
    content = get_graphql_content(response, ignore_errors=True)
    assert content["data"]["referralLeaderboard"] is None
    assert content["errors"][0]["extensions"]["code"] == "INVALID"
    assert content["errors"][0]["extensions"]["field"] == "first"


CUSTOMER_DELETE = """
mutation delete($id: ID!) {
  customerDelete(id: $id) { errors { field code } }
}
"""
YEAR_BOARD = """
query board($channel: String!) {
  referralLeaderboard(channel: $channel, period: THIS_YEAR) { name convertedReferrals }
}
"""


def test_this_year_from_the_tallies_and_a_deleted_customer_gone(
    program,
    customer_user,
    customer_user2,
    api_client,
    staff_api_client,
    permission_manage_users,
    channel_USD,
):
    from graphql_relay import to_global_id

    from saleor_referrals.insights.models import ConvertedTally
    from saleor_referrals.insights.tallies import raw_tallies, stored_tallies

    with allow_writer():
        _converted(program, customer_user, 3, 0)
        _converted(program, customer_user2, 2, 100)
        Referral.objects.filter(order_id="lb-0").update(status=ReferralStatus.REVERSED)
    assert sorted(stored_tallies()) == sorted(raw_tallies())
    rows = get_graphql_content(
        api_client.post_graphql(YEAR_BOARD, {"channel": channel_USD.slug})
    )["data"]["referralLeaderboard"]
    assert [r["convertedReferrals"] for r in rows] == [2, 2]

    staff_api_client.user.user_permissions.add(permission_manage_users)
    response = staff_api_client.post_graphql(
        CUSTOMER_DELETE, {"id": to_global_id("User", customer_user2.pk)}
    )
    assert get_graphql_content(response)["data"]["customerDelete"]["errors"] == []
    rows = get_graphql_content(
        api_client.post_graphql(YEAR_BOARD, {"channel": channel_USD.slug})
    )["data"]["referralLeaderboard"]
    assert [(r["name"], r["convertedReferrals"]) for r in rows] == [("Leslie W.", 2)]
    assert not ConvertedTally.objects.filter(advocate_id=customer_user2.pk).exists()
    assert sorted(stored_tallies()) == sorted(raw_tallies())
