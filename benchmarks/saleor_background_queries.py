"""SQL queries of the background work of one referred order, inside Saleor 3.23.

The program of issue 9: store credit released at once (hold_days 0), default
e-mails on. For each of a few friends' referred, paid orders it fires Saleor's
order_created and order_fully_paid hooks, then runs every Celery task they lead to
one at a time (attribution, qualification, thank-you, friend-ordered, reward-held,
release, reward-released) and counts what each sends to PostgreSQL. The first order
also creates the advocate's store-credit wallet; later orders top it up.

Two programs (issue 19): the default above, and the same with a two-tier ladder, a
live campaign and a cause receiving a donation per referral
(`tests.saleor.background.add_ladder_campaign_and_cause`). Rows are tasks by
label (several runs of one task, such as order notes, are added up).

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

import pytest

DEFAULT_ORDERS = 5


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("growth", [False, True], ids=["default", "growth"])
def test_background_queries(
    growth,
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
        LADDER_CAMPAIGN_CAUSE,
        STORE_CREDIT_AT_ONCE,
        add_ladder_campaign_and_cause,
        app_store_credit_statements,
        referred_paid_order,
        run_background_work,
    )

    orders = int(os.environ.get("BENCH_ORDERS", DEFAULT_ORDERS))
    assert configure(**STORE_CREDIT_AT_ONCE)["errors"] == []
    program = ReferralProgram.objects.get()
    if growth:
        add_ladder_campaign_and_cause(program)
    with allow_writer():
        code = get_or_create_code(program, customer_user)
    per_order = []
    for number in range(orders):
        friend = django_user_model.objects.create(email=f"friend{number}@example.com")
        order = referred_paid_order(friend_order, friend, code)
        per_order.append(run_background_work(order))
    # The advocate's rewards (and, with the cause, a donation per referral).
    assert Reward.objects.filter(status=RewardStatus.ISSUED).count() == orders * (
        2 if growth else 1
    )

    app_api_client.app.permissions.add(permission_manage_gift_card)
    app_create, app_adjust = app_store_credit_statements(
        app_api_client, customer_user, program.advocate_reward_value
    )
    title = LADDER_CAMPAIGN_CAUSE if growth else "default program"
    print_table(per_order, app_create, app_adjust, title)
    if os.environ.get("BENCH_SQL"):
        print_statements(per_order[0])


def print_statements(runs) -> None:
    """`BENCH_SQL=1`: every statement of the first order's tasks."""
    for run in runs:
        print(f"\n-- {run.label}: {run.queries} queries")
        for sql in run.statements:
            print("   ", sql[:300])


def print_table(per_order, app_create, app_adjust, title: str) -> None:
    from tests.background import count_queries

    # Orders may differ in tasks (a tier promotion on the first): rows by label, in
    # the first order's order, then labels only later orders have.
    names: list[str] = []
    for runs in per_order:
        for run in runs:
            if run.label not in names:
                names.append(run.label)
    later = per_order[1:] or per_order

    def spent(runs, name, what):
        return sum(getattr(run, what) for run in runs if run.label == name)

    rows = []
    for name in names:
        rows.append(
            (
                name,
                spent(per_order[0], name, "queries"),
                sum(len(r.statements) for r in per_order[0] if r.label == name),
                statistics.median(spent(runs, name, "queries") for runs in later),
                statistics.median(spent(runs, name, "seconds") for runs in per_order)
                * 1000,
            )
        )
    print()
    print(f"Background work of one referred order, {title} ({len(per_order)} orders)")
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
    from inside_saleor import run  # benchmarks/ is the script's own directory

    return run(__file__, "BENCH_ORDERS")


if __name__ == "__main__":
    sys.exit(main())
