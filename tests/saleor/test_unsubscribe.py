"""The unsubscribe page served by the plugin through Saleor's own plugin routes,
the e-mails' links to it, the shop's name and translated terms inside Saleor."""

import re
from urllib.parse import urlsplit

import graphene
import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from django.contrib.sites.models import Site
from django.core import signing
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order import OrderChargeStatus
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.commerce.saleor_adapter import SaleorCommerce
from saleor_referrals.emails import ASKS
from saleor_referrals.emails.consent import is_opted_out, make_token
from saleor_referrals.emails.models import EmailOptOut

from .fixtures import PLUGIN_UPDATE

ORIGIN = "https://api.example.com"


@pytest.fixture
def public_url(settings):
    settings.PUBLIC_URL = ORIGIN
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "api.example.com"]
    return ORIGIN


@pytest.fixture
def thank_you(
    program, customer_user, order_generator, django_capture_on_commit_callbacks
):
    """Pay an order of the customer; the plugin's hook sends the thank-you e-mail."""

    def pay_order():
        order = order_generator(user=customer_user, user_email=customer_user.email)
        order.charge_status = OrderChargeStatus.FULL
        order.total_charged_amount = order.total_gross_amount
        order.save()
        with django_capture_on_commit_callbacks(execute=True):
            get_plugins_manager(allow_replica=False).order_fully_paid(order)
        return order

    return pay_order


def link_of(message) -> str:
    return re.fullmatch(r"<(.+)>", message.extra_headers["List-Unsubscribe"])[1]


def test_the_link_is_the_plugin_page_and_one_click_unsubscribes(
    public_url, thank_you, channel_USD, customer_user, client, mailoutbox
):
    thank_you()
    [message] = mailoutbox
    link = link_of(message)
    page = f"{ORIGIN}/plugins/channel/{channel_USD.slug}/saleor_referrals/unsubscribe"
    assert link.startswith(f"{page}?token=")
    assert link in message.body
    path = link.removeprefix(ORIGIN)

    # GET (a link scanner, or the customer's click) only asks.
    shown = client.get(path, HTTP_HOST="api.example.com")
    assert shown.status_code == 200
    assert '<form method="post">' in shown.content.decode()
    assert not is_opted_out(customer_user.email, ASKS)

    # A mail client's RFC 8058 one-click POST: no CSRF token, no login.
    done = client.post(
        path,
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
        HTTP_HOST="api.example.com",
    )
    assert done.status_code == 200
    assert "You are unsubscribed" in done.content.decode()
    assert is_opted_out(customer_user.email, ASKS)
    thank_you()  # the next paid order asks no more
    assert len(mailoutbox) == 1


def test_without_public_url_the_link_uses_the_sites_domain(
    thank_you, site_settings, channel_USD, mailoutbox
):
    thank_you()
    link = urlsplit(link_of(mailoutbox[0]))
    assert link.netloc == site_settings.site.domain
    assert link.path == (
        f"/plugins/channel/{channel_USD.slug}/saleor_referrals/unsubscribe"
    )


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_bad_token_answers_a_clear_400_page(program, channel_USD, client, method):
    forged = signing.dumps({"e": "ada@example.com", "t": ASKS}, salt="other")
    base = f"/plugins/channel/{channel_USD.slug}/saleor_referrals/unsubscribe"
    for query in (f"?token={forged}", "?token=garbage", ""):
        response = getattr(client, method)(f"{base}{query}")
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    assert not EmailOptOut.objects.exists()


def test_the_route_without_a_channel_serves_the_page_too(program, client):
    token = make_token("ada@example.com", ASKS, "ar")
    response = client.post(f"/plugins/saleor_referrals/unsubscribe?token={token}")
    assert response.status_code == 200
    assert "تم إلغاء اشتراكك" in response.content.decode()
    assert is_opted_out("ada@example.com", ASKS)


def test_unknown_plugin_paths_are_not_found(program, channel_USD, client):
    response = client.get(f"/plugins/channel/{channel_USD.slug}/saleor_referrals/x")
    assert response.status_code == 404


def test_the_header_names_the_shop_by_the_site_name(
    thank_you, site_settings, mailoutbox
):
    site = site_settings.site
    site.name = "Example Coffee"
    site.save(update_fields=["name"])
    Site.objects.clear_cache()  # Saleor's Site cache outlives a save
    thank_you()
    [message] = mailoutbox
    assert message.body.startswith("Example Coffee\n")
    assert ">Example Coffee</td>" in message.alternatives[0][0]


TERMS = """
query terms($channel: String!, $language: String) {
  referralProgram(channel: $channel, languageCode: $language) { terms }
}
"""


def test_translated_terms_reach_the_landing_page_and_the_emails(
    configure, thank_you, customer_user, channel_USD, api_client, mailoutbox
):
    result = configure(terms="One per customer.", terms_fa="یک بار برای هر مشتری.")
    assert result["errors"] == []
    for language, terms in (
        ("fa", "یک بار برای هر مشتری."),
        ("ar", "One per customer."),
    ):
        response = api_client.post_graphql(
            TERMS, {"channel": channel_USD.slug, "language": language}
        )
        content = get_graphql_content(response)
        assert content["data"]["referralProgram"]["terms"] == terms
    customer_user.language_code = "fa"
    customer_user.save(update_fields=["language_code"])
    thank_you()
    assert "یک بار برای هر مشتری." in mailoutbox[0].body
    assert "One per customer." not in mailoutbox[0].body


def test_shop_name_and_page_url_cost_no_query_once_the_site_is_cached(
    channel_USD, site_settings, django_assert_num_queries
):
    shop = SaleorCommerce()
    shop.shop_name()  # loads Saleor's process-wide Site cache
    with django_assert_num_queries(0):
        assert shop.shop_name() == site_settings.site.name
        assert shop.page_url(channel_USD.slug, "unsubscribe").startswith("http")


def test_the_channel_route_is_closed_while_the_plugin_is_inactive(
    program, staff_api_client, channel_USD, client
):
    response = staff_api_client.post_graphql(
        PLUGIN_UPDATE,
        {
            "id": "saleor_referrals",
            "channel": graphene.Node.to_global_id("Channel", channel_USD.pk),
            "input": {"active": False},
        },
    )
    assert get_graphql_content(response)["data"]["pluginUpdate"]["errors"] == []
    token = make_token("ada@example.com", ASKS, "en")
    path = f"/plugins/channel/{channel_USD.slug}/saleor_referrals/unsubscribe"
    assert client.get(f"{path}?token={token}").status_code == 404
