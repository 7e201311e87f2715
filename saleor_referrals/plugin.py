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
from saleor.graphql.core.context import get_database_connection_name
from saleor.plugins.base_plugin import BasePlugin, ConfigurationTypeField
from saleor.plugins.error_codes import PluginErrorCode

from . import tasks
from .commerce.saleor_adapter import saleor_order_facts
from .config import (
    BOOLEAN,
    CONFIG_FIELDS,
    MULTILINE,
    OUTPUT,
    STATUS_FIELD,
    THANK_YOU_OFF,
    ConfigurationError,
    canonical_choices,
    parse,
)
from .dashboard.status import program_status_line
from .facts import REFERRAL_CODE_METADATA_KEY, CheckoutFacts, OrderFacts, Shopper
from .programs import sync_program
from .referrals import CheckoutRejected, check_checkout
from .writer import allow_writer, reading

FIELD_TYPES = {
    BOOLEAN: ConfigurationTypeField.BOOLEAN,
    MULTILINE: ConfigurationTypeField.MULTILINE,
    OUTPUT: ConfigurationTypeField.OUTPUT,
}
# The form lists the status line first, then the settings in the order an operator
# decides them (a configuration saved by an older version keeps its own order).
FORM_FIELDS = (STATUS_FIELD, *CONFIG_FIELDS)
FORM_ORDER = {field.name: position for position, field in enumerate(FORM_FIELDS)}


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
        {"name": field.name, "value": field.default} for field in FORM_FIELDS
    ]
    CONFIG_STRUCTURE = {
        field.name: {
            "type": FIELD_TYPES.get(field.type, ConfigurationTypeField.STRING),
            "help_text": field.help_text,
            "label": field.label,
        }
        for field in FORM_FIELDS
    }

    def resolve_plugin_configuration(self, request):
        """The form as the Dashboard shows it: fields in the operator's order and the
        status line filled in. Saleor calls this only to present the configuration
        (the plugin query and pluginUpdate's answer), never in checkout or orders."""
        items = sorted(
            (dict(item) for item in self.configuration),
            key=lambda item: FORM_ORDER.get(item["name"], len(FORM_ORDER)),
        )
        channel_slug = self.channel.slug if self.channel else None
        using = get_database_connection_name(request)
        for item in items:
            if item["name"] == STATUS_FIELD.name:
                with reading(using):
                    item["value"] = program_status_line(channel_slug, using=using)
        return items

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
    def pre_save_plugin_configuration(cls, plugin_configuration):
        """Runs after validation: store fixed choices as documented."""
        canonical = canonical_choices(_values(plugin_configuration.configuration))
        for item in plugin_configuration.configuration:
            if item["name"] in canonical:
                item["value"] = canonical[item["name"]]

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
        if not checkout.voucher_code:
            return previous_value
        user = checkout_info.user
        facts = CheckoutFacts(
            channel_slug=checkout_info.channel.slug,
            shopper=Shopper(
                user_id=user.pk if user else None,
                email=checkout_info.get_customer_email() or "",
            ),
            voucher_code=checkout.voucher_code,
        )
        try:
            check_checkout(facts)
        except CheckoutRejected as rejection:
            code = CheckoutErrorCode(rejection.code).value
            raise ValidationError(
                {"voucher_code": ValidationError(rejection.message, code=code)}
            ) from rejection
        return previous_value

    def order_created(self, order, previous_value, webhooks=None, **kwargs):
        if facts := order_facts(order):
            _enqueue(tasks.attribute_order_task, facts.to_json())
        return previous_value

    def order_fully_paid(self, order, previous_value, webhooks=None, **kwargs):
        if facts := order_facts(order):
            _enqueue(tasks.qualify_paid_order_task, facts.to_json())
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
