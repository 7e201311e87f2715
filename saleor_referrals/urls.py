"""URLs served by the Django app itself (the GraphQL API lives in Saleor's /graphql/).

Optional: inside Saleor the plugin serves the same page through Saleor's plugin routes
(`pages.py`) and the e-mails link there. A deployment that prefers its own path
includes these, e.g. `path("referrals/", include("saleor_referrals.urls"))`, and sets
REFERRALS_PUBLIC_URL to the public origin of that API.
"""

from django.urls import path

from .emails import views

app_name = "saleor_referrals"

urlpatterns = [
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
