from django.urls import path, re_path

from . import views

urlpatterns = [
    path("graphql/", views.graphql, name="graphql"),
    path(
        "plugins/channel/<slug:channel>/saleor_referrals/<path:path>",
        views.plugin_page,
    ),
    path("plugins/saleor_referrals/<path:path>", views.plugin_page),
    # Saleor serves its media (exports' files) in development the same way.
    re_path(r"^media/(?P<path>.*)$", views.media),
]
