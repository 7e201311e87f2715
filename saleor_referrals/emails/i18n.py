"""Languages of the e-mails, text direction, and locale-aware numbers and dates.

Formatting reads the active language (`translation.override` around rendering),
so the same helpers serve e-mails, previews and the unsubscribe page.

Persian and Arabic e-mails write numbers in their own digits. Babel picks the
separators and signs of a numbering system (`numbering_system=`) but always writes
ASCII digits, and CLDR's *default* system for `ar` is Latin in recent releases
(Arabic-Indic only for some regions such as `ar_EG`). So each language names its
numbering system here (CLDR's "native" one for fa and ar), Babel formats with it,
and `localize_digits` swaps the digits.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from django.utils import timezone, translation

from ..config import EMAIL_LANGUAGES
from ..money import quantize

RTL_LANGUAGES = frozenset({"fa", "ar"})
FALLBACK_LANGUAGE = "en"
# CLDR numbering systems: Persian (extended Arabic-Indic) and Arabic-Indic digits.
NUMBERING_SYSTEMS = {"fa": "arabext", "ar": "arab"}
DIGITS = {"arabext": "۰۱۲۳۴۵۶۷۸۹", "arab": "٠١٢٣٤٥٦٧٨٩"}


def supported_language(code: str | None) -> str | None:
    """Our catalog for a Saleor language code (`fa-IR`, `ar_AE`, `EN`), if any."""
    if not code:
        return None
    primary = str(code).strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary in EMAIL_LANGUAGES else None


def resolve_language(*candidates: str | None, default: str | None = None) -> str:
    """The first candidate we have a catalog for, else the channel's default."""
    for candidate in candidates:
        if language := supported_language(candidate):
            return language
    return supported_language(default) or FALLBACK_LANGUAGE


def direction(language: str) -> str:
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def active_language() -> str:
    """The e-mail language being rendered (`translation.override`)."""
    return supported_language(translation.get_language()) or FALLBACK_LANGUAGE


def numbering_system(language: str) -> str:
    return NUMBERING_SYSTEMS.get(language, "latn")


def localize_digits(text: str, language: str | None = None) -> str:
    """`text` with ASCII digits written in the language's digits (active one by default)."""
    digits = DIGITS.get(numbering_system(language or active_language()))
    return text.translate(str.maketrans("0123456789", digits)) if digits else text


def order_number(value: int | str) -> str:
    """`#1042`, `#۱۰۴۲`, `#١٠٤٢`: an order as Saleor shows it (no grouping)."""
    return localize_digits(f"#{value}")


def money(amount: Decimal | str | int, currency: str) -> str:
    """`$15.00`, `‎$ ۱۵٫۰۰` (fa), `‏١٥٫٠٠ US$` (ar): Babel's pattern for the locale."""
    locale = active_language()
    value = quantize(Decimal(amount), currency)
    text = format_currency(
        value, currency, locale=locale, numbering_system=numbering_system(locale)
    )
    return localize_digits(text, locale)


def percent(value: Decimal | str | int) -> str:
    """`15%`, `۱۵٪` (fa), `١٥٪؜` (ar) for Decimal("15"): the friend discount."""
    locale = active_language()
    system = numbering_system(locale)
    text = format_percent(
        Decimal(value) / 100,
        locale=locale,
        format="#,##0.##%",
        numbering_system=system,
    )
    # Babel keeps the pattern's ASCII sign; CLDR has one per numbering system.
    sign = Locale.parse(locale).number_symbols[system]["percentSign"]
    return localize_digits(text.replace("%", sign), locale)


def number(value: Decimal | str | int) -> str:
    """`1.5`, `۱٫۵` (fa), `١٫٥` (ar): a plain number in the locale's digits."""
    locale = active_language()
    text = format_decimal(
        Decimal(value),
        locale=locale,
        format="#,##0.##",
        numbering_system=numbering_system(locale),
    )
    return localize_digits(text, locale)


def long_date(value: datetime | date) -> str:
    """`December 7, 2026`, `۷ دسامبر ۲۰۲۶` (fa), `٧ ديسمبر ٢٠٢٦` (ar)."""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value
    return localize_digits(format_date(value, format="long", locale=active_language()))
