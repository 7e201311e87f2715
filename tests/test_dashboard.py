"""What an operator sees in Saleor's Dashboard, and edits made there (standalone,
with the in-memory shop; tests/saleor/test_dashboard_*.py run the same in Saleor)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from saleor_referrals import referrals
from saleor_referrals.codes import WALLET_CODE_SUFFIX, get_or_create_code, saleor_codes
from saleor_referrals.commerce.memory import MemoryVoucher
from saleor_referrals.dashboard import drift
from saleor_referrals.dashboard.notes import REASONS, TEXTS
from saleor_referrals.dashboard.status import REVIEW_HINT, program_status_line
from saleor_referrals.dashboard.tasks import repair_dashboard_edits_task
from saleor_referrals.models import (
    ReferralStatus,
    Reward,
    RewardStatus,
    StoreCreditWallet,
)
from saleor_referrals.tasks import release_due_rewards_task

from .conftest import CHANNEL, make_user
from .test_graphql import APPLY, checkout, data, gql  # noqa: F401 - fixtures


@pytest.fixture
def code(program, advocate):
    return get_or_create_code(program, advocate)


@pytest.fixture
def run_tasks(django_capture_on_commit_callbacks):
    """Run what a block queues for after commit (the Celery tasks), like a commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def credit_program(configure, program_settings):
    return configure(**{**program_settings, "advocate_reward_type": "store_credit"})


def referred_paid_order(code, friend, order_facts, run_tasks):
    facts = order_facts(friend, voucher_code=code.code)
    with run_tasks():
        referrals.attribute_order(facts)
    with run_tasks():
        referral = referrals.qualify_paid_order(facts)
    return facts, referral


def notes_of(commerce, facts) -> list[str]:
    return list(commerce.order_notes.get(facts.order_id, {}).values())


# --- the status line ---------------------------------------------------------


def test_status_line_before_the_program_is_set_up(db):
    assert "Not set up in this channel" in program_status_line(CHANNEL)
    assert "Pick a channel" in program_status_line(None)


def test_status_line_counts_review_held_and_this_months_rewards(
    configure, program_settings, advocate, order_facts, run_tasks
):
    program = configure(**{**program_settings, "hold_days": "14"})
    code = get_or_create_code(program, advocate)
    for number in range(3):
        friend = make_user(f"friend{number}@example.com")
        referred_paid_order(code, friend, order_facts, run_tasks)
    flagged = program.referrals.first()
    flagged.status = ReferralStatus.FLAGGED
    flagged.save()
    shop_object = {"voucher_id": "v", "voucher_code": "THANKS-X"}
    last, first = (
        Reward.objects.filter(program=program).order_by("-pk")[0].pk,
        Reward.objects.filter(program=program).order_by("pk")[0].pk,
    )
    Reward.objects.filter(pk=last).update(
        status=RewardStatus.ISSUED, issued_at=timezone.now(), **shop_object
    )
    Reward.objects.filter(pk=first).update(
        status=RewardStatus.ISSUED,
        issued_at=timezone.now() - timedelta(days=62),
        **shop_object,
    )
    line = program_status_line(CHANNEL)
    assert line.startswith("Active · 1 referral waiting for your review")
    assert "1 reward waiting out the return window (20.00 USD)" in line
    assert "this month: 1 sent (20.00 USD), 0 taken back" in line
    assert line.endswith(REVIEW_HINT)


def test_status_line_of_a_switched_off_program(configure, program_settings):
    program = configure(**program_settings)
    program.is_active = False
    program.save()
    line = program_status_line(CHANNEL)
    assert line.startswith("Switched off")
    assert REVIEW_HINT not in line


# --- order notes ----------------------------------------------------------------


