"""One definition of each program figure (`insights.figures`), the same wherever it
is shown: the visit-to-order rate compares link orders with visits, the summary's
and the report's return on rewards and full cost agree, a planned event costs
nothing until it starts, and months add up to their period (a Hypothesis state
machine on top of the numbers' one)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule

from saleor_referrals.analytics import program_summary
from saleor_referrals.campaigns.models import Contest, ContestPrize
from saleor_referrals.events.models import Event
from saleor_referrals.insights.funnel import funnel
from saleor_referrals.insights.models import ReferralShare, RepeatOrder
from saleor_referrals.insights.money import money
from saleor_referrals.models import Referral, ReferralVisit, Reward

from . import test_graphql
from .conftest import CHANNEL, make_staff
from .test_insights_numbers import shop  # noqa: F401 (fixture)
from .test_insights_properties import NumbersMachine

data, gql = test_graphql.data, test_graphql.gql


def test_visit_to_order_counts_the_orders_that_followed_a_visit(
    gql,
    shop,  # noqa: F811
    program,
):
    """Two visits, one order through the landing (its network recorded), three
    orders from codes typed at checkout: 50%, not 200%."""
    for network in ("whatsapp", "x"):
        ReferralVisit.objects.create(program=program, code=shop.code, network=network)
    shop.pay(shop.order(network="whatsapp"))
    for _ in range(3):
        shop.pay(shop.order())
    result = funnel(program)
    assert (result.visits, result.orders, result.link_orders) == (2, 4, 1)
    assert result.visit_to_order_rate == 0.5
    assert funnel(program, network="whatsapp").visit_to_order_rate == 1.0

    staff = make_staff()
    report = data(
        gql(
            """query($channel: String!) { referralReport(channel: $channel) {
              funnel { visits orders linkOrders visitToOrderRate } } }""",
            {"channel": CHANNEL},
            staff,
        )
    )["referralReport"]["funnel"]
    assert report == {
        "visits": 2,
        "orders": 4,
        "linkOrders": 1,
        "visitToOrderRate": 0.5,
    }


def test_an_order_through_the_link_itself_is_a_link_order(shop, program):  # noqa: F811
    ReferralVisit.objects.create(program=program, code=shop.code)
    shop.pay(shop.order(via_link=True))
    assert funnel(program).link_orders == 1
    assert funnel(program).visit_to_order_rate == 1.0


def _costly_program(shop, program, advocate):  # noqa: F811
    """Revenue with every kind of cost: rewards, friend discounts, a physical
    prize, an event that took place."""
    shop.pay(shop.order(total="100.00", discount="15"))
    shop.pay(shop.order(total="60.00", discount="9"))
    contest = Contest.objects.create(
        program=program,
        name="Sprint",
        starts_at=timezone.now() - timedelta(days=2),
        ends_at=timezone.now() - timedelta(days=1),
        state="decided",
        decided_at=timezone.now() - timedelta(hours=1),
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
        starts_at=timezone.now() - timedelta(hours=3),
        cost=Decimal("60"),
    )


SUMMARY_AND_REPORT = """query($channel: String!) {
  referralProgramSummary(channel: $channel) {
    referredRevenue { amount } fullCost { amount } returnOnRewards }
  referralReport(channel: $channel) {
    money { firstOrderRevenue { amount } totalCost { amount } returnOnRewards } }
}"""


def test_the_summary_and_the_report_agree_on_full_cost_and_return(
    gql,
    shop,  # noqa: F811
    program,
    advocate,
):
    _costly_program(shop, program, advocate)
    report = money(program)
    summary = program_summary(program, None, None)
    # 160 of revenue; 40 rewards + 24 discounts + 40 prize + 60 event = 164.
    assert report.total_cost == summary.full_cost == Decimal("164.00")
    assert summary.reward_cost == Decimal("40.00")  # the ledger, one line of it
    assert report.return_on_rewards == summary.return_on_rewards == Decimal("0.98")

    answer = data(gql(SUMMARY_AND_REPORT, {"channel": CHANNEL}, make_staff()))
    summary_json = answer["referralProgramSummary"]
    report_json = answer["referralReport"]["money"]
    assert summary_json["returnOnRewards"] == report_json["returnOnRewards"] == 0.98
    assert summary_json["fullCost"] == report_json["totalCost"] == {"amount": 164.0}
    assert summary_json["referredRevenue"] == report_json["firstOrderRevenue"]


def _month_start(moment: datetime, shift: int = 0) -> datetime:
    index = moment.year * 12 + moment.month - 1 + shift
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC)


def test_a_planned_event_costs_nothing_until_it_starts(program):
    """The overview's 30 days and this month's bar read the same rule: December's
    bar does not show a December event that has not happened yet."""
    now = timezone.now()
    this_month, next_month = _month_start(now), _month_start(now, 1)
    held = Event.objects.create(
        program=program,
        name="Held",
        capacity=5,
        starts_at=now - timedelta(minutes=5),
        cost=Decimal("20"),
    )
    Event.objects.create(
        program=program,
        name="Planned",
        capacity=5,
        starts_at=now + timedelta(minutes=5),
        cost=Decimal("150"),
    )
    last_30_days = money(program, start=now - timedelta(days=30), end=now)
    month = money(program, start=this_month, end=next_month)
    assert last_30_days.costs["event_costs"] == Decimal("20.00")
    assert month.costs["event_costs"] == Decimal("20.00")
    assert money(program).costs["event_costs"] == Decimal("20.00")
    assert program_summary(program, None, None).full_cost == Decimal("20.00")
    # Once it starts, it counts in its own period.
    Event.objects.filter(name="Planned").update(starts_at=now - timedelta(seconds=1))
    assert money(program, start=this_month, end=next_month).costs[
        "event_costs"
    ] == Decimal("170.00")
    assert held.cost == Decimal("20")


# --- the property: every figure agrees, months add up to their period -----------

EXAMPLES = int(os.environ.get("FIGURES_EXAMPLES", "12"))
STEPS = int(os.environ.get("FIGURES_STEPS", "12"))


class FiguresMachine(NumbersMachine):
    """The numbers' state machine, plus events (held or planned) and the clock
    moving: rows slide back in time so they spread over the months."""

    @rule(
        offset_days=st.integers(-70, 40),
        cost=st.sampled_from(["0", "35.00", "150.00"]),
    )
    def event_planned(self, offset_days, cost):
        if not hasattr(self, "program"):
            return
        Event.objects.create(
            program=self.program,
            name=f"Event {offset_days}",
            capacity=10,
            starts_at=timezone.now() + timedelta(days=offset_days, minutes=1),
            cost=Decimal(cost),
        )

    @rule(days=st.integers(1, 45))
    def time_passes(self, days):
        """Everything recorded so far happened `days` earlier."""
        if not hasattr(self, "program"):
            return
        back = timedelta(days=days)
        for model in (Referral, Reward):  # their triggers follow an update
            for row in model.objects.filter(program_id=self.program.pk):
                model.objects.filter(pk=row.pk).update(created_at=row.created_at - back)
        for model in (ReferralVisit, ReferralShare):  # only ever inserted
            clicks = list(model.objects.filter(program_id=self.program.pk))
            model.objects.filter(pk__in=[click.pk for click in clicks]).delete()
            for click in clicks:
                click.pk = None
                click.created_at -= back
            model.objects.bulk_create(clicks)
        for repeat in RepeatOrder.objects.filter(program_id=self.program.pk):
            RepeatOrder.objects.filter(pk=repeat.pk).update(
                referral_created_at=repeat.referral_created_at - back,
                placed_at=repeat.placed_at - back,
            )

    @invariant()
    def months_add_up_and_the_summary_agrees(self):
        if not hasattr(self, "program"):
            return
        now = timezone.now()
        bounds = [_month_start(now, shift) for shift in range(-5, 2)]
        whole = money(self.program, start=bounds[0], end=bounds[-1])
        months = [
            money(self.program, start=start, end=end)
            for start, end in zip(bounds, bounds[1:], strict=False)
        ]
        assert sum((m.total_cost for m in months), Decimal(0)) == whole.total_cost
        assert (
            sum((m.first_order_revenue for m in months), Decimal(0))
            == whole.first_order_revenue
        )
        for line in whole.costs:
            assert sum((m.costs[line] for m in months), Decimal(0)) == whole.costs[line]
        for start, end in ((bounds[0], bounds[-1]), (None, None)):
            report = money(self.program, start=start, end=end)
            summary = program_summary(self.program, start, end)
            assert summary.full_cost == report.total_cost
            assert summary.referred_revenue == report.first_order_revenue
            assert summary.return_on_rewards == report.return_on_rewards
        # The future holds no cost: nothing after now is counted.
        assert money(self.program, start=now + timedelta(minutes=2)).total_cost == 0
        result = funnel(self.program)
        assert result.link_orders <= result.orders
        if result.visit_to_order_rate is not None:
            assert result.visit_to_order_rate == round(
                result.link_orders / result.visits, 4
            )


@pytest.mark.django_db
def test_every_figure_agrees_and_months_add_up_to_their_period(commerce):
    machine = FiguresMachine.TestCase
    machine.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=STEPS,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        phases=(Phase.explicit, Phase.reuse, Phase.generate),  # no slow shrinking
    )
    machine().runTest()
