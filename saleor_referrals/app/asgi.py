"""ASGI entry of App mode (uvicorn: `python -m saleor_referrals.app serve`)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saleor_referrals.app.settings")
application = get_asgi_application()
