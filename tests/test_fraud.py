"""Per-channel fraud rules: same address or phone as the advocate, velocity."""

import pytest
from django.utils import timezone

from saleor_referrals import referrals, rewards
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.commerce import Fingerprints
from saleor_referrals.config import ConfigurationError, parse
from saleor_referrals.identity import address_fingerprint, phone_fingerprint
from saleor_referrals.models import Referral, ReferralStatus, Reward, RewardStatus
from saleor_referrals.tasks import release_due_rewards_task

from .conftest import make_user

HOME = address_fingerprint(
    street="1 Main St", postal_code="10001", city="Warsaw", country="PL"
)
PHONE = phone_fingerprint("+48 600 100 200")


@pytest.fixture
def setup(
    configure,
    program_settings,
    advocate,
    commerce,
    order_facts,
    django_capture_on_commit_callbacks,
):
    def setup(**rules):
        program = configure(**{**program_settings, "hold_days": "0", **rules})
        code = get_or_create_code(program, advocate)
        commerce.customer_prints[advocate.pk] = Fingerprints(
            frozenset([HOME]), frozenset([PHONE])
        )

        def friend_pays(address=None, phone=None, email=None):
            facts = order_facts(
                make_user(email or f"f{Referral.objects.count()}@example.com"),
                voucher_code=code.code,
            )
            commerce.order_prints[facts.order_id] = Fingerprints(
                frozenset([address] if address else []),
                frozenset([phone] if phone else []),
            )
            with django_capture_on_commit_callbacks(execute=True):
                referral = referrals.qualify_paid_order(facts)
            referral.refresh_from_db()
            return referral

        return program, friend_pays

    return setup


def test_same_address_is_flagged_and_waits_for_review(setup):
    _, friend_pays = setup(fraud_same_address="flag")
    referral = friend_pays(address=HOME)
    assert referral.status == ReferralStatus.FLAGGED
    assert referral.status_reason == (
        "the friend's order goes to one of the advocate's addresses"
    )
    assert not Reward.objects.exists()
    assert release_due_rewards_task.delay().get() == 0


def test_approved_flagged_referral_is_rewarded(
    setup, django_capture_on_commit_callbacks
):
    _, friend_pays = setup(fraud_same_address="flag")
    referral = friend_pays(address=HOME)
    with django_capture_on_commit_callbacks(execute=True):
        referrals.review(
            referral.pk, approve=True, reason="roommates", actor="staff@example.com"
        )
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.REWARDED
    assert Reward.objects.get().status == RewardStatus.ISSUED
    approval = referral.status_changes.get(to_status=ReferralStatus.QUALIFIED)
    assert approval.reason == "approved by staff@example.com: roommates"


def test_same_phone_rejected_when_the_channel_says_so(setup):
    _, friend_pays = setup(fraud_same_phone="reject")
    referral = friend_pays(phone=PHONE)
    assert referral.status == ReferralStatus.REJECTED
    assert "phone" in referral.status_reason


def test_rules_that_are_off_let_it_through(setup):
    _, friend_pays = setup(fraud_same_address="off", fraud_same_phone="off")
    assert friend_pays(address=HOME, phone=PHONE).status == ReferralStatus.REWARDED


def test_different_household_passes(setup):
    _, friend_pays = setup()
    other = address_fingerprint(
        street="9 Elm", postal_code="20002", city="Oslo", country="NO"
    )
    assert friend_pays(address=other).status == ReferralStatus.REWARDED


@pytest.mark.parametrize(
    ("action", "status"),
    [("flag", ReferralStatus.FLAGGED), ("reject", ReferralStatus.REJECTED)],
)
def test_velocity_per_day(setup, action, status):
    _, friend_pays = setup(velocity_per_day="2", velocity_action=action)
    assert friend_pays().status == ReferralStatus.REWARDED
    assert friend_pays().status == ReferralStatus.REWARDED
    burst = friend_pays()
    assert burst.status == status
    assert burst.status_reason == "more than 2 referrals by this advocate in a day"


def test_velocity_per_week_counts_older_referrals(setup):
    _, friend_pays = setup(velocity_per_week="1", velocity_per_day="5")
    first = friend_pays()
    Referral.objects.filter(pk=first.pk).update(
        created_at=timezone.now() - timezone.timedelta(days=3)
    )
    assert friend_pays().status == ReferralStatus.FLAGGED


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("fraud_same_address", "maybe"),
        ("velocity_per_day", "-1"),
        ("velocity_action", "off"),
    ],
)
def test_bad_fraud_settings_name_their_field(field, value):
    with pytest.raises(ConfigurationError) as error:
        parse({field: value})
    assert field in error.value.errors


def test_release_never_pays_a_flagged_referral_even_if_held(setup):
    program, friend_pays = setup(fraud_same_address="flag")
    referral = friend_pays(address=HOME)
    reward = rewards.hold_advocate_reward(referral, program)
    assert rewards.release(reward.pk).status == RewardStatus.HELD
