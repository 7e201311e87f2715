"""The background work of referred orders inside Saleor, task by task, and what
issuing the same store credit costs a Saleor App through Saleor's own GraphQL.

Shared by `test_background_budget.py` and `benchmarks/saleor_background_queries.py`.
"""

from __future__ import annotations

from decimal import Decimal

import graphene
from django.db import connection
from django.test.utils import CaptureQueriesContext
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order import OrderChargeStatus
from saleor.order.models import Order
from saleor.plugins.manager import get_plugins_manager

from tests.background import TaskRun, queued_tasks, run_queued

# The program of issue 9: store credit released at once, default e-mails on.
STORE_CREDIT_AT_ONCE = {"advocate_reward_type": "store_credit", "hold_days": "0"}
# Issue 19's second program: the same, with a two-tier ladder, a live campaign
# and a cause receiving a donation per referral.
LADDER_CAMPAIGN_CAUSE = "ladder, campaign and cause"
ORDER_TOTAL = Decimal("80.00")

GIFT_CARD_CREATE = """
mutation create($input: GiftCardCreateInput!) {
  giftCardCreate(input: $input) {
    giftCard { id code currentBalance { amount currency } }
    errors { field message code }
  }
}
"""
GIFT_CARD_BALANCE_ADJUST = """
mutation adjust($id: ID!, $amount: Decimal!) {
  giftCardBalanceAdjust(id: $id, amount: $amount) {
    giftCard { id currentBalance { amount currency } }
    errors { field message code }
  }
}
"""


def add_ladder_campaign_and_cause(program) -> None:
    """Silver from the first converted referral (x1.5), Gold from the fifth; a
    campaign live now doubling the advocate's reward; a cause getting 1.00 per
    referral. Made through the services the staff mutations call."""
    from datetime import timedelta

    from django.utils import timezone
    from saleor.core.db.connection import allow_writer

    from saleor_referrals.campaigns.campaigns import CampaignSpec, create_campaign
    from saleor_referrals.campaigns.switch import switch_program
    from saleor_referrals.causes.models import Cause
    from saleor_referrals.tiers.ladder import TierSpec, create_tier

    now = timezone.now()
    with allow_writer():
        for rank, (name, at) in enumerate((("Silver", 1), ("Gold", 5)), start=1):
            create_tier(
                program,
                TierSpec(
                    name=name,
                    rank=rank,
                    min_referrals=at,
                    reward_multiplier=Decimal("1.5") * rank,
                ),
                actor="benchmark",
            )
        create_campaign(
            program,
            CampaignSpec(
                name="Nowruz",
                starts_at=now - timedelta(minutes=1),
                ends_at=now + timedelta(hours=1),
                advocate_reward_multiplier=Decimal("2"),
            ),
        )
        assert switch_program(program.pk)  # live: the friend voucher carries it
        Cause.objects.create(
            program=program, name="Trees", donate_per_referral=Decimal("1.00")
        )


def referred_paid_order(friend_order, friend, code) -> Order:
    """A friend's order placed with the advocate's code and fully paid."""
    order = friend_order(friend)
    order.voucher_code = code.code
    order.charge_status = OrderChargeStatus.FULL
    order.total_gross_amount = order.total_net_amount = ORDER_TOTAL
    order.total_charged_amount = ORDER_TOTAL
    order.save()
    return order


def run_background_work(order: Order) -> list[TaskRun]:
    """Fire the order's created and paid hooks, then run every task they lead to."""
    order = Order.objects.select_related("channel").get(pk=order.pk)
    manager = get_plugins_manager(allow_replica=False)
    with queued_tasks() as queue:
        manager.order_created(order)
        manager.order_fully_paid(order)
    return run_queued(queue)


def app_store_credit_statements(
    app_api_client, customer, amount: Decimal
) -> list[list[str]]:
    """Queries of the two calls an App makes for the same credit: giftCardCreate for
    a customer's first credit, giftCardBalanceAdjust to top the card up later."""
    with CaptureQueriesContext(connection) as create_queries:
        response = app_api_client.post_graphql(
            GIFT_CARD_CREATE,
            {
                "input": {
                    "balance": {"amount": str(amount), "currency": "USD"},
                    "assignedTo": graphene.Node.to_global_id("User", customer.pk),
                    "isActive": True,
                    "addTags": ["referral-store-credit"],
                    "metadata": [{"key": "saleor_referrals", "value": "wallet"}],
                }
            },
        )
    created = get_graphql_content(response)["data"]["giftCardCreate"]
    assert created["errors"] == [], created["errors"]
    with CaptureQueriesContext(connection) as adjust_queries:
        response = app_api_client.post_graphql(
            GIFT_CARD_BALANCE_ADJUST,
            {"id": created["giftCard"]["id"], "amount": str(amount)},
        )
    adjusted = get_graphql_content(response)["data"]["giftCardBalanceAdjust"]
    assert adjusted["errors"] == [], adjusted["errors"]
    assert Decimal(str(adjusted["giftCard"]["currentBalance"]["amount"])) == 2 * amount
    return [
        [query["sql"] for query in capture.captured_queries]
        for capture in (create_queries, adjust_queries)
    ]
