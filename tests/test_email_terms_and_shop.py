"""Terms in the reader's language, and the shop's name at the top of the e-mails."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.cache import cache
from django.test import RequestFactory

from saleor_referrals.emails import flows
from saleor_referrals.graphql.schema import build_schema

from .conftest import CHANNEL

SCHEMA = build_schema()
TERMS = {
    "terms": "One discount per new customer.",
    "terms_fa": "هر مشتری جدید فقط یک بار تخفیف می‌گیرد.",
    "terms_ar": "خصم واحد لكل عميل جديد.",
}


@pytest.fixture
def translated(configure, program_settings):
    return configure(**program_settings, **TERMS)


@pytest.mark.parametrize(
    ("language", "terms"),
    [
        ("fa", TERMS["terms_fa"]),
        ("ar", TERMS["terms_ar"]),
        ("en", TERMS["terms"]),  # no terms_en: the default terms
    ],
)
def test_emails_carry_the_terms_in_the_recipients_language(
    translated, advocate, language, terms
):
    assert flows.invitation(
        translated.pk, advocate.pk, "carol@example.com", "", language
    ) == ("sent")
    [message] = mail.outbox
    assert f"{terms}\n" in message.body
    assert terms in message.alternatives[0][0]
    others = {text for text in TERMS.values() if text != terms}
    assert not any(text in message.body for text in others)


def test_an_untranslated_language_falls_back_to_the_default_terms(
    configure, program_settings, advocate
):
    program = configure(**program_settings, terms="Default.", terms_fa="فارسی.")
    flows.invitation(program.pk, advocate.pk, "carol@example.com", "", "ar")
    assert "Default." in mail.outbox[0].body


def test_the_header_names_the_shop(program, advocate, commerce):
    commerce.name = "Example Coffee"
    flows.invitation(program.pk, advocate.pk, "carol@example.com", "", "en")
    message = mail.outbox[0]
    assert message.body.startswith("Example Coffee\n")
    assert ">Example Coffee</td>" in message.alternatives[0][0]
    assert "shop.example.com</td>" not in message.alternatives[0][0]


def test_the_sender_name_wins_and_the_host_is_the_last_resort(
    configure, program_settings, advocate, commerce
):
    commerce.name = "Example Coffee"
    program = configure(**program_settings, email_sender_name="Coffee Club")
    flows.invitation(program.pk, advocate.pk, "carol@example.com", "", "en")
    assert mail.outbox[0].body.startswith("Coffee Club\n")
    commerce.name = ""
    program = configure(**program_settings)
    flows.invitation(program.pk, advocate.pk, "dave@example.com", "", "en")
    assert mail.outbox[1].body.startswith("shop.example.com\n")


PROGRAM_TERMS = """
query terms($channel: String!, $language: String) {
  referralProgram(channel: $channel, languageCode: $language) { terms }
}
"""
PROFILE_TERMS = """
query terms($channel: String!, $language: String) {
  referralProfile(channel: $channel, languageCode: $language) { program { terms } }
}
"""


def execute(query, variables, user=None, accept_language=""):
    cache.clear()  # the public query is rate limited
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    request = RequestFactory().post("/graphql/", **headers)
    request.user = user or AnonymousUser()
    request.app = None
    result = SCHEMA.execute(query, variable_values=variables, context_value=request)
    assert not result.errors, result.errors
    return result.data


@pytest.mark.parametrize(
    ("language", "accept_language", "terms"),
    [
        ("fa", "", TERMS["terms_fa"]),
        ("AR", "fa-IR", TERMS["terms_ar"]),  # the argument wins over the header
        (None, "fa-IR,fa;q=0.9,en;q=0.5", TERMS["terms_fa"]),
        (None, "ar-EG", TERMS["terms_ar"]),
        (None, "", TERMS["terms"]),
        ("de", "", TERMS["terms"]),
    ],
)
def test_landing_page_terms_follow_the_request_language(
    translated, language, accept_language, terms
):
    variables = {"channel": CHANNEL, "language": language}
    result = execute(PROGRAM_TERMS, variables, accept_language=accept_language)
    assert result["referralProgram"]["terms"] == terms


def test_profile_program_terms_follow_the_request_language(translated, advocate):
    variables = {"channel": CHANNEL, "language": "ar"}
    result = execute(PROFILE_TERMS, variables, user=advocate)
    assert result["referralProfile"]["program"]["terms"] == TERMS["terms_ar"]
    result = execute(PROFILE_TERMS, {"channel": CHANNEL}, advocate, "fa")
    assert result["referralProfile"]["program"]["terms"] == TERMS["terms_fa"]
