"""What one order costs App mode, end to end, inside Saleor 3.23: the path of
tests/saleor/test_app_end_to_end.py (Saleor on a live server thread, the App as
its own `serve` and `worker` processes, Saleor's own webhook delivery), measured.

Per referred order (a new friend's checkout with the advocate's code, completed,
then `orderMarkAsPaid`; the advocate's reward is store credit, released at once):

- webhook deliveries Saleor sent the App and their bytes (bodies as Saleor signed
  them, recorded at Saleor's transport);
- requests the App sent to Saleor's GraphQL API, by operation (every request the
  live server answered while the order went through: only the App calls it), and
  the SQL statements Saleor ran to answer them (BEGIN/COMMIT and savepoints
  included: this is Saleor's load from App mode, which plugin mode puts in its
  own tasks instead);
- SQL statements on the App's database, by process (`serve`: the webhook
  endpoint; `worker`: the domain's tasks), from `REFERRALS_APP_SQL_LOG`;

and the same for an unreferred paid order and for a referred order's cancellation
(the clawback). The first referred order opens the advocate's wallet
(`giftCardCreate`), later ones top it up (`giftCardBalanceAdjust`), so both are
shown. Counts, not times: the machine is shared and the live server answers one
request at a time.

Run it with Saleor's Python from Saleor's checkout (the test database of
`scripts/saleor-tests.sh`, rolled back; the App's database beside it, its
instance schemas dropped after; the App's Celery queue on
`REFERRALS_APP_TEST_BROKER_URL`, default Redis database 14):

    cd "$SALEOR_DIR" && DATABASE_URL=postgres://postgres@127.0.0.1:5432/saleor \\
      SECRET_KEY=bench "$SALEOR_PYTHON" /path/to/saleor-referrals/benchmarks/app_end_to_end.py [orders]
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest

DEFAULT_ORDERS = 3
QUIET_SECONDS = 2.0
OPERATION = re.compile(r"^\s*(?:query|mutation)\s+(\w+)")

if __name__ != "__main__":  # collected by pytest inside Saleor (see main)
    from tests.saleor.test_app_end_to_end import (  # noqa: F401 (fixtures)
        PROGRAM,
        install,
        saleor,
        saleor_deliveries,
    )


@pytest.fixture(scope="module")
def measured_app(django_db_setup, django_db_blocker):
    from django.conf import settings

    from tests.saleor.app_service import app_service

    log = Path(tempfile.mkdtemp(prefix="referrals-bench-")) / "sql.log"
    log.touch()
    with app_service(settings.DATABASES["default"], sql_log=log) as service:
        yield service


def operation(body: bytes) -> str:
    try:
        document = json.loads(body)["query"]
    except (ValueError, KeyError, TypeError):
        return "(not GraphQL)"
    match = OPERATION.match(document)
    return match[1] if match else "(anonymous)"


class Window:
    """What happened from its start: deliveries, requests to Saleor, SQL lines."""

    def __init__(self, app, deliveries) -> None:
        from tests.saleor.fixtures import OneRequestAtATime

        self.app, self.deliveries = app, deliveries
        self.requests_at = len(OneRequestAtATime.answered)
        self.deliveries_at = len(deliveries.sent)
        self.sql_at = app.sql_log.stat().st_size

    def settle(self, schema: str) -> None:
        """Until the App's outbox is drained and its log has been quiet a while."""
        self.app.wait_for(
            "the outbox to drain",
            lambda: self.app.count(schema, "outboxmessage", "processed_at IS NULL")
            == 0,
        )
        size, quiet_since = -1, time.monotonic()
        while time.monotonic() - quiet_since < QUIET_SECONDS:
            now = self.app.sql_log.stat().st_size
            if now != size:
                size, quiet_since = now, time.monotonic()
            time.sleep(0.2)

    def result(self) -> dict:
        from tests.saleor.fixtures import OneRequestAtATime

        sent = self.deliveries.sent[self.deliveries_at :]
        requests = OneRequestAtATime.answered[self.requests_at :]
        with self.app.sql_log.open("rb") as log:
            log.seek(self.sql_at)
            lines = log.read().decode().splitlines()
        sql = Counter(line.split("\t")[1] for line in lines if line.count("\t") >= 3)
        return {
            "deliveries": [d.event_type for d in sent],
            "webhook_bytes": sum(len(d.body) for d in sent),
            "graphql_requests": len(requests),
            "saleor_sql": sum(statements for _, statements in requests),
            "operations": dict(Counter(operation(body) for body, _ in requests)),
            "sql_serve": sql.get("serve", 0),
            "sql_worker": sql.get("worker", 0),
        }


