"""SQL queries of the background work of one referred order, inside Saleor 3.23.

The program of issue 9: store credit released at once (hold_days 0), default
e-mails on. For each of a few friends' referred, paid orders it fires Saleor's
order_created and order_fully_paid hooks, then runs every Celery task they lead to
one at a time (attribution, qualification, thank-you, friend-ordered, reward-held,
release, reward-released) and counts what each sends to PostgreSQL. The first order
also creates the advocate's store-credit wallet; later orders top it up.

Reference: the same store credit issued as a Saleor App would, through Saleor's own
GraphQL (giftCardCreate for the first credit, giftCardBalanceAdjust for a top-up).

Run it with Saleor's Python from Saleor's checkout (it reuses the test database of
`scripts/saleor-tests.sh`; tables are emptied afterwards):

    cd "$SALEOR_DIR" && DATABASE_URL=postgres://postgres@127.0.0.1:5432/saleor \\
      SECRET_KEY=bench "$SALEOR_PYTHON" /path/to/saleor-referrals/benchmarks/saleor_background_queries.py [orders]

"queries" leaves out BEGIN/COMMIT (transaction control; savepoints count);
"statements" is everything Django sent. Times are wall-clock medians per task.
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ORDERS = 5


@pytest.mark.django_db(transaction=True)
def test_background_queries(
    configure,
    customer_user,
    friend_order,
    app_api_client,
    permission_manage_gift_card,
    django_user_model,
):
    from saleor.core.db.connection import allow_writer

    from saleor_referrals.codes import get_or_create_code
    from saleor_referrals.models import ReferralProgram, Reward, RewardStatus
    from tests.saleor.background import (
        STORE_CREDIT_AT_ONCE,
        app_store_credit_statements,
        referred_paid_order,
        run_background_work,
    )

    orders = int(os.environ.get("BENCH_ORDERS", DEFAULT_ORDERS))
    assert configure(**STORE_CREDIT_AT_ONCE)["errors"] == []
    program = ReferralProgram.objects.get()
    with allow_writer():
        code = get_or_create_code(program, customer_user)
    per_order = []
    for number in range(orders):
        friend = django_user_model.objects.create(email=f"friend{number}@example.com")
        order = referred_paid_order(friend_order, friend, code)
        per_order.append(run_background_work(order))
    assert Reward.objects.filter(status=RewardStatus.ISSUED).count() == orders

    app_api_client.app.permissions.add(permission_manage_gift_card)
    app_create, app_adjust = app_store_credit_statements(
        app_api_client, customer_user, program.advocate_reward_value
    )
    print_table(per_order, app_create, app_adjust)
    if os.environ.get("BENCH_SQL"):
        print_statements(per_order[0])


def print_statements(runs) -> None:
    """`BENCH_SQL=1`: every statement of the first order's tasks."""
    for run in runs:
        print(f"\n-- {run.label}: {run.queries} queries")
        for sql in run.statements:
            print("   ", sql[:300])


def print_table(per_order, app_create, app_adjust) -> None:
    from tests.background import count_queries

    names = [run.label for run in per_order[0]]
    later = per_order[1:] or per_order
    rows = []
    for index, name in enumerate(names):
        first = per_order[0][index]
        rows.append(
            (
                name,
                first.queries,
                len(first.statements),
                statistics.median(runs[index].queries for runs in later),
                statistics.median(runs[index].seconds for runs in per_order) * 1000,
            )
        )
    print()
    print(f"Background work of one referred order ({len(per_order)} orders)")
    header = ("task", "queries", "statements", "queries, top-up", "median ms")
    print(f"{header[0]:<36}{header[1]:>9}{header[2]:>12}{header[3]:>17}{header[4]:>11}")
    for name, queries, statements, top_up, ms in rows:
        print(f"{name:<36}{queries:>9}{statements:>12}{top_up:>17g}{ms:>11.1f}")
    totals = (
        sum(row[1] for row in rows),
        sum(row[2] for row in rows),
        sum(row[3] for row in rows),
        sum(row[4] for row in rows),
    )
    print(
        f"{'total':<36}{totals[0]:>9}{totals[1]:>12}{totals[2]:>17g}{totals[3]:>11.1f}"
    )
    print()
    print("Reference: the same store credit through Saleor's GraphQL, as an App")
    for name, statements in (
        ("giftCardCreate (first credit)", app_create),
        ("giftCardBalanceAdjust (top-up)", app_adjust),
    ):
        print(
            f"{name:<34}{count_queries(statements):>9} queries{len(statements):>6} statements"
        )


def main() -> int:
    if len(sys.argv) > 1:
        os.environ["BENCH_ORDERS"] = sys.argv[1]
    saleor_dir = Path.cwd()
    # `python this-file` puts benchmarks/ first on the path, not Saleor or the repo.
    sys.path[:0] = [str(saleor_dir), str(REPO)]
    return pytest.main(
        [
            "-c",
            str(saleor_dir / "setup.cfg"),
            "--rootdir",
            str(saleor_dir),
            "-n0",
            "--reuse-db",
            "-p",
            "no:cacheprovider",
            "-W",
            "ignore",
            "-q",
            "-s",
            __file__,
        ]
    )


if __name__ == "__main__":
    sys.exit(main())
