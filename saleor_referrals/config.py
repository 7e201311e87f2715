"""The per-channel plugin configuration: its fields, and how raw values become settings.

Saleor stores BOOLEAN fields as booleans and every other value as the string the
operator typed, so each field is parsed and validated here, with a message that names
the field.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email

from .models import DiscountType, RewardKind
from .money import parse_amount

STRING, BOOLEAN, MULTILINE = "string", "boolean", "multiline"
# What a fraud rule does when it matches.
OFF, FLAG, REJECT = "off", "flag", "reject"
FRAUD_ACTIONS = (OFF, FLAG, REJECT)
ADVOCATE_REWARD_KINDS = (RewardKind.VOUCHER.value, RewardKind.STORE_CREDIT.value)
THANK_YOU_OFF, THANK_YOU_FIRST_ORDER, THANK_YOU_EVERY_ORDER = (
    "off",
    "first_order",
    "every_order",
)
THANK_YOU_CHOICES = (THANK_YOU_OFF, THANK_YOU_FIRST_ORDER, THANK_YOU_EVERY_ORDER)
# The languages that have an e-mail catalog in locale/.
EMAIL_LANGUAGES = ("en", "fa", "ar")


@dataclass(frozen=True)
class ConfigField:
    name: str
    type: str
    default: str | bool
    label: str
    help_text: str


CONFIG_FIELDS: tuple[ConfigField, ...] = (
    ConfigField(
        "friend_discount_type",
        STRING,
        DiscountType.PERCENTAGE.value,
        "Friend discount type",
        "percentage, fixed or free_shipping: what the friend's code takes off.",
    ),
    ConfigField(
        "friend_discount_value",
        STRING,
        "10",
        "Friend discount value",
        "Percent (0-100) for percentage, an amount in the channel currency for "
        "fixed; ignored for free_shipping.",
    ),
    ConfigField(
        "friend_min_spent",
        STRING,
        "",
        "Friend minimum spend",
        "Minimum checkout subtotal for the friend discount; empty for none.",
    ),
    ConfigField(
        "advocate_reward_type",
        STRING,
        RewardKind.VOUCHER.value,
        "Advocate reward type",
        "voucher (a single-use code) or store_credit (added to the advocate's "
        "store-credit gift card).",
    ),
    ConfigField(
        "advocate_reward_value",
        STRING,
        "10",
        "Advocate reward value",
        "Amount in the channel currency for each converted friend.",
    ),
    ConfigField(
        "min_order_total",
        STRING,
        "0",
        "Minimum order total",
        "A friend's order must reach this gross total to qualify.",
    ),
    ConfigField(
        "new_customers_only",
        BOOLEAN,
        True,
        "New customers only",
        "Reward only a friend's first paid order (by account or e-mail).",
    ),
    ConfigField(
        "hold_days",
        STRING,
        "14",
        "Hold days",
        "Days a qualified reward is held before release (your return window); 0 "
        "releases at once.",
    ),
    ConfigField(
        "max_rewards_per_advocate",
        STRING,
        "0",
        "Maximum rewards per advocate",
        "Cap on rewarded referrals per advocate; 0 means no cap.",
    ),
    ConfigField(
        "storefront_url",
        STRING,
        "",
        "Storefront URL",
        "Share links are {storefront_url}?ref=CODE.",
    ),
    ConfigField(
        "code_prefix",
        STRING,
        "",
        "Code prefix",
        "Up to 6 letters or digits put before every generated code.",
    ),
    ConfigField(
        "terms",
        MULTILINE,
        "",
        "Terms and conditions",
        "Shown to friends on the landing page and in e-mails.",
    ),
    ConfigField(
        "thank_you_email",
        STRING,
        THANK_YOU_FIRST_ORDER,
        "Thank-you e-mail",
        "off, first_order or every_order: after a paid order, thank the customer "
        "and give them their referral code and link.",
    ),
    ConfigField(
        "status_emails",
        BOOLEAN,
        True,
        "Status e-mails",
        "Tell advocates when a friend orders and when their reward is held, "
        "released or reversed.",
    ),
    ConfigField(
        "invitation_emails",
        BOOLEAN,
        True,
        "Invitation e-mails",
        "Let advocates e-mail an invitation to a friend from the storefront.",
    ),
    ConfigField(
        "nudge_after_days",
        STRING,
        "0",
        "Reminder after days",
        "Remind customers with a code who have not referred anyone for this many "
        "days (at most once per period); 0 turns reminders off.",
    ),
    ConfigField(
        "email_language",
        STRING,
        "en",
        "Default e-mail language",
        "en, fa or ar: used when the customer's language has no translation.",
    ),
    ConfigField(
        "email_sender_name",
        STRING,
        "",
        "E-mail sender name",
        "Name shown as the sender of referral e-mails; empty for none.",
    ),
    ConfigField(
        "email_sender_address",
        STRING,
        "",
        "E-mail sender address",
        "Address referral e-mails come from; empty for DEFAULT_FROM_EMAIL.",
    ),
    ConfigField(
        "fraud_same_address",
        STRING,
        FLAG,
        "Same address as the advocate",
        "off, flag or reject: the friend's billing or shipping address is one of "
        "the advocate's addresses.",
    ),
    ConfigField(
        "fraud_same_phone",
        STRING,
        FLAG,
        "Same phone as the advocate",
        "off, flag or reject: the friend's order has one of the advocate's phone "
        "numbers.",
    ),
    ConfigField(
        "velocity_per_day",
        STRING,
        "0",
        "Referrals per advocate per day",
        "More converted referrals than this in 24 hours trigger the velocity "
        "action; 0 for no limit.",
    ),
    ConfigField(
        "velocity_per_week",
        STRING,
        "0",
        "Referrals per advocate per week",
        "More converted referrals than this in 7 days trigger the velocity action; "
        "0 for no limit.",
    ),
    ConfigField(
        "velocity_action",
        STRING,
        FLAG,
        "Velocity action",
        "flag (wait for staff review) or reject.",
    ),
    ConfigField(
        "tier_grace_days",
        STRING,
        "30",
        "Tier grace days",
        "Days an advocate keeps a loyalty tier after reversals or the counting "
        "window drop them below it.",
    ),
    ConfigField(
        "signup_reward_value",
        STRING,
        "0",
        "Sign-up reward",
        "Store credit for the advocate per friend who registers with their code "
        "(held for the hold days, same fraud rules); 0 turns it off.",
    ),
)


class ConfigurationError(ValueError):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{name}: {text}" for name, text in errors.items()))
        self.errors = errors


@dataclass(frozen=True)
class ProgramSettings:
    friend_discount_type: str
    friend_discount_value: Decimal
    friend_min_spent: Decimal | None
    advocate_reward_type: str
    advocate_reward_value: Decimal
    min_order_total: Decimal
    new_customers_only: bool
    hold_days: int
    max_rewards_per_advocate: int
    storefront_url: str
    code_prefix: str
    terms: str
    thank_you_email: str = THANK_YOU_FIRST_ORDER
    status_emails: bool = True
    invitation_emails: bool = True
    nudge_after_days: int = 0
    email_language: str = "en"
    email_sender_name: str = ""
    email_sender_address: str = ""
    fraud_same_address: str = FLAG
    fraud_same_phone: str = FLAG
    velocity_per_day: int = 0
    velocity_per_week: int = 0
    velocity_action: str = FLAG
    tier_grace_days: int = 30
    signup_reward_value: Decimal = Decimal("0")

    def as_model_fields(self) -> dict[str, Any]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


def default_values() -> dict[str, str | bool]:
    return {field.name: field.default for field in CONFIG_FIELDS}


def _boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in {"true", "1", "yes", "on"}:
        return True
    if text in {"false", "0", "no", "off", ""}:
        return False
    raise ValueError("must be true or false")


def _whole_number(raw: Any) -> int:
    text = str(raw).strip()
    if not text.isdigit():
        raise ValueError("must be a whole number, 0 or more")
    return int(text)


def _choice(raw: Any, choices: tuple[str, ...]) -> str:
    text = str(raw).strip().lower()
    if text not in choices:
        raise ValueError(f"must be one of {', '.join(choices)}")
    return text


def _optional_amount(raw: Any) -> Decimal | None:
    if raw is None or not str(raw).strip():
        return None
    return parse_amount(raw)


def _url(raw: Any) -> str:
    text = str(raw or "").strip()
    if not text:
        return ""
    parts = urlsplit(text)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError("must be an http(s) URL such as https://shop.example.com/")
    return text


def _prefix(raw: Any) -> str:
    text = str(raw or "").strip().upper()
    if text and (len(text) > 6 or not (text.isascii() and text.isalnum())):
        raise ValueError("use at most 6 letters or digits")
    return text


def _sender_name(raw: Any) -> str:
    text = str(raw or "").strip()
    # A line break in a header value would let the name inject headers.
    if any(char in text for char in "\r\n") or len(text) > 100:
        raise ValueError("use one line of at most 100 characters")
    return text


def _email_address(raw: Any) -> str:
    text = str(raw or "").strip()
    if not text:
        return ""
    try:
        validate_email(text)
    except DjangoValidationError:
        raise ValueError("must be an e-mail address") from None
    return text


def parse(values: dict[str, Any]) -> ProgramSettings:
    """Settings from raw configuration values; ConfigurationError lists every problem."""
    raw = default_values() | {k: v for k, v in values.items() if v is not None}
    parsers = {
        "friend_discount_type": lambda v: _choice(
            v, tuple(choice.value for choice in DiscountType)
        ),
        "friend_discount_value": parse_amount,
        "friend_min_spent": _optional_amount,
        "advocate_reward_type": lambda v: _choice(v, ADVOCATE_REWARD_KINDS),
        "advocate_reward_value": parse_amount,
        "min_order_total": parse_amount,
        "new_customers_only": _boolean,
        "hold_days": _whole_number,
        "max_rewards_per_advocate": _whole_number,
        "storefront_url": _url,
        "code_prefix": _prefix,
        "terms": lambda v: str(v or "").strip(),
        "thank_you_email": lambda v: _choice(v, THANK_YOU_CHOICES),
        "status_emails": _boolean,
        "invitation_emails": _boolean,
        "nudge_after_days": _whole_number,
        "email_language": lambda v: _choice(v, EMAIL_LANGUAGES),
        "email_sender_name": _sender_name,
        "email_sender_address": _email_address,
        "fraud_same_address": lambda v: _choice(v, FRAUD_ACTIONS),
        "fraud_same_phone": lambda v: _choice(v, FRAUD_ACTIONS),
        "velocity_per_day": _whole_number,
        "velocity_per_week": _whole_number,
        "velocity_action": lambda v: _choice(v, (FLAG, REJECT)),
        "tier_grace_days": _whole_number,
        "signup_reward_value": parse_amount,
    }
    parsed: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, parser in parsers.items():
        try:
            parsed[name] = parser(raw[name])
        except ValueError as error:
            errors[name] = f"{name}: {error}"
    if not errors:
        if (
            parsed["friend_discount_type"] == DiscountType.PERCENTAGE
            and parsed["friend_discount_value"] > 100
        ):
            errors["friend_discount_value"] = (
                "friend_discount_value: a percentage cannot exceed 100"
            )
        if (
            parsed["friend_discount_type"] != DiscountType.FREE_SHIPPING
            and parsed["friend_discount_value"] == 0
        ):
            errors["friend_discount_value"] = (
                "friend_discount_value: must be more than 0"
            )
        if parsed["advocate_reward_value"] == 0:
            errors["advocate_reward_value"] = (
                "advocate_reward_value: must be more than 0"
            )
        if parsed["hold_days"] > 365:
            errors["hold_days"] = "hold_days: at most 365 days"
        if parsed["tier_grace_days"] > 365:
            errors["tier_grace_days"] = "tier_grace_days: at most 365 days"
        if parsed["nudge_after_days"] > 365:
            errors["nudge_after_days"] = "nudge_after_days: at most 365 days"
    if errors:
        raise ConfigurationError(errors)
    return ProgramSettings(**parsed)
