"""The Celery app of the standalone suite (Saleor brings its own)."""

from celery import Celery

app = Celery("saleor_referrals_tests")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.set_default()
