"""Saleor's database rules: every task of the plugin runs clean under Saleor's
writer guard, and reads that may lag go to the replica.

Saleor runs each Celery task through `RestrictWriterDBTask`: under its test settings
(`CELERY_RESTRICT_WRITER_METHOD = restrict_writer`) a query on the writer outside
`allow_writer()` raises `UnsafeWriterAccessError`; in production it is logged.
Here every task registered under `saleor_referrals.` runs through that class
(`task(...)`, as the worker calls it), driven by the hooks and services that
enqueue it. A task that catches its own errors (the beat sweeps) would hide the
exception, so every unsafe query is also recorded on the connection.
"""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connections
from django.utils import timezone
from saleor.celeryconf import app
from saleor.core.db.connection import allow_writer
from saleor.core.tasks import RestrictWriterDBTask
from saleor.order import OrderChargeStatus
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.campaigns import contests
from saleor_referrals.campaigns.models import ContestState
from saleor_referrals.causes.models import Cause
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.emails.invitations import queue_invitation
from saleor_referrals.events.models import Event
from saleor_referrals.events.tasks import invite_event_members_task
from saleor_referrals.exports.models import ExportStatus
from saleor_referrals.exports.service import request_export
from saleor_referrals.facts import REFERRAL_CODE_METADATA_KEY
from saleor_referrals.models import ReferralProgram, Reward, RewardKind, RewardStatus
from saleor_referrals.tiers import ladder
from saleor_referrals.tiers.models import TierChange

from ..background import queued_tasks, run_queued
from ..campaigns_helpers import schedule

WRITER = settings.DATABASE_CONNECTION_DEFAULT_NAME
ACTOR = "staff@example.com"
# What one referred, paid order and its refunds lead to (hooks and status changes).
ORDER_TASKS = {
    "saleor_referrals.attribute_order",
    "saleor_referrals.qualify_paid_order",
    "saleor_referrals.deliver_outbox_message",
    "saleor_referrals.email_thank_you",
    "saleor_referrals.email_referral_status",
    "saleor_referrals.release_reward",
    "saleor_referrals.email_reward_status",
    "saleor_referrals.order_note",
    "saleor_referrals.evaluate_tier",
    "saleor_referrals.email_tier_change",
    "saleor_referrals.email_milestone",
    "saleor_referrals.email_donation",
    "saleor_referrals.convert_lead",
    "saleor_referrals.adjust_repeat_order",
    "saleor_referrals.reverse_order",
}
# Beat entries, and the tasks staff actions and sign-ups start.
OTHER_TASKS = {
    "saleor_referrals.release_due_rewards",
    "saleor_referrals.outbox_sweep",
    "saleor_referrals.sweep_tiers",
    "saleor_referrals.switch_campaigns",
    "saleor_referrals.decide_contests",
    "saleor_referrals.email_contest_won",
    "saleor_referrals.repair_dashboard_edits",
    "saleor_referrals.compact_daily_totals",
    "saleor_referrals.refresh_leaderboards",
    "saleor_referrals.email_nudges",
    "saleor_referrals.run_export",
    "saleor_referrals.place_advocates",
    "saleor_referrals.invite_event_members",
    "saleor_referrals.email_event_invitation",
    "saleor_referrals.email_invitation",
    "saleor_referrals.attribute_signup",
}


def referral_task_names() -> set[str]:
    # App mode's own tasks (`saleor_referrals.app.*`, registered here when
    # tests/saleor/test_app_mode.py imports the App) run in the App's worker,
    # never in Saleor's.
    return {
        name
        for name in app.tasks
        if name.startswith("saleor_referrals.")
        and not name.startswith("saleor_referrals.app.")
    }


@contextmanager
def unsafe_writer_queries() -> Iterator[list[str]]:
    """Every query sent to the writer outside `allow_writer()`, even one whose
    `UnsafeWriterAccessError` the task caught and logged."""
    unsafe: list[str] = []

    def record(execute, sql, params, many, context):
        connection = context["connection"]
        if connection.alias == WRITER and not getattr(
            connection, "_allow_writer", False
        ):
            unsafe.append(sql)
        return execute(sql, params, many, context)

    with connections[WRITER].execute_wrapper(record):
        yield unsafe


