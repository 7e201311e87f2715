"""URLs served by the Django app itself (the GraphQL API lives in Saleor's /graphql/).

Include them in the API's URLconf, e.g. `path("referrals/", include("saleor_referrals.urls"))`,
and set REFERRALS_PUBLIC_URL to the public origin of that API.
"""

from django.urls import path

from .emails import views

app_name = "saleor_referrals"

urlpatterns = [
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
