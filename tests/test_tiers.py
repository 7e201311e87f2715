"""Tiers and milestones: promotion, grace and demotion, entry rewards, badges."""

from datetime import UTC, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from saleor_referrals import referrals
from saleor_referrals.models import Referral, Reward, RewardStatus
from saleor_referrals.tiers import ladder, sweeps
from saleor_referrals.tiers.counting import (
    converted_referrals,
    referrals_counting_toward_cap,
)
from saleor_referrals.tiers.errors import TierError, TierErrorCode
from saleor_referrals.tiers.evaluation import evaluate
from saleor_referrals.tiers.models import (
    Badge,
    Milestone,
    Tier,
    TierChange,
    TierChangeKind,
    TierMembership,
    TierPlacementRun,
)

from .conftest import make_user
from .tiers_helpers import ACTOR, add_tier, converting, gold, silver


@pytest.fixture
def convert(order_facts, program, advocate, django_capture_on_commit_callbacks):
    return converting(
        order_facts, program, advocate, django_capture_on_commit_callbacks
    )


def membership(program, advocate) -> TierMembership:
    return TierMembership.objects.select_related("tier").get(
        program=program, advocate=advocate
    )


def kinds(program, advocate) -> list[str]:
    return list(
        TierChange.objects.filter(
            membership__program=program, membership__advocate=advocate
        ).values_list("kind", flat=True)
    )


def test_a_converted_referral_is_approved_or_rewarded(program, advocate, convert):
    facts = convert(2)
    assert converted_referrals(advocate.pk, program.pk) == 2
    referrals.reverse_order(facts[0].order_id, "order cancelled")
    assert converted_referrals(advocate.pk, program.pk) == 1
    # The cap also counts qualified referrals (reward on hold), and no reversed one.
    assert referrals_counting_toward_cap(advocate.pk, program.pk) == 1


def test_promotion_as_soon_as_a_referral_converts(program, advocate, convert, commerce):
    add_tier(
        program,
        silver(
            entry_reward_kind="store_credit",
            entry_reward_value=Decimal("5"),
            member_discount_percent=Decimal("10"),
        ),
    )
    convert(1)
    assert membership(program, advocate).tier is None
    convert(1)
    member = membership(program, advocate)
    assert member.tier.name == "Silver"
    assert kinds(program, advocate) == [TierChangeKind.PROMOTED]
    entry = Reward.objects.get(idempotency_key__startswith="tier-entry:")
    assert entry.status == RewardStatus.ISSUED
    assert entry.amount == Decimal("5.00") and entry.referral is None
    assert commerce.wallet_balance(entry.gift_card_id) == Decimal("5.00")
    tier = Tier.objects.get()
    assert list(commerce.vouchers[tier.member_voucher_id].codes) == [member.member_code]
    assert commerce.vouchers[tier.member_voucher_id].value == Decimal("10")


def test_a_jump_lands_on_the_highest_tier_earned(program, advocate, convert):
    add_tier(program, silver())
    add_tier(program, gold(min_referrals=3))
    convert(3)
    # Evaluated after each conversion: Silver at 2, Gold at 3.
    assert membership(program, advocate).tier.name == "Gold"
    assert kinds(program, advocate) == [TierChangeKind.PROMOTED] * 2


def test_tier_multiplier_and_fixed_reward(program, advocate, convert):
    add_tier(program, silver(reward_multiplier=Decimal("1.5")))
    convert(3)
    amounts = sorted(
        Reward.objects.filter(referral__isnull=False).values_list("amount", flat=True)
    )
    # Program reward 20; the third friend converts after the promotion at two.
    assert amounts == [Decimal("20.00"), Decimal("20.00"), Decimal("30.00")]
    Tier.objects.update(reward_multiplier=None, reward_fixed=Decimal("7.5"))
    convert(1)
    latest = Reward.objects.filter(referral__isnull=False).order_by("-pk").first()
    assert latest.amount == Decimal("7.50")
    assert "Silver tier reward" in latest.status_changes.first().reason


