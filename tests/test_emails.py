"""Every e-mail in every language, through the flows that send it (locmem backend).

Each test checks recipient, subject, language (header and html), direction, the
link, and amounts as Babel formats them for the language.
"""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.test import TestCase
from django.utils import timezone, translation

from saleor_referrals import referrals, rewards
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.emails import i18n, queue_invitation
from saleor_referrals.emails.models import EmailLog, EmailStatus
from saleor_referrals.emails.tasks import email_nudges_task, email_thank_you_task
from saleor_referrals.models import Reward, RewardStatus

from .conftest import CHANNEL, make_user

LANGUAGES = ("en", "fa", "ar")
SHARE_PREFIX = "https://shop.example.com/?ref="

SUBJECTS = {
    "thank_you": {
        "en": "Thank you for your order! A gift for your friends inside",
        "fa": "از سفارش شما سپاسگزاریم! هدیه‌ای برای دوستانتان در این ایمیل است",
        "ar": "شكرًا على طلبك! في الداخل هدية لأصدقائك",
    },
    "invitation": {
        "en": "Ada L. sent you a 15% discount",
        "fa": "Ada L. برای شما ۱۵٪ تخفیف فرستاده است",
        "ar": "هدية من Ada L.: خصم ١٥٪\u061c",
    },
    "friend_ordered": {
        "en": "A friend just ordered with your referral code",
        "fa": "یکی از دوستانتان با کد معرفی شما سفارش داد",
        "ar": "طلب أحد أصدقائك برمز الإحالة الخاص بك",
    },
    "reward_held": {
        "en": "You earned {amount}: it is yours on {date}",
        "fa": "{amount} به دست آوردید: از {date} مال شماست",
        "ar": "ربحت {amount}، وستصبح لك في {date}",
    },
    "reward_released": {
        "en": "Your {amount} referral reward is ready",
        "fa": "پاداش معرفی {amount} شما آماده است",
        "ar": "مكافأة الإحالة بقيمة {amount} جاهزة",
    },
    "reward_reversed": {
        "en": "Your {amount} referral reward was reversed",
        "fa": "پاداش معرفی {amount} شما پس گرفته شد",
        "ar": "أُلغيت مكافأة الإحالة بقيمة {amount}",
    },
    "nudge": {
        "en": "Your friends can still get a 15% discount",
        "fa": "دوستانتان هنوز هم می‌توانند ۱۵٪ تخفیف بگیرند",
        "ar": "لا يزال بإمكان أصدقائك الحصول على خصم ١٥٪\u061c",
    },
}
# A sentence of each body, to prove the body (not only the subject) is translated.
BODY = {
    "thank_you": {
        "en": "Share your personal code",
        "fa": "کد شخصی‌تان را با او به اشتراک بگذارید",
        "ar": "شارك رمزك الشخصي",
    },
    "invitation": {
        "en": "Enter this code at checkout",
        "fa": "این کد را هنگام پرداخت وارد کنید",
        "ar": "أدخل هذا الرمز عند الدفع",
    },
    "friend_ordered": {
        "en": "just placed an order with your referral code",
        "fa": "همین حالا با کد معرفی شما سفارش ثبت کرد",
        "ar": "للتو بتقديم طلب باستخدام رمز الإحالة الخاص بك",
    },
    "reward_held": {
        "en": "when the return window ends",
        "fa": "که مهلت مرجوعی تمام می‌شود",
        "ar": "عند انتهاء فترة الإرجاع",
    },
    "reward_released": {
        "en": "enter the code in the promo code field at checkout",
        "fa": "کد را در بخش کد تخفیف وارد کنید",
        "ar": "أدخل الرمز في خانة رمز الخصم عند الدفع",
    },
    "reward_reversed": {
        "en": "because your friend's order was cancelled",
        "fa": "چون سفارش دوستتان لغو شد",
        "ar": "لأن طلب صديقك أُلغي",
    },
    "reward_released_store_credit": {
        "en": "enter your store-credit code in the gift card or promo code field",
        "fa": "کد اعتبار خرید را در بخش کارت هدیه یا کد تخفیف وارد کنید",
        "ar": "أدخل رمز رصيد الشراء في خانة بطاقة الهدايا أو رمز الخصم عند الدفع",
    },
    "nudge": {
        "en": "A quick message is all it takes.",
        "fa": "فقط کافی است یک پیام کوتاه بفرستید.",
        "ar": "كل ما يلزم رسالة قصيرة.",
    },
}


