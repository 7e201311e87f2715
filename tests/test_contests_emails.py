"""Contest winner e-mails: once per prize, in the winner's language (RTL)."""

from decimal import Decimal

from django.core import mail

from saleor_referrals.campaigns import contests
from saleor_referrals.campaigns.models import ContestPrize
from saleor_referrals.emails.models import EmailLog
from saleor_referrals.emails.tasks import email_contest_won_task

from .conftest import make_user
from .test_contests import bring, instant, new_contest  # noqa: F401 (fixtures)


def sent() -> list:
    subjects = set(
        EmailLog.objects.filter(kind="contest_won", status="sent").values_list(
            "subject", flat=True
        )
    )
    return [message for message in mail.outbox if message.subject in subjects]


def decide(contest, capture):
    with capture(execute=True):
        contests.decide(contest.pk, actor="staff", now=contest.ends_at, seed="s")


def test_rank_winner_hears_once_what_they_won(
    instant,  # noqa: F811 (the fixture imported above)
    bring,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    ada = make_user("ada@example.com", "Ada")
    contest = new_contest(
        instant, prizes=[contests.PrizeSpec("rank", "store_credit", Decimal("50"))]
    )
    bring(instant, ada, 2)
    decide(contest, django_capture_on_commit_callbacks)
    [message] = sent()
    assert message.to == ["ada@example.com"]
    assert message.subject == "You won a prize in Spring challenge"
    assert "You finished in place 1." in message.body
    assert "$50.00 in store credit" in message.body
    assert "Friends who ordered through you in the contest: 2" in message.body
    prize = ContestPrize.objects.get(contest=contest)
    assert email_contest_won_task.delay(prize.pk).get() == "duplicate"
    assert len(sent()) == 1


def test_physical_draw_prize_in_arabic_is_right_to_left(
    instant,  # noqa: F811
    bring,  # noqa: F811
    django_capture_on_commit_callbacks,
    speaks,
):
    ada = speaks(make_user("ada@example.com", "Ada"), "ar")
    contest = new_contest(
        instant,
        prizes=[contests.PrizeSpec("draw", "physical", Decimal("300"), "دراجة")],
    )
    contest.name_translations = {"ar": "تحدي الربيع"}
    contest.save()
    bring(instant, ada)
    decide(contest, django_capture_on_commit_callbacks)
    [message] = sent()
    assert message.subject == "ربحت جائزة في تحدي الربيع"
    html = message.alternatives[0][0]
    assert 'dir="rtl"' in html and "دراجة" in html
    assert "سنتواصل معك بشأن توصيل جائزتك." in message.body


def test_persian_catalog_covers_the_contest_e_mail(
    instant,  # noqa: F811
    bring,  # noqa: F811
    django_capture_on_commit_callbacks,
    speaks,
):
    ada = speaks(make_user("ada@example.com", "Ada"), "fa")
    contest = new_contest(instant)
    bring(instant, ada)
    decide(contest, django_capture_on_commit_callbacks)
    [message] = sent()
    assert message.subject == "در چالش بهاری جایزه بردید"
    assert "رتبهٔ ۱ را به دست آوردید." in message.body
