"""The public leaderboard: advocates ranked by converted referrals.

Counting is `converted.converted_q` (the one definition); a contest ranks by
`campaigns.contests.standings` (its window, its tie rule). Ties go to whoever
reached the count first: the earliest latest-converted referral.

All time and this year read the converted tallies (`insights.tallies`, kept by
triggers in the writing transaction): an index scan of the span's top rows instead
of counting every referral. The last 30 days count the raw rows (a month of them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Count, Exists, Max, OuterRef, Q, QuerySet
from django.utils import timezone

from ..campaigns.contests import standings
from ..campaigns.models import Contest
from ..converted import converted_q
from ..identity import display_name
from ..models import Referral, ReferralProgram
from ..tiers.models import Badge
from .models import ConvertedTally, LeaderboardChoice
from .tallies import ALL_TIME_SPAN, year_span

LAST_30_DAYS, THIS_YEAR, ALL_TIME = "last_30_days", "this_year", "all_time"
PERIODS = (LAST_30_DAYS, THIS_YEAR, ALL_TIME)
MAX_ENTRIES = 100


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
    program: ReferralProgram, since: datetime | None, first: int, using: str
) -> QuerySet:
    return (
        Referral.objects.using(using)
        .filter(converted_q(since), visible_q(program), program_id=program.pk)
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
    queries whatever `first`)."""
    if contest is not None:
        rows = _contest_rows(contest, first, using)
    elif period == ALL_TIME:
        rows = _tally_rows(program, ALL_TIME_SPAN, first, using)
    elif period == THIS_YEAR:
        rows = _tally_rows(program, year_span(now or timezone.now()), first, using)
    else:
        since = period_start(period, now or timezone.now())
        rows = [
            (row["advocate_id"], row["n"], row["reached"])
            for row in _period_rows(program, since, first, using)
        ]
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
