import logging

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger(__name__)

SWEEP_SCHEDULE_NAME = "saleor_referrals.release_due_rewards"
OUTBOX_SWEEP_SCHEDULE_NAME = "saleor_referrals.outbox_sweep"


class ReferralsConfig(AppConfig):
    name = "saleor_referrals"
    label = "saleor_referrals"
    verbose_name = "Referrals"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save, pre_delete

        from . import tasks  # noqa: F401  (the core's tasks)
        from .campaigns.setup import setup_campaigns
        from .causes.setup import setup_causes
        from .dashboard.setup import setup_dashboard
        from .emails.setup import setup_emails
        from .events import tasks as events_tasks  # noqa: F401
        from .exports import tasks as exports_tasks  # noqa: F401
        from .insights.setup import setup_insights
        from .privacy import on_user_delete
        from .signups import tasks as signups_tasks  # noqa: F401
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
        route_tasks()
        register_periodic_sweep()
        register_outbox_sweep()
        connect_plugin_configuration()
        # The wings: each registers its rules (`registry`), subscribes to the
        # core's events (`domain_events`) and brings its Celery tasks; the
        # tasks modules imported above are those of wings with nothing else to wire.
        setup_insights()  # the numbers: order events, deltas into daily totals
        setup_tiers()
        setup_campaigns()
        setup_causes()
        setup_emails()  # status e-mails and the reminder's beat entry
        setup_dashboard()  # order notes and the Dashboard-edit check's beat entry
        install_graphql()
        warn_about_process_local_cache()


def warn_about_process_local_cache() -> None:
    """At start-up, where the operator reads the server's log.

    Not a deploy system check: Saleor's runserver, uvicorn and gunicorn never run
    `check --deploy`, so such a warning would go unseen where it matters.
    """
    from .throttle import shared_cache_warning

    if (message := shared_cache_warning()) is not None:
        logger.warning(message)


def install_graphql() -> None:
    """Add the referral fields to Saleor's /graphql/ when running inside Saleor."""
    from .writer import inside_saleor

    if not getattr(settings, "REFERRALS_EXTEND_SALEOR_SCHEMA", True):
        return
    if not inside_saleor():  # the standalone schema is in schema.py
        return
    try:
        from .graphql import saleor_schema
    except ImportError:  # not inside Saleor: the standalone schema is in schema.py
        return
    saleor_schema.install()


def connect_plugin_configuration() -> None:
    """Inside Saleor: spare the plugin manager its channel query (see plugin.py)."""
    from .writer import inside_saleor

    if not inside_saleor():
        return
    try:
        from .plugin import connect_configuration_channel
    except ImportError:  # not inside Saleor
        return
    connect_configuration_channel()


def route_tasks() -> None:
    """Every `saleor_referrals.*` task, beat entry and outbox hand-off of the running
    Celery app (Saleor's in Saleor) goes to the queue `REFERRALS_CELERY_QUEUE`."""
    from celery import current_app

    from .writer import route_referral_tasks

    route_referral_tasks(current_app)


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


def register_outbox_sweep() -> None:
    """Add the outbox sweep (messages a broker outage kept from Celery) to beat."""
    from celery import current_app

    minutes = getattr(settings, "REFERRALS_OUTBOX_SWEEP_MINUTES", 5)
    current_app.add_periodic_task(
        minutes * 60.0,
        current_app.signature("saleor_referrals.outbox_sweep"),
        name=OUTBOX_SWEEP_SCHEDULE_NAME,
    )
