"""The program's numbers inside real Saleor: a friend's real checkout with the
referral code, a later order without it, and staff reading funnel, money and the
previous period through Saleor's /graphql/; share clicks from the storefront."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from datetime import timedelta
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from saleor.core.db.connection import allow_writer
from saleor.graphql.core.utils import to_global_id_or_none
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order import OrderChargeStatus
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.insights.models import (
    DailyDelta,
    DailyTotal,
    ReferralShare,
    RepeatOrder,
)
from saleor_referrals.insights.tasks import compact_daily_totals_task
from saleor_referrals.models import Referral, ReferralStatus

ADD_PROMO_CODE = """
mutation addPromoCode($id: ID!, $code: String!) {
  checkoutAddPromoCode(id: $id, promoCode: $code) {
    checkout { discount { amount } }
    errors { field message code }
  }
}
"""
REPORT = """
query report($channel: String!, $period: ReferralPeriodInput, $compare: Boolean) {
  shop { name }
  referralReport(channel: $channel, period: $period, compareWithPrevious: $compare) {
    funnel { shares orders qualified converted rewarded sharesByNetwork { network count } }
    money {
      referredOrders firstOrderRevenue { amount currency }
      repeatOrders repeatRevenue { amount }
      costs { advocateRewards { amount } friendDiscounts { amount } }
      totalCost { amount } windowReturnOnRewards
    }
    previous { funnel { orders } }
  }
}
"""
SHARE = """
mutation share($channel: String!) {
  referralShareTrack(channel: $channel, network: WHATSAPP) {
    errors { field code message }
  }
}
"""


def _paid(order):
    order.charge_status = OrderChargeStatus.FULL
    order.total_charged_amount = order.total_gross_amount
    order.save()
    return order


def test_staff_read_the_numbers_of_a_real_referred_customer(
    advocate_code,
    friend,
    friend_client,
    ready_checkout,
    pay_and_complete,
    friend_order,
    staff_api_client,
    permission_manage_discounts,
    channel_USD,
    django_capture_on_commit_callbacks,
):
    applied = get_graphql_content(
        friend_client.post_graphql(
            ADD_PROMO_CODE,
            {"id": to_global_id_or_none(ready_checkout), "code": advocate_code.code},
        )
    )["data"]["checkoutAddPromoCode"]
    assert applied["errors"] == []
    discount = Decimal(str(applied["checkout"]["discount"]["amount"]))
    completed = pay_and_complete(friend_client, ready_checkout)
    assert completed["errors"] == []
    referral = Referral.objects.get()
    assert referral.status == ReferralStatus.REWARDED
    assert referral.friend_discount == discount > 0

    # A later order of the friend, without the code: a repeat order.
    with allow_writer():
        later = friend_order(friend)
        later.total_gross_amount = later.undiscounted_total_gross_amount = Decimal(
            "35.00"
        )
        later.total_net_amount = Decimal("35.00")
        later = _paid(later)
    with django_capture_on_commit_callbacks(execute=True):
        get_plugins_manager(allow_replica=False).order_fully_paid(later)
    repeat = RepeatOrder.objects.get()
    assert repeat.order_id == str(later.pk) and repeat.referral == referral
    assert repeat.total == Decimal("35.00")

    staff_api_client.user.user_permissions.add(permission_manage_discounts)
    now = timezone.now()
    period = {
        "gte": (now - timedelta(days=1)).isoformat(),
        "lte": (now + timedelta(days=1)).isoformat(),
    }
    content = get_graphql_content(
        staff_api_client.post_graphql(
            REPORT, {"channel": channel_USD.slug, "period": period, "compare": True}
        )
    )["data"]
    report = content["referralReport"]
    assert content["shop"]["name"]
    assert report["funnel"] == {
        "shares": 0,
        "orders": 1,
        "qualified": 1,
        "converted": 1,
        "rewarded": 1,
        "sharesByNetwork": [],
    }
    money = report["money"]
    assert money["referredOrders"] == 1
    assert Decimal(str(money["firstOrderRevenue"]["amount"])) == referral.order_total
    assert money["repeatOrders"] == 1
    assert Decimal(str(money["repeatRevenue"]["amount"])) == repeat.total
    assert money["costs"]["advocateRewards"] == {"amount": 20.0}
    assert Decimal(str(money["costs"]["friendDiscounts"]["amount"])) == discount
    assert report["previous"] == {"funnel": {"orders": 0}}

    # Cancelling the repeat order takes its revenue away.
    with django_capture_on_commit_callbacks(execute=True):
        get_plugins_manager(allow_replica=False).order_cancelled(later)
    repeat.refresh_from_db()
    assert repeat.total == 0


def test_the_report_needs_manage_discounts(program, staff_api_client, channel_USD):
    response = staff_api_client.post_graphql(REPORT, {"channel": channel_USD.slug})
    content = response.json()
    assert content["data"]["referralReport"] is None
    assert content["errors"][0]["extensions"]["exception"]["code"] == (
        "PermissionDenied"
    )


def test_an_inverted_period_is_a_coded_error(
    program, staff_api_client, permission_manage_discounts, channel_USD
):
    staff_api_client.user.user_permissions.add(permission_manage_discounts)
    now = timezone.now()
    period = {"gte": now.isoformat(), "lte": (now - timedelta(days=2)).isoformat()}
    content = staff_api_client.post_graphql(
        REPORT, {"channel": channel_USD.slug, "period": period}
    ).json()
    assert content["data"]["referralReport"] is None
    error = content["errors"][0]["extensions"]
    assert (error["code"], error["field"]) == ("PERIOD_INVERTED", "period")


def test_the_customer_tracks_a_share_click(advocate_code, user_api_client, channel_USD):
    result = get_graphql_content(
        user_api_client.post_graphql(SHARE, {"channel": channel_USD.slug})
    )["data"]["referralShareTrack"]
    assert result == {"errors": []}
    share = ReferralShare.objects.get()
    assert (share.code, share.network) == (advocate_code, "whatsapp")
    assert DailyDelta.objects.get(kind="share").n == 1
    assert compact_daily_totals_task.delay().get() == 1
    assert DailyTotal.objects.get(kind="share").n == 1


def test_an_unreferred_order_refund_costs_its_request_no_query(
    program, customer_user, order_generator, django_capture_on_commit_callbacks
):
    order = _paid(order_generator(user=customer_user, user_email=customer_user.email))
    plugin = get_plugins_manager(allow_replica=False).get_plugin(
        "saleor_referrals", order.channel.slug
    )
    with CaptureQueriesContext(connection) as queries:
        plugin.order_cancelled(order, None)
        plugin.order_fully_refunded(order, None)
    assert queries.captured_queries == []


FIGURES = """
query figures($channel: String!, $period: ReferralPeriodInput, $from: DateTime, $to: DateTime) {
  referralProgramSummary(channel: $channel, from: $from, to: $to) {
    referredRevenue { amount } rewardCost { amount } fullCost { amount } returnOnRewards
  }
  referralReport(channel: $channel, period: $period) {
    funnel { visits orders linkOrders visitToOrderRate }
    money {
      firstOrderRevenue { amount } costs { eventCosts { amount } }
      totalCost { amount } returnOnRewards
    }
  }
}
"""


def test_one_definition_of_each_figure_through_saleor(
    advocate_code,
    friend_client,
    ready_checkout,
    pay_and_complete,
    staff_api_client,
    permission_manage_discounts,
    channel_USD,
):
    """A code typed at checkout after someone else's landing visit, and an event
    planned for later today: through Saleor's /graphql/ the summary and the report
    give the same full cost and return on rewards, the typed code is no link order
    (visit to order 0%, not 100%), and the planned event is not a cost yet."""
    from saleor_referrals.events.models import Event
    from saleor_referrals.models import ReferralVisit

    ReferralVisit.objects.create(
        program=advocate_code.program, code=advocate_code, network="whatsapp"
    )
    Event.objects.create(
        program=advocate_code.program,
        name="Tasting",
        capacity=10,
        starts_at=timezone.now() + timedelta(hours=2),
        cost=Decimal("60"),
    )
    applied = get_graphql_content(
        friend_client.post_graphql(
            ADD_PROMO_CODE,
            {"id": to_global_id_or_none(ready_checkout), "code": advocate_code.code},
        )
    )["data"]["checkoutAddPromoCode"]
    assert applied["errors"] == []
    assert pay_and_complete(friend_client, ready_checkout)["errors"] == []
    referral = Referral.objects.get()
    assert referral.status == ReferralStatus.REWARDED and referral.friend_discount

    staff_api_client.user.user_permissions.add(permission_manage_discounts)
    now = timezone.now()
    start, end = (now - timedelta(days=1)).isoformat(), (now + timedelta(days=1))
    content = get_graphql_content(
        staff_api_client.post_graphql(
            FIGURES,
            {
                "channel": channel_USD.slug,
                "period": {"gte": start, "lte": end.isoformat()},
                "from": start,
                "to": end.isoformat(),
            },
        )
    )["data"]
    summary, report = content["referralProgramSummary"], content["referralReport"]
    full_cost = Decimal("20.00") + referral.friend_discount
    assert Decimal(str(report["money"]["totalCost"]["amount"])) == full_cost
    assert summary["fullCost"] == report["money"]["totalCost"]
    assert summary["rewardCost"] == {"amount": 20.0}
    assert summary["referredRevenue"] == report["money"]["firstOrderRevenue"]
    expected = (referral.order_total / full_cost).quantize(Decimal("0.01"))
    assert summary["returnOnRewards"] == report["money"]["returnOnRewards"]
    assert Decimal(str(report["money"]["returnOnRewards"])) == expected
    assert report["money"]["costs"]["eventCosts"] == {"amount": 0.0}
    assert report["funnel"] == {
        "visits": 1,
        "orders": 1,
        "linkOrders": 0,
        "visitToOrderRate": 0.0,
    }
