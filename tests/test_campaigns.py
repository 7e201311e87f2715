"""Campaigns: the switch on the friend voucher, stamping, precedence, landing."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from saleor_referrals import referrals, rewards
from saleor_referrals.benefits import advocate_reward_amount
from saleor_referrals.campaigns import switch
from saleor_referrals.campaigns.models import (
    Campaign,
    CampaignState,
    CampaignSwitch,
    CampaignSwitchKind,
)
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.config import parse
from saleor_referrals.models import Reward, RewardSide
from saleor_referrals.programs import sync_program

from .campaigns_helpers import VoucherWrites, schedule
from .conftest import CHANNEL, make_user
from .race import race
from .tiers_helpers import add_tier, silver


def friend_voucher(commerce, program):
    program.refresh_from_db()
    return commerce.vouchers[program.friend_voucher_id]


def test_start_and_end_switch_the_friend_voucher_and_record_why(program, commerce):
    campaign = schedule(
        program,
        start_in=timedelta(minutes=-1),
        length=timedelta(hours=1),
        friend_min_spent=Decimal("40"),
    )
    assert friend_voucher(commerce, program).value == Decimal("15")

    assert switch.switch_all() == 1
    voucher = friend_voucher(commerce, program)
    assert (voucher.discount_type, voucher.value, voucher.min_spent) == (
        "percentage",
        Decimal("25"),
        Decimal("40"),
    )
    campaign.refresh_from_db()
    assert campaign.state == CampaignState.LIVE
    assert switch.switch_all() == 0  # nothing due: no second write

    assert switch.switch_all(now=campaign.ends_at) == 1
    voucher = friend_voucher(commerce, program)
    assert (voucher.value, voucher.min_spent) == (Decimal("15"), None)
    campaign.refresh_from_db()
    assert campaign.state == CampaignState.ENDED
    kinds = [s.kind for s in campaign.switches.all()]
    assert kinds == [CampaignSwitchKind.START, CampaignSwitchKind.END]
    assert "window opened" in campaign.switches.first().reason


def test_a_window_missed_entirely_is_skipped_with_a_reason(
    program, commerce, monkeypatch
):
    campaign = schedule(
        program, start_in=timedelta(hours=-3), length=timedelta(hours=1)
    )
    writes = VoucherWrites(commerce, monkeypatch)
    switch.switch_all()
    campaign.refresh_from_db()
    assert campaign.state == CampaignState.ENDED
    skipped = campaign.switches.get()
    assert skipped.kind == CampaignSwitchKind.SKIPPED
    assert "never put on the voucher" in skipped.reason
    assert friend_voucher(commerce, program).value == Decimal("15")
    assert writes.specs == []


def test_back_to_back_campaigns_hand_over_in_one_run(program, commerce):
    first = schedule(program, start_in=timedelta(hours=-2), length=timedelta(hours=1))
    second = schedule(
        program,
        name="Summer",
        start_in=timedelta(hours=-1),
        length=timedelta(hours=2),
        friend_discount_type="fixed",
        friend_discount_value=Decimal("7"),
    )
    switch.switch_program(program.pk, now=first.starts_at + timedelta(minutes=1))
    switch.switch_program(program.pk)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == (CampaignState.ENDED, CampaignState.LIVE)
    voucher = friend_voucher(commerce, program)
    assert (voucher.discount_type, voucher.value) == ("fixed", Decimal("7"))


def test_saving_settings_during_a_live_campaign_keeps_its_offer(
    program, commerce, program_settings
):
    schedule(program, start_in=timedelta(minutes=-1), length=timedelta(hours=1))
    switch.switch_all()
    sync_program(
        channel_slug=CHANNEL,
        currency="USD",
        settings=parse({**program_settings, "friend_discount_value": "12"}),
        active=True,
    )
    program.refresh_from_db()
    assert program.friend_discount_value == Decimal("12")
    assert friend_voucher(commerce, program).value == Decimal("25")
    switch.switch_all(now=timezone.now() + timedelta(hours=2))
    assert friend_voucher(commerce, program).value == Decimal("12")


@pytest.fixture
def transactional_program(transactional_db, configure, program_settings):
    return configure(**program_settings)


def test_eight_beat_runs_switch_once_each_way(
    transactional_program, commerce, monkeypatch
):
    program = transactional_program
    campaign = schedule(
        program, start_in=timedelta(seconds=-1), length=timedelta(minutes=30)
    )
    writes = VoucherWrites(commerce, monkeypatch)

    assert race(switch.switch_all) == []
    assert len(writes.specs) == 1 and writes.specs[0].value == Decimal("25")
    assert race(lambda: switch.switch_all(now=campaign.ends_at)) == []
    assert len(writes.specs) == 2 and writes.specs[1].value == Decimal("15")
    assert CampaignSwitch.objects.filter(campaign=campaign).count() == 2
    assert friend_voucher(commerce, program).value == Decimal("15")


def test_a_referral_attributed_a_second_before_the_end_keeps_the_campaign_reward(
    configure, program_settings, order_facts, django_capture_on_commit_callbacks
):
    program = configure(**{**program_settings, "hold_days": "0"})
    campaign = schedule(
        program, start_in=timedelta(hours=-1), length=timedelta(hours=1, seconds=1)
    )
    switch.switch_all()
    code = get_or_create_code(program, make_user("ada@example.com"))
    facts = order_facts(make_user("bob@example.com"), voucher_code=code.code)
    referral = referrals.attribute_order(facts)
    assert referral.campaign_id == campaign.pk
    assert campaign.ends_at - referral.created_at <= timedelta(seconds=1)

    # The campaign ends before the friend pays and before the reward is released.
    switch.switch_all(now=campaign.ends_at)
    with django_capture_on_commit_callbacks(execute=True):
        referrals.qualify_paid_order(facts)
    reward = Reward.objects.get(referral=referral, side=RewardSide.ADVOCATE)
    assert reward.status == "issued"
    assert reward.amount == Decimal("40.00")  # 20 x 2
    assert "campaign Spring x2" in reward.status_changes.first().reason


def test_a_referral_after_the_end_gets_the_program_reward(
    configure, program_settings, order_facts, django_capture_on_commit_callbacks
):
    program = configure(**{**program_settings, "hold_days": "0"})
    schedule(program, start_in=timedelta(hours=-2), length=timedelta(hours=1))
    code = get_or_create_code(program, make_user("ada@example.com"))
    facts = order_facts(make_user("bob@example.com"), voucher_code=code.code)
    with django_capture_on_commit_callbacks(execute=True):
        referral = referrals.qualify_paid_order(facts)
    assert referral.campaign_id is None
    assert Reward.objects.get(referral=referral).amount == Decimal("20.00")


def test_precedence_program_then_campaign_then_tier(program, advocate):
    from saleor_referrals.tiers.models import TierMembership

    doubled = schedule(program, start_in=timedelta(hours=-1), length=timedelta(hours=2))
    flat = Campaign(
        program=program,
        name="Flat",
        advocate_reward_amount=Decimal("30"),
    )
    assert advocate_reward_amount(program, advocate.pk) == (Decimal("20.00"), "")
    assert advocate_reward_amount(program, advocate.pk, doubled)[0] == Decimal("40.00")
    assert advocate_reward_amount(program, advocate.pk, flat)[0] == Decimal("30.00")

    tier = add_tier(program, silver(reward_multiplier=Decimal("1.5")))
    TierMembership.objects.create(program=program, advocate=advocate, tier=tier)
    amount, note = advocate_reward_amount(program, advocate.pk, doubled)
    assert amount == Decimal("60.00")  # 20 x 2 x 1.5
    assert note == "campaign Spring x2; Silver tier reward x1.5"

    tier.reward_multiplier, tier.reward_fixed = None, Decimal("35")
    tier.save()
    # A tier's fixed reward replaces the default; during a campaign the larger wins.
    assert advocate_reward_amount(program, advocate.pk)[0] == Decimal("35.00")
    assert advocate_reward_amount(program, advocate.pk, doubled)[0] == Decimal("40.00")
    assert advocate_reward_amount(program, advocate.pk, flat)[0] == Decimal("35.00")


def test_held_reward_keeps_its_campaign_amount_when_released_later(
    configure, program_settings, order_facts
):
    program = configure(**{**program_settings, "hold_days": "14"})
    campaign = schedule(
        program, start_in=timedelta(hours=-1), length=timedelta(hours=2)
    )
    code = get_or_create_code(program, make_user("ada@example.com"))
    facts = order_facts(make_user("bob@example.com"), voucher_code=code.code)
    referral = referrals.qualify_paid_order(facts)
    switch.switch_all(now=campaign.ends_at)
    reward = Reward.objects.get(referral=referral)
    Reward.objects.filter(pk=reward.pk).update(release_at=timezone.now())
    assert rewards.release(reward.pk).amount == Decimal("40.00")