def test_reversal_starts_grace_then_the_sweep_demotes(
    program, advocate, convert, commerce, django_capture_on_commit_callbacks
):
    add_tier(
        program,
        silver(
            entry_reward_kind="voucher",
            entry_reward_value=Decimal("5"),
            member_discount_percent=Decimal("10"),
        ),
    )
    facts = convert(2)
    member = membership(program, advocate)
    code = member.member_code
    with django_capture_on_commit_callbacks(execute=True):
        referrals.reverse_order(facts[0].order_id, "order fully refunded")
    member = membership(program, advocate)
    assert member.tier.name == "Silver"  # kept during the grace period
    assert member.demote_after is not None
    assert member.demote_after - timezone.now() > timedelta(days=29)
    assert member.member_code == code
    assert kinds(program, advocate)[-1] == TierChangeKind.AT_RISK

    assert sweeps.sweep_program(program) == 0  # grace not over: nothing to do
    later = timezone.now() + timedelta(days=31)
    assert sweeps.sweep_program(program, now=later) == 1
    assert sweeps.sweep_program(program, now=later) == 0  # idempotent
    member = membership(program, advocate)
    assert member.tier is None and member.member_code == ""
    assert commerce.is_code_available(code)
    assert kinds(program, advocate)[-1] == TierChangeKind.DEMOTED
    demotion = TierChange.objects.order_by("-pk").first()
    assert "grace period over" in demotion.reason

    # Back above: promoted again, but the entry reward is never paid twice.
    convert(1)
    assert membership(program, advocate).tier.name == "Silver"
    assert Reward.objects.filter(idempotency_key__startswith="tier-entry:").count() == 1


def test_climbing_back_during_grace_keeps_the_tier(
    program, advocate, convert, django_capture_on_commit_callbacks
):
    add_tier(program, silver())
    facts = convert(2)
    with django_capture_on_commit_callbacks(execute=True):
        referrals.reverse_order(facts[0].order_id, "order cancelled")
    convert(1)
    member = membership(program, advocate)
    assert member.tier.name == "Silver" and member.demote_after is None
    assert kinds(program, advocate) == [
        TierChangeKind.PROMOTED,
        TierChangeKind.AT_RISK,
        TierChangeKind.RECOVERED,
    ]


def test_zero_grace_days_demotes_at_once(
    configure,
    program_settings,
    advocate,
    order_facts,
    django_capture_on_commit_callbacks,
):
    program = configure(**program_settings, tier_grace_days="0")
    convert = converting(
        order_facts, program, advocate, django_capture_on_commit_callbacks
    )
    add_tier(program, silver())
    facts = convert(2)
    with django_capture_on_commit_callbacks(execute=True):
        referrals.reverse_order(facts[0].order_id, "order cancelled")
    assert membership(program, advocate).tier is None


def test_a_rolling_window_drops_members_through_the_sweep(program, advocate, convert):
    add_tier(program, silver(window="rolling", window_days=30))
    convert(2)
    assert membership(program, advocate).tier.name == "Silver"
    Referral.objects.update(created_at=timezone.now() - timedelta(days=40))
    assert sweeps.sweep_program(program) == 1
    member = membership(program, advocate)
    assert member.demote_after is not None and member.tier.name == "Silver"
    assert sweeps.sweep_program(program, now=timezone.now() + timedelta(days=31)) == 1
    assert membership(program, advocate).tier is None


def test_milestones_award_a_badge_and_a_bonus_once(program, advocate, convert):
    ladder.create_milestone(
        program,
        ladder.MilestoneSpec(
            slug="three",
            name="Three friends",
            referrals=3,
            bonus_kind="voucher",
            bonus_value=Decimal("10"),
        ),
        actor=ACTOR,
    )
    ladder.create_milestone(
        program,
        ladder.MilestoneSpec(slug="ten", name="Ten friends", referrals=10),
        actor=ACTOR,
    )
    facts = convert(3)
    badge = Badge.objects.get()
    assert badge.milestone.slug == "three"
    bonus = Reward.objects.get(idempotency_key__startswith="milestone:")
    assert bonus.status == RewardStatus.ISSUED and bonus.voucher_code
    # A reversal does not take the badge away; climbing again does not repeat it.
    referrals.reverse_order(facts[0].order_id, "order cancelled")
    convert(1)
    evaluate(program.pk, advocate.pk, reason="again")
    assert Badge.objects.count() == 1
    assert Reward.objects.filter(idempotency_key__startswith="milestone:").count() == 1


