from django.urls import path, re_path

from .api import graphql_view
from .console import asset_view, console_view
from .manifest import manifest_view
from .views import register_view, webhook_view

urlpatterns = [
    path("api/manifest", manifest_view, name="referrals-app-manifest"),
    path("api/register", register_view, name="referrals-app-register"),
    path("api/webhooks", webhook_view, name="referrals-app-webhooks"),
    path("graphql/", graphql_view, name="referrals-app-graphql"),
    path("console/", console_view, name="referrals-app-console"),
    re_path(r"^console/(?P<page>.+)$", console_view),
    re_path(r"^assets/(?P<name>.+)$", asset_view, name="referrals-app-assets"),
]
