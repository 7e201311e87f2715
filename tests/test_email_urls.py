"""The URLconf an operator adds for the unsubscribe view (README, "E-mails"); the
`email_urls` fixture mounts it."""

from django.urls import include, path, reverse

urlpatterns = [path("referrals/", include("saleor_referrals.urls"))]


def test_unsubscribe_is_mounted_where_the_readme_says(email_urls):
    url = reverse("saleor_referrals:unsubscribe", kwargs={"token": "abc:def"})
    assert url == "/referrals/unsubscribe/abc:def/"
