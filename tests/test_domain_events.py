"""The core's events and the wings' registry (DESIGN §9): typed events handed to
subscribers in or after the transaction, and what a program has configured kept by
the wings' own saves, so a wing with nothing configured costs no query."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from saleor_referrals import domain_events, registry
from saleor_referrals.benefits import advocate_reward_amount
from saleor_referrals.causes.models import Cause
from saleor_referrals.domain_events import DonationIssued, MilestoneReached
from saleor_referrals.models import ReferralProgram

from .campaigns_helpers import schedule
from .tiers_helpers import add_tier, silver


def test_every_event_is_a_frozen_dataclass_declared_once():
    for event_type in domain_events.ALL_EVENTS:
        assert event_type.__dataclass_params__.frozen, event_type
    assert len(set(domain_events.ALL_EVENTS)) == len(domain_events.ALL_EVENTS)

    class Undeclared(domain_events.DomainEvent):
        pass

    with pytest.raises(ValueError):
        domain_events.subscribe(Undeclared, lambda event: None)


@pytest.mark.django_db(transaction=True)
def test_in_transaction_subscribers_run_at_once_the_others_after_commit():
    seen: list[str] = []

    def now(event: MilestoneReached) -> None:
        seen.append(f"now {event.badge_id}")

    def later(event: MilestoneReached) -> None:
        seen.append(f"later {event.badge_id}")

    domain_events.subscribe(MilestoneReached, now, in_transaction=True)
    domain_events.subscribe(MilestoneReached, later)
    try:
        with transaction.atomic():
            domain_events.publish(MilestoneReached(badge_id=1))
            assert seen == ["now 1"]
        assert seen == ["now 1", "later 1"]
        with pytest.raises(RuntimeError), transaction.atomic():
            domain_events.publish(MilestoneReached(badge_id=2))
            raise RuntimeError("rolled back")
        assert seen == ["now 1", "later 1", "now 2"]  # nothing after a rollback
    finally:
        domain_events.unsubscribe(MilestoneReached, now)
        domain_events.unsubscribe(MilestoneReached, later)


def test_a_committed_step_runs_its_after_commit_subscribers_in_its_own_block(db):
    seen: list[int] = []

    def later(event: DonationIssued) -> None:
        seen.append(event.reward_id)

    domain_events.subscribe(DonationIssued, later)
    try:
        # Inside the test's transaction nothing commits: only `committed` runs it.
        domain_events.publish(DonationIssued(reward_id=7), committed=True)
        assert seen == [7]
    finally:
        domain_events.unsubscribe(DonationIssued, later)


def test_background_marks_only_its_block():
    assert not domain_events.in_background()
    with domain_events.background():
        assert domain_events.in_background()
    assert not domain_events.in_background()


def test_a_program_with_nothing_configured_asks_no_wing(program, advocate):
    assert program.configured_wings == []
    with CaptureQueriesContext(connection) as queries:
        assert advocate_reward_amount(program, advocate.pk) == (Decimal("20.00"), "")
        assert registry.campaign_at(program, timezone.now()) is None
    assert len(queries) == 0


def test_saves_of_tiers_campaigns_and_causes_keep_the_configured_wings(program):
    tier = add_tier(program, silver(reward_multiplier=Decimal("1.5")))
    campaign = schedule(
        program, start_in=timedelta(hours=-1), length=timedelta(hours=2)
    )
    cause = Cause.objects.create(
        program=program, name="Trees", donate_per_referral=Decimal("1")
    )
    stored = ReferralProgram.objects.get(pk=program.pk).configured_wings
    assert sorted(stored) == ["campaigns", "causes", "tiers"]
    assert sorted(program.configured_wings) == sorted(stored)  # the caller's copy

    cause.is_active = False
    cause.save()
    campaign.delete()
    tier.delete()
    assert ReferralProgram.objects.get(pk=program.pk).configured_wings == []


def test_an_unknown_configuration_asks_every_wing(program):
    ReferralProgram.objects.filter(pk=program.pk).update(configured_wings=None)
    program.refresh_from_db()
    assert registry.configured(program, "tiers")
    assert registry.refresh_configured(program.pk) == []
