"""Benchmark of guest-pass redemption and of the sign-up receiver, on real PostgreSQL.

Measures:
1. `passes.redeem` with 8 threads on separate connections racing for the seats of
   one event (every redemption locks the event row): redemptions per second, the
   median and 95th-percentile latency, and that no more passes than the capacity
   were redeemed;
2. the SQL statements of the user model's `post_save` receiver, for a save without
   and with a `referral_code` (budget: 0 for both; the work goes to Celery).

    .venv/bin/python benchmarks/events.py --passes 400 --capacity 300

It creates and drops its own database (`saleor_referrals_bench`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("REFERRALS_DB_NAME", "saleor_referrals_bench")

from referral_loop import measure

WORKERS = 8
RECEIVER_BUDGET = 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=400)
    parser.add_argument("--capacity", type=int, default=300)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        results = {
            "redemption": redemption(args.passes, args.capacity),
            "receiver": receiver(),
        }
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    ok = (
        results["redemption"]["redeemed"] == min(args.passes, args.capacity)
        and results["receiver"]["without_code"] <= RECEIVER_BUDGET
        and results["receiver"]["with_code"] <= RECEIVER_BUDGET
    )
    sys.exit(0 if ok else 1)


def _program():
    from saleor_referrals.commerce import get_commerce
    from saleor_referrals.config import parse
    from saleor_referrals.programs import sync_program

    get_commerce().add_channel("bench", "USD")
    return sync_program(
        channel_slug="bench",
        currency="USD",
        settings=parse({"status_emails": False, "thank_you_email": "off"}),
        active=True,
    )


def redemption(pass_count: int, capacity: int) -> dict:
    from django.contrib.auth import get_user_model
    from django.db import connections
    from django.utils import timezone

    from saleor_referrals.codes import get_or_create_code
    from saleor_referrals.events import passes
    from saleor_referrals.events.models import Event, EventPass

    program = _program()
    users = get_user_model().objects
    for index in range(pass_count):
        member = users.create(
            username=f"m{index}@example.com", email=f"m{index}@example.com"
        )
        get_or_create_code(program, member)
    event = Event.objects.create(
        program=program,
        name="Bench night",
        starts_at=timezone.now() + timedelta(days=1),
        capacity=capacity,
        guest_passes_per_member=1,
    )
    passes.invite_members(event.pk)
    codes = list(EventPass.objects.values_list("code", flat=True))
    lock = threading.Lock()
    latencies: list[float] = []
    outcomes: list[str] = []
    barrier = threading.Barrier(WORKERS)

    def worker() -> None:
        barrier.wait()
        try:
            while True:
                with lock:
                    if not codes:
                        return
                    code = codes.pop()
                started = time.perf_counter()
                try:
                    passes.redeem("bench", code, f"guest-{code.lower()}@example.com")
                    outcome = "redeemed"
                except passes.EventError as error:
                    outcome = error.code
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    outcomes.append(outcome)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "attempts": len(outcomes),
        "redeemed": EventPass.objects.filter(redeemed_at__isnull=False).count(),
        "refused_full": outcomes.count("capacity_reached"),
        "per_second": round(len(outcomes) / wall, 1),
        "median_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1], 2),
    }


def receiver() -> dict:
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from saleor_referrals.signups.receivers import on_user_saved

    user = get_user_model().objects.create(
        username="new@example.com", email="new@example.com"
    )
    _, without_code = measure(
        lambda: on_user_saved(sender=type(user), instance=user, created=True)
    )
    user.metadata = {"referral_code": "ABC123"}
    # The task is queued on commit: measure the receiver itself, then drop it.
    with transaction.atomic():
        _, with_code = measure(
            lambda: on_user_saved(sender=type(user), instance=user, created=True)
        )
        transaction.set_rollback(True)
    return {"without_code": without_code, "with_code": with_code}


if __name__ == "__main__":
    main()