def test_existing_history_is_placed_without_back_pay(
    program, advocate, convert, django_capture_on_commit_callbacks
):
    convert(2)
    other = make_user("other@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        tier, run = ladder.create_tier(
            program,
            silver(entry_reward_kind="voucher", entry_reward_value=Decimal("5")),
            actor=ACTOR,
        )
    run.refresh_from_db()
    assert (run.status, run.total, run.done) == ("done", 1, 1)
    assert membership(program, advocate).tier == tier
    assert not TierMembership.objects.filter(advocate=other).exists()
    entry = Reward.objects.get(idempotency_key__startswith="tier-entry:")
    assert entry.status == RewardStatus.CANCELLED
    assert "no back-pay" in entry.status_changes.get().reason
    # Rerunning the finished placement changes nothing.
    assert sweeps.run_placement(run.pk).done == 1
    assert TierChange.objects.count() == 1


def test_placement_with_back_pay_pays_entry_rewards(
    program, advocate, convert, django_capture_on_commit_callbacks
):
    convert(2)
    with django_capture_on_commit_callbacks(execute=True):
        ladder.create_tier(
            program,
            silver(entry_reward_kind="voucher", entry_reward_value=Decimal("5")),
            actor=ACTOR,
            pay_entry_rewards=True,
        )
    entry = Reward.objects.get(idempotency_key__startswith="tier-entry:")
    assert entry.status == RewardStatus.ISSUED


def test_raising_a_threshold_needs_a_reason_and_gives_grace(
    program, advocate, convert, django_capture_on_commit_callbacks
):
    tier = add_tier(program, silver())
    convert(2)
    with pytest.raises(TierError) as error:
        ladder.update_tier(tier, {"min_referrals": 3}, actor=ACTOR)
    assert error.value.code == TierErrorCode.REQUIRED
    with django_capture_on_commit_callbacks(execute=True):
        ladder.update_tier(tier, {"min_referrals": 3}, actor=ACTOR, reason="new season")
    member = membership(program, advocate)
    assert member.tier == tier and member.demote_after is not None
    change = TierChange.objects.order_by("-pk").first()
    assert change.kind == TierChangeKind.AT_RISK and "new season" in change.reason


def test_deleting_a_tier_moves_members_below_with_the_reason(
    program, advocate, convert, commerce
):
    add_tier(program, silver(member_discount_percent=Decimal("5")))
    top = add_tier(
        program, gold(min_referrals=3, member_discount_percent=Decimal("15"))
    )
    convert(3)
    assert membership(program, advocate).tier == top
    assert ladder.delete_tier(top, actor=ACTOR, reason="ladder simplified") == 1
    member = membership(program, advocate)
    assert member.tier.name == "Silver"
    silver_tier = Tier.objects.get()
    assert member.member_code in commerce.vouchers[silver_tier.member_voucher_id].codes
    change = TierChange.objects.order_by("-pk").first()
    assert change.kind == TierChangeKind.DEMOTED
    assert change.from_tier_name == "Gold" and "ladder simplified" in change.reason


