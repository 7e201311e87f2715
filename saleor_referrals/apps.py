from django.apps import AppConfig
from django.conf import settings

SWEEP_SCHEDULE_NAME = "saleor_referrals.release_due_rewards"


class ReferralsConfig(AppConfig):
    name = "saleor_referrals"
    label = "saleor_referrals"
    verbose_name = "Referrals"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        register_periodic_sweep()
        from .emails.setup import setup_emails  # status e-mails and reminder beat

        setup_emails()


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
