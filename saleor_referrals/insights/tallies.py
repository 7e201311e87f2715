"""Converted-referral tallies: what the leaderboard reads for whole years and all
time instead of counting a million referrals per request.

The table (`ConvertedTally`) is kept by triggers on the referral table in the
transaction that changes a referral (migration 0014_converted_tallies). This module
holds the same numbers computed from the raw rows with `converted_q` (the one
definition of a converted referral), and `recount`, which rebuilds the table from
them: the repair (`manage.py referral_recount_tallies`) and the yardstick of the
tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Count, IntegerField, Max, QuerySet, Value
from django.db.models.functions import ExtractMonth, ExtractYear

from ..converted import converted_q
from ..models import Referral
from .models import ConvertedTally

ALL_TIME_SPAN = (0, 0)
BATCH = 5_000

Tally = tuple[int, int, int, int, int, datetime]  # program, advocate, y, m, n, at


def year_span(now: datetime) -> tuple[int, int]:
    """The tally span of `now`'s calendar year (UTC)."""
    return (now.astimezone(UTC).year, 0)


def _converted(program_id: int | None, using: str) -> QuerySet:
    rows = Referral.objects.using(using).filter(
        converted_q(), advocate_id__isnull=False
    )
    return rows if program_id is None else rows.filter(program_id=program_id)


def raw_tallies(program_id: int | None = None, using: str = DEFAULT_DB_ALIAS):
    """Every (program, advocate, year, month, referrals, reached_at) counted from
    the referral rows, streamed: months, then years, then all time."""
    year = ExtractYear("created_at", tzinfo=UTC)
    month = ExtractMonth("created_at", tzinfo=UTC)
    zero = Value(0, output_field=IntegerField())
    for span_year, span_month in ((year, month), (year, zero), (zero, zero)):
        rows = (
            _converted(program_id, using)
            .annotate(span_year=span_year, span_month=span_month)
            .values("program_id", "advocate_id", "span_year", "span_month")
            .annotate(n=Count("pk"), reached=Max("created_at"))
            .order_by()
            .values_list(
                "program_id", "advocate_id", "span_year", "span_month", "n", "reached"
            )
        )
        yield from rows.iterator(chunk_size=BATCH)


def stored_tallies(
    program_id: int | None = None, using: str = DEFAULT_DB_ALIAS
) -> Iterator[Tally]:
    """The table's rows that count something (a span emptied by reversals keeps a
    zero row until the next recount)."""
    rows = ConvertedTally.objects.using(using).filter(referrals__gt=0)
    if program_id is not None:
        rows = rows.filter(program_id=program_id)
    yield from rows.values_list(
        "program_id", "advocate_id", "year", "month", "referrals", "reached_at"
    ).iterator(chunk_size=BATCH)


def recount(program_id: int | None = None, using: str = DEFAULT_DB_ALIAS) -> int:
    """Rebuild the tallies (of one program, or all) from the referral rows; returns
    the number of rows written.

    The table is locked against the triggers meanwhile: a referral changed during
    the recount waits, then applies its change to the rebuilt rows.
    """
    written = 0
    with transaction.atomic(using=using):
        with connections[using].cursor() as cursor:
            cursor.execute(
                f"LOCK TABLE {ConvertedTally._meta.db_table} IN EXCLUSIVE MODE"
            )
        stale = ConvertedTally.objects.using(using)
        if program_id is not None:
            stale = stale.filter(program_id=program_id)
        stale.delete()
        batch: list[ConvertedTally] = []
        for program, advocate, year, month, n, reached in raw_tallies(
            program_id, using
        ):
            batch.append(
                ConvertedTally(
                    program_id=program,
                    advocate_id=advocate,
                    year=year,
                    month=month,
                    referrals=n,
                    reached_at=reached,
                )
            )
            if len(batch) == BATCH:
                ConvertedTally.objects.using(using).bulk_create(batch)
                written += len(batch)
                batch = []
        ConvertedTally.objects.using(using).bulk_create(batch)
        written += len(batch)
    return written
