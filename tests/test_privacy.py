from decimal import Decimal

from django.utils import timezone

from saleor_referrals import referrals, rewards
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.models import (
    Referral,
    ReferralCode,
    ReferralStatus,
    Reward,
    RewardStatus,
)


def test_deleting_a_friend_removes_their_email_and_keeps_the_amounts(
    program, advocate, friend, order_facts, django_capture_on_commit_callbacks
):
    code = get_or_create_code(program, advocate)
    with django_capture_on_commit_callbacks(execute=True):
        referrals.qualify_paid_order(order_facts(friend, voucher_code=code.code))
    friend.delete()
    referral = Referral.objects.get()
    assert referral.friend is None
    assert referral.friend_email == referral.friend_email_normalized == ""
    assert referral.order_total == Decimal("100.00")
    assert referral.status == ReferralStatus.REWARDED


def test_deleting_an_advocate_deactivates_their_code_everywhere(
    configure, program_settings, advocate, friend, order_facts, commerce
):
    program = configure(**{**program_settings, "hold_days": "5"})
    code = get_or_create_code(program, advocate)
    referrals.qualify_paid_order(order_facts(friend, voucher_code=code.code))
    advocate.delete()

    code = ReferralCode.objects.get()
    assert code.user is None
    assert not code.is_active
    voucher = commerce.vouchers[program.friend_voucher_id]
    assert voucher.codes == {code.code: False, code.code.lower(): False}
    assert Referral.objects.get().advocate is None

    reward = Reward.objects.get()
    assert reward.recipient is None
    Reward.objects.update(release_at=timezone.now())
    assert rewards.release(reward.pk).status == RewardStatus.CANCELLED
    referral = Referral.objects.get()
    assert referral.status == ReferralStatus.REJECTED
    assert referral.status_reason == "the advocate's account was deleted"
