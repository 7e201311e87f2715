"""Standalone settings: our app on real PostgreSQL, without Saleor."""

import os

SECRET_KEY = "saleor-referrals-tests"
USE_TZ = True
TIME_ZONE = "UTC"
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "saleor_referrals",
    # App mode's registry of installed Saleor instances (tests/app/).
    "saleor_referrals.app",
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("REFERRALS_DB_NAME", "saleor_referrals"),
        "USER": os.environ.get("PGUSER", "postgres"),
        "HOST": os.environ.get("PGHOST", "127.0.0.1"),
        "PORT": os.environ.get("PGPORT", "5432"),
    }
}
# Saleor's read replica, for the tests that prove where reads go
# (`tests/test_workers_and_replica.py`): a second connection to the same test
# database (a test mirror of `default`). `DATABASE_CONNECTION_REPLICA_NAME` stays
# unset here, so every other test reads the writer; those tests set it.
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ROOT_URLCONF = "tests.server.urls"
# Lets browser tests wait for the live server to finish before the flush.
MIDDLEWARE = ["tests.server.inflight.InFlightRequests"]
STATIC_URL = "/static/"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fa", "Persian"), ("ar", "Arabic")]

# A worker process of the suite may use another in-memory shop (`tests/shop_log.py`).
REFERRALS_COMMERCE = os.environ.get(
    "REFERRALS_TEST_COMMERCE", "saleor_referrals.commerce.memory.InMemoryCommerce"
)

CELERY_BROKER_URL = os.environ.get("REFERRALS_BROKER_URL", "redis://127.0.0.1:6379/15")
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True

# Created here, as Saleor does in its package, so that the app exists (and is the
# current one) before Django calls AppConfig.ready().
from .celery_app import app as celery_app  # noqa: E402, F401
