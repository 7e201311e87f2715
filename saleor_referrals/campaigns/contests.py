"""Contests: who converted most friends in a window, and who wins what.

Counting: an advocate's entries are their *converted* referrals (approved or
rewarded: past the hold) whose order fell in the window, filtered by
`converted.converted_q`, the one definition tiers and milestones use. A
referral refunded inside its hold is rejected, so it never counts. The task
decides a contest once the end plus the program's hold has passed, when every
referral of the window has either converted or been undone; staff may decide
any time after the end (referrals still on hold then do not count).

Ranking: most converted referrals first; a tie goes to whoever reached their count
first (the time of their last counted referral), then to the lower account id.

Draw: among entrants who won no rank prize, weighted by converted referrals, with
Python's `random.Random(seed).choices` over entrants sorted by account id, one
prize after another, a winner leaving the pool. The seed is stored on the contest,
so anyone can repeat the draw with `draw(...)`.

Prizes: a voucher or store credit is a reward-ledger row with the key
`contest:{id}:prize:{method}:{position}` (paid once, released by the ledger); a
physical prize waits for staff to mark it fulfilled.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import Count, Max, Sum
from django.utils import timezone

from .. import domain_events, rewards
from ..converted import converted_q
from ..domain_events import ContestPrizeAwarded
from ..models import Referral, ReferralProgram, Reward
from ..money import format_money, quantize
from ..tiers.perks import book_bonus
from .errors import CampaignError, CampaignErrorCode
from .models import Contest, ContestPrize, ContestState, PrizeKind, PrizeMethod

Code = CampaignErrorCode
LANGUAGES = ("en", "fa", "ar")
MAX_PRIZES = 50
MAX_AMOUNT = Decimal("1000000")
MAX_REFERRALS = 100_000


@dataclass
class PrizeSpec:
    method: str
    kind: str
    amount: Decimal = Decimal("0")
    description: str = ""


@dataclass
class ContestSpec:
    name: str
    starts_at: datetime
    ends_at: datetime
    min_referrals: int = 1
    name_translations: dict[str, str] = field(default_factory=dict)
    prizes: list[PrizeSpec] = field(default_factory=list)


@dataclass(frozen=True)
class Entry:
    advocate_id: int
    referrals: int
    reached_at: datetime
    revenue: Decimal


def _check(spec: ContestSpec, currency: str) -> None:
    if not spec.name.strip():
        raise CampaignError(Code.REQUIRED, "A contest needs a name.", "name")
    for name, field_name in (("starts_at", "startsAt"), ("ends_at", "endsAt")):
        value = getattr(spec, name)
        if value is None or timezone.is_naive(value):
            raise CampaignError(
                Code.INVALID, "Give an aware date-time (with a time zone).", field_name
            )
    if spec.ends_at <= spec.starts_at:
        raise CampaignError(Code.INVALID, "The end must be after the start.", "endsAt")
    if spec.min_referrals is None or not 1 <= spec.min_referrals <= MAX_REFERRALS:
        raise CampaignError(
            Code.OUT_OF_RANGE,
            "The entry threshold is at least 1 converted referral.",
            "minReferrals",
        )
    if set(spec.name_translations) - set(LANGUAGES):
        raise CampaignError(
            Code.INVALID, "Translations are in en, fa or ar.", "translations"
        )
    if not spec.prizes:
        raise CampaignError(Code.REQUIRED, "Give at least one prize.", "prizes")
    if len(spec.prizes) > MAX_PRIZES:
        raise CampaignError(
            Code.OUT_OF_RANGE, f"At most {MAX_PRIZES} prizes.", "prizes"
        )
    for prize in spec.prizes:
        if prize.method not in PrizeMethod.values or prize.kind not in PrizeKind.values:
            raise CampaignError(Code.INVALID, "Unknown prize method or kind.", "prizes")
        if not prize.amount.is_finite() or not 0 <= prize.amount <= MAX_AMOUNT:
            raise CampaignError(
                Code.OUT_OF_RANGE, "A prize amount must not be negative.", "prizes"
            )
        if prize.kind != PrizeKind.PHYSICAL and prize.amount <= 0:
            raise CampaignError(
                Code.OUT_OF_RANGE,
                "A voucher or store-credit prize needs an amount above 0.",
                "prizes",
            )
        if prize.kind == PrizeKind.PHYSICAL and not prize.description.strip():
            raise CampaignError(Code.REQUIRED, "Describe the physical prize.", "prizes")
        prize.amount = quantize(prize.amount, currency)


def _write_prizes(contest: Contest, prizes: Sequence[PrizeSpec]) -> None:
    positions = {method: 0 for method in PrizeMethod.values}
    rows = []
    for prize in prizes:
        positions[prize.method] += 1
        rows.append(
            ContestPrize(
                contest=contest,
                method=prize.method,
                position=positions[prize.method],
                kind=prize.kind,
                amount=prize.amount,
                description=prize.description.strip()[:255],
            )
        )
    ContestPrize.objects.bulk_create(rows)


def create_contest(program: ReferralProgram, spec: ContestSpec) -> Contest:
    _check(spec, program.currency)
    with transaction.atomic():
        contest = Contest.objects.create(
            program=program,
            name=spec.name.strip(),
            name_translations=spec.name_translations,
            starts_at=spec.starts_at,
            ends_at=spec.ends_at,
            min_referrals=spec.min_referrals,
        )
        _write_prizes(contest, spec.prizes)
    return contest


def update_contest(contest: Contest, changes: dict[str, Any]) -> Contest:
    """Change an undecided contest; `prizes`, when given, replaces them all."""
    with transaction.atomic():
        contest = (
            Contest.objects.select_for_update(no_key=True)
            .select_related("program")
            .get(pk=contest.pk)
        )
        if contest.state == ContestState.DECIDED:
            raise CampaignError(Code.ENDED, "A decided contest cannot change.", "id")
        prizes = changes.pop("prizes", None)
        spec = ContestSpec(
            name=changes.get("name", contest.name),
            starts_at=changes.get("starts_at", contest.starts_at),
            ends_at=changes.get("ends_at", contest.ends_at),
            min_referrals=changes.get("min_referrals", contest.min_referrals),
            name_translations=changes.get(
                "name_translations", contest.name_translations
            ),
            prizes=prizes
            if prizes is not None
            else [_spec_of(p) for p in contest.prizes.all()],
        )
        _check(spec, contest.program.currency)
        contest.name = spec.name.strip()
        contest.name_translations = spec.name_translations
        contest.starts_at, contest.ends_at = spec.starts_at, spec.ends_at
        contest.min_referrals = spec.min_referrals
        contest.save()
        if prizes is not None:
            contest.prizes.all().delete()
            _write_prizes(contest, prizes)
    return contest


def _spec_of(prize: ContestPrize) -> PrizeSpec:
    return PrizeSpec(prize.method, prize.kind, prize.amount, prize.description)


def standings(contest: Contest, using: str = DEFAULT_DB_ALIAS) -> list[Entry]:
    """Every advocate with a converted referral in the window, best first (one
    grouped query)."""
    rows = (
        Referral.objects.using(using)
        .filter(
            converted_q(contest.starts_at, contest.ends_at),
            program_id=contest.program_id,
            advocate_id__isnull=False,
        )
        .values("advocate_id")
        .annotate(n=Count("pk"), reached=Max("created_at"), revenue=Sum("order_total"))
        .order_by()
    )
    entries = [
        Entry(
            row["advocate_id"], row["n"], row["reached"], row["revenue"] or Decimal(0)
        )
        for row in rows
    ]
    entries.sort(key=lambda e: (-e.referrals, e.reached_at, e.advocate_id))
    return entries


def draw(candidates: Sequence[tuple[int, int]], seed: str, prizes: int) -> list[int]:
    """`prizes` winners among (advocate id, weight) pairs; the same seed always
    gives the same winners."""
    rng = random.Random(seed)
    pool = sorted(candidates)
    winners: list[int] = []
    for _ in range(min(prizes, len(pool))):
        ids = [advocate_id for advocate_id, _ in pool]
        weights = [weight for _, weight in pool]
        chosen = rng.choices(ids, weights=weights, k=1)[0]
        winners.append(chosen)
        pool = [entry for entry in pool if entry[0] != chosen]
    return winners


def decide_after(contest: Contest) -> datetime:
    return contest.ends_at + timedelta(days=contest.program.hold_days)


def prize_key(contest: Contest, prize: ContestPrize) -> str:
    return f"contest:{contest.pk}:prize:{prize.key}"


@dataclass
class Decision:
    contest: Contest
    rewards: list[Reward]
    newly_decided: bool


def decide(
    contest_id: int,
    *,
    actor: str,
    seed: str | None = None,
    now: datetime | None = None,
) -> Decision:
    """Pick the winners and book the prizes, once (the contest row is locked)."""
    now = now or timezone.now()
    with transaction.atomic():
        contest = (
            Contest.objects.select_for_update(of=("self",), no_key=True)
            .select_related("program")
            .get(pk=contest_id)
        )
        if contest.state == ContestState.DECIDED:
            return Decision(contest, [], False)
        if now < contest.ends_at:
            raise CampaignError(
                Code.NOT_DECIDABLE, "The contest has not ended yet.", "id"
            )
        entries = standings(contest)
        entrants = [e for e in entries if e.referrals >= contest.min_referrals]
        prizes = list(contest.prizes.all())
        rank_prizes = [p for p in prizes if p.method == PrizeMethod.RANK]
        draw_prizes = [p for p in prizes if p.method == PrizeMethod.DRAW]
        by_id = {e.advocate_id: e for e in entrants}
        for prize, entry in zip(rank_prizes, entrants, strict=False):
            prize.winner_id, prize.winner_referrals = entry.advocate_id, entry.referrals
        ranked = {p.winner_id for p in rank_prizes if p.winner_id}
        contest.seed = seed or contest.seed or secrets.token_hex(16)
        drawn = draw(
            [
                (e.advocate_id, e.referrals)
                for e in entrants
                if e.advocate_id not in ranked
            ],
            contest.seed,
            len(draw_prizes),
        )
        for prize, advocate_id in zip(draw_prizes, drawn, strict=False):
            prize.winner_id = advocate_id
            prize.winner_referrals = by_id[advocate_id].referrals
        booked = []
        for prize in prizes:
            if prize.winner_id is not None and prize.kind != PrizeKind.PHYSICAL:
                prize.reward = book_bonus(
                    program=contest.program,
                    advocate_id=prize.winner_id,
                    key=prize_key(contest, prize),
                    kind=prize.kind,
                    value=prize.amount,
                    reason=f"contest {contest.name}: {prize.method} prize "
                    f"{prize.position}",
                    pay=True,
                )
                booked.append(prize.reward)
            prize.save(update_fields=["winner", "winner_referrals", "reward"])
        contest.state = ContestState.DECIDED
        contest.decided_at, contest.decided_by = now, actor[:255]
        contest.entrants = len(entrants)
        contest.prize_cost = sum(
            (p.amount for p in prizes if p.winner_id is not None), Decimal(0)
        )
        contest.referred_revenue = quantize(
            sum((e.revenue for e in entries), Decimal(0)), contest.program.currency
        )
        contest.save()
        for reward in booked:
            rewards.schedule_release(reward)
        for prize in prizes:
            if prize.winner_id is not None:  # after commit: the e-mails wing
                domain_events.publish(ContestPrizeAwarded(prize_id=prize.pk))
    return Decision(contest, booked, True)


def due_contest_ids(now: datetime | None = None) -> list[int]:
    """Open contests whose end plus the program's hold has passed."""
    now = now or timezone.now()
    open_ended = Contest.objects.filter(
        state=ContestState.OPEN, ends_at__lte=now
    ).select_related("program")
    return [c.pk for c in open_ended if decide_after(c) <= now]


def mark_fulfilled(prize_id: int, *, actor: str, note: str) -> ContestPrize:
    with transaction.atomic():
        prize = ContestPrize.objects.select_for_update(no_key=True).get(pk=prize_id)
        if prize.kind != PrizeKind.PHYSICAL:
            raise CampaignError(
                Code.INVALID, "Only a physical prize is fulfilled by hand.", "id"
            )
        if prize.winner_id is None:
            raise CampaignError(Code.INVALID, "This prize has no winner.", "id")
        if prize.fulfilled_at is not None:
            raise CampaignError(Code.INVALID, "Already marked fulfilled.", "id")
        prize.fulfilled_at = timezone.now()
        prize.fulfilled_by = actor[:255]
        prize.fulfilment_note = note.strip()[:255]
        prize.save(update_fields=["fulfilled_at", "fulfilled_by", "fulfilment_note"])
    return prize


def prize_summary(prize: ContestPrize, currency: str) -> str:
    if prize.kind == PrizeKind.PHYSICAL:
        return prize.description
    return format_money(prize.amount, currency)
