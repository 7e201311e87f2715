"""Benchmark of the release beat (`release_due_rewards`), on real PostgreSQL.

Since issue 19's last step the beat releases each due reward under its
`release_reward:<id>` outbox row, written in the release's own transaction and
marked processed once the release's follow-ups ran, so that a worker killed in
between leaves the row to the outbox sweep. This measures what that costs per
reward: the same number of due rewards released

1. in-line, as the beat did before (each `rewards.release` in its own task step,
   no outbox row), and
2. by the beat task as it is now,

alternately in several rounds, counting SQL statements and wall time. Voucher
rewards with the in-memory shop (our queries, not Saleor's); status e-mails off
(eager Celery would count them inside the step).

    .venv/bin/python benchmarks/release_beat.py --rewards 200 --rounds 3

It creates and drops its own database (`saleor_referrals_bench`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("REFERRALS_DB_NAME", "saleor_referrals_bench")

from referral_loop import measure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rewards", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        results = run(args.rewards, args.rounds)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


def release_in_line(reward_ids: list[int]) -> int:
    """The beat before: each due reward released in the task, no outbox row."""
    from saleor_referrals import domain_events, rewards
    from saleor_referrals.models import RewardStatus
    from saleor_referrals.writer import allow_writer

    released = 0
    for reward_id in reward_ids:
        with allow_writer(), domain_events.background():
            if rewards.release(reward_id).status == RewardStatus.ISSUED:
                released += 1
    return released


def run(count: int, rounds: int) -> dict:
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from saleor_referrals import referrals, rewards
    from saleor_referrals.codes import get_or_create_code
    from saleor_referrals.commerce import get_commerce
    from saleor_referrals.commerce.memory import MemoryOrder
    from saleor_referrals.config import parse
    from saleor_referrals.facts import OrderFacts, Shopper
    from saleor_referrals.models import Reward, RewardStatus
    from saleor_referrals.programs import sync_program
    from saleor_referrals.tasks import release_due_rewards_task

    shop = get_commerce()
    shop.reset()
    shop.add_channel("bench", "USD")
    users = get_user_model().objects
    program = sync_program(
        channel_slug="bench",
        currency="USD",
        settings=parse(
            {
                "hold_days": "7",  # held: the beat releases them
                "min_order_total": "10",
                "status_emails": False,
                "thank_you_email": "off",
            }
        ),
        active=True,
    )
    advocates = [
        users.create(username=f"a{i}", email=f"advocate{i}@example.com")
        for i in range(20)
    ]
    codes = [get_or_create_code(program, advocate) for advocate in advocates]
    numbers = iter(range(1, 1_000_000))

    def held_rewards(n: int) -> list[int]:
        for _ in range(n):
            number = next(numbers)
            friend = users.create(
                username=f"f{number}", email=f"friend{number}@example.com"
            )
            shop.add_order(MemoryOrder(f"o{number}", friend.pk, friend.email, "bench"))
            referrals.qualify_paid_order(
                OrderFacts(
                    order_id=f"o{number}",
                    number=str(number),
                    channel_slug="bench",
                    currency="USD",
                    total=Decimal("80.00"),
                    paid=Decimal("80.00"),
                    shopper=Shopper(friend.pk, friend.email),
                    voucher_code=codes[number % len(codes)].code,
                )
            )
        held = Reward.objects.filter(status=RewardStatus.HELD)
        held.update(release_at=timezone.now())
        return list(held.order_by("release_at").values_list("pk", flat=True))

    samples: dict[str, list[tuple[float, int]]] = {"in-line (before)": [], "beat": []}
    for _ in range(rounds):
        due = held_rewards(count)
        ms, statements = measure(lambda due=due: release_in_line(due))
        samples["in-line (before)"].append((ms, statements))
        assert Reward.objects.filter(status=RewardStatus.HELD).count() == 0

        due = held_rewards(count)
        ms, statements = measure(lambda: release_due_rewards_task.apply().get())
        samples["beat"].append((ms, statements))
        assert Reward.objects.filter(status=RewardStatus.HELD).count() == 0
    assert rewards.due_reward_ids() == []

    return {
        "rewards": count,
        "rounds": rounds,
        **{
            name: {
                "statements_per_reward": round(
                    max(statements for _, statements in rows) / count, 2
                ),
                "median_ms_per_reward": round(
                    statistics.median(ms for ms, _ in rows) / count, 2
                ),
            }
            for name, rows in samples.items()
        },
    }


def print_table(results: dict) -> None:
    print(f"Due rewards per round: {results['rewards']}, rounds: {results['rounds']}")
    print(f"{'release':20} {'statements each':>16} {'median ms each':>15}")
    for name in ("in-line (before)", "beat"):
        row = results[name]
        print(
            f"{name:20} {row['statements_per_reward']:>16} "
            f"{row['median_ms_per_reward']:>15}"
        )


if __name__ == "__main__":
    main()
