"""The program's numbers at scale: 1,000,000 to 10,000,000 referrals on real PostgreSQL.

Loads one program with `--referrals` referrals and a tenth as many advocates with
COPY (`benchmarks/bulk.py`: triggers off during the load, then the daily totals and
the leaderboard's tallies rebuilt by the project's own repairs), checks that those
derived tables agree with the raw rows, then measures, median and worst of
`--runs`, with the number of SQL statements:

- the public leaderboard's top 50: this year, all time, last 30 days (from the
  snapshot, refreshed once first: the refresh is timed too);
- `program_summary` and `funnel`, all time and the last 90 days;
- `referralProfile` (the GraphQL request) of the largest advocate (1% of all
  referrals: 100,000 at 10M) and of a typical one (about ten);
- the console overview's request (`console/src/pages/overview.js`, `OVERVIEW`: the
  report with the previous period, the flagged count, campaigns, tiers, program)
  and its month-by-month request, through the schema;
- a full REFERRALS export in a fresh subprocess (`export.py`'s body): its time and
  peak RSS, so that the loader's memory does not count.

Goals (as at 1M): leaderboard < 50 ms, summary and funnel < 300 ms, export < 150 MB.

    .venv/bin/python benchmarks/scale.py --referrals 1000000 [--keep | --reuse]
        [--recount]

The database is `test_referrals_scale` (`REFERRALS_DB_NAME` changes it), created and
dropped by the run; `--keep` keeps it after the run, `--reuse` measures a kept one
without loading again. At 10M it needs about 15 GB of disk.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("REFERRALS_DB_NAME", "referrals_scale")

LEADERBOARD_GOAL_MS = 50
NUMBERS_GOAL_MS = 300
EXPORT_GOAL_MB = 150

PROFILE = """
query profile($channel: String!) {
  referralProfile(channel: $channel) {
    code shareUrl
    stats { visits friends orders pending qualified rewarded earned { amount currency } }
    referrals(first: 20) {
      totalCount
      edges { node { id status friendName rewards { status amount { amount } } } }
      pageInfo { hasNextPage endCursor }
    }
    rewards(first: 20) { totalCount edges { node { id status voucherCode } } }
  }
}
"""

# The console overview's requests, as `console/src/pages/overview.js` builds them
# (its template strings expanded): OVERVIEW with the default 30-day period and the
# previous period, and the month-by-month request sent beside it.
MONEY = "{ amount currency }"
COSTS = [
    "advocateRewards",
    "friendDiscounts",
    "signupRewards",
    "tierEntryRewards",
    "milestoneBonuses",
    "contestPrizes",
    "donations",
    "eventCosts",
    "memberDiscounts",
    "otherRewards",
]
FUNNEL = "shares visits signups orders qualified converted rewarded"
OVERVIEW = f"""
query Overview($channel: String!, $period: ReferralPeriodInput, $compare: Boolean!,
    $language: String) {{
  report: referralReport(channel: $channel, period: $period,
      compareWithPrevious: $compare) {{
    start end
    funnel {{ {FUNNEL} reversed linkOrders visitsByNetwork {{ network count }}
      sharesByNetwork {{ network count }} visitToOrderRate orderToConvertedRate }}
    money {{ repeatWindowDays referredOrders repeatOrders firstOrderRevenue {MONEY}
      windowRevenue {MONEY}
      costs {{ {" ".join(f"{cost} {MONEY}" for cost in COSTS)} }}
      totalCost {MONEY} committed {MONEY} returnOnRewards windowReturnOnRewards }}
    previous {{ start end funnel {{ {FUNNEL} }}
      money {{ firstOrderRevenue {MONEY} windowRevenue {MONEY} totalCost {MONEY}
        returnOnRewards }} }}
  }}
  summary: referralProgramSummary(channel: $channel) {{ flagged }}
  referralCampaigns(channel: $channel) {{
    id name state
    results {{ referrals converted referredRevenue {MONEY} rewardCost {MONEY} }}
  }}
  referralTiers(channel: $channel) {{ id name(languageCode: $language) rank members }}
  referralProgram(channel: $channel) {{
    isActive friendOffer {{ type value currency minSpent {MONEY} }}
    advocateReward {{ type amount {MONEY} }} minOrderTotal {MONEY}
    newCustomersOnly holdDays campaign {{ name }}
  }}
}}
"""


def overview_period(now: datetime) -> dict[str, str]:
    """The overview's default period: the last 30 whole UTC days (`periodOf`)."""
    end = datetime(now.year, now.month, now.day, tzinfo=UTC) + timedelta(days=1)
    return {"gte": (end - timedelta(days=30)).isoformat(), "lte": end.isoformat()}


