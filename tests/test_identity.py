from decimal import Decimal

import pytest

from saleor_referrals.identity import (
    address_fingerprint,
    display_name,
    mask_email,
    normalize_email,
    phone_fingerprint,
)
from saleor_referrals.money import parse_amount, quantize


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("Ada@Example.com", "ada@example.com"),
        ("ada+shop@example.com", "ada@example.com"),
        ("a.d.a+x@gmail.com", "ada@gmail.com"),
        ("A.DA@googlemail.com", "ada@gmail.com"),
        ("a.da@example.com", "a.da@example.com"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_email(raw, normalized):
    assert normalize_email(raw) == normalized


def test_address_fingerprint_ignores_spelling_of_spaces_case_and_punctuation():
    first = address_fingerprint(
        street="1 Main St.", postal_code="10-001", city="Warsaw", country="PL"
    )
    second = address_fingerprint(
        street="1 main st", postal_code="10001", city="WARSAW", country="pl"
    )
    other = address_fingerprint(
        street="2 Main St", postal_code="10001", city="Warsaw", country="PL"
    )
    assert first == second
    assert first != other
    assert address_fingerprint(street="", postal_code="1") == ""


def test_phone_fingerprint_matches_local_and_international_forms():
    assert phone_fingerprint("+48 600 100 200") == phone_fingerprint("600-100-200")
    assert phone_fingerprint("123") == ""


def test_masking_shows_no_full_name_or_email():
    assert mask_email("sara@example.com") == "s***@example.com"
    assert display_name("Sara", "Karimi") == "Sara K."
    assert display_name("", "", "sara@example.com") == "s***@example.com"


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("10.005", "USD", Decimal("10.01")),
        ("10.4", "JPY", Decimal("10")),
        ("1.2345", "KWD", Decimal("1.235")),
        (7, "IRR", Decimal("7")),
    ],
)
def test_quantize_uses_currency_precision(amount, currency, expected):
    result = quantize(amount, currency)
    assert result == expected
    assert result.as_tuple().exponent == expected.as_tuple().exponent


@pytest.mark.parametrize("raw", ["", "abc", "-1", "NaN", "Infinity", None])
def test_parse_amount_rejects_bad_input(raw):
    with pytest.raises(ValueError):
        parse_amount(raw)
