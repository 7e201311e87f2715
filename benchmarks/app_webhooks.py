"""Benchmark of App mode's webhook endpoint on real PostgreSQL and Redis.

Per delivery: the time to answer (signature verified against the instance's keys,
the event's outbox rows written in the instance's schema, the hand-off published
to Redis for real) and the SQL statements, for a referred order's events, an
unreferred order, a redelivery and a forged delivery; and the webhook's size.
The instance is a local HTTP server with its own RSA key (tests/app/), signing as
Saleor does.

    .venv/bin/python benchmarks/app_webhooks.py --deliveries 200

It creates and drops its own database (`test_saleor_referrals_bench_app`) and uses
Redis database 8 (`--broker`), whose `referrals` queue it empties afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("REFERRALS_DB_NAME", "saleor_referrals_bench_app")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deliveries", type=int, default=200)
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/8")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        results = run(args.deliveries, args.broker)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


def measure(work) -> tuple[float, int]:
    """Wall time in ms and the number of SQL statements `work` ran."""
    from django.db import connection

    statements = 0

    def count(execute, sql, params, many, context):
        nonlocal statements
        statements += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        started = time.perf_counter()
        work()
        elapsed = time.perf_counter() - started
    return elapsed * 1000, statements


def run(deliveries: int, broker: str) -> dict:
    import redis
    from django.conf import settings
    from django.test import Client

    from saleor_referrals.app.models import Installation
    from saleor_referrals.app.tenancy import create_schema, drop_schema, schema_name_for
    from tests.app.conftest import deliver, order_payload
    from tests.app.saleor_double import SaleorDouble, new_key
    from tests.broker import publishing_to
    from tests.celery_app import app

    settings.ROOT_URLCONF = "saleor_referrals.app.urls"
    saleor = SaleorDouble().start()
    schema = schema_name_for(saleor.api_url)
    started = time.perf_counter()
    create_schema(schema)
    install_seconds = time.perf_counter() - started
    Installation.objects.create(
        saleor_api_url=saleor.api_url,
        auth_token=saleor.app_token,
        schema_name=schema,
        jwks=saleor.jwks(),
    )
    client = Client()
    queue = redis.Redis.from_url(broker)
    results: dict = {
        "deliveries": deliveries,
        "install_schema_seconds": install_seconds,
    }
    try:
        with publishing_to(app, broker):
            deliver(client, saleor, order_payload())  # warm-up: keys, connection

            def series(name: str, payload_of, status: int, options) -> None:
                times, counts, sizes = [], set(), set()
                for index in range(deliveries):
                    payload = payload_of(index)
                    body = json.dumps(payload).encode()
                    sizes.add(len(body))
                    # Signed before the clock starts: signing is Saleor's work.
                    signature = options(body).get("signature") or saleor.sign(body)
                    answer = []
                    elapsed, statements = measure(
                        lambda body=body,
                        signature=signature,
                        answer=answer: answer.append(
                            deliver(client, saleor, body, signature=signature)
                        )
                    )
                    assert answer[0].status_code == status, answer[0].content
                    times.append(elapsed)
                    counts.add(statements)
                times.sort()
                results[name] = {
                    "statements": sorted(counts),
                    "median_ms": round(statistics.median(times), 2),
                    "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
                    "bytes": max(sizes),
                }

            signed = lambda body: {}  # noqa: E731
            order_ids = [uuid.uuid4() for _ in range(deliveries)]
            series(
                "referred ORDER_CREATED",
                lambda i: order_payload(order_id=order_ids[i], user_id=1000 + i),
                200,
                options=signed,
            )
            series(
                "referred ORDER_FULLY_PAID",
                lambda i: order_payload(
                    "OrderFullyPaid",
                    order_id=order_ids[i],
                    user_id=1000 + i,
                    charged=85,
                ),
                200,
                options=signed,
            )
            series(
                "redelivered ORDER_CREATED",
                lambda i: order_payload(order_id=order_ids[i], user_id=1000 + i),
                200,
                options=signed,
            )
            series(
                "unreferred ORDER_CREATED",
                lambda i: order_payload(voucher_code=None, user_id=None),
                200,
                options=signed,
            )
            other_key = new_key()
            series(
                "forged (401)",
                lambda i: order_payload(),
                401,
                options=lambda body: {"signature": saleor.sign(body, key=other_key)},
            )
    finally:
        queue.delete("referrals")
        queue.close()
        saleor.stop()
        drop_schema(schema)
    return results


def print_table(results: dict) -> None:
    print(
        f"instance schema created and migrated: {results['install_schema_seconds']:.1f} s"
    )
    print(f"{results['deliveries']} deliveries per row")
    print("| delivery | SQL statements | median | p95 | body |")
    print("| --- | --- | --- | --- | --- |")
    for name, row in results.items():
        if not isinstance(row, dict):
            continue
        statements = ", ".join(str(count) for count in row["statements"])
        print(
            f"| {name} | {statements} | {row['median_ms']:.2f} ms "
            f"| {row['p95_ms']:.2f} ms | {row['bytes']} B |"
        )


if __name__ == "__main__":
    main()
