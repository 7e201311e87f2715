"""The Saleor plugin: per-channel configuration and the checkout and order hooks.

Hooks run inside the shopper's request: they read only what the order or checkout
already holds, return before any query when there is no referral hint, and hand the
rest to Celery. Saleor may deliver an event more than once; the tasks are idempotent.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from saleor.checkout.error_codes import CheckoutErrorCode
from saleor.plugins.base_plugin import BasePlugin, ConfigurationTypeField
from saleor.plugins.error_codes import PluginErrorCode

from . import tasks
from .commerce.saleor_adapter import checkout_line_facts, saleor_order_facts
from .config import (
    BOOLEAN,
    CONFIG_FIELDS,
    MULTILINE,
    THANK_YOU_OFF,
    ConfigurationError,
    parse,
)
from .facts import REFERRAL_CODE_METADATA_KEY, CheckoutFacts, OrderFacts, Shopper
from .programs import sync_program
from .referrals import CheckoutRejected, check_checkout
from .tiers.checkout import check_checkout as check_tier_perks
from .writer import allow_writer

FIELD_TYPES = {
    BOOLEAN: ConfigurationTypeField.BOOLEAN,
    MULTILINE: ConfigurationTypeField.MULTILINE,
}


def _values(configuration: list[dict[str, Any]]) -> dict[str, Any]:
    return {item["name"]: item["value"] for item in configuration or []}


class ReferralsPlugin(BasePlugin):
    PLUGIN_ID = "saleor_referrals"
    PLUGIN_NAME = "Referrals"
    PLUGIN_DESCRIPTION = (
        "Customer referral program: personal codes that are Saleor vouchers, "
        "two-sided rewards, store credit, held rewards and clawback."
    )
    CONFIGURATION_PER_CHANNEL = True
    DEFAULT_ACTIVE = False
    DEFAULT_CONFIGURATION = [
        {"name": field.name, "value": field.default} for field in CONFIG_FIELDS
    ]
    CONFIG_STRUCTURE = {
        field.name: {
            "type": FIELD_TYPES.get(field.type, ConfigurationTypeField.STRING),
            "help_text": field.help_text,
            "label": field.label,
        }
        for field in CONFIG_FIELDS
    }

    @classmethod
    def validate_plugin_configuration(cls, plugin_configuration, **kwargs):
        try:
            parse(_values(plugin_configuration.configuration))
        except ConfigurationError as error:
            raise ValidationError(
                {
                    name: ValidationError(message, code=PluginErrorCode.INVALID.value)
                    for name, message in error.errors.items()
                }
            ) from error

    @classmethod
    def save_plugin_configuration(cls, plugin_configuration, cleaned_data):
        plugin_configuration = super().save_plugin_configuration(
            plugin_configuration, cleaned_data
        )
        channel = plugin_configuration.channel
        if channel is not None:
            with allow_writer():
                sync_program(
                    channel_slug=channel.slug,
                    currency=channel.currency_code,
                    settings=parse(_values(plugin_configuration.configuration)),
                    active=plugin_configuration.active,
                )
        return plugin_configuration

    def preprocess_order_creation(self, checkout_info, lines, previous_value, **kwargs):
        checkout = checkout_info.checkout
        # Saleor prefetched the lines' collections: reading them costs no query.
        line_facts = checkout_line_facts(lines)
        in_collections = any(line.collection_ids for line in line_facts)
        if not checkout.voucher_code and not in_collections:
            return previous_value
        user = checkout_info.user
        facts = CheckoutFacts(
            channel_slug=checkout_info.channel.slug,
            shopper=Shopper(
                user_id=user.pk if user else None,
                email=checkout_info.get_customer_email() or "",
            ),
            voucher_code=checkout.voucher_code or "",
            lines=line_facts,
        )
        try:
            check_checkout(facts)
            check_tier_perks(facts)
        except CheckoutRejected as rejection:
            code = CheckoutErrorCode(rejection.code).value
            raise ValidationError(
                {rejection.field: ValidationError(rejection.message, code=code)}
            ) from rejection
        return previous_value

    def order_created(self, order, previous_value, webhooks=None, **kwargs):
        if facts := order_facts(order):
            _enqueue(tasks.attribute_order_task, facts.to_json())
        return previous_value

    def order_fully_paid(self, order, previous_value, webhooks=None, **kwargs):
        if facts := order_facts(order):
            _enqueue(tasks.qualify_paid_order_task, facts.to_json())
        elif order.user_id or order.user_email:
            # The shopper may have come through a sign-up or an event pass; the
            # task looks (no query here).
            _enqueue(tasks.convert_lead_task, str(order.pk))
        # Thank-you ask: only customers with an account can hold a code. The task
        # decides the rest (first order? program active?); no query here.
        thank_you = _values(self.configuration).get("thank_you_email")
        if order.user_id and thank_you != THANK_YOU_OFF:
            _enqueue(tasks.email_thank_you_task, paid_order(order, self.channel))
        return previous_value

    def order_refunded(self, order, previous_value, webhooks=None, **kwargs):
        if facts := order_facts(order):
            _enqueue(
                tasks.reverse_order_task,
                facts.order_id,
                "order partially refunded",
                str(facts.paid),
            )
        return previous_value

    def order_fully_refunded(self, order, previous_value, webhooks=None, **kwargs):
        if facts := order_facts(order):
            _enqueue(tasks.reverse_order_task, facts.order_id, "order fully refunded")
        return previous_value

    def order_cancelled(self, order, previous_value, webhooks=None, **kwargs):
        if facts := order_facts(order):
            _enqueue(tasks.reverse_order_task, facts.order_id, "order cancelled")
        return previous_value


def order_facts(order) -> OrderFacts | None:
    """Facts of an order that carries a referral hint; None (no query) otherwise."""
    referral_code = (order.metadata or {}).get(REFERRAL_CODE_METADATA_KEY)
    if not (order.voucher_code or referral_code):
        return None
    return saleor_order_facts(order)


def paid_order(order, channel) -> dict[str, Any]:
    """What the thank-you e-mail needs of a paid order, read without a query."""
    return {
        "order_id": str(order.pk),
        "order_number": str(order.number),
        "user_id": order.user_id,
        "email": order.user_email or "",
        "channel_slug": channel.slug if channel else order.channel.slug,
        "language_code": order.language_code or "",
    }


def _enqueue(task, *args) -> None:
    transaction.on_commit(lambda: task.delay(*args))