# 15% as each language writes it (Persian and Arabic digits and percent signs).
FIFTEEN_PERCENT = {"en": "15%", "fa": "۱۵٪", "ar": "١٥٪\u061c"}


def money(amount: str, language: str, currency: str = "USD") -> str:
    """An amount as the e-mails write it (test_email_numbers.py pins the strings)."""
    with translation.override(language):
        return i18n.money(Decimal(amount), currency)


def only_message():
    assert len(mail.outbox) == 1, [message.subject for message in mail.outbox]
    return mail.outbox[0]


def html_of(message) -> str:
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    return html


def assert_localized(
    message, kind: str, language: str, body: str = "", **subject_values: str
):
    """`body`: the BODY entry when it is not the e-mail's own (a variant)."""
    assert message.subject == SUBJECTS[kind][language].format(**subject_values)
    assert message.extra_headers["Content-Language"] == language
    html = html_of(message)
    direction = "ltr" if language == "en" else "rtl"
    assert f'<html lang="{language}" dir="{direction}">' in html
    # The layout mirrors: content aligned to the start side of the language.
    start = "left" if language == "en" else "right"
    assert f"text-align:{start};" in html
    assert f"text-align:{'right' if start == 'left' else 'left'};" not in html
    sentence = BODY[body or kind][language]
    assert sentence in message.body
    assert sentence.replace("'", "&#x27;") in html
    return html


@pytest.fixture
def code(program, advocate):
    return get_or_create_code(program, advocate)


