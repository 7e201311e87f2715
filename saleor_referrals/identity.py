"""Who is who: normalized e-mails and fingerprints used to spot self-referrals."""

import hashlib
import re
import unicodedata

GMAIL_DOMAINS = {"gmail.com", "googlemail.com"}
# What every e-mail column holds (RFC 5321's limit on a path); Django's
# validate_email lets up to 320 characters through, which a column refuses with a
# DataError: check the length first.
MAX_EMAIL_LENGTH = 254


def normalize_email(email: str | None) -> str:
    """Case-folded e-mail without `+tags`; gmail dots removed, googlemail folded in.

    >>> normalize_email("John.Doe+shop@GoogleMail.com")
    'johndoe@gmail.com'
    """
    if not email:
        return ""
    email = unicodedata.normalize("NFKC", email).strip().lower()
    local, at, domain = email.rpartition("@")
    if not at or not local:
        return email
    local = local.split("+", 1)[0]
    if domain in GMAIL_DOMAINS:
        local = local.replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


def _digest(*parts: str) -> str:
    joined = "|".join(parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def address_fingerprint(
    *, street: str = "", postal_code: str = "", city: str = "", country: str = ""
) -> str:
    """Same physical address, whatever the spelling of spaces, case and punctuation."""

    def fold(value: str) -> str:
        value = unicodedata.normalize("NFKC", value or "").lower()
        return re.sub(r"[\W_]+", "", value)

    street, postal_code = fold(street), fold(postal_code)
    if not street or not postal_code:
        return ""
    return _digest(street, postal_code, fold(city), fold(country))


def phone_fingerprint(phone: str | None) -> str:
    digits = re.sub(r"\D", "", phone or "")
    if len(digits) < 6:
        return ""
    return _digest(digits[-9:])


def mask_email(email: str | None) -> str:
    """`j***@example.com`: enough to recognise, not enough to harvest."""
    if not email or "@" not in email:
        return ""
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}"


def display_name(first_name: str | None, last_name: str | None, email: str = "") -> str:
    """First name and last initial (`Sara K.`), else a masked e-mail."""
    first = (first_name or "").strip()
    last = (last_name or "").strip()
    if first:
        return f"{first} {last[:1]}." if last else first
    return mask_email(email)
