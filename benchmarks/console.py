"""Benchmark of the Referrals console's pages in Chromium, with 100,000 referrals.

Fills one channel (`bench`) with `--referrals` referrals, their ledger rows, as
many landing visits and share clicks (the program-numbers benchmark's generator: a
mix of statuses over two years, daily totals filled as the migration does), flagged
ones for the review queue, tiers, campaigns, a contest, a cause and an event; starts the standalone server (tests/server/, the same schema as in
Saleor) on that database with Django's runserver in its own process; signs in once in Chromium and loads each
console page `--runs` times: the time from the navigation's start to the page's
content being shown (its table, queue or charts drawn from the API's answers), by
the page's own clock (a MutationObserver); the driver's wall time, which adds
Playwright's round trips, is reported beside it.
Goal: every page under 1 s.

    .venv/bin/python benchmarks/console.py --referrals 100000

It creates and drops its own test database (`test_saleor_referrals_console_bench`).
Chromium: REFERRALS_CHROMIUM or `chromium` on PATH (as the browser tests).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("REFERRALS_DB_NAME", "saleor_referrals_console_bench")
# Playwright's sync API runs an event loop in this thread; the ORM work here is
# synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

GOAL_MS = 1000
CHANNEL = "bench"
EMAIL = "operator@example.com"
PASSWORD = "bench-password"

# What "shown" means on each page: the elements drawn from the API's answers.
PAGES = {
    "overview": (
        "",
        "[data-chart=funnel] svg, [data-chart=money] svg rect.bar, "
        "[data-chart=tiers] svg, #leaderboard ol",
    ),
    "review": ("/review", ".queue-item"),
    "referrals": ("/referrals", ".referrals-table tr.row"),
    "referrals, one status": (
        "/referrals?status=REWARDED",
        ".referrals-table tr.row",
    ),
    "rewards": ("/rewards", ".rewards-table tbody tr"),
    "tiers": ("/tiers", ".tiers-table"),
    "campaigns": ("/campaigns", ".campaigns-table"),
    "contests": ("/contests", ".contest"),
    "causes": ("/causes", ".causes-table"),
    "events": ("/events", ".events-table"),
    "customer": ("/customer?customerId={customer}", "#customer-referrals table"),
}


def build(referrals: int) -> dict:
    from datetime import timedelta
    from decimal import Decimal

    import graphene
    from django.db import connection
    from django.utils import timezone

    from benchmarks.program_numbers import build as build_numbers
    from saleor_referrals.campaigns.models import Campaign
    from saleor_referrals.causes.models import Cause
    from saleor_referrals.events.models import Event
    from saleor_referrals.insights.tallies import recount
    from saleor_referrals.models import Referral, ReferralProgram, Reward
    from saleor_referrals.tiers.models import Tier
    from tests.conftest import make_staff

    program_id, _ = build_numbers(referrals, clicks=referrals)
    # The generator loads with the triggers off: fill the leaderboard's tallies as
    # `referral_recount_tallies` does.
    recount(program_id)
    program = ReferralProgram.objects.get(pk=program_id)
    with connection.cursor() as cursor:
        # Some pending referrals wait for review (through the totals' triggers).
        cursor.execute(
            f"""UPDATE {Referral._meta.db_table} SET status = 'flagged',
                status_reason = 'same address as the advocate'
            WHERE program_id = %s AND status = 'pending' AND id %% 4 = 0""",
            [program_id],
        )
        cursor.execute(f"ANALYZE {Referral._meta.db_table}")
    now = timezone.now()
    for rank, (name, count) in enumerate(
        [("Silver", 3), ("Gold", 10), ("Platinum", 30)], 1
    ):
        Tier.objects.create(program=program, name=name, rank=rank, min_referrals=count)
    for index in range(4):
        Campaign.objects.create(
            program=program,
            name=f"Season {index + 1}",
            starts_at=now - timedelta(days=300 - index * 80),
            ends_at=now - timedelta(days=250 - index * 80),
        )
    Cause.objects.create(
        program=program, name="Clean rivers", donate_per_referral=Decimal("1")
    )
    Event.objects.create(
        program=program,
        name="Launch night",
        starts_at=now + timedelta(days=20),
        capacity=50,
    )
    from saleor_referrals.campaigns.models import Contest

    Contest.objects.create(
        program=program,
        name="Spring race",
        starts_at=now - timedelta(days=30),
        ends_at=now + timedelta(days=10),
        min_referrals=1,
    )
    operator = make_staff(EMAIL)
    operator.set_password(PASSWORD)
    operator.save()
    busiest = (
        Referral.objects.filter(program=program)
        .values_list("advocate_id", flat=True)
        .order_by("advocate_id")
        .first()
    )
    return {
        "referrals": Referral.objects.filter(program=program).count(),
        "rewards": Reward.objects.filter(program=program).count(),
        "customer": graphene.Node.to_global_id("User", busiest),
    }


def serve(database: str) -> tuple[str, subprocess.Popen]:
    """Django's runserver on the benchmark's database, in its own process (as a
    deployment's API workers are: the browser's driver shares no interpreter)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "REFERRALS_DB_NAME": database,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "django",
            "runserver",
            "--noreload",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return url, server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("the server did not start")


