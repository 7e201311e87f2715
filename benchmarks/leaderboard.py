"""Benchmark of the public leaderboard on real PostgreSQL.

Builds one program with `--advocates` customers and `--referrals` referrals (a mix
of statuses, spread over two years) with set-based INSERTs (generate_series), then
measures `leaderboard(first=50)` for each period: median and worst of `--runs`.
Goal: median under 50 ms with 1,000,000 referrals.

    .venv/bin/python benchmarks/leaderboard.py --referrals 1000000

It creates and drops its own test database (`test_saleor_referrals_leaderboard_bench`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("REFERRALS_DB_NAME", "saleor_referrals_leaderboard_bench")

GOAL_MS = 50


def build(advocates: int, referrals: int) -> int:
    from django.contrib.auth import get_user_model
    from django.db import connection

    from saleor_referrals.commerce import get_commerce
    from saleor_referrals.config import parse
    from saleor_referrals.models import Referral, ReferralCode
    from saleor_referrals.programs import sync_program

    get_commerce().add_channel("bench", "USD")
    program = sync_program(
        channel_slug="bench", currency="USD", settings=parse({}), active=True
    )
    users = get_user_model()._meta.db_table
    codes = ReferralCode._meta.db_table
    table = Referral._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {users} (username, email, first_name, last_name,
                password, is_superuser, is_staff, is_active, date_joined)
            SELECT 'a' || n, 'a' || n || '@example.com', 'First' || n, 'Last',
                '', false, false, true, now()
            FROM generate_series(1, %s) n""",
            [advocates],
        )
        cursor.execute(
            f"""INSERT INTO {codes} (program_id, user_id, code, is_vanity, is_active,
                created_at)
            SELECT %s, id, 'BENCH' || id, false, true, now() FROM {users}""",
            [program.pk],
        )
        # Statuses: 60% rewarded, 15% approved, 10% each pending/reversed, 5%
        # rejected; advocate skewed (n*n) so a few advocates lead.
        cursor.execute(
            f"""INSERT INTO {table} (program_id, code_id, advocate_id, friend_email,
                friend_email_normalized, source, order_id, order_number, order_total,
                currency, status, status_reason, created_at, updated_at)
            SELECT %s, c.id, c.user_id, '', '', 'code', 'o' || n, '', 50, 'USD',
                CASE WHEN n %% 20 < 12 THEN 'rewarded'
                     WHEN n %% 20 < 15 THEN 'approved'
                     WHEN n %% 20 < 17 THEN 'pending'
                     WHEN n %% 20 < 19 THEN 'reversed'
                     ELSE 'rejected' END,
                '', now() - (n %% 730) * interval '1 day', now()
            FROM generate_series(1, %s) n
            JOIN {codes} c ON c.code = 'BENCH' || (
                SELECT min(id) FROM {users}) + ((n::bigint * n) %% %s)""",
            [program.pk, referrals, advocates],
        )
        cursor.execute(f"ANALYZE {table}")
    return program.pk


def measure(program_id: int, runs: int) -> dict:
    from django.db import connection

    from saleor_referrals.insights.leaderboard import PERIODS, leaderboard
    from saleor_referrals.models import ReferralProgram

    program = ReferralProgram.objects.get(pk=program_id)
    results = {}
    for period in PERIODS:
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            entries = leaderboard(program, first=50, period=period)
            timings.append((time.perf_counter() - start) * 1000)
        assert len(entries) == 50
        results[period] = {
            "median_ms": round(statistics.median(timings), 1),
            "max_ms": round(max(timings), 1),
        }
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM saleor_referrals_referral WHERE program_id = %s",
            [program_id],
        )
        results["referrals"] = cursor.fetchone()[0]
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--advocates", type=int, default=50_000)
    parser.add_argument("--referrals", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=21)
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
        program_id = build(args.advocates, args.referrals)
        built = time.perf_counter() - started
        results = {"build_s": round(built, 1), **measure(program_id, args.runs)}
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print(json.dumps(results, indent=2))
    for period, row in results.items():
        if isinstance(row, dict):
            verdict = "ok" if row["median_ms"] < GOAL_MS else "OVER the goal"
            print(f"{period:14} median {row['median_ms']:8.1f} ms  {verdict}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
