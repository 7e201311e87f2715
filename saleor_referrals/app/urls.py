from django.urls import path

from .api import graphql_view
from .manifest import manifest_view
from .views import register_view, webhook_view

urlpatterns = [
    path("api/manifest", manifest_view, name="referrals-app-manifest"),
    path("api/register", register_view, name="referrals-app-register"),
    path("api/webhooks", webhook_view, name="referrals-app-webhooks"),
    path("graphql/", graphql_view, name="referrals-app-graphql"),
]
