"""SQL statements per request of one order inside a real Saleor, plugin off and on.

    SALEOR_DIR=/path/to/saleor python benchmarks/saleor_request_queries.py

(the same environment variables as `scripts/saleor-tests.sh`: SALEOR_PYTHON,
DATABASE_URL). It runs `tests/saleor/test_query_budget.py` in that Saleor through
`scripts/saleor-tests.sh` — the same flow the test asserts on: checkoutCreate,
checkoutDeliveryMethodUpdate, checkoutAddPromoCode (referred orders only),
checkoutComplete, orderMarkAsPaid through /graphql/, Celery tasks held — and prints
the statements of each request side by side. The background work of a referred
order (the Celery tasks) is measured by benchmarks/referral_loop.py, not here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
COLUMNS = (
    "plugin off, no referral",
    "plugin on, no referral",
    "plugin off, referral code",
    "plugin on, referral code",
)
ROWS = (
    "checkoutCreate",
    "checkoutDeliveryMethodUpdate",
    "checkoutAddPromoCode",
    "checkoutComplete",
    "orderMarkAsPaid",
    "total",
)


def measure() -> dict[str, dict[str, int]]:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "queries.json"
        subprocess.run(
            [
                "bash",
                str(HERE / "scripts" / "saleor-tests.sh"),
                "-q",
                "-k",
                "unreferred_order_costs_no_extra_query",
            ],
            check=True,
            env={**os.environ, "REFERRALS_QUERY_REPORT": str(report)},
            stdout=subprocess.DEVNULL,
        )
        return json.loads(report.read_text())


def table(report: dict[str, dict[str, int]]) -> str:
    lines = [
        "| request | " + " | ".join(COLUMNS) + " |",
        "| --- |" + " ---: |" * len(COLUMNS),
    ]
    for row in ROWS:
        cells = [str(report[column][row]) for column in COLUMNS]
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    extra_plain = report[COLUMNS[1]]["total"] - report[COLUMNS[0]]["total"]
    extra_referred = report[COLUMNS[3]]["total"] - report[COLUMNS[2]]["total"]
    lines.append(
        f"\nextra with the plugin on: {extra_plain} per order without a referral, "
        f"{extra_referred} per referred order"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    if not os.environ.get("SALEOR_DIR"):
        sys.exit(
            "set SALEOR_DIR (and SALEOR_PYTHON, DATABASE_URL) as for saleor-tests.sh"
        )
    print(table(measure()))
