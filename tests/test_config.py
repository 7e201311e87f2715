from decimal import Decimal

import pytest

from saleor_referrals.config import CONFIG_FIELDS, ConfigurationError, parse


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
    assert field in error.value.errors[field]


def test_every_problem_is_reported_at_once():
    with pytest.raises(ConfigurationError) as error:
        parse({"hold_days": "x", "advocate_reward_value": "y"})
    assert set(error.value.errors) == {"hold_days", "advocate_reward_value"}


def test_field_names_are_the_documented_ones():
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
        "storefront_url",
        "code_prefix",
        "terms",
        "thank_you_email",
        "status_emails",
        "invitation_emails",
        "nudge_after_days",
        "email_language",
        "email_sender_name",
        "email_sender_address",
        "fraud_same_address",
        "fraud_same_phone",
        "velocity_per_day",
        "velocity_per_week",
        "velocity_action",
        "tier_grace_days",
        "signup_reward_value",
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
    assert field in error.value.errors
