"""The per-channel plugin configuration: each field declared once, and how raw values
become settings.

`CONFIG_FIELDS` is the one declaration of every setting: its label and help text as
the operator reads them in the Dashboard, its default, how it is parsed, and for
fixed choices the choices. Fields are listed in the order an operator decides them.
Saleor stores BOOLEAN fields as booleans and every other value as the string the
operator typed, so each field is parsed here; every message starts with the field's
label, because the Dashboard shows only the message.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email

from .models import DiscountType, RewardKind
from .money import parse_amount

STRING, BOOLEAN, MULTILINE, OUTPUT = "string", "boolean", "multiline", "output"
# What a fraud rule does when it matches.
OFF, FLAG, REJECT = "off", "flag", "reject"
THANK_YOU_OFF, THANK_YOU_FIRST_ORDER, THANK_YOU_EVERY_ORDER = (
    "off",
    "first_order",
    "every_order",
)


@dataclass(frozen=True)
class Choice:
    """One allowed value; `label` and `aliases` are what an operator may type too."""

    value: str
    label: str
    aliases: tuple[str, ...] = ()


def choice_key(text: str) -> str:
    """`Free shipping`, ` free-shipping `, `FREE_SHIPPING` -> `free_shipping`."""
    return re.sub(r"[\s_-]+", "_", text.strip().lower()).strip("_")


def _parse_choice(raw: Any, choices: tuple[Choice, ...]) -> str:
    key = choice_key(str(raw or ""))
    for choice in choices:
        names = (choice.value, choice.label, *choice.aliases)
        if key in {choice_key(name) for name in names}:
            return choice.value
    typed = str(raw or "").strip()
    raise ValueError(
        f"{typed!r} is not one of the choices; type "
        + ", ".join(choice.value for choice in choices)
    )


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
        raise ValueError(f"{text!r} is not a whole number (0 or more)")
    return int(text)


def _days(raw: Any) -> int:
    days = _whole_number(raw)
    if days > 365:
        raise ValueError("at most 365 days")
    return days


def _optional_amount(raw: Any) -> Decimal | None:
    if raw is None or not str(raw).strip():
        return None
    return parse_amount(raw)


def _positive_amount(raw: Any) -> Decimal:
    amount = parse_amount(raw)
    if amount == 0:
        raise ValueError("must be more than 0")
    return amount


def _url(raw: Any) -> str:
    text = str(raw or "").strip()
    if not text:
        return ""
    parts = urlsplit(text)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError(
            "must be a web address such as https://shop.example.com/ "
            "(starting with https:// or http://)"
        )
    return text


def _prefix(raw: Any) -> str:
    text = str(raw or "").strip().upper()
    if text and (len(text) > 6 or not (text.isascii() and text.isalnum())):
        raise ValueError("use at most 6 letters (A-Z) or digits")
    return text


def _text(raw: Any) -> str:
    return str(raw or "").strip()


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
        raise ValueError(f"{text!r} is not an e-mail address") from None
    return text


@dataclass(frozen=True)
class ConfigField:
    name: str
    type: str
    default: str | bool
    label: str
    help: str
    parse: Callable[[Any], Any] = _text
    choices: tuple[Choice, ...] = ()

    @property
    def help_text(self) -> str:
        """The help text the Dashboard shows; fixed choices are spelled out, because
        the Dashboard has no select box for plugin settings."""
        if not self.choices:
            return self.help
        listed = "; ".join(
            f"{choice.value} = {choice.label}" for choice in self.choices
        )
        return f"{self.help} Type one of: {listed}."

    def parse_value(self, raw: Any) -> Any:
        if self.choices:
            return _parse_choice(raw, self.choices)
        return self.parse(raw)


FRIEND_DISCOUNT_CHOICES = (
    Choice(DiscountType.PERCENTAGE.value, "a percentage off", ("percent", "%")),
    Choice(DiscountType.FIXED.value, "a fixed amount off", ("fixed amount", "amount")),
    Choice(DiscountType.FREE_SHIPPING.value, "free shipping", ("shipping",)),
)
REWARD_CHOICES = (
    Choice(RewardKind.VOUCHER.value, "a single-use discount code", ("code",)),
    Choice(
        RewardKind.STORE_CREDIT.value,
        "store credit on their gift card",
        ("credit", "gift card", "wallet"),
    ),
)
FRAUD_CHOICES = (
    Choice(OFF, "do not check", ("none", "no")),
    Choice(FLAG, "hold the reward for staff review", ("review", "hold")),
    Choice(REJECT, "give no reward", ("deny", "block")),
)
THANK_YOU_CHOICES = (
    Choice(THANK_YOU_OFF, "never", ("never", "none", "no")),
    Choice(THANK_YOU_FIRST_ORDER, "after a customer's first order", ("first",)),
    Choice(THANK_YOU_EVERY_ORDER, "after every order", ("every", "always")),
)
LANGUAGE_CHOICES = (
    Choice("en", "English", ("english",)),
    Choice("fa", "Persian", ("farsi", "persian", "فارسی")),
    Choice("ar", "Arabic", ("arabic", "العربية")),
)
# Kept for the modules that name the values.
FRAUD_ACTIONS = tuple(choice.value for choice in FRAUD_CHOICES)
ADVOCATE_REWARD_KINDS = tuple(choice.value for choice in REWARD_CHOICES)
EMAIL_LANGUAGES = tuple(choice.value for choice in LANGUAGE_CHOICES)
# The languages that have an e-mail catalog in locale/, by their English names.
LANGUAGE_NAMES = {choice.value: choice.label for choice in LANGUAGE_CHOICES}


def terms_field(language: str) -> str:
    return f"terms_{language}"


# One field per catalog language, so a shop can give each reader terms in their
# language; the program keeps them together as `terms_translations`.
TERMS_TRANSLATION_FIELDS = tuple(
    ConfigField(
        terms_field(language),
        MULTILINE,
        "",
        f"Terms and conditions in {name}",
        f"Shown instead of Terms and conditions to customers who read {name}; "
        "empty uses Terms and conditions.",
    )
    for language, name in LANGUAGE_NAMES.items()
)

# The read-only line at the top of the form, computed when the form is opened
# (see `status.program_status_line`); not a setting.
STATUS_FIELD = ConfigField(
    "program_status",
    OUTPUT,
    "",
    "Program status",
    "Read-only: filled in each time you open this page.",
)

CONFIG_FIELDS: tuple[ConfigField, ...] = (
    # 1. What the friend gets.
    ConfigField(
        "friend_discount_type",
        STRING,
        DiscountType.PERCENTAGE.value,
        "Friend's discount",
        "What a friend gets off their order when they enter a customer's referral "
        "code at checkout.",
        choices=FRIEND_DISCOUNT_CHOICES,
    ),
    ConfigField(
        "friend_discount_value",
        STRING,
        "10",
        "Friend's discount amount",
        "For a percentage: the percent off (more than 0, at most 100). For a fixed "
        "amount: the amount off, in the channel's currency. Ignored for free "
        "shipping.",
        parse_amount,
    ),
    ConfigField(
        "friend_min_spent",
        STRING,
        "",
        "Minimum cart for the friend's discount",
        "The friend's discount applies at checkout only when their cart subtotal "
        "reaches this amount (channel currency); empty for no minimum. It does not "
        "decide the referrer's reward: see 'Minimum order for the referrer's "
        "reward'.",
        _optional_amount,
    ),
    # 2. What the referrer gets.
    ConfigField(
        "advocate_reward_type",
        STRING,
        RewardKind.VOUCHER.value,
        "Referrer's reward",
        "What the customer who shared their code gets for each friend whose order "
        "counts.",
        choices=REWARD_CHOICES,
    ),
    ConfigField(
        "advocate_reward_value",
        STRING,
        "10",
        "Referrer's reward amount",
        "Amount per friend whose order counts, in the channel's currency.",
        _positive_amount,
    ),
    # 3. When a friend's order counts.
    ConfigField(
        "min_order_total",
        STRING,
        "0",
        "Minimum order for the referrer's reward",
        "The referrer is rewarded only when the friend's paid order total (with "
        "tax and shipping) reaches this amount; 0 for any order. It does not "
        "decide the friend's discount: see 'Minimum cart for the friend's "
        "discount'.",
        parse_amount,
    ),
    ConfigField(
        "new_customers_only",
        BOOLEAN,
        True,
        "Reward only a friend's first order",
        "Reward the referrer only when it is the friend's first paid order in this "
        "shop (by account or e-mail address).",
        _boolean,
    ),
    ConfigField(
        "hold_days",
        STRING,
        "14",
        "Wait before rewarding (days)",
        "The reward waits this many days after the friend pays (set it to your "
        "return window) and is taken back if the order is cancelled or refunded "
        "meanwhile. 0 rewards at once; at most 365.",
        _days,
    ),
    ConfigField(
        "max_rewards_per_advocate",
        STRING,
        "0",
        "Rewards per referrer, at most",
        "How many friends one customer can be rewarded for; 0 for no limit.",
        _whole_number,
    ),
    # 4. Fraud checks, run when the friend's order is paid.
    ConfigField(
        "fraud_same_address",
        STRING,
        FLAG,
        "Fraud check – same address",
        "What to do when the friend's order is shipped or billed to one of the "
        "referrer's saved addresses.",
        choices=FRAUD_CHOICES,
    ),
    ConfigField(
        "fraud_same_phone",
        STRING,
        FLAG,
        "Fraud check – same phone number",
        "What to do when the friend's order has one of the referrer's phone numbers.",
        choices=FRAUD_CHOICES,
    ),
    ConfigField(
        "velocity_per_day",
        STRING,
        "0",
        "Fraud check – friends per day, at most",
        "When one referrer brings more paying friends than this within 24 hours, "
        "'Fraud check – too many friends' decides. 0 for no limit.",
        _whole_number,
    ),
    ConfigField(
        "velocity_per_week",
        STRING,
        "0",
        "Fraud check – friends per week, at most",
        "The same within 7 days. 0 for no limit.",
        _whole_number,
    ),
    ConfigField(
        "velocity_action",
        STRING,
        FLAG,
        "Fraud check – too many friends",
        "What to do with the friends' orders over those limits.",
        choices=FRAUD_CHOICES[1:],
    ),
    # 5. Sharing.
    ConfigField(
        "storefront_url",
        STRING,
        "",
        "Storefront address",
        "Your shop's web address, e.g. https://shop.example.com/. Share links open "
        "it with the customer's code added (https://shop.example.com/?ref=K7M2Q9X).",
        _url,
    ),
    ConfigField(
        "code_prefix",
        STRING,
        "",
        "Code prefix",
        "Up to 6 letters or digits put before new codes (SHOP gives SHOPK7M2Q9X); "
        "codes already given out do not change.",
        _prefix,
    ),
    ConfigField(
        "terms",
        MULTILINE,
        "",
        "Terms and conditions",
        "Shown to friends on the referral landing page and in e-mails.",
    ),
    *TERMS_TRANSLATION_FIELDS,
    # 6. E-mails.
    ConfigField(
        "thank_you_email",
        STRING,
        THANK_YOU_FIRST_ORDER,
        "Thank-you e-mail with the code",
        "After a paid order, thank the customer and give them their referral code "
        "and link.",
        choices=THANK_YOU_CHOICES,
    ),
    ConfigField(
        "status_emails",
        BOOLEAN,
        True,
        "Progress e-mails to referrers",
        "Tell referrers when a friend orders and when their reward is waiting, "
        "sent or taken back.",
        _boolean,
    ),
    ConfigField(
        "invitation_emails",
        BOOLEAN,
        True,
        "Customers can e-mail invitations",
        "Let customers send an invitation e-mail to a friend from your storefront.",
        _boolean,
    ),
    ConfigField(
        "nudge_after_days",
        STRING,
        "0",
        "Reminder after (days)",
        "Remind customers who have a code but have not brought a friend for this "
        "many days (at most once per period); 0 sends no reminders; at most 365.",
        _days,
    ),
    ConfigField(
        "email_language",
        STRING,
        "en",
        "Shop language",
        "Language of e-mails when the customer's own language has no translation, "
        "and of the notes the program writes on orders and gift cards.",
        choices=LANGUAGE_CHOICES,
    ),
    ConfigField(
        "email_sender_name",
        STRING,
        "",
        "E-mail sender name",
        "Name shown as the sender of referral e-mails; empty for none.",
        _sender_name,
    ),
    ConfigField(
        "email_sender_address",
        STRING,
        "",
        "E-mail sender address",
        "Address referral e-mails come from; empty to use the shop's usual sender "
        "address.",
        _email_address,
    ),
    # 7. Loyalty tiers (the ladder itself is edited through the staff API).
    ConfigField(
        "tier_grace_days",
        STRING,
        "30",
        "Tier grace days",
        "Days a referrer keeps a loyalty tier after cancelled or refunded orders "
        "drop them below it; 0 moves them down at once.",
        _days,
    ),
    # 8. Sign-ups.
    ConfigField(
        "signup_reward_value",
        STRING,
        "0",
        "Referrer's reward per friend who signs up",
        "Store credit for the referrer when a friend creates an account with their "
        "code (held as long as other rewards, with the same fraud checks); 0 turns "
        "it off.",
        parse_amount,
    ),
    # 9. Social proof.
    ConfigField(
        "leaderboard_default",
        BOOLEAN,
        True,
        "Show referrers on the public leaderboard",
        "List referrers (first name and last initial only) on the storefront's "
        "referral leaderboard unless they opt out; off lists only those who opt in.",
        _boolean,
    ),
)
FIELDS_BY_NAME = {field.name: field for field in CONFIG_FIELDS}


class ConfigurationError(ValueError):
    """`errors` maps a field name to a message that starts with the field's label."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
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
    # {language: terms} for the languages the terms were translated into.
    terms_translations: dict[str, str] = dataclasses.field(default_factory=dict)
    tier_grace_days: int = 30
    signup_reward_value: Decimal = Decimal("0")
    leaderboard_default: bool = True

    def as_model_fields(self) -> dict[str, Any]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


