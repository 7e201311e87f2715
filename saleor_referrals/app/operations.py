"""Operator actions on one installed instance, from the command line
(`saleor-referrals-app program|code`): a channel's program settings and an
advocate's code, the same domain calls the plugin's Dashboard form and its
`referralCodeCreate` mutation make, run in the instance's schema with its
commerce port (Saleor's GraphQL API with the App token).

They need no HTTP API of the App: a store can be set up, or a code handed to a
customer by support, from the host that runs the service.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model

from ..codes import get_or_create_code
from ..config import parse
from ..models import ReferralProgram
from ..programs import sync_program
from .customers import mirror_customer
from .payloads import PayloadError, global_id
from .tenancy import installation_for, use_installation


class OperationError(ValueError):
    """Bad input for an operator action (the message says which and why)."""


def customer_pk(customer: str) -> int:
    """A Saleor customer as its pk: `42`, or its GraphQL id (`VXNlcjo0Mg==`)."""
    customer = customer.strip()
    if customer.isdigit():
        return int(customer)
    try:
        pk = global_id(customer, "User")
    except PayloadError as error:
        raise OperationError(f"{customer!r} is not a customer id") from error
    if not pk.isdigit():
        raise OperationError(f"{customer!r} is not a customer id")
    return int(pk)


def configure_program(
    saleor_api_url: str,
    *,
    channel_slug: str,
    currency: str,
    values: dict[str, Any],
    active: bool = True,
) -> ReferralProgram:
    """The channel's settings (the plugin form's fields and validation,
    `config.parse`), and the friend voucher in Saleor brought in line."""
    settings = parse(values)  # ConfigurationError names every bad field
    with use_installation(installation_for(saleor_api_url)):
        return sync_program(
            channel_slug=channel_slug,
            currency=currency.upper(),
            settings=settings,
            active=active,
        )


def advocate_code(
    saleor_api_url: str,
    *,
    channel_slug: str,
    customer: str,
    email: str,
    vanity: str | None = None,
) -> str:
    """The customer's code in the channel's program (created on first call and
    added to the friend voucher in Saleor); idempotent, as `referralCodeCreate`."""
    user_id = customer_pk(customer)
    with use_installation(installation_for(saleor_api_url)):
        program = ReferralProgram.objects.filter(channel_slug=channel_slug).first()
        if program is None:
            raise OperationError(f"channel {channel_slug!r} has no program")
        mirror_customer(user_id, email)
        user = get_user_model().objects.get(pk=user_id)
        return get_or_create_code(program, user, vanity=vanity).code
