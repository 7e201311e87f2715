"""The unsubscribe page served by the plugin itself (`pages.serve`, which Saleor
reaches through `plugin.webhook`), and the links that point at it."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.test import RequestFactory

from saleor_referrals import pages
from saleor_referrals.emails import ASKS, INVITATIONS, flows
from saleor_referrals.emails.consent import is_opted_out, make_token, read_token
from saleor_referrals.emails.models import EmailOptOut

from .conftest import CHANNEL

PAGE = f"https://api.example.com/plugins/channel/{CHANNEL}/saleor_referrals/unsubscribe"


@pytest.fixture
def shop_serves_pages(commerce):
    commerce.public_url = "https://api.example.com/"
    return commerce


def link_of(message) -> str:
    return re.fullmatch(r"<(.+)>", message.extra_headers["List-Unsubscribe"])[1]


def test_links_point_at_the_plugin_page_of_the_channel(
    shop_serves_pages, program, advocate
):
    flows.invitation(program.pk, advocate.pk, "carol@example.com", "", "fa")
    message = mail.outbox[0]
    link = link_of(message)
    assert link.startswith(f"{PAGE}?token=")
    [token] = parse_qs(urlsplit(link).query)["token"]
    assert read_token(token).email == "carol@example.com"
    assert read_token(token).topic == INVITATIONS
    assert f'href="{link.replace("&", "&amp;")}"' in message.alternatives[0][0]
    assert link in message.body


def test_the_public_url_setting_still_wins(
    shop_serves_pages, email_urls, program, advocate
):
    flows.invitation(program.pk, advocate.pk, "carol@example.com", "", "en")
    assert link_of(mail.outbox[0]).startswith(
        "https://api.example.com/referrals/unsubscribe/"
    )


def request(method: str, token: str):
    query = {"token": token} if token is not None else {}
    factory = RequestFactory()
    if method == "post":  # RFC 8058: the form body, the token in the URL
        path = "/plugins/channel/default-channel/saleor_referrals/unsubscribe"
        return factory.post(
            f"{path}?token={token}",
            data="List-Unsubscribe=One-Click",
            content_type="application/x-www-form-urlencoded",
        )
    return factory.get("/unsubscribe", query)


def test_get_asks_and_post_unsubscribes(db):
    token = make_token("ada@example.com", ASKS, "fa")
    page = pages.serve(request("get", token), "/unsubscribe")
    assert page.status_code == 200
    assert '<form method="post">' in page.content.decode()
    assert not EmailOptOut.objects.exists()

    done = pages.serve(request("post", token), "/unsubscribe")
    assert done.status_code == 200
    assert "اشتراک شما لغو شد" in done.content.decode()
    assert is_opted_out("ada@example.com", ASKS)


@pytest.mark.parametrize("token", ["garbage", "", None])
def test_a_bad_token_gets_a_clear_400_page(db, token):
    for method in ("get", "post"):
        response = pages.serve(request(method, token), "/unsubscribe")
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    assert not EmailOptOut.objects.exists()


def test_other_methods_and_paths_are_not_pages(db):
    token = make_token("ada@example.com", ASKS, "en")
    put = RequestFactory().put(f"/unsubscribe?token={token}")
    assert pages.serve(put, "/unsubscribe").status_code == 405
    # (`console` is a page now: the operator console.)
    assert pages.serve(request("get", token), "/no-such-page") is None
    assert pages.serve(request("get", token), None) is None
    assert not EmailOptOut.objects.exists()


@pytest.mark.parametrize(
    ("accept_language", "title"),
    [
        ("fa-IR,fa;q=0.9,en;q=0.8", "این پیوند کار نمی‌کند"),
        ("de-DE,ar;q=0.7", "هذا الرابط لا يعمل"),
        ("", "This link does not work"),
    ],
)
def test_the_400_page_speaks_the_browsers_language(db, accept_language, title):
    request = RequestFactory().get(
        "/unsubscribe?token=garbage", HTTP_ACCEPT_LANGUAGE=accept_language
    )
    response = pages.serve(request, "unsubscribe")
    assert response.status_code == 400
    assert title in response.content.decode()