def test_each_step_leaves_one_order_note(
    configure, program_settings, advocate, friend, order_facts, run_tasks, commerce
):
    program = configure(
        **{
            **program_settings,
            "advocate_reward_type": "store_credit",
            "hold_days": "14",
        }
    )
    code = get_or_create_code(program, advocate)
    facts, referral = referred_paid_order(code, friend, order_facts, run_tasks)
    notes = notes_of(commerce, facts)
    assert notes[0] == (
        f"Referral: placed with the referral code {code.code} of ada@example.com "
        "(code). The referrer's reward is decided when the order is paid."
    )
    assert notes[1] == "Referral counts: order 1 paid; rules met."
    release_day = (timezone.now() + timedelta(days=14)).date().isoformat()
    assert notes[2] == (
        f"Referrer's reward of 20.00 USD (store credit) is held until {release_day} "
        "(return window); it is cancelled if this order is cancelled or refunded "
        "before then."
    )
    assert len(notes) == 3
    Reward.objects.update(release_at=timezone.now())
    with run_tasks():
        release_due_rewards_task.delay()
        release_due_rewards_task.delay()
    reward = Reward.objects.get()
    card_code = commerce.wallet_code(reward.gift_card_id)
    assert notes_of(commerce, facts)[3:] == [
        f"Referrer's reward released: 20.00 USD of store credit on gift card "
        f"…{card_code[-4:]}."
    ]
    with run_tasks():
        referrals.reverse_order(facts.order_id, "order cancelled")
        referrals.reverse_order(facts.order_id, "order cancelled")
    assert notes_of(commerce, facts)[4:] == [
        "Referrer's reward taken back: order cancelled (20.00 USD taken back, "
        "shortfall 0.00 USD).",
        "Referral reversed: order cancelled.",
    ]


def test_a_replayed_event_writes_no_second_note(
    program, code, friend, order_facts, run_tasks, commerce
):
    from saleor_referrals.history import record_referral_status

    facts, referral = referred_paid_order(code, friend, order_facts, run_tasks)
    before = notes_of(commerce, facts)
    with run_tasks():
        record_referral_status(referral, "pending", "order 1 paid; rules met")
        referrals.qualify_paid_order(facts)
    assert notes_of(commerce, facts) == before


def test_rejected_and_flagged_referrals_say_why(
    configure, program_settings, advocate, order_facts, run_tasks, commerce
):
    program = configure(**{**program_settings, "min_order_total": "500"})
    code = get_or_create_code(program, advocate)
    facts, referral = referred_paid_order(
        code, make_user("f@example.com"), order_facts, run_tasks
    )
    assert notes_of(commerce, facts)[-1] == (
        "Referral not counted: order total 100.00 is below the minimum 500.00."
    )


def test_notes_follow_the_shop_language(
    configure, program_settings, advocate, friend, order_facts, run_tasks, commerce
):
    program = configure(**{**program_settings, "email_language": "Persian"})
    code = get_or_create_code(program, advocate)
    facts, referral = referred_paid_order(code, friend, order_facts, run_tasks)
    with run_tasks():
        referrals.reverse_order(facts.order_id, "order cancelled")
    notes = notes_of(commerce, facts)
    assert notes[0].startswith("معرفی: این سفارش با کد معرفی")
    assert REASONS["order cancelled"]["fa"] in notes[-1]
    assert all(not note.startswith("Referr") for note in notes)


def test_a_donation_note_names_its_cause_and_no_shop_object(
    configure, program_settings, advocate, friend, order_facts, run_tasks, commerce
):
    """A donation has no voucher nor gift card in the shop: its notes say which
    cause it is for (it was read as store credit on gift card '' before)."""
    from saleor_referrals.causes.models import Cause

    program = configure(**{**program_settings, "hold_days": "14"})
    Cause.objects.create(program=program, name="Clean rivers", donate_per_referral=2)
    code = get_or_create_code(program, advocate)
    facts, referral = referred_paid_order(code, friend, order_facts, run_tasks)
    release_day = (timezone.now() + timedelta(days=14)).date().isoformat()
    assert (
        "Donation of 2.00 USD to Clean rivers is held until "
        f"{release_day} (return window); it is cancelled if this order is "
        "cancelled or refunded before then."
    ) in notes_of(commerce, facts)
    Reward.objects.update(release_at=timezone.now())
    with run_tasks():
        release_due_rewards_task.delay()
    released = notes_of(commerce, facts)
    assert (
        "Donation released: 2.00 USD to Clean rivers, recorded for the cause's "
        "next payout."
    ) in released
    assert not any("gift card" in note for note in released)
    with run_tasks():
        referrals.reverse_order(facts.order_id, "order cancelled")
    assert (
        "Donation to Clean rivers taken back: order cancelled (2.00 USD taken "
        "back, shortfall 0.00 USD)."
    ) in notes_of(commerce, facts)


def test_donation_notes_in_the_shop_language(
    configure, program_settings, advocate, friend, order_facts, run_tasks, commerce
):
    from saleor_referrals.causes.models import Cause

    program = configure(**{**program_settings, "email_language": "ar"})
    Cause.objects.create(program=program, name="Rivers", donate_per_referral=2)
    code = get_or_create_code(program, advocate)
    facts, _ = referred_paid_order(code, friend, order_facts, run_tasks)
    assert any(
        note.startswith("سُجّل التبرع") and "Rivers" in note
        for note in notes_of(commerce, facts)
    )


