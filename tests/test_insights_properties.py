"""Random event sequences against the daily totals (Hypothesis state machine).

Friends order (through codes or links, from share networks, with discounts),
orders are paid (also twice), rewards are released, orders are refunded or
cancelled, campaigns switch, advocates give rewards to a cause, friends sign up
and order again, advocates share and friends visit. After every step the daily
totals the triggers keep (compacted rows plus deltas, compacted at random steps)
equal a recount from the raw rows, day by day, and the
funnel and money read through them equal the same numbers read from raw rows only.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import UTC, timedelta
from decimal import Decimal

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from saleor_referrals import referrals, rewards
from saleor_referrals.campaigns.models import Campaign
from saleor_referrals.causes import donations
from saleor_referrals.causes.models import Cause
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.commerce import get_commerce
from saleor_referrals.commerce.memory import MemoryOrder
from saleor_referrals.config import parse
from saleor_referrals.facts import OrderFacts, Shopper
from saleor_referrals.insights.compaction import compact
from saleor_referrals.insights.funnel import funnel, funnel_from
from saleor_referrals.insights.models import (
    DailyDelta,
    DailyTotal,
    ReferralShare,
    RepeatOrder,
)
from saleor_referrals.insights.money import money
from saleor_referrals.insights.periods import Period
from saleor_referrals.insights.repeat import adjust_repeat_order, record_repeat_order
from saleor_referrals.insights.totals import raw_buckets
from saleor_referrals.models import (
    Referral,
    ReferralVisit,
    Reward,
    RewardKind,
    RewardStatus,
)
from saleor_referrals.programs import sync_program
from saleor_referrals.signups.service import attribute_signup

from .conftest import CHANNEL, make_user

REACHED: Counter[str] = Counter()
EXAMPLES = int(os.environ.get("INSIGHTS_EXAMPLES", "100"))
STEPS = 20
ADVOCATES = 3
NETWORKS = ["", "whatsapp", "telegram", "x"]


def _day(moment):
    return moment.astimezone(UTC).date()


def recount(program_id: int) -> dict[tuple, tuple]:
    """The daily totals, counted again in Python from every raw row."""
    totals: dict[tuple, list] = {}

    def add(key, n, orders=0, amount=Decimal(0), discount=Decimal(0), taken=0):
        row = totals.setdefault(key, [0, 0, Decimal(0), Decimal(0), Decimal(0)])
        row[0] += n
        row[1] += orders
        row[2] += amount
        row[3] += discount
        row[4] += Decimal(taken)

    for r in Referral.objects.filter(program_id=program_id):
        add(
            (
                _day(r.created_at),
                "referral",
                r.campaign_id or 0,
                r.network,
                r.source,
                r.status,
            ),
            1,
            int(r.order_total is not None),
            r.order_total or Decimal(0),
            r.friend_discount,
        )
    for w in Reward.objects.filter(program_id=program_id).select_related("referral"):
        referral = w.referral
        add(
            (
                _day(w.created_at),
                "reward",
                (referral.campaign_id or 0) if referral else 0,
                referral.network if referral else "",
                w.idempotency_key.split(":")[0],
                w.status,
            ),
            1,
            amount=w.amount,
            taken=w.revoked_amount,
        )
    for kind, model in (("visit", ReferralVisit), ("share", ReferralShare)):
        for click in model.objects.filter(program_id=program_id):
            add((_day(click.created_at), kind, 0, click.network, "", ""), 1)
    return {key: tuple(value) for key, value in totals.items() if value[0]}


def kept(program_id: int) -> dict[tuple, tuple]:
    """The daily totals as readers see them: compacted rows plus deltas."""
    totals: dict[tuple, list] = {}
    for model in (DailyTotal, DailyDelta):
        for row in model.objects.filter(program_id=program_id):
            key = (
                row.day,
                row.kind,
                row.campaign_id,
                row.network,
                row.category,
                row.status,
            )
            value = totals.setdefault(key, [0, 0, Decimal(0), Decimal(0), Decimal(0)])
            value[0] += row.n
            value[1] += row.orders
            value[2] += row.amount
            value[3] += row.discount
            value[4] += row.taken_back
    return {key: tuple(value) for key, value in totals.items() if value[0]}


class NumbersMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()
        self.shop = get_commerce()
        self.shop.reset()
        self.shop.add_channel(CHANNEL, "USD")
        self.orders: list[OrderFacts] = []
        self.users = 0
        self.campaign = None

    @initialize(
        reward_type=st.sampled_from(["voucher", "store_credit"]),
        hold_days=st.sampled_from(["0", "3"]),
        donate=st.sampled_from(["0", "2.50"]),
        signup_reward=st.sampled_from(["0", "4"]),
    )
    def configure(self, reward_type, hold_days, donate, signup_reward):
        self.program = sync_program(
            channel_slug=CHANNEL,
            currency="USD",
            settings=parse(
                {
                    "advocate_reward_type": reward_type,
                    "advocate_reward_value": "12.50",
                    "min_order_total": "20",
                    "hold_days": hold_days,
                    "new_customers_only": False,
                    "signup_reward_value": signup_reward,
                }
            ),
            active=True,
        )
        self.cause = Cause.objects.create(
            program=self.program,
            name="Trees",
            donate_per_referral=Decimal(donate),
        )
        self.codes = [
            get_or_create_code(self.program, self._user()) for _ in range(ADVOCATES)
        ]

    def _user(self):
        self.users += 1
        return make_user(f"user{self.users}@example.com")

    def _deliver(self, work):
        with transaction.atomic():
            return work()

    def _release_due(self):
        for reward_id in rewards.due_reward_ids():
            self._deliver(lambda reward_id=reward_id: rewards.release(reward_id))

    @rule(
        advocate=st.integers(0, ADVOCATES - 1),
        total=st.sampled_from(["10.00", "75.50", "120.00"]),
        via_link=st.booleans(),
        network=st.sampled_from(NETWORKS),
        discount=st.sampled_from(["0", "7.55"]),
        returning=st.sampled_from([False, False, True]),
        pay_now=st.booleans(),
    )
    def friend_orders(
        self, advocate, total, via_link, network, discount, returning, pay_now
    ):
        code = self.codes[advocate]
        if returning and self.orders:
            friend_id = self.orders[-1].shopper.user_id
            email = self.orders[-1].shopper.email
        else:
            user = self._user()
            friend_id, email = user.pk, user.email
        number = len(self.orders) + 1
        facts = OrderFacts(
            order_id=f"order-{number}",
            number=str(number),
            channel_slug=CHANNEL,
            currency="USD",
            total=Decimal(total),
            paid=Decimal(total),
            shopper=Shopper(friend_id, email),
            voucher_code="" if via_link else code.code,
            referral_code=code.code if via_link else "",
            discount=Decimal(discount),
            referral_network=network,
        )
        self.shop.add_order(MemoryOrder(facts.order_id, friend_id, email, CHANNEL))
        self.orders.append(facts)
        self._deliver(lambda: referrals.attribute_order(facts))
        if pay_now:
            self._pay(facts)

    @precondition(lambda self: self.orders)
    @rule(index=st.integers(1, 3), times=st.integers(1, 2))
    def order_paid(self, index, times):
        facts = self.orders[-min(index, len(self.orders))]
        for _ in range(times):
            self._pay(facts)

    def _pay(self, facts):
        """What the paid-order task does."""
        referral = self._deliver(lambda: referrals.qualify_paid_order(facts))
        if referral is None or referral.status == "rejected":
            self._deliver(lambda: record_repeat_order(facts))
        self._release_due()

    @precondition(lambda self: self.orders)
    @rule(
        index=st.integers(1, 3),
        reason=st.sampled_from(["order cancelled", "order fully refunded"]),
        left=st.sampled_from([None, Decimal("5.00")]),
        compact_after=st.booleans(),
    )
    def order_undone(self, index, reason, left, compact_after):
        facts = self.orders[-min(index, len(self.orders))]
        self._deliver(
            lambda: referrals.reverse_order(
                facts.order_id, reason, paid_after_refund=left
            )
        )
        self._deliver(lambda: adjust_repeat_order(facts.order_id, reason, left))
        if compact_after:
            self._compact()

    @precondition(lambda self: RepeatOrder.objects.filter(total__gt=0).exists())
    @rule(left=st.sampled_from([None, Decimal("5.00")]))
    def repeat_order_refunded(self, left):
        repeat = RepeatOrder.objects.filter(total__gt=0).first()
        reason = "order partially refunded" if left else "order fully refunded"
        self._deliver(lambda: adjust_repeat_order(repeat.order_id, reason, left))

    @rule(compact_after=st.booleans())
    def hold_period_passes(self, compact_after):
        Reward.objects.filter(status=RewardStatus.HELD).update(
            release_at=timezone.now() - timedelta(seconds=1)
        )
        self._release_due()
        if compact_after:
            self._compact()

    def _compact(self):
        compact()
        assert not DailyDelta.objects.exists()
        REACHED["compactions"] += 1

    @rule(days=st.integers(1, 3))
    def campaign_switches(self, days):
        now = timezone.now()
        if self.campaign is not None:
            self.campaign.ends_at = now
            self.campaign.save(update_fields=["ends_at"])
        self.campaign = Campaign.objects.create(
            program=self.program,
            name=f"Campaign {Campaign.objects.count() + 1}",
            starts_at=now,
            ends_at=now + timedelta(days=days),
        )
        REACHED["campaigns"] += 1

    @precondition(
        lambda self: Reward.objects.filter(
            kind__in=(RewardKind.VOUCHER, RewardKind.STORE_CREDIT),
            status__in=(RewardStatus.HELD, RewardStatus.ISSUED),
            referral__isnull=False,
        ).exists()
    )
    @rule()
    def advocate_donates(self):
        reward = Reward.objects.filter(
            kind__in=(RewardKind.VOUCHER, RewardKind.STORE_CREDIT),
            status__in=(RewardStatus.HELD, RewardStatus.ISSUED),
            referral__isnull=False,
        ).first()
        try:
            self._deliver(
                lambda: donations.donate_reward(reward.pk, self.cause, reward.recipient)
            )
            REACHED["donated"] += 1
        except donations.DonationError:
            REACHED["donation refused"] += 1

    @rule(advocate=st.integers(0, ADVOCATES - 1))
    def friend_signs_up(self, advocate):
        user = self._user()
        self._deliver(
            lambda: attribute_signup(user.pk, user.email, self.codes[advocate].code)
        )

    @rule(
        advocate=st.integers(0, ADVOCATES - 1),
        network=st.sampled_from(NETWORKS[1:]),
        visit=st.booleans(),
    )
    def advocate_shares(self, advocate, network, visit):
        code = self.codes[advocate]
        model = ReferralVisit if visit else ReferralShare
        model.objects.create(program=self.program, code=code, network=network)

    @invariant()
    def daily_totals_equal_a_recount(self):
        if not hasattr(self, "program"):
            return
        assert kept(self.program.pk) == recount(self.program.pk)

    @invariant()
    def numbers_read_through_them_equal_raw_numbers(self):
        if not hasattr(self, "program"):
            return
        now = timezone.now()
        for start, end in (
            (None, None),
            (now - timedelta(days=2), now + timedelta(hours=1)),
        ):
            fast = funnel(self.program, start=start, end=end)
            slow = funnel_from(
                Period(start, end), raw_buckets(self.program, [Period(start, end)])
            )
            assert fast == slow
        report = money(self.program)
        assert report.first_order_revenue >= 0
        assert report.total_cost >= 0

    @invariant()
    def note_what_was_reached(self):
        if not hasattr(self, "program"):
            return
        for status in set(Referral.objects.values_list("status", flat=True)):
            REACHED[f"referral {status}"] += 1
        for status in set(Reward.objects.values_list("status", flat=True)):
            REACHED[f"reward {status}"] += 1
        REACHED["repeat orders"] += RepeatOrder.objects.exists()
        REACHED["lowered repeat orders"] += RepeatOrder.objects.exclude(
            status_reason=""
        ).exists()

    def teardown(self):
        REACHED["sequences"] += 1
        transaction.set_rollback(True)
        self.atomic.__exit__(None, None, None)


@pytest.mark.django_db
def test_daily_totals_equal_a_recount_after_every_step(commerce):
    machine = NumbersMachine.TestCase
    machine.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=STEPS,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    machine().runTest()
    print(dict(REACHED))
    assert REACHED["sequences"] >= EXAMPLES
    for state in (
        "referral rewarded",
        "referral reversed",
        "referral rejected",
        "reward revoked",
        "reward cancelled",
        "campaigns",
        "compactions",
        "donated",
        "repeat orders",
        "lowered repeat orders",
    ):
        assert REACHED[state] > 0, (state, dict(REACHED))
