"""App mode's Django settings: its own PostgreSQL database, Celery on Redis, the
referral domain and App mode's registry; no Saleor.

Configured by the environment:

- `REFERRALS_APP_DATABASE_URL` (`postgres://user:password@host:port/name`,
  default `postgres://postgres@127.0.0.1:5432/saleor_referrals_app`)
- `REFERRALS_APP_BROKER_URL` (default `redis://127.0.0.1:6379/0`)
- `REFERRALS_APP_CACHE_URL`: a Redis URL for Django's cache, shared by the App's
  processes (rate limits, cached rules); default: each process its own
- `REFERRALS_APP_PUBLIC_URL`: the App's address as Saleor reaches it (default:
  each request's own host)
- `REFERRALS_APP_SECRET_KEY` (required unless `REFERRALS_APP_DEBUG=1`)
- `REFERRALS_APP_ALLOWED_HOSTS` (comma separated, default `*`)
- `REFERRALS_APP_ALLOWED_SALEOR_URLS`: comma separated patterns of the Saleor
  API URLs that may install the App (default: any)
- `REFERRALS_APP_SPARE_SCHEMAS`: migrated schemas kept ready for the next
  installs (default 1; `serve` and `migrate` make them, the worker after each
  install)
- `REFERRALS_APP_SQL_LOG`: a file to append every SQL statement to (measuring;
  default: off)
"""

from __future__ import annotations

import os
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/saleor_referrals_app"


def database_from_url(url: str) -> dict[str, object]:
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise ImproperlyConfigured(f"{url!r}: App mode runs on PostgreSQL")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        # Each request and task sets its instance's `search_path`; a connection
        # kept open across requests starts every one on `public` again.
        "CONN_MAX_AGE": 0,
    }


def _list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


DEBUG = os.environ.get("REFERRALS_APP_DEBUG") == "1"
SECRET_KEY = os.environ.get("REFERRALS_APP_SECRET_KEY") or (
    "saleor-referrals-app-debug" if DEBUG else ""
)
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "Set REFERRALS_APP_SECRET_KEY (or REFERRALS_APP_DEBUG=1)."
    )
ALLOWED_HOSTS = _list("REFERRALS_APP_ALLOWED_HOSTS", "*")
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fa", "Persian"), ("ar", "Arabic")]
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "saleor_referrals",
    "saleor_referrals.app",
]
MIDDLEWARE: list[str] = []
ROOT_URLCONF = "saleor_referrals.app.urls"
DATABASES = {
    "default": database_from_url(
        os.environ.get("REFERRALS_APP_DATABASE_URL", DEFAULT_DATABASE_URL)
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Every cache key is the current instance's (`tenancy.tenant_cache_key`).
_CACHE_URL = os.environ.get("REFERRALS_APP_CACHE_URL", "")
CACHES = {
    "default": {
        "BACKEND": (
            "django.core.cache.backends.redis.RedisCache"
            if _CACHE_URL
            else "django.core.cache.backends.locmem.LocMemCache"
        ),
        "LOCATION": _CACHE_URL,
        "KEY_FUNCTION": "saleor_referrals.app.tenancy.tenant_cache_key",
    }
}
STATIC_URL = "/static/"
EMAIL_BACKEND = os.environ.get(
    "REFERRALS_APP_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)

REFERRALS_COMMERCE = "saleor_referrals.app.commerce.TenantCommerce"
# The plugin's schema extension is Saleor's; App mode has none to extend.
REFERRALS_EXTEND_SALEOR_SCHEMA = False
REFERRALS_APP_PUBLIC_URL = os.environ.get("REFERRALS_APP_PUBLIC_URL", "")
REFERRALS_APP_ALLOWED_SALEOR_URLS = _list("REFERRALS_APP_ALLOWED_SALEOR_URLS")
# Migrated, empty schemas kept ready, so that an install renames one instead of
# migrating inside Saleor's install request (app/tenancy.py).
REFERRALS_APP_SPARE_SCHEMAS = int(os.environ.get("REFERRALS_APP_SPARE_SCHEMAS", "1"))
# Every SQL statement, one line each, appended to this file (app/sql_log.py).
REFERRALS_APP_SQL_LOG = os.environ.get("REFERRALS_APP_SQL_LOG", "")
REFERRALS_APP_MODE = True
# No in-request hook stops a friend's second referral discount in App mode:
# Saleor's own once-per-customer rule on the friend voucher does (programs.py).
REFERRALS_FRIEND_ONCE_PER_CUSTOMER = True

CELERY_BROKER_URL = os.environ.get(
    "REFERRALS_APP_BROKER_URL", "redis://127.0.0.1:6379/0"
)
CELERY_TASK_ACKS_LATE = True

# Created here, as Saleor does in its package, so that the app exists (and is the
# current one) before Django calls AppConfig.ready().
from .worker import app as celery_app  # noqa: E402, F401
