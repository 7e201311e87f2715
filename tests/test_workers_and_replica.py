"""The deployment shape of a large store: several Celery workers, a read replica.

Workers: two Celery worker processes of the suite's app on the real Redis broker,
consuming the same referral queue, get every task of a burst of referred orders,
duplicated hand-offs, release tasks and outbox sweeps at once. Every order is
attributed once, every reward booked once and issued once at the shop (each worker
process has its own in-memory shop; `tests/shop_log.py` records every voucher it
issues in Redis, where the test counts them), and the outbox is empty after.

Replica: with `DATABASE_CONNECTION_REPLICA_NAME` naming a second connection to the
same test database (the `replica` alias of `tests/settings.py`), every read that may
lag (numbers, leaderboard, exports, console lists, profiles, wings' lists) goes to
it through `writer.read_alias`, a mutation reads and writes the writer only, and an
export's task reads its rows from the replica and writes its state on the writer.
Each query is counted under the alias of the connection that sent it.
"""

from __future__ import annotations

import os
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import timedelta
from decimal import Decimal

import graphene
import pytest
import redis
from django.conf import settings as django_settings
from django.contrib.auth.models import AnonymousUser
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.test import RequestFactory
from django.utils import timezone

from saleor_referrals import outbox
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.exports.models import ExportStatus, ReferralExportFile
from saleor_referrals.graphql.schema import build_schema
from saleor_referrals.models import Referral, ReferralStatus, Reward, RewardStatus
from saleor_referrals.outbox import OutboxMessage
from saleor_referrals.tasks import (
    attribute_order_task,
    outbox_sweep_task,
    qualify_paid_order_task,
    release_due_rewards_task,
    release_reward_task,
)
from saleor_referrals.writer import read_alias

from .broker import publishing_to
from .celery_app import app as current_app
from .conftest import CHANNEL, make_staff, make_user
from .shop_log import LOG_KEY_VARIABLE, LOG_URL_VARIABLE, issued_keys
from .test_celery_queue import wait_for, worker

REPLICA = "replica"
OURS = '"saleor_referrals_'
SCHEMA = build_schema()
ORDERS = 24


# -- two worker processes on the real broker -------------------------------------


@pytest.fixture
def two_workers(settings, tmp_path):
    """Two worker processes of a queue of this test's own, on the real Redis; the
    shop log's list; the app publishing there meanwhile."""
    broker_url = django_settings.CELERY_BROKER_URL
    queue = f"referrals-test-{uuid.uuid4().hex[:8]}"
    log_key = f"shop-log-{uuid.uuid4().hex[:8]}"
    settings.REFERRALS_CELERY_QUEUE = queue
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "REFERRALS_BROKER_URL": broker_url,
        "REFERRALS_DB_NAME": connection.settings_dict["NAME"],  # the test database
        "REFERRALS_CELERY_QUEUE": queue,
        "REFERRALS_TEST_COMMERCE": "tests.shop_log.LoggingCommerce",
        LOG_URL_VARIABLE: broker_url,
        LOG_KEY_VARIABLE: log_key,
    }
    client = redis.Redis.from_url(broker_url)
    try:
        with (
            publishing_to(current_app, broker_url) as app,
            worker(queue, tmp_path / "first.log", env, prefetch=1),
            worker(queue, tmp_path / "second.log", env, prefetch=1),
        ):
            yield app, client, queue, log_key, tmp_path
    finally:
        client.delete(queue, f"_kombu.binding.{queue}", log_key)
        client.close()


def hook_keys(facts) -> tuple[str, str]:
    return (
        f"attribute_order:{facts.order_id}",
        f"qualify_paid_order:{facts.order_id}",
    )


def record_hooks(orders) -> None:
    for facts in orders:
        attribute, qualify = hook_keys(facts)
        outbox.send(attribute_order_task, facts.to_json(), key=attribute)
        outbox.send(qualify_paid_order_task, facts.to_json(), key=qualify)


@contextmanager
def without_hand_off() -> Iterator[None]:
    """Outbox rows recorded, nothing handed to Celery: a broker outage, or (in the
    eager suite) keeping a task out of the test's way."""
    from unittest.mock import patch

    with patch.object(outbox, "_hand_off", lambda messages: None):
        yield


