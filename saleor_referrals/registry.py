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
- the gift-card notes the wallet writes with a credit or debit (Dashboard notes).

Each slot is read in-process: no query unless a wing's rule runs one, and a rule
first asks `configured` whether its wing has anything for the program.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any


@dataclass
class Benefit:
    """An advocate's reward while the modifiers work on it."""

    amount: Decimal
    notes: list[str] = field(default_factory=list)
    # A campaign set or multiplied the amount (a tier's fixed amount then only
    # replaces it when larger).
    boosted: bool = False


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
    reward_modifiers: dict[str, tuple[int, RewardModifier]] = field(
        default_factory=dict
    )
    campaign_stamp: CampaignStamp | None = None
    held_reward_followers: dict[str, HeldRewardFollower] = field(default_factory=dict)
    reward_kinds: dict[str, RewardKindHandler] = field(default_factory=dict)
    wallet_credit_notes: WalletCreditNotes | None = None
    wallet_debit_note: WalletDebitNote | None = None


_slots = _Slots()


def register_reward_modifier(name: str, step: int, modifier: RewardModifier) -> None:
    """`step`: the modifier's place in the precedence (see `benefits`)."""
    _slots.reward_modifiers[name] = (step, modifier)


def reward_modifiers() -> list[RewardModifier]:
    return [m for _, m in sorted(_slots.reward_modifiers.values(), key=lambda x: x[0])]


def register_campaign_stamp(stamp: CampaignStamp) -> None:
    _slots.campaign_stamp = stamp


def campaign_at(program_id: int, moment: datetime) -> Any:
    stamp = _slots.campaign_stamp
    return stamp(program_id, moment) if stamp is not None else None


def register_held_reward_follower(name: str, follower: HeldRewardFollower) -> None:
    _slots.held_reward_followers[name] = follower


def book_followers(referral: Any, program: Any, release_at: datetime) -> list[Any]:
    booked: list[Any] = []
    for follower in _slots.held_reward_followers.values():
        booked.extend(follower(referral, program, release_at))
    return booked


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
