"""Sending: at most once per event, retries, channel settings, reminders, beat."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from saleor_referrals import referrals
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.emails import flows, queue_invitation
from saleor_referrals.emails.models import EmailLog, EmailStatus
from saleor_referrals.emails.send import Outcome, sender
from saleor_referrals.emails.setup import NUDGE_SCHEDULE_NAME
from saleor_referrals.emails.tasks import (
    email_invitation_task,
    email_nudges_task,
    email_reward_status_task,
    email_thank_you_task,
)
from saleor_referrals.models import Referral, Reward

from . import celery_app
from .conftest import CHANNEL
from .race import race_outcomes


@pytest.fixture
def code(program, advocate):
    return get_or_create_code(program, advocate)


@pytest.fixture
def issued_reward(code, friend, order_facts):
    """A released voucher reward; its e-mails are not sent (no commit happened)."""
    referrals.qualify_paid_order(order_facts(friend, voucher_code=code.code))
    return Reward.objects.get()


def paid_order(user, order_id="order-1", email=None):
    return {
        "order_id": order_id,
        "order_number": order_id.rsplit("-", 1)[-1],
        "user_id": user.pk if user else None,
        "email": email or (user.email if user else "guest@example.com"),
        "channel_slug": CHANNEL,
        "language_code": "en",
    }


# --- once per event ------------------------------------------------------------


def test_a_retried_task_does_not_send_twice(issued_reward, mailoutbox):
    first = email_reward_status_task.delay(issued_reward.pk, "issued")
    again = email_reward_status_task.delay(issued_reward.pk, "issued")
    assert (first.get(), again.get()) == ("sent", "duplicate")
    assert len(mailoutbox) == 1
    log = EmailLog.objects.get()
    assert (log.kind, log.event_key, log.recipient) == (
        "reward_released",
        f"reward:{issued_reward.pk}:issued",
        "ada@example.com",
    )
    assert (log.status, log.attempts) == (EmailStatus.SENT, 1)


def test_a_duplicated_event_does_not_send_twice(
    code, friend, order_facts, django_capture_on_commit_callbacks, mailoutbox
):
    facts = order_facts(friend, voucher_code=code.code)
    referral = referrals.attribute_order(facts)
    with django_capture_on_commit_callbacks(execute=True):
        # The same status signal delivered twice (a replayed event, say).
        from saleor_referrals.history import record_referral_status

        record_referral_status(referral, "", "replayed")
        record_referral_status(referral, "", "replayed")
    assert len(mailoutbox) == 1


def test_the_thank_you_is_sent_once_per_order(program, advocate, order_facts):
    facts = order_facts(advocate)
    order = paid_order(advocate, facts.order_id)
    assert email_thank_you_task.delay(order).get() == "sent"
    assert email_thank_you_task.delay(order).get() == "duplicate"
    assert len(mail.outbox) == 1


def test_the_same_invitation_is_sent_once(program, advocate):
    for _ in range(2):
        result = email_invitation_task.delay(
            program.pk, advocate.pk, "carol@example.com", "hi", "en"
        )
    assert result.get() == "duplicate"
    assert len(mail.outbox) == 1


def test_a_failed_send_is_retried_and_sent_once(issued_reward, monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    send = EmailBackend.send_messages
    calls = []

    def flaky(self, messages):
        calls.append(len(messages))
        if len(calls) == 1:
            raise smtplib.SMTPServerDisconnected("connection lost")
        return send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", flaky)
    # throw=False: an eager task runs its retry at once instead of raising Retry.
    result = email_reward_status_task.apply(
        args=(issued_reward.pk, "issued"), throw=False
    )
    assert result.get() == "sent"
    assert calls == [1, 1]
    assert len(mail.outbox) == 1
    log = EmailLog.objects.get()
    assert (log.status, log.attempts, log.error) == (EmailStatus.SENT, 2, "")


def test_a_send_that_keeps_failing_is_recorded(issued_reward, monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    def down(self, messages):
        raise smtplib.SMTPServerDisconnected("connection lost")

    monkeypatch.setattr(EmailBackend, "send_messages", down)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        flows.reward_status(issued_reward.pk, "issued")
    log = EmailLog.objects.get()
    assert log.status == EmailStatus.FAILED
    assert log.attempts == 1
    assert "SMTPServerDisconnected: connection lost" in log.error


@pytest.mark.django_db(transaction=True)
def test_concurrent_workers_send_one_email(
    configure, program_settings, advocate, friend, order_facts
):
    program = configure(**program_settings)
    code = get_or_create_code(program, advocate)
    referrals.qualify_paid_order(order_facts(friend, voucher_code=code.code))
    reward = Reward.objects.get()
    mail.outbox.clear()  # what the qualification sent on its own commits
    EmailLog.objects.all().delete()
    outcomes, errors = race_outcomes(
        lambda: flows.reward_status(reward.pk, "issued"), workers=6
    )
    assert errors == []
    assert sorted(outcomes) == ["duplicate"] * 5 + ["sent"]
    assert len(mail.outbox) == 1


# --- channel settings ---------------------------------------------------------


def test_thank_you_first_order_only(program, advocate, order_facts):
    first = order_facts(advocate)
    assert email_thank_you_task.delay(paid_order(advocate, first.order_id)).get() == (
        "sent"
    )
    second = order_facts(advocate)
    assert email_thank_you_task.delay(paid_order(advocate, second.order_id)).get() == (
        "disabled"
    )
    assert len(mail.outbox) == 1


def test_thank_you_every_order(configure, program_settings, advocate, order_facts):
    configure(**{**program_settings, "thank_you_email": "every_order"})
    for _ in range(2):
        facts = order_facts(advocate)
        order = paid_order(advocate, facts.order_id)
        assert email_thank_you_task.delay(order).get() == "sent"
    assert len(mail.outbox) == 2


def test_thank_you_off(configure, program_settings, advocate, order_facts):
    configure(**{**program_settings, "thank_you_email": "off"})
    facts = order_facts(advocate)
    assert email_thank_you_task.delay(paid_order(advocate, facts.order_id)).get() == (
        "disabled"
    )


def test_guests_get_no_thank_you(program):
    assert email_thank_you_task.delay(paid_order(None)).get() == "disabled"
    assert mail.outbox == []


def test_no_storefront_url_means_no_ask(configure, program_settings, advocate):
    configure(**{**program_settings, "storefront_url": ""})
    assert email_thank_you_task.delay(paid_order(advocate)).get() == "no_link"


def test_status_emails_off(configure, program_settings, issued_reward):
    configure(**{**program_settings, "status_emails": False})
    assert email_reward_status_task.delay(issued_reward.pk, "issued").get() == (
        "disabled"
    )
    assert mail.outbox == []


def test_invitations_off(configure, program_settings, advocate):
    program = configure(**{**program_settings, "invitation_emails": False})
    assert not queue_invitation(
        program=program,
        advocate=advocate,
        email="carol@example.com",
        message="",
        language="en",
    )


def test_invalid_invitation_address_is_refused(program, advocate):
    with pytest.raises(ValueError):
        queue_invitation(
            program=program,
            advocate=advocate,
            email="not an address",
            message="",
            language="en",
        )


def test_sender_comes_from_the_channel(configure, program_settings, issued_reward):
    configure(
        **{
            **program_settings,
            "email_sender_name": 'Café "Beans"',
            "email_sender_address": "hello@shop.example.com",
        }
    )
    email_reward_status_task.delay(issued_reward.pk, "issued").get()
    assert mail.outbox[0].from_email == '"Café \\"Beans\\"" <hello@shop.example.com>'
    assert mail.outbox[0].message()["From"]  # Django can encode it


def test_sender_defaults_to_default_from_email(program, settings):
    settings.DEFAULT_FROM_EMAIL = "Shop <noreply@shop.example.com>"
    assert sender(program) == '"Shop" <noreply@shop.example.com>'
    program.email_sender_name = "Referrals"
    assert sender(program) == '"Referrals" <noreply@shop.example.com>'
    settings.DEFAULT_FROM_EMAIL = "noreply@shop.example.com"
    program.email_sender_name = ""
    assert sender(program) == "noreply@shop.example.com"


# --- reminders ------------------------------------------------------------------


@pytest.fixture
def nudging(configure, program_settings, advocate):
    program = configure(**{**program_settings, "nudge_after_days": "30"})
    code = get_or_create_code(program, advocate)
    code.created_at = timezone.now() - timedelta(days=40)
    code.save(update_fields=["created_at"])
    return program, code


def test_reminders_are_off_by_default(program, code):
    code.created_at = timezone.now() - timedelta(days=400)
    code.save(update_fields=["created_at"])
    assert email_nudges_task.delay().get() == 0


def test_reminder_at_most_once_per_period(nudging):
    program, code = nudging
    now = timezone.now()
    assert list(flows.nudge_candidates(program, now=now)) == [code]
    assert flows.nudge(program, code, now=now) == Outcome.SENT
    assert email_nudges_task.delay().get() == 0  # same day, the beat runs again
    later = now + timedelta(days=29)
    assert list(flows.nudge_candidates(program, now=later)) == []
    # A period later the customer is due again.
    EmailLog.objects.update(created_at=now - timedelta(days=31))
    assert list(flows.nudge_candidates(program, now=now)) == [code]
    assert flows.nudge(program, code, now=now + timedelta(days=1)) == Outcome.SENT
    assert len(mail.outbox) == 2


def test_no_reminder_after_a_recent_referral(nudging, friend, order_facts):
    program, code = nudging
    referrals.attribute_order(order_facts(friend, voucher_code=code.code))
    assert list(flows.nudge_candidates(program)) == []
    Referral.objects.update(created_at=timezone.now() - timedelta(days=31))
    assert list(flows.nudge_candidates(program)) == [code]


def test_no_reminder_after_a_recent_invitation_or_thank_you(nudging, advocate):
    program, code = nudging
    assert flows.invitation(program.pk, advocate.pk, "c@example.com", "", "en") == (
        Outcome.SENT
    )
    assert list(flows.nudge_candidates(program)) == []


def test_no_reminder_for_a_new_code(configure, program_settings, advocate):
    program = configure(**{**program_settings, "nudge_after_days": "30"})
    get_or_create_code(program, advocate)
    assert list(flows.nudge_candidates(program)) == []


def test_reminder_sweep_is_in_the_beat_schedule():
    entry = celery_app.app.conf.beat_schedule[NUDGE_SCHEDULE_NAME]
    assert entry["task"] == "saleor_referrals.email_nudges"
    assert entry["schedule"] == 24 * 3600.0


# --- the receivers stay cheap ---------------------------------------------------


def test_status_receivers_cost_one_outbox_insert_each(
    code, friend, order_facts, django_assert_num_queries
):
    """Each receiver writes its outbox row (so a broker outage loses no e-mail) and
    reads nothing."""
    referral = referrals.attribute_order(order_facts(friend, voucher_code=code.code))
    from saleor_referrals.domain_events import (
        ReferralStatusChanged,
        RewardStatusChanged,
        publish,
    )
    from saleor_referrals.outbox import OutboxMessage

    reward = Reward(pk=1, side="advocate", status="issued")
    OutboxMessage.objects.all().delete()
    with django_assert_num_queries(2):
        publish(ReferralStatusChanged(referral, "", "pending", ""))
        publish(RewardStatusChanged(reward, "held", "issued", ""))
    assert set(OutboxMessage.objects.values_list("dedupe_key", flat=True)) == {
        f"email_referral_status:{referral.pk}:pending",
        "email_reward_status:1:issued",
    }
