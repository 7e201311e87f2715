"""The README's wiring check ("Install into Saleor"), both of its answers."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from saleor.graphql.tests.utils import get_graphql_content

WIRING_CHECK = """
{ shop { name } referralProgram(channel: "%s") { isActive friendOffer { type value } } }
"""


def test_null_until_the_plugin_is_active_for_the_channel(
    referrals_plugin, api_client, channel_USD, site_settings
):
    content = get_graphql_content(
        api_client.post_graphql(WIRING_CHECK % channel_USD.slug)
    )
    assert content["data"] == {
        "shop": {"name": site_settings.site.name},
        "referralProgram": None,
    }


def test_the_program_once_active(program, api_client, channel_USD, site_settings):
    content = get_graphql_content(
        api_client.post_graphql(WIRING_CHECK % channel_USD.slug)
    )
    assert content["data"] == {
        "shop": {"name": site_settings.site.name},
        "referralProgram": {
            "isActive": True,
            "friendOffer": {"type": "PERCENTAGE", "value": 15.0},
        },
    }