@pytest.fixture
def offer_program(configure, program_settings):
    """The default program, plus a minimum spend for the friend's discount."""
    return configure(**{**program_settings, "friend_min_spent": "30"})


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what the block queues for after commit (the e-mail tasks), like a commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_thank_you(language, offer_program, advocate, speaks, order_facts, mailoutbox):
    program = offer_program
    speaks(advocate, language)
    facts = order_facts(advocate, total="50.00")
    result = email_thank_you_task.delay(
        {
            "order_id": facts.order_id,
            "order_number": "1042",
            "user_id": advocate.pk,
            "email": advocate.email,
            "channel_slug": CHANNEL,
            "language_code": "",
        }
    )
    assert result.get() == "sent"
    message = only_message()
    assert message.to == ["ada@example.com"]
    html = assert_localized(message, "thank_you", language)
    # The order as Saleor shows it, in the language's digits.
    paid_order = {
        "en": "We have received the payment for your order #1042.",
        "fa": "پرداخت سفارش #۱۰۴۲ شما را دریافت کردیم.",
        "ar": "استلمنا الدفعة الخاصة بطلبك #١٠٤٢.",
    }
    assert paid_order[language] in message.body
    code = get_or_create_code(program, advocate).code  # created by the e-mail
    assert f"{SHARE_PREFIX}{code}" in message.body
    assert f'href="{SHARE_PREFIX}{code}"' in html
    assert code in html
    assert money("20", language) in message.body  # the advocate's reward
    assert money("30", language) in message.body  # the friend's minimum spend
    assert FIFTEEN_PERCENT[language] in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<https://shop.")
    assert (
        message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_invitation(language, offer_program, advocate, on_commit, mailoutbox):
    program = offer_program
    with on_commit():
        queued = queue_invitation(
            program=program,
            advocate=advocate,
            email="Carol@Example.com",
            message='Try the <b>beans</b> & "the" cake!\nReally.',
            language=language,
        )
    assert queued is True
    message = only_message()
    assert message.to == ["Carol@Example.com"]
    html = assert_localized(message, "invitation", language)
    code = get_or_create_code(program, advocate).code
    assert f'href="{SHARE_PREFIX}{code}"' in html
    assert f"{SHARE_PREFIX}{code}" in message.body
    # The personal message: plain in text, escaped in html, never markup.
    assert 'Try the <b>beans</b> & "the" cake!\nReally.' in message.body
    assert (
        "Try the &lt;b&gt;beans&lt;/b&gt; &amp; &quot;the&quot; cake!<br>Really."
        in (html)
    )
    assert "<b>beans" not in html
    # The advocate is named by first name and initial, never by e-mail.
    assert "Ada L." in html
    assert "ada@example.com" not in message.body + html
    assert money("30", language) in message.body
    assert "List-Unsubscribe" in message.extra_headers


@pytest.mark.parametrize("language", LANGUAGES)
def test_friend_ordered(
    language, code, advocate, friend, speaks, order_facts, on_commit, mailoutbox
):
    speaks(advocate, language)
    with on_commit():
        referrals.attribute_order(order_facts(friend, voucher_code=code.code))
    message = only_message()
    assert message.to == ["ada@example.com"]
    html = assert_localized(message, "friend_ordered", language)
    assert "Bob" in message.body  # the friend's first name only
    assert "Builder" not in message.body + html
    assert money("20", language) in message.body
    assert f'href="{SHARE_PREFIX}{code.code}"' in html  # invite more friends
    assert "List-Unsubscribe" in message.extra_headers


@pytest.fixture
def referred(configure, program_settings, advocate, friend, order_facts):
    """`referred(**settings)`: the friend's order with the advocate's code, in a
    program that holds rewards for 14 days (plus `settings`)."""

    def make(**settings):
        program = configure(**{**program_settings, "hold_days": "14", **settings})
        code = get_or_create_code(program, advocate)
        return order_facts(friend, voucher_code=code.code)

    return make


def release(reward, on_commit):
    """Release the reward, running its e-mail; the reward as issued, and the e-mail."""
    with on_commit():
        rewards.release(reward.pk)
    reward.refresh_from_db()
    return reward, only_message()


def due_reward(facts) -> Reward:
    """Qualify the order (its e-mails are not under test) and make the reward due."""
    referrals.qualify_paid_order(facts)
    Reward.objects.update(release_at=timezone.now() - timedelta(seconds=1))
    return Reward.objects.get()


@pytest.mark.parametrize("language", LANGUAGES)
def test_reward_held(language, referred, advocate, speaks, on_commit):
    facts = referred()
    referrals.attribute_order(facts)  # its e-mail is not the one under test
    speaks(advocate, language)
    with on_commit():
        referrals.qualify_paid_order(facts)
    message = only_message()
    reward = Reward.objects.get()
    assert reward.status == RewardStatus.HELD
    with translation.override(language):
        date = i18n.long_date(reward.release_at)
    amount = money("20", language)
    assert_localized(message, "reward_held", language, amount=amount, date=date)
    assert message.to == ["ada@example.com"]
    assert date in message.body
    assert "List-Unsubscribe" in message.extra_headers


@pytest.mark.parametrize("language", LANGUAGES)
def test_reward_released_as_voucher(language, referred, advocate, speaks, on_commit):
    speaks(advocate, language)
    reward, message = release(due_reward(referred()), on_commit)
    amount = money("20", language)
    html = assert_localized(message, "reward_released", language, amount=amount)
    assert message.to == ["ada@example.com"]
    assert reward.voucher_code.startswith("THANKS-")
    assert reward.voucher_code in message.body
    assert reward.voucher_code in html
    # Transactional: no unsubscribe link, it always goes.
    assert "List-Unsubscribe" not in message.extra_headers
    assert "unsubscribe" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_reward_released_as_store_credit(
    language, referred, advocate, speaks, on_commit, commerce
):
    speaks(advocate, language)
    facts = referred(advocate_reward_type="store_credit")
    reward, message = release(due_reward(facts), on_commit)
    amount = money("20", language)
    html = assert_localized(
        message,
        "reward_released",
        language,
        body="reward_released_store_credit",
        amount=amount,
    )
    card_code = commerce.wallet_code(reward.gift_card_id)
    assert card_code.endswith("-CRDT")
    assert card_code in message.body
    assert card_code in html
    balance = money(str(commerce.wallet_balance(reward.gift_card_id)), language)
    assert balance in message.body
    assert balance in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_reward_reversed(language, referred, advocate, speaks, on_commit):
    facts = referred()
    reward = due_reward(facts)
    rewards.release(reward.pk)
    reward.refresh_from_db()
    speaks(advocate, language)
    with on_commit():
        referrals.reverse_order(facts.order_id, "order cancelled")
    message = only_message()
    amount = money("20", language)
    html = assert_localized(message, "reward_reversed", language, amount=amount)
    assert message.to == ["ada@example.com"]
    # The unused voucher was deactivated: the e-mail names it.
    assert reward.voucher_code in message.body
    assert reward.voucher_code in html
    assert "List-Unsubscribe" not in message.extra_headers


@pytest.mark.parametrize("language", LANGUAGES)
def test_nudge(
    language, configure, program_settings, advocate, speaks, commerce, mailoutbox
):
    program = configure(**{**program_settings, "nudge_after_days": "30"})
    code = get_or_create_code(program, advocate)
    code.created_at = timezone.now() - timedelta(days=31)
    code.save(update_fields=["created_at"])
    speaks(advocate, language)
    assert email_nudges_task.delay().get() == 1
    message = only_message()
    assert message.to == ["ada@example.com"]
    html = assert_localized(message, "nudge", language)
    assert f'href="{SHARE_PREFIX}{code.code}"' in html
    assert money("20", language) in message.body
    assert "List-Unsubscribe" in message.extra_headers
    log = EmailLog.objects.get(kind="nudge")
    assert (log.status, log.language, log.customer) == ("sent", language, advocate)


def test_language_falls_back_to_the_channel_default(
    configure, program_settings, code, advocate, friend, speaks, order_facts, on_commit
):
    configure(**{**program_settings, "email_language": "ar"})
    speaks(advocate, "de-DE")  # a Saleor language without our catalog
    with on_commit():
        referrals.attribute_order(order_facts(friend, voucher_code=code.code))
    assert only_message().extra_headers["Content-Language"] == "ar"


def test_saleor_region_codes_pick_the_language(
    code, advocate, friend, speaks, order_facts, on_commit
):
    speaks(advocate, "fa-IR")
    with on_commit():
        referrals.attribute_order(order_facts(friend, voucher_code=code.code))
    assert only_message().extra_headers["Content-Language"] == "fa"


def test_partial_refund_explains_the_minimum(referred, on_commit):
    facts = referred()
    rewards.release(due_reward(facts).pk)
    with on_commit():
        referrals.reverse_order(
            facts.order_id, "order partially refunded", paid_after_refund=Decimal(10)
        )
    assert "no longer reaches the minimum order total" in only_message().body


def test_store_credit_already_spent_is_explained(referred, on_commit, commerce):
    facts = referred(advocate_reward_type="store_credit")
    reward = due_reward(facts)
    rewards.release(reward.pk)
    reward.refresh_from_db()
    commerce.debit_wallet(
        key="spent", gift_card_id=reward.gift_card_id, amount=Decimal(15), reason="x"
    )
    with on_commit():
        referrals.reverse_order(facts.order_id, "order fully refunded")
    body = only_message().body
    assert "because your friend's order was refunded" in body
    assert "We took $5.00 off your store credit." in body
    assert "$15.00 of it had already been spent" in body
    assert "Your store credit balance: $0.00" in body


def test_cancelled_held_reward_says_nothing_was_taken(referred, on_commit):
    facts = referred()
    referrals.qualify_paid_order(facts)
    with on_commit():
        referrals.reverse_order(facts.order_id, "order cancelled")
    message = only_message()
    assert message.subject == "Your $20.00 referral reward was reversed"
    assert "still on hold, so nothing was taken" in message.body


def test_no_hold_sends_released_without_held(
    code, friend, order_facts, on_commit, mailoutbox
):
    facts = order_facts(friend, voucher_code=code.code)
    referrals.attribute_order(facts)
    with on_commit():
        referrals.qualify_paid_order(facts)
    assert [message.subject for message in mailoutbox] == [
        "Your $20.00 referral reward is ready"
    ]
    assert EmailLog.objects.filter(kind="reward_held").count() == 0


def test_no_hold_queues_no_held_email_task(code, friend, order_facts):
    """The "held" task would only find nothing to say: it is not queued at all."""
    from saleor_referrals.emails.tasks import email_reward_status_task
    from saleor_referrals.outbox import OutboxMessage

    facts = order_facts(friend, voucher_code=code.code)
    referrals.attribute_order(facts)
    with TestCase.captureOnCommitCallbacks(execute=True):
        referrals.qualify_paid_order(facts)
    # The release task runs eagerly and sends its "issued" e-mail itself, with
    # no outbox row; nothing is queued for "held".
    queued = OutboxMessage.objects.filter(task_name=email_reward_status_task.name)
    assert list(queued) == []
    assert list(EmailLog.objects.values_list("kind", flat=True)) == ["reward_released"]


def test_whole_loop_sends_each_status_once(referred, on_commit, mailoutbox):
    facts = referred()
    with on_commit():
        referrals.attribute_order(facts)
    with on_commit():
        referrals.qualify_paid_order(facts)
        referrals.qualify_paid_order(facts)  # the paid event delivered twice
    Reward.objects.update(release_at=timezone.now())
    with on_commit():
        rewards.release(Reward.objects.get().pk)
    with on_commit():
        referrals.reverse_order(facts.order_id, "order fully refunded")
        referrals.reverse_order(facts.order_id, "order fully refunded")
    assert [log.kind for log in EmailLog.objects.order_by("pk")] == [
        "friend_ordered",
        "reward_held",
        "reward_released",
        "reward_reversed",
    ]
    assert len(mailoutbox) == 4
    assert set(EmailLog.objects.values_list("status", flat=True)) == {EmailStatus.SENT}


def test_rejected_referral_sends_nothing(
    code, advocate, order_facts, on_commit, mailoutbox
):
    # The advocate's own order with their code is rejected: nothing to announce.
    with on_commit():
        referrals.attribute_order(order_facts(advocate, voucher_code=code.code))
    assert mailoutbox == []


def test_invitation_uses_the_channel_language_when_none_is_given(
    configure, program_settings, advocate, on_commit
):
    program = configure(**{**program_settings, "email_language": "fa"})
    with on_commit():
        queue_invitation(
            program=program,
            advocate=advocate,
            email="carol@example.com",
            message="",
            language="",
        )
    message = only_message()
    assert message.extra_headers["Content-Language"] == "fa"
    assert "dir=" in html_of(message)


def test_second_user_gets_their_own_code_in_the_thank_you(program, mailoutbox):
    carol = make_user("carol@example.com", "Carol")
    result = email_thank_you_task.delay(
        {
            "order_id": "order-x",
            "order_number": "7",
            "user_id": carol.pk,
            "email": "carol@example.com",
            "channel_slug": CHANNEL,
            "language_code": "ar-AE",  # the order's language, used as a hint
        }
    )
    assert result.get() == "sent"
    message = only_message()
    code = get_or_create_code(program, carol).code
    assert code in message.body
    assert message.extra_headers["Content-Language"] == "ar"


def test_names_are_escaped_exactly_once(program, on_commit):
    advocate = make_user("eve@example.com", "<b>Eve</b> & Co", "X")
    with on_commit():
        queue_invitation(
            program=program,
            advocate=advocate,
            email="carol@example.com",
            message="",
            language="en",
        )
    message = only_message()
    html = html_of(message)
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; Co X." in html
    assert "<b>Eve" not in html
    assert "&amp;lt;" not in html
    assert message.subject == "<b>Eve</b> & Co X. sent you a 15% discount"
