"""The rules the core asks the wings for, registered once, in one place.

The core computes an advocate's reward, books a referral's rewards, issues and
takes back ledger rows and stamps a referral with its campaign; the wings change
those steps only through the slots below, filled from their `setup` modules
(`ReferralsConfig.ready()`):

- reward modifiers (campaign boost, tier multiplier), applied in their declared
  order: the precedence is written in `benefits`;
- the friend offer stamped on a referral at attribution (campaigns);
- bookings that ride on an advocate's held reward (donations to causes);
- how a wing's own ledger kind is issued and taken back (donations);
- the gift-card notes the wallet writes with a credit or debit (Dashboard notes);
- what each wing has configured for a program (`configured`).

Each slot is read in-process: no query unless a wing's rule runs one, and a rule
first asks `configured` whether its wing has anything for the program.

`configured` reads `ReferralProgram.configured_wings`, a list the wings keep
themselves: a wing registers a probe ("does this program have tiers?") and the
models whose saves and deletes can change the answer; each such save re-runs that
probe with the program row locked, in the saving transaction. The program row
comes with every referral, code or reward the core loads, so asking costs nothing,
holds across processes (no process-local cache to invalidate) and is never stale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save


@dataclass
class Benefit:
    """An advocate's reward while the modifiers work on it."""

    amount: Decimal
    notes: list[str] = field(default_factory=list)
    # A campaign set or multiplied the amount (a tier's fixed amount then only
    # replaces it when larger).
    boosted: bool = False


# The wing whose configuration the campaign stamp needs.
CAMPAIGNS = "campaigns"

# (benefit, program, advocate id, the referral's campaign or None, db alias)
RewardModifier = Callable[[Benefit, Any, int | None, Any, str], None]
# (program id, moment) -> the campaign a referral made then is stamped with
CampaignStamp = Callable[[int, datetime], Any]
# (referral, program, release_at) -> ledger rows booked beside the reward
HeldRewardFollower = Callable[[Any, Any, datetime], list[Any]]
# (reward, order number, new card) -> notes; (reward, order number, reason,
# debited, shortfall) -> None
WalletCreditNotes = Callable[..., tuple[str, ...]]
WalletDebitNote = Callable[..., None]


@dataclass(frozen=True)
class RewardKindHandler:
    """Issue and take back a ledger kind the core does not pay out itself."""

    issue: Callable[[Any], None]
    take_back: Callable[[Any, str], None]


@dataclass
class _Slots:
    reward_modifiers: dict[str, tuple[int, str | None, RewardModifier]] = field(
        default_factory=dict
    )
    campaign_stamp: CampaignStamp | None = None
    held_reward_followers: dict[str, HeldRewardFollower] = field(default_factory=dict)
    reward_kinds: dict[str, RewardKindHandler] = field(default_factory=dict)
    wallet_credit_notes: WalletCreditNotes | None = None
    wallet_debit_note: WalletDebitNote | None = None


_slots = _Slots()


def register_reward_modifier(
    name: str, step: int, modifier: RewardModifier, *, wing: str | None = None
) -> None:
    """`step`: the modifier's place in the precedence (see `benefits`). `wing`:
    skip the modifier for a program where that wing has nothing configured (not
    for a modifier that reads only what the referral carries, like its campaign)."""
    _slots.reward_modifiers[name] = (step, wing, modifier)


def reward_modifiers(program: Any) -> list[RewardModifier]:
    ordered = sorted(_slots.reward_modifiers.values(), key=lambda entry: entry[0])
    return [
        modifier
        for _, wing, modifier in ordered
        if wing is None or configured(program, wing)
    ]


def register_campaign_stamp(stamp: CampaignStamp) -> None:
    _slots.campaign_stamp = stamp


def campaign_at(program: Any, moment: datetime) -> Any:
    """The campaign a referral made at `moment` is stamped with (no query when the
    program has no campaign ahead)."""
    stamp = _slots.campaign_stamp
    if stamp is None or not configured(program, CAMPAIGNS):
        return None
    return stamp(program.pk, moment)


