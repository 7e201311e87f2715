"""The Saleor plugin: per-channel configuration and the checkout and order hooks.

Hooks run inside the shopper's request: they read only what the order or checkout
already holds and return before any query when there is no referral hint. An order
with a hint costs one INSERT per hook: the outbox row (`outbox.py`) that keeps the
work safe from a broker outage, handed to Celery after commit. Saleor may deliver an
event more than once; the outbox keys and the tasks are idempotent.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models.base import ModelState
from django.db.models.signals import post_init
from saleor.app.models import App
from saleor.channel.models import Channel
from saleor.checkout.error_codes import CheckoutErrorCode
from saleor.plugins.base_plugin import BasePlugin, ConfigurationTypeField
from saleor.plugins.error_codes import PluginErrorCode
from saleor.plugins.models import PluginConfiguration

from . import PLUGIN_ID, pages, shop_events
from .commerce.saleor_adapter import checkout_line_facts, saleor_order_facts
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
from .dashboard.links import console_link
from .dashboard.status import program_status
from .facts import REFERRAL_CODE_METADATA_KEY, CheckoutFacts, OrderFacts, Shopper
from .programs import sync_program
from .referrals import CheckoutRejected, check_checkout
from .saleor_app.manifest import APP_IDENTIFIER
from .tiers.checkout import check_checkout as check_tier_perks
from .writer import allow_writer, read_alias, reading

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
    PLUGIN_ID = PLUGIN_ID
    PLUGIN_NAME = "Referrals"
    # Extensions → Installed shows this plugin beside the console App: say which
    # is which (the Dashboard shows the description as plain text, no links).
    PLUGIN_DESCRIPTION = (
        "The referral program's settings, per channel: personal codes that are "
        "Saleor vouchers, two-sided rewards, store credit, held rewards and "
        "clawback. Its console (review queue, referrals, tiers, campaigns) is the "
        "Referrals console app: Discounts → Referrals, after "
        "`manage.py referrals_install_app`."
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
        using = read_alias(request)
        for item in items:
            if item["name"] == STATUS_FIELD.name:
                with reading(using):
                    value, details = program_status(channel_slug, using=using)
                    console = console_app_link(using)
                item["value"] = value
                item["help_text"] = (
                    f"{details} Console: {console}." if console else details
                )
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
        if plugin_configuration.channel_id is not None:
            with allow_writer():
                # One query for both fields (the configuration's channel is only a
                # deferred placeholder, see `connect_configuration_channel`).
                channel = Channel.objects.only("slug", "currency_code").get(
                    pk=plugin_configuration.channel_id
                )
                sync_program(
                    channel_slug=channel.slug,
                    currency=channel.currency_code,
                    settings=parse(_values(plugin_configuration.configuration)),
                    active=plugin_configuration.active,
                )
        return plugin_configuration

    def webhook(self, request, path, previous_value, **kwargs):
        # Saleor's /plugins/channel/<channel>/saleor_referrals/<path>: our own
        # pages (the unsubscribe link), with no change to the shop's URLconf.
        response = pages.serve(request, path)
        return previous_value if response is None else response

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
        shop_events.order_created(order_seen(order))
        return previous_value

    def order_fully_paid(self, order, previous_value, webhooks=None, **kwargs):
        thank_you = _values(self.configuration).get("thank_you_email")
        shop_events.order_fully_paid(
            order_seen(order), thank_you_enabled=thank_you != THANK_YOU_OFF
        )
        return previous_value

    def order_refunded(self, order, previous_value, webhooks=None, **kwargs):
        shop_events.order_refunded(order_seen(order))
        return previous_value

    def order_fully_refunded(self, order, previous_value, webhooks=None, **kwargs):
        shop_events.order_fully_refunded(order_seen(order))
        return previous_value

    def order_cancelled(self, order, previous_value, webhooks=None, **kwargs):
        shop_events.order_cancelled(order_seen(order))
        return previous_value


def console_app_link(using: str) -> str:
    """The installed console App's page in the Dashboard; "" when not installed."""
    app = (
        App.objects.using(using)
        .filter(identifier=APP_IDENTIFIER, removed_at__isnull=True)
        .only("pk")
        .first()
    )
    return console_link(app.pk) if app is not None else ""


def order_facts(order) -> OrderFacts | None:
    """Facts of an order that carries a referral hint; None (no query) otherwise."""
    referral_code = (order.metadata or {}).get(REFERRAL_CODE_METADATA_KEY)
    if not (order.voucher_code or referral_code):
        return None
    return saleor_order_facts(order)


def order_seen(order) -> shop_events.OrderSeen:
    """The order as its hook shows it, read without a query."""
    return shop_events.OrderSeen(
        order_id=str(order.pk),
        user_id=order.user_id,
        email=order.user_email or "",
        charged=str(order.total_charged_amount),
        facts=order_facts(order),
        thank_you=lambda: paid_order(order),
    )


def paid_order(order) -> dict[str, Any]:
    """What the thank-you e-mail needs of a paid order, read without a query: the
    plugin manager loaded `order.channel` to pick the channel's plugins."""
    return {
        "order_id": str(order.pk),
        "order_number": str(order.number),
        "user_id": order.user_id,
        "email": order.user_email or "",
        "channel_slug": order.channel.slug,
        "language_code": order.language_code or "",
    }


def connect_configuration_channel() -> None:
    """Keep Saleor's plugin manager from reading our configuration's channel.

    Loading a per-channel plugin, the manager reads `PluginConfiguration.channel`
    (`manager._load_plugin`), a lazy foreign key: one `SELECT ... channel_channel`
    per request and channel, for every order, referred or not. The hooks never read
    the plugin's channel (orders and checkouts carry theirs), so our configurations
    get a placeholder instead: the real `Channel` row with only its id loaded, whose
    other fields load on first use.
    """
    post_init.connect(
        _placeholder_channel,
        sender=PluginConfiguration,
        dispatch_uid="saleor_referrals.configuration_channel",
    )


def _placeholder_channel(sender, instance: PluginConfiguration, **kwargs) -> None:
    loaded = instance.__dict__  # a deferred field must not be loaded here
    if (
        loaded.get("identifier") != ReferralsPlugin.PLUGIN_ID
        or loaded.get("channel_id") is None
    ):
        return
    field = PluginConfiguration._meta.get_field("channel")
    if not field.is_cached(instance):
        placeholder = Channel.from_db(None, ["id"], [loaded["channel_id"]])
        placeholder._state = _StateOf(instance)
        field.set_cached_value(instance, placeholder)


class _StateOf(ModelState):
    """The placeholder loads its fields from the database its configuration came
    from (the replica, usually), as the foreign key itself would have; that is set
    only after `post_init`, hence read when needed."""

    def __init__(self, owner: PluginConfiguration) -> None:
        super().__init__()
        self.adding = False
        self._owner_state = owner._state
        self._db: str | None = None

    @property
    def db(self) -> str | None:  # type: ignore[override]
        return self._db or self._owner_state.db

    @db.setter
    def db(self, value: str | None) -> None:
        self._db = value
