"""Causes and donations: the ledger, payouts, shortfalls and the API."""

import contextlib
from decimal import Decimal

import graphene
import pytest
from django.utils import timezone

from saleor_referrals import referrals, rewards
from saleor_referrals.causes import donations
from saleor_referrals.causes.models import Cause, Donation, DonationPayout
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.models import (
    ReferralProgram,
    ReferralStatus,
    Reward,
    RewardKind,
    RewardStatus,
)

from . import test_graphql
from .conftest import make_user
from .race import race

data, gql, staff = test_graphql.data, test_graphql.gql, test_graphql.staff
clear_throttles = test_graphql.clear_throttles

CAUSES = """
query causes($channel: String!) {
  referralCauses(channel: $channel) {
    id name url goal { amount currency } donatePerReferral { amount }
    raised { amount } pending { amount } paidOut { amount } shortfall { amount }
    donations progress
  }
}
"""
CAUSE_CREATE = """
mutation create($channel: String!, $input: ReferralCauseInput!) {
  referralCauseCreate(channel: $channel, input: $input) {
    cause { id name goal { amount } donatePerReferral { amount } }
    errors { field code message }
  }
}
"""
CAUSE_UPDATE = """
mutation update($id: ID!, $input: ReferralCauseInput!) {
  referralCauseUpdate(id: $id, input: $input) {
    cause { name isActive } errors { field code message }
  }
}
"""
PAYOUT = """
mutation payout($cause: ID!, $reference: String) {
  referralDonationPayoutRecord(cause: $cause, reference: $reference) {
    payout { amount { amount } reference donations } errors { field code message }
  }
}
"""
DONATE = """
mutation donate($id: ID!, $cause: ID!) {
  referralRewardDonate(id: $id, cause: $cause) {
    donation { kind status amount { amount } } errors { field code message }
  }
}
"""


def gid(type_name: str, pk: int) -> str:
    return graphene.relay.Node.to_global_id(type_name, pk)


@pytest.fixture
def cause(program):
    return Cause.objects.create(
        program=program,
        name="Clean rivers",
        goal_amount=Decimal("100"),
        donate_per_referral=Decimal("2"),
        url="https://rivers.example.org/",
    )


@pytest.fixture
def convert(program, advocate, order_facts, django_capture_on_commit_callbacks):
    code = get_or_create_code(program, advocate)

    def convert(friend_email: str = "bob@example.com"):
        facts = order_facts(make_user(friend_email), voucher_code=code.code)
        with django_capture_on_commit_callbacks(execute=True):
            referrals.qualify_paid_order(facts)
        return facts

    return convert


def donation_rows():
    return Reward.objects.filter(kind=RewardKind.DONATION)


def test_a_converted_referral_donates_once_to_each_cause(cause, convert):
    convert()
    donation = donation_rows().get()
    assert donation.status == RewardStatus.ISSUED  # hold_days is 0 here
    assert donation.amount == Decimal("2.000")
    assert Donation.objects.get().cause == cause
    assert donation.referral.status == ReferralStatus.REWARDED
    totals = donations.totals([cause])[cause.pk]
    assert (totals.raised, totals.donations) == (Decimal("2.000"), 1)


def test_a_held_donation_waits_for_the_hold_and_a_refund_cancels_it(
    configure, program_settings, advocate, order_facts
):
    program = configure(**{**program_settings, "hold_days": "10"})
    cause = Cause.objects.create(
        program=program, name="Trees", donate_per_referral=Decimal("1.5")
    )
    code = get_or_create_code(program, advocate)
    facts = order_facts(make_user("bob@example.com"), voucher_code=code.code)
    referrals.qualify_paid_order(facts)
    donation = donation_rows().get()
    assert donation.status == RewardStatus.HELD
    assert donations.totals([cause])[cause.pk].pending == Decimal("1.500")
    referrals.reverse_order(facts.order_id, "order fully refunded")
    donation.refresh_from_db()
    assert donation.status == RewardStatus.CANCELLED
    assert donations.totals([cause])[cause.pk].pending == 0


