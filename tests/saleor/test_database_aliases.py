"""Which connection each read uses inside Saleor: reads that may lag (leaderboard,
numbers, console lists, the status line, export rows) on Saleor's replica through
`writer.read_alias`; writes and a mutation's payload on the writer.

Saleor's test replica wraps the writer connection (`prepare_test_db_connections`),
so both aliases share one list of execute wrappers; each query is counted under
the alias of the connection that sent it. Only our tables count: Saleor's own
reads (the user, the channel) are Saleor's business.
"""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from django.conf import settings
from django.db import connections
from saleor.graphql.tests.utils import get_graphql_content

from saleor_referrals.exports.models import ExportStatus, ReferralExportFile
from saleor_referrals.writer import read_alias

from ..background import queued_tasks, run_queued

WRITER = settings.DATABASE_CONNECTION_DEFAULT_NAME
REPLICA = settings.DATABASE_CONNECTION_REPLICA_NAME
OURS = '"saleor_referrals_'

LEADERBOARD = """
query board($channel: String!) {
  referralLeaderboard(channel: $channel) { rank name convertedReferrals }
}
"""
REPORT = """
query report($channel: String!) {
  referralReport(channel: $channel) { funnel { orders converted } }
}
"""
CONSOLE_LISTS = """
query lists($channel: String!) {
  referrals(channel: $channel, first: 20) { totalCount edges { node { status } } }
  referralRewards(channel: $channel, first: 20) { totalCount }
}
"""
STATUS_LINE = """
query plugin($id: ID!) {
  plugin(id: $id) { channelConfigurations { configuration { name value } } }
}
"""
EXPORT = """
mutation export($channel: String!) {
  referralExport(channel: $channel, kind: REFERRALS) {
    exportFile { id status } errors { field code message }
  }
}
"""
EXPORT_FILE = """
query file($id: ID!) { referralExportFile(id: $id) { status rowsDone } }
"""


@contextmanager
def our_queries() -> Iterator[dict[str, list[str]]]:
    """SQL on our tables, per alias of the connection that sent it."""
    seen: dict[str, list[str]] = {}

    def record(execute, sql, params, many, context):
        if OURS in sql:
            seen.setdefault(context["connection"].alias, []).append(sql)
        return execute(sql, params, many, context)

    wrapped: dict[int, object] = {}
    for alias in (WRITER, REPLICA):  # one list when the replica wraps the writer
        wrapped.setdefault(id(connections[alias].execute_wrappers), connections[alias])
    with ExitStack() as stack:
        for connection in wrapped.values():
            stack.enter_context(connection.execute_wrapper(record))
        yield seen


def tables(statements: list[str]) -> Counter:
    """How many statements name each of our tables first (FROM / INTO / UPDATE)."""
    found: Counter = Counter()
    for sql in statements:
        start = sql.index(OURS) + 1
        found[sql[start : sql.index('"', start)]] += 1
    return found


def test_read_alias_is_the_replica_unless_the_request_disallows_it():
    class Context:
        allow_replica = False

    assert read_alias() == REPLICA
    assert read_alias(object()) == REPLICA
    assert read_alias(Context()) == WRITER


PROGRAM = """
query program($channel: String!, $code: String) {
  referralProgram(channel: $channel, code: $code) { isActive advocateName }
}
"""
PROFILE = """
query profile($channel: String!) {
  referralProfile(channel: $channel) {
    code stats { orders rewarded }
    referrals(first: 20) { totalCount } rewards(first: 20) { totalCount }
  }
}
"""
CUSTOMER_PAGE = """
query customer($channel: String!, $id: ID!) {
  referralCustomer(channel: $channel, id: $id) { code referrals(first: 20) { totalCount } }
}
"""
WINGS_LISTS = """
query wings($channel: String!) {
  referralTiers(channel: $channel) { name members }
  referralMilestones(channel: $channel) { referrals }
  referralCampaigns(channel: $channel) { name }
  referralContests(channel: $channel) { name }
  referralCauses(channel: $channel) { name }
  referralEvents(channel: $channel) { name }
  referralExportFiles(channel: $channel) { status }
  referralProgramSummary(channel: $channel) { flagged }
}
"""


