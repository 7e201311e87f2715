"""Notes the program writes into Saleor's order and gift-card timelines.

An operator looking at an order or a wallet gift card in the Dashboard sees why the
discount was there, what happened to the referrer's reward, and why a balance
moved. Notes are written in the shop's language (the program's `email_language`,
the operator's choice of en/fa/ar: Saleor itself keeps no shop language), once per
event (each note has a key the shop remembers). Reasons recorded by the program are
quoted as they are.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from ..causes.models import Donation
from ..commerce import WalletUnavailable, get_commerce
from ..models import Referral, ReferralStatus, Reward, RewardKind, RewardStatus
from ..money import format_money

TEXTS: dict[str, dict[str, str]] = {
    "attributed": {
        "en": "Referral: placed with the referral code {code} of {advocate} "
        "({source}). The referrer's reward is decided when the order is paid.",
        "fa": "معرفی: این سفارش با کد معرفی {code} متعلق به {advocate} ثبت شد "
        "({source}). پاداش معرف پس از پرداخت سفارش تعیین می‌شود.",
        "ar": "إحالة: تم تقديم هذا الطلب برمز الإحالة {code} الخاص بـ {advocate} "
        "({source}). تُحدَّد مكافأة المُحيل عند دفع الطلب.",
    },
    "not_counted": {
        "en": "Referral not counted: {reason}.",
        "fa": "معرفی حساب نشد: {reason}.",
        "ar": "لم تُحتسب الإحالة: {reason}.",
    },
    "flagged": {
        "en": "Referral waiting for staff review (fraud check): {reason}. The "
        "referrer gets nothing until someone approves it.",
        "fa": "معرفی در انتظار بررسی کارکنان (بررسی تقلب): {reason}. تا تأیید، "
        "پاداشی به معرف داده نمی‌شود.",
        "ar": "الإحالة بانتظار مراجعة الموظفين (فحص الاحتيال): {reason}. لا "
        "يحصل المُحيل على شيء حتى تتم الموافقة عليها.",
    },
    "qualified": {
        "en": "Referral counts: {reason}.",
        "fa": "معرفی پذیرفته شد: {reason}.",
        "ar": "احتُسبت الإحالة: {reason}.",
    },
    "reversed": {
        "en": "Referral reversed: {reason}.",
        "fa": "معرفی برگشت خورد: {reason}.",
        "ar": "أُلغيت الإحالة: {reason}.",
    },
    "reward_held": {
        "en": "Referrer's reward of {amount} ({kind}) is held until {date} "
        "(return window); it is cancelled if this order is cancelled or refunded "
        "before then.",
        "fa": "پاداش معرف به مبلغ {amount} ({kind}) تا {date} نگه داشته می‌شود "
        "(مهلت مرجوعی)؛ اگر این سفارش پیش از آن لغو یا بازپرداخت شود، پاداش "
        "لغو می‌شود.",
        "ar": "مكافأة المُحيل بقيمة {amount} ({kind}) محجوزة حتى {date} (فترة "
        "الإرجاع)؛ وتُلغى إذا أُلغي هذا الطلب أو استُرد قبل ذلك.",
    },
    "reward_still_held": {
        "en": "Referrer's reward of {amount} is still held: {reason}.",
        "fa": "پاداش معرف به مبلغ {amount} همچنان نگه داشته شده است: {reason}.",
        "ar": "مكافأة المُحيل بقيمة {amount} لا تزال محجوزة: {reason}.",
    },
    "reward_issued_voucher": {
        "en": "Referrer's reward released: {amount} as voucher {code}.",
        "fa": "پاداش معرف پرداخت شد: {amount} به صورت کد تخفیف {code}.",
        "ar": "صُرفت مكافأة المُحيل: {amount} كقسيمة {code}.",
    },
    "reward_issued_credit": {
        "en": "Referrer's reward released: {amount} of store credit on gift card "
        "…{code}.",
        "fa": "پاداش معرف پرداخت شد: {amount} اعتبار خرید روی کارت هدیه …{code}.",
        "ar": "صُرفت مكافأة المُحيل: {amount} رصيدًا في بطاقة الهدية …{code}.",
    },
    "reward_issued_other": {
        "en": "Referrer's reward released: {amount} ({kind}).",
        "fa": "پاداش معرف پرداخت شد: {amount} ({kind}).",
        "ar": "صُرفت مكافأة المُحيل: {amount} ({kind}).",
    },
    # A donation is no shop object (no voucher, no gift card): the program owes it
    # to the cause until staff record a payout.
    "donation_held": {
        "en": "Donation of {amount} to {cause} is held until {date} (return "
        "window); it is cancelled if this order is cancelled or refunded before "
        "then.",
        "fa": "کمک {amount} به {cause} تا {date} نگه داشته می‌شود (مهلت مرجوعی)؛ "
        "اگر این سفارش پیش از آن لغو یا بازپرداخت شود، لغو می‌شود.",
        "ar": "تبرع بقيمة {amount} لصالح {cause} محجوز حتى {date} (فترة "
        "الإرجاع)؛ ويُلغى إذا أُلغي هذا الطلب أو استُرد قبل ذلك.",
    },
    "donation_still_held": {
        "en": "Donation of {amount} to {cause} is still held: {reason}.",
        "fa": "کمک {amount} به {cause} همچنان نگه داشته شده است: {reason}.",
        "ar": "التبرع بقيمة {amount} لصالح {cause} لا يزال محجوزًا: {reason}.",
    },
    "donation_issued": {
        "en": "Donation released: {amount} to {cause}, recorded for the cause's "
        "next payout.",
        "fa": "کمک ثبت شد: {amount} به {cause}، برای پرداخت بعدی به این هدف.",
        "ar": "سُجّل التبرع: {amount} لصالح {cause}، ويُدفع مع الدفعة التالية لها.",
    },
    "donation_cancelled": {
        "en": "Donation of {amount} to {cause} cancelled before release: {reason}.",
        "fa": "کمک {amount} به {cause} پیش از ثبت لغو شد: {reason}.",
        "ar": "أُلغي التبرع بقيمة {amount} لصالح {cause} قبل تسجيله: {reason}.",
    },
    "donation_revoked": {
        "en": "Donation to {cause} taken back: {reason} ({taken} taken back, "
        "shortfall {shortfall}).",
        "fa": "کمک به {cause} پس گرفته شد: {reason} ({taken} پس گرفته شد، کسری "
        "{shortfall}).",
        "ar": "استُرد التبرع لصالح {cause}: {reason} (استُرد {taken}، والعجز "
        "{shortfall}).",
    },
    "reward_cancelled": {
        "en": "Referrer's reward of {amount} cancelled before release: {reason}.",
        "fa": "پاداش معرف به مبلغ {amount} پیش از پرداخت لغو شد: {reason}.",
        "ar": "أُلغيت مكافأة المُحيل بقيمة {amount} قبل صرفها: {reason}.",
    },
    "reward_revoked": {
        "en": "Referrer's reward taken back: {reason} ({taken} taken back, "
        "shortfall {shortfall}).",
        "fa": "پاداش معرف پس گرفته شد: {reason} ({taken} پس گرفته شد، کسری "
        "{shortfall}).",
        "ar": "استُردت مكافأة المُحيل: {reason} (استُرد {taken}، والعجز {shortfall}).",
    },
    "wallet_opened": {
        "en": "Store credit of the referral program for {email}. Issued by the "
        "shop, not by the customer: rewards for referred friends are added here, "
        "and taken back when a friend's order is cancelled or refunded.",
        "fa": "اعتبار خرید برنامه معرفی برای {email}. صادرکننده فروشگاه است، نه "
        "مشتری: پاداش معرفی دوستان به این کارت اضافه و در صورت لغو یا بازپرداخت "
        "سفارش دوست پس گرفته می‌شود.",
        "ar": "رصيد المتجر لبرنامج الإحالة لـ {email}. أصدره المتجر وليس العميل: "
        "تُضاف هنا مكافآت الأصدقاء المُحالين، وتُسترد عند إلغاء طلب الصديق أو "
        "استرداده.",
    },
    "wallet_credit": {
        "en": "Referral reward: friend's order #{order} ({amount}).",
        "fa": "پاداش معرفی: سفارش دوست شماره {order} ({amount}).",
        "ar": "مكافأة إحالة: طلب الصديق رقم {order} ({amount}).",
    },
    "wallet_debit": {
        "en": "Taken back: {reason}, order #{order} ({amount}, shortfall {shortfall}).",
        "fa": "پس گرفته شد: {reason}، سفارش شماره {order} ({amount}، کسری "
        "{shortfall}).",
        "ar": "استُرد: {reason}، الطلب رقم {order} ({amount}، العجز {shortfall}).",
    },
}
KINDS = {
    RewardKind.VOUCHER: {"en": "voucher", "fa": "کد تخفیف", "ar": "قسيمة"},
    RewardKind.STORE_CREDIT: {"en": "store credit", "fa": "اعتبار خرید", "ar": "رصيد"},
    RewardKind.DONATION: {"en": "donation", "fa": "کمک", "ar": "تبرع"},
    RewardKind.PERK: {"en": "perk", "fa": "مزیت", "ar": "ميزة"},
}
# The reasons the order hooks give, so the commonest notes read in one language.
REASONS = {
    "order cancelled": {"fa": "سفارش لغو شد", "ar": "أُلغي الطلب"},
    "order fully refunded": {
        "fa": "مبلغ سفارش کامل بازپرداخت شد",
        "ar": "استُرد الطلب بالكامل",
    },
    "order partially refunded": {
        "fa": "بخشی از مبلغ سفارش بازپرداخت شد",
        "ar": "استُرد جزء من الطلب",
    },
}
REFERRAL_NOTES = {
    ReferralStatus.PENDING: "attributed",
    ReferralStatus.REJECTED: "not_counted",
    ReferralStatus.FLAGGED: "flagged",
    ReferralStatus.QUALIFIED: "qualified",
    ReferralStatus.REVERSED: "reversed",
}
REWARD_NOTES = (
    RewardStatus.HELD,
    RewardStatus.ISSUED,
    RewardStatus.CANCELLED,
    RewardStatus.REVOKED,
)


def text(name: str, language: str, **values: object) -> str:
    templates = TEXTS[name]
    return templates.get(language, templates["en"]).format(**values)


def reason_text(reason: str, language: str) -> str:
    for known, translations in REASONS.items():
        if reason.startswith(known) and language in translations:
            return translations[language] + reason[len(known) :]
    return reason


def note_key(subject: str, pk: int, to_status: str, reason: str) -> str:
    """One note per status change: a repeated delivery has the same reason."""
    digest = hashlib.sha256(reason.encode()).hexdigest()[:12]
    return f"saleor_referrals:{subject}:{pk}:{to_status}:{digest}"


def referral_note(referral: Referral, to_status: str, reason: str) -> str | None:
    name = REFERRAL_NOTES.get(to_status)
    if name is None:
        return None
    language = referral.program.email_language
    if name == "attributed":
        advocate = _advocate_email(referral)
        return text(
            name,
            language,
            code=referral.code.code,
            advocate=advocate,
            source=referral.source,
        )
    return text(name, language, reason=reason_text(reason, language))


def _advocate_email(referral: Referral) -> str:
    """The advocate's e-mail, from the code's owner when the attribution loaded the
    code with its user (no query of its own)."""
    if referral.advocate_id is None:
        return "-"
    code = referral._state.fields_cache.get("code")
    if (
        "advocate" not in referral._state.fields_cache
        and code is not None
        and code.user_id == referral.advocate_id
        and "user" in code._state.fields_cache
    ):
        return code.user.email
    return referral.advocate.email


def record_referral_note(referral: Referral, to_status: str, reason: str) -> int:
    """In the status change's own transaction (in a Celery task): one INSERT."""
    message = referral_note(referral, to_status, reason)
    if message is None or not referral.order_id:
        return 0
    key = note_key("referral", referral.pk, to_status, reason)
    return get_commerce().record_order_notes(referral.order_id, [(message, key)])


