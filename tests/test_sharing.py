"""Every share link opens with the share URL and the message intact."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from saleor_referrals.models import ShareNetwork
from saleor_referrals.sharing import SUBJECTS, share_links, share_message

# Where each network reads the link and the message from its query string.
CARRIERS = {
    ShareNetwork.EMAIL: ("mailto", "", {"body": "message", "subject": "subject"}),
    ShareNetwork.WHATSAPP: ("https", "wa.me", {"text": "message"}),
    ShareNetwork.TELEGRAM: ("https", "t.me", {"url": "url", "text": "message"}),
    ShareNetwork.X: ("https", "x.com", {"text": "message"}),
    ShareNetwork.FACEBOOK: ("https", "www.facebook.com", {"u": "url"}),
    ShareNetwork.LINKEDIN: ("https", "www.linkedin.com", {"url": "url"}),
    ShareNetwork.SMS: ("sms", "", {"body": "message"}),
}
# Slashes, a query of its own, `&`, `+`, `#` and a space: all must survive.
STOREFRONT = "https://shop.example.com/landing/a+b?utm=x&y=1#"


def decoded_query(url: str) -> dict[str, str]:
    """The query as a browser or app reads it: %-decoding only, `+` stays a plus
    (mailto: and sms: do not read `+` as a space)."""
    query = urlsplit(url).query
    pairs = (part.partition("=") for part in query.split("&") if part)
    return {unquote(key): unquote(value) for key, _, value in pairs}


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
@pytest.mark.parametrize("storefront", ["https://shop.example.com/", STOREFRONT])
def test_each_link_carries_the_url_and_message_intact(
    configure, program_settings, language, storefront
):
    program = configure(**{**program_settings, "storefront_url": storefront})
    code = "ADA-2024"
    expected = {
        "url": program.share_url(code),
        "message": share_message(program, code, language),
        "subject": SUBJECTS[language],
    }
    links = dict(share_links(program, code, language))
    assert set(links) == set(CARRIERS) | {ShareNetwork.COPY_LINK}
    assert links[ShareNetwork.COPY_LINK] == expected["url"]
    for network, (scheme, host, carried) in CARRIERS.items():
        url = links[network]
        parts = urlsplit(url)
        assert (parts.scheme, parts.netloc) == (scheme, host), network
        query = decoded_query(url)
        for parameter, what in carried.items():
            assert query[parameter] == expected[what], (network, parameter)
        # The same through the standard parser, for links opened by web apps.
        standard = {key: values[0] for key, values in parse_qs(parts.query).items()}
        for parameter, what in carried.items():
            assert standard[parameter] == expected[what], (network, parameter)


def test_reserved_characters_are_encoded_alike_everywhere(configure, program_settings):
    program = configure(**program_settings)
    links = dict(share_links(program, "ADA-2024", "en"))
    for network in CARRIERS:
        query = urlsplit(links[network]).query
        assert "/" not in query, network  # the share URL's slashes: %2F everywhere
        assert " " not in query and "+" not in query, network
