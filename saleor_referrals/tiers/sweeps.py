"""Batch work over many advocates: the demotion sweep and placement after a ladder
change.

Both read a batch without locks (one query for the members, one grouped count), and
only advocates whose tier or badges must change are written. The sweep's moves
(grace periods starting or ending, demotions) are written for the whole batch in one
short transaction that locks just those rows and counts them again under the lock;
promotions, and placement, go through `evaluate`, one row lock and transaction
each. No lock is held across batches, and a run that stops half-way is simply run
again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from ..models import Referral, ReferralProgram
from .counting import CONVERTED_STATUSES, tallies
from .evaluation import (
    LIFETIME,
    evaluate,
    evaluate_clock_moves,
    has_wrong_code,
    ladder_of,
    windows_of,
)
from .models import (
    Badge,
    Milestone,
    PlacementStatus,
    Tier,
    TierMembership,
    TierPlacementRun,
    TierWindow,
)
from .rules import decide, earned_tier

logger = logging.getLogger(__name__)
BATCH_SIZE = 2000
SWEEP_REASON = "periodic tier review"


@dataclass(frozen=True)
class Standing:
    tier_id: int | None
    demote_after: datetime | None
    member_code: str = ""


def needing_evaluation(
    program: ReferralProgram,
    ladder: list[Tier],
    standings: dict[int, Standing],
    now: datetime,
    milestone_thresholds: list[int] | None = None,
) -> list[int]:
    """The advocates among `standings` whose tier (or, with milestone thresholds,
    badges) would change: two queries for the whole batch."""
    by_id = {tier.pk: tier for tier in ladder}
    counts = tallies(program.pk, standings, windows_of(ladder), now)
    badges: dict[int, int] = {}
    if milestone_thresholds:
        for advocate_id in Badge.objects.filter(
            milestone__program=program, advocate_id__in=list(standings)
        ).values_list("advocate_id", flat=True):
            badges[advocate_id] = badges.get(advocate_id, 0) + 1
    due = []
    for advocate_id, standing in standings.items():
        tally = counts.get(advocate_id, {})
        move = decide(
            by_id.get(standing.tier_id),
            standing.demote_after,
            earned_tier(ladder, tally),
            now,
            program.tier_grace_days,
        )
        converted = tally[LIFETIME.key].referrals if tally else 0
        reachable = sum(1 for n in milestone_thresholds or () if n <= converted)
        code_out_of_step = has_wrong_code(
            by_id.get(standing.tier_id), standing.member_code
        )
        if move or code_out_of_step or reachable > badges.get(advocate_id, 0):
            due.append(advocate_id)
    return due


def sweep_program(
    program: ReferralProgram, now: datetime | None = None, batch_size: int = BATCH_SIZE
) -> int:
    """Demote members whose grace ended; start the grace of members a rolling or
    calendar window dropped below their tier. Returns the number of evaluations."""
    now = now or timezone.now()
    ladder = ladder_of(program.pk)
    if not ladder:
        return 0
    members = TierMembership.objects.filter(program=program)
    if all(tier.window == TierWindow.LIFETIME for tier in ladder):
        # Lifetime counts change only with referral events, which evaluate at once;
        # what is left for the clock is the members in their grace period.
        members = members.filter(demote_after__isnull=False)
    else:
        members = members.filter(tier__isnull=False)
    evaluated = 0
    last_pk = 0
    while True:
        rows = list(
            members.filter(pk__gt=last_pk)
            .order_by("pk")
            .values_list("pk", "advocate_id", "tier_id", "demote_after", "member_code")[
                :batch_size
            ]
        )
        if not rows:
            return evaluated
        last_pk = rows[-1][0]
        standings = {row[1]: Standing(*row[2:]) for row in rows}
        due = needing_evaluation(program, ladder, standings, now)
        if not due:
            continue
        moved, rest = evaluate_clock_moves(
            program, ladder, due, reason=SWEEP_REASON, now=now
        )
        evaluated += moved
        for advocate_id in rest:
            evaluate(program.pk, advocate_id, reason=SWEEP_REASON, now=now)
            evaluated += 1


def sweep_all(now: datetime | None = None) -> int:
    evaluated = 0
    for program in ReferralProgram.objects.filter(tiers__isnull=False).distinct():
        try:
            evaluated += sweep_program(program, now)
        except Exception:  # one broken channel must not stop the others
            logger.exception("Tier sweep of %s failed", program.channel_slug)
    return evaluated


def start_placement(
    program: ReferralProgram, reason: str, pay_entry_rewards: bool
) -> TierPlacementRun:
    return TierPlacementRun.objects.create(
        program=program, reason=reason[:255], pay_entry_rewards=pay_entry_rewards
    )


def _advocate_ids_after(program: ReferralProgram, last: int, size: int) -> list[int]:
    with_referrals = (
        Referral.objects.filter(
            program=program, status__in=CONVERTED_STATUSES, advocate_id__gt=last
        )
        .order_by("advocate_id")
        .values_list("advocate_id", flat=True)
        .distinct()[:size]
    )
    members = (
        TierMembership.objects.filter(program=program, advocate_id__gt=last)
        .order_by("advocate_id")
        .values_list("advocate_id", flat=True)[:size]
    )
    return sorted({*with_referrals, *members})[:size]


def run_placement(run_id: int, batch_size: int = BATCH_SIZE) -> TierPlacementRun:
    """Place every advocate of the program where their converted referrals put them.

    Idempotent: resumes after `last_advocate_id`; a finished run does nothing.
    """
    run = TierPlacementRun.objects.select_related("program").get(pk=run_id)
    if run.status == PlacementStatus.DONE:
        return run
    program = run.program
    if run.status == PlacementStatus.QUEUED:
        run.total = len(
            set(
                Referral.objects.filter(
                    program=program, status__in=CONVERTED_STATUSES
                ).values_list("advocate_id", flat=True)
            )
            | set(
                TierMembership.objects.filter(program=program).values_list(
                    "advocate_id", flat=True
                )
            )
        )
        run.status = PlacementStatus.RUNNING
        run.save(update_fields=["total", "status"])
    ladder = ladder_of(program.pk)
    thresholds = list(
        Milestone.objects.filter(program=program).values_list("referrals", flat=True)
    )
    while True:
        now = timezone.now()
        ids = _advocate_ids_after(program, run.last_advocate_id, batch_size)
        if not ids:
            break
        known = {
            row[0]: Standing(*row[1:])
            for row in TierMembership.objects.filter(
                program=program, advocate_id__in=ids
            ).values_list("advocate_id", "tier_id", "demote_after", "member_code")
        }
        standings = {i: known.get(i, Standing(None, None)) for i in ids}
        for advocate_id in needing_evaluation(
            program, ladder, standings, now, thresholds
        ):
            evaluate(
                program.pk,
                advocate_id,
                reason=run.reason,
                pay_entry_rewards=run.pay_entry_rewards,
                now=now,
            )
        run.last_advocate_id = ids[-1]
        run.done += len(ids)
        run.save(update_fields=["last_advocate_id", "done"])
    run.status = PlacementStatus.DONE
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "finished_at"])
    return run
