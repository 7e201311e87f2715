from django.apps import AppConfig
from django.conf import settings


class ReferralsAppConfig(AppConfig):
    """App mode's registry of installed Saleor instances, and its Celery wiring."""

    name = "saleor_referrals.app"
    label = "saleor_referrals_app"
    verbose_name = "Referrals App mode"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import tasks  # noqa: F401  (App mode's tasks)
        from .tenancy import connect_tenant_signals

        # Every task published inside an instance's context carries its schema;
        # the worker runs it there, and a connection opened meanwhile starts on
        # it (`tenancy.py`).
        connect_tenant_signals()
        if path := getattr(settings, "REFERRALS_APP_SQL_LOG", ""):
            from .sql_log import install

            install(path)
