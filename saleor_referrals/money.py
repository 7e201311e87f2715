"""Money is a Decimal in the channel currency, rounded to that currency's precision."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import get_currency_precision


def precision(currency: str) -> int:
    return get_currency_precision(currency.upper())


def quantize(amount: Decimal | int | str, currency: str) -> Decimal:
    exponent = Decimal(1).scaleb(-precision(currency))
    return Decimal(amount).quantize(exponent, rounding=ROUND_HALF_UP)


def parse_amount(raw: str | Decimal | int | None) -> Decimal:
    """A non-negative finite amount, or ValueError."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise ValueError("a number is required")
    try:
        value = Decimal(str(raw).strip())
    except InvalidOperation as error:
        raise ValueError(f"{raw!r} is not a number") from error
    if not value.is_finite():
        raise ValueError(f"{raw!r} is not a number")
    if value < 0:
        raise ValueError("must not be negative")
    return value


def format_money(amount: Decimal, currency: str) -> str:
    """`12.50 USD`: for reasons and messages, in the currency's precision."""
    return f"{quantize(amount, currency)} {currency}"
