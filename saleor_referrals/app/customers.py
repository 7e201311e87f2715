"""Saleor's customers as the domain's user rows.

The domain keys advocates and friends by the user model (`AUTH_USER_MODEL`): in
plugin mode that is Saleor's own table. In App mode each instance's schema holds a
thin copy, with Saleor's user pk as its pk, written when an event names the
customer (an order with a referral hint, a sign-up); a deleted customer's row is
deleted, which runs the same anonymisation as in plugin mode (`privacy.py`, on
the user model's `pre_delete`).
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction


def username_for(user_id: int) -> str:
    return f"saleor-user-{user_id}"


def mirror_customer(user_id: int, email: str) -> None:
    """Insert or refresh the customer's row (one statement; concurrent deliveries
    of the same event meet in `ON CONFLICT`)."""
    user_model = get_user_model()
    user_model.objects.bulk_create(
        [user_model(pk=user_id, username=username_for(user_id), email=email)],
        update_conflicts=True,
        unique_fields=["id"],
        update_fields=["email"],
    )


def forget_customer(user_id: int) -> bool:
    """Delete the customer's row (anonymising their referral data first, as
    plugin mode does when Saleor deletes the account); False when there was none."""
    user_model = get_user_model()
    with transaction.atomic():
        user = user_model.objects.select_for_update().filter(pk=user_id).first()
        if user is None:
            return False
        user.delete()
    return True