def logs(tmp_path) -> str:
    return "\n".join(
        (tmp_path / name).read_text() for name in ("first.log", "second.log")
    )


def settled(client, queue: str) -> bool:
    """Nothing waiting in the queue and nothing left in the outbox."""
    return (
        client.llen(queue) == 0
        and not OutboxMessage.objects.filter(processed_at__isnull=True).exists()
    )


def sweeping_until_settled(app, client, queue: str, timeout: float = 90) -> bool:
    """Send outbox sweeps in small batches, several at once, as beat would every
    period, until everything is settled."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if settled(client, queue):
            return True
        for _ in range(4):
            app.send_task(outbox_sweep_task.name, kwargs={"limit": 5})
        wait_for(lambda: client.llen(queue) == 0, timeout=10)
        time.sleep(0.5)
    return False


def both_worked(tmp_path) -> bool:
    return all(
        " succeeded in " in (tmp_path / name).read_text()
        for name in ("first.log", "second.log")
    )


@pytest.mark.django_db(transaction=True)
def test_two_worker_processes_racing_pay_every_reward_exactly_once(
    two_workers, configure, program_settings, order_facts
):
    app, client, queue, log_key, tmp_path = two_workers
    program = configure(**{**program_settings, "hold_days": "14"})
    codes = [
        get_or_create_code(program, make_user(f"advocate{i}@example.com"))
        for i in range(4)
    ]
    orders = [
        order_facts(make_user(f"friend{i}@example.com"), voucher_code=codes[i % 4].code)
        for i in range(ORDERS)
    ]

    # The hooks of every order (as `order_created` and `order_fully_paid` record
    # them). Half of them are handed to Celery, each hand-off published twice (a
    # redelivery); the other half lost their hand-off (a broker outage) more than
    # the grace ago: the outbox sweeps of both workers race over them.
    handed_off, lost = orders[: ORDERS // 2], orders[ORDERS // 2 :]
    with transaction.atomic():
        record_hooks(handed_off)
    with without_hand_off(), transaction.atomic():
        record_hooks(lost)
    OutboxMessage.objects.filter(
        dedupe_key__in=[key for facts in lost for key in hook_keys(facts)]
    ).update(created_at=timezone.now() - outbox.HAND_OFF_GRACE * 2)
    for facts in handed_off:
        for key in hook_keys(facts):
            app.send_task(outbox.DELIVER_TASK, args=(key,))
    assert sweeping_until_settled(app, client, queue), logs(tmp_path)

    referrals = Referral.objects.all()
    assert referrals.count() == ORDERS
    assert set(referrals.values_list("order_id", flat=True)) == {
        facts.order_id for facts in orders
    }
    assert set(referrals.values_list("status", flat=True)) == {ReferralStatus.QUALIFIED}
    held = Reward.objects.filter(side="advocate")
    assert held.count() == ORDERS
    assert set(held.values_list("status", flat=True)) == {RewardStatus.HELD}

    # The holds end: each release task sent twice, and release sweeps beside them.
    Reward.objects.update(release_at=timezone.now() - timedelta(minutes=1))
    for reward_id in held.values_list("pk", flat=True):
        for _ in range(2):
            app.send_task(release_reward_task.name, args=(reward_id,))
    for _ in range(4):
        app.send_task(release_due_rewards_task.name)
        app.send_task(outbox_sweep_task.name, kwargs={"limit": 500})
    assert wait_for(
        lambda: settled(client, queue)
        and not Reward.objects.filter(status=RewardStatus.HELD).exists(),
        timeout=90,
    ), logs(tmp_path)

    rewards = Reward.objects.filter(side="advocate")
    assert rewards.count() == ORDERS
    assert set(rewards.values_list("status", flat=True)) == {RewardStatus.ISSUED}
    assert all(rewards.values_list("voucher_id", flat=True))
    assert set(Referral.objects.values_list("status", flat=True)) == {
        ReferralStatus.REWARDED
    }
    # At the shop: one voucher per reward, whichever worker issued it.
    issued = Counter(issued_keys(client, log_key))
    assert issued == Counter(rewards.values_list("idempotency_key", flat=True))
    assert not OutboxMessage.objects.filter(processed_at__isnull=True).exists()
    assert both_worked(tmp_path), "one worker did all the work"


# -- the replica -----------------------------------------------------------------


@contextmanager
def our_queries() -> Iterator[dict[str, list[str]]]:
    """SQL on our tables, per alias of the connection that sent it."""
    seen: dict[str, list[str]] = {}

    def record(execute, sql, params, many, context):
        if OURS in sql:
            seen.setdefault(context["connection"].alias, []).append(sql)
        return execute(sql, params, many, context)

    with ExitStack() as stack:
        for alias in (DEFAULT_DB_ALIAS, REPLICA):
            stack.enter_context(connections[alias].execute_wrapper(record))
        yield seen


def tables(statements: list[str]) -> set[str]:
    """Our tables each statement names first (FROM / INTO / UPDATE)."""
    found = set()
    for sql in statements:
        start = sql.index(OURS) + 1
        found.add(sql[start : sql.index('"', start)])
    return found


@pytest.fixture
def replica(settings):
    settings.DATABASE_CONNECTION_REPLICA_NAME = REPLICA
    return REPLICA


@pytest.fixture
def shop(
    replica,
    configure,
    program_settings,
    order_facts,
    django_capture_on_commit_callbacks,
):
    """A program with an advocate, a rewarded referral, a tier, a campaign, a
    contest, a cause, an event and a finished export, written on the writer."""
    from saleor_referrals import referrals
    from saleor_referrals.campaigns import contests
    from saleor_referrals.causes.models import Cause
    from saleor_referrals.events.models import Event

    from .campaigns_helpers import schedule
    from .tiers_helpers import add_tier, silver

    program = configure(**program_settings)
    advocate = make_user("ada@example.com", "Ada", "Lovelace")
    code = get_or_create_code(program, advocate)
    with django_capture_on_commit_callbacks(execute=True):
        referrals.qualify_paid_order(
            order_facts(make_user("bob@example.com"), voucher_code=code.code)
        )
    add_tier(program, silver())
    now = timezone.now()
    schedule(program, start_in=-timedelta(days=1), length=timedelta(days=10))
    contests.create_contest(
        program,
        contests.ContestSpec(
            name="Spring",
            starts_at=now - timedelta(days=2),
            ends_at=now + timedelta(days=5),
            prizes=[contests.PrizeSpec("rank", "store_credit", Decimal("5"))],
        ),
    )
    Cause.objects.create(
        program=program, name="Rivers", donate_per_referral=Decimal("1")
    )
    Event.objects.create(
        program=program, name="Launch", starts_at=now + timedelta(days=3), capacity=5
    )
    staff = make_staff()
    return {"program": program, "advocate": advocate, "code": code, "staff": staff}


def execute(query: str, variables: dict, user=None) -> dict:
    request = RequestFactory().post("/graphql/")
    request.user = user or AnonymousUser()
    request.app = None
    result = SCHEMA.execute(query, variable_values=variables, context_value=request)
    assert not result.errors, result.errors
    return result.data


# Every query field that reads through `read_alias`, and who may ask.
LAGGING_READS = {
    "leaderboard, three periods": (
        """query q($channel: String!) {
          a: referralLeaderboard(channel: $channel, period: ALL_TIME) { rank name }
          y: referralLeaderboard(channel: $channel, period: THIS_YEAR) { rank }
          m: referralLeaderboard(channel: $channel, period: LAST_30_DAYS) { rank }
        }""",
        None,
    ),
    "program (landing page)": (
        """query q($channel: String!, $code: String) {
          referralProgram(channel: $channel, code: $code) { isActive advocateName }
        }""",
        None,
    ),
    "profile": (
        """query q($channel: String!) {
          referralProfile(channel: $channel) {
            code stats { orders rewarded }
            referrals(first: 20) { totalCount edges { node { status } } }
            rewards(first: 20) { totalCount }
          }
        }""",
        "advocate",
    ),
    "numbers": (
        """query q($channel: String!) {
          referralReport(
            channel: $channel, compareWithPrevious: true,
            period: {gte: "2020-01-01T00:00:00Z", lte: "2100-01-01T00:00:00Z"}
          ) {
            funnel { orders converted } money { totalCost { amount } }
          }
          referralProgramSummary(channel: $channel) { flagged }
        }""",
        "staff",
    ),
    "console lists": (
        """query q($channel: String!) {
          referrals(channel: $channel, first: 20) {
            totalCount edges { node { status } }
          }
          referralRewards(channel: $channel, first: 20) { totalCount }
          referralExportFiles(channel: $channel) { status events { reason } }
        }""",
        "staff",
    ),
    "customer page": (
        """query q($channel: String!, $id: ID!) {
          referralCustomer(channel: $channel, id: $id) {
            code referrals(first: 20) { totalCount }
          }
        }""",
        "staff",
    ),
    "wings' lists": (
        """query q($channel: String!) {
          referralTiers(channel: $channel) { name members }
          referralMilestones(channel: $channel) { referrals }
          referralCampaigns(channel: $channel) { name results { referrals } }
          referralContests(channel: $channel) { name prizes { position } }
          referralCauses(channel: $channel) { name }
          referralEvents(channel: $channel) { name }
        }""",
        "staff",
    ),
}


@pytest.mark.django_db(transaction=True, databases=[DEFAULT_DB_ALIAS, REPLICA])
@pytest.mark.parametrize("name", list(LAGGING_READS))
def test_lagging_reads_go_to_the_replica(name, shop):
    assert read_alias() == REPLICA
    query, who = LAGGING_READS[name]
    user = shop[who] if who else None
    variables = {"channel": CHANNEL, "code": shop["code"].code}
    variables["id"] = graphene.Node.to_global_id("User", shop["advocate"].pk)
    used = {key for key in ("code", "id") if f"${key}" in query}
    variables = {
        key: value
        for key, value in variables.items()
        if key == "channel" or key in used
    }
    with our_queries() as seen:
        data = execute(query, variables, user)
    assert all(value is not None for value in data.values()), data
    assert seen.get(DEFAULT_DB_ALIAS, []) == []
    assert seen[REPLICA]


@pytest.mark.django_db(transaction=True, databases=[DEFAULT_DB_ALIAS, REPLICA])
def test_a_mutation_writes_and_reads_its_payload_on_the_writer(shop):
    mutation = """
    mutation export($channel: String!) {
      referralExport(channel: $channel, kind: REFERRALS) {
        exportFile { id status } errors { field code message }
      }
    }"""
    with our_queries() as seen, without_hand_off():
        created = execute(mutation, {"channel": CHANNEL}, shop["staff"])
    assert created["referralExport"]["errors"] == []
    assert seen.get(REPLICA, []) == []
    assert "saleor_referrals_referralexportfile" in tables(seen[DEFAULT_DB_ALIAS])


@pytest.mark.django_db(transaction=True, databases=[DEFAULT_DB_ALIAS, REPLICA])
def test_an_export_task_reads_its_rows_on_the_replica_and_its_state_on_the_writer(
    shop, settings, tmp_path
):
    from saleor_referrals.exports import service
    from saleor_referrals.exports.tasks import run_export_task

    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    with without_hand_off():
        requested = service.request_export(
            shop["program"],
            "referrals",
            start=None,
            end=None,
            campaign_id=None,
            actor="staff",
        )
    with our_queries() as seen:
        run_export_task(requested.pk)
    done = ReferralExportFile.objects.get(pk=requested.pk)
    assert done.status == ExportStatus.SUCCESS
    assert done.rows_done == 1
    assert tables(seen[REPLICA]) == {"saleor_referrals_referral"}
    assert "saleor_referrals_referral" not in tables(seen[DEFAULT_DB_ALIAS])
    assert "saleor_referrals_referralexportfile" in tables(seen[DEFAULT_DB_ALIAS])


@pytest.mark.django_db(transaction=True, databases=[DEFAULT_DB_ALIAS, REPLICA])
def test_without_a_replica_every_read_stays_on_the_writer(shop, settings):
    del settings.DATABASE_CONNECTION_REPLICA_NAME
    assert read_alias() == DEFAULT_DB_ALIAS
    query, _ = LAGGING_READS["numbers"]
    with our_queries() as seen:
        execute(query, {"channel": CHANNEL}, shop["staff"])
    assert seen.get(REPLICA, []) == []
    assert seen[DEFAULT_DB_ALIAS]