class Runs:
    """Runs queued tasks as Saleor's worker does and remembers which ran."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def run(self, queue) -> dict[str, list]:
        for task, _, _ in queue:
            assert isinstance(task, RestrictWriterDBTask), task.name
        with unsafe_writer_queries() as unsafe:
            runs = run_queued(queue)
        assert unsafe == [], unsafe
        self.names.update(run.name for run in runs)
        self.names.update(run.task_name for run in runs)
        results: dict[str, list] = {}
        for run in runs:  # a delivery through the outbox answers for the outbox
            if run.name == run.task_name:
                results.setdefault(run.name, []).append(run.result)
        return results

    def call(self, name: str, *args):
        """A beat entry: run the task itself, then whatever it enqueued."""
        task = app.tasks[name]
        assert isinstance(task, RestrictWriterDBTask)
        with queued_tasks() as queue:
            queue.append((task, args, {}))
            results = self.run(queue)
        return results[name][0]


def paid_order(friend_order, user, code: str = ""):
    order = friend_order(user)
    order.voucher_code = code or None
    order.charge_status = OrderChargeStatus.FULL
    order.total_gross_amount = order.total_net_amount = Decimal("80.00")
    order.total_charged_amount = Decimal("80.00")
    order.save()
    return order


def hooks(runs: Runs, *calls) -> dict[str, list]:
    """Fire plugin hooks (name, order), then run every task they lead to."""
    manager = get_plugins_manager(allow_replica=False)
    with queued_tasks() as queue:
        for hook, order in calls:
            getattr(manager, hook)(order)
    return runs.run(queue)


def test_saleor_test_settings_restrict_the_writer_in_tasks():
    """`scripts/saleor-tests.sh` runs under Saleor's test settings: tasks raise."""
    assert settings.CELERY_RESTRICT_WRITER_METHOD == (
        "saleor.core.db.connection.restrict_writer"
    )
    assert settings.MIDDLEWARE[0] == (
        "saleor.core.db.connection.restrict_writer_middleware"
    )
    assert referral_task_names()
    for name in referral_task_names():
        assert isinstance(app.tasks[name], RestrictWriterDBTask), name


def test_every_registered_referral_task_has_a_case():
    assert referral_task_names() == ORDER_TASKS | OTHER_TASKS


