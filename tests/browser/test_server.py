"""The standalone server that browser tests run against, seen from Chromium."""

import json

from saleor_referrals.pages import serve_asset

from ..conftest import make_staff


def test_plugin_page_renders_in_chromium(page, live_server):
    page.goto(
        f"{live_server.url}/plugins/channel/default-channel/saleor_referrals/unsubscribe?token=bad"
    )
    assert page.locator("html").get_attribute("lang")
    assert page.locator("body").inner_text().strip()


def test_staff_signs_in_over_http_and_reads_staff_fields(page, live_server):
    staff = make_staff("console@example.com")
    staff.set_password("secret-password")
    staff.save()
    page.goto(f"{live_server.url}/plugins/saleor_referrals/unsubscribe")
    answer = page.evaluate(
        """async (url) => {
          const post = (query, token) => fetch(url, {
            method: "POST",
            headers: {"Content-Type": "application/json",
                      ...(token ? {Authorization: `Bearer ${token}`} : {})},
            body: JSON.stringify({query}),
          }).then((r) => r.json());
          const signIn = await post(
            'mutation { tokenCreate(email: "console@example.com", password: "secret-password") { token errors { code } } }');
          const token = signIn.data.tokenCreate.token;
          const me = await post("{ me { email userPermissions { code } } }", token);
          const anonymous = await post("{ me { email } }");
          return {me: me.data.me, anonymous: anonymous.data.me};
        }""",
        f"{live_server.url}/graphql/",
    )
    assert answer == {
        "me": {
            "email": "console@example.com",
            "userPermissions": [{"code": "MANAGE_DISCOUNTS"}],
        },
        "anonymous": None,
    }


def test_wrong_password_is_an_error_with_a_code(client, db):
    staff = make_staff("console@example.com")
    staff.set_password("secret-password")
    staff.save()
    response = client.post(
        "/graphql/",
        json.dumps(
            {
                "query": 'mutation { tokenCreate(email: "console@example.com", '
                'password: "nope") { token errors { field code } } }'
            }
        ),
        content_type="application/json",
    )
    assert response.json()["data"]["tokenCreate"] == {
        "token": None,
        "errors": [{"field": "email", "code": "INVALID_CREDENTIALS"}],
    }


def test_assets_outside_the_folder_are_not_served(rf):
    request = rf.get("/")
    assert serve_asset(request, "../pages.py") is None
    assert serve_asset(request, "/etc/passwd") is None
    assert serve_asset(request, "missing.js") is None


def test_a_shipped_asset_is_cacheable_and_cross_origin(rf, tmp_path, monkeypatch):
    from saleor_referrals import pages

    (tmp_path / "widget").mkdir()
    (tmp_path / "widget" / "widget.js").write_text("export const answer = 42;\n")
    monkeypatch.setattr(pages, "ASSETS_DIR", tmp_path)
    pages._asset.cache_clear()
    try:
        response = pages.serve(rf.get("/"), "/assets/widget/widget.js")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/javascript; charset=utf-8"
        assert response["Access-Control-Allow-Origin"] == "*"
        assert response.content == b"export const answer = 42;\n"
        again = pages.serve(
            rf.get("/", HTTP_IF_NONE_MATCH=response["ETag"]), "assets/widget/widget.js"
        )
        assert again.status_code == 304
        assert pages.serve(rf.get("/"), "assets/widget/missing.js") is None
    finally:
        pages._asset.cache_clear()