def months_query(now: datetime) -> str:
    """`monthsQuery`: one report per month, the last 12 and the current one."""
    starts = []
    for back in range(11, -2, -1):
        year, month = divmod(now.year * 12 + now.month - 1 - back, 12)
        starts.append(datetime(year, month + 1, 1, tzinfo=UTC))
    months = "\n".join(
        f'm{index}: referralReport(channel: $channel, period: {{gte: "'
        f'{start.isoformat()}", lte: "{starts[index + 1].isoformat()}"}}) '
        f"{{ money {{ firstOrderRevenue {MONEY} totalCost {MONEY} }} }}"
        for index, start in enumerate(starts[:-1])
    )
    return f"query OverviewMonths($channel: String!) {{ {months} }}"


def timed(call, runs: int) -> dict:
    """Median and worst of `runs` calls after one warm-up, and the statements of
    the last one."""
    import statistics

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    call()
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


def check_consistent(program_id: int) -> dict:
    """The derived tables agree with the raw rows: every referral in the daily
    totals' funnel, every converted one in the all-time tallies."""
    from django.db import connection
    from django.db.models import Sum

    from saleor_referrals.converted import converted_q
    from saleor_referrals.insights.funnel import funnel
    from saleor_referrals.insights.models import ConvertedTally
    from saleor_referrals.models import Referral, ReferralProgram

    program = ReferralProgram.objects.get(pk=program_id)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM saleor_referrals_referral WHERE program_id = %s",
            [program_id],
        )
        referrals = cursor.fetchone()[0]
    converted = Referral.objects.filter(
        converted_q(), program_id=program_id, advocate_id__isnull=False
    ).count()
    tallied = ConvertedTally.objects.filter(
        program_id=program_id, year=0, month=0
    ).aggregate(n=Sum("referrals"))["n"]
    orders = funnel(program).orders
    assert orders == referrals, (orders, referrals)
    assert tallied == converted, (tallied, converted)
    return {"referrals": referrals, "converted": converted}


def gql(schema, query: str, variables: dict, user):
    from django.test import RequestFactory

    request = RequestFactory().post("/graphql/")
    request.user = user
    request.app = None

    def execute():
        result = schema.execute(query, variable_values=variables, context_value=request)
        assert not result.errors, result.errors
        return result.data

    return execute


def measure(program_id: int, largest_advocate_id: int, runs: int) -> dict:
    from django.contrib.auth import get_user_model

    from benchmarks.bulk import CHANNEL
    from saleor_referrals.analytics import program_summary
    from saleor_referrals.graphql.schema import build_schema
    from saleor_referrals.insights.funnel import funnel
    from saleor_referrals.insights.leaderboard import (
        PERIODS,
        leaderboard,
        refresh_rolling_board,
    )
    from saleor_referrals.models import ReferralProgram
    from tests.conftest import make_staff

    program = ReferralProgram.objects.get(pk=program_id)
    now = datetime.now(UTC)
    recent = now - timedelta(days=90)
    results: dict = {}
    # The last-30-days board reads the snapshot beat keeps: one refresh first
    # (timed: what each beat run costs, and what a read costs without a snapshot).
    started = time.perf_counter()
    refresh_rolling_board(program)
    results["leaderboard_refresh_ms"] = round((time.perf_counter() - started) * 1000)
    for period in PERIODS:

        def board(period=period):
            assert len(leaderboard(program, first=50, period=period)) == 50

        results[f"leaderboard_{period}"] = timed(board, runs)
    results["summary_all_time"] = timed(
        lambda: program_summary(program, None, None), runs
    )
    results["summary_90_days"] = timed(
        lambda: program_summary(program, recent, now), runs
    )
    results["funnel_all_time"] = timed(lambda: funnel(program), runs)
    results["funnel_90_days"] = timed(
        lambda: funnel(program, start=recent, end=now), runs
    )

    schema = build_schema()
    advocate = get_user_model().objects.get(pk=largest_advocate_id)
    profile = gql(schema, PROFILE, {"channel": CHANNEL}, advocate)
    results["largest_profile_referrals"] = profile()["referralProfile"]["referrals"][
        "totalCount"
    ]
    results["referral_profile_largest"] = timed(profile, runs)
    # A typical advocate: N / advocates referrals (about 10).
    typical = get_user_model().objects.get(pk=largest_advocate_id + 1)
    profile = gql(schema, PROFILE, {"channel": CHANNEL}, typical)
    results["typical_profile_referrals"] = profile()["referralProfile"]["referrals"][
        "totalCount"
    ]
    results["referral_profile_typical"] = timed(profile, runs)
    staff = get_user_model().objects.filter(email="staff@example.com").first()
    staff = staff or make_staff()
    overview = {"channel": CHANNEL, "period": overview_period(now), "compare": True}
    results["console_overview"] = timed(
        gql(schema, OVERVIEW, {**overview, "language": "en"}, staff), runs
    )
    results["console_overview_months"] = timed(
        gql(schema, months_query(now), {"channel": CHANNEL}, staff), runs
    )
    return results