def record_reward_note(
    reward: Reward, from_status: str, to_status: str, reason: str
) -> int:
    """In the status change's own transaction (in a Celery task): one INSERT."""
    referral = reward.referral
    if referral is None or not referral.order_id or to_status not in REWARD_NOTES:
        return 0
    message = reward_note(reward, from_status, to_status, reason)
    if message is None:
        return 0
    key = note_key("reward", reward.pk, to_status, reason)
    return get_commerce().record_order_notes(referral.order_id, [(message, key)])


def reward_note(
    reward: Reward, from_status: str, to_status: str, reason: str
) -> str | None:
    language = reward.program.email_language
    if reward.kind == RewardKind.DONATION:
        return donation_note(reward, from_status, to_status, reason, language)
    amount = format_money(reward.amount, reward.currency)
    kind = KINDS.get(reward.kind, {}).get(language, reward.kind)
    reason = reason_text(reason, language)
    if to_status == RewardStatus.HELD:
        if from_status == RewardStatus.HELD:
            return text("reward_still_held", language, amount=amount, reason=reason)
        date = reward.release_at.date().isoformat()
        return text("reward_held", language, amount=amount, kind=kind, date=date)
    if to_status == RewardStatus.ISSUED:
        if reward.kind == RewardKind.VOUCHER:
            return text(
                "reward_issued_voucher",
                language,
                amount=amount,
                code=reward.voucher_code,
            )
        if reward.kind != RewardKind.STORE_CREDIT or not reward.gift_card_id:
            return text("reward_issued_other", language, amount=amount, kind=kind)
        code = getattr(reward, "credited_card_code", None)
        if code is None:  # not credited by this process just now
            try:
                code = get_commerce().wallet_code(reward.gift_card_id)
            except WalletUnavailable:
                code = "-"
        code = code[-4:]
        return text("reward_issued_credit", language, amount=amount, code=code)
    if to_status == RewardStatus.CANCELLED:
        return text("reward_cancelled", language, amount=amount, reason=reason)
    return text(
        "reward_revoked",
        language,
        reason=reason,
        taken=format_money(reward.revoked_amount, reward.currency),
        shortfall=format_money(reward.shortfall_amount, reward.currency),
    )


