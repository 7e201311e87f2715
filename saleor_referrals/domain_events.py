"""Every domain event, declared once, and the bus that hands them to the wings.

The core (codes, referrals, the reward ledger, fraud, the outbox, the commerce
port) publishes these and knows nothing of who listens. A wing (tiers, campaigns
and contests, causes, events, sign-ups, numbers, exports, Dashboard notes,
e-mails) subscribes in its `setup` module, called from `ReferralsConfig.ready()`;
one wing reaches another only through an event.

Two kinds of subscriber, like Django's signals and `transaction.on_commit`:

- `in_transaction=True`: runs at once, inside the transaction that made the
  change. For receivers that only *record* follow-up work (an outbox row, handed
  to Celery after commit): nothing is recorded for a rolled-back change and
  nothing is lost to a broker outage.
- otherwise (the default): runs after the transaction commits, in the same
  process (in a Celery task: the same task, so a wing's step costs no extra task
  and no extra round trip to the broker). An exception propagates, as from
  `on_commit`: in a task, Celery's retry runs the (idempotent) step again.

Payloads are small frozen dataclasses: ids and plain facts, plus the saved model
instance where a receiver needs its fields (no second query to load it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from django.db import transaction


@dataclass(frozen=True)
class DomainEvent:
    """Base of every event below."""


# --- the referral loop -----------------------------------------------------------


@dataclass(frozen=True)
class ReferralStatusChanged(DomainEvent):
    """Any status change of a referral, after its row and history are saved
    (attributed = to pending, qualified, converted = approved or rewarded,
    reversed, rejected...). Sent inside the transaction that saved it."""

    referral: Any  # models.Referral
    from_status: str
    to_status: str
    reason: str
    # Rebuilt from the history by a re-run of the task that made the change
    # (`history.replay_changes`): the change itself, and whatever its own
    # transaction wrote with it, is long committed; only the follow-ups run again.
    replayed: bool = False


@dataclass(frozen=True)
class RewardStatusChanged(DomainEvent):
    """Any status change of a ledger row (held, released = issued, revoked,
    cancelled, failed), sent inside the transaction that saved it."""

    reward: Any  # models.Reward
    from_status: str
    to_status: str
    reason: str
    replayed: bool = False  # see ReferralStatusChanged.replayed


@dataclass(frozen=True)
class OrderPaid(DomainEvent):
    """A paid order was handled by the core (after commit). `referral_status` is
    the status of the referral it qualified, "" when it has none: numbers count
    a code or link on an order that is not (or no longer) a referral's."""

    order: Any  # facts.OrderFacts
    referral_id: int | None
    referral_status: str
    # The shopper's paid order as the thank-you e-mail reads it (order id and
    # number, user id, e-mail, channel, language), when the hook asked for one.
    thank_you: dict[str, Any] | None = None
    # The referral's program as the task loaded it (None without a referral).
    program: Any = None


@dataclass(frozen=True)
class OrderReversed(DomainEvent):
    """A refund or a cancellation was handled by the core (after commit)."""

    order_id: str
    reason: str
    paid_after_refund: Decimal | None
    referral_id: int | None
    referral_status: str


@dataclass(frozen=True)
class CustomerSignedUp(DomainEvent):
    """A customer account was created with a referral code or link remembered."""

    user_id: int
    email: str


@dataclass(frozen=True)
class Visited(DomainEvent):
    """A landing visit through a share link (numbers count it)."""

    program_id: int
    code_id: int
    network: str


# --- wings to wings ------------------------------------------------------------


@dataclass(frozen=True)
class DonationIssued(DomainEvent):
    """A donation became final for its cause (in the transaction that issued it)."""

    reward_id: int
    # The ledger's instance (its program, recipient and donation with its cause
    # loaded), for a receiver in the same task: no second load.
    reward: Any = None


