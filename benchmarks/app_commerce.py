"""What a reward release costs the shop in App mode (Saleor's GraphQL API) and in
plugin mode (Saleor's tables), inside Saleor 3.23.

For each kind of release it makes the commerce port calls that `rewards._issue`
makes, through both adapters, a number of times (`BENCH_RELEASES`, default 10):

- voucher reward: a free code looked up, the single-use voucher issued, an order
  note;
- first store credit: a free wallet code looked up, the card created with its
  first credit and one timeline note;
- store credit top-up: the card topped up with one timeline note.

Counted per release: HTTP requests the App sends to Saleor (the GraphQL adapter's
client), SQL queries Saleor runs for them (BEGIN/COMMIT left out; over GraphQL
this includes Saleor authenticating the App's token on every request), and the
wall-clock median. Saleor answers HTTP on a live server thread in this process
(`tests/saleor/fixtures.py::saleor_over_http`), so the time has no network in it:
add your round trip per request.

Run it with Saleor's Python from Saleor's checkout (it reuses the test database of
`scripts/saleor-tests.sh`; everything is rolled back):

    cd "$SALEOR_DIR" && DATABASE_URL=postgres://postgres@127.0.0.1:5432/saleor \\
      SECRET_KEY=bench "$SALEOR_PYTHON" /path/to/saleor-referrals/benchmarks/app_commerce.py [releases]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from decimal import Decimal

DEFAULT_RELEASES = 10


def test_reward_release_costs(
    app_graphql_url, app_token, channel_USD, order, django_user_model
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from saleor.core.db.connection import allow_writer

    from saleor_referrals.commerce import Customer
    from saleor_referrals.commerce.graphql_client import GraphQLClient
    from saleor_referrals.commerce.saleor_adapter import SaleorCommerce
    from saleor_referrals.commerce.saleor_graphql import SaleorGraphQLCommerce
    from tests.background import count_queries

    releases = int(os.environ.get("BENCH_RELEASES", DEFAULT_RELEASES))
    client = GraphQLClient(app_graphql_url, app_token)
    adapters = {
        "GraphQL (App)": SaleorGraphQLCommerce(client),
        "ORM (plugin)": SaleorCommerce(),
    }
    rows = []
    for mode, shop in adapters.items():
        customers = [
            django_user_model.objects.create(email=f"{mode[:3]}{n}@example.com")
            for n in range(releases)
        ]
        cards: dict[int, str] = {}

        def voucher(n, shop=shop, mode=mode):
            code = f"THX-{mode[:3]}{n:04d}".upper()
            assert shop.is_code_available(code)
            shop.issue_voucher(
                key=f"bench:{mode}:voucher:{n}",
                channel_slug=channel_USD.slug,
                currency="USD",
                amount=Decimal("20"),
                code=code,
                name=f"Referral reward {n}",
            )
            shop.add_order_note(
                str(order.pk), f"Reward {n} released", f"bench:{mode}:note:{n}"
            )

        def first_credit(n, shop=shop, mode=mode, customers=customers, cards=cards):
            code = f"CR-{mode[:3]}{n:06d}".upper()
            assert shop.is_code_available(code)
            user = customers[n]
            cards[n] = shop.credit_wallet(
                key=f"bench:{mode}:credit:{n}",
                customer=Customer(user.pk, user.email),
                gift_card_id=None,
                currency="USD",
                amount=Decimal("10.00"),
                code=code,
                reason="referral reward",
                notes=("Referral reward: order #1",),
            ).gift_card_id

        def top_up(n, shop=shop, mode=mode, customers=customers, cards=cards):
            user = customers[n]
            credit = shop.credit_wallet(
                key=f"bench:{mode}:top-up:{n}",
                customer=Customer(user.pk, user.email),
                gift_card_id=cards[n],
                currency="USD",
                amount=Decimal("5.00"),
                code="",
                reason="referral reward",
                notes=("Referral reward: order #2",),
            )
            assert credit.balance == Decimal("15.00")

        for kind, release in (
            ("voucher reward", voucher),
            ("first store credit", first_credit),
            ("store credit top-up", top_up),
        ):
            requests, queries, seconds = [], [], []
            for n in range(releases):
                sent = client.requests_sent
                with allow_writer(), CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    release(n)
                    seconds.append(time.perf_counter() - started)
                requests.append(client.requests_sent - sent if "App" in mode else 0)
                queries.append(
                    count_queries([q["sql"] for q in captured.captured_queries])
                )
            rows.append(
                (
                    kind,
                    mode,
                    statistics.median(requests),
                    statistics.median(queries),
                    statistics.median(seconds) * 1000,
                )
            )
    print()
    print(f"One reward release through the commerce port ({releases} each)")
    print(
        f"{'release':<22}{'adapter':<16}{'requests':>9}{'queries':>9}{'median ms':>11}"
    )
    for kind, mode, requests, queries, ms in sorted(rows):
        print(f"{kind:<22}{mode:<16}{requests:>9g}{queries:>9g}{ms:>11.1f}")


def main() -> int:
    from inside_saleor import run  # benchmarks/ is the script's own directory

    return run(__file__, "BENCH_RELEASES")


if __name__ == "__main__":
    sys.exit(main())
