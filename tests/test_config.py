from decimal import Decimal

import pytest

from saleor_referrals.config import (
    CONFIG_FIELDS,
    FIELDS_BY_NAME,
    ConfigurationError,
    parse,
)


def test_defaults_parse():
    settings = parse({})
    assert settings.friend_discount_type == "percentage"
    assert settings.hold_days == 14
    assert settings.new_customers_only is True


def test_values_arrive_as_strings_and_are_parsed():
    settings = parse(
        {
            "friend_discount_type": "FIXED",
            "friend_discount_value": " 5.50 ",
            "friend_min_spent": "25",
            "advocate_reward_type": "store_credit",
            "advocate_reward_value": "12.5",
            "hold_days": "30",
            "max_rewards_per_advocate": "3",
            "new_customers_only": False,
            "code_prefix": "ab",
            "storefront_url": "https://shop.example.com/",
            "terms": "  One per friend.  ",
        }
    )
    assert settings.friend_discount_type == "fixed"
    assert settings.friend_discount_value == Decimal("5.50")
    assert settings.friend_min_spent == Decimal("25")
    assert settings.advocate_reward_type == "store_credit"
    assert settings.hold_days == 30
    assert settings.max_rewards_per_advocate == 3
    assert settings.new_customers_only is False
    assert settings.code_prefix == "AB"
    assert settings.terms == "One per friend."


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("friend_discount_type", "half_off"),
        ("friend_discount_value", "abc"),
        ("friend_discount_value", "150"),
        ("friend_min_spent", "-1"),
        ("advocate_reward_type", "cash"),
        ("advocate_reward_value", "0"),
        ("min_order_total", "lots"),
        ("hold_days", "-3"),
        ("hold_days", "1.5"),
        ("max_rewards_per_advocate", "x"),
        ("storefront_url", "javascript:alert(1)"),
        ("code_prefix", "TOO-LONG-PREFIX"),
        ("new_customers_only", "maybe"),
        ("tier_grace_days", "-1"),
        ("tier_grace_days", "366"),
        ("signup_reward_value", "-5"),
        ("signup_reward_value", "five"),
    ],
)
def test_bad_values_name_their_field(field, value):
    with pytest.raises(ConfigurationError) as error:
        parse({field: value})
    assert field in error.value.errors
    # The Dashboard shows only the message: it starts with the label the operator
    # sees on the form, never with the internal key.
    label = FIELDS_BY_NAME[field].label
    assert error.value.errors[field].startswith(f"{label}: ")
    assert field not in error.value.errors[field]


def test_every_problem_is_reported_at_once():
    with pytest.raises(ConfigurationError) as error:
        parse({"hold_days": "x", "advocate_reward_value": "y"})
    assert set(error.value.errors) == {"hold_days", "advocate_reward_value"}


def test_fields_are_in_the_order_an_operator_decides_them():
    assert [field.name for field in CONFIG_FIELDS] == [
        "friend_discount_type",
        "friend_discount_value",
        "friend_min_spent",
        "advocate_reward_type",
        "advocate_reward_value",
        "min_order_total",
        "new_customers_only",
        "hold_days",
        "max_rewards_per_advocate",
        "fraud_same_address",
        "fraud_same_phone",
        "velocity_per_day",
        "velocity_per_week",
        "velocity_action",
        "storefront_url",
        "code_prefix",
        "terms",
        "terms_en",
        "terms_fa",
        "terms_ar",
        "thank_you_email",
        "status_emails",
        "invitation_emails",
        "nudge_after_days",
        "email_language",
        "email_sender_name",
        "email_sender_address",
        "tier_grace_days",
        "signup_reward_value",
        "leaderboard_default",
    ]


def test_email_settings_parse():
    settings = parse(
        {
            "thank_you_email": " Every_Order ",
            "status_emails": False,
            "invitation_emails": "false",
            "nudge_after_days": "30",
            "email_language": "FA",
            "email_sender_name": "Example Coffee",
            "email_sender_address": "hello@example.com",
        }
    )
    assert settings.thank_you_email == "every_order"
    assert settings.status_emails is False
    assert settings.invitation_emails is False
    assert settings.nudge_after_days == 30
    assert settings.email_language == "fa"
    assert settings.email_sender_name == "Example Coffee"
    assert settings.email_sender_address == "hello@example.com"