@pytest.mark.parametrize(
    ("spec", "code", "field"),
    [
        (gold(min_referrals=2), TierErrorCode.THRESHOLDS_NOT_RISING, "minReferrals"),
        (gold(min_referrals=1), TierErrorCode.THRESHOLDS_NOT_RISING, "minReferrals"),
        (gold(name="silver"), TierErrorCode.UNIQUE, "name"),
        (gold(rank=1), TierErrorCode.UNIQUE, "rank"),
        (gold(min_referrals=-1), TierErrorCode.OUT_OF_RANGE, "minReferrals"),
        (gold(min_referrals=10**9), TierErrorCode.OUT_OF_RANGE, "minReferrals"),
        (
            gold(window="rolling", window_days=0),
            TierErrorCode.OUT_OF_RANGE,
            "windowDays",
        ),
        (gold(window="rolling"), TierErrorCode.REQUIRED, "windowDays"),
        (gold(window_days=5), TierErrorCode.INVALID, "windowDays"),
        (
            gold(reward_multiplier=Decimal("-2")),
            TierErrorCode.OUT_OF_RANGE,
            "rewardMultiplier",
        ),
        (
            gold(reward_multiplier=Decimal("1e9")),
            TierErrorCode.OUT_OF_RANGE,
            "rewardMultiplier",
        ),
        (gold(reward_fixed=Decimal("-1")), TierErrorCode.OUT_OF_RANGE, "rewardFixed"),
        (
            gold(member_discount_percent=Decimal("101")),
            TierErrorCode.OUT_OF_RANGE,
            "memberDiscountPercent",
        ),
        (
            gold(entry_reward_kind="donation", entry_reward_value=Decimal("5")),
            TierErrorCode.INVALID,
            "entryRewardKind",
        ),
        (gold(entry_reward_kind="voucher"), TierErrorCode.REQUIRED, "entryRewardValue"),
        (
            gold(
                early_access_collection_ids=["999"], early_access_until=timezone.now()
            ),
            TierErrorCode.UNKNOWN_COLLECTION,
            "earlyAccessCollections",
        ),
        (
            gold(early_access_collection_ids=["1"]),
            TierErrorCode.REQUIRED,
            "earlyAccessUntil",
        ),
        (gold(name=" "), TierErrorCode.REQUIRED, "name"),
        (gold(name_translations={"de": "Gold"}), TierErrorCode.INVALID, "translations"),
    ],
)
def test_bad_ladders_are_refused_and_write_nothing(program, spec, code, field):
    add_tier(program, silver())
    with pytest.raises(TierError) as error:
        ladder.create_tier(program, spec, actor=ACTOR)
    assert (error.value.code, error.value.field) == (code, field)
    assert Tier.objects.count() == 1
    assert TierPlacementRun.objects.count() == 1  # the Silver one only


def test_milestone_slug_and_name_are_unique(program):
    spec = ladder.MilestoneSpec(slug="three", name="Three", referrals=3)
    ladder.create_milestone(program, spec, actor=ACTOR)
    for duplicate, field in (
        (ladder.MilestoneSpec(slug="three", name="Other", referrals=4), "slug"),
        (ladder.MilestoneSpec(slug="other", name="THREE", referrals=4), "name"),
    ):
        with pytest.raises(TierError) as error:
            ladder.create_milestone(program, duplicate, actor=ACTOR)
        assert (error.value.code, error.value.field) == (TierErrorCode.UNIQUE, field)
    assert Milestone.objects.count() == 1


