"""Converted-referral tallies per advocate and month, year and all time, kept by
statement-level triggers on the referral table, and filled from existing rows.

Converted = approved or rewarded with an advocate (tiers/counting.converted_q); the
triggers see every write (ORM saves, bulk and queryset updates, deletes, a deleted
customer's SET NULL, raw SQL) in the writing transaction. A removal that takes away
a span's latest referral recomputes `reached_at` from the raw rows after locking the
tally rows, so concurrent writers never leave a stale tie-break time.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

TALLY = "saleor_referrals_convertedtally"
REFERRAL = "saleor_referrals_referral"
CONVERTED = "('approved', 'rewarded')"


def counted(alias: str) -> str:
    return f"{alias}.status IN {CONVERTED} AND {alias}.advocate_id IS NOT NULL"


def spans(alias: str) -> str:
    """The month, the year and all time of a referral (UTC)."""
    year = f"extract(year FROM {alias}.created_at AT TIME ZONE 'UTC')::int"
    month = f"extract(month FROM {alias}.created_at AT TIME ZONE 'UTC')::int"
    return f"CROSS JOIN LATERAL (VALUES ({year}, {month}), ({year}, 0), (0, 0)) s(year, month)"


def same_count(a: str, b: str) -> str:
    """Row `b` counts exactly where row `a` counts."""
    return (
        f"{b}.id = {a}.id AND {counted(b)} AND {b}.program_id = {a}.program_id "
        f"AND {b}.advocate_id = {a}.advocate_id AND {b}.created_at = {a}.created_at"
    )


def grouped(source: str, extra: str) -> str:
    return f"""SELECT r.program_id, r.advocate_id, s.year, s.month,
        count(*) AS n, max(r.created_at) AS latest
    FROM {source} r {spans("r")}
    WHERE {counted("r")} {extra}
    GROUP BY 1, 2, 3, 4"""


def add(source: str, extra: str = "") -> str:
    return f"""INSERT INTO {TALLY} AS t
        (program_id, advocate_id, year, month, referrals, reached_at)
    SELECT program_id, advocate_id, year, month, n, latest
    FROM ({grouped(source, extra)}) added ORDER BY 1, 2, 3, 4
    ON CONFLICT (program_id, advocate_id, year, month) DO UPDATE
    SET referrals = t.referrals + EXCLUDED.referrals,
        reached_at = GREATEST(t.reached_at, EXCLUDED.reached_at);"""


def remove(source: str, extra: str = "") -> str:
    # Lock first, in the order the INSERT of `add` takes (program, advocate, year,
    # month), so two writers cannot deadlock on one advocate's rows; then update
    # in a new statement: its snapshot sees what a concurrent writer committed
    # while we waited for the lock.
    gone = f"({grouped(source, extra)}) gone"
    match = (
        "t.program_id = gone.program_id AND t.advocate_id = gone.advocate_id "
        "AND t.year = gone.year AND t.month = gone.month"
    )
    return f"""PERFORM 1 FROM {TALLY} t JOIN {gone} ON {match}
        ORDER BY t.program_id, t.advocate_id, t.year, t.month FOR UPDATE OF t;
    UPDATE {TALLY} t
    SET referrals = t.referrals - gone.n,
        reached_at = CASE
            WHEN t.referrals = gone.n THEN NULL
            WHEN gone.latest < t.reached_at THEN t.reached_at
            ELSE (SELECT max(x.created_at) FROM {REFERRAL} x
                WHERE x.program_id = t.program_id AND x.advocate_id = t.advocate_id
                AND x.status IN {CONVERTED}
                AND x.created_at >= saleor_referrals_tally_start(t.year, t.month)
                AND x.created_at < saleor_referrals_tally_end(t.year, t.month))
        END
    FROM {gone} WHERE {match};"""


def function(name: str, body: str) -> str:
    return f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {body}
    RETURN NULL;
END $$;"""


BOUNDS = """
CREATE FUNCTION saleor_referrals_tally_start(y int, m int) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN y = 0 THEN '-infinity'::timestamptz
        ELSE make_timestamptz(y, greatest(m, 1), 1, 0, 0, 0, 'UTC') END $$;
CREATE FUNCTION saleor_referrals_tally_end(y int, m int) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN y = 0 THEN 'infinity'::timestamptz
        WHEN m IN (0, 12) THEN make_timestamptz(y + 1, 1, 1, 0, 0, 0, 'UTC')
        ELSE make_timestamptz(y, m + 1, 1, 0, 0, 0, 'UTC') END $$;
"""
NOT_IN_NEW = f"AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE {same_count('r', 'n')})"
NOT_IN_OLD = f"AND NOT EXISTS (SELECT 1 FROM old_rows o WHERE {same_count('r', 'o')})"
TRIGGERS = f"""
{BOUNDS}
{function("saleor_referrals_tally_insert", add("new_rows"))}
{function("saleor_referrals_tally_update",
          remove("old_rows", NOT_IN_NEW) + chr(10) + add("new_rows", NOT_IN_OLD))}
{function("saleor_referrals_tally_delete", remove("old_rows"))}
CREATE TRIGGER saleor_referrals_tally_insert AFTER INSERT ON {REFERRAL}
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION saleor_referrals_tally_insert();
CREATE TRIGGER saleor_referrals_tally_update AFTER UPDATE ON {REFERRAL}
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION saleor_referrals_tally_update();
CREATE TRIGGER saleor_referrals_tally_delete AFTER DELETE ON {REFERRAL}
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION saleor_referrals_tally_delete();
{add(REFERRAL)}
"""
DROP = f"""
DROP TRIGGER saleor_referrals_tally_insert ON {REFERRAL};
DROP TRIGGER saleor_referrals_tally_update ON {REFERRAL};
DROP TRIGGER saleor_referrals_tally_delete ON {REFERRAL};
DROP FUNCTION saleor_referrals_tally_insert();
DROP FUNCTION saleor_referrals_tally_update();
DROP FUNCTION saleor_referrals_tally_delete();
DROP FUNCTION saleor_referrals_tally_start(int, int);
DROP FUNCTION saleor_referrals_tally_end(int, int);
"""


class Migration(migrations.Migration):

    dependencies = [
        ('saleor_referrals', '0013_leaderboard'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ConvertedTally',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('year', models.PositiveSmallIntegerField()),
                ('month', models.PositiveSmallIntegerField()),
                ('referrals', models.PositiveIntegerField()),
                ('reached_at', models.DateTimeField(null=True)),
                ('advocate', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='referral_converted_tallies', to=settings.AUTH_USER_MODEL)),
                ('program', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='converted_tallies', to='saleor_referrals.referralprogram')),
            ],
            options={
                'indexes': [models.Index(models.F('program'), models.F('year'), models.F('month'), models.OrderBy(models.F('referrals'), descending=True), models.F('reached_at'), models.F('advocate'), name='converted_tally_rank')],
                'constraints': [models.UniqueConstraint(fields=('program', 'advocate', 'year', 'month'), name='converted_tally_once')],
            },
        ),
        # The triggers, then the backfill of existing referrals.
        migrations.RunSQL(TRIGGERS, DROP),
    ]
