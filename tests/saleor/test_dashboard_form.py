"""The plugin's form as the Dashboard reads and saves it, through Saleor's GraphQL."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from saleor.core.db.connection import allow_writer
from saleor.graphql.tests.utils import get_graphql_content
from saleor.plugins.manager import get_plugins_manager
from saleor.plugins.models import PluginConfiguration

from saleor_referrals.config import CONFIG_FIELDS, STATUS_FIELD
from saleor_referrals.dashboard import status
from saleor_referrals.models import ReferralProgram, ReferralStatus

from .fixtures import BASE_CONFIGURATION

# What the Dashboard's plugin page asks for.
PLUGIN = """
query plugin($id: ID!) {
  plugin(id: $id) {
    channelConfigurations {
      channel { slug }
      configuration { name value type label helpText }
    }
  }
}
"""


def form(staff_api_client):
    response = staff_api_client.post_graphql(PLUGIN, {"id": "saleor_referrals"})
    [channel] = get_graphql_content(response)["data"]["plugin"]["channelConfigurations"]
    return channel["configuration"]


def test_the_form_starts_with_the_status_line_then_the_operator_order(
    program, staff_api_client
):
    items = form(staff_api_client)
    assert [item["name"] for item in items] == [
        STATUS_FIELD.name,
        *(field.name for field in CONFIG_FIELDS),
    ]
    status_item = items[0]
    assert status_item["type"] == "OUTPUT"
    assert status_item["label"] == "Program status"
    # The Dashboard's OUTPUT field is one line that does not wrap: a few words,
    # the whole line below it as the field's help text.
    assert status_item["value"] == "Active · 0 to review · 0 held"
    assert status_item["helpText"].startswith("Active · 0 referrals waiting for your")
    labels = {item["name"]: item for item in items}
    assert (
        labels["friend_min_spent"]["label"] == "Minimum cart for the friend's discount"
    )
    assert "free_shipping = free shipping" in labels["friend_discount_type"]["helpText"]


def test_the_status_line_counts_referrals_waiting_for_review(
    program, advocate_code, friend, friend_order, staff_api_client
):
    order = friend_order(friend)
    with allow_writer():
        program.referrals.create(
            code=advocate_code,
            advocate=advocate_code.user,
            friend=friend,
            friend_email=friend.email,
            friend_email_normalized=friend.email,
            source="code",
            order_id=str(order.pk),
            order_number=str(order.number),
            currency="USD",
            status=ReferralStatus.FLAGGED,
        )
    item = form(staff_api_client)[0]
    assert item["value"] == "Active · 1 to review · 0 held"
    assert "1 referral waiting for your review" in item["helpText"]
    assert item["helpText"].endswith(status.REVIEW_HINT)


def test_the_status_line_costs_nothing_outside_the_form(
    program, channel_USD, monkeypatch
):
    """Checkout and order requests build the plugin too; only the form reads it."""

    def fail(*args, **kwargs):
        raise AssertionError("status computed outside the form")

    monkeypatch.setattr(status, "program_status_line", fail)
    monkeypatch.setattr("saleor_referrals.plugin.program_status", fail)
    manager = get_plugins_manager(allow_replica=False)
    plugin = manager.get_plugin("saleor_referrals", channel_USD.slug)
    assert plugin.configuration  # built, hooks usable, nothing computed


def test_choices_are_forgiving_and_stored_as_documented(configure, channel_USD):
    result = configure(
        friend_discount_type="Free shipping",
        advocate_reward_type=" Store-Credit ",
        fraud_same_address="Reject",
        email_language="Persian",
    )
    assert result["errors"] == []
    stored = {
        item["name"]: item["value"]
        for item in PluginConfiguration.objects.get(
            identifier="saleor_referrals", channel=channel_USD
        ).configuration
    }
    assert stored["friend_discount_type"] == "free_shipping"
    assert stored["advocate_reward_type"] == "store_credit"
    assert stored["fraud_same_address"] == "reject"
    assert stored["email_language"] == "fa"
    program = ReferralProgram.objects.get(channel_slug=channel_USD.slug)
    assert program.friend_discount_type == "free_shipping"


def test_errors_start_with_the_label_the_operator_sees(configure, channel_USD):
    result = configure(friend_discount_value="abc", friend_discount_type="half")
    messages = {error["field"]: error["message"] for error in result["errors"]}
    assert messages == {
        "friendDiscountValue": "Friend's discount amount: 'abc' is not a number",
        "friendDiscountType": (
            "Friend's discount: 'half' is not one of the choices; type percentage, "
            "fixed, free_shipping"
        ),
    }
    assert not ReferralProgram.objects.filter(channel_slug=channel_USD.slug).exists()


def test_the_status_line_cannot_be_written(configure, channel_USD, staff_api_client):
    result = configure(program_status="hacked")
    assert result["errors"] == []
    assert form(staff_api_client)[0]["value"] != "hacked"


def test_base_configuration_still_parses():
    assert set(BASE_CONFIGURATION) <= {field.name for field in CONFIG_FIELDS}
