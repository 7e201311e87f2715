"""The converted-referral tallies against the raw rows (Hypothesis state machine).

Random sequences of orders, paid events, releases, refunds and cancellations, staff
approvals, rejections and revocations, back-dated orders (months and years apart),
deleted referrals, deleted customers and leaderboard opt-outs. After every step:
- the tallies the triggers keep equal a recount of the referral rows with
  `converted_q` (every month, year and all time);
- the leaderboard of this year and all time (read from the tallies) equals the one
  counted from the raw rows, tie rule included;
- an opted-out or deleted customer is on no public list.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from saleor_referrals import referrals, rewards
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.commerce import get_commerce
from saleor_referrals.commerce.memory import MemoryOrder
from saleor_referrals.config import parse
from saleor_referrals.facts import OrderFacts, Shopper
from saleor_referrals.insights import leaderboard as board
from saleor_referrals.insights.models import ConvertedTally
from saleor_referrals.insights.tallies import (
    raw_tallies,
    recount,
    repair,
    stored_tallies,
)
from saleor_referrals.models import Referral, ReferralStatus, Reward, RewardStatus
from saleor_referrals.programs import sync_program

from .conftest import CHANNEL, make_user

REACHED: Counter[str] = Counter()
EXAMPLES = int(__import__("os").environ.get("TALLY_EXAMPLES", "60"))
ADVOCATES = 3


def raw_board(program, period: str) -> list[tuple]:
    since = board.period_start(period, timezone.now())
    return [
        (row["advocate_id"], row["n"], row["reached"])
        for row in board._period_rows(program, since, board.MAX_ENTRIES, "default")
    ]


def tally_board(program, period: str) -> list[tuple]:
    return [
        (entry.advocate_id, entry.referrals, entry.reached_at)
        for entry in board.leaderboard(program, first=board.MAX_ENTRIES, period=period)
    ]


class TallyMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()
        self.shop = get_commerce()
        self.shop.reset()
        self.shop.add_channel(CHANNEL, "USD")
        self.orders: list[OrderFacts] = []
        self.users = 0
        self.hidden: set[int] = set()
        self.deleted: set[int] = set()

    @initialize(hold_days=st.sampled_from(["0", "3"]), default=st.booleans())
    def configure(self, hold_days, default):
        self.program = sync_program(
            channel_slug=CHANNEL,
            currency="USD",
            settings=parse(
                {
                    "advocate_reward_type": "store_credit",
                    "min_order_total": "20",
                    "hold_days": hold_days,
                    "new_customers_only": False,
                    "velocity_per_day": "1",
                    "velocity_action": "flag",
                }
            ),
            active=True,
        )
        self.program.leaderboard_default = default
        self.program.save(update_fields=["leaderboard_default"])
        self.codes = [
            get_or_create_code(self.program, self._user()) for _ in range(ADVOCATES)
        ]
        for code in self.codes:
            board.set_shows_on_leaderboard(self.program, code.user_id, True)

    def _user(self):
        self.users += 1
        return make_user(f"user{self.users}@example.com", f"First{self.users}")

    @rule(
        advocate=st.integers(0, ADVOCATES - 1),
        total=st.sampled_from(["10.00", "75.50", "75.50"]),
        then=st.sampled_from(["nothing", "paid", "released", "released"]),
        ago=st.sampled_from([0, 40, 400]),
    )
    def friend_orders(self, advocate, total, then, ago):
        code = self.codes[advocate]
        friend = self._user()
        number = len(self.orders) + 1
        facts = OrderFacts(
            order_id=f"order-{number}",
            number=str(number),
            channel_slug=CHANNEL,
            currency="USD",
            total=Decimal(total),
            paid=Decimal(total),
            shopper=Shopper(friend.pk, friend.email),
            voucher_code=code.code,
        )
        self.shop.add_order(
            MemoryOrder(facts.order_id, friend.pk, friend.email, CHANNEL)
        )
        self.orders.append(facts)
        referrals.attribute_order(facts)
        if ago:
            Referral.objects.filter(order_id=facts.order_id).update(
                created_at=timezone.now() - timedelta(days=ago)
            )
        if then != "nothing":
            with transaction.atomic():
                referrals.qualify_paid_order(facts)
        if then == "released":
            self.hold_period_passes()

    @precondition(lambda self: self.orders)
    @rule(index=st.integers(0, 50), times=st.integers(1, 2))
    def order_paid(self, index, times):
        facts = self.orders[index % len(self.orders)]
        for _ in range(times):
            with transaction.atomic():
                referrals.qualify_paid_order(facts)

    @rule()
    def hold_period_passes(self):
        Reward.objects.filter(status=RewardStatus.HELD).update(
            release_at=timezone.now() - timedelta(seconds=1)
        )
        for reward_id in rewards.due_reward_ids():
            with transaction.atomic():
                rewards.release(reward_id)

    @precondition(lambda self: self.orders)
    @rule(
        index=st.integers(0, 50),
        left=st.sampled_from([None, Decimal("0"), Decimal("60.00")]),
    )
    def order_undone(self, index, left):
        facts = self.orders[index % len(self.orders)]
        referrals.reverse_order(facts.order_id, "refund", paid_after_refund=left)

    @precondition(
        lambda self: Referral.objects.filter(status=ReferralStatus.FLAGGED).exists()
    )
    @rule(approve=st.booleans())
    def staff_review(self, approve):
        flagged = Referral.objects.filter(status=ReferralStatus.FLAGGED).first()
        referrals.review(flagged.pk, approve=approve, reason="", actor="staff")

    @precondition(
        lambda self: Reward.objects.filter(
            status__in=(RewardStatus.HELD, RewardStatus.ISSUED)
        ).exists()
    )
    @rule(index=st.integers(0, 50))
    def staff_revoke(self, index):
        ids = list(
            Reward.objects.filter(
                status__in=(RewardStatus.HELD, RewardStatus.ISSUED)
            ).values_list("pk", flat=True)
        )
        referrals.revoke_reward(ids[index % len(ids)], reason="abuse", actor="staff")

    @precondition(lambda self: Referral.objects.exists())
    @rule(index=st.integers(0, 50), days=st.sampled_from([1, 20, 45, 200, 400]))
    def order_backdated(self, index, days):
        ids = list(Referral.objects.order_by("pk").values_list("pk", flat=True))
        referral = Referral.objects.get(pk=ids[index % len(ids)])
        Referral.objects.filter(pk=referral.pk).update(
            created_at=referral.created_at - timedelta(days=days)
        )

    @precondition(lambda self: Referral.objects.exists())
    @rule(index=st.integers(0, 50))
    def referral_deleted(self, index):
        ids = list(Referral.objects.order_by("pk").values_list("pk", flat=True))
        Referral.objects.filter(pk=ids[index % len(ids)]).delete()

    @rule(advocate=st.integers(0, ADVOCATES - 1), show=st.booleans())
    def advocate_chooses(self, advocate, show):
        user_id = self.codes[advocate].user_id
        if user_id is None:
            return
        board.set_shows_on_leaderboard(self.program, user_id, show)
        (self.hidden.discard if show else self.hidden.add)(user_id)

    @rule(advocate=st.integers(0, ADVOCATES - 1))
    def advocate_deleted(self, advocate):
        code = self.codes[advocate]
        code.refresh_from_db()
        if code.user is None:
            return
        self.deleted.add(code.user_id)
        code.user.delete()
        code.refresh_from_db()

    @invariant()
    def tallies_equal_a_recount(self):
        if not hasattr(self, "program"):
            return
        for status in Referral.objects.values_list("status", flat=True):
            REACHED[f"referral {status}"] += 1
        if ConvertedTally.objects.filter(
            year__gt=0, year__lt=timezone.now().year, referrals__gt=0
        ).exists():
            REACHED["an earlier year"] += 1
        assert sorted(stored_tallies()) == sorted(raw_tallies())

    @invariant()
    def leaderboards_equal_the_raw_ones(self):
        if not hasattr(self, "program"):
            return
        for period in (board.THIS_YEAR, board.ALL_TIME):
            listed = tally_board(self.program, period)
            assert listed == raw_board(self.program, period)
            ids = {row[0] for row in listed}
            assert not ids & (self.hidden | self.deleted)
            REACHED[f"{period} entries"] += len(listed)

    @invariant()
    def the_rolling_snapshot_equals_the_raw_board(self):
        """The last 30 days: the previous step's snapshot (stale now) lists no
        one who opted out or was deleted since; refreshed, it equals the raw
        board (reversals, rejections, back-dated orders, ties)."""
        if not hasattr(self, "program"):
            return
        stale = {row[0] for row in tally_board(self.program, board.LAST_30_DAYS)}
        assert not stale & (self.hidden | self.deleted)
        now = timezone.now()
        board.refresh_rolling_board(self.program, now)
        listed = [
            (entry.advocate_id, entry.referrals, entry.reached_at)
            for entry in board.leaderboard(
                self.program,
                first=board.MAX_ENTRIES,
                period=board.LAST_30_DAYS,
                now=now,
            )
        ]
        since = board.period_start(board.LAST_30_DAYS, now)
        assert listed == [
            (row["advocate_id"], row["n"], row["reached"])
            for row in board._period_rows(
                self.program, since, board.MAX_ENTRIES, "default", until=now
            )
        ]
        REACHED["last_30_days entries"] += len(listed)

    def teardown(self):
        REACHED["sequences"] += 1
        transaction.set_rollback(True)
        self.atomic.__exit__(None, None, None)


@pytest.mark.django_db
def test_tallies_follow_random_referral_histories(commerce):
    machine = TallyMachine.TestCase
    machine.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    machine().runTest()
    print(dict(REACHED))
    assert REACHED["sequences"] >= EXAMPLES
    for state in (
        "referral rewarded",
        "referral reversed",
        "referral rejected",
        "referral flagged",
        "this_year entries",
        "all_time entries",
        "last_30_days entries",
        "an earlier year",
    ):
        assert REACHED[state] > 0, (state, dict(REACHED))


@pytest.mark.django_db
def test_recount_repairs_a_damaged_table(commerce):
    program = sync_program(
        channel_slug=CHANNEL, currency="USD", settings=parse({}), active=True
    )
    code = get_or_create_code(program, make_user("ada@example.com", "Ada"))
    now = timezone.now()
    for days in (1, 40, 400):
        Referral.objects.create(
            program=program,
            code=code,
            advocate_id=code.user_id,
            source="code",
            currency="USD",
            status=ReferralStatus.REWARDED,
            created_at=now - timedelta(days=days),
        )
    expected = sorted(raw_tallies(program.pk))
    assert sorted(stored_tallies(program.pk)) == expected
    assert dict(
        ConvertedTally.objects.filter(year=0).values_list("advocate_id", "referrals")
    ) == {code.user_id: 3}
    ConvertedTally.objects.filter(year=0).update(referrals=99)
    ConvertedTally.objects.filter(month__gt=0).delete()
    damaged = set(stored_tallies(program.pk))
    out = StringIO()
    call_command("referral_recount_tallies", channel=CHANNEL, stdout=out)
    assert sorted(stored_tallies(program.pk)) == expected
    # The wrong all-time row, the right one and three months: five.
    differed = len(damaged ^ set(expected))
    assert differed == 5
    assert f"{len(expected)} tally rows written; {differed} differed" in (
        out.getvalue()
    )
    assert recount(program.pk) == len(expected)


@pytest.mark.django_db
def test_set_based_recount_equals_the_raw_tallies(commerce):
    """`repair` (inside PostgreSQL) writes exactly `raw_tallies` (the rows counted
    in Python's view): two programs, every status, reversals, a deleted customer,
    month and year boundaries in UTC, spans emptied to zero; one program's repair
    leaves the other's rows alone."""
    from datetime import UTC, datetime

    from django.contrib.auth import get_user_model

    get_commerce().add_channel("other", "USD")
    programs = [
        sync_program(channel_slug=slug, currency="USD", settings=parse({}), active=True)
        for slug in (CHANNEL, "other")
    ]
    users = [make_user(f"a{index}@example.com", f"A{index}") for index in range(3)]
    codes = [get_or_create_code(p, user) for p in programs for user in users]
    # Both sides of a month's and a year's end, UTC (23:59:59.5 on 31 December is
    # still the old year; the next instant the new one).
    times = [
        datetime(2025, 12, 31, 23, 59, 59, 500000, tzinfo=UTC),
        datetime(2026, 1, 1, 0, 0, tzinfo=UTC),
        datetime(2026, 1, 31, 23, 0, tzinfo=UTC),
        datetime(2026, 2, 1, 0, 30, tzinfo=UTC),
    ]
    statuses = list(ReferralStatus)
    made = []
    for index in range(48):
        code = codes[index % len(codes)]
        made.append(
            Referral.objects.create(
                program_id=code.program_id,
                code=code,
                advocate_id=code.user_id,
                source="code",
                currency="USD",
                status=statuses[index % len(statuses)],
                created_at=times[index % len(times)],
            )
        )
    # Reversals and a span emptied (its zero row stays until a repair).
    Referral.objects.filter(pk__in=[r.pk for r in made[:12]]).update(
        status=ReferralStatus.REVERSED
    )
    get_user_model().objects.filter(pk=users[2].pk).delete()
    assert ConvertedTally.objects.filter(referrals=0).exists()
    expected = sorted(raw_tallies())
    assert sorted(stored_tallies()) == expected
    other = sorted(stored_tallies(programs[1].pk))
    ConvertedTally.objects.filter(program=programs[0], month=0).update(referrals=7)
    damaged = set(stored_tallies())
    done = repair(programs[0].pk)
    assert done.differed == len(damaged ^ set(expected))
    assert done.written == len(list(raw_tallies(programs[0].pk)))
    assert sorted(stored_tallies()) == expected
    assert sorted(stored_tallies(programs[1].pk)) == other
    assert not ConvertedTally.objects.filter(program=programs[0], referrals=0).exists()
    assert repair().differed == 0


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_leave_exact_tallies(commerce):
    """Eight connections convert and reverse one advocate's referrals at once (the
    same tally rows, removals that take away the latest time): no deadlock, and the
    tallies equal the recount."""
    import threading
    import time

    from .race import race

    program = sync_program(
        channel_slug=CHANNEL, currency="USD", settings=parse({}), active=True
    )
    code = get_or_create_code(program, make_user("ada@example.com", "Ada"))
    now = timezone.now()
    ids = [
        Referral.objects.create(
            program=program,
            code=code,
            advocate_id=code.user_id,
            source="code",
            currency="USD",
            status=ReferralStatus.QUALIFIED,
            created_at=now - timedelta(days=n % 3, minutes=n),
        ).pk
        for n in range(48)
    ]
    pending = iter(ids)
    lock = threading.Lock()

    def work():
        while True:
            with lock:
                pk = next(pending, None)
            if pk is None:
                return
            with transaction.atomic():
                Referral.objects.filter(pk=pk).update(status=ReferralStatus.APPROVED)
                time.sleep(0.001)
            if pk % 2:
                with transaction.atomic():
                    Referral.objects.filter(pk=pk).update(
                        status=ReferralStatus.REVERSED
                    )

    assert race(work) == []
    assert sorted(stored_tallies()) == sorted(raw_tallies())
    [(_, _, _, _, n, _)] = [t for t in stored_tallies() if t[2] == 0]
    assert n == 24
