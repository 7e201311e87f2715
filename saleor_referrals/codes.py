"""Personal referral codes.

A code is stored upper-case. Saleor looks voucher codes up exactly (case-sensitive),
so each code is registered on the friend voucher twice: upper-case, and a lower-case
alias; our own mutations normalize whatever the shopper typed.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

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
# The store-credit gift cards' codes end with this: the Dashboard's customer page
# shows only a card's last 4 characters, so an operator can tell store credit there.
WALLET_CODE_SUFFIX = "CRDT"
DEFAULT_MEMBER_PREFIX = "VIP"
SEPARATORS = "-_"


@dataclass(frozen=True)
class SystemCodeFormat:
    """A code the program draws itself: `stem` before (or after) a separator and a
    random part. The generators draw from these; a vanity code may not look like
    one (`imitated_format`)."""

    what: str
    stem: str
    length: int
    at_end: bool = False

    def draw(self) -> str:
        random_part = random_code(self.length)
        if self.at_end:
            return f"{random_part}-{self.stem}"
        return f"{self.stem}-{random_part}"

    def imitated_by(self, code: str) -> bool:
        """Whether `code` (normalized) carries this format's stem where it goes."""
        stem = re.escape(self.stem)
        pattern = f"[{SEPARATORS}]{stem}$" if self.at_end else f"^{stem}[{SEPARATORS}]"
        return re.search(pattern, code) is not None


# Saleor gift-card codes are at most 16 characters: 10 + "-CRDT".
WALLET_CARD = SystemCodeFormat("store-credit gift card", WALLET_CODE_SUFFIX, 10, True)
REWARD_VOUCHER = SystemCodeFormat("thank-you reward voucher", "THANKS", 10)
EVENT_PASS = SystemCodeFormat("event guest pass", "PASS", 8)


def member_code_format(prefix: str = "") -> SystemCodeFormat:
    """A tier member's personal code: the program's code prefix, else VIP."""
    return SystemCodeFormat("tier member code", prefix or DEFAULT_MEMBER_PREFIX, 8)


def system_code_formats(
    program: ReferralProgram | None = None,
) -> list[SystemCodeFormat]:
    """Every format the program generates codes in (member codes under the
    default prefix and under the program's own)."""
    formats = [REWARD_VOUCHER, EVENT_PASS, WALLET_CARD, member_code_format()]
    if program is not None and program.code_prefix:
        formats.append(member_code_format(program.code_prefix))
    return formats


def imitated_format(
    code: str, program: ReferralProgram | None = None
) -> SystemCodeFormat | None:
    """The system format a (normalized) code looks like, if any."""
    for system_format in system_code_formats(program):
        if system_format.imitated_by(code):
            return system_format
    return None


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


def validate_vanity(raw: str, program: ReferralProgram | None = None) -> str:
    code = normalize(raw)
    if not VANITY_PATTERN.match(code):
        raise CodeError(
            "invalid",
            "A code has 4 to 20 characters: letters A-Z, digits, '-' or '_', "
            "starting with a letter or digit.",
        )
    if code.strip("-_") in RESERVED_WORDS:
        raise CodeError("invalid", f"{code} is a reserved word.")
    imitated = imitated_format(code, program)
    if imitated is not None:
        raise CodeError(
            "invalid",
            f"{code} looks like a {imitated.what} code; choose another code.",
        )
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
    requested = validate_vanity(vanity, program) if vanity else None
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
