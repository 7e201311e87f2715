"""Ready-made share links with a prefilled message, in the shopper's language."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from babel.numbers import format_currency, format_decimal

from .models import DiscountType, ReferralProgram, ShareNetwork

LANGUAGES = ("en", "fa", "ar")

# Written by hand, not machine-translated: these are what friends read first.
MESSAGES = {
    "en": "I shop here and you get {offer} on your first order with my code {code}: {url}",
    "fa": "من از این فروشگاه خرید می‌کنم؛ با کد من {code} در اولین خریدت {offer} می‌گیری: {url}",
    "ar": "أتسوّق من هذا المتجر، واستخدم رمزي {code} لتحصل على {offer} في طلبك الأول: {url}",
}
OFFERS = {
    "en": {
        "percentage": "{value}% off",
        "fixed": "{value} off",
        "free_shipping": "free shipping",
    },
    "fa": {
        "percentage": "{value}٪ تخفیف",
        "fixed": "{value} تخفیف",
        "free_shipping": "ارسال رایگان",
    },
    "ar": {
        "percentage": "خصم {value}٪",
        "fixed": "خصم {value}",
        "free_shipping": "شحنًا مجانيًا",
    },
}
SUBJECTS = {
    "en": "A gift for your first order",
    "fa": "هدیه‌ای برای اولین خریدت",
    "ar": "هدية لطلبك الأول",
}


def pick_language(*candidates: str | None) -> str:
    """The first supported language among `candidates` (codes like `fa-IR`)."""
    for candidate in candidates:
        for part in (candidate or "").replace("_", "-").split(","):
            code = part.split(";")[0].strip().split("-")[0].lower()
            if code in LANGUAGES:
                return code
    return "en"


def offer_text(program: ReferralProgram, language: str) -> str:
    kind = program.friend_discount_type
    if kind == DiscountType.FIXED:
        value = format_currency(
            program.friend_discount_value, program.currency, locale=language
        )
    else:
        value = format_decimal(
            program.friend_discount_value.normalize(), locale=language
        )
    return OFFERS[language][kind].format(value=value)


def share_message(program: ReferralProgram, code: str, language: str) -> str:
    return MESSAGES[language].format(
        offer=offer_text(program, language), code=code, url=program.share_url(code)
    )


def _query(**parameters: str) -> str:
    """A query string every network decodes back to the same text: each reserved
    character (`/`, `?`, `&`, `=`, `+`, `#`) percent-encoded, spaces as %20 (a
    `+` would stay a plus in mailto: and sms: bodies)."""
    return urlencode(parameters, quote_via=quote, safe="")


def share_links(
    program: ReferralProgram, code: str, language: str
) -> list[tuple[str, str]]:
    """(network, url) for every built-in share option."""
    url = program.share_url(code)
    message = share_message(program, code, language)
    return [
        (
            ShareNetwork.EMAIL,
            "mailto:?" + _query(subject=SUBJECTS[language], body=message),
        ),
        (ShareNetwork.WHATSAPP, "https://wa.me/?" + _query(text=message)),
        (
            ShareNetwork.TELEGRAM,
            "https://t.me/share/url?" + _query(url=url, text=message),
        ),
        (ShareNetwork.X, "https://x.com/intent/post?" + _query(text=message)),
        (
            ShareNetwork.FACEBOOK,
            "https://www.facebook.com/sharer/sharer.php?" + _query(u=url),
        ),
        (
            ShareNetwork.LINKEDIN,
            "https://www.linkedin.com/sharing/share-offsite/?" + _query(url=url),
        ),
        # `?&`: iOS reads the body after `&`, Android after `?`.
        (ShareNetwork.SMS, "sms:?&" + _query(body=message)),
        (ShareNetwork.COPY_LINK, url),
    ]
