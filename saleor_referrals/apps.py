from django.apps import AppConfig
from django.conf import settings

SWEEP_SCHEDULE_NAME = "saleor_referrals.release_due_rewards"


class ReferralsConfig(AppConfig):
    name = "saleor_referrals"
    label = "saleor_referrals"
    verbose_name = "Referrals"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save, pre_delete

        from .emails.setup import setup_emails
        from .privacy import on_user_delete
        from .signups.receivers import on_user_saved
        from .tiers.setup import setup_tiers

        pre_delete.connect(
            on_user_delete,
            sender=get_user_model(),
            dispatch_uid="saleor_referrals.anonymize_customer",
        )
        post_save.connect(
            on_user_saved,
            sender=get_user_model(),
            dispatch_uid="saleor_referrals.attribute_signup",
        )
        register_periodic_sweep()
        setup_tiers()
        setup_emails()  # status e-mails and the reminder's beat entry
        install_graphql()


def install_graphql() -> None:
    """Add the referral fields to Saleor's /graphql/ when running inside Saleor."""
    if not getattr(settings, "REFERRALS_EXTEND_SALEOR_SCHEMA", True):
        return
    try:
        from .graphql import saleor_schema
    except ImportError:  # not inside Saleor: the standalone schema is in schema.py
        return
    saleor_schema.install()


def register_periodic_sweep() -> None:
    """Add the release sweep to the beat schedule of the running Celery app.

    In Saleor that is Saleor's own app; its database scheduler (django-celery-beat)
    copies `beat_schedule` into its tables when beat starts, so no edit to Saleor's
    settings is needed.
    """
    from celery import current_app

    minutes = getattr(settings, "REFERRALS_RELEASE_SWEEP_MINUTES", 10)
    current_app.add_periodic_task(
        minutes * 60.0,
        current_app.signature("saleor_referrals.release_due_rewards"),
        name=SWEEP_SCHEDULE_NAME,
    )