def default_values() -> dict[str, str | bool]:
    return {field.name: field.default for field in CONFIG_FIELDS}


def canonical_choices(values: dict[str, Any]) -> dict[str, str]:
    """The documented value of every choice field among valid `values`: what the
    operator typed (`Free shipping`) is stored as `free_shipping`."""
    return {
        name: FIELDS_BY_NAME[name].parse_value(value)
        for name, value in values.items()
        if name in FIELDS_BY_NAME and FIELDS_BY_NAME[name].choices and value is not None
    }


def parse(values: dict[str, Any]) -> ProgramSettings:
    """Settings from raw configuration values; ConfigurationError lists every problem."""
    raw = default_values() | {k: v for k, v in values.items() if v is not None}
    parsed: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for field in CONFIG_FIELDS:
        try:
            parsed[field.name] = field.parse_value(raw[field.name])
        except ValueError as error:
            errors[field.name] = f"{field.label}: {error}"
    if "friend_discount_value" not in errors and "friend_discount_type" not in errors:
        problem = _friend_value_problem(
            parsed["friend_discount_type"], parsed["friend_discount_value"]
        )
        if problem:
            label = FIELDS_BY_NAME["friend_discount_value"].label
            errors["friend_discount_value"] = f"{label}: {problem}"
    if errors:
        raise ConfigurationError(errors)
    translations = {
        language: parsed.pop(terms_field(language)) for language in EMAIL_LANGUAGES
    }
    return ProgramSettings(
        **parsed,
        terms_translations={
            language: text for language, text in translations.items() if text
        },
    )


def _friend_value_problem(kind: str, value: Decimal) -> str:
    if kind == DiscountType.PERCENTAGE and value > 100:
        return "a percentage cannot be more than 100"
    if kind != DiscountType.FREE_SHIPPING and value == 0:
        return "must be more than 0"
    return ""
