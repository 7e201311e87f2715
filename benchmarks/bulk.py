"""Bulk loader of the scale benchmark: N referrals, N/10 advocates, with PostgreSQL COPY.

`load()` fills one program (channel `bench`) of an empty, migrated database:
advocates (customers and their codes), referrals, their advocate rewards, landing
visits and share clicks. Rows are generated in Python and streamed with
`COPY ... FROM STDIN` in chunks; while they load:

- the tables' secondary indexes and unique constraints are dropped and rebuilt
  after the load (one sorted build instead of millions of random B-tree inserts);
- the session runs with `session_replication_role = replica`: row triggers do not
  fire, neither ours (daily totals, converted tallies) nor PostgreSQL's foreign-key
  checks (the generator writes only ids it created).

The derived tables are then rebuilt by the project's own repairs, as an install that
loaded rows past the triggers would: the daily totals with migration 0016's backfill
(`BACKFILL`, what an existing install gets) plus the share clicks' rows (as
`program_numbers.py`), the leaderboard's tallies with `insights.tallies.recount`
(`manage.py referral_recount_tallies`, set-based). The mix is `program_numbers.py`'s: 60%
rewarded, 15% approved, 10% pending, 10% reversed, 5% rejected; a twentieth are
sign-up leads; every 7th carries a network; two months of a campaign; two years of
dates. One advocate (the first) brings 1% of all referrals: the largest profile.
"""

from __future__ import annotations

import importlib
import io
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

CHANNEL = "bench"
CHUNK = 50_000
NETWORKS = ("whatsapp", "telegram", "x", "email", "copy_link", "other")
BACKFILL = importlib.import_module(
    "saleor_referrals.migrations.0016_insights_funnel_money"
).BACKFILL


@dataclass
class Loaded:
    program_id: int
    campaign_id: int
    largest_advocate_id: int
    referrals: int
    advocates: int
    rewards: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def _status(n: int) -> str:
    slot = n % 20
    if slot < 12:
        return "rewarded"
    if slot < 15:
        return "approved"
    if slot < 17:
        return "pending"
    if slot < 19:
        return "reversed"
    return "rejected"


REWARD_STATUS = {"rewarded": "issued", "reversed": "revoked", "approved": "held"}


def _advocate_index(n: int, advocates: int) -> int:
    """0 (the largest advocate) for 1% of referrals, else spread over the others
    by a multiplicative hash (some advocates bring several, many one or two)."""
    if n % 100 == 0 or advocates == 1:
        return 0
    return 1 + (n * 2654435761) % (advocates - 1)


def _chunks(rows: Iterator[str]) -> Iterator[str]:
    buffer = io.StringIO()
    count = 0
    for row in rows:
        buffer.write(row)
        count += 1
        if count == CHUNK:
            yield buffer.getvalue()
            buffer = io.StringIO()
            count = 0
    if count:
        yield buffer.getvalue()


def _copy(cursor, table: str, columns: str, rows: Iterator[str]) -> None:
    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for chunk in _chunks(rows):
            copy.write(chunk)


def _secondary_indexes(cursor, table: str) -> tuple[list[str], list[str]]:
    """Statements that recreate `table`'s unique constraints (other than the
    primary key) and its other indexes; the caller drops them meanwhile."""
    cursor.execute(
        """SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
        WHERE conrelid = %s::regclass AND contype = 'u'""",
        [table],
    )
    constraints = [
        f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}"
        for name, definition in cursor.fetchall()
    ]
    cursor.execute(
        """SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.tablename = %s AND NOT EXISTS (
            SELECT 1 FROM pg_constraint c
            WHERE c.conindid = (quote_ident(i.indexname))::regclass)""",
        [table],
    )
    indexes = [definition for _, definition in cursor.fetchall()]
    return constraints, indexes


def _without_indexes(cursor, table: str) -> Callable[[], None]:
    constraints, indexes = _secondary_indexes(cursor, table)
    cursor.execute(
        """SELECT conname FROM pg_constraint
        WHERE conrelid = %s::regclass AND contype = 'u'""",
        [table],
    )
    for (name,) in cursor.fetchall():
        cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    cursor.execute(
        """SELECT indexname FROM pg_indexes i WHERE tablename = %s AND NOT EXISTS (
            SELECT 1 FROM pg_constraint c
            WHERE c.conindid = (quote_ident(i.indexname))::regclass)""",
        [table],
    )
    for (name,) in cursor.fetchall():
        cursor.execute(f"DROP INDEX {name}")

    def rebuild() -> None:
        for statement in (*constraints, *indexes):
            cursor.execute(statement)

    return rebuild