@pytest.mark.parametrize(
    ("query", "who"),
    [
        (LEADERBOARD, "anyone"),
        (PROGRAM, "anyone"),
        (PROFILE, "customer"),
        (REPORT, "staff"),
        (CONSOLE_LISTS, "staff"),
        (CUSTOMER_PAGE, "staff"),
        (WINGS_LISTS, "staff"),
    ],
    ids=[
        "leaderboard",
        "landing program",
        "profile",
        "numbers",
        "console lists",
        "customer page",
        "wings' lists",
    ],
)
def test_lagging_reads_go_to_the_replica(
    query,
    who,
    program,
    advocate_code,
    api_client,
    user_api_client,
    staff_api_client,
    permission_manage_discounts,
    channel_USD,
):
    import graphene

    client = {"anyone": api_client, "customer": user_api_client}.get(who)
    if who == "staff":
        staff_api_client.user.user_permissions.add(permission_manage_discounts)
        client = staff_api_client
    variables = {"channel": channel_USD.slug}
    if "$code" in query:
        variables["code"] = advocate_code.code
    if "$id" in query:
        variables["id"] = graphene.Node.to_global_id("User", advocate_code.user_id)
    with our_queries() as seen:
        content = get_graphql_content(client.post_graphql(query, variables))
    assert all(value is not None for value in content["data"].values())
    assert seen.get(WRITER, []) == []
    assert seen[REPLICA]


def test_the_status_line_reads_the_replica(
    program, staff_api_client, permission_manage_plugins
):
    staff_api_client.user.user_permissions.add(permission_manage_plugins)
    with our_queries() as seen:
        content = get_graphql_content(
            staff_api_client.post_graphql(STATUS_LINE, {"id": "saleor_referrals"})
        )
    assert content["data"]["plugin"]["channelConfigurations"]
    assert seen.get(WRITER, []) == []
    assert seen[REPLICA]


def test_an_export_writes_on_the_writer_and_reads_its_rows_from_the_replica(
    program,
    advocate_code,
    staff_api_client,
    permission_manage_discounts,
    channel_USD,
):
    staff_api_client.user.user_permissions.add(permission_manage_discounts)
    # The mutation writes and reads its payload fresh: the writer only.
    with our_queries() as seen, queued_tasks() as queue:
        created = get_graphql_content(
            staff_api_client.post_graphql(EXPORT, {"channel": channel_USD.slug})
        )["data"]["referralExport"]
    assert created["errors"] == []
    assert seen.get(REPLICA, []) == []
    assert tables(seen[WRITER])["saleor_referrals_referralexportfile"] >= 1

    # The task: rows from the replica; claim, progress and status on the writer.
    with our_queries() as seen:
        run_queued(queue)
    assert ReferralExportFile.objects.get().status == ExportStatus.SUCCESS
    assert set(tables(seen[REPLICA])) == {"saleor_referrals_referral"}
    assert set(tables(seen[WRITER])) <= {
        "saleor_referrals_referralexportfile",
        "saleor_referrals_referralexportevent",
        "saleor_referrals_outboxmessage",
        "saleor_referrals_referralprogram",
    }
    assert "saleor_referrals_referral" not in tables(seen[WRITER])

    # Its status, polled by the console: the replica.
    with our_queries() as seen:
        polled = get_graphql_content(
            staff_api_client.post_graphql(
                EXPORT_FILE, {"id": created["exportFile"]["id"]}
            )
        )["data"]["referralExportFile"]
    assert polled["status"] == "SUCCESS"
    assert seen.get(WRITER, []) == []
    assert seen[REPLICA]


DECIDE = """
mutation decide($id: ID!) {
  referralContestDecide(id: $id) {
    contest { state entrants prizes { method position winnerName rewardStatus } }
    errors { field code message }
  }
}
"""


def test_a_mutation_payload_reads_the_writer_inside_allow_writer(
    program, staff_api_client, permission_manage_discounts
):
    """Saleor's middleware refuses the writer outside `allow_writer` during a
    request, and a mutation's payload must read fresh: through `reading`."""
    from datetime import timedelta
    from decimal import Decimal

    import graphene
    from django.utils import timezone

    from saleor_referrals.campaigns import contests

    staff_api_client.user.user_permissions.add(permission_manage_discounts)
    now = timezone.now()
    contest = contests.create_contest(
        program,
        contests.ContestSpec(
            name="Spring",
            starts_at=now - timedelta(days=2),
            ends_at=now - timedelta(days=1),
            prizes=[contests.PrizeSpec("rank", "store_credit", Decimal("5"))],
        ),
    )
    with our_queries() as seen:
        decided = get_graphql_content(
            staff_api_client.post_graphql(
                DECIDE,
                {"id": graphene.Node.to_global_id("ReferralContest", contest.pk)},
            )
        )["data"]["referralContestDecide"]
    assert decided["errors"] == []
    assert decided["contest"]["state"] == "DECIDED"
    assert decided["contest"]["prizes"][0]["winnerName"] is None
    assert seen.get(REPLICA, []) == []