def test_every_note_has_the_three_languages():
    for name, templates in TEXTS.items():
        assert set(templates) == {"en", "fa", "ar"}, name


# --- wallet gift cards ------------------------------------------------------------


def release_now(facts, run_tasks):
    with run_tasks():
        release_due_rewards_task.delay()
    return Reward.objects.get(referral__order_id=facts.order_id)


def test_wallet_timeline_explains_each_move(
    credit_program, advocate, friend, order_facts, run_tasks, commerce
):
    code = get_or_create_code(credit_program, advocate)
    facts, _ = referred_paid_order(code, friend, order_facts, run_tasks)
    reward = release_now(facts, run_tasks)
    card = commerce.gift_cards[reward.gift_card_id]
    assert card.code.endswith("-" + WALLET_CODE_SUFFIX)
    assert list(card.notes.values())[0].startswith(
        "Store credit of the referral program for ada@example.com. Issued by the "
        "shop, not by the customer"
    )
    assert list(card.notes.values())[1] == (
        f"Referral reward: friend's order #{facts.number} (20.00 USD)."
    )
    commerce.spend_gift_card(card.id, Decimal("5.00"))
    with run_tasks():
        referrals.reverse_order(facts.order_id, "order cancelled")
    assert list(card.notes.values())[2] == (
        f"Taken back: order cancelled, order #{facts.number} (15.00 USD, shortfall "
        "5.00 USD)."
    )


def test_a_deactivated_wallet_holds_the_reward_with_a_reason_until_reactivated(
    credit_program, advocate, order_facts, run_tasks, commerce
):
    code = get_or_create_code(credit_program, advocate)
    first, _ = referred_paid_order(
        code, make_user("f1@example.com"), order_facts, run_tasks
    )
    card_id = release_now(first, run_tasks).gift_card_id
    commerce.deactivate_gift_card(card_id)
    second, _ = referred_paid_order(
        code, make_user("f2@example.com"), order_facts, run_tasks
    )
    held = release_now(second, run_tasks)
    assert held.status == RewardStatus.HELD
    assert "gift card is deactivated" in held.status_reason
    assert commerce.wallet_balance(card_id) == Decimal("20.00")
    assert commerce.gift_cards[card_id].is_active is False  # never re-activated
    for _ in range(3):  # the sweep keeps trying, the history says it once
        release_now(second, run_tasks)
    assert held.status_changes.filter(reason=held.status_reason).count() == 1
    assert "still held" in notes_of(commerce, second)[-1]
    commerce.gift_cards[card_id].is_active = True  # the operator reactivates it
    assert release_now(second, run_tasks).status == RewardStatus.ISSUED
    assert commerce.wallet_balance(card_id) == Decimal("40.00")
    assert release_now(second, run_tasks).status == RewardStatus.ISSUED
    assert commerce.wallet_balance(card_id) == Decimal("40.00")


def test_a_deleted_wallet_is_replaced_and_nothing_is_paid_twice(
    credit_program, advocate, order_facts, run_tasks, commerce
):
    code = get_or_create_code(credit_program, advocate)
    first, _ = referred_paid_order(
        code, make_user("f1@example.com"), order_facts, run_tasks
    )
    old_card = release_now(first, run_tasks).gift_card_id
    commerce.delete_gift_card(old_card)
    second, _ = referred_paid_order(
        code, make_user("f2@example.com"), order_facts, run_tasks
    )
    reward = release_now(second, run_tasks)
    assert reward.status == RewardStatus.ISSUED
    assert reward.gift_card_id != old_card
    assert commerce.wallet_balance(reward.gift_card_id) == Decimal("20.00")
    assert StoreCreditWallet.objects.get().gift_card_id == reward.gift_card_id
    # Taking back the reward that went to the deleted card records the shortfall.
    with run_tasks():
        referrals.reverse_order(first.order_id, "order cancelled")
    taken = Reward.objects.get(referral__order_id=first.order_id)
    assert taken.status == RewardStatus.REVOKED
    assert taken.shortfall_amount == Decimal("20.00")
    assert "gift card was deleted" in taken.status_reason
    assert commerce.wallet_balance(reward.gift_card_id) == Decimal("20.00")


