"""WSGI entry of App mode (any WSGI server: `saleor_referrals.app.wsgi:application`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saleor_referrals.app.settings")
application = get_wsgi_application()