def test_the_sweep_moves_a_batch_at_once(
    program, order_facts, django_capture_on_commit_callbacks, commerce
):
    """Grace starting, grace over into a tier with member codes (the full
    evaluation), and nothing to do, in batches of two; then grace over into a tier
    without member codes."""
    add_tier(program, silver(member_discount_percent=Decimal("5")))
    add_tier(program, gold(min_referrals=4, window="rolling", window_days=30))
    people = {name: make_user(f"{name}@example.com") for name in ("a", "b", "c")}
    for user in people.values():
        converting(order_facts, program, user, django_capture_on_commit_callbacks)(4)
    assert {m.tier.name for m in TierMembership.objects.all()} == {"Gold"}
    old = timezone.now() - timedelta(days=40)
    # a: two referrals leave the window (Silver earned, Gold at risk);
    # b: all four leave it (nothing earned), grace already over;
    # c: Gold kept.
    for referral in Referral.objects.filter(advocate=people["a"])[:2]:
        Referral.objects.filter(pk=referral.pk).update(created_at=old)
    Referral.objects.filter(advocate=people["b"]).update(created_at=old)
    TierMembership.objects.filter(advocate=people["b"]).update(
        demote_after=timezone.now() - timedelta(days=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert sweeps.sweep_program(program, batch_size=2) == 2
    member_a = membership(program, people["a"])
    assert member_a.tier.name == "Gold" and member_a.demote_after is not None
    # Silver counts a lifetime: b lands there, with a fresh member code.
    member_b = membership(program, people["b"])
    assert member_b.tier.name == "Silver" and member_b.member_code
    silver_voucher = commerce.vouchers[
        Tier.objects.get(name="Silver").member_voucher_id
    ]
    assert member_b.member_code in silver_voucher.codes
    assert membership(program, people["c"]).demote_after is None
    later = timezone.now() + timedelta(days=31)
    assert sweeps.sweep_program(program, now=later) == 2
    assert membership(program, people["a"]).tier.name == "Silver"
    assert membership(program, people["c"]).demote_after is not None


def test_deleting_a_member_removes_their_member_code_and_cancels_held_bonuses(
    program, advocate, convert, commerce
):
    add_tier(program, silver(member_discount_percent=Decimal("10")))
    convert(2)
    code = membership(program, advocate).member_code
    assert not commerce.is_code_available(code)
    # A bonus booked but not released yet when the account goes.
    from saleor_referrals import rewards as ledger
    from saleor_referrals.tiers.perks import book_bonus

    bonus = book_bonus(
        program=program,
        advocate_id=advocate.pk,
        key="milestone:test",
        kind="voucher",
        value=Decimal("5"),
        reason="test",
        pay=True,
    )
    advocate.delete()
    assert commerce.is_code_available(code)
    assert not TierMembership.objects.exists()
    assert ledger.release(bonus.pk).status == RewardStatus.CANCELLED


def test_changing_a_member_discount_gives_or_takes_member_codes(
    program, advocate, convert, commerce, django_capture_on_commit_callbacks
):
    tier = add_tier(program, silver())
    convert(2)
    assert membership(program, advocate).member_code == ""
    with django_capture_on_commit_callbacks(execute=True):
        ladder.update_tier(tier, {"member_discount_percent": Decimal("7")}, actor=ACTOR)
    code = membership(program, advocate).member_code
    tier.refresh_from_db()
    voucher = commerce.vouchers[tier.member_voucher_id]
    assert code in voucher.codes and voucher.value == Decimal("7")
    with django_capture_on_commit_callbacks(execute=True):
        ladder.update_tier(
            tier, {"member_discount_percent": Decimal("12")}, actor=ACTOR
        )
    assert membership(program, advocate).member_code == code
    assert voucher.value == Decimal("12")
    with django_capture_on_commit_callbacks(execute=True):
        ladder.update_tier(tier, {"member_discount_percent": None}, actor=ACTOR)
    assert membership(program, advocate).member_code == ""
    assert commerce.is_code_available(code)
    # Placement changed codes, never the tier: no tier change was recorded.
    assert kinds(program, advocate) == [TierChangeKind.PROMOTED]


def test_revenue_rule_needs_both_counts(program, advocate, convert):
    add_tier(program, silver(min_referrals=1, min_revenue=Decimal("150")))
    convert(1, total="100.00")
    assert membership(program, advocate).tier is None
    convert(1, total="60.00")
    assert membership(program, advocate).tier.name == "Silver"


def test_calendar_year_window_starts_on_january_first(program, advocate, convert):
    from datetime import datetime

    from saleor_referrals.tiers.counting import Window

    start = Window("calendar_year").start(datetime(2027, 3, 5, 12, 30, tzinfo=UTC))
    assert start == datetime(2027, 1, 1, tzinfo=UTC)
    assert Window("lifetime").start(timezone.now()) is None
    add_tier(program, silver(window="calendar_year"))
    facts = convert(2)
    assert membership(program, advocate).tier.name == "Silver"
    last_year = timezone.now() - timedelta(days=366)
    Referral.objects.filter(order_id=facts[0].order_id).update(created_at=last_year)
    assert sweeps.sweep_program(program) == 1
    assert membership(program, advocate).demote_after is not None
