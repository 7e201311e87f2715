"""The program's numbers: funnel, money, comparison, share clicks, repeat orders,
and the staff query's permission and coded errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from graphql_relay import to_global_id

from saleor_referrals import referrals, rewards
from saleor_referrals.campaigns.models import Campaign, Contest, ContestPrize
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.commerce.memory import MemoryOrder
from saleor_referrals.config import parse
from saleor_referrals.events.models import Event
from saleor_referrals.facts import OrderFacts, Shopper
from saleor_referrals.insights.errors import InsightError, InsightErrorCode
from saleor_referrals.insights.funnel import funnel
from saleor_referrals.insights.models import (
    DailyDelta,
    DailyTotal,
    MemberDiscountUse,
    ReferralShare,
    RepeatOrder,
)
from saleor_referrals.insights.money import money
from saleor_referrals.insights.periods import Period, PeriodError, split
from saleor_referrals.insights.tasks import (
    COMPACTION_SCHEDULE_NAME,
    adjust_repeat_order_task,
    compact_daily_totals_task,
)
from saleor_referrals.models import Referral, ReferralVisit, Reward, RewardStatus
from saleor_referrals.programs import sync_program
from saleor_referrals.signups.service import attribute_signup
from saleor_referrals.signups.tasks import convert_lead_task
from saleor_referrals.tasks import qualify_paid_order_task
from saleor_referrals.tiers.models import Tier, TierMembership
from saleor_referrals.tiers.perks import book_bonus

from . import test_graphql
from .conftest import CHANNEL, make_staff, make_user

data, gql = test_graphql.data, test_graphql.gql


@pytest.fixture(autouse=True)
def clear_throttles():
    cache.clear()


@pytest.fixture
def shop(program, commerce, advocate, django_capture_on_commit_callbacks):
    """A program with an advocate's code and a way to run friends' orders."""

    class Shop:
        code = get_or_create_code(program, advocate)
        serial = 0

        def order(
            self,
            friend=None,
            *,
            total="100.00",
            discount="0",
            network="",
            via_link=False,
            code=None,
        ):
            Shop.serial += 1
            friend = friend or make_user(f"friend{Shop.serial}@example.com")
            code = code or Shop.code
            facts = OrderFacts(
                order_id=f"order-{Shop.serial}",
                number=str(Shop.serial),
                channel_slug=CHANNEL,
                currency="USD",
                total=Decimal(total),
                paid=Decimal(total),
                shopper=Shopper(friend.pk, friend.email),
                voucher_code="" if via_link else code.code,
                referral_code=code.code if via_link else "",
                discount=Decimal(discount),
                referral_network=network,
            )
            commerce.add_order(
                MemoryOrder(
                    facts.order_id, friend.pk, friend.email, CHANNEL, facts=facts
                )
            )
            referrals.attribute_order(facts)
            return facts

        def pay(self, facts):
            with django_capture_on_commit_callbacks(execute=True):
                referrals.qualify_paid_order(facts)
            for reward_id in rewards.due_reward_ids():
                rewards.release(reward_id)

        def plain_order(self, friend, total="30.00"):
            """A later order without a code or link."""
            Shop.serial += 1
            facts = OrderFacts(
                order_id=f"order-{Shop.serial}",
                number=str(Shop.serial),
                channel_slug=CHANNEL,
                currency="USD",
                total=Decimal(total),
                paid=Decimal(total),
                shopper=Shopper(friend.pk, friend.email),
            )
            commerce.add_order(
                MemoryOrder(
                    facts.order_id, friend.pk, friend.email, CHANNEL, facts=facts
                )
            )
            return facts

    return Shop()


# --- periods -------------------------------------------------------------------


def test_a_period_splits_into_whole_days_and_raw_edges():
    start = datetime(2026, 3, 1, 15, 30, tzinfo=UTC)
    end = datetime(2026, 3, 5, 6, 0, tzinfo=UTC)
    parts = split(Period(start, end))
    assert parts.days
    assert (parts.first_day.isoformat(), parts.last_day.isoformat()) == (
        "2026-03-02",
        "2026-03-05",
    )
    assert parts.edges == (
        (start, datetime(2026, 3, 2, tzinfo=UTC)),
        (datetime(2026, 3, 5, tzinfo=UTC), end),
    )
    midnight = split(Period(datetime(2026, 3, 1, tzinfo=UTC), None))
    assert midnight.edges == () and midnight.last_day is None
    same_day = split(Period(start, start + timedelta(hours=2)))
    assert not same_day.days and same_day.edges == (
        (start, start + timedelta(hours=2)),
    )


def test_the_previous_period_has_the_same_length_and_ends_at_the_start():
    start = datetime(2026, 3, 10, tzinfo=UTC)
    period = Period(start, start + timedelta(days=14))
    assert period.previous() == Period(start - timedelta(days=14), start)
    with pytest.raises(PeriodError):
        Period(None, start).previous()
    with pytest.raises(PeriodError):
        Period(start, start - timedelta(seconds=1))


# --- funnel --------------------------------------------------------------------


def test_the_funnel_counts_every_stage_and_each_network(shop, program, advocate):
    code = shop.code
    for network in ("whatsapp", "whatsapp", "telegram"):
        ReferralShare.objects.create(program=program, code=code, network=network)
    for network in ("whatsapp", "x"):
        ReferralVisit.objects.create(program=program, code=code, network=network)
    lead = make_user("lead@example.com")
    attribute_signup(lead.pk, lead.email, code.code)
    kept = shop.order(network="whatsapp", discount="15")
    shop.pay(kept)
    undone = shop.order(total="80.00")
    shop.pay(undone)
    shop.order()  # placed, not paid yet
    shop.order(total="10.00", via_link=True, network="x")  # below the minimum
    shop.pay(shop.order(total="10.00"))
    referrals.reverse_order(undone.order_id, "order fully refunded")

    result = funnel(program)
    assert (result.shares, result.visits, result.signups, result.orders) == (3, 2, 1, 5)
    assert (result.qualified, result.converted, result.rewarded, result.reversed) == (
        2,
        1,
        1,
        1,
    )
    assert result.shares_by_network == {"telegram": 1, "whatsapp": 2}
    assert result.visits_by_network == {"whatsapp": 1, "x": 1}
    assert result.rate("orders", "visits") == 2.5

    whatsapp = funnel(program, network="whatsapp")
    assert (whatsapp.shares, whatsapp.visits, whatsapp.orders, whatsapp.rewarded) == (
        2,
        1,
        1,
        1,
    )


def test_a_campaign_counts_its_referrals_and_the_clicks_in_its_window(shop, program):
    now = timezone.now()
    campaign = Campaign.objects.create(
        program=program,
        name="Spring",
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(days=1),
    )
    ReferralShare.objects.create(
        program=program,
        code=shop.code,
        network="x",
        created_at=now - timedelta(days=3),
    )
    ReferralShare.objects.create(program=program, code=shop.code, network="x")
    shop.pay(shop.order())
    Referral.objects.create(
        program=program,
        code=shop.code,
        advocate=shop.code.user,
        source="code",
        order_id="old",
        order_total=Decimal("50"),
        currency="USD",
        created_at=now - timedelta(days=3),
    )
    result = funnel(program, campaign=campaign)
    assert (result.shares, result.orders, result.rewarded) == (1, 1, 1)
    assert funnel(program).orders == 2


def test_a_tier_counts_its_members_referrals(shop, program, advocate):
    tier = Tier.objects.create(program=program, name="Gold", rank=1, min_referrals=50)
    shop.pay(shop.order())
    other = get_or_create_code(program, make_user("other@example.com"))
    shop.pay(shop.order(code=other))
    TierMembership.objects.update_or_create(
        program=program, advocate=advocate, defaults={"tier": tier}
    )
    assert funnel(program).rewarded == 2
    assert funnel(program, tier=tier).rewarded == 1


def test_filters_of_another_program_are_refused(shop, program, commerce):
    commerce.add_channel("other", "EUR")
    other = sync_program(
        channel_slug="other", currency="EUR", settings=parse({}), active=True
    )
    now = timezone.now()
    campaign = Campaign.objects.create(
        program=other, name="Theirs", starts_at=now, ends_at=now + timedelta(days=1)
    )
    with pytest.raises(InsightError) as error:
        funnel(program, campaign=campaign)
    assert (error.value.code, error.value.field) == (
        InsightErrorCode.OTHER_CHANNEL,
        "campaign",
    )
    with pytest.raises(InsightError) as error:
        funnel(program, start=now, end=now - timedelta(days=1))
    assert error.value.code == InsightErrorCode.PERIOD_INVERTED


def test_the_funnel_takes_the_same_queries_for_one_or_many_referrals(shop, program):
    now = timezone.now()
    period = {
        "start": now - timedelta(days=3, hours=5),
        "end": now + timedelta(hours=1),
    }
    shop.pay(shop.order())
    with CaptureQueriesContext(connection) as few:
        funnel(program, **period)
    for _ in range(12):
        shop.pay(shop.order())
    with CaptureQueriesContext(connection) as many:
        assert funnel(program, **period).rewarded == 13
    assert len(few.captured_queries) == len(many.captured_queries) <= 6
    with CaptureQueriesContext(connection) as whole_days:
        funnel(program)
    # The compacted totals and the deltas not folded in yet.
    assert len(whole_days.captured_queries) == 2


# --- money ---------------------------------------------------------------------


def test_money_counts_revenue_and_every_cost_line(shop, program, advocate):
    first = shop.order(total="100.00", discount="15")
    shop.pay(first)
    refunded = shop.order(total="80.00", discount="12")
    shop.pay(refunded)
    referrals.reverse_order(refunded.order_id, "order fully refunded")
    book_bonus(
        program=program,
        advocate_id=advocate.pk,
        key="tier-entry:1:1",
        kind="store_credit",
        value=Decimal("5"),
        reason="entry",
        pay=True,
    )
    book_bonus(
        program=program,
        advocate_id=advocate.pk,
        key="milestone:1:1",
        kind="store_credit",
        value=Decimal("3"),
        reason="badge",
        pay=True,
    )
    for reward_id in rewards.due_reward_ids():
        rewards.release(reward_id)
    contest = Contest.objects.create(
        program=program,
        name="Sprint",
        starts_at=timezone.now() - timedelta(days=1),
        ends_at=timezone.now() + timedelta(days=1),
        state="decided",
        decided_at=timezone.now(),
    )
    ContestPrize.objects.create(
        contest=contest,
        method="rank",
        position=1,
        kind="physical",
        amount=Decimal("40"),
        winner=advocate,
    )
    Event.objects.create(
        program=program,
        name="Tasting",
        capacity=10,
        starts_at=timezone.now() - timedelta(hours=2),  # held: a planned one is no cost
        cost=Decimal("60"),
    )

    report = money(program)
    assert report.referred_orders == 1
    assert report.first_order_revenue == Decimal("100.00")
    assert report.costs["advocate_rewards"] == Decimal("20.00")  # the other revoked
    assert report.costs["friend_discounts"] == Decimal("15.00")
    assert report.costs["tier_entry_rewards"] == Decimal("5.00")
    assert report.costs["milestone_bonuses"] == Decimal("3.00")
    assert report.costs["contest_prizes"] == Decimal("40.00")
    assert report.costs["event_costs"] == Decimal("60.00")
    assert report.total_cost == Decimal("143.00")
    assert report.return_on_rewards == Decimal("0.70")
    assert money(program, contest=contest).costs["contest_prizes"] == Decimal("40.00")


def test_repeat_orders_count_within_the_window_and_drop_with_refunds(
    shop, program, commerce
):
    friend = make_user("repeat@example.com")
    shop.pay(shop.order(friend, total="100.00"))
    again = shop.plain_order(friend, total="30.00")
    assert convert_lead_task.delay(again.order_id).get() == "repeat_order"
    assert convert_lead_task.delay(again.order_id).get() == "repeat_order"  # once
    late = shop.plain_order(friend, total="50.00")
    convert_lead_task.delay(late.order_id).get()
    RepeatOrder.objects.filter(order_id=late.order_id).update(
        placed_at=timezone.now() + timedelta(days=200)
    )
    stranger = make_user("stranger@example.com")
    unreferred = shop.plain_order(stranger)
    assert convert_lead_task.delay(unreferred.order_id).get() is None

    report = money(program)
    assert (report.repeat_orders, report.repeat_revenue) == (1, Decimal("30.00"))
    assert report.window_revenue == Decimal("130.00")
    assert money(program, window_days=365).repeat_revenue == Decimal("80.00")

    assert (
        adjust_repeat_order_task.delay(
            again.order_id, "order partially refunded", "10.00"
        ).get()
        == "10.00"
    )
    adjust_repeat_order_task.delay(
        again.order_id, "order partially refunded", "25"
    ).get()
    assert money(program).repeat_revenue == Decimal("10.00")  # never raised again
    adjust_repeat_order_task.delay(again.order_id, "order cancelled").get()
    assert money(program).repeat_orders == 0


def test_a_repeat_order_with_the_code_again_counts_for_the_first_referral(
    shop, program
):
    friend = make_user("again@example.com")
    first = shop.order(friend)
    shop.pay(first)
    again = shop.order(friend, total="45.00")
    assert qualify_paid_order_task.delay(again.to_json()).get() == "rejected"
    repeat = RepeatOrder.objects.get(order_id=again.order_id)
    assert repeat.referral.order_id == first.order_id
    assert repeat.total == Decimal("45.000")


def test_daily_totals_follow_a_reversal(shop, program):
    facts = shop.order(total="90.00")
    shop.pay(facts)
    referrals.reverse_order(facts.order_id, "order cancelled")
    assert DailyDelta.objects.exists()  # appended by the triggers
    assert compact_daily_totals_task.delay().get() > 0
    assert not DailyDelta.objects.exists()
    rows = {
        (row.kind, row.status): row.n
        for row in DailyTotal.objects.filter(program_id=program.pk)
        if row.n
    }
    assert rows == {("referral", "reversed"): 1, ("reward", "revoked"): 1}
    assert compact_daily_totals_task.delay().get() == 0  # nothing left: a no-op
    assert funnel(program).reversed == 1


def test_compaction_is_on_the_beat():
    from tests import celery_app

    entry = celery_app.app.conf.beat_schedule[COMPACTION_SCHEDULE_NAME]
    assert entry["task"] == "saleor_referrals.compact_daily_totals"


# --- GraphQL -------------------------------------------------------------------

REPORT = """
query report($channel: String!, $period: ReferralPeriodInput, $campaign: ID,
             $contest: ID, $tier: ID, $network: ReferralShareNetworkEnum,
             $window: Int, $compare: Boolean) {
  referralReport(channel: $channel, period: $period, campaign: $campaign,
                 contest: $contest, tier: $tier, network: $network,
                 repeatWindowDays: $window, compareWithPrevious: $compare) {
    start end
    funnel { shares visits signups orders qualified converted rewarded reversed
             sharesByNetwork { network count } visitToOrderRate }
    money { referredOrders firstOrderRevenue { amount currency }
            repeatRevenue { amount } windowRevenue { amount }
            costs { advocateRewards { amount } friendDiscounts { amount } }
            totalCost { amount } returnOnRewards repeatWindowDays }
    previous { start end funnel { orders rewarded } money { totalCost { amount } } }
  }
}
"""
SHARE = """
mutation share($channel: String!, $network: ReferralShareNetworkEnum!, $code: String) {
  referralShareTrack(channel: $channel, network: $network, code: $code) {
    errors { field code message }
  }
}
"""


def _error(result):
    assert result.errors, result.data
    return result.errors[0].extensions


def test_staff_read_the_report_with_the_previous_period(gql, shop, program):
    shop.pay(shop.order(total="100.00", discount="15", network="whatsapp"))
    ReferralShare.objects.create(program=program, code=shop.code, network="whatsapp")
    now = timezone.now()
    period = {
        "gte": (now - timedelta(days=1)).isoformat(),
        "lte": (now + timedelta(days=1)).isoformat(),
    }
    report = data(
        gql(
            REPORT,
            {"channel": CHANNEL, "period": period, "compare": True},
            make_staff(),
        )
    )["referralReport"]
    assert report["funnel"]["orders"] == 1
    assert report["funnel"]["sharesByNetwork"] == [{"network": "WHATSAPP", "count": 1}]
    assert report["money"]["firstOrderRevenue"] == {"amount": 100.0, "currency": "USD"}
    assert report["money"]["costs"] == {
        "advocateRewards": {"amount": 20.0},
        "friendDiscounts": {"amount": 15.0},
    }
    assert report["money"]["returnOnRewards"] == pytest.approx(2.86)
    assert report["money"]["repeatWindowDays"] == 180
    previous = report["previous"]
    assert previous["end"] == report["start"]
    assert previous["funnel"] == {"orders": 0, "rewarded": 0}
    assert previous["money"]["totalCost"] == {"amount": 0.0}


def test_the_report_needs_the_staff_permission(gql, program, advocate):
    for user in (None, advocate):
        result = gql(REPORT, {"channel": CHANNEL}, user)
        assert result.data["referralReport"] is None
        assert type(result.errors[0].original_error).__name__ == "PermissionDenied"


def test_bad_filters_get_coded_errors(gql, shop, program, commerce):
    staff = make_staff()
    commerce.add_channel("other", "EUR")
    other = sync_program(
        channel_slug="other", currency="EUR", settings=parse({}), active=True
    )
    now = timezone.now()
    theirs = Campaign.objects.create(
        program=other, name="Theirs", starts_at=now, ends_at=now + timedelta(days=1)
    )
    ours = Campaign.objects.create(
        program=program, name="Ours", starts_at=now, ends_at=now + timedelta(days=1)
    )
    cases = [
        (
            {
                "period": {
                    "gte": now.isoformat(),
                    "lte": (now - timedelta(days=1)).isoformat(),
                }
            },
            "PERIOD_INVERTED",
            "period",
        ),
        (
            {"campaign": to_global_id("ReferralCampaign", theirs.pk)},
            "OTHER_CHANNEL",
            "campaign",
        ),
        ({"tier": to_global_id("ReferralCampaign", ours.pk)}, "INVALID", "tier"),
        ({"contest": to_global_id("ReferralContest", 999999)}, "NOT_FOUND", "contest"),
        ({"campaign": "not an id"}, "INVALID", "campaign"),
        ({"compare": True}, "PERIOD_REQUIRED", "period"),
        ({"window": -1}, "OUT_OF_RANGE", "repeatWindowDays"),
    ]
    for arguments, code, field in cases:
        result = gql(REPORT, {"channel": CHANNEL, **arguments}, staff)
        assert result.data["referralReport"] is None
        assert _error(result) == {"code": code, "field": field}, arguments


def test_the_report_is_null_without_a_program(gql, db):
    assert data(gql(REPORT, {"channel": "nowhere"}, make_staff())) == {
        "referralReport": None
    }


def test_share_clicks_are_recorded_for_a_code_or_the_customer_own(
    gql, shop, program, advocate
):
    assert data(
        gql(
            SHARE,
            {"channel": CHANNEL, "network": "WHATSAPP", "code": shop.code.code.lower()},
        )
    )["referralShareTrack"] == {"errors": []}
    data(gql(SHARE, {"channel": CHANNEL, "network": "EMAIL"}, advocate))
    # An unknown code answers the same and records nothing.
    assert data(gql(SHARE, {"channel": CHANNEL, "network": "X", "code": "NOPE"}))[
        "referralShareTrack"
    ] == {"errors": []}
    assert sorted(ReferralShare.objects.values_list("code__code", "network")) == sorted(
        [(shop.code.code, "whatsapp"), (shop.code.code, "email")]
    )
    guest = data(gql(SHARE, {"channel": CHANNEL, "network": "X"}))
    assert guest["referralShareTrack"]["errors"] == [
        {
            "field": "code",
            "code": "REQUIRED",
            "message": "Give the code, or sign in to track your own.",
        }
    ]
    assert funnel(program).shares_by_network == {"email": 1, "whatsapp": 1}


def test_share_clicks_are_rate_limited(gql, shop, settings):
    settings.REFERRALS_RATE_LIMITS = {"share": (2, 60)}
    variables = {"channel": CHANNEL, "network": "X", "code": shop.code.code}
    for _ in range(2):
        assert data(gql(SHARE, variables))["referralShareTrack"]["errors"] == []
    errors = data(gql(SHARE, variables))["referralShareTrack"]["errors"]
    assert errors[0]["code"] == "THROTTLED"
    assert ReferralShare.objects.count() == 2


def test_the_summary_reads_the_daily_totals(gql, shop, program):
    shop.pay(shop.order(total="100.00"))
    rows = Reward.objects.filter(status=RewardStatus.ISSUED).count()
    assert rows == 1
    from saleor_referrals.analytics import program_summary

    with CaptureQueriesContext(connection) as queries:
        summary = program_summary(program, None, None)
    # The totals, then the cost lines outside the ledger (prizes, events, member
    # discounts): the full cost, as the report reads it.
    assert len(queries.captured_queries) == 5
    assert summary.counts["rewarded"] == 1
    assert summary.referred_revenue == Decimal("100.00")
    assert summary.reward_cost == Decimal("20.00")
    assert summary.full_cost == Decimal("20.00")


APPLY_WITH_NETWORK = """
mutation apply($id: ID!, $code: String!) {
  checkoutReferralCodeApply(id: $id, code: $code, network: TELEGRAM) {
    voucherCode errors { field code }
  }
}
"""


def test_the_landing_network_rides_on_the_checkout_to_the_referral(
    gql, shop, program, commerce, friend
):
    from saleor_referrals.commerce.memory import MemoryCheckout

    token = "c0ffee00-0000-0000-0000-000000000002"
    commerce.add_checkout(MemoryCheckout(token, CHANNEL, friend.pk, friend.email))
    checkout_id = to_global_id("Checkout", token)
    result = data(
        gql(APPLY_WITH_NETWORK, {"id": checkout_id, "code": shop.code.code}, friend)
    )
    assert result["checkoutReferralCodeApply"]["errors"] == []
    metadata = commerce.checkouts[token].metadata
    assert metadata == {"referral_code": shop.code.code, "referral_network": "telegram"}
    facts = shop.order(friend, network=metadata["referral_network"])
    assert Referral.objects.get(order_id=facts.order_id).network == "telegram"
    assert funnel(program, network="telegram").orders == 1


def test_the_repeat_order_check_of_an_unreferred_order_is_two_queries(shop):
    stranger = make_user("nobody@example.com")
    order = shop.plain_order(stranger)
    with CaptureQueriesContext(connection) as queries:
        assert convert_lead_task.delay(order.order_id).get() is None
    # In the task, never the request: the lead check (two queries and its
    # savepoint) and the referred-customer check (two: the order's repeat row, the
    # customer's earlier referral).
    assert len(queries.captured_queries) == 6
    assert (
        sum(
            "saleor_referrals_repeatorder" in q["sql"] for q in queries.captured_queries
        )
        == 1
    )


def test_a_campaign_compares_with_the_program_before_its_window(gql, shop, program):
    now = timezone.now()
    Referral.objects.create(
        program=program,
        code=shop.code,
        advocate=shop.code.user,
        source="code",
        order_id="before",
        order_total=Decimal("50"),
        currency="USD",
        status="rewarded",
        created_at=now - timedelta(days=3),
    )
    campaign = Campaign.objects.create(
        program=program,
        name="Boost",
        starts_at=now - timedelta(days=2),
        ends_at=now + timedelta(hours=1),
    )
    shop.pay(shop.order())
    shop.pay(shop.order())
    report = data(
        gql(
            REPORT,
            {
                "channel": CHANNEL,
                "compare": True,
                "campaign": to_global_id("ReferralCampaign", campaign.pk),
            },
            make_staff(),
        )
    )["referralReport"]
    assert report["funnel"]["orders"] == 2
    assert report["previous"]["funnel"] == {"orders": 1, "rewarded": 1}
    assert report["previous"]["end"] == report["start"]
    start = datetime.fromisoformat(report["start"])
    previous_start = datetime.fromisoformat(report["previous"]["start"])
    assert start - previous_start == campaign.ends_at - campaign.starts_at


def test_a_member_discount_is_a_cost_line_once_per_order(gql, shop, program, advocate):
    gold = Tier.objects.create(
        program=program,
        rank=1,
        name="Gold",
        min_referrals=1,
        member_discount_percent=Decimal("10"),
    )
    TierMembership.objects.create(
        program=program, advocate=advocate, tier=gold, member_code="GOLD-ADA"
    )
    member_order = OrderFacts(
        order_id="member-order",
        number="77",
        channel_slug=CHANNEL,
        currency="USD",
        total=Decimal("90.00"),
        paid=Decimal("90.00"),
        shopper=Shopper(advocate.pk, advocate.email),
        voucher_code="gold-ada",  # codes are matched in any case
        discount=Decimal("10.004"),
    )
    assert qualify_paid_order_task(member_order.to_json()) is None
    assert qualify_paid_order_task(member_order.to_json()) is None  # a retry
    use = MemberDiscountUse.objects.get()
    assert (use.tier, use.advocate, use.discount) == (gold, advocate, Decimal("10.00"))

    report = money(program)
    assert report.costs["member_discounts"] == Decimal("10.00")
    assert report.total_cost == Decimal("10.00")
    assert money(program, tier=gold).costs["member_discounts"] == Decimal("10.00")
    silver = Tier.objects.create(
        program=program, rank=0, name="Silver", min_referrals=0
    )
    assert money(program, tier=silver).costs["member_discounts"] == Decimal("0.00")
    assert money(program, network="whatsapp").costs["member_discounts"] == 0

    answer = gql(
        """query r($channel: String!) { referralReport(channel: $channel) {
             money { costs { memberDiscounts { amount currency } } totalCost { amount } }
           } }""",
        {"channel": CHANNEL},
        make_staff(),
    )
    assert not answer.errors, answer.errors
    costs = answer.data["referralReport"]["money"]
    assert costs["costs"]["memberDiscounts"] == {"amount": 10.0, "currency": "USD"}
    assert costs["totalCost"]["amount"] == 10.0
