"""Tier e-mails: promoted (with perks), at risk, milestone reached; once each."""

from decimal import Decimal

import pytest
from django.core import mail

from saleor_referrals import referrals
from saleor_referrals.emails.models import EmailLog
from saleor_referrals.emails.tasks import email_tier_change_task
from saleor_referrals.tiers import ladder
from saleor_referrals.tiers.models import TierChange, TierChangeKind, TierMembership

from .tiers_helpers import ACTOR, add_tier, converting, silver


@pytest.fixture
def convert(order_facts, program, advocate, django_capture_on_commit_callbacks):
    return converting(
        order_facts, program, advocate, django_capture_on_commit_callbacks
    )


def sent(kind: str) -> list:
    subjects = set(
        EmailLog.objects.filter(kind=kind, status="sent").values_list(
            "subject", flat=True
        )
    )
    return [message for message in mail.outbox if message.subject in subjects]


def test_promotion_e_mail_lists_the_perks_and_the_member_code(
    program, advocate, convert
):
    add_tier(
        program,
        silver(
            reward_multiplier=Decimal("1.5"),
            member_discount_percent=Decimal("10"),
            entry_reward_kind="store_credit",
            entry_reward_value=Decimal("5"),
        ),
    )
    convert(2)
    [message] = sent("tier_promoted")
    assert message.subject == "Welcome to Silver"
    member = TierMembership.objects.get(advocate=advocate)
    assert member.member_code in message.body
    assert "1.5 times the reward for every friend who orders" in message.body
    assert "10% off your own orders with your member code" in message.body
    assert "A welcome gift: $5.00 in store credit" in message.body
    change = TierChange.objects.get(kind=TierChangeKind.PROMOTED)
    assert email_tier_change_task.delay(change.pk).get() == "duplicate"
    assert len(sent("tier_promoted")) == 1


def test_promotion_e_mail_in_persian_is_right_to_left(
    program, advocate, convert, speaks
):
    speaks(advocate, "fa")
    add_tier(program, silver(name_translations={"fa": "نقره‌ای"}))
    convert(2)
    [message] = sent("tier_promoted")
    assert message.subject == "به نقره‌ای خوش آمدید"
    html = message.alternatives[0][0]
    assert 'dir="rtl"' in html and "نقره‌ای" in html


def test_at_risk_e_mail_names_the_date(
    program, advocate, convert, django_capture_on_commit_callbacks
):
    add_tier(program, silver())
    facts = convert(2)
    with django_capture_on_commit_callbacks(execute=True):
        referrals.reverse_order(facts[0].order_id, "order cancelled")
    [message] = sent("tier_at_risk")
    member = TierMembership.objects.get(advocate=advocate)
    assert message.subject == "Keep your Silver perks"
    assert f"{member.demote_after:%B} {member.demote_after.day}, " in message.body
    assert "Friends still needed to stay: 1" in message.body


def test_milestone_e_mail_mentions_the_bonus(program, advocate, convert):
    ladder.create_milestone(
        program,
        ladder.MilestoneSpec(
            slug="two",
            name="Two friends",
            referrals=2,
            bonus_kind="voucher",
            bonus_value=Decimal("10"),
        ),
        actor=ACTOR,
    )
    convert(2)
    [message] = sent("milestone_reached")
    assert message.subject == "New badge: Two friends"
    assert "you also get a $10.00 voucher" in message.body


def test_no_tier_e_mails_when_status_e_mails_are_off(
    configure,
    program_settings,
    advocate,
    order_facts,
    django_capture_on_commit_callbacks,
):
    program = configure(**program_settings, status_emails=False)
    add_tier(program, silver())
    converting(order_facts, program, advocate, django_capture_on_commit_callbacks)(2)
    assert TierMembership.objects.get(advocate=advocate).tier is not None
    assert not EmailLog.objects.filter(kind__startswith="tier").exists()


def test_placement_without_back_pay_sends_no_reversal_and_no_gift(
    program, advocate, convert, django_capture_on_commit_callbacks
):
    convert(2)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        ladder.create_tier(
            program,
            silver(entry_reward_kind="voucher", entry_reward_value=Decimal("5")),
            actor=ACTOR,
        )
    assert not EmailLog.objects.filter(kind="reward_reversed").exists()
    [message] = sent("tier_promoted")
    assert "welcome gift" not in message.body