def test_released_donation_survives_the_advocates_reward_release(
    configure, program_settings, advocate, order_facts
):
    program = configure(**{**program_settings, "hold_days": "10"})
    Cause.objects.create(program=program, name="Trees", donate_per_referral="1")
    code = get_or_create_code(program, advocate)
    referrals.qualify_paid_order(
        order_facts(make_user("bob@example.com"), voucher_code=code.code)
    )
    Reward.objects.update(release_at=timezone.now())
    due = rewards.due_reward_ids()
    assert len(due) == 2
    for reward_id in due:
        rewards.release(reward_id)
    assert set(Reward.objects.values_list("status", flat=True)) == {RewardStatus.ISSUED}


def test_a_refund_before_payout_reverses_the_donation(cause, convert):
    facts = convert()
    referrals.reverse_order(facts.order_id, "order fully refunded")
    donation = donation_rows().get()
    assert donation.status == RewardStatus.REVOKED
    assert (donation.revoked_amount, donation.shortfall_amount) == (Decimal("2"), 0)
    assert donations.totals([cause])[cause.pk].raised == 0


def test_a_refund_after_a_payout_records_a_shortfall(cause, convert):
    facts = convert()
    payout = donations.record_payout(cause.pk, reference="TX-1", actor="staff")
    assert payout.amount == Decimal("2.000")
    referrals.reverse_order(facts.order_id, "order fully refunded")
    donation = donation_rows().get()
    assert donation.status == RewardStatus.REVOKED
    assert donation.shortfall_amount == Decimal("2.000")
    assert donation.revoked_amount == 0
    assert "already paid out" in donation.status_reason
    totals = donations.totals([cause])[cause.pk]
    assert (totals.paid_out, totals.shortfall) == (Decimal("2.000"), Decimal("2.000"))


def test_a_payout_covers_only_what_was_not_paid_yet(cause, convert):
    convert("one@example.com")
    donations.record_payout(cause.pk, reference="A", actor="staff")
    with pytest.raises(donations.DonationError):
        donations.record_payout(cause.pk, reference="B", actor="staff")
    convert("two@example.com")
    second = donations.record_payout(cause.pk, reference="C", actor="staff")
    assert second.donations.count() == 1


def test_donations_are_booked_once_per_referral_under_concurrency(
    transactional_db, configure, program_settings, order_facts
):
    program = configure(**{**program_settings, "hold_days": "0"})
    Cause.objects.create(program=program, name="Trees", donate_per_referral="1")
    code = get_or_create_code(program, make_user("ada@example.com"))
    facts = order_facts(make_user("bob@example.com"), voucher_code=code.code)

    def deliver():
        referrals.qualify_paid_order(facts)
        for reward_id in Reward.objects.values_list("pk", flat=True):
            rewards.release(reward_id)

    assert race(deliver) == []
    assert donation_rows().count() == 1
    assert Donation.objects.count() == 1
    assert donation_rows().get().status == RewardStatus.ISSUED


def test_payouts_recorded_concurrently_pay_each_donation_once(
    transactional_db, configure, program_settings, order_facts
):
    program = configure(**{**program_settings, "hold_days": "0"})
    cause = Cause.objects.create(program=program, name="Trees", donate_per_referral="1")
    code = get_or_create_code(program, make_user("ada@example.com"))
    referrals.qualify_paid_order(
        order_facts(make_user("bob@example.com"), voucher_code=code.code)
    )
    for reward_id in Reward.objects.values_list("pk", flat=True):
        rewards.release(reward_id)

    def pay():
        with contextlib.suppress(donations.DonationError):
            donations.record_payout(cause.pk, reference="X", actor="staff")

    assert race(pay) == []
    assert DonationPayout.objects.count() == 1


# --- an advocate gives their reward away ------------------------------------


def test_donating_a_held_reward_cancels_it_and_books_the_donation(
    configure, program_settings, advocate, order_facts
):
    program = configure(**{**program_settings, "hold_days": "10"})
    cause = Cause.objects.create(program=program, name="Trees")
    code = get_or_create_code(program, advocate)
    referrals.qualify_paid_order(
        order_facts(make_user("bob@example.com"), voucher_code=code.code)
    )
    reward = Reward.objects.get()
    donation = donations.donate_reward(reward.pk, cause, advocate)
    reward.refresh_from_db()
    assert reward.status == RewardStatus.CANCELLED
    assert (donation.status, donation.amount) == (RewardStatus.HELD, reward.amount)
    assert donation.release_at == reward.release_at
    assert Donation.objects.get().donated_reward == reward


