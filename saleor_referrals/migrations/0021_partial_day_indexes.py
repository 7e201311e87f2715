"""Covering indexes for the partial days of the program's numbers.

A period that starts or ends mid-day counts those partial days from the raw rows
(`insights.totals.raw_buckets`). By program and time alone, PostgreSQL fetched one
table page per row (a day of referrals and of the ledger: 27,000 pages at 10 million
referrals); with every column the counts group and sum in the index, the count is an
index-only scan. The reward index replaces `reward_program_time` (same keys);
`referral_campaign_network` makes the ledger's join to each reward's referral
(its campaign and network) index-only too.

Built CONCURRENTLY (so not in a transaction): an install with millions of rows keeps
taking orders while the indexes build.
"""

from django.contrib.postgres.operations import (
    AddIndexConcurrently,
    RemoveIndexConcurrently,
)
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("saleor_referrals", "0020_program_configured_wings"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="referral",
            index=models.Index(
                fields=["program", "created_at"],
                include=(
                    "status",
                    "source",
                    "network",
                    "campaign",
                    "order_total",
                    "friend_discount",
                ),
                name="referral_program_time",
            ),
        ),
        AddIndexConcurrently(
            model_name="referral",
            index=models.Index(
                fields=["id"],
                include=("campaign", "network"),
                name="referral_campaign_network",
            ),
        ),
        AddIndexConcurrently(
            model_name="reward",
            index=models.Index(
                fields=["program", "created_at"],
                include=(
                    "referral",
                    "status",
                    "amount",
                    "revoked_amount",
                    "idempotency_key",
                ),
                name="reward_ledger_time",
            ),
        ),
        RemoveIndexConcurrently(model_name="reward", name="reward_program_time"),
    ]
