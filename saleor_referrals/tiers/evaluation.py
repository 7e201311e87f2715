"""Place one advocate on the ladder and award milestones: idempotent, serialized.

The membership row is locked first (created if missing), so eight workers
evaluating the same advocate at once queue up: the first promotes, the others find
nothing left to do. Rewards are booked with unique keys in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from .. import domain_events, rewards
from ..commerce import get_commerce
from ..domain_events import MilestoneReached, TierChanged
from ..models import ReferralProgram, Reward
from .counting import Tally, Window, tallies
from .models import Badge, Milestone, Tier, TierChange, TierChangeKind, TierMembership
from .perks import (
    book_bonus,
    entry_reward_key,
    milestone_bonus_key,
    sync_member_code,
)
from .rules import AT_RISK, DEMOTE, PROMOTE, RECOVER, decide, earned_tier, window_of

LIFETIME = Window("lifetime")


@dataclass
class Outcome:
    membership: TierMembership | None
    change: TierChange | None = None
    badges: list[Badge] = field(default_factory=list)
    rewards: list[Reward] = field(default_factory=list)


def lock_membership(
    program_id: int, advocate_id: int, ladder: list[Tier] | None = None
) -> TierMembership:
    TierMembership.objects.bulk_create(
        [TierMembership(program_id=program_id, advocate_id=advocate_id)],
        ignore_conflicts=True,
    )
    membership = (
        TierMembership.objects.select_for_update(of=("self",), no_key=True)
        .select_related("program", "advocate")  # the tier e-mail reads them
        .get(program_id=program_id, advocate_id=advocate_id)
    )
    attach_tiers([membership], ladder or [])
    return membership


def attach_tiers(memberships: list[TierMembership], ladder: list[Tier]) -> None:
    """Give locked memberships their tier from `ladder`, not from a join in the
    locking query: after waiting for a lock PostgreSQL re-reads the locked row but
    keeps the joined rows it saw before the wait, so a tier joined there can be the
    one another worker just replaced (found by the 8-worker promotion test)."""
    tiers = {tier.pk: tier for tier in ladder}
    for membership in memberships:
        if membership.tier_id in tiers:
            membership.tier = tiers[membership.tier_id]
        # Otherwise Django reads the tier by its id when asked (a fresh read).


def ladder_of(program_id: int) -> list[Tier]:
    return list(Tier.objects.filter(program_id=program_id).order_by("rank"))


def windows_of(ladder: list[Tier]) -> list[Window]:
    return [LIFETIME, *(window_of(tier) for tier in ladder)]


def evaluate(
    program_id: int,
    advocate_id: int,
    *,
    reason: str,
    pay_entry_rewards: bool = True,
    now: datetime | None = None,
) -> Outcome:
    """Bring one advocate's tier and badges in line with their converted referrals."""
    now = now or timezone.now()
    # The ladder, each tier telling whether the program has milestones (one query).
    ladder = list(
        Tier.objects.filter(program_id=program_id)
        .annotate(
            program_has_milestones=Exists(
                Milestone.objects.filter(program_id=program_id)
            )
        )
        .order_by("rank")
    )
    if ladder:
        has_milestones = ladder[0].program_has_milestones
    else:
        has_milestones = Milestone.objects.filter(program_id=program_id).exists()
    if not ladder and not has_milestones:
        # Nothing to climb in this channel: no membership row to create (deleting
        # the last tier already moved its members out).
        return Outcome(None)
    with transaction.atomic():
        membership = lock_membership(program_id, advocate_id, ladder)
        program = membership.program
        # Read under the lock: a worker that waited must see the badges the one
        # before it awarded.
        milestones: list[Milestone] = []
        if has_milestones:  # none in the program: no query
            milestones = list(
                Milestone.objects.filter(program_id=program_id)
                .annotate(
                    earned=Exists(
                        Badge.objects.filter(
                            milestone=OuterRef("pk"), advocate_id=advocate_id
                        )
                    )
                )
                .order_by("referrals")
            )
        counts = tallies(program_id, [advocate_id], windows_of(ladder), now).get(
            advocate_id, {}
        )
        outcome = Outcome(membership)
        outcome.change = apply_ladder(
            membership, program, ladder, counts, reason, pay_entry_rewards, now, outcome
        )
        if outcome.change is None and has_wrong_code(
            membership.tier, membership.member_code
        ):
            sync_member_code(membership, program, membership.tier)
            membership.save(update_fields=["member_code", "updated_at"])
        award_milestones(
            membership,
            program,
            milestones,
            counts,
            reason,
            pay_entry_rewards,
            now,
            outcome,
        )
        announce(outcome)
    for reward in outcome.rewards:
        rewards.schedule_release(reward)
    return outcome