# Records, in the page, when each awaited element first appears (milliseconds
# from the navigation's start): the page's own clock, not the driver's round trips.
MARKS = """
window.__shown = {};
new MutationObserver(() => {
  for (const selector of window.__awaited || []) {
    if (!(selector in window.__shown) && document.querySelector(selector)) {
      window.__shown[selector] = performance.now();
    }
  }
}).observe(document, {subtree: true, childList: true});
"""


def measure(url: str, customer: str, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    console = f"{url}/plugins/channel/{CHANNEL}/saleor_referrals/console"
    executable = os.environ.get("REFERRALS_CHROMIUM") or shutil.which("chromium")
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(console)
        page.fill("input[name=email]", EMAIL)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_selector("[data-chart=funnel] svg")
        for name, (path, shown) in PAGES.items():
            selectors = shown.split(", ")
            page.add_init_script(
                f"window.__awaited = {json.dumps(selectors)};\n{MARKS}"
            )
            timings, walls = [], []
            for run in range(runs + 1):
                page.goto("about:blank")
                started = time.perf_counter()
                page.goto(console + path.format(customer=customer))
                for selector in selectors:
                    page.wait_for_selector(selector, state="attached", timeout=30_000)
                wall = (time.perf_counter() - started) * 1000
                shown_at = page.evaluate(
                    "(selectors) => Math.max(...selectors.map((s) => window.__shown[s]))",
                    selectors,
                )
                if run:  # the first load warms the server's caches and the browser's
                    timings.append(shown_at)
                    walls.append(wall)
            results[name] = {
                "median_ms": round(statistics.median(timings)),
                "max_ms": round(max(timings)),
                "driver_median_ms": round(statistics.median(walls)),
            }
        browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--referrals", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    from saleor_referrals.commerce import get_commerce

    setup_test_environment()
    get_commerce().reset()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        data = build(args.referrals)
        built = round(time.perf_counter() - started, 1)
        database = connection.settings_dict["NAME"]
        connection.close()
        url, server = serve(database)
        try:
            pages = measure(url, data.pop("customer"), args.runs)
        finally:
            server.terminate()
            server.wait(timeout=30)
        results = {"build_s": built, **data, "pages": pages}
    finally:
        from django.db import connections

        connections.close_all()
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print(json.dumps(results, indent=2))
    for name, row in results["pages"].items():
        verdict = "ok" if row["median_ms"] < GOAL_MS else "OVER the goal"
        print(
            f"{name:30} median {row['median_ms']:6} ms  max {row['max_ms']:6} ms  "
            f"(driver {row['driver_median_ms']:6} ms)  {verdict}"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
