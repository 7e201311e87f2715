from django.urls import path

from . import views

urlpatterns = [
    path("graphql/", views.graphql, name="graphql"),
    path(
        "plugins/channel/<slug:channel>/saleor_referrals/<path:path>",
        views.plugin_page,
    ),
    path("plugins/saleor_referrals/<path:path>", views.plugin_page),
]
