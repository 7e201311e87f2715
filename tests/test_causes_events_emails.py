"""E-mails of events and causes: the invitation with pass codes, and the donation
made on the advocate's behalf; once each, in the advocate's language."""

from datetime import timedelta
from decimal import Decimal

from django.core import mail
from django.utils import timezone

from saleor_referrals import referrals
from saleor_referrals.causes.models import Cause
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.emails.models import EmailLog
from saleor_referrals.emails.tasks import (
    email_donation_task,
    email_event_invitation_task,
)
from saleor_referrals.events import passes
from saleor_referrals.events.models import Event, EventInvitation, EventPass
from saleor_referrals.models import Reward, RewardKind

from .conftest import make_user


def sent(kind: str) -> list:
    subjects = set(
        EmailLog.objects.filter(kind=kind, status="sent").values_list(
            "subject", flat=True
        )
    )
    return [message for message in mail.outbox if message.subject in subjects]


def test_event_invitation_lists_the_pass_codes_once(
    program, advocate, speaks, django_capture_on_commit_callbacks
):
    speaks(advocate, "fa")
    get_or_create_code(program, advocate)
    event = Event.objects.create(
        program=program,
        name="Launch night",
        starts_at=timezone.now() + timedelta(days=3),
        capacity=5,
        guest_passes_per_member=2,
    )
    with django_capture_on_commit_callbacks(execute=True):
        passes.invite_members(event.pk)
        passes.invite_members(event.pk)
    [message] = sent("event_invitation")
    assert message.to == [advocate.email]
    assert "Launch night" in message.subject
    for code in EventPass.objects.values_list("code", flat=True):
        assert code in message.body
    html = message.alternatives[0][0]
    assert 'dir="rtl"' in html
    assert "کارت‌های مهمان شما" in html
    invitation = EventInvitation.objects.get()
    assert email_event_invitation_task.delay(invitation.pk).get() == "duplicate"
    assert len(sent("event_invitation")) == 1


def test_donation_e_mail_tells_the_advocate_once(
    program, advocate, order_facts, django_capture_on_commit_callbacks
):
    Cause.objects.create(
        program=program,
        name="Clean rivers",
        donate_per_referral=Decimal("2"),
        url="https://rivers.example.org/",
    )
    code = get_or_create_code(program, advocate)
    with django_capture_on_commit_callbacks(execute=True):
        referrals.qualify_paid_order(
            order_facts(make_user("bob@example.com"), voucher_code=code.code)
        )
    [message] = sent("donation_made")
    assert message.to == [advocate.email]
    assert "Clean rivers" in message.subject
    assert "https://rivers.example.org/" in message.body
    donation = Reward.objects.get(kind=RewardKind.DONATION)
    assert email_donation_task.delay(donation.pk).get() == "duplicate"
    assert len(sent("donation_made")) == 1