def test_donating_issued_store_credit_debits_the_wallet(
    configure,
    program_settings,
    advocate,
    order_facts,
    commerce,
    django_capture_on_commit_callbacks,
):
    program = configure(**{**program_settings, "advocate_reward_type": "store_credit"})
    cause = Cause.objects.create(program=program, name="Trees")
    code = get_or_create_code(program, advocate)
    with django_capture_on_commit_callbacks(execute=True):
        referrals.qualify_paid_order(
            order_facts(make_user("bob@example.com"), voucher_code=code.code)
        )
    reward = Reward.objects.get()
    assert commerce.wallet_balance(reward.gift_card_id) == Decimal("20")
    with django_capture_on_commit_callbacks(execute=True):
        donation = donations.donate_reward(reward.pk, cause, advocate)
    assert commerce.wallet_balance(reward.gift_card_id) == 0
    reward.refresh_from_db()
    assert reward.status == RewardStatus.REVOKED
    donation.refresh_from_db()
    assert donation.status == RewardStatus.ISSUED


def test_a_used_voucher_cannot_be_donated_and_nothing_changes(
    cause, convert, advocate, commerce
):
    convert()
    reward = Reward.objects.get(kind=RewardKind.VOUCHER)
    commerce.vouchers[reward.voucher_id].used_codes.add(reward.voucher_code)
    with pytest.raises(donations.DonationError) as error:
        donations.donate_reward(reward.pk, cause, advocate)
    assert error.value.code == "not_eligible"
    reward.refresh_from_db()
    assert reward.status == RewardStatus.ISSUED
    assert donation_rows().count() == 1  # only the program's own donation


def test_an_unused_voucher_is_deactivated_when_donated(
    cause, convert, advocate, commerce
):
    convert()
    reward = Reward.objects.get(kind=RewardKind.VOUCHER)
    donations.donate_reward(reward.pk, cause, advocate)
    assert not any(commerce.vouchers[reward.voucher_id].codes.values())
    assert donation_rows().count() == 2


# --- the API -------------------------------------------------------------------


def test_public_causes_show_totals_and_progress(gql, cause, convert):
    convert()
    [row] = data(gql(CAUSES, {"channel": "default-channel"}))["referralCauses"]
    assert row["name"] == "Clean rivers"
    assert row["raised"]["amount"] == 2.0
    assert row["goal"] == {"amount": 100.0, "currency": "USD"}
    assert row["progress"] == pytest.approx(0.02)
    assert row["donations"] == 1
    assert data(gql(CAUSES, {"channel": "nowhere"}))["referralCauses"] == []


def test_staff_create_and_update_a_cause(gql, staff, program):
    created = data(
        gql(
            CAUSE_CREATE,
            {
                "channel": "default-channel",
                "input": {"name": "Schools", "goal": 500, "donatePerReferral": 1.25},
            },
            user=staff,
        )
    )["referralCauseCreate"]
    assert created["errors"] == []
    assert created["cause"]["donatePerReferral"] == {"amount": 1.25}
    updated = data(
        gql(
            CAUSE_UPDATE,
            {"id": created["cause"]["id"], "input": {"isActive": False}},
            user=staff,
        )
    )["referralCauseUpdate"]
    assert updated["cause"] == {"name": "Schools", "isActive": False}


