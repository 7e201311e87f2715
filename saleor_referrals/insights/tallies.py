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
from dataclasses import dataclass
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


def _span_rows(program_id: int | None, using: str) -> Iterator[QuerySet]:
    """One grouped query a span (months, years, all time), each row (program,
    advocate, year, month, referrals, reached_at): the tallies' definition."""
    year = ExtractYear("created_at", tzinfo=UTC)
    month = ExtractMonth("created_at", tzinfo=UTC)
    zero = Value(0, output_field=IntegerField())
    for span_year, span_month in ((year, month), (year, zero), (zero, zero)):
        yield (
            _converted(program_id, using)
            .annotate(span_year=span_year, span_month=span_month)
            .values("program_id", "advocate_id", "span_year", "span_month")
            .annotate(n=Count("pk"), reached=Max("created_at"))
            .order_by()
            .values_list(
                "program_id", "advocate_id", "span_year", "span_month", "n", "reached"
            )
        )


def raw_tallies(program_id: int | None = None, using: str = DEFAULT_DB_ALIAS):
    """Every (program, advocate, year, month, referrals, reached_at) counted from
    the referral rows, streamed: months, then years, then all time."""
    for rows in _span_rows(program_id, using):
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


@dataclass(frozen=True)
class Recount:
    written: int  # tally rows written
    differed: int  # rows that were wrong, missing or extra before the repair


def recount(program_id: int | None = None, using: str = DEFAULT_DB_ALIAS) -> int:
    """Rebuild the tallies (of one program, or all) from the referral rows; returns
    the number of rows written."""
    return repair(program_id, using).written


def repair(program_id: int | None = None, using: str = DEFAULT_DB_ALIAS) -> Recount:
    """Rebuild the tallies from the referral rows, set-based: the three grouped
    queries of `raw_tallies` run inside PostgreSQL into a temporary table, compared
    with the stored rows there, then written with one `INSERT … SELECT`; no row
    passes through Python (at 10M referrals, streaming them took hours).

    The table is locked against the triggers meanwhile: a referral changed during
    the recount waits, then applies its change to the rebuilt rows.
    """
    table = ConvertedTally._meta.db_table
    columns = "program_id, advocate_id, year, month, referrals, reached_at"
    where, params = "", []
    if program_id is not None:
        where, params = "WHERE program_id = %s", [program_id]
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        cursor.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
        cursor.execute(
            f"CREATE TEMPORARY TABLE referral_tally_recount AS "
            f"SELECT {columns} FROM {table} WITH NO DATA"
        )
        for rows in _span_rows(program_id, using):
            sql, span_params = rows.query.get_compiler(using).as_sql()
            cursor.execute(
                f"INSERT INTO referral_tally_recount ({columns}) {sql}", span_params
            )
        # A span emptied by reversals keeps a zero row until now: not a difference.
        stored = f"SELECT {columns} FROM {table} {where}"
        stored += " AND referrals > 0" if where else " WHERE referrals > 0"
        cursor.execute(
            f"""SELECT count(*) FROM (
                ({stored} EXCEPT SELECT {columns} FROM referral_tally_recount)
                UNION ALL
                (SELECT {columns} FROM referral_tally_recount EXCEPT {stored})
            ) differing""",
            params * 2,
        )
        differed = cursor.fetchone()[0]
        cursor.execute(f"DELETE FROM {table} {where}", params)
        cursor.execute(
            f"INSERT INTO {table} ({columns}) SELECT {columns} "
            "FROM referral_tally_recount ORDER BY 1, 2, 3, 4"
        )
        written = cursor.rowcount
        # Dropped now, not at commit: a caller's transaction may recount again.
        cursor.execute("DROP TABLE referral_tally_recount")
    return Recount(written=written, differed=differed)
