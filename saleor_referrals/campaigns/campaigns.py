"""Staff edits of campaigns: validated, all or nothing.

Overlap is checked with the program row locked (`FOR NO KEY UPDATE`), the lock the
switch task and the settings sync take too, so two staff saves at once cannot both
slip a campaign into the same window.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from ..commerce import get_commerce
from ..models import DiscountType, ReferralProgram
from ..money import quantize
from ..programs import friend_voucher_spec
from .errors import CampaignError, CampaignErrorCode
from .models import Campaign, CampaignState

LANGUAGES = ("en", "fa", "ar")
COPY_KEYS = ("title", "description")
MAX_AMOUNT = Decimal("1000000")
MAX_MULTIPLIER = Decimal("10")
Code = CampaignErrorCode


@dataclass
class CampaignSpec:
    name: str
    starts_at: datetime
    ends_at: datetime
    copy: dict[str, dict[str, str]] = field(default_factory=dict)
    image_url: str = ""
    friend_discount_type: str = ""
    friend_discount_value: Decimal | None = None
    friend_min_spent: Decimal | None = None
    advocate_reward_amount: Decimal | None = None
    advocate_reward_multiplier: Decimal | None = None

    @classmethod
    def of(cls, campaign: Campaign) -> CampaignSpec:
        return cls(**{f.name: getattr(campaign, f.name) for f in fields(cls)})


def _check(spec: CampaignSpec, currency: str) -> None:
    if not spec.name.strip():
        raise CampaignError(Code.REQUIRED, "A campaign needs a name.", "name")
    for name, field_name in (("starts_at", "startsAt"), ("ends_at", "endsAt")):
        value = getattr(spec, name)
        if value is None or timezone.is_naive(value):
            raise CampaignError(
                Code.INVALID, "Give an aware date-time (with a time zone).", field_name
            )
    if spec.ends_at <= spec.starts_at:
        raise CampaignError(Code.INVALID, "The end must be after the start.", "endsAt")
    for language, texts in spec.copy.items():
        if language not in LANGUAGES or not isinstance(texts, dict):
            raise CampaignError(
                Code.INVALID, f"Copy languages are {', '.join(LANGUAGES)}.", "copy"
            )
    _check_offer(spec)
    _check_advocate_override(spec)
    for name in (
        "friend_min_spent",
        "advocate_reward_amount",
    ):
        value = getattr(spec, name)
        if value is not None:
            setattr(spec, name, quantize(value, currency))


def _check_offer(spec: CampaignSpec) -> None:
    kind, value = spec.friend_discount_type, spec.friend_discount_value
    if not kind:
        if value is not None or spec.friend_min_spent is not None:
            raise CampaignError(
                Code.REQUIRED,
                "Give the friend offer's type with its value or minimum spend.",
                "friendOffer",
            )
        return
    if kind not in DiscountType.values:
        raise CampaignError(Code.INVALID, "Unknown discount type.", "friendOffer")
    if kind == DiscountType.FREE_SHIPPING:
        spec.friend_discount_value = Decimal("100")
    elif value is None:
        raise CampaignError(
            Code.REQUIRED, "The friend offer needs a value.", "friendOffer"
        )
    elif value <= 0 or value > (
        Decimal("100") if kind == DiscountType.PERCENTAGE else MAX_AMOUNT
    ):
        raise CampaignError(
            Code.OUT_OF_RANGE,
            "The friend offer must be above 0 (a percentage at most 100).",
            "friendOffer",
        )
    if spec.friend_min_spent is not None and not (
        0 <= spec.friend_min_spent <= MAX_AMOUNT
    ):
        raise CampaignError(
            Code.OUT_OF_RANGE, "The minimum spend must not be negative.", "friendOffer"
        )


def _check_advocate_override(spec: CampaignSpec) -> None:
    amount, multiplier = spec.advocate_reward_amount, spec.advocate_reward_multiplier
    if amount is not None and multiplier is not None:
        raise CampaignError(
            Code.INVALID,
            "Give the advocate reward as an amount or a multiplier, not both.",
            "advocateReward",
        )
    if amount is not None and not (0 <= amount <= MAX_AMOUNT):
        raise CampaignError(
            Code.OUT_OF_RANGE,
            "The advocate reward must not be negative.",
            "advocateReward",
        )
    if multiplier is not None and not (0 < multiplier <= MAX_MULTIPLIER):
        raise CampaignError(
            Code.OUT_OF_RANGE,
            f"The multiplier must be above 0 and at most {MAX_MULTIPLIER}.",
            "advocateReward",
        )


def _lock_program(program: ReferralProgram) -> ReferralProgram:
    return ReferralProgram.objects.select_for_update(no_key=True).get(pk=program.pk)


def _refuse_overlap(
    program: ReferralProgram, spec: CampaignSpec, exclude: int | None = None
) -> None:
    clash = (
        Campaign.objects.filter(
            program=program, starts_at__lt=spec.ends_at, ends_at__gt=spec.starts_at
        )
        .exclude(pk=exclude)
        .first()
    )
    if clash is not None:
        raise CampaignError(
            Code.OVERLAPPING,
            f"The window overlaps campaign {clash.name!r} of this channel.",
            "startsAt",
        )


def create_campaign(program: ReferralProgram, spec: CampaignSpec) -> Campaign:
    _check(spec, program.currency)
    if spec.ends_at <= timezone.now():
        raise CampaignError(Code.INVALID, "The window is already over.", "endsAt")
    with transaction.atomic():
        _lock_program(program)
        _refuse_overlap(program, spec)
        campaign = Campaign.objects.create(program=program, **vars(spec))
    # A campaign whose window is open goes live at the next switch run (a minute).
    return campaign


def update_campaign(campaign: Campaign, changes: dict[str, Any]) -> Campaign:
    """Change a scheduled or live campaign; a live one's offer reaches the friend
    voucher at once, and its start cannot move."""
    with transaction.atomic():
        program = _lock_program(campaign.program)
        campaign = Campaign.objects.select_for_update(no_key=True).get(pk=campaign.pk)
        if campaign.state == CampaignState.ENDED:
            raise CampaignError(Code.ENDED, "An ended campaign cannot change.", "id")
        spec = CampaignSpec.of(campaign)
        for name, value in changes.items():
            setattr(spec, name, value)
        _check(spec, program.currency)
        if campaign.state == CampaignState.LIVE:
            if spec.starts_at != campaign.starts_at:
                raise CampaignError(
                    Code.INVALID, "A live campaign's start cannot move.", "startsAt"
                )
            if spec.ends_at <= timezone.now():
                raise CampaignError(
                    Code.INVALID, "Set the end in the future.", "endsAt"
                )
        _refuse_overlap(program, spec, exclude=campaign.pk)
        for name, value in vars(spec).items():
            setattr(campaign, name, value)
        campaign.save()
        if campaign.state == CampaignState.LIVE:
            program.friend_voucher_id = get_commerce().save_friend_voucher(
                program.friend_voucher_id, friend_voucher_spec(program, campaign)
            )
            program.save(update_fields=["friend_voucher_id", "updated_at"])
    return campaign
