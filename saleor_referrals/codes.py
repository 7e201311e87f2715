"""Personal referral codes.

A code is stored upper-case. Saleor looks voucher codes up exactly (case-sensitive),
so each code is registered on the friend voucher twice: upper-case, and a lower-case
alias; our own mutations normalize whatever the shopper typed.
"""

from __future__ import annotations

import re
import secrets

from django.db import DEFAULT_DB_ALIAS, IntegrityError, transaction
from django.db.models import QuerySet

from .commerce import get_commerce
from .models import ReferralCode, ReferralProgram

# No 0/O, 1/I/L, U (confusable or accidental words): easy to read aloud and type.
ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
RANDOM_PART_LENGTH = 7
VANITY_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9_-]{3,19}$")
RESERVED_WORDS = frozenset(
    {
        "ADMIN",
        "STAFF",
        "SALEOR",
        "TEST",
        "FREE",
        "GIFT",
        "GIFTCARD",
        "VOUCHER",
        "DISCOUNT",
        "PROMO",
        "REFERRAL",
        "NULL",
        "NONE",
        "UNDEFINED",
    }
)
MAX_ATTEMPTS = 8


class CodeError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def normalize(raw: str | None) -> str:
    """What the shopper typed, as stored: trimmed, upper-case, no inner spaces."""
    return re.sub(r"\s+", "", (raw or "")).upper()


def saleor_codes(code: str) -> list[str]:
    """The voucher codes Saleor must know for `code`: itself and its lower-case alias."""
    return list(dict.fromkeys([code, code.lower()]))


def random_code(length: int = RANDOM_PART_LENGTH) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def generate(prefix: str = "") -> str:
    return f"{prefix}{random_code()}"


def validate_vanity(raw: str) -> str:
    code = normalize(raw)
    if not VANITY_PATTERN.match(code):
        raise CodeError(
            "invalid",
            "A code has 4 to 20 characters: letters A-Z, digits, '-' or '_', "
            "starting with a letter or digit.",
        )
    if code.strip("-_") in RESERVED_WORDS:
        raise CodeError("invalid", f"{code} is a reserved word.")
    return code


def code_for(
    program: ReferralProgram, user_id: int, using: str = DEFAULT_DB_ALIAS
) -> ReferralCode | None:
    return (
        ReferralCode.objects.using(using)
        .filter(program=program, user_id=user_id)
        .first()
    )


def get_or_create_code(
    program: ReferralProgram, user, vanity: str | None = None
) -> ReferralCode:
    """The advocate's code, created on first request.

    Safe under concurrent calls: the unique constraints decide, and the loser reads
    what the winner wrote. A generated code that collides is drawn again.
    """
    existing = code_for(program, user.pk)
    if existing is not None:
        if vanity and normalize(vanity) != existing.code:
            raise CodeError("unique", "You already have a referral code.")
        return existing
    return create_code(program, user, vanity)


def create_code(
    program: ReferralProgram, user, vanity: str | None = None
) -> ReferralCode:
    """A new code for a customer the caller found without one (a concurrent
    creation wins: its code is returned)."""
    requested = validate_vanity(vanity) if vanity else None
    commerce = get_commerce()
    for _ in range(MAX_ATTEMPTS):
        candidate = requested or generate(program.code_prefix)
        if commerce.taken_codes(saleor_codes(candidate)):
            if requested:
                raise CodeError("unique", "This code is already taken.")
            continue
        try:
            with transaction.atomic():
                code = ReferralCode.objects.create(
                    program=program,
                    user=user,
                    code=candidate,
                    is_vanity=bool(requested),
                )
                commerce.add_voucher_codes(
                    program.friend_voucher_id, saleor_codes(candidate), fresh=True
                )
            return code
        except IntegrityError:
            existing = code_for(program, user.pk)
            if existing is not None:
                return existing
            if requested:
                raise CodeError("unique", "This code is already taken.") from None
    raise CodeError("invalid", "Could not draw a free code; try again.")


def find_active_code(
    raw: str | None, using: str = DEFAULT_DB_ALIAS
) -> ReferralCode | None:
    """The active code of an active program for what a shopper typed, if any."""
    code = normalize(raw)
    if not code:
        return None
    return active_codes([code], using).first()


def active_codes(
    codes: list[str], using: str = DEFAULT_DB_ALIAS
) -> QuerySet[ReferralCode]:
    """Active codes of active programs among `codes` (normalized already)."""
    return (
        ReferralCode.objects.using(using)
        .select_related("program", "user")
        .filter(code__in=codes, is_active=True, program__is_active=True)
    )