def register_held_reward_follower(wing: str, follower: HeldRewardFollower) -> None:
    """Run only for programs where `wing` has something configured."""
    _slots.held_reward_followers[wing] = follower


def book_followers(referral: Any, program: Any, release_at: datetime) -> list[Any]:
    booked: list[Any] = []
    for wing, follower in _slots.held_reward_followers.items():
        if configured(program, wing):
            booked.extend(follower(referral, program, release_at))
    return booked


def has_followers(program: Any) -> bool:
    """May `program`'s referrals have bookings riding on the advocate's reward (0
    queries: the program's configured wings)?"""
    return any(configured(program, wing) for wing in _slots.held_reward_followers)


def register_reward_kind(kind: str, handler: RewardKindHandler) -> None:
    _slots.reward_kinds[kind] = handler


def reward_kind(kind: str) -> RewardKindHandler | None:
    return _slots.reward_kinds.get(kind)


def register_wallet_notes(credit: WalletCreditNotes, debit: WalletDebitNote) -> None:
    _slots.wallet_credit_notes, _slots.wallet_debit_note = credit, debit


def wallet_credit_notes(reward: Any, order_number: str, *, new_card: bool):
    notes = _slots.wallet_credit_notes
    return notes(reward, order_number, new_card=new_card) if notes else ()


def note_wallet_debit(
    reward: Any, order_number: str, reason: str, debited: Decimal, shortfall: Decimal
) -> None:
    if _slots.wallet_debit_note is not None:
        _slots.wallet_debit_note(reward, order_number, reason, debited, shortfall)


# --- what is configured ----------------------------------------------------------

# wing -> (program id) -> has the wing anything configured for that program?
ConfigurationProbe = Callable[[int], bool]
_probes: dict[str, ConfigurationProbe] = {}


def register_configuration(
    wing: str, probe: ConfigurationProbe, models: list[type]
) -> None:
    """`probe` answers for one program; a save or delete of any of `models` (each
    with a `program_id`) re-runs it for the row's program."""
    _probes[wing] = probe

    def changed(sender: type, instance: Any, **kwargs: Any) -> None:
        if instance.program_id is None:
            return
        wings = refresh_configured(instance.program_id, wing)
        # The program object the caller holds (`Tier(program=program)`) follows.
        program = instance._state.fields_cache.get("program")
        if program is not None and wings is not None:
            program.configured_wings = wings

    for model in models:
        uid = f"saleor_referrals.configured.{wing}.{model.__name__}"
        post_save.connect(changed, sender=model, weak=False, dispatch_uid=uid)
        post_delete.connect(
            changed, sender=model, weak=False, dispatch_uid=f"{uid}.delete"
        )


def configured(program: Any, wing: str) -> bool:
    """Has `wing` anything configured for `program` (a ReferralProgram)?"""
    wings = program.configured_wings
    return wings is None or wing in wings


def refresh_configured(program_id: int, *wings: str) -> list[str] | None:
    """Re-run the probes of `wings` (all when none given) for one program, with its
    row locked so that two saves cannot store an answer each saw half of."""
    from .models import ReferralProgram

    with transaction.atomic(savepoint=False):
        current = (
            ReferralProgram.objects.select_for_update(no_key=True)
            .filter(pk=program_id)
            .values_list("configured_wings", flat=True)
            .first()
        )
        if (
            current is None
            and not ReferralProgram.objects.filter(pk=program_id).exists()
        ):
            return None
        names = wings or tuple(_probes)
        known = set(current) if current is not None else set(_probes)
        for name in names:
            if _probes[name](program_id):
                known.add(name)
            else:
                known.discard(name)
        if current is not None and set(current) == known and wings:
            return sorted(known)
        result = sorted(known)
        ReferralProgram.objects.filter(pk=program_id).update(configured_wings=result)
        return result
