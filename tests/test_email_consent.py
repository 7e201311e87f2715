"""Unsubscribe links: signed, one click, honoured; transactional e-mails still go."""

import re

import pytest
from django.core import mail, signing
from django.test import Client

from saleor_referrals import referrals
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.emails import ASKS, INVITATIONS, UPDATES, flows, queue_invitation
from saleor_referrals.emails.consent import (
    DEFAULT_PATH,
    is_opted_out,
    make_token,
    opt_out,
    read_token,
    unsubscribe_url,
)
from saleor_referrals.emails.models import EmailLog, EmailOptOut, EmailStatus
from saleor_referrals.emails.tasks import email_thank_you_task
from saleor_referrals.models import Reward

from .conftest import CHANNEL


@pytest.fixture
def code(program, advocate):
    return get_or_create_code(program, advocate)


def thank_you(user, order_facts):
    facts = order_facts(user)
    return email_thank_you_task.delay(
        {
            "order_id": facts.order_id,
            "order_number": facts.number,
            "user_id": user.pk,
            "email": user.email,
            "channel_slug": CHANNEL,
            "language_code": "",
        }
    ).get()


def link_of(message) -> str:
    return re.fullmatch(r"<(.+)>", message.extra_headers["List-Unsubscribe"])[1]


def test_one_click_unsubscribe_is_honoured(
    email_urls, program, advocate, order_facts, configure, program_settings
):
    configure(**{**program_settings, "thank_you_email": "every_order"})
    assert thank_you(advocate, order_facts) == "sent"
    link = link_of(mail.outbox[0])
    assert link.startswith("https://api.example.com/referrals/unsubscribe/")
    assert f'href="{link}"' in mail.outbox[0].alternatives[0][0]
    assert link in mail.outbox[0].body

    # A mail client's RFC 8058 one-click POST: no CSRF token, no login.
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        link.removeprefix("https://api.example.com"),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert is_opted_out("ada@example.com", ASKS)
    assert thank_you(advocate, order_facts) == "unsubscribed"
    assert len(mail.outbox) == 1
    assert EmailLog.objects.filter(status=EmailStatus.SKIPPED).count() == 1


def test_get_only_asks_for_confirmation(email_urls, program, advocate, order_facts):
    thank_you(advocate, order_facts)
    path = link_of(mail.outbox[0]).removeprefix("https://api.example.com")
    page = Client().get(path)
    assert page.status_code == 200
    assert '<form method="post">' in page.content.decode()
    assert not EmailOptOut.objects.exists()  # link scanners follow GET links
    done = Client().post(path)
    assert "You are unsubscribed" in done.content.decode()
    assert EmailOptOut.objects.get().topic == ASKS


@pytest.mark.parametrize(
    ("language", "title", "direction"),
    [
        ("en", "You are unsubscribed", "ltr"),
        ("fa", "اشتراک شما لغو شد", "rtl"),
        ("ar", "تم إلغاء اشتراكك", "rtl"),
    ],
)
def test_the_page_speaks_the_language_of_the_email(
    email_urls, db, language, title, direction
):
    token = make_token("ada@example.com", UPDATES, language)
    page = Client().post(f"/referrals/unsubscribe/{token}/").content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert title in page
    assert '<span dir="auto">ada@example.com</span>' in page


def test_a_forged_or_broken_token_is_refused(email_urls, db):
    forged = signing.dumps({"e": "ada@example.com", "t": ASKS}, salt="other")
    for token in (forged, "garbage"):
        response = Client().post(f"/referrals/unsubscribe/{token}/")
        assert response.status_code == 400
    assert not EmailOptOut.objects.exists()


def test_tokens_round_trip_and_name_a_known_topic():
    token = make_token(" Ada@Example.com ", INVITATIONS, "fa")
    subscription = read_token(token)
    assert (subscription.email, subscription.topic, subscription.language) == (
        "Ada@Example.com",
        INVITATIONS,
        "fa",
    )
    bad = signing.dumps(
        {"e": "a@b.c", "t": "everything"}, salt="saleor_referrals.unsubscribe"
    )
    with pytest.raises(signing.BadSignature):
        read_token(bad)


def test_unsubscribed_address_never_gets_another_invitation(program, advocate):
    opt_out("Carol.Smith+shop@gmail.com", INVITATIONS)
    for address in ("carol.smith@gmail.com", "CAROLSMITH@googlemail.com"):
        queued = queue_invitation(
            program=program,
            advocate=advocate,
            email=address,
            message="hi",
            language="en",
        )
        assert queued is False
    # Even a task queued before the opt-out does not send it.
    assert (
        flows.invitation(program.pk, advocate.pk, "carol.smith@gmail.com", "", "en")
        == "unsubscribed"
    )
    assert mail.outbox == []


def test_invitation_unsubscribe_link_targets_invitations(program, advocate):
    flows.invitation(program.pk, advocate.pk, "carol@example.com", "", "en")
    token = link_of(mail.outbox[0]).rsplit("/", 2)[-2]
    assert read_token(token).topic == INVITATIONS
    assert read_token(token).email == "carol@example.com"


def test_transactional_emails_always_go(code, friend, order_facts, advocate):
    for topic in (ASKS, UPDATES, INVITATIONS):
        opt_out(advocate.email, topic)
    referrals.qualify_paid_order(order_facts(friend, voucher_code=code.code))
    reward = Reward.objects.get()
    assert flows.reward_status(reward.pk, "issued") == "sent"
    assert "List-Unsubscribe" not in mail.outbox[0].extra_headers
    # ... while the optional updates honour the opt-out.
    assert flows.referral_status(reward.referral_id, "pending") == "unsubscribed"


def test_opting_out_twice_keeps_one_row(db):
    opt_out("ada@example.com", ASKS)
    opt_out("ADA@example.com", ASKS)
    assert EmailOptOut.objects.count() == 1


def test_links_use_the_storefront_origin_without_a_public_url(program):
    url = unsubscribe_url(program, "ada@example.com", ASKS, "en")
    token = make_token("ada@example.com", ASKS, "en")
    assert url == "https://shop.example.com" + DEFAULT_PATH.format(token=token)


def test_an_opted_out_address_without_a_public_link_is_skipped(
    program, code, friend, advocate, order_facts, settings
):
    """No link to offer (no public URL, no storefront), but the address already
    left: the event is recorded as skipped rather than dropped for want of a link."""
    program.storefront_url = ""
    program.save()
    settings.REFERRALS_PUBLIC_URL = ""
    referral = referrals.attribute_order(order_facts(friend, voucher_code=code.code))
    assert flows.referral_status(referral.pk, "pending") == "no_link"
    assert not EmailLog.objects.exists()

    opt_out(advocate.email, UPDATES)
    assert flows.referral_status(referral.pk, "pending") == "unsubscribed"
    assert flows.referral_status(referral.pk, "pending") == "unsubscribed"
    assert EmailLog.objects.get().status == EmailStatus.SKIPPED
    assert mail.outbox == []