def test_order_costs(
    measured_app,
    saleor,
    saleor_deliveries,
    staff_api_client,
    customer_user,
    channel_USD,
    product,
    address_usa,
    shipping_zone,
    django_user_model,
):
    import graphene
    from saleor.graphql.tests.fixtures import ApiClient

    from tests.saleor.fixtures import SALEOR_REQUESTS
    from tests.saleor.shopping import Shopper
    from tests.saleor.test_app_end_to_end import ORDER_CANCEL

    orders = int(os.environ.get("BENCH_ORDERS", DEFAULT_ORDERS))
    app = measured_app
    api_url = f"{saleor}/graphql/"
    install(staff_api_client, app.manifest_url)
    schema = app.schema_of(api_url)
    app.configure_program(api_url, channel_USD.slug, "USD", PROGRAM)
    code = app.advocate_code(
        api_url,
        channel_USD.slug,
        graphene.Node.to_global_id("User", customer_user.pk),
        customer_user.email,
    )

    def shopper(n: int, kind: str) -> Shopper:
        with SALEOR_REQUESTS:
            friend = django_user_model.objects.create(email=f"{kind}{n}@example.com")
        return Shopper(
            ApiClient(user=friend),
            staff_api_client,
            channel=channel_USD,
            variant=product.variants.first(),
            address=address_usa,
            shipping_method=shipping_zone.shipping_methods.first(),
        )

    rows: dict[str, list[dict]] = {}
    placed_orders = []
    for n in range(orders):
        buyer = shopper(n, "friend")
        window = Window(app, saleor_deliveries)
        with SALEOR_REQUESTS:
            _, placed = buyer.complete(code)
            buyer.mark_paid(placed["id"])
        app.wait_for(
            "the reward",
            lambda n=n: app.count(schema, "reward", "status = 'issued'") == n + 1,
        )
        window.settle(schema)
        kind = "referred order, first reward" if n == 0 else "referred order, top-up"
        rows.setdefault(kind, []).append(window.result())
        placed_orders.append(placed)

    for n in range(orders):
        buyer = shopper(n, "shopper")
        window = Window(app, saleor_deliveries)
        with SALEOR_REQUESTS:
            _, placed = buyer.complete()
            buyer.mark_paid(placed["id"])
        window.settle(schema)
        rows.setdefault("unreferred paid order", []).append(window.result())

    for n, placed in enumerate(placed_orders):
        window = Window(app, saleor_deliveries)
        with SALEOR_REQUESTS:
            staff_api_client.post_graphql(ORDER_CANCEL, {"id": placed["id"]})
        app.wait_for(
            "the clawback",
            lambda n=n: app.count(schema, "reward", "status = 'revoked'") == n + 1,
        )
        window.settle(schema)
        rows.setdefault("cancel of a referred order", []).append(window.result())

    print()
    print(f"App mode per order, end to end ({orders} of each; medians)")
    header = (
        f"{'order':<30}{'deliveries':>11}{'bytes':>8}{'GraphQL':>9}"
        f"{'Saleor SQL':>11}{'SQL serve':>10}{'SQL worker':>11}"
    )
    print(header)
    report = {}
    for kind, results in rows.items():

        def median(name, results=results):
            return statistics.median(result[name] for result in results)

        deliveries = statistics.median(len(r["deliveries"]) for r in results)
        print(
            f"{kind:<30}{deliveries:>11g}{median('webhook_bytes'):>8g}"
            f"{median('graphql_requests'):>9g}{median('saleor_sql'):>11g}"
            f"{median('sql_serve'):>10g}"
            f"{median('sql_worker'):>11g}"
        )
        report[kind] = results
    for kind, results in report.items():
        print(f"{kind}: events {results[-1]['deliveries']}")
        print(f"  operations {results[-1]['operations']}")
    if path := os.environ.get("BENCH_JSON"):
        Path(path).write_text(json.dumps(report, indent=2))


def main() -> int:
    from inside_saleor import run  # benchmarks/ is the script's own directory

    return run(__file__, "BENCH_ORDERS")


if __name__ == "__main__":
    sys.exit(main())
