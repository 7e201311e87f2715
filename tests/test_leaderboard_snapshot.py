"""The last-30-days leaderboard's snapshot (`insights.leaderboard`): equal to the
board counted from the raw rows when refreshed, stale by design between refreshes
(new referrals and reversals wait), never stale about who may be listed (opt-outs
and deleted customers leave at once), and counted live again when beat stops.
The state machine of tests/test_tallies.py checks the same equality after random
histories."""

from datetime import timedelta

import pytest
from django.utils import timezone

from saleor_referrals.insights import leaderboard as board
from saleor_referrals.insights.leaderboard import (
    LAST_30_DAYS,
    MAX_ENTRIES,
    leaderboard,
    refresh_rolling_board,
    set_shows_on_leaderboard,
)
from saleor_referrals.insights.models import LeaderboardSnapshot
from saleor_referrals.insights.tasks import (
    LEADERBOARD_SCHEDULE_NAME,
    refresh_leaderboards_task,
)
from saleor_referrals.models import Referral, ReferralStatus

from . import celery_app
from .conftest import make_user
from .test_insights import referrals

pytestmark = pytest.mark.django_db


def listed(program, now=None, first=MAX_ENTRIES):
    return [
        (entry.advocate_id, entry.referrals, entry.reached_at)
        for entry in leaderboard(program, first=first, period=LAST_30_DAYS, now=now)
    ]


def counted(program, now):
    since = board.period_start(LAST_30_DAYS, now)
    return [
        (row["advocate_id"], row["n"], row["reached"])
        for row in board._period_rows(program, since, MAX_ENTRIES, "default", now)
    ]


@pytest.fixture
def five(program):
    """Five advocates with 5..1 converted referrals in the window; the same
    advocates with more outside it (31 days ago) and some not converted."""
    people = [make_user(f"p{index}@example.com", f"P{index}") for index in range(5)]
    for index, person in enumerate(people):
        referrals(program, person, 5 - index, ago=timedelta(days=2, minutes=index))
        referrals(program, person, 3, ago=timedelta(days=31))
        referrals(program, person, 1, status=ReferralStatus.QUALIFIED)
    return people


def test_a_refreshed_snapshot_is_the_raw_board(program, five):
    now = timezone.now()
    refresh_rolling_board(program, now)
    assert listed(program, now) == counted(program, now)
    assert [row[1] for row in listed(program, now)] == [5, 4, 3, 2, 1]
    assert listed(program, now, first=2) == counted(program, now)[:2]
    # The window is the refresh's: a referral 29 days and 23 hours before it
    # counts, one of 30 days and a minute does not.
    extra = make_user("edge@example.com", "Edge")
    referrals(program, extra, 6, ago=timedelta(days=29, hours=23))
    referrals(program, extra, 9, ago=timedelta(days=30, minutes=1))
    now = timezone.now()
    refresh_rolling_board(program, now)
    assert listed(program, now)[0][:2] == (extra.pk, 6)
    assert listed(program, now) == counted(program, now)


def test_between_refreshes_counts_wait_but_opt_outs_and_deletions_do_not(program, five):
    now = timezone.now()
    refresh_rolling_board(program, now)
    before = listed(program, now)
    # A new referral, a reversal (clawback): the snapshot keeps the old counts.
    referrals(program, five[4], 10, ago=timedelta(seconds=1))
    Referral.objects.filter(advocate=five[0]).update(status=ReferralStatus.REVERSED)
    later = now + timedelta(minutes=1)
    assert listed(program, later) == before
    # An opt-out and a deleted customer leave the board at once.
    set_shows_on_leaderboard(program, five[1].pk, False)
    five[2].delete()
    assert [row[0] for row in listed(program, later)] == [
        five[0].pk,
        five[3].pk,
        five[4].pk,
    ]
    # The next refresh counts everything.
    refresh_rolling_board(program, later)
    assert listed(program, later) == counted(program, later)
    assert [row[:2] for row in listed(program, later)] == [
        (five[4].pk, 11),
        (five[3].pk, 2),
    ]


def test_a_stale_or_missing_snapshot_counts_the_raw_rows(program, five, settings):
    now = timezone.now()
    assert not LeaderboardSnapshot.objects.exists()
    assert listed(program, now) == counted(program, now)
    settings.REFERRALS_LEADERBOARD_REFRESH_MINUTES = 10
    refresh_rolling_board(program, now)
    referrals(program, five[4], 10, ago=timedelta(seconds=1))
    # Fresh for three refresh periods, then counted live.
    fresh = now + timedelta(minutes=29)
    assert listed(program, fresh)[0][:2] == (five[0].pk, 5)
    stale = now + timedelta(minutes=31)
    assert listed(program, stale)[0][:2] == (five[4].pk, 11)
    assert listed(program, stale) == counted(program, stale)


def test_the_beat_entry_refreshes_every_active_program(program, five):
    entry = celery_app.app.conf.beat_schedule[LEADERBOARD_SCHEDULE_NAME]
    assert entry["task"] == "saleor_referrals.refresh_leaderboards"
    assert entry["schedule"] == 600.0
    assert refresh_leaderboards_task.delay().get() == 1
    snapshot = LeaderboardSnapshot.objects.get(program=program)
    assert snapshot.entries.count() == 5
    # Refreshing again replaces the entries, whatever changed.
    referrals(program, make_user("new@example.com", "New"), 1)
    assert refresh_leaderboards_task.delay().get() == 1
    snapshot.refresh_from_db()
    assert snapshot.entries.count() == 6
    assert listed(program, snapshot.computed_at) == counted(
        program, snapshot.computed_at
    )
