"""Benchmark of the program's numbers (summary, funnel, money) on real PostgreSQL.

Builds one program with `--referrals` referrals (a mix of statuses and sources,
spread over two years, a tenth stamped with a campaign), as many advocate rewards
as rewarded/approved/reversed referrals, and `--clicks` share clicks and landing
visits each, with set-based INSERTs (the daily-total triggers fire for every row,
as in production). Then measures, median and worst of `--runs`, with the number
of queries each takes:
- `program_summary` over all time and over a period with partial days;
- `funnel` over all time, over the last 90 days (partial edges), for a campaign;
- `money` over all time.
Goal: summary and funnel for the channel under 300 ms median with 1,000,000
referrals, in a constant number of queries.

    .venv/bin/python benchmarks/program_numbers.py --referrals 1000000

It creates and drops its own test database (`test_saleor_referrals_numbers_bench`).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("REFERRALS_DB_NAME", "saleor_referrals_numbers_bench")

GOAL_MS = 300
ADVOCATES = 50_000
BACKFILL = importlib.import_module(
    "saleor_referrals.migrations.0014_insights_funnel_money"
).BACKFILL


def build(referrals: int, clicks: int) -> tuple[int, int]:
    from django.contrib.auth import get_user_model
    from django.db import connection

    from saleor_referrals.campaigns.models import Campaign
    from saleor_referrals.commerce import get_commerce
    from saleor_referrals.config import parse
    from saleor_referrals.insights.models import ReferralShare
    from saleor_referrals.models import Referral, ReferralCode, ReferralVisit, Reward
    from saleor_referrals.programs import sync_program

    get_commerce().add_channel("bench", "USD")
    program = sync_program(
        channel_slug="bench", currency="USD", settings=parse({}), active=True
    )
    now = datetime.now(UTC)
    campaign = Campaign.objects.create(
        program=program,
        name="Spring",
        starts_at=now - timedelta(days=120),
        ends_at=now - timedelta(days=60),
    )
    users = get_user_model()._meta.db_table
    codes = ReferralCode._meta.db_table
    table = Referral._meta.db_table
    tables = (
        table,
        Reward._meta.db_table,
        ReferralVisit._meta.db_table,
        ReferralShare._meta.db_table,
    )
    with connection.cursor() as cursor:
        # Loading a million rows through the row triggers takes many minutes (each
        # bucket row is updated again and again in one transaction); load with
        # them off, then fill the daily totals with migration 0014's own backfill
        # (what an existing install gets). `write_cost` measures the triggers.
        for name in tables:
            cursor.execute(f"ALTER TABLE {name} DISABLE TRIGGER USER")
        cursor.execute(
            f"""INSERT INTO {users} (username, email, first_name, last_name,
                password, is_superuser, is_staff, is_active, date_joined)
            SELECT 'a' || n, 'a' || n || '@example.com', 'First' || n, 'Last',
                '', false, false, true, now()
            FROM generate_series(1, %s) n""",
            [ADVOCATES],
        )
        cursor.execute(
            f"""INSERT INTO {codes} (program_id, user_id, code, is_vanity, is_active,
                created_at)
            SELECT %s, id, 'BENCH' || id, false, true, now() FROM {users}""",
            [program.pk],
        )
        cursor.execute(f"SELECT min(id), max(id) FROM {codes}")
        first_code, last_code = cursor.fetchone()
        span = last_code - first_code + 1
        # 60% rewarded, 15% approved, 10% pending, 10% reversed, 5% rejected; a
        # twentieth are sign-up leads; every 7th carries a network.
        cursor.execute(
            f"""INSERT INTO {table} (program_id, code_id, advocate_id, friend_email,
                friend_email_normalized, source, order_id, order_number, order_total,
                friend_discount, currency, status, status_reason, created_at,
                updated_at, network, campaign_id)
            SELECT %s, c.id, c.user_id, '', '',
                CASE WHEN n %% 20 = 16 THEN 'signup' ELSE 'code' END,
                'o' || n, '', 40 + n %% 60, 5, 'USD',
                CASE WHEN n %% 20 < 12 THEN 'rewarded'
                     WHEN n %% 20 < 15 THEN 'approved'
                     WHEN n %% 20 < 17 THEN 'pending'
                     WHEN n %% 20 < 19 THEN 'reversed'
                     ELSE 'rejected' END,
                '', %s - (n %% 730) * interval '1 day' - (n %% 86400) * interval
                '1 second', now(),
                CASE WHEN n %% 7 = 0 THEN 'whatsapp' ELSE '' END,
                CASE WHEN n %% 730 BETWEEN 61 AND 119 THEN %s END
            FROM generate_series(1, %s) n
            JOIN {codes} c ON c.id = %s + (n %% %s)""",
            [program.pk, now, campaign.pk, referrals, first_code, span],
        )
        cursor.execute(
            f"""INSERT INTO {Reward._meta.db_table} (program_id, referral_id,
                recipient_id, side, kind, amount, currency, status, status_reason,
                idempotency_key, release_at, issued_at, voucher_id, voucher_code,
                gift_card_id, revoked_amount, shortfall_amount, created_at,
                updated_at)
            SELECT program_id, id, advocate_id, 'advocate', 'voucher', 10, 'USD',
                CASE status WHEN 'rewarded' THEN 'issued'
                    WHEN 'reversed' THEN 'revoked' ELSE 'held' END,
                '', 'referral:' || id || ':advocate:voucher', created_at,
                created_at, 'v' || id, '', '',
                CASE status WHEN 'reversed' THEN 10 ELSE 0 END, 0, created_at, now()
            FROM {table}
            WHERE program_id = %s AND status IN ('rewarded', 'approved', 'reversed')""",
            [program.pk],
        )
        for model in (ReferralVisit, ReferralShare):
            cursor.execute(
                f"""INSERT INTO {model._meta.db_table} (program_id, code_id, network,
                    created_at)
                SELECT %s, %s + (n %% %s),
                    (ARRAY['whatsapp', 'telegram', 'x', 'email', 'copy_link',
                        'other'])[1 + n %% 6],
                    %s - (n %% 730) * interval '1 day' - (n %% 86400) * interval
                    '1 second'
                FROM generate_series(1, %s) n""",
                [program.pk, first_code, span, now, clicks],
            )
        cursor.execute(BACKFILL)
        cursor.execute(
            f"""INSERT INTO saleor_referrals_dailytotal (program_id, day, kind,
                campaign_id, network, category, status, n, orders, amount, discount,
                taken_back)
            SELECT program_id, (created_at AT TIME ZONE 'UTC')::date, 'share', 0,
                network, '', '', count(*), 0, 0, 0, 0
            FROM {ReferralShare._meta.db_table} GROUP BY 1, 2, 3, 4, 5, 6, 7"""
        )
        for name in tables:
            cursor.execute(f"ALTER TABLE {name} ENABLE TRIGGER USER")
        for name in (*tables, "saleor_referrals_dailytotal"):
            cursor.execute(f"ANALYZE {name}")
    return program.pk, campaign.pk


def timed(call, runs: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            call()
            timings.append((time.perf_counter() - start) * 1000)
    return {
        "median_ms": round(statistics.median(timings), 1),
        "max_ms": round(max(timings), 1),
        "queries": len(queries.captured_queries),
    }


def write_cost(program_id: int, writes: int) -> dict:
    """What the triggers add to a write: `writes` status changes, each in its own
    transaction (as the tasks make them), with the triggers on and then off."""
    from django.db import connection, transaction

    from saleor_referrals.models import Referral

    ids = list(
        Referral.objects.filter(program_id=program_id, status="approved")
        .order_by("pk")
        .values_list("pk", flat=True)[: 2 * writes]
    )
    table = Referral._meta.db_table

    def run(batch: list[int]) -> float:
        start = time.perf_counter()
        for pk in batch:
            with transaction.atomic():
                Referral.objects.filter(pk=pk).update(status="rewarded")
        return (time.perf_counter() - start) * 1000 / len(batch)

    with_triggers = run(ids[:writes])
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
    try:
        without = run(ids[writes:])
        # Undone as done, past the triggers: the daily totals stay right.
        Referral.objects.filter(pk__in=ids[writes:]).update(status="approved")
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
    return {
        "status_change_ms_with_triggers": round(with_triggers, 2),
        "status_change_ms_without": round(without, 2),
    }


def with_deltas(program_id: int, runs: int) -> dict:
    """The funnel while the deltas of `write_cost` wait for a compaction, then the
    compaction itself."""
    from saleor_referrals.insights.compaction import compact
    from saleor_referrals.insights.funnel import funnel
    from saleor_referrals.insights.models import DailyDelta
    from saleor_referrals.models import ReferralProgram

    program = ReferralProgram.objects.get(pk=program_id)
    pending = DailyDelta.objects.count()
    row = timed(lambda: funnel(program), runs)
    start = time.perf_counter()
    compact()
    return {
        f"funnel_all_time_with_{pending}_deltas": row,
        "compaction_ms": round((time.perf_counter() - start) * 1000, 1),
    }


def measure(program_id: int, campaign_id: int, runs: int) -> dict:
    from django.db import connection

    from saleor_referrals.analytics import program_summary
    from saleor_referrals.campaigns.models import Campaign
    from saleor_referrals.insights.funnel import funnel
    from saleor_referrals.insights.money import money
    from saleor_referrals.models import ReferralProgram

    program = ReferralProgram.objects.get(pk=program_id)
    campaign = Campaign.objects.get(pk=campaign_id)
    now = datetime.now(UTC)
    recent = now - timedelta(days=90)
    results = {
        "summary_all_time": timed(lambda: program_summary(program, None, None), runs),
        "summary_90_days": timed(lambda: program_summary(program, recent, now), runs),
        "funnel_all_time": timed(lambda: funnel(program), runs),
        "funnel_90_days": timed(lambda: funnel(program, start=recent, end=now), runs),
        "funnel_campaign": timed(lambda: funnel(program, campaign=campaign), runs),
        "funnel_whatsapp": timed(lambda: funnel(program, network="whatsapp"), runs),
        "money_all_time": timed(lambda: money(program), runs),
        "money_90_days": timed(lambda: money(program, start=recent, end=now), runs),
    }
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM saleor_referrals_referral WHERE program_id = %s",
            [program_id],
        )
        results["referrals"] = cursor.fetchone()[0]
        cursor.execute(
            "SELECT count(*) FROM saleor_referrals_dailytotal WHERE program_id = %s",
            [program_id],
        )
        results["daily_total_rows"] = cursor.fetchone()[0]
    check = funnel(program)
    assert check.orders == results["referrals"], (check.orders, results)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--referrals", type=int, default=1_000_000)
    parser.add_argument("--clicks", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--writes", type=int, default=500)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        program_id, campaign_id = build(args.referrals, args.clicks)
        built = time.perf_counter() - started
        results = {
            "build_s": round(built, 1),
            **measure(program_id, campaign_id, args.runs),
            **write_cost(program_id, args.writes),
            **with_deltas(program_id, args.runs),
        }
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print(json.dumps(results, indent=2))
    for name, row in results.items():
        if isinstance(row, dict):
            verdict = "ok" if row["median_ms"] < GOAL_MS else "OVER the goal"
            print(
                f"{name:18} median {row['median_ms']:8.1f} ms  "
                f"{row['queries']} queries  {verdict}"
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
