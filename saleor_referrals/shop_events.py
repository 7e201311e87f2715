"""What the shop's order and customer events hand to Celery, whichever way they
arrive: the plugin's hooks (in Saleor's process) or App mode's signed webhooks.

Both ways build the same plain `OrderSeen` from what the event already holds (no
query) and call the same function here, so the outbox rows, their task arguments
and their idempotency keys are one rule for both modes: a repeated event writes no
second row, whichever way it came.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import outbox, tasks
from .emails.tasks import email_thank_you_task
from .facts import OrderFacts
from .insights.tasks import adjust_repeat_order_task
from .signups.tasks import attribute_signup_task, convert_lead_task


@dataclass(frozen=True)
class OrderSeen:
    """An order as an event shows it, before any query.

    `facts` is None when the order carries no referral hint (no voucher code, no
    `referral_code` metadata); `charged` is the total charged amount as text (part
    of a partial refund's key); `thank_you` gives what the thank-you e-mail needs
    (`order_id`, `order_number`, `user_id`, `email`, `channel_slug`,
    `language_code`), called only when the e-mail is asked for (the plugin's
    order may load its channel for it).
    """

    order_id: str
    user_id: int | None
    email: str
    charged: str
    facts: OrderFacts | None
    thank_you: Callable[[], dict[str, Any]]

    @property
    def has_shopper(self) -> bool:
        return bool(self.user_id or self.email)


def order_created(order: OrderSeen) -> None:
    if facts := order.facts:
        outbox.send(
            tasks.attribute_order_task,
            facts.to_json(),
            key=f"attribute_order:{facts.order_id}",
        )


def order_fully_paid(order: OrderSeen, *, thank_you_enabled: bool) -> None:
    """`thank_you_enabled`: False when the channel's thank-you e-mail is off (the
    plugin knows it from its configuration without a query); the task decides the
    rest (first order? program active?)."""
    facts = order.facts
    if not facts and order.has_shopper:
        # The shopper may have come through a sign-up or an event pass; the task
        # looks. No query and no outbox row here (an order without a hint costs
        # nothing): a lost hand-off leaves the lead pending, its order unpaired.
        outbox.send_after_commit(convert_lead_task, order.order_id)
    # Only customers with an account can hold a code.
    ask = bool(order.user_id) and thank_you_enabled
    if facts:
        # The thank-you rides with the qualification: the e-mails wing sends
        # it in that task (`OrderPaid`), guarded by the same outbox row.
        outbox.send(
            tasks.qualify_paid_order_task,
            facts.to_json(),
            *([order.thank_you()] if ask else []),
            key=f"qualify_paid_order:{facts.order_id}",
        )
    elif ask:
        # An unreferred order may cost no query, so no outbox row: on a
        # broker outage this marketing e-mail is lost (and logged).
        outbox.send_after_commit(email_thank_you_task, order.thank_you())


def order_refunded(order: OrderSeen) -> None:
    _reverse(order, "order partially refunded", order.charged)


def order_fully_refunded(order: OrderSeen) -> None:
    _reverse(order, "order fully refunded")


def order_cancelled(order: OrderSeen) -> None:
    _reverse(order, "order cancelled")


def _reverse(order: OrderSeen, reason: str, *paid_after_refund: str) -> None:
    if facts := order.facts:
        # Each refund state is its own event; a repeated one writes no second row.
        key = ":".join(("reverse_order", facts.order_id, reason, *paid_after_refund))
        outbox.send(
            tasks.reverse_order_task,
            facts.order_id,
            reason,
            *paid_after_refund,
            key=key,
        )
    elif order.has_shopper:
        # An order without a referral hint may be a referred friend's repeat
        # order: the task looks (no query and no outbox row here, as for the
        # lead check).
        outbox.send_after_commit(
            adjust_repeat_order_task, order.order_id, reason, *paid_after_refund
        )


def signup_key(user_id: int) -> str:
    return f"attribute_signup:{user_id}"


def customer_signed_up(user_id: int, email: str, code: str) -> None:
    """A new account that carries a referral code (App mode: CUSTOMER_CREATED),
    recorded in the outbox; the task is idempotent."""
    outbox.send(attribute_signup_task, user_id, email, code, key=signup_key(user_id))
