"""Benchmark of App mode's referral API (`/graphql/`) on real PostgreSQL.

Per request: the time to answer and the SQL statements, for the widget's guest
query (the instance named by `Saleor-Api-Url`), a customer's profile with
Saleor's token (signature checked against the instance's cached keys; the first
call also writes the customer's row), the console's staff query with the
Dashboard's token, and a refused (expired) token; beside each, the same document
run on the plugin's schema in-process (no HTTP, no token), which is what the
plugin's fields cost inside Saleor before Saleor's own request handling. The
instance is a local HTTP server with its own RSA key (tests/app/), signing as
Saleor does.

    .venv/bin/python benchmarks/app_api.py --requests 200

It creates and drops its own database (`test_saleor_referrals_bench_app_api`).
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
os.environ.setdefault("REFERRALS_DB_NAME", "saleor_referrals_bench_app_api")

from benchmarks.app_webhooks import measure

CUSTOMER_PK = 41


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        results = run(args.requests)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


def timed(requests: int, work) -> dict:
    times, counts = [], set()
    for _ in range(requests):
        elapsed, statements = measure(work)
        times.append(elapsed)
        counts.add(statements)
    times.sort()
    return {
        "statements": sorted(counts),
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
    }


def run(requests: int) -> dict:
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    from saleor_referrals.app.models import Installation
    from saleor_referrals.app.tenancy import create_schema, drop_schema, schema_name_for
    from saleor_referrals.commerce import get_commerce
    from tests.app.conftest import make_program
    from tests.app.saleor_double import SaleorDouble
    from tests.app.test_api import APP_ID, dashboard_token, post, standalone
    from tests.test_graphql import PROFILE, PROGRAM, STAFF_REFERRALS

    settings.ROOT_URLCONF = "saleor_referrals.app.urls"
    saleor = SaleorDouble().start()
    schema = schema_name_for(saleor.api_url)
    create_schema(schema)
    installation = Installation.objects.create(
        saleor_api_url=saleor.api_url,
        auth_token=saleor.app_token,
        schema_name=schema,
        jwks=saleor.jwks(),
        app_id=APP_ID,
    )
    shop = get_commerce()
    shop.reset()
    shop.add_channel("default-channel", "USD")
    make_program(
        installation,
        {"friend_discount_value": "15", "advocate_reward_value": "20"},
    )
    client = Client()
    channel = {"channel": "default-channel"}
    customer = saleor.access_token(CUSTOMER_PK, "ada@example.com", lifetime=3600)
    staff = dashboard_token(saleor, ["MANAGE_DISCOUNTS"], lifetime=3600)
    expired = saleor.access_token(
        CUSTOMER_PK, "ada@example.com", exp=int(time.time()) - 60
    )
    results: dict = {"requests": requests}
    try:
        first = measure(lambda: post(client, PROFILE, channel, token=customer))
        results["customer's first request (writes their row)"] = {
            "statements": [first[1]],
            "median_ms": round(first[0], 2),
            "p95_ms": round(first[0], 2),
        }
        from saleor_referrals.app.tenancy import use_installation

        with use_installation(installation):
            user = get_user_model().objects.get(pk=CUSTOMER_PK)
        rows = (
            (
                "guest referralProgram",
                lambda: post(
                    client,
                    PROGRAM,
                    {**channel, "code": None},
                    instance=saleor.api_url,
                ),
                lambda: standalone(installation, PROGRAM, {**channel, "code": None}),
            ),
            (
                "customer referralProfile",
                lambda: post(client, PROFILE, channel, token=customer),
                lambda: standalone(installation, PROFILE, channel, user),
            ),
            (
                "staff referrals (Dashboard token)",
                lambda: post(client, STAFF_REFERRALS, channel, token=staff),
                lambda: standalone(
                    installation, STAFF_REFERRALS, channel, user, {"MANAGE_DISCOUNTS"}
                ),
            ),
            (
                "expired token (401)",
                lambda: post(client, PROFILE, channel, token=expired),
                None,
            ),
        )
        for name, over_http, in_process in rows:
            over_http()  # warm-up
            results[name] = timed(requests, over_http)
            if in_process is not None:
                results[name]["plugin_schema"] = timed(requests, in_process)
    finally:
        saleor.stop()
        drop_schema(schema)
    return results


def print_table(results: dict) -> None:
    print(f"{results['requests']} requests per row")
    print(
        "| request | SQL statements | median | p95 | the plugin's schema, "
        "in-process: statements, median |"
    )
    print("| --- | --- | --- | --- | --- |")
    for name, row in results.items():
        if not isinstance(row, dict):
            continue
        statements = ", ".join(str(count) for count in row["statements"])
        plugin = row.get("plugin_schema")
        beside = (
            f"{', '.join(str(c) for c in plugin['statements'])}, "
            f"{plugin['median_ms']:.2f} ms"
            if plugin
            else "—"
        )
        print(
            f"| {name} | {statements} | {row['median_ms']:.2f} ms "
            f"| {row['p95_ms']:.2f} ms | {beside} |"
        )


if __name__ == "__main__":
    main()
