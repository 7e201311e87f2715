"""Folding the daily deltas into the daily totals.

The triggers append one `DailyDelta` row per change (no row another writer waits
for); readers add the deltas to the totals, so the numbers are right before and
after a compaction. A compaction moves the deltas it sees into the totals in one
statement and one transaction: a reader's snapshot holds either the deltas or the
totals that absorbed them, never both, never neither. Compactions are serialized
by a transaction-scoped advisory lock; deltas appended meanwhile wait for the next.
"""

from __future__ import annotations

from django.db import connection, transaction

LOCK_KEY = "saleor_referrals:daily_totals"

COMPACT = """
WITH moved AS (
    DELETE FROM saleor_referrals_dailydelta
    RETURNING program_id, day, kind, campaign_id, network, category, status, n,
        orders, amount, discount, taken_back
), folded AS (
    SELECT program_id, day, kind, campaign_id, network, category, status,
        sum(n) AS n, sum(orders) AS orders, sum(amount) AS amount,
        sum(discount) AS discount, sum(taken_back) AS taken_back
    FROM moved GROUP BY 1, 2, 3, 4, 5, 6, 7
)
INSERT INTO saleor_referrals_dailytotal AS t (program_id, day, kind, campaign_id,
    network, category, status, n, orders, amount, discount, taken_back)
SELECT * FROM folded ORDER BY 1, 2, 3, 4, 5, 6, 7
ON CONFLICT (program_id, day, kind, campaign_id, network, category, status)
DO UPDATE SET n = t.n + EXCLUDED.n, orders = t.orders + EXCLUDED.orders,
    amount = t.amount + EXCLUDED.amount, discount = t.discount + EXCLUDED.discount,
    taken_back = t.taken_back + EXCLUDED.taken_back
"""


def compact() -> int:
    """Fold every delta committed so far into the totals; the number of total rows
    written."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [LOCK_KEY]
        )
        cursor.execute(COMPACT)
        return cursor.rowcount