def donation_note(
    reward: Reward, from_status: str, to_status: str, reason: str, language: str
) -> str:
    """A donation's step, named by its cause (it has no voucher nor gift card)."""
    # The ledger's own instance carries its donation (booked or issued just now).
    field = Reward._meta.get_field("donation")
    if field.is_cached(reward) and reward.donation is not None:
        donation = reward.donation
    else:
        donation = (
            Donation.objects.select_related("cause").filter(reward=reward).first()
        )
    values = {
        "amount": format_money(reward.amount, reward.currency),
        "cause": donation.cause.name if donation is not None else "-",
        "reason": reason_text(reason, language),
    }
    if to_status == RewardStatus.HELD:
        if from_status == RewardStatus.HELD:
            return text("donation_still_held", language, **values)
        date = reward.release_at.date().isoformat()
        return text("donation_held", language, date=date, **values)
    if to_status == RewardStatus.ISSUED:
        return text("donation_issued", language, **values)
    if to_status == RewardStatus.CANCELLED:
        return text("donation_cancelled", language, **values)
    return text(
        "donation_revoked",
        language,
        taken=format_money(reward.revoked_amount, reward.currency),
        shortfall=format_money(reward.shortfall_amount, reward.currency),
        **values,
    )


def write_referral_note(referral_id: int, to_status: str, reason: str) -> bool:
    referral = (
        Referral.objects.select_related("program", "code", "advocate")
        .filter(pk=referral_id)
        .first()
    )
    if referral is None or not referral.order_id:
        return False
    message = referral_note(referral, to_status, reason)
    if message is None:
        return False
    key = note_key("referral", referral.pk, to_status, reason)
    return get_commerce().add_order_note(referral.order_id, message, key)


