"""Covering indexes for one advocate's own numbers (`referralProfile { stats }`
and the totals of its referral and reward lists): index-only scans of their entries
instead of one table page per referral and per reward (the largest advocate of the
10M benchmark has 100,000 of each). Built CONCURRENTLY, as 0021."""

from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("saleor_referrals", "0022_leaderboard_snapshot"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="referral",
            index=models.Index(
                fields=["advocate", "program"],
                include=("status", "order_id"),
                name="referral_advocate_counts",
            ),
        ),
        AddIndexConcurrently(
            model_name="reward",
            index=models.Index(
                fields=["recipient", "program"],
                include=("status", "kind", "amount", "revoked_amount"),
                name="reward_recipient_money",
            ),
        ),
    ]
