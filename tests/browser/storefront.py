"""A plain HTML shop that drops in the widget, as the README's snippet shows.

Browser tests serve it through Playwright's routing at `<live server>/shop/` and
load the widget module from the plugin's asset route, with no build step, as a
storefront would. (Same origin: Chromium's local-network checks refuse a page on
`localhost` loading from `127.0.0.1`; the asset's CORS header has its own test.)
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

WIDGET_PATH = "/plugins/channel/{channel}/saleor_referrals/assets/widget/widget.js"
AXE_PATH = (
    Path(__file__).resolve().parents[2] / "widget/node_modules/axe-core/axe.min.js"
)
# Share targets the widget links to: answered locally, never fetched.
SHARE_HOSTS = re.compile(
    r"^https://(wa\.me|t\.me|x\.com|www\.facebook\.com|www\.linkedin\.com)/"
)


def widget_url(live_server_url: str, channel: str) -> str:
    return live_server_url + WIDGET_PATH.format(channel=channel)


def shop_html(
    live_server_url: str,
    channel: str,
    *,
    language: str = "en",
    share: bool = False,
    landing: bool = False,
    token: str | None = None,
    sign_in: tuple[str, str] | None = None,
    auth: str = "getToken",
) -> str:
    """The shop page; the customer's token reaches the widget through `getToken`:
    `token` as is, or `sign_in` (e-mail, password) through Saleor's `tokenCreate`,
    as a storefront's auth library does. `auth="fetch"` hands the widget an
    authenticated fetch instead (as `saleorAuthClient.fetchWithAuth`)."""
    elements = []
    if landing:
        elements.append(f'<referral-landing channel="{channel}"></referral-landing>')
    if share:
        elements.append(f'<referral-share channel="{channel}"></referral-share>')
    direction = "rtl" if language in {"fa", "ar"} else "ltr"
    return f"""<!doctype html>
<html lang="{language}" dir="{direction}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Shop</title>
<style>main {{ max-width: 760px; margin: 0 auto; padding: 16px; display: grid; gap: 16px; }}
  h1 {{ margin: 0; font-family: system-ui, sans-serif; }}</style>
<script>
  window.referralEvents = [];
  for (const name of ["referral:copied", "referral:shared", "referral:invited",
                      "referral:applied", "referral:error", "referral:loaded",
                      "referral:landed", "referral:visit"]) {{
    document.addEventListener(name, (event) =>
      window.referralEvents.push({{type: name, detail: event.detail}}));
  }}
</script>
<script type="module">
  import {{ applyReferralCode }} from {json.dumps(widget_url(live_server_url, channel))};
  window.applyReferralCode = applyReferralCode;
  const token = {json.dumps(token)};
  const credentials = {json.dumps(sign_in)};
  let signedIn = null;
  const signIn = async () => {{
    const response = await fetch(new URL("/graphql/", location.href), {{
      method: "POST",
      headers: {{"Content-Type": "application/json"}},
      body: JSON.stringify({{
        query: "mutation($e: String!, $p: String!) {{ tokenCreate(email: $e, password: $p) {{ token }} }}",
        variables: {{e: credentials[0], p: credentials[1]}},
      }}),
    }});
    return (await response.json()).data.tokenCreate.token;
  }};
  const getToken = credentials ? () => (signedIn ||= signIn()) : async () => token;
  for (const element of document.querySelectorAll("referral-share")) {{
    if ({json.dumps(auth)} === "fetch") {{
      element.fetch = async (url, init) => fetch(url, {{...init, headers: {{
        ...init.headers, Authorization: `Bearer ${{await getToken()}}`}}}});
    }} else {{
      element.getToken = getToken;
    }}
  }}
</script>
</head>
<body><main><h1>Shop</h1>{"".join(elements)}</main></body>
</html>"""


def open_shop(page, live_server_url: str, query: str = "", **options) -> None:
    """Serve the shop at `<live server>/shop/` and open it."""
    channel = options.pop("channel", "default-channel")
    html = shop_html(live_server_url, channel, **options)
    page.route(
        f"{live_server_url}/shop/**",
        lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"),
    )
    page.context.route(SHARE_HOSTS, lambda route: route.fulfill(body="shared"))
    page.goto(f"{live_server_url}/shop/{query}")


def checkout_global_id(token: str) -> str:
    return base64.b64encode(f"Checkout:{token}".encode()).decode()


def events(page, name: str) -> list[dict]:
    return [
        event["detail"]
        for event in page.evaluate("window.referralEvents")
        if event["type"] == name
    ]


def serious_accessibility_violations(page) -> list[dict]:
    """axe-core's serious and critical findings on the page (shadow DOM included)."""
    page.add_script_tag(path=str(AXE_PATH))
    result = page.evaluate("async () => await axe.run(document)")
    # The widgets' shadow roots were checked: axe names their nodes by a path
    # through the host (a list of selectors).
    assert any(
        isinstance(node["target"][0], list)
        for rule in result["passes"]
        for node in rule["nodes"]
    ), "axe did not look inside the widget"
    return [
        {
            "id": violation["id"],
            "help": violation["help"],
            "nodes": [node["target"] for node in violation["nodes"]],
        }
        for violation in result["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]