# --- the friend voucher -------------------------------------------------------------


def friend_voucher(program, commerce) -> MemoryVoucher:
    program.refresh_from_db()
    return commerce.vouchers[program.friend_voucher_id]


def test_the_friend_voucher_says_what_it_is(program, commerce):
    voucher = friend_voucher(program, commerce)
    assert "customers' personal codes" in voucher.name
    assert "Referrals settings" in voucher.name


def test_edits_to_the_friend_voucher_are_undone(program, code, commerce):
    voucher = friend_voucher(program, commerce)
    voucher.value = Decimal(50)
    voucher.active = False
    voucher.restrictions.append("usage limit")
    repair = drift.repair_program(program.pk)
    assert repair.findings == [
        "friend voucher was edited (value, active, usage limit): settings restored"
    ]
    voucher = friend_voucher(program, commerce)
    assert (voucher.value, voucher.active, voucher.restrictions) == (
        Decimal("15"),
        True,
        [],
    )
    assert not drift.repair_program(program.pk)


def test_a_deleted_code_is_restored(program, code, commerce):
    commerce.delete_voucher_code(code.code.lower())
    assert drift.repair_program(program.pk).findings == [
        f"1 deleted code(s) restored: {code.code}"
    ]
    assert friend_voucher(program, commerce).codes == {
        c: True for c in saleor_codes(code.code)
    }


def test_a_deleted_voucher_comes_back_with_every_code(program, advocate, commerce):
    codes = [
        get_or_create_code(program, make_user(f"a{n}@example.com")).code
        for n in range(3)
    ]
    old_id = friend_voucher(program, commerce).id
    commerce.delete_voucher(old_id)
    found = repair_dashboard_edits_task.delay().get()
    assert found == 2
    voucher = friend_voucher(program, commerce)
    assert voucher.id != old_id
    assert set(voucher.codes) == {c for code in codes for c in saleor_codes(code)}


def test_a_code_taken_meanwhile_gives_the_customer_a_new_code(program, code, commerce):
    old = code.code
    for alias in saleor_codes(old):
        commerce.delete_voucher_code(alias)
    commerce.issue_voucher(
        key="other",
        channel_slug=CHANNEL,
        currency="USD",
        amount=Decimal(5),
        code=old,
        name="Someone else's voucher",
    )
    repair = drift.repair_program(program.pk)
    code.refresh_from_db()
    assert code.code != old
    assert repair.findings == [
        f"code {old} was deleted and is now used elsewhere: the customer's new code "
        f"is {code.code}"
    ]
    assert set(saleor_codes(code.code)) <= set(friend_voucher(program, commerce).codes)


def test_a_deleted_code_is_restored_on_use_at_checkout(
    gql,  # noqa: F811
    program,
    code,
    friend,
    checkout,  # noqa: F811
    commerce,
):
    for alias in saleor_codes(code.code):
        commerce.delete_voucher_code(alias)
    result = data(gql(APPLY, {"id": checkout, "code": code.code}, friend))
    assert result["checkoutReferralCodeApply"]["errors"] == []
    assert result["checkoutReferralCodeApply"]["voucherCode"] == code.code
    assert code.code in friend_voucher(program, commerce).codes


def test_a_refused_code_with_nothing_to_repair_is_still_refused(
    gql,  # noqa: F811
    program,
    code,
    friend,
    checkout,  # noqa: F811
    commerce,
):
    commerce.set_voucher_codes_active([code.code], False)
    friend_voucher(program, commerce).codes[code.code] = False
    # Switched off in the shop: restored on use, then applied.
    result = data(gql(APPLY, {"id": checkout, "code": code.code}, friend))
    assert result["checkoutReferralCodeApply"]["errors"] == []
    # A channel mismatch cannot be repaired: the error stays, nothing is written.
    voucher = friend_voucher(program, commerce)
    voucher.channel_slug = "other-channel"
    result = data(gql(APPLY, {"id": checkout, "code": code.code}, friend))
    assert [e["code"] for e in result["checkoutReferralCodeApply"]["errors"]] == [
        "NOT_ELIGIBLE"
    ]


def test_status_line_costs_three_queries_whatever_the_volume(
    program, code, order_facts, run_tasks, django_assert_num_queries
):
    for number in range(5):
        referred_paid_order(
            code, make_user(f"v{number}@example.com"), order_facts, run_tasks
        )
    with django_assert_num_queries(3):
        program_status_line(CHANNEL)
