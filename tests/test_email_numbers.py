"""Numbers, amounts, dates and order numbers in each language's own digits.

Exact strings: Persian uses its extended Arabic-Indic digits and signs (۱۲۳, ٬ ٫ ٪),
Arabic the Arabic-Indic ones (١٢٣, ٬ ٫ ٪؜), English ASCII; whatever Babel's default
numbering system for the bare locale is.
"""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.utils import translation

from saleor_referrals.emails import i18n, samples
from saleor_referrals.emails.render import render_email

LTR, RTL = "\u200e", "\u200f"  # the marks Babel's currency patterns carry


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["#1042", "$15.00", "15%", "12.5%", "December 7, 2026"]),
        (
            "fa",
            [
                "#۱۰۴۲",
                f"{LTR}$\xa0۱۵٫۰۰",
                "۱۵٪",
                "۱۲٫۵٪",
                "۷ دسامبر ۲۰۲۶",
            ],
        ),
        (
            "ar",
            [
                "#١٠٤٢",
                f"{RTL}١٥٫٠٠\xa0US$",
                "١٥٪\u061c",
                "١٢٫٥٪\u061c",
                "٧ ديسمبر ٢٠٢٦",
            ],
        ),
    ],
)
def test_each_language_writes_its_own_digits(language, expected):
    with translation.override(language):
        written = [
            i18n.order_number("1042"),
            i18n.money(Decimal("15"), "USD"),
            i18n.percent(Decimal("15")),
            i18n.percent(Decimal("12.5")),
            i18n.long_date(date(2026, 12, 7)),
        ]
    assert written == expected


@pytest.mark.parametrize(
    ("language", "currency", "amount", "expected"),
    [
        ("fa", "IRR", "1000000", f"{LTR}ریال\xa0۱٬۰۰۰٬۰۰۰"),
        ("ar", "AED", "80", f"{RTL}٨٠٫٠٠\xa0د.إ.{RTL}"),
        ("en", "AED", "80", "AED80.00"),
    ],
)
def test_amounts_in_the_markets_currencies(language, currency, amount, expected):
    with translation.override(language):
        assert i18n.money(Decimal(amount), currency) == expected


def test_an_aware_time_is_dated_in_the_current_time_zone():
    late = datetime(2026, 12, 7, 23, 30, tzinfo=UTC)
    with translation.override("fa"):
        assert i18n.long_date(late) == "۷ دسامبر ۲۰۲۶"  # TIME_ZONE is UTC


@pytest.mark.parametrize(
    ("language", "order", "discount"),
    [("en", "#1042", "15%"), ("fa", "#۱۰۴۲", "۱۵٪"), ("ar", "#١٠٤٢", "١٥٪\u061c")],
)
def test_an_email_localizes_numbers_but_not_codes_or_links(language, order, discount):
    with translation.override(language):
        context = samples.sample_context("thank_you", language)
    email = render_email("thank_you", language, context)
    assert order in email.text
    assert discount in email.text
    # The code is typed at checkout and the link opened as they are.
    assert samples.CODE in email.text
    assert f"https://shop.example.com/?ref={samples.CODE}" in email.html
