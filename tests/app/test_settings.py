"""App mode's per-channel settings (the console's settings page): the fields, their
labels, help texts, choices and validation are the plugin form's own
(`config.CONFIG_FIELDS`, `config.parse`), saved as the form saves them
(`programs.sync_program`), in the instance's schema only, by staff only."""

from __future__ import annotations

import pytest

from saleor_referrals.app.models import Installation
from saleor_referrals.app.tenancy import use_installation
from saleor_referrals.config import CONFIG_FIELDS, ConfigurationError, parse
from saleor_referrals.models import ReferralProgram

from .test_api import APP_ID, dashboard_token, post

CHANNEL = "web-eu"
SETTINGS = """
query settings($channel: String!) {
  referralSettings(channel: $channel) {
    channel isActive currency
    settings { name label helpText kind value choices { value label } }
  }
}
"""
UPDATE = """
mutation save($channel: String!, $active: Boolean!, $currency: String,
              $values: [ReferralSettingInput!]!) {
  referralSettingsUpdate(channel: $channel, isActive: $active, currency: $currency,
                         values: $values) {
    settings { isActive currency settings { name value } }
    errors { field code message }
  }
}
"""


@pytest.fixture
def staff_token(app_client, installed, saleor_a, commerce):
    """The Dashboard's token for a staff user of instance A (the App's id saved
    at install)."""
    for installation in installed:
        Installation.objects.filter(pk=installation.pk).update(app_id=APP_ID)
        installation.app_id = APP_ID
    commerce.add_channel(CHANNEL, "EUR")
    return dashboard_token(saleor_a, ["MANAGE_DISCOUNTS"])


def program_in(installation):
    with use_installation(installation):
        return ReferralProgram.objects.filter(channel_slug=CHANNEL).first()


def test_the_settings_page_reads_the_plugin_forms_fields(app_client, staff_token):
    response = post(app_client, SETTINGS, {"channel": CHANNEL}, token=staff_token)

    assert response.status_code == 200, response.content
    data = response.json()["data"]["referralSettings"]
    assert (data["isActive"], data["currency"]) == (False, None)
    assert [
        (one["name"], one["label"], one["helpText"]) for one in data["settings"]
    ] == [(field.name, field.label, field.help_text) for field in CONFIG_FIELDS]
    by_name = {one["name"]: one for one in data["settings"]}
    assert by_name["friend_discount_type"]["choices"][2] == {
        "value": "free_shipping",
        "label": "free shipping",
    }
    assert by_name["new_customers_only"]["kind"] == "BOOLEAN"
    assert by_name["new_customers_only"]["value"] == "true"
    assert by_name["terms"]["kind"] == "MULTILINE"
    assert by_name["hold_days"]["value"] == "14"


def test_invalid_settings_get_the_plugin_forms_messages_and_nothing_is_saved(
    app_client, installed, staff_token
):
    values = {
        "friend_discount_type": "a lot",
        "friend_discount_value": "150",
        "hold_days": "400",
        "storefront_url": "shop.example.com",
    }
    with pytest.raises(ConfigurationError) as plugin_form:
        parse(values)

    response = post(
        app_client,
        UPDATE,
        {
            "channel": CHANNEL,
            "active": True,
            "currency": "EUR",
            "values": [{"name": k, "value": v} for k, v in values.items()]
            + [{"name": "no_such_setting", "value": "1"}],
        },
        token=staff_token,
    )

    payload = response.json()["data"]["referralSettingsUpdate"]
    errors = {error["field"]: error for error in payload["errors"]}
    assert {k: e["message"] for k, e in errors.items() if k in values} == (
        plugin_form.value.errors
    )
    assert errors["no_such_setting"]["code"] == "INVALID"
    assert payload["settings"] is None
    assert program_in(installed[0]) is None


def test_saved_settings_make_the_instances_program(app_client, installed, staff_token):
    response = post(
        app_client,
        UPDATE,
        {
            "channel": CHANNEL,
            "active": True,
            "currency": "eur",
            "values": [
                {"name": "friend_discount_type", "value": "Free shipping"},
                {"name": "advocate_reward_value", "value": "12.50"},
                {"name": "new_customers_only", "value": "false"},
                {"name": "terms_fa", "value": "شرایط"},
            ],
        },
        token=staff_token,
    )

    payload = response.json()["data"]["referralSettingsUpdate"]
    assert payload["errors"] == []
    saved = {one["name"]: one["value"] for one in payload["settings"]["settings"]}
    assert (saved["friend_discount_type"], saved["advocate_reward_value"]) == (
        "free_shipping",
        "12.5",
    )
    assert (saved["new_customers_only"], saved["terms_fa"]) == ("false", "شرایط")
    program = program_in(installed[0])
    assert (program.is_active, program.currency) == (True, "EUR")
    assert program.friend_voucher_id  # the friend voucher, through the port
    assert program.terms_translations == {"fa": "شرایط"}
    assert program_in(installed[1]) is None
    # Saved again without the currency: the program keeps its own; the other
    # settings keep their values.
    again = post(
        app_client,
        UPDATE,
        {
            "channel": CHANNEL,
            "active": False,
            "values": [{"name": "hold_days", "value": "30"}],
        },
        token=staff_token,
    )
    payload = again.json()["data"]["referralSettingsUpdate"]
    assert payload["errors"] == []
    program = program_in(installed[0])
    assert (program.is_active, program.hold_days) == (False, 30)
    assert program.advocate_reward_value == 12.5
    assert program.friend_discount_type == "free_shipping"


def test_a_new_channel_needs_its_currency(app_client, installed, staff_token):
    response = post(
        app_client,
        UPDATE,
        {"channel": CHANNEL, "active": True, "values": []},
        token=staff_token,
    )
    [error] = response.json()["data"]["referralSettingsUpdate"]["errors"]
    assert (error["field"], error["code"]) == ("currency", "INVALID")
    assert program_in(installed[0]) is None


def test_customers_cannot_read_or_change_settings(app_client, installed, saleor_a):
    token = saleor_a.access_token(41, "ada@example.com")
    for document, variables in (
        (SETTINGS, {"channel": CHANNEL}),
        (UPDATE, {"channel": CHANNEL, "active": True, "currency": "EUR", "values": []}),
    ):
        response = post(app_client, document, variables, token=token)
        [error] = response.json()["errors"]
        assert error["extensions"]["exception"]["code"] == "PermissionDenied"
    assert program_in(installed[0]) is None
