"""Benchmark of tiers and milestones, on real PostgreSQL.

Measures:
1. the qualification task's SQL statements without and with a ladder (3 tiers,
   2 milestones): what tier evaluation adds to it (budget: 4);
2. the evaluation task itself, run when a referral converts;
3. `referralProfile { tier nextTier badges memberDiscountCode }` for an advocate
   with 1 and with 200 converted referrals (the count must not grow);
4. the demotion sweep over many advocates in a rolling-window ladder (budget:
   100,000 advocates in under 60 s), with the longest single evaluation, which is
   the longest time a row lock is held.

    .venv/bin/python benchmarks/tiers.py --advocates 100000

It creates and drops its own database (`saleor_referrals_bench`). Data for the sweep
is written with set-based INSERTs (generate_series), not through the ORM.
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

from referral_loop import measure

QUALIFY_BUDGET = 4
SWEEP_BUDGET_SECONDS = 60


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100)
    parser.add_argument("--advocates", type=int, default=100_000)
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
            **qualification_and_profile(args.orders),
            "sweep": sweep(args.advocates),
        }
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


def _program(channel: str, hold_days: str):
    from saleor_referrals.commerce import get_commerce
    from saleor_referrals.config import parse
    from saleor_referrals.programs import sync_program

    get_commerce().add_channel(channel, "USD")
    return sync_program(
        channel_slug=channel,
        currency="USD",
        # E-mails are separate Celery tasks: off, so that eager Celery does not
        # count them inside each step.
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


def _ladder(program) -> None:
    from saleor_referrals.tiers import ladder

    for rank, (name, needed) in enumerate(
        (("Silver", 3), ("Gold", 10), ("Platinum", 25)), start=1
    ):
        ladder.create_tier(
            program,
            ladder.TierSpec(
                name=name,
                rank=rank,
                min_referrals=needed,
                reward_multiplier=Decimal("1.5"),
                entry_reward_kind="voucher",
                entry_reward_value=Decimal("5"),
                member_discount_percent=Decimal("10"),
            ),
            actor="bench",
        )
    for slug, needed in (("three", 3), ("ten", 10)):
        ladder.create_milestone(
            program,
            ladder.MilestoneSpec(slug=slug, name=slug.title(), referrals=needed),
            actor="bench",
        )


def qualification_and_profile(orders: int) -> dict:
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from saleor_referrals import referrals, rewards
    from saleor_referrals.codes import get_or_create_code
    from saleor_referrals.commerce import get_commerce
    from saleor_referrals.commerce.memory import MemoryOrder
    from saleor_referrals.facts import OrderFacts, Shopper
    from saleor_referrals.models import Reward
    from saleor_referrals.tiers.evaluation import evaluate

    shop = get_commerce()
    shop.reset()
    users = get_user_model().objects
    numbers = iter(range(1, 10_000_000))

    def facts(channel: str, code: str) -> OrderFacts:
        number = next(numbers)
        friend = users.create(username=f"f{number}", email=f"f{number}@example.com")
        shop.add_order(MemoryOrder(f"o{number}", friend.pk, friend.email, channel))
        return OrderFacts(
            order_id=f"o{number}",
            number=str(number),
            channel_slug=channel,
            currency="USD",
            total=Decimal("80.00"),
            paid=Decimal("80.00"),
            shopper=Shopper(friend.pk, friend.email),
            voucher_code=code,
        )

    rows: dict[str, list[tuple[float, int]]] = {}
    # The code before tiers: the advocate reward without the tier perk lookup.
    from saleor_referrals import rewards as ledger
    from saleor_referrals.money import quantize

    tier_lookup = ledger.advocate_reward_amount
    ledger.advocate_reward_amount = lambda program, advocate_id, **kwargs: (
        quantize(program.advocate_reward_value, program.currency),
        "",
    )
    try:
        baseline = _program("before-tiers", "7")
        advocate = users.create(username="before", email="before@example.com")
        code = get_or_create_code(baseline, advocate).code
        before = rows.setdefault("qualify, reward held (before tiers)", [])
        for _ in range(orders):
            order = facts(baseline.channel_slug, code)
            before.append(measure(lambda o=order: referrals.qualify_paid_order(o)))
    finally:
        ledger.advocate_reward_amount = tier_lookup
    for label, with_ladder in (("no ladder", False), ("ladder", True)):
        # A hold period keeps the release out of the paid step, as in production.
        program = _program(f"held-{label.replace(' ', '-')}", "7")
        instant = _program(f"now-{label.replace(' ', '-')}", "0")
        if with_ladder:
            _ladder(program)
            _ladder(instant)
        advocates = [
            users.create(username=f"a{label}{i}", email=f"a{i}{label[0]}@example.com")
            for i in range(10)
        ]
        held_codes = [get_or_create_code(program, a).code for a in advocates]
        instant_codes = [get_or_create_code(instant, a).code for a in advocates]
        qualify = rows.setdefault(f"qualify, reward held ({label})", [])
        release = rows.setdefault(f"release + evaluation ({label})", [])
        at_once = rows.setdefault(f"qualify with hold 0: all of it ({label})", [])
        for number in range(orders):
            order = facts(program.channel_slug, held_codes[number % 10])
            qualify.append(measure(lambda o=order: referrals.qualify_paid_order(o)))
            due = Reward.objects.filter(referral__order_id=order.order_id)
            due.update(release_at=timezone.now())
            reward_id = due.values_list("pk", flat=True)[0]
            release.append(measure(lambda r=reward_id: rewards.release(r)))
            order = facts(instant.channel_slug, instant_codes[number % 10])
            at_once.append(measure(lambda o=order: referrals.qualify_paid_order(o)))
        if with_ladder:
            rows["evaluation task alone (nothing changes)"] = [
                measure(lambda a=a, p=program.pk: evaluate(p, a.pk, reason="bench"))
                for a in advocates * 5
            ]
    summary = {
        name: {
            "queries": max(q for _, q in samples),
            "median_ms": round(statistics.median(ms for ms, _ in samples), 2),
        }
        for name, samples in rows.items()
    }
    summary["qualify_extra_queries"] = (
        summary["qualify, reward held (ladder)"]["queries"]
        - summary["qualify, reward held (before tiers)"]["queries"]
    )
    summary["profile_queries"] = profile_queries()
    return summary


def profile_queries() -> dict[str, int]:
    """SQL statements of the profile's tier fields with 1 and 200 referrals."""
    from django.contrib.auth import get_user_model
    from django.test import RequestFactory
    from django.utils import timezone

    from saleor_referrals.codes import get_or_create_code
    from saleor_referrals.graphql.schema import build_schema
    from saleor_referrals.models import Referral
    from saleor_referrals.tiers.evaluation import evaluate

    schema = build_schema()
    program = _program("profile", "0")
    _ladder(program)
    query = """
    query profile($channel: String!) {
      referralProfile(channel: $channel) {
        tier { name memberDiscountPercent entryReward { amount { amount } } }
        nextTier { tier { name } referralsNeeded }
        badges { slug name earnedAt }
        memberDiscountCode earlyAccessCollections
      }
    }
    """
    counts = {}
    for referrals in (1, 200):
        user = get_user_model().objects.create(
            username=f"p{referrals}", email=f"p{referrals}@example.com"
        )
        code = get_or_create_code(program, user)
        Referral.objects.bulk_create(
            Referral(
                program=program,
                code=code,
                advocate=user,
                friend_email=f"pf{referrals}-{i}@example.com",
                friend_email_normalized=f"pf{referrals}-{i}@example.com",
                source="code",
                order_id=f"p{referrals}-{i}",
                order_total=Decimal("50"),
                currency="USD",
                status="rewarded",
                created_at=timezone.now(),
            )
            for i in range(referrals)
        )
        evaluate(program.pk, user.pk, reason="bench")
        request = RequestFactory().post("/graphql/")
        request.user, request.app = user, None

        def run(request=request):
            result = schema.execute(
                query, variable_values={"channel": "profile"}, context_value=request
            )
            assert not result.errors, result.errors

        counts[f"{referrals} referrals"] = measure(run)[1]
    return counts