def export_in_subprocess(program_id: int) -> dict:
    """`export.py`'s body in a fresh interpreter on this database: its peak RSS is
    the export's process alone (Python, Django and the app loaded, then the rows)."""
    from django.db import connection

    code = (
        "import json, sys, tempfile; sys.path.insert(0, sys.argv[1]);"
        "import django; django.setup();"
        "from benchmarks.export import export;"
        "media = tempfile.TemporaryDirectory();"
        "print(json.dumps(export(int(sys.argv[2]), media.name)))"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "REFERRALS_DB_NAME": connection.settings_dict["NAME"],
    }
    completed = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), str(program_id)],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def loaded_program() -> tuple[int, int] | None:
    from django.contrib.auth import get_user_model

    from benchmarks.bulk import CHANNEL
    from saleor_referrals.models import ReferralProgram

    program = ReferralProgram.objects.filter(channel_slug=CHANNEL).first()
    largest = get_user_model().objects.filter(username="a0").first()
    if program is None or largest is None:
        return None
    return program.pk, largest.pk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--referrals", type=int, default=1_000_000)
    parser.add_argument("--advocates", type=int, help="default: referrals / 10")
    parser.add_argument(
        "--clicks", type=int, help="visits and shares each; default: referrals"
    )
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument(
        "--reuse", action="store_true", help="measure a kept database, no load"
    )
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument(
        "--recount",
        action="store_true",
        help="with --reuse: time `referral_recount_tallies` (the set-based repair)",
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    advocates = args.advocates or max(args.referrals // 10, 1)
    clicks = args.referrals if args.clicks is None else args.clicks

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    from benchmarks.bulk import load

    setup_test_environment()
    keep = args.keep or args.reuse
    # `serialize=False`: a kept database is not read into memory (Django's
    # test-case rollback emulation, which this script does not use).
    old_name = connection.creation.create_test_db(
        verbosity=0, autoclobber=not args.reuse, keepdb=args.reuse, serialize=False
    )
    results: dict = {"advocates": advocates, "clicks": clicks}
    try:
        found = loaded_program() if args.reuse else None
        if found is None:
            started = time.perf_counter()
            loaded = load(args.referrals, advocates, clicks, log=print)
            results["load_s"] = round(time.perf_counter() - started, 1)
            results["load_steps_s"] = loaded.seconds
            found = loaded.program_id, loaded.largest_advocate_id
        program_id, largest = found
        if args.reuse and args.recount:
            from saleor_referrals.insights.tallies import repair

            started = time.perf_counter()
            done = repair(program_id)
            results["recount_s"] = round(time.perf_counter() - started, 1)
            results["recount_rows"] = done.written
            results["recount_differed"] = done.differed
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE saleor_referrals_convertedtally")
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            results["database_gb"] = round(cursor.fetchone()[0] / 2**30, 2)
        started = time.perf_counter()
        results.update(check_consistent(program_id))
        results["consistency_check_s"] = round(time.perf_counter() - started, 1)
        results.update(measure(program_id, largest, args.runs))
        if not args.no_export:
            results["export"] = export_in_subprocess(program_id)
    finally:
        if not keep:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    print(json.dumps(results, indent=2))
    goals = {
        "leaderboard_": LEADERBOARD_GOAL_MS,
        "summary_": NUMBERS_GOAL_MS,
        "funnel_": NUMBERS_GOAL_MS,
    }
    for name, row in results.items():
        goal = next((ms for prefix, ms in goals.items() if name.startswith(prefix)), 0)
        if isinstance(row, dict) and "median_ms" in row:
            verdict = ""
            if goal:
                verdict = "ok" if row["median_ms"] < goal else "OVER the goal"
            print(
                f"{name:30} median {row['median_ms']:8.1f} ms  worst "
                f"{row['max_ms']:8.1f} ms  {row['queries']} queries  {verdict}"
            )
    if "export" in results:
        rss = results["export"]["peak_rss_mb"]
        verdict = "ok" if rss < EXPORT_GOAL_MB else "OVER the goal"
        print(
            f"export peak RSS {rss} MB ({verdict}), {results['export']['export_s']} s"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
