"""The public leaderboard: advocates ranked by converted referrals.

Counting is `converted.converted_q` (the one definition); a contest ranks by
`campaigns.contests.standings` (its window, its tie rule). Ties go to whoever
reached the count first: the earliest latest-converted referral.

All time and this year read the converted tallies (`insights.tallies`, kept by
triggers in the writing transaction): an index scan of the span's top rows instead
of counting every referral. The last 30 days read a snapshot of the board that beat
refreshes every `REFERRALS_LEADERBOARD_REFRESH_MINUTES` (`refresh_rolling_boards`):
a rolling window is no sum of months, and per-day tallies would not help (an
advocate has about one converted referral a month, so a window's advocate-days are
nearly as many as its referrals). While no fresh snapshot exists (beat stopped, a
new program), that board is counted from the raw rows. Who opted out or was
deleted since the refresh is left out at once; new referrals, reversals and
opt-ins wait for the next refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import Count, Exists, Max, OuterRef, Q, QuerySet
from django.utils import timezone

from ..campaigns.contests import standings
from ..campaigns.models import Contest
from ..converted import converted_q
from ..identity import display_name
from ..models import Referral, ReferralProgram
from ..tiers.models import Badge
from .models import (
    ConvertedTally,
    LeaderboardChoice,
    LeaderboardSnapshot,
    LeaderboardSnapshotEntry,
)
from .tallies import ALL_TIME_SPAN, year_span

LAST_30_DAYS, THIS_YEAR, ALL_TIME = "last_30_days", "this_year", "all_time"
PERIODS = (LAST_30_DAYS, THIS_YEAR, ALL_TIME)
MAX_ENTRIES = 100
# A snapshot holds more than the longest board, so that customers who opt out
# between two refreshes leave a full board behind them.
SNAPSHOT_ENTRIES = 2 * MAX_ENTRIES
# A snapshot older than this many refresh periods (beat stopped or behind) is not
# read: the board is counted from the raw rows instead.
FRESH_FOR_REFRESHES = 3


@dataclass(frozen=True)
class LeaderboardEntry:
    rank: int
    advocate_id: int
    name: str
    referrals: int
    reached_at: datetime
    badges: list[Badge] = field(default_factory=list)


def period_start(period: str, now: datetime) -> datetime | None:
    if period == LAST_30_DAYS:
        return now - timedelta(days=30)
    if period == THIS_YEAR:
        return now.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    return None


def visible_q(program: ReferralProgram, prefix: str = "") -> Q:
    """Advocates shown: their own choice, else the program's default; never a
    deleted customer (the referral's advocate is then null)."""
    choices = LeaderboardChoice.objects.filter(
        program_id=program.pk, advocate_id=OuterRef(f"{prefix}advocate_id")
    )
    if program.leaderboard_default:
        shown = ~Exists(choices.filter(show_on_leaderboard=False))
    else:
        shown = Exists(choices.filter(show_on_leaderboard=True))
    return Q(**{f"{prefix}advocate_id__isnull": False}) & shown


def _period_rows(
    program: ReferralProgram,
    since: datetime | None,
    first: int,
    using: str,
    until: datetime | None = None,
) -> QuerySet:
    return (
        Referral.objects.using(using)
        .filter(converted_q(since, until), visible_q(program), program_id=program.pk)
        .values("advocate_id")
        .annotate(n=Count("pk"), reached=Max("created_at"))
        .order_by("-n", "reached", "advocate_id")[:first]
    )


def _tally_rows(
    program: ReferralProgram, span: tuple[int, int], first: int, using: str
) -> list[tuple]:
    """The same ranking as `_period_rows` over a whole span, from the tallies."""
    year, month = span
    return list(
        ConvertedTally.objects.using(using)
        .filter(
            visible_q(program),
            program_id=program.pk,
            year=year,
            month=month,
            referrals__gt=0,
        )
        .order_by("-referrals", "reached_at", "advocate_id")
        .values_list("advocate_id", "referrals", "reached_at")[:first]
    )


def refresh_minutes() -> float:
    return float(getattr(settings, "REFERRALS_LEADERBOARD_REFRESH_MINUTES", 10))


def _snapshot_rows(
    program: ReferralProgram, first: int, now: datetime, using: str
) -> list[tuple]:
    """The last 30 days from the program's snapshot when it is fresh, the shown
    advocates only; else (or when it lists nobody shown) counted from the raw
    rows, which costs little then: an empty window has no rows to count."""
    oldest = now - timedelta(minutes=refresh_minutes() * FRESH_FOR_REFRESHES)
    rows = list(
        LeaderboardSnapshotEntry.objects.using(using)
        .filter(
            visible_q(program),
            snapshot__program_id=program.pk,
            snapshot__computed_at__gte=oldest,
            snapshot__computed_at__lte=now,
        )
        .order_by("rank")
        .values_list("advocate_id", "referrals", "reached_at")[:first]
    )
    if rows:
        return rows
    since = period_start(LAST_30_DAYS, now)
    return [
        (row["advocate_id"], row["n"], row["reached"])
        for row in _period_rows(program, since, first, using)
    ]


def refresh_rolling_board(
    program: ReferralProgram, now: datetime | None = None
) -> LeaderboardSnapshot:
    """Count the program's last-30-days board from the raw rows (on the writer)
    and store it as the program's snapshot, in one transaction: readers see the
    old board or the new one."""
    now = now or timezone.now()
    since = period_start(LAST_30_DAYS, now)
    with transaction.atomic():
        # One refresh at a time per program (beat runs may overlap).
        snapshot, _ = LeaderboardSnapshot.objects.select_for_update().get_or_create(
            program=program, defaults={"computed_at": now}
        )
        rows = [
            (row["advocate_id"], row["n"], row["reached"])
            for row in _period_rows(
                program, since, SNAPSHOT_ENTRIES, DEFAULT_DB_ALIAS, until=now
            )
        ]
        snapshot.entries.all().delete()
        LeaderboardSnapshotEntry.objects.bulk_create(
            LeaderboardSnapshotEntry(
                snapshot=snapshot,
                advocate_id=advocate_id,
                rank=rank,
                referrals=referrals,
                reached_at=reached,
            )
            for rank, (advocate_id, referrals, reached) in enumerate(rows, start=1)
        )
        snapshot.computed_at = now
        snapshot.save(update_fields=["computed_at"])
    return snapshot


def refresh_rolling_boards() -> int:
    """Beat: refresh the snapshot of every active program; how many."""
    programs = list(ReferralProgram.objects.filter(is_active=True).order_by("pk"))
    for program in programs:
        refresh_rolling_board(program)
    return len(programs)


def _contest_rows(contest: Contest, first: int, using: str) -> list[tuple]:
    hidden_or_shown = set(
        LeaderboardChoice.objects.using(using)
        .filter(
            program_id=contest.program_id,
            show_on_leaderboard=not contest.program.leaderboard_default,
        )
        .values_list("advocate_id", flat=True)
    )
    rows = []
    for entry in standings(contest, using):
        listed = entry.advocate_id in hidden_or_shown
        if listed != contest.program.leaderboard_default:
            rows.append((entry.advocate_id, entry.referrals, entry.reached_at))
        if len(rows) == first:
            break
    return rows


def leaderboard(
    program: ReferralProgram,
    *,
    first: int,
    period: str = ALL_TIME,
    contest: Contest | None = None,
    now: datetime | None = None,
    using: str = DEFAULT_DB_ALIAS,
) -> list[LeaderboardEntry]:
    """The top `first` shown advocates, with display names and badges (three
    queries whatever `first`; four for the last 30 days without a fresh
    snapshot)."""
    if contest is not None:
        rows = _contest_rows(contest, first, using)
    elif period == ALL_TIME:
        rows = _tally_rows(program, ALL_TIME_SPAN, first, using)
    elif period == THIS_YEAR:
        rows = _tally_rows(program, year_span(now or timezone.now()), first, using)
    else:
        rows = _snapshot_rows(program, first, now or timezone.now(), using)
    ids = [row[0] for row in rows]
    users = get_user_model().objects.using(using).in_bulk(ids)
    badges: dict[int, list[Badge]] = {}
    for badge in (
        Badge.objects.using(using)
        .filter(advocate_id__in=ids, milestone__program_id=program.pk)
        .select_related("milestone")
        .order_by("milestone__referrals", "pk")
    ):
        badges.setdefault(badge.advocate_id, []).append(badge)
    entries = []
    for advocate_id, referrals, reached in rows:
        user = users.get(advocate_id)
        if user is None:  # deleted between the two queries
            continue
        entries.append(
            LeaderboardEntry(
                rank=len(entries) + 1,
                advocate_id=advocate_id,
                # No e-mail, masked or not: a name or nothing.
                name=display_name(user.first_name, user.last_name, ""),
                referrals=referrals,
                reached_at=reached,
                badges=badges.get(advocate_id, []),
            )
        )
    return entries


def shows_on_leaderboard(program: ReferralProgram, advocate_id: int) -> bool:
    choice = (
        LeaderboardChoice.objects.filter(program=program, advocate_id=advocate_id)
        .values_list("show_on_leaderboard", flat=True)
        .first()
    )
    return program.leaderboard_default if choice is None else choice


def set_shows_on_leaderboard(
    program: ReferralProgram, advocate_id: int, show: bool
) -> None:
    LeaderboardChoice.objects.update_or_create(
        program=program,
        advocate_id=advocate_id,
        defaults={"show_on_leaderboard": show, "updated_at": timezone.now()},
    )