def sweep(advocates: int) -> dict:
    """A rolling-window ladder with `advocates` members: 1 % dropped out of the
    window (grace starts), 1 % whose grace ended (demoted), the rest unchanged."""
    from django.db import connection
    from django.db.models import Count

    from saleor_referrals.tiers import sweeps
    from saleor_referrals.tiers.ladder import TierSpec, create_tier
    from saleor_referrals.tiers.models import TierChange

    program = _program("sweep", "0")
    tier, _ = create_tier(
        program,
        TierSpec(
            name="Silver", rank=1, min_referrals=2, window="rolling", window_days=30
        ),
        actor="bench",
    )
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO auth_user (password, is_superuser, username, first_name, "
            "last_name, email, is_staff, is_active, date_joined) "
            "SELECT '', false, 'sw' || g, '', '', 'sw' || g || '@example.com', "
            "false, true, now() FROM generate_series(1, %s) g",
            [advocates],
        )
        cursor.execute(
            "INSERT INTO saleor_referrals_referralcode (program_id, user_id, code, "
            "is_vanity, is_active, created_at) SELECT %s, id, 'SW' || id, false, "
            "true, now() FROM auth_user WHERE username LIKE 'sw%%'",
            [program.pk],
        )
        # Two rewarded referrals each; for 2 % of the advocates both are older than
        # the 30-day window.
        cursor.execute(
            "INSERT INTO saleor_referrals_referral (program_id, code_id, advocate_id, "
            "friend_email, friend_email_normalized, source, order_id, order_number, "
            "order_total, currency, status, status_reason, created_at, updated_at) "
            "SELECT c.program_id, c.id, c.user_id, '', 'swf' || c.id || '-' || k, "
            "'code', 'sw' || c.id || '-' || k, '', 50, 'USD', 'rewarded', '', "
            "CASE WHEN c.user_id %% 100 IN (0, 1) THEN now() - interval '40 days' "
            "ELSE now() - interval '1 day' END, now() "
            "FROM saleor_referrals_referralcode c, generate_series(1, 2) k "
            "WHERE c.program_id = %s",
            [program.pk],
        )
        cursor.execute(
            "INSERT INTO saleor_referrals_tiermembership (program_id, advocate_id, "
            "tier_id, since, demote_after, member_code, updated_at) "
            "SELECT program_id, user_id, %s, now() - interval '60 days', "
            "CASE WHEN user_id %% 100 = 1 THEN now() - interval '1 day' END, '', now() "
            "FROM saleor_referrals_referralcode WHERE program_id = %s",
            [tier.pk, program.pk],
        )
        cursor.execute("ANALYZE")
    loading_s = time.perf_counter() - started

    # Every write of the sweep is one of these two calls, each its own
    # transaction: the longest one bounds how long any row lock is held.
    longest = 0.0
    originals = {
        name: getattr(sweeps, name) for name in ("evaluate", "evaluate_clock_moves")
    }

    def timed(function):
        def run(*args, **kwargs):
            nonlocal longest
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                longest = max(longest, time.perf_counter() - began)

        return run

    for name, function in originals.items():
        setattr(sweeps, name, timed(function))
    # E-mails are their own Celery tasks in production; eager Celery would run
    # them inside the sweep's timing (they are counted instead).
    from saleor_referrals.tiers import evaluation

    announced = []
    real_announce = evaluation.announce
    evaluation.announce = announced.append
    try:
        began = time.perf_counter()
        evaluated = sweeps.sweep_program(program)
        first_s = time.perf_counter() - began
        began = time.perf_counter()
        again = sweeps.sweep_program(program)
        second_s = time.perf_counter() - began
    finally:
        evaluation.announce = real_announce
        for name, function in originals.items():
            setattr(sweeps, name, function)
    changes = dict(
        TierChange.objects.filter(membership__program=program)
        .values_list("kind")
        .annotate(n=Count("pk"))
    )
    return {
        "advocates": advocates,
        "loading_s": round(loading_s, 1),
        "sweep_s": round(first_s, 1),
        "evaluated": evaluated,
        "changes": changes,
        "second_sweep_s": round(second_s, 1),
        "second_sweep_evaluated": again,
        "longest_transaction_ms": round(longest * 1000, 1),
        "batch_size": sweeps.BATCH_SIZE,
        "e_mails_enqueued": len(announced),
    }


def print_table(results: dict) -> None:
    print(f"{'step':48} {'queries':>8} {'median ms':>10}")
    for name, row in results.items():
        if isinstance(row, dict) and "queries" in row:
            print(f"{name:48} {row['queries']:>8} {row['median_ms']:>10}")
    extra = results["qualify_extra_queries"]
    print(
        f"qualification task: +{extra} queries with a ladder, compared with the "
        f"code before tiers (budget {QUALIFY_BUDGET})"
    )
    print(f"referralProfile tier fields: {results['profile_queries']}")
    s = results["sweep"]
    print(
        f"sweep: {s['advocates']} advocates in {s['sweep_s']} s "
        f"(budget {SWEEP_BUDGET_SECONDS} s), {s['evaluated']} evaluated, "
        f"changes {s['changes']}, {s['e_mails_enqueued']} e-mails enqueued, "
        f"longest locked transaction {s['longest_transaction_ms']} ms; "
        f"again: {s['second_sweep_s']} s, {s['second_sweep_evaluated']} evaluated; "
        f"data loaded in {s['loading_s']} s"
    )


if __name__ == "__main__":
    main()