@dataclass(frozen=True)
class TierChanged(DomainEvent):
    """An advocate moved tier, or was warned of losing it (in its transaction)."""

    change_id: int
    kind: str
    replayed: bool = False  # see ReferralStatusChanged.replayed
    # The evaluation's instance (its membership with program and advocate, and
    # its tier), for a receiver in the same task: no second load.
    change: Any = None


@dataclass(frozen=True)
class MilestoneReached(DomainEvent):
    badge_id: int


@dataclass(frozen=True)
class ContestPrizeAwarded(DomainEvent):
    prize_id: int


@dataclass(frozen=True)
class EventInvitationCreated(DomainEvent):
    invitation_id: int


ALL_EVENTS: tuple[type[DomainEvent], ...] = (
    ReferralStatusChanged,
    RewardStatusChanged,
    OrderPaid,
    OrderReversed,
    CustomerSignedUp,
    Visited,
    DonationIssued,
    TierChanged,
    MilestoneReached,
    ContestPrizeAwarded,
    EventInvitationCreated,
)

# --- the bus -------------------------------------------------------------------

E = TypeVar("E", bound=DomainEvent)
Handler = Callable[[Any], None]

_in_transaction: dict[type[DomainEvent], dict[str, Handler]] = defaultdict(dict)
_after_commit: dict[type[DomainEvent], dict[str, Handler]] = defaultdict(dict)


def _uid(handler: Handler) -> str:
    return f"{handler.__module__}.{getattr(handler, '__qualname__', repr(handler))}"


def subscribe(
    event_type: type[E],
    handler: Callable[[E], None],
    *,
    in_transaction: bool = False,
) -> None:
    """Idempotent: `ready()` may run more than once in tests."""
    if event_type not in ALL_EVENTS:
        raise ValueError(f"{event_type!r} is not declared in domain_events")
    table = _in_transaction if in_transaction else _after_commit
    table[event_type][_uid(handler)] = handler


def unsubscribe(event_type: type[DomainEvent], handler: Handler) -> None:
    for table in (_in_transaction, _after_commit):
        table[event_type].pop(_uid(handler), None)


def subscribers(event_type: type[DomainEvent]) -> list[Handler]:
    return [
        *_in_transaction[event_type].values(),
        *_after_commit[event_type].values(),
    ]


def publish(event: DomainEvent, *, committed: bool = False) -> None:
    """Hand `event` to its subscribers: the in-transaction ones now, the others
    when the current transaction commits (at once outside a transaction).

    `committed=True`: the caller's change is already committed (a task after its
    core step), so every subscriber runs now, in the caller's own block.
    """
    event_type = type(event)
    if (step := _step.get()) is not None:
        step.published += 1
    for handler in list(_in_transaction[event_type].values()):
        handler(event)
    later = list(_after_commit[event_type].values())
    if not later:
        return
    if committed:
        _run(later, event)
    else:
        transaction.on_commit(lambda: _run(later, event))


def _run(handlers: list[Handler], event: DomainEvent) -> None:
    for handler in handlers:
        handler(event)


# --- where the work runs -----------------------------------------------------------

_background: ContextVar[bool] = ContextVar("saleor_referrals_background", default=False)


@dataclass
class Step:
    """What a task's core step published: nothing means the step found its work
    already done (a re-run), and the task replays that work's events."""

    published: int = 0


_step: ContextVar[Step | None] = ContextVar("saleor_referrals_step", default=None)


@contextmanager
def background() -> Iterator[Step]:
    """Marks a Celery task's core step: a subscriber may then do its (small) work in
    this task and this transaction instead of handing it to a task of its own; in
    a request it hands the work off, so a shopper's request never does it.

    Yields the step's `Step`, which counts the events published inside."""
    step = Step()
    token = _background.set(True)
    step_token = _step.set(step)
    try:
        yield step
    finally:
        _step.reset(step_token)
        _background.reset(token)


def in_background() -> bool:
    return _background.get()