def test_every_referral_task_runs_under_saleors_writer_rule(
    configure, customer_user, customer_user2, friend_order, channel_USD
):
    assert configure(advocate_reward_type="store_credit", hold_days="0")["errors"] == []
    runs = Runs()
    with allow_writer():
        program = ReferralProgram.objects.get(channel_slug=channel_USD.slug)
        code = get_or_create_code(program, customer_user)
        ladder.create_tier(
            program,
            ladder.TierSpec(name="Silver", rank=1, min_referrals=1),
            actor=ACTOR,
        )
        ladder.create_milestone(
            program,
            ladder.MilestoneSpec(slug="first", name="First friend", referrals=1),
            actor=ACTOR,
        )
        Cause.objects.create(
            program=program, name="Rivers", donate_per_referral=Decimal("2")
        )
        now = timezone.now()
        contest = contests.create_contest(
            program,
            contests.ContestSpec(
                name="Spring",
                starts_at=now - timedelta(days=1),
                ends_at=now + timedelta(hours=1),
                prizes=[contests.PrizeSpec("rank", "store_credit", Decimal("5"))],
            ),
        )

    # A referred, paid order: attribution, qualification, release, e-mails, notes,
    # the tier and milestone, the donation.
    first = paid_order(friend_order, customer_user2, code.code)
    results = hooks(runs, ("order_created", first), ("order_fully_paid", first))
    assert set(results["saleor_referrals.release_reward"]) == {RewardStatus.ISSUED}
    # The friend's next order, without the code: a repeat order; then its refund.
    repeat = paid_order(friend_order, customer_user2)
    results = hooks(runs, ("order_fully_paid", repeat))
    assert results["saleor_referrals.convert_lead"] == ["repeat_order"]
    hooks(runs, ("order_fully_refunded", repeat))

    # Beat: the contest past its end is decided and its winner told.
    with allow_writer():
        contest.__class__.objects.filter(pk=contest.pk).update(ends_at=timezone.now())
    assert runs.call("saleor_referrals.decide_contests") == 1
    with allow_writer():
        contest.refresh_from_db()
    assert contest.state == ContestState.DECIDED
    assert contest.prizes.get().winner_id == customer_user.pk

    # Beat: a held reward past its hold is released.
    assert configure(advocate_reward_type="store_credit", hold_days="3")["errors"] == []
    with allow_writer():
        other_friend = get_user_model().objects.create(email="other-friend@example.com")
    held_order = paid_order(friend_order, other_friend, code.code)
    hooks(runs, ("order_created", held_order), ("order_fully_paid", held_order))
    with allow_writer():
        held = Reward.objects.filter(
            kind=RewardKind.STORE_CREDIT, status=RewardStatus.HELD
        )
        assert held.count() == 1
        held.update(release_at=timezone.now() - timedelta(minutes=1))
    assert runs.call("saleor_referrals.release_due_rewards") == 1

    # The first order refunded: its referral and rewards reversed.
    hooks(runs, ("order_fully_refunded", first))
    with allow_writer():
        credit = Reward.objects.get(
            referral__order_id=str(first.pk), kind=RewardKind.STORE_CREDIT
        )
    assert credit.status == RewardStatus.REVOKED
    # A task's own status changes write their order notes in its transaction;
    # one made outside a task (a staff action) hands the note to this task.
    with allow_writer():
        reversed_referral = credit.referral
    runs.call(
        "saleor_referrals.order_note",
        "referral",
        reversed_referral.pk,
        "rewarded",
        "reversed",
        "reviewed by staff",
    )

    # Work that a task now does in-process (the status and tier e-mails, the tier
    # evaluation) keeps its own task: for a request's outbox row, for an in-process
    # step that failed, and for rows written by older versions. Each runs under
    # the rule too.
    with allow_writer():
        change_id = TierChange.objects.values_list("pk", flat=True).first()
    assert change_id is not None
    runs.call(
        "saleor_referrals.evaluate_tier",
        program.pk,
        customer_user.pk,
        "an outbox row of an older version",
    )
    runs.call("saleor_referrals.email_referral_status", reversed_referral.pk, "pending")
    runs.call("saleor_referrals.email_reward_status", credit.pk, "revoked")
    runs.call("saleor_referrals.email_tier_change", change_id)

    # The other beat entries.
    with allow_writer():
        schedule(program, start_in=-timedelta(hours=1), length=timedelta(days=2))
    assert runs.call("saleor_referrals.switch_campaigns") >= 1
    runs.call("saleor_referrals.outbox_sweep")
    runs.call("saleor_referrals.sweep_tiers")
    runs.call("saleor_referrals.repair_dashboard_edits")
    runs.call("saleor_referrals.compact_daily_totals")
    assert runs.call("saleor_referrals.refresh_leaderboards") >= 1
    runs.call("saleor_referrals.email_nudges")

    # Staff actions: an export, a new tier (placement run), an event's invitations;
    # an advocate's invitation; a sign-up with a code.
    with allow_writer(), queued_tasks() as queue:
        export = request_export(
            program,
            "referrals",
            start=None,
            end=None,
            campaign_id=None,
            actor=ACTOR,
        )
        ladder.create_tier(
            program, ladder.TierSpec(name="Gold", rank=2, min_referrals=2), actor=ACTOR
        )
        event = Event.objects.create(
            program=program,
            name="Launch night",
            starts_at=timezone.now() + timedelta(days=10),
            capacity=3,
            guest_passes_per_member=1,
        )
        invite_event_members_task.delay(event.pk)
        assert queue_invitation(
            program=program,
            advocate=customer_user,
            email="friend-to-be@example.com",
            message="Come along",
            language="en",
        )
        get_user_model().objects.create(
            email="signed-up@example.com",
            metadata={REFERRAL_CODE_METADATA_KEY: code.code},
        )
    results = runs.run(queue)
    export.refresh_from_db()
    assert (export.status, export.rows_done) == (ExportStatus.SUCCESS, 2)
    assert results["saleor_referrals.invite_event_members"][0] >= 1

    assert runs.names == referral_task_names()