@pytest.mark.parametrize(
    "payload, field, code",
    [
        ({"name": "X", "goal": -5}, "goal", "INVALID"),
        ({"name": "X", "donatePerReferral": -1}, "donatePerReferral", "INVALID"),
        ({"name": "X", "goal": 0}, "goal", "INVALID"),
        ({"name": "X", "url": "javascript:alert(1)"}, "url", "INVALID"),
        ({"goal": 10}, "name", "REQUIRED"),
        ({"name": "Clean rivers"}, "name", "UNIQUE"),
    ],
)
def test_bad_cause_input_answers_a_code_and_writes_nothing(
    gql, staff, cause, payload, field, code
):
    result = data(
        gql(CAUSE_CREATE, {"channel": "default-channel", "input": payload}, user=staff)
    )["referralCauseCreate"]
    assert result["cause"] is None
    assert [(e["field"], e["code"]) for e in result["errors"]] == [(field, code)]
    assert Cause.objects.count() == 1


def test_cause_mutations_need_staff(gql, program, advocate):
    result = gql(
        CAUSE_CREATE,
        {"channel": "default-channel", "input": {"name": "X"}},
        user=advocate,
    )
    assert result.errors and "MANAGE_DISCOUNTS" in str(result.errors[0])
    assert not Cause.objects.exists()


def test_payout_record_and_unknown_cause(gql, staff, cause, convert):
    convert()
    result = data(
        gql(
            PAYOUT,
            {"cause": gid("ReferralCause", cause.pk), "reference": "TX"},
            user=staff,
        )
    )["referralDonationPayoutRecord"]
    assert result["payout"] == {
        "amount": {"amount": 2.0},
        "reference": "TX",
        "donations": 1,
    }
    again = data(gql(PAYOUT, {"cause": gid("ReferralCause", cause.pk)}, user=staff))
    assert again["referralDonationPayoutRecord"]["errors"][0]["code"] == (
        "NOT_ELIGIBLE"
    )
    unknown = data(gql(PAYOUT, {"cause": gid("ReferralCause", 999)}, user=staff))
    assert unknown["referralDonationPayoutRecord"]["errors"] == [
        {"field": "cause", "code": "NOT_FOUND", "message": "Cause not found."}
    ]
    assert DonationPayout.objects.count() == 1


def test_customer_donates_their_reward(
    gql, configure, program_settings, advocate, order_facts
):
    program = configure(**{**program_settings, "hold_days": "10"})
    cause = Cause.objects.create(program=program, name="Trees")
    code = get_or_create_code(program, advocate)
    referrals.qualify_paid_order(
        order_facts(make_user("bob@example.com"), voucher_code=code.code)
    )
    reward = Reward.objects.get()
    variables = {
        "id": gid("ReferralReward", reward.pk),
        "cause": gid("ReferralCause", cause.pk),
    }
    stranger = gql(DONATE, variables, user=make_user("eve@example.com"))
    assert data(stranger)["referralRewardDonate"]["errors"][0]["code"] == "NOT_FOUND"
    assert gql(DONATE, variables).errors  # a guest
    result = data(gql(DONATE, variables, user=advocate))["referralRewardDonate"]
    assert result["errors"] == []
    assert result["donation"]["kind"] == "DONATION"
    twice = data(gql(DONATE, variables, user=advocate))["referralRewardDonate"]
    assert twice["errors"][0]["code"] == "NOT_ELIGIBLE"
    assert donation_rows().count() == 1


def test_a_cause_of_another_channel_or_unknown_cause_is_refused(
    gql, configure, program_settings, advocate, order_facts, commerce
):
    program = configure(**{**program_settings, "hold_days": "10"})
    other = ReferralProgram.objects.create(channel_slug="other", currency="EUR")
    foreign = Cause.objects.create(program=other, name="Elsewhere")
    code = get_or_create_code(program, advocate)
    referrals.qualify_paid_order(
        order_facts(make_user("bob@example.com"), voucher_code=code.code)
    )
    reward = Reward.objects.get()
    for cause_id, expected in ((foreign.pk, "INVALID"), (999, "NOT_FOUND")):
        result = data(
            gql(
                DONATE,
                {
                    "id": gid("ReferralReward", reward.pk),
                    "cause": gid("ReferralCause", cause_id),
                },
                user=advocate,
            )
        )["referralRewardDonate"]
        assert result["errors"][0]["code"] == expected
        assert result["errors"][0]["field"] == "cause"
    reward.refresh_from_db()
    assert reward.status == RewardStatus.HELD
    assert not donation_rows().exists()
