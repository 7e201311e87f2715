"""A referral that becomes converted, or stops being converted, re-evaluates its
advocate's tier: an outbox row in the status change's own transaction, handed to
Celery after commit, so no promotion is lost to a broker outage."""

from __future__ import annotations

from .. import domain_events, outbox, registry
from ..domain_events import ReferralStatusChanged
from .counting import CONVERTED_STATUSES
from .setup import WING


def on_referral_status_changed(event: ReferralStatusChanged) -> None:
    referral, reason = event.referral, event.reason
    from_status, to_status = event.from_status, event.to_status
    was, now = from_status in CONVERTED_STATUSES, to_status in CONVERTED_STATUSES
    if was == now or referral.advocate_id is None:
        return
    if not registry.configured(referral.program, WING):
        return  # no tier and no milestone: nothing to evaluate, no query
    from . import evaluation
    from .tasks import evaluate_tier_task

    args = (
        referral.program_id,
        referral.advocate_id,
        f"referral {referral.pk} {to_status}: {reason}"[:200],
    )
    # A referral enters and leaves the converted statuses at most once each.
    key = f"tier-evaluation:referral:{referral.pk}:{to_status}"
    # In a task: evaluated in it after commit (idempotent under the membership's
    # lock); in a request, or if that fails: the evaluation task.
    outbox.send_or_run(
        outbox.Message(evaluate_tier_task, args, key),
        (lambda: _reevaluate(*args))
        if event.replayed
        else (lambda: evaluation.evaluate(args[0], args[1], reason=args[2])),
    )


def _reevaluate(program_id: int, advocate_id: int, reason: str) -> None:
    """A replayed conversion: evaluate; if that changes nothing, the first
    evaluation did, and its tier e-mail is owed again (sent once)."""
    from . import evaluation

    outcome = evaluation.evaluate(program_id, advocate_id, reason=reason)
    if outcome.change is None and outcome.membership is not None:
        evaluation.announce_last_change(outcome.membership)


def connect() -> None:
    domain_events.subscribe(
        ReferralStatusChanged, on_referral_status_changed, in_transaction=True
    )
