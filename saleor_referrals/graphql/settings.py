"""A channel's program settings as the console's settings page edits them (App mode).

In plugin mode the per-channel settings are Saleor's plugin form; App mode has no
plugin form, so the console edits them through these two fields. Both read the
one declaration of the settings (`config.CONFIG_FIELDS`: names, labels, help
texts, choices, parsing) and save through the same path as the plugin's form
(`config.parse`, then `programs.sync_program`), so a value the Dashboard's form
refuses is refused here with the same message, and none of it is declared twice.
The plugin's schema leaves them out (`schema.build_schema`): inside Saleor the
plugin form is the one place to change settings.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import graphene

from ..config import (
    BOOLEAN,
    CONFIG_FIELDS,
    FIELDS_BY_NAME,
    MULTILINE,
    ConfigField,
    ConfigurationError,
    ProgramSettings,
    default_values,
    parse,
)
from ..models import ReferralProgram
from ..programs import sync_program
from .core import (
    MutationError,
    ReferralError,
    ReferralMutation,
    read_alias,
    require_staff,
)
from .enums import ReferralErrorCode

CURRENCY = re.compile(r"^[A-Z]{3}$")
TERMS_PREFIX = "terms_"

ReferralSettingKindEnum = graphene.Enum(
    "ReferralSettingKindEnum",
    [("TEXT", "text"), ("BOOLEAN", "boolean"), ("MULTILINE", "multiline")],
    description="How a setting is edited: one line, on/off, or several lines.",
)


class ReferralSettingChoice(graphene.ObjectType):
    value = graphene.String(required=True, description="What is stored.")
    label = graphene.String(required=True, description="What the operator reads.")

    class Meta:
        description = "One allowed value of a setting with fixed choices."


class ReferralSetting(graphene.ObjectType):
    name = graphene.String(required=True, description="The setting's key.")
    label = graphene.String(required=True)
    help_text = graphene.String(required=True)
    kind = ReferralSettingKindEnum(required=True)
    choices = graphene.List(
        graphene.NonNull(ReferralSettingChoice),
        required=True,
        description="The allowed values; empty for free text.",
    )
    value = graphene.String(
        required=True,
        description='The current value as text ("true"/"false" for on/off).',
    )

    class Meta:
        description = "One per-channel setting of the referral program."


class ReferralSettings(graphene.ObjectType):
    channel = graphene.String(required=True)
    is_active = graphene.Boolean(
        required=True, description="Whether the program runs in the channel."
    )
    currency = graphene.String(
        description="The program's currency; null before it was first saved."
    )
    settings = graphene.List(graphene.NonNull(ReferralSetting), required=True)

    class Meta:
        description = "A channel's program settings (MANAGE_DISCOUNTS)."


def kind_of(field: ConfigField) -> str:
    if field.type == BOOLEAN:
        return "boolean"
    return "multiline" if field.type == MULTILINE else "text"


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def stored_values(program: ReferralProgram | None) -> dict[str, Any]:
    """Each setting's value: the program's, else the default."""
    if program is None:
        return default_values()
    translations = program.terms_translations or {}
    values: dict[str, Any] = {}
    for field in CONFIG_FIELDS:
        if field.name.startswith(TERMS_PREFIX):
            language = field.name.removeprefix(TERMS_PREFIX)
            values[field.name] = translations.get(language, "")
        else:
            values[field.name] = getattr(program, field.name)
    return values


def settings_of(channel: str, program: ReferralProgram | None) -> dict[str, Any]:
    values = stored_values(program)
    return {
        "channel": channel,
        "is_active": bool(program and program.is_active),
        "currency": program.currency if program else None,
        "settings": [
            {
                "name": field.name,
                "label": field.label,
                "help_text": field.help_text,
                "kind": kind_of(field),
                "choices": [
                    {"value": choice.value, "label": choice.label}
                    for choice in field.choices
                ],
                "value": as_text(values[field.name]),
            }
            for field in CONFIG_FIELDS
        ],
    }


class ReferralSettingInput(graphene.InputObjectType):
    name = graphene.String(required=True, description="The setting's key.")
    value = graphene.String(description="The value as the operator typed it.")

    class Meta:
        description = "One setting's new value."


def _validated(values: list[dict[str, Any]] | None) -> ProgramSettings:
    """The settings, or every problem at once (`ConfigurationError`): the plugin
    form's parsing and messages."""
    raw: dict[str, Any] = {}
    unknown: dict[str, str] = {}
    for item in values or []:
        name = str(item.get("name") or "")
        if name not in FIELDS_BY_NAME:
            unknown[name] = f"{name!r} is not a setting."
        else:
            raw[name] = item.get("value")
    try:
        settings = parse(raw)
    except ConfigurationError as error:
        raise ConfigurationError({**unknown, **error.errors}) from error
    if unknown:
        raise ConfigurationError(unknown)
    return settings


class ReferralSettingsUpdate(ReferralMutation):
    settings = graphene.Field(ReferralSettings)

    class Arguments:
        channel = graphene.String(required=True, description="Channel slug.")
        is_active = graphene.Boolean(required=True)
        currency = graphene.String(
            description="The channel's currency code (Saleor's `currencyCode`); "
            "needed when the channel has no program yet."
        )
        values = graphene.List(
            graphene.NonNull(ReferralSettingInput),
            required=True,
            description="Settings to change; the others keep their value.",
        )

    class Meta:
        description = (
            "Save a channel's program settings (App mode; MANAGE_DISCOUNTS). Every "
            "invalid setting is reported, each with the plugin form's message."
        )

    @classmethod
    def mutate(cls, root, info, **data):
        # Report every invalid setting (the base reports one error).
        require_staff(info)
        program = ReferralProgram.objects.filter(channel_slug=data["channel"]).first()
        given = {item["name"]: item.get("value") for item in data.get("values") or []}
        current = stored_values(program)
        merged = [
            {"name": name, "value": given.get(name, current.get(name))}
            for name in dict.fromkeys([*current, *given])
        ]
        try:
            _validated(merged)
        except ConfigurationError as error:
            return cls(
                errors=[
                    ReferralError(
                        field=name,
                        message=message,
                        code=ReferralErrorCode.INVALID.value,
                    )
                    for name, message in error.errors.items()
                ]
            )
        return super().mutate(root, info, merged=merged, **data)

    @classmethod
    def perform(cls, root, info, channel, is_active, merged, currency=None, **data):
        program = (
            ReferralProgram.objects.select_for_update()
            .filter(channel_slug=channel)
            .first()
        )
        if program is not None:
            currency = program.currency
        currency = (currency or "").strip().upper()
        if not CURRENCY.match(currency):
            raise MutationError(
                ReferralErrorCode.INVALID.value,
                "The channel's currency code (3 letters) is required.",
                "currency",
            )
        program = sync_program(
            channel_slug=channel,
            currency=currency,
            settings=_validated(merged),
            active=is_active,
        )
        return {"settings": settings_of(channel, program)}


class SettingsQueries(graphene.ObjectType):
    referral_settings = graphene.Field(
        ReferralSettings,
        channel=graphene.String(required=True, description="Channel slug."),
        description=(
            "A channel's program settings with their labels, help texts and "
            "choices (App mode; MANAGE_DISCOUNTS)."
        ),
    )

    @staticmethod
    def resolve_referral_settings(root, info, channel):
        require_staff(info)
        program = (
            ReferralProgram.objects.using(read_alias(info))
            .filter(channel_slug=channel)
            .first()
        )
        return settings_of(channel, program)


class SettingsMutations(graphene.ObjectType):
    referral_settings_update = ReferralSettingsUpdate.Field()
