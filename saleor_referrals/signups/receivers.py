"""The user model's `post_save`: Saleor's customer hooks never reach a per-channel
plugin, so this is where a registration with a referral code is seen.

`accountRegister` in Saleor 3.23 sets metadata before the first save, but other
flows (and later versions) may store it in a second save just after: a save of a
recently joined account that carries the code counts too. The receiver reads only
the instance (no query) and hands the work to Celery; the task is idempotent.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .. import outbox
from ..facts import REFERRAL_CODE_METADATA_KEY

# A code saved this long after registration is not a sign-up any more.
SIGNUP_WINDOW = timedelta(hours=1)


def signup_code(instance) -> str:
    metadata = getattr(instance, "metadata", None) or {}
    code = (
        metadata.get(REFERRAL_CODE_METADATA_KEY) if isinstance(metadata, dict) else ""
    )
    return code.strip() if isinstance(code, str) else ""


def on_user_saved(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    if raw:  # fixtures
        return
    code = signup_code(instance)
    if not code or not instance.pk:
        return
    joined = getattr(instance, "date_joined", None)
    if not created and (joined is None or timezone.now() - joined > SIGNUP_WINDOW):
        return
    from .tasks import attribute_signup_task

    user_id, email = instance.pk, instance.email or ""
    transaction.on_commit(
        lambda: outbox.publish(attribute_signup_task, user_id, email, code)
    )