def test_email_settings_default_to_thank_you_on_first_order_and_no_reminders():
    settings = parse({})
    assert settings.thank_you_email == "first_order"
    assert settings.status_emails is True
    assert settings.nudge_after_days == 0
    assert settings.email_language == "en"
    assert settings.email_sender_address == ""


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("thank_you_email", "sometimes"),
        ("nudge_after_days", "-1"),
        ("nudge_after_days", "400"),
        ("email_language", "de"),
        ("email_sender_name", "Shop\nBcc: victim@example.com"),
        ("email_sender_address", "not-an-address"),
    ],
)
def test_bad_email_settings_name_their_field(field, value):
    with pytest.raises(ConfigurationError) as error:
        parse({field: value})
    assert error.value.errors[field].startswith(FIELDS_BY_NAME[field].label)


@pytest.mark.parametrize(
    ("field", "typed", "stored"),
    [
        ("friend_discount_type", "Free shipping", "free_shipping"),
        ("friend_discount_type", " free-shipping ", "free_shipping"),
        ("friend_discount_type", "FREE_SHIPPING", "free_shipping"),
        ("friend_discount_type", "Percentage", "percentage"),
        ("friend_discount_type", "fixed amount", "fixed"),
        ("advocate_reward_type", "Store credit", "store_credit"),
        ("advocate_reward_type", "store-credit", "store_credit"),
        ("advocate_reward_type", " VOUCHER", "voucher"),
        ("fraud_same_address", "Flag", "flag"),
        ("fraud_same_phone", " REJECT ", "reject"),
        ("velocity_action", "Reject", "reject"),
        ("thank_you_email", "First order", "first_order"),
        ("thank_you_email", "every-order", "every_order"),
        ("thank_you_email", "Off", "off"),
        ("email_language", "Persian", "fa"),
        ("email_language", "Farsi", "fa"),
        ("email_language", "العربية", "ar"),
        ("email_language", "EN", "en"),
    ],
)
def test_choices_are_forgiving_and_stored_as_documented(field, typed, stored):
    assert getattr(parse({field: typed}), field) == stored


def test_velocity_action_has_no_off():
    with pytest.raises(ConfigurationError) as error:
        parse({"velocity_action": "off"})
    assert "flag, reject" in error.value.errors["velocity_action"]


def test_choice_help_texts_spell_out_every_value():
    for field in CONFIG_FIELDS:
        for choice in field.choices:
            assert choice.value in field.help_text
            assert choice.label in field.help_text


def test_help_texts_speak_to_an_operator():
    """No placeholders, setting names or developer words in what the form shows."""
    jargon = ("{", "DEFAULT_FROM_EMAIL", "advocate", "velocity", "storefront_url")
    for field in CONFIG_FIELDS:
        for word in jargon:
            assert word not in field.label + field.help_text, (field.name, word)


def test_the_two_minimums_say_which_side_they_gate():
    friend = FIELDS_BY_NAME["friend_min_spent"]
    referrer = FIELDS_BY_NAME["min_order_total"]
    assert "friend's discount" in friend.label
    assert "referrer's reward" in referrer.label
    assert referrer.label in friend.help_text
    assert friend.label in referrer.help_text


def test_fraud_settings_say_they_are_fraud_checks():
    for name in (
        "fraud_same_address",
        "fraud_same_phone",
        "velocity_per_day",
        "velocity_per_week",
        "velocity_action",
    ):
        assert FIELDS_BY_NAME[name].label.startswith("Fraud check")


def test_a_bad_percentage_names_the_amount_field_by_its_label():
    with pytest.raises(ConfigurationError) as error:
        parse({"friend_discount_value": "150"})
    assert error.value.errors["friend_discount_value"] == (
        "Friend's discount amount: a percentage cannot be more than 100"
    )
    assert str(error.value).startswith("Friend's discount amount:")


def test_terms_translations_keep_the_languages_that_have_text():
    settings = parse(
        {
            "terms": "One per customer.",
            "terms_fa": "  هر مشتری یک بار. ",
            "terms_ar": "",
        }
    )
    assert settings.terms == "One per customer."
    assert settings.terms_translations == {"fa": "هر مشتری یک بار."}
    assert settings.as_model_fields()["terms_translations"] == {
        "fa": "هر مشتری یک بار."
    }
