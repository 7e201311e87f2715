"""Referral e-mails inside Saleor: the plugin's thank-you hook, status e-mails,
and the customer's Saleor `language_code`."""

import contextlib
from unittest.mock import patch

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from django.utils import translation
from saleor.core.db.connection import allow_writer
from saleor.order import OrderChargeStatus
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.emails import i18n
from saleor_referrals.emails.models import EmailLog
from saleor_referrals.emails.tasks import email_thank_you_task
from saleor_referrals.signups.tasks import convert_lead_task

from .test_referral_loop import _referred_paid_order

# The loop's program fixtures, where they live in its module (used by name below);
# once they are shared from conftest.py the import finds nothing and that is fine.
with contextlib.suppress(ImportError):
    from .test_referral_loop import (  # noqa: F401
        advocate_code,
        configure,
        friend,
        program,
    )


def _paid(order):
    order.charge_status = OrderChargeStatus.FULL
    order.total_charged_amount = order.total_gross_amount
    order.save()
    return order


def test_paid_order_sends_the_thank_you_in_the_customers_language(
    request, customer_user, order_generator, django_capture_on_commit_callbacks
):
    shop_program = request.getfixturevalue("program")
    mailoutbox = request.getfixturevalue("mailoutbox")
    customer_user.language_code = "fa-ir"
    customer_user.save(update_fields=["language_code"])
    order = _paid(order_generator(user=customer_user, user_email=customer_user.email))
    manager = get_plugins_manager(allow_replica=False)
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_fully_paid(order)
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_fully_paid(order)  # delivered twice
    [message] = mailoutbox
    assert message.to == [customer_user.email]
    assert message.extra_headers["Content-Language"] == "fa"
    assert '<html lang="fa" dir="rtl">' in message.alternatives[0][0]
    # Saleor's order number as Saleor shows it, in Persian digits.
    persian = str(order.number).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert f"پرداخت سفارش #{persian} شما" in message.body
    with allow_writer():
        code = get_or_create_code(shop_program, customer_user).code
    assert f"https://shop.example.com/?ref={code}" in message.body
    assert EmailLog.objects.get().event_key == f"order:{order.pk}:paid"


def test_thank_you_off_queues_nothing(
    request, customer_user, order_generator, django_capture_on_commit_callbacks
):
    assert request.getfixturevalue("configure")(thank_you_email="off")["errors"] == []
    order = _paid(order_generator(user=customer_user, user_email=customer_user.email))
    plugin = get_plugins_manager(allow_replica=False).get_plugin(
        "saleor_referrals", order.channel.slug
    )
    with (
        patch.object(email_thank_you_task, "delay") as thank_you,
        patch.object(convert_lead_task, "delay") as lead_check,
        django_capture_on_commit_callbacks(execute=True),
    ):
        plugin.order_fully_paid(order, None)
    thank_you.assert_not_called()
    # Only the lead check (sign-up or event pass) of an order without a code.
    lead_check.assert_called_once_with(str(order.pk))


def test_referred_order_tells_the_advocate_in_their_language(
    request, order_generator, django_capture_on_commit_callbacks, mailoutbox
):
    code = request.getfixturevalue("advocate_code")
    advocate = code.user
    advocate.language_code = "ar"
    advocate.save(update_fields=["language_code"])
    order = _referred_paid_order(
        request.getfixturevalue("friend_order"), request.getfixturevalue("friend"), code
    )
    manager = get_plugins_manager(allow_replica=False)
    with django_capture_on_commit_callbacks(execute=True):
        manager.order_fully_paid(order)
    with translation.override("ar"):
        reward = i18n.money(20, "USD")
    assert reward == "\u200f٢٠٫٠٠\xa0US$"  # Arabic-Indic digits
    [released] = [
        message
        for message in mailoutbox
        if message.to == [advocate.email] and reward in message.subject
    ]
    assert released.extra_headers["Content-Language"] == "ar"
    assert "reward_released" in EmailLog.objects.filter(
        recipient=advocate.email.lower()
    ).values_list("kind", flat=True)