def announce_last_change(membership: TierMembership) -> None:
    """A replay's evaluation that found nothing to change (see
    `history.replay_changes`): the change the first evaluation made may have lost
    its e-mail with a worker killed right after committing it, so the membership's
    latest change is announced again (its e-mail's log row keeps it to one)."""
    change = membership.changes.order_by("-pk").first()
    if change is not None:
        domain_events.publish(
            TierChanged(change_id=change.pk, kind=str(change.kind), replayed=True)
        )


def announce(outcome: Outcome) -> None:
    """Publish the promotion, the start of a grace period and new badges inside
    the transaction that recorded them (the e-mails wing records its outbox rows
    there)."""
    change = outcome.change
    if change is not None:
        domain_events.publish(
            TierChanged(change_id=change.pk, kind=str(change.kind), change=change)
        )
    for badge in outcome.badges:
        domain_events.publish(MilestoneReached(badge_id=badge.pk))


def apply_ladder(
    membership: TierMembership,
    program: ReferralProgram,
    ladder: list[Tier],
    counts: dict[str, Tally],
    reason: str,
    pay_entry_rewards: bool,
    now: datetime,
    outcome: Outcome,
) -> TierChange | None:
    current = membership.tier
    earned = earned_tier(ladder, counts)
    move = decide(
        current, membership.demote_after, earned, now, program.tier_grace_days
    )
    converted = counts.get(LIFETIME.key, Tally()).referrals
    if move == PROMOTE:
        note = f"promoted: {reason}"
        change = move_to(
            membership, program, earned, TierChangeKind.PROMOTED, note, converted, now
        )
        if earned.entry_reward_kind and earned.entry_reward_value:
            reward = book_bonus(
                program=program,
                advocate_id=membership.advocate_id,
                key=entry_reward_key(membership.advocate_id, earned),
                kind=earned.entry_reward_kind,
                value=earned.entry_reward_value,
                reason=f"entry reward for reaching {earned.name}",
                pay=pay_entry_rewards,
                now=now,
            )
            outcome.rewards.append(reward)
        return change
    if move in (DEMOTE, AT_RISK, RECOVER):
        if move == DEMOTE and needs_member_code(earned):
            return move_to(
                membership,
                program,
                earned,
                TierChangeKind.DEMOTED,
                demotion_reason(membership, reason),
                converted,
                now,
            )
        old_code = membership.member_code
        change = clock_move(membership, program, earned, move, reason, converted, now)
        if old_code and not membership.member_code:
            get_commerce().remove_voucher_codes([old_code])
        membership.save(
            update_fields=["tier", "since", "demote_after", "member_code", "updated_at"]
        )
        change.save()
        return change
    return None


def needs_member_code(tier: Tier | None) -> bool:
    return tier is not None and bool(tier.member_discount_percent)


def has_wrong_code(tier: Tier | None, member_code: str) -> bool:
    """A member without the code their tier gives, or with one it no longer gives
    (staff changed the tier's member discount)."""
    return needs_member_code(tier) != bool(member_code)


def demotion_reason(membership: TierMembership, reason: str) -> str:
    grace_over = " (grace period over)" if membership.demote_after else ""
    return f"demoted: {reason}{grace_over}"


def clock_move(
    membership: TierMembership,
    program: ReferralProgram,
    earned: Tier | None,
    move: str,
    reason: str,
    converted: int,
    now: datetime,
) -> TierChange:
    """A grace period starting or ending, or a demotion to a tier without a member
    code: applied to `membership` in memory, returned as an unsaved change, so the
    sweep can write many in one statement. The caller removes the old member code
    from the shop and saves."""
    current = membership.tier
    if move == AT_RISK:
        membership.demote_after = now + timedelta(days=program.tier_grace_days)
        kind, to_tier = TierChangeKind.AT_RISK, current
        note = (
            f"below {current.name}: {reason}; demotion after "
            f"{membership.demote_after:%Y-%m-%d} unless back above"
        )
    elif move == RECOVER:
        membership.demote_after = None
        kind, to_tier, note = TierChangeKind.RECOVERED, current, f"back above: {reason}"
    else:
        note = demotion_reason(membership, reason)
        kind, to_tier = TierChangeKind.DEMOTED, earned
        membership.tier = earned
        membership.since = now if earned is not None else None
        membership.demote_after = None
        membership.member_code = ""
    membership.updated_at = now
    return change_row(membership, kind, current, to_tier, note, converted, now)