def load(referrals: int, advocates: int, clicks: int, *, log=print) -> Loaded:
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction

    from saleor_referrals.campaigns.models import Campaign
    from saleor_referrals.commerce import get_commerce
    from saleor_referrals.config import parse
    from saleor_referrals.insights.models import ReferralShare
    from saleor_referrals.insights.tallies import recount
    from saleor_referrals.models import Referral, ReferralCode, ReferralVisit, Reward
    from saleor_referrals.programs import sync_program

    get_commerce().add_channel(CHANNEL, "USD")
    program = sync_program(
        channel_slug=CHANNEL, currency="USD", settings=parse({}), active=True
    )
    now = datetime.now(UTC).replace(microsecond=0)
    campaign = Campaign.objects.create(
        program=program,
        name="Spring",
        starts_at=now - timedelta(days=120),
        ends_at=now - timedelta(days=60),
    )
    users = get_user_model()._meta.db_table
    tables = {
        "users": users,
        "codes": ReferralCode._meta.db_table,
        "referrals": Referral._meta.db_table,
        "rewards": Reward._meta.db_table,
        "visits": ReferralVisit._meta.db_table,
        "shares": ReferralShare._meta.db_table,
    }
    loaded = Loaded(program.pk, campaign.pk, 0, referrals, advocates)
    stamp = now.isoformat()
    pid = program.pk

    def at(n: int) -> str:
        return (now - timedelta(days=n % 730, seconds=n % 86400)).isoformat()

    def step(name: str, started: float) -> None:
        loaded.seconds[name] = round(time.perf_counter() - started, 1)
        log(f"  {name}: {loaded.seconds[name]} s")

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        cursor.execute(f"SELECT coalesce(max(id), 0) FROM {users}")
        user_base = cursor.fetchone()[0] + 1
        cursor.execute(f"SELECT coalesce(max(id), 0) FROM {tables['codes']}")
        code_base = cursor.fetchone()[0] + 1
        loaded.largest_advocate_id = user_base
        rebuilds = [
            _without_indexes(cursor, tables[name])
            for name in ("users", "codes", "referrals", "rewards", "visits", "shares")
        ]

        started = time.perf_counter()
        _copy(
            cursor,
            users,
            "id, username, email, first_name, last_name, password, is_superuser, "
            "is_staff, is_active, date_joined",
            (
                f"{user_base + i}\ta{i}\ta{i}@example.com\tFirst{i}\tLast\t\t"
                f"f\tf\tt\t{stamp}\n"
                for i in range(advocates)
            ),
        )
        _copy(
            cursor,
            tables["codes"],
            "id, program_id, user_id, code, is_vanity, is_active, created_at",
            (
                f"{code_base + i}\t{pid}\t{user_base + i}\tBENCH{i}\tf\tt\t{stamp}\n"
                for i in range(advocates)
            ),
        )
        step("advocates", started)

        started = time.perf_counter()
        cursor.execute(f"SELECT coalesce(max(id), 0) FROM {tables['referrals']}")
        referral_base = cursor.fetchone()[0]

        def referral_rows() -> Iterator[str]:
            for n in range(1, referrals + 1):
                who = _advocate_index(n, advocates)
                day = n % 730
                yield (
                    f"{referral_base + n}\t{pid}\t{code_base + who}\t{user_base + who}"
                    f"\t\t\t{'signup' if n % 20 == 16 else 'code'}\to{n}\t\t"
                    f"{40 + n % 60}\t5\tUSD\t{_status(n)}\t\t{at(n)}\t{stamp}\t"
                    f"{'whatsapp' if n % 7 == 0 else ''}\t"
                    f"{campaign.pk if 61 <= day <= 119 else chr(92) + 'N'}\n"
                )

        _copy(
            cursor,
            tables["referrals"],
            "id, program_id, code_id, advocate_id, friend_email, "
            "friend_email_normalized, source, order_id, order_number, order_total, "
            "friend_discount, currency, status, status_reason, created_at, "
            "updated_at, network, campaign_id",
            referral_rows(),
        )
        step("referrals", started)

        started = time.perf_counter()

        def reward_rows() -> Iterator[str]:
            for n in range(1, referrals + 1):
                status = REWARD_STATUS.get(_status(n))
                if status is None:
                    continue
                loaded.rewards += 1
                who = user_base + _advocate_index(n, advocates)
                referral = referral_base + n
                created = at(n)
                yield (
                    f"{pid}\t{referral}\t{who}\tadvocate\tvoucher\t10\tUSD\t{status}"
                    f"\t\treferral:{referral}:advocate:voucher\t{created}\t{created}"
                    f"\tv{referral}\t\t\t{10 if status == 'revoked' else 0}\t0"
                    f"\t{created}\t{stamp}\n"
                )

        _copy(
            cursor,
            tables["rewards"],
            "program_id, referral_id, recipient_id, side, kind, amount, currency, "
            "status, status_reason, idempotency_key, release_at, issued_at, "
            "voucher_id, voucher_code, gift_card_id, revoked_amount, "
            "shortfall_amount, created_at, updated_at",
            reward_rows(),
        )
        step("rewards", started)

        started = time.perf_counter()
        for name in ("visits", "shares"):
            _copy(
                cursor,
                tables[name],
                "program_id, code_id, network, created_at",
                (
                    f"{pid}\t{code_base + n % advocates}\t{NETWORKS[n % 6]}\t{at(n)}\n"
                    for n in range(1, clicks + 1)
                ),
            )
        step("visits and shares", started)

        started = time.perf_counter()
        for rebuild in rebuilds:
            rebuild()
        for name in ("users", "codes", "referrals", "rewards"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{tables[name]}', 'id'), "
                f"(SELECT max(id) FROM {tables[name]}))"
            )
        step("indexes and constraints", started)

        started = time.perf_counter()
        cursor.execute(BACKFILL)
        cursor.execute(
            f"""INSERT INTO saleor_referrals_dailytotal (program_id, day, kind,
                campaign_id, network, category, status, n, orders, amount, discount,
                taken_back)
            SELECT program_id, (created_at AT TIME ZONE 'UTC')::date, 'share', 0,
                network, '', '', count(*), 0, 0, 0, 0
            FROM {tables["shares"]} GROUP BY 1, 2, 3, 4, 5, 6, 7"""
        )
        step("daily totals (migration 0016's backfill)", started)
        cursor.execute("SET LOCAL session_replication_role = origin")

    started = time.perf_counter()
    recount(program.pk)
    step("converted tallies (recount)", started)

    started = time.perf_counter()
    with connection.cursor() as cursor:
        for table in (*tables.values(), "saleor_referrals_dailytotal"):
            cursor.execute(f"VACUUM ANALYZE {table}")
        cursor.execute("VACUUM ANALYZE saleor_referrals_convertedtally")
    step("vacuum analyze", started)
    return loaded
