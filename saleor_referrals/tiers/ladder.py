"""Staff edits of the ladder and the milestones: validated, all or nothing, and
followed by a placement of every existing advocate (after commit).

Thresholds rise with rank; a change of an entry rule needs a reason, because it may
put members at risk of demotion (who then get the grace period, as for reversals).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from .. import outbox
from ..commerce import get_commerce
from ..config import ADVOCATE_REWARD_KINDS
from ..models import ReferralProgram
from .checkout import forget_early_access
from .errors import TierError, TierErrorCode
from .evaluation import ladder_of, move_to
from .models import Milestone, Tier, TierChangeKind, TierMembership, TierWindow
from .sweeps import start_placement

MAX_RANK = 100
MAX_REFERRALS = 100_000
MAX_AMOUNT = Decimal("1000000")
MAX_MULTIPLIER = Decimal("10")
MAX_WINDOW_DAYS = 3650
MAX_TIERS = 20
MAX_MILESTONES = 50
LANGUAGES = ("en", "fa", "ar")
ENTRY_RULE_FIELDS = ("min_referrals", "min_revenue", "window", "window_days")


@dataclass
class TierSpec:
    name: str
    rank: int
    min_referrals: int
    name_translations: dict[str, str] = field(default_factory=dict)
    min_revenue: Decimal | None = None
    window: str = TierWindow.LIFETIME
    window_days: int | None = None
    reward_multiplier: Decimal | None = None
    reward_fixed: Decimal | None = None
    entry_reward_kind: str = ""
    entry_reward_value: Decimal | None = None
    member_discount_percent: Decimal | None = None
    early_access_collection_ids: list[str] = field(default_factory=list)
    early_access_until: datetime | None = None

    @classmethod
    def of(cls, tier: Tier) -> TierSpec:
        return cls(**{f.name: getattr(tier, f.name) for f in fields(cls)})


@dataclass
class MilestoneSpec:
    slug: str
    name: str
    referrals: int
    name_translations: dict[str, str] = field(default_factory=dict)
    bonus_kind: str = ""
    bonus_value: Decimal | None = None

    @classmethod
    def of(cls, milestone: Milestone) -> MilestoneSpec:
        return cls(**{f.name: getattr(milestone, f.name) for f in fields(cls)})


def _fail(code: TierErrorCode, message: str, field_name: str) -> None:
    raise TierError(code, message, field_name)


def _check_range(value: Any, low: Any, high: Any, field_name: str, what: str) -> None:
    if value is not None and not (low <= value <= high):
        _fail(
            TierErrorCode.OUT_OF_RANGE,
            f"{what} must be between {low} and {high}.",
            field_name,
        )


def _check_positive_amount(value: Decimal | None, field_name: str, what: str) -> None:
    if value is None:
        return
    if not value.is_finite() or value <= 0 or value > MAX_AMOUNT:
        _fail(
            TierErrorCode.OUT_OF_RANGE,
            f"{what} must be more than 0 and at most {MAX_AMOUNT}.",
            field_name,
        )


def _check_name(name: str, translations: dict[str, str]) -> str:
    name = (name or "").strip()
    if not name:
        _fail(TierErrorCode.REQUIRED, "A name is required.", "name")
    if len(name) > 64:
        _fail(TierErrorCode.INVALID, "A name has at most 64 characters.", "name")
    for language, text in translations.items():
        if language not in LANGUAGES or not text.strip() or len(text) > 64:
            _fail(
                TierErrorCode.INVALID,
                "Translations are 1 to 64 characters in en, fa or ar.",
                "translations",
            )
    return name


def _check_reward(kind: str, value: Decimal | None, prefix: str) -> None:
    if not kind and value is None:
        return
    if kind not in ADVOCATE_REWARD_KINDS:
        _fail(
            TierErrorCode.INVALID,
            "A reward is a voucher or store_credit.",
            f"{prefix}Kind",
        )
    if value is None:
        _fail(TierErrorCode.REQUIRED, "A reward needs a value.", f"{prefix}Value")
    _check_positive_amount(value, f"{prefix}Value", "A reward")


def validate_tier(spec: TierSpec) -> None:
    spec.name = _check_name(spec.name, spec.name_translations)
    _check_range(spec.rank, 1, MAX_RANK, "rank", "The rank")
    _check_range(
        spec.min_referrals, 1, MAX_REFERRALS, "minReferrals", "Converted referrals"
    )
    if spec.min_revenue is not None and (
        not spec.min_revenue.is_finite()
        or spec.min_revenue < 0
        or spec.min_revenue > MAX_AMOUNT * 1000
    ):
        _fail(TierErrorCode.OUT_OF_RANGE, "Revenue out of range.", "minRevenue")
    if spec.window == TierWindow.ROLLING:
        if spec.window_days is None:
            _fail(TierErrorCode.REQUIRED, "A rolling window needs days.", "windowDays")
        _check_range(spec.window_days, 1, MAX_WINDOW_DAYS, "windowDays", "Days")
    elif spec.window_days is not None:
        _fail(
            TierErrorCode.INVALID,
            "Days apply to a rolling window only.",
            "windowDays",
        )
    if spec.reward_multiplier is not None and spec.reward_fixed is not None:
        _fail(
            TierErrorCode.INVALID,
            "Give a reward multiplier or a fixed reward, not both.",
            "rewardFixed",
        )
    if spec.reward_multiplier is not None and (
        not spec.reward_multiplier.is_finite()
        or not (0 < spec.reward_multiplier <= MAX_MULTIPLIER)
    ):
        _fail(
            TierErrorCode.OUT_OF_RANGE,
            f"The multiplier must be more than 0 and at most {MAX_MULTIPLIER}.",
            "rewardMultiplier",
        )
    _check_positive_amount(spec.reward_fixed, "rewardFixed", "A fixed reward")
    _check_reward(spec.entry_reward_kind, spec.entry_reward_value, "entryReward")
    if spec.member_discount_percent is not None and (
        not spec.member_discount_percent.is_finite()
        or not (0 < spec.member_discount_percent <= 100)
    ):
        _fail(
            TierErrorCode.OUT_OF_RANGE,
            "The member discount is a percentage above 0 and at most 100.",
            "memberDiscountPercent",
        )
    if spec.early_access_collection_ids:
        if spec.early_access_until is None:
            _fail(
                TierErrorCode.REQUIRED,
                "Early access needs the public date.",
                "earlyAccessUntil",
            )
        ids = list(dict.fromkeys(spec.early_access_collection_ids))
        missing = set(ids) - get_commerce().existing_collection_ids(ids)
        if missing:
            _fail(
                TierErrorCode.UNKNOWN_COLLECTION,
                f"Unknown collection ids: {', '.join(sorted(missing))}.",
                "earlyAccessCollections",
            )
        spec.early_access_collection_ids = ids


def check_rising(ladder: Iterable[TierSpec]) -> None:
    previous = None
    for spec in sorted(ladder, key=lambda s: s.rank):
        if previous is not None:
            if spec.rank == previous.rank:
                _fail(TierErrorCode.UNIQUE, "Another tier has this rank.", "rank")
            if spec.min_referrals <= previous.min_referrals or (
                spec.min_revenue or 0
            ) < (previous.min_revenue or 0):
                _fail(
                    TierErrorCode.THRESHOLDS_NOT_RISING,
                    f"{spec.name} (rank {spec.rank}) must need more converted "
                    f"referrals than {previous.name} (rank {previous.rank}).",
                    "minReferrals",
                )
        previous = spec


def _check_unique_name(
    names: Iterable[str], name: str, field_name: str = "name"
) -> None:
    if name.casefold() in {other.casefold() for other in names}:
        _fail(TierErrorCode.UNIQUE, f"The name {name!r} is taken.", field_name)


def _lock_program(program: ReferralProgram) -> None:
    # One ladder edit at a time per program: ranks and thresholds compare rows.
    ReferralProgram.objects.select_for_update(no_key=True).filter(pk=program.pk).get()


def _place(program: ReferralProgram, reason: str, pay_entry_rewards: bool):
    run = start_placement(program, reason, pay_entry_rewards)
    from .tasks import place_advocates_task

    # A long run commits in batches, so it is not run inside an outbox delivery;
    # the run row keeps its progress for staff and for a retry.
    outbox.send_after_commit(place_advocates_task, run.pk)
    return run


def _refresh_early_access(program: ReferralProgram) -> None:
    """Keep the program's "any early access?" date in step with the ladder, so the
    checkout hook can skip channels without early access."""
    latest = (
        Tier.objects.filter(program=program)
        .exclude(early_access_collection_ids=[])
        .aggregate(latest=Max("early_access_until"))["latest"]
    )
    ReferralProgram.objects.filter(pk=program.pk).update(early_access_until=latest)
    program.early_access_until = latest
    channel_slug = program.channel_slug
    transaction.on_commit(lambda: forget_early_access(channel_slug))


def create_tier(
    program: ReferralProgram,
    spec: TierSpec,
    *,
    actor: str,
    pay_entry_rewards: bool = False,
) -> tuple[Tier, Any]:
    with transaction.atomic():
        _lock_program(program)
        validate_tier(spec)
        ladder = ladder_of(program.pk)
        if len(ladder) >= MAX_TIERS:
            _fail(TierErrorCode.INVALID, f"At most {MAX_TIERS} tiers.", None)
        _check_unique_name((t.name for t in ladder), spec.name)
        check_rising([*map(TierSpec.of, ladder), spec])
        tier = Tier.objects.create(program=program, **vars(spec))
        _refresh_early_access(program)
        run = _place(program, f"tier {tier.name} created by {actor}", pay_entry_rewards)
    return tier, run


def update_tier(
    tier: Tier,
    changes: dict[str, Any],
    *,
    actor: str,
    reason: str = "",
    pay_entry_rewards: bool = False,
) -> tuple[Tier, Any]:
    with transaction.atomic():
        program = tier.program
        _lock_program(program)
        tier = Tier.objects.select_for_update(no_key=True).get(pk=tier.pk)
        spec = TierSpec.of(tier)
        for name, value in changes.items():
            setattr(spec, name, value)
        validate_tier(spec)
        rule_changed = any(
            getattr(spec, name) != getattr(tier, name) for name in ENTRY_RULE_FIELDS
        )
        if rule_changed and not reason.strip():
            _fail(
                TierErrorCode.REQUIRED,
                "Changing an entry rule moves members: give a reason.",
                "reason",
            )
        others = [t for t in ladder_of(program.pk) if t.pk != tier.pk]
        _check_unique_name((t.name for t in others), spec.name)
        check_rising([*map(TierSpec.of, others), spec])
        discount_changed = spec.member_discount_percent != tier.member_discount_percent
        for name, value in vars(spec).items():
            setattr(tier, name, value)
        tier.save()
        if discount_changed and tier.member_voucher_id:
            from .perks import member_voucher_spec

            get_commerce().save_friend_voucher(
                tier.member_voucher_id, member_voucher_spec(program, tier)
            )
        _refresh_early_access(program)
        run = None
        if rule_changed or discount_changed:
            note = f"tier {tier.name} changed by {actor}" + (
                f": {reason.strip()}" if reason.strip() else ""
            )
            run = _place(program, note, pay_entry_rewards)
    return tier, run


def delete_tier(tier: Tier, *, actor: str, reason: str) -> int:
    """Members fall back to the tier below at once, with the reason recorded."""
    if not reason.strip():
        _fail(TierErrorCode.REQUIRED, "Deleting a tier needs a reason.", "reason")
    with transaction.atomic():
        program = tier.program
        _lock_program(program)
        below = (
            Tier.objects.filter(program=program, rank__lt=tier.rank)
            .order_by("-rank")
            .first()
        )
        moved = 0
        note = f"tier {tier.name} deleted by {actor}: {reason.strip()}"
        for membership in (
            TierMembership.objects.select_for_update(of=("self",), no_key=True)
            .select_related("tier")
            .filter(tier=tier)
            .order_by("pk")
        ):
            move_to(
                membership,
                program,
                below,
                TierChangeKind.DEMOTED,
                note,
                0,
                timezone.now(),
            )
            moved += 1
        if tier.member_voucher_id:
            get_commerce().deactivate_voucher(tier.member_voucher_id)
        tier.delete()
        _refresh_early_access(program)
    return moved


def create_milestone(
    program: ReferralProgram,
    spec: MilestoneSpec,
    *,
    actor: str,
    pay_bonuses: bool = False,
) -> tuple[Milestone, Any]:
    with transaction.atomic():
        _lock_program(program)
        validate_milestone(spec)
        existing = list(Milestone.objects.filter(program=program))
        if len(existing) >= MAX_MILESTONES:
            _fail(TierErrorCode.INVALID, f"At most {MAX_MILESTONES} milestones.", None)
        _check_milestone_unique(existing, spec)
        milestone = Milestone.objects.create(program=program, **vars(spec))
        run = _place(
            program, f"milestone {milestone.name} created by {actor}", pay_bonuses
        )
    return milestone, run


def update_milestone(
    milestone: Milestone,
    changes: dict[str, Any],
    *,
    actor: str,
    pay_bonuses: bool = False,
) -> tuple[Milestone, Any]:
    with transaction.atomic():
        program = milestone.program
        _lock_program(program)
        milestone = Milestone.objects.select_for_update(no_key=True).get(
            pk=milestone.pk
        )
        spec = MilestoneSpec.of(milestone)
        for name, value in changes.items():
            setattr(spec, name, value)
        validate_milestone(spec)
        others = list(
            Milestone.objects.filter(program=program).exclude(pk=milestone.pk)
        )
        _check_milestone_unique(others, spec)
        lowered = spec.referrals < milestone.referrals
        for name, value in vars(spec).items():
            setattr(milestone, name, value)
        milestone.save()
        run = None
        if lowered:
            run = _place(
                program, f"milestone {milestone.name} changed by {actor}", pay_bonuses
            )
    return milestone, run


def delete_milestone(milestone: Milestone) -> None:
    """Badges of a deleted milestone go with it; bonuses paid stay on the ledger."""
    milestone.delete()


def validate_milestone(spec: MilestoneSpec) -> None:
    spec.name = _check_name(spec.name, spec.name_translations)
    spec.slug = (spec.slug or "").strip().lower()
    if (
        not spec.slug
        or len(spec.slug) > 64
        or not all(c.isascii() and (c.isalnum() or c in "-_") for c in spec.slug)
    ):
        _fail(
            TierErrorCode.INVALID,
            "A slug is 1 to 64 lower-case letters, digits, - or _.",
            "slug",
        )
    _check_range(spec.referrals, 1, MAX_REFERRALS, "referrals", "Converted referrals")
    _check_reward(spec.bonus_kind, spec.bonus_value, "bonus")


def _check_milestone_unique(others: list[Milestone], spec: MilestoneSpec) -> None:
    _check_unique_name((m.name for m in others), spec.name)
    if spec.slug in {m.slug for m in others}:
        _fail(TierErrorCode.UNIQUE, f"The slug {spec.slug!r} is taken.", "slug")
