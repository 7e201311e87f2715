"""Benchmark of the referral loop's database work, on real PostgreSQL.

Measures, per referred order: SQL queries and wall time of attribution (order
created), qualification (order paid) and release (the Celery task); the cost of an
order without a referral; and a release sweep over many due rewards. Runs the domain
with the in-memory shop, so the numbers are our own work, not Saleor's.

    .venv/bin/python benchmarks/referral_loop.py --orders 300

It creates and drops its own database (`saleor_referrals_bench`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("REFERRALS_DB_NAME", "saleor_referrals_bench")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=300)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        results = run(args.orders)
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


def run(orders: int) -> dict:
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from saleor_referrals import referrals, rewards
    from saleor_referrals.codes import get_or_create_code
    from saleor_referrals.commerce import get_commerce
    from saleor_referrals.commerce.memory import MemoryOrder
    from saleor_referrals.config import parse
    from saleor_referrals.facts import OrderFacts, Shopper
    from saleor_referrals.models import Reward
    from saleor_referrals.programs import sync_program

    shop = get_commerce()
    shop.reset()
    shop.add_channel("bench", "USD")
    users = get_user_model().objects
    advocates = [
        users.create(username=f"a{i}", email=f"advocate{i}@example.com")
        for i in range(20)
    ]

    def program_with(hold_days: str):
        return sync_program(
            channel_slug="bench",
            currency="USD",
            # E-mails are separate Celery tasks; eager Celery would count them
            # inside each step.
            settings=parse(
                {
                    "hold_days": hold_days,
                    "min_order_total": "10",
                    "status_emails": False,
                    "thank_you_email": "off",
                }
            ),
            active=True,
        )

    # A hold period keeps the release out of the paid step, as in production.
    program = program_with("7")
    codes = [get_or_create_code(program, advocate) for advocate in advocates]

    def facts(number: int, code: str) -> OrderFacts:
        friend = users.create(
            username=f"f{number}", email=f"friend{number}@example.com"
        )
        shop.add_order(MemoryOrder(f"o{number}", friend.pk, friend.email, "bench"))
        return OrderFacts(
            order_id=f"o{number}",
            number=str(number),
            channel_slug="bench",
            currency="USD",
            total=Decimal("80.00"),
            paid=Decimal("80.00"),
            shopper=Shopper(friend.pk, friend.email),
            voucher_code=code,
        )

    rows: dict[str, list[tuple[float, int]]] = {
        "order without referral (attribute)": [],
        "order created (attribute)": [],
        "order paid (qualify, hold reward)": [],
        "release (issue voucher)": [],
    }
    plain = facts(0, "")
    for number in range(1, orders + 1):
        order = facts(number, codes[number % len(codes)].code)
        rows["order without referral (attribute)"].append(
            measure(lambda: referrals.attribute_order(plain))
        )
        rows["order created (attribute)"].append(
            measure(lambda order=order: referrals.attribute_order(order))
        )
        rows["order paid (qualify, hold reward)"].append(
            measure(lambda order=order: referrals.qualify_paid_order(order))
        )
        # Jump to the end of the hold period.
        due = Reward.objects.filter(referral__order_id=order.order_id)
        due.update(release_at=timezone.now())
        reward_id = due.values_list("pk", flat=True)[0]
        rows["release (issue voucher)"].append(
            measure(lambda reward_id=reward_id: rewards.release(reward_id))
        )

    # A sweep over many due rewards.
    for number in range(orders + 1, 2 * orders + 1):
        referrals.qualify_paid_order(facts(number, codes[number % len(codes)].code))
    Reward.objects.filter(status="held").update(release_at=timezone.now())
    due = Reward.objects.filter(status="held").count()
    from saleor_referrals.tasks import release_due_rewards_task

    sweep_ms, sweep_queries = measure(lambda: release_due_rewards_task.apply().get())

    summary = {
        name: {
            "queries": max(q for _, q in samples),
            "median_ms": round(statistics.median(ms for ms, _ in samples), 2),
            "p95_ms": round(
                sorted(ms for ms, _ in samples)[int(len(samples) * 0.95)], 2
            ),
        }
        for name, samples in rows.items()
    }
    summary["sweep"] = {
        "rewards": due,
        "total_ms": round(sweep_ms, 1),
        "ms_per_reward": round(sweep_ms / max(due, 1), 2),
        "queries_per_reward": round(sweep_queries / max(due, 1), 1),
    }
    summary["orders"] = orders
    return summary


def print_table(results: dict) -> None:
    print(f"Referred orders: {results['orders']}")
    print(f"{'step':40} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
    for name, row in results.items():
        if name in {"sweep", "orders"}:
            continue
        print(
            f"{name:40} {row['queries']:>8} {row['median_ms']:>10} {row['p95_ms']:>8}"
        )
    sweep = results["sweep"]
    print(
        f"release sweep: {sweep['rewards']} due rewards in {sweep['total_ms']} ms "
        f"({sweep['ms_per_reward']} ms and {sweep['queries_per_reward']} queries each)"
    )


if __name__ == "__main__":
    main()
