"""Contests: counting converted referrals, ranking, the seeded draw, prizes once."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from saleor_referrals import referrals
from saleor_referrals.campaigns import contests
from saleor_referrals.campaigns.errors import CampaignError
from saleor_referrals.campaigns.models import ContestPrize, ContestState
from saleor_referrals.campaigns.tasks import decide_contests_task
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.models import Referral, Reward, RewardStatus

from .conftest import make_user
from .race import race

PRIZES = [
    contests.PrizeSpec("rank", "store_credit", Decimal("50")),
    contests.PrizeSpec("rank", "voucher", Decimal("20")),
    contests.PrizeSpec("draw", "physical", description="A bicycle"),
]


def new_contest(program, *, prizes=PRIZES, min_referrals=1, **window):
    now = timezone.now()
    spec = contests.ContestSpec(
        name="Spring challenge",
        name_translations={"fa": "چالش بهاری"},
        starts_at=window.get("starts_at", now - timedelta(days=10)),
        ends_at=window.get("ends_at", now + timedelta(seconds=5)),
        min_referrals=min_referrals,
        prizes=[contests.PrizeSpec(**vars(p)) for p in prizes],
    )
    return contests.create_contest(program, spec)


@pytest.fixture
def instant(configure, program_settings):
    """hold_days=0: a paid referral converts (and is released) at once."""
    return configure(**{**program_settings, "hold_days": "0"})


@pytest.fixture
def bring(order_facts, django_capture_on_commit_callbacks):
    counter = iter(range(1, 10_000))

    def bring(program, advocate, n=1, total="100.00"):
        code = get_or_create_code(program, advocate)
        for _ in range(n):
            friend = make_user(f"f{next(counter)}-{advocate.pk}@example.com")
            facts = order_facts(friend, voucher_code=code.code, total=total)
            with django_capture_on_commit_callbacks(execute=True):
                referrals.qualify_paid_order(facts)

    return bring


def test_rank_prizes_follow_converted_referrals_and_ties_go_to_the_first(
    instant, bring, django_capture_on_commit_callbacks
):
    ada, bob, cy = (
        make_user(f"{n}@example.com", n.title()) for n in ("ada", "bob", "cy")
    )
    contest = new_contest(instant)
    bring(instant, bob, 2)
    bring(instant, ada, 2)  # same count as Bob, reached later
    bring(instant, cy, 1)
    with django_capture_on_commit_callbacks(execute=True):
        decision = contests.decide(
            contest.pk, actor="staff@example.com", now=contest.ends_at, seed="s1"
        )
    drawn = ContestPrize.objects.get(contest=contest, method="draw")
    # The rank winners leave the pool: Cy is the only one left to draw.
    assert (drawn.winner_id, drawn.winner_referrals) == (cy.pk, 1)
    ranked = ContestPrize.objects.filter(contest=contest, method="rank").order_by(
        "position"
    )
    assert [p.winner_id for p in ranked] == [bob.pk, ada.pk]
    contest.refresh_from_db()
    assert contest.state == ContestState.DECIDED and contest.seed == "s1"
    assert contest.entrants == 3
    assert contest.prize_cost == Decimal("70.000")
    assert contest.referred_revenue == Decimal("500.00")
    # Money prizes are ledger rows, released by the ledger.
    keys = {r.idempotency_key: r for r in decision.rewards}
    assert set(keys) == {
        f"contest:{contest.pk}:prize:rank:1",
        f"contest:{contest.pk}:prize:rank:2",
    }
    assert all(
        Reward.objects.get(pk=r.pk).status == RewardStatus.ISSUED
        for r in decision.rewards
    )
    subjects = sorted(m.subject for m in mail.outbox if "prize" in m.subject)
    assert len(subjects) == 3 and "Spring challenge" in subjects[0]


def test_a_referral_refunded_inside_its_hold_does_not_count(
    configure, program_settings, bring
):
    program = configure(**{**program_settings, "hold_days": "14"})
    ada = make_user("ada@example.com")
    contest = new_contest(program)
    bring(program, ada, 2)
    # Neither has survived the hold yet: qualified is not converted.
    assert contests.standings(contest) == []
    first, second = Referral.objects.order_by("pk")
    referrals.reverse_order(first.order_id, "refunded")
    Referral.objects.filter(pk=second.pk).update(status="approved")
    [entry] = contests.standings(contest)
    assert (entry.advocate_id, entry.referrals) == (ada.pk, 1)


def test_referrals_outside_the_window_and_under_the_threshold_do_not_enter(
    instant, bring
):
    ada, bob = make_user("ada@example.com"), make_user("bob@example.com")
    bring(instant, ada, 3)
    contest = new_contest(instant, min_referrals=2, starts_at=timezone.now())
    bring(instant, ada, 1)
    bring(instant, bob, 2)
    entries = contests.standings(contest)
    assert [(e.advocate_id, e.referrals) for e in entries] == [(bob.pk, 2), (ada.pk, 1)]
    contests.decide(contest.pk, actor="staff", now=contest.ends_at)
    contest.refresh_from_db()
    assert contest.entrants == 1
    winners = list(contest.prizes.values_list("winner_id", flat=True))
    assert winners.count(bob.pk) == 1 and ada.pk not in winners


def test_the_same_seed_reproduces_the_same_draw():
    entrants = [(advocate_id, advocate_id % 5 + 1) for advocate_id in range(1, 40)]
    first = contests.draw(entrants, "8f1c2a", 5)
    assert first == contests.draw(list(reversed(entrants)), "8f1c2a", 5)
    assert len(set(first)) == 5
    others = {tuple(contests.draw(entrants, f"seed-{n}", 5)) for n in range(10)}
    assert len(others) > 1  # the seed matters


def test_draw_is_weighted_by_converted_referrals():
    wins = {1: 0, 2: 0}
    for n in range(400):
        wins[contests.draw([(1, 9), (2, 1)], f"s{n}", 1)[0]] += 1
    assert wins[1] > 3 * wins[2]


def test_prizes_are_paid_once_when_eight_workers_decide(
    transactional_db, configure, program_settings, order_facts, commerce
):
    program = configure(**{**program_settings, "hold_days": "0"})
    ada = make_user("ada@example.com")
    code = get_or_create_code(program, ada)
    contest = new_contest(program)
    referrals.qualify_paid_order(
        order_facts(make_user("bob@example.com"), voucher_code=code.code)
    )

    def decide():
        decision = contests.decide(contest.pk, actor="task", now=contest.ends_at)
        from saleor_referrals import rewards

        for reward in decision.rewards:
            rewards.release(reward.pk)

    assert race(decide) == []
    contest_rewards = Reward.objects.filter(
        idempotency_key__startswith=f"contest:{contest.pk}:"
    )
    assert contest_rewards.count() == 1  # one entrant: the first rank prize
    reward = contest_rewards.get()
    assert (reward.status, reward.amount) == (RewardStatus.ISSUED, Decimal("50.00"))
    assert commerce.wallet_balance(reward.gift_card_id) == Decimal("50.00")


def test_contest_cannot_be_decided_before_its_end(instant):
    contest = new_contest(instant, ends_at=timezone.now() + timedelta(days=1))
    with pytest.raises(CampaignError) as error:
        contests.decide(contest.pk, actor="staff")
    assert error.value.code == "not_decidable"
    contest.refresh_from_db()
    assert contest.state == ContestState.OPEN


def test_task_decides_after_the_end_plus_the_hold(configure, program_settings):
    program = configure(**{**program_settings, "hold_days": "2"})
    now = timezone.now()
    waiting = new_contest(
        program, starts_at=now - timedelta(days=5), ends_at=now - timedelta(days=1)
    )
    due = new_contest(
        program, starts_at=now - timedelta(days=9), ends_at=now - timedelta(days=3)
    )
    assert contests.due_contest_ids() == [due.pk]
    assert decide_contests_task.delay().get() == 1
    assert decide_contests_task.delay().get() == 0
    waiting.refresh_from_db()
    due.refresh_from_db()
    assert (waiting.state, due.state) == (ContestState.OPEN, ContestState.DECIDED)
    assert due.decided_by == "contest task"
    assert due.prizes.filter(winner__isnull=False).count() == 0


def test_physical_prize_fulfilment_is_marked_once(instant, bring):
    ada = make_user("ada@example.com")
    contest = new_contest(instant)
    bring(instant, ada)
    contests.decide(contest.pk, actor="staff", now=contest.ends_at)
    bicycle = ContestPrize.objects.get(contest=contest, kind="physical")
    assert bicycle.winner_id is None  # Ada took the rank prize; no one left to draw
    with pytest.raises(CampaignError):
        contests.mark_fulfilled(bicycle.pk, actor="staff", note="")
    credit = ContestPrize.objects.get(contest=contest, position=1, method="rank")
    with pytest.raises(CampaignError):
        contests.mark_fulfilled(credit.pk, actor="staff", note="")


def test_winner_of_a_physical_prize_is_marked_fulfilled(instant, bring):
    ada = make_user("ada@example.com")
    contest = new_contest(
        instant,
        prizes=[contests.PrizeSpec("draw", "physical", Decimal("300"), "A bike")],
    )
    bring(instant, ada)
    contests.decide(contest.pk, actor="staff", now=contest.ends_at)
    bike = ContestPrize.objects.get(contest=contest)
    assert bike.winner_id == ada.pk and bike.reward is None
    contests.mark_fulfilled(bike.pk, actor="staff@example.com", note="shipped DHL 42")
    bike.refresh_from_db()
    assert bike.fulfilled_by == "staff@example.com" and bike.fulfilled_at is not None
    with pytest.raises(CampaignError):
        contests.mark_fulfilled(bike.pk, actor="staff", note="again")
    contest.refresh_from_db()
    assert contest.prize_cost == Decimal("300.000")