def evaluate_clock_moves(
    program: ReferralProgram,
    ladder: list[Tier],
    advocate_ids: list[int],
    *,
    reason: str,
    now: datetime,
) -> tuple[int, list[int]]:
    """Grace periods starting or ending and demotions of many members, in one short
    transaction: the rows are locked (in primary-key order, like every writer),
    counted again under the lock, and written with one UPDATE and one INSERT.

    Returns how many members moved, and the advocates whose move needs the full
    `evaluate` (a promotion, or a demotion into a tier with member codes).
    """
    rest: list[int] = []
    with transaction.atomic():
        members = list(
            TierMembership.objects.select_for_update(of=("self",), no_key=True)
            .filter(program=program, advocate_id__in=advocate_ids)
            .order_by("pk")
        )
        attach_tiers(members, ladder)
        counts = tallies(
            program.pk, [m.advocate_id for m in members], windows_of(ladder), now
        )
        moved, changes, old_codes = [], [], []
        for membership in members:
            tally = counts.get(membership.advocate_id, {})
            earned = earned_tier(ladder, tally)
            move = decide(
                membership.tier,
                membership.demote_after,
                earned,
                now,
                program.tier_grace_days,
            )
            if (
                move == PROMOTE
                or (move == DEMOTE and needs_member_code(earned))
                or (
                    not move and has_wrong_code(membership.tier, membership.member_code)
                )
            ):
                rest.append(membership.advocate_id)
                continue
            if not move:
                continue
            if move == DEMOTE and membership.member_code:
                old_codes.append(membership.member_code)
            converted = tally.get(LIFETIME.key, Tally()).referrals
            changes.append(
                clock_move(membership, program, earned, move, reason, converted, now)
            )
            moved.append(membership)
        if old_codes:
            get_commerce().remove_voucher_codes(old_codes)
        TierMembership.objects.bulk_update(
            moved, ["tier", "since", "demote_after", "member_code", "updated_at"]
        )
        for change in TierChange.objects.bulk_create(changes):
            if change.kind == TierChangeKind.AT_RISK:
                announce(Outcome(None, change))
    return len(moved), rest


def move_to(
    membership: TierMembership,
    program: ReferralProgram,
    tier: Tier | None,
    kind: str,
    reason: str,
    converted: int,
    now: datetime,
) -> TierChange:
    previous = membership.tier
    membership.tier = tier
    membership.since = now if tier is not None else None
    membership.demote_after = None
    sync_member_code(membership, program, tier)
    membership.save(
        update_fields=["tier", "since", "demote_after", "member_code", "updated_at"]
    )
    return record(membership, kind, previous, tier, reason, converted, now)


def record(
    membership: TierMembership,
    kind: str,
    from_tier: Tier | None,
    to_tier: Tier | None,
    reason: str,
    converted: int,
    now: datetime,
) -> TierChange:
    change = change_row(membership, kind, from_tier, to_tier, reason, converted, now)
    change.save()
    return change


def change_row(
    membership: TierMembership,
    kind: str,
    from_tier: Tier | None,
    to_tier: Tier | None,
    reason: str,
    converted: int,
    now: datetime,
) -> TierChange:
    return TierChange(
        membership=membership,
        kind=kind,
        from_tier=from_tier,
        to_tier=to_tier,
        from_tier_name=from_tier.name if from_tier else "",
        to_tier_name=to_tier.name if to_tier else "",
        converted_referrals=converted,
        reason=reason[:255],
        created_at=now,
    )


def award_milestones(
    membership: TierMembership,
    program: ReferralProgram,
    milestones: list[Milestone],
    counts: dict[str, Tally],
    reason: str,
    pay_bonuses: bool,
    now: datetime,
    outcome: Outcome,
) -> None:
    """Badges are kept once earned: a later reversal does not take them away."""
    converted = counts.get(LIFETIME.key, Tally()).referrals
    for milestone in milestones:
        if milestone.earned or converted < milestone.referrals:
            continue
        badge = Badge.objects.create(
            milestone=milestone,
            advocate_id=membership.advocate_id,
            earned_at=now,
            reason=f"{converted} converted referrals: {reason}"[:255],
        )
        outcome.badges.append(badge)
        if milestone.bonus_kind and milestone.bonus_value:
            outcome.rewards.append(
                book_bonus(
                    program=program,
                    advocate_id=membership.advocate_id,
                    key=milestone_bonus_key(membership.advocate_id, milestone),
                    kind=milestone.bonus_kind,
                    value=milestone.bonus_value,
                    reason=f"bonus for the {milestone.name} milestone",
                    pay=pay_bonuses,
                    now=now,
                )
            )
