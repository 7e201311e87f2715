"""Languages of the e-mails, text direction, and locale-aware amounts and dates.

Formatting reads the active language (`translation.override` around rendering),
so the same helpers serve e-mails, previews and the unsubscribe page.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from django.utils import timezone, translation

from ..config import EMAIL_LANGUAGES
from ..money import quantize

RTL_LANGUAGES = frozenset({"fa", "ar"})
FALLBACK_LANGUAGE = "en"


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


def _locale() -> str:
    return supported_language(translation.get_language()) or FALLBACK_LANGUAGE


def money(amount: Decimal | str | int, currency: str) -> str:
    """`$15.00`, `‎$ 15.00` (fa), `‏15.00 US$` (ar): Babel's pattern for the locale."""
    value = quantize(Decimal(amount), currency)
    return format_currency(value, currency, locale=_locale())


def percent(value: Decimal | str | int) -> str:
    """`15%` for Decimal("15"): a percentage of the friend discount."""
    return format_percent(Decimal(value) / 100, locale=_locale(), format="#,##0.##%")


def number(value: Decimal | str | int) -> str:
    """`1.5`, `۱٫۵` (fa): a plain number in the locale's digits."""
    return format_decimal(Decimal(value), locale=_locale(), format="#,##0.##")


def long_date(value: datetime | date) -> str:
    if isinstance(value, datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value
    return format_date(value, format="long", locale=_locale())