def write_reward_note(
    reward_id: int, from_status: str, to_status: str, reason: str
) -> bool:
    reward = (
        Reward.objects.select_related("program", "referral")
        .filter(pk=reward_id)
        .first()
    )
    if reward is None or reward.referral is None or not reward.referral.order_id:
        return False
    if to_status not in REWARD_NOTES or reward.kind not in KINDS:
        return False
    message = reward_note(reward, from_status, to_status, reason)
    if message is None:
        return False
    key = note_key("reward", reward.pk, to_status, reason)
    return get_commerce().add_order_note(reward.referral.order_id, message, key)


# Gift-card timeline notes, written by the ledger in the transaction that moves
# the balance.


def wallet_credit_notes(
    reward: Reward, order_number: str, *, new_card: bool
) -> tuple[str, ...]:
    """The timeline notes a credit writes with itself (see `credit_wallet`): what
    the card is, on a new card, then what this credit is for."""
    language = reward.program.email_language
    credit = text(
        "wallet_credit",
        language,
        order=order_number or "-",
        amount=format_money(reward.amount, reward.currency),
    )
    if not new_card:
        return (credit,)
    return (text("wallet_opened", language, email=reward.recipient.email), credit)


def note_wallet_debit(
    reward: Reward, order_number: str, reason: str, debited: Decimal, shortfall: Decimal
) -> None:
    language = reward.program.email_language
    get_commerce().add_gift_card_note(
        reward.gift_card_id,
        text(
            "wallet_debit",
            language,
            reason=reason_text(reason, language),
            order=order_number or "-",
            amount=format_money(debited, reward.currency),
            shortfall=format_money(shortfall, reward.currency),
        ),
        f"{reward.idempotency_key}:revoke-note",
    )
