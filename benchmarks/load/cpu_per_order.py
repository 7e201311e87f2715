"""What one order costs the servers in CPU time, plugin on vs off (issue 20, item 1).

    SALEOR_DIR=/path/to/saleor DATABASE_URL=postgres://postgres@127.0.0.1:5432/saleor_load \\
      .venv/bin/python benchmarks/load/cpu_per_order.py --orders 40

Under saturation a closed loop of shoppers places orders as fast as the servers'
CPU allows, so the throughput of `run.py` with the plugin on vs off is the ratio of
the CPU one order costs. This measures that cost without the noise of a loaded
machine: Saleor served as in `run.py` (uvicorn, DEBUG off, cache and broker on
Redis) with one API process, one shopper at a time, and for each request the CPU
time (user + system, from /proc) that the API process, PostgreSQL's processes and
Redis spent on it. Nothing else runs in between, so each request's CPU is its own
(less the servers' idle ticks, a few ms per second: a run with no request
measures them and they are taken off).

Each order is a shopper's whole visit as in `shoppers.py` (a guest: create, delivery,
`checkoutAddPromoCode` when referred, complete, staff `orderMarkAsPaid`); a
referred shopper with the plugin on first lands with `referralProgram(code:)` and
`referralVisitTrack`. The plugin's Celery work is not run here (no worker; it is
the background's, measured by `benchmarks/saleor_background_queries.py`).
"""

from __future__ import annotations  # noqa: I001  (locust first: see run.py)

import locust  # noqa: F401  (run.py and shoppers.py import it first)

import json
import os
import statistics
import sys
import time
import urllib.request
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import Saleor, saleor_arguments, stop  # noqa: E402
from shoppers import (  # noqa: E402
    ADDRESS,
    CHECKOUT_CREATE,
    COMPLETE,
    DELIVERY,
    MARK_PAID,
    PROGRAM,
    PROMO_CODE,
    VISIT,
    global_id,
)

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_ms(pids: list[int]) -> float:
    """User + system CPU time of these processes, in ms (0 for one that ended)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total * 1000 / TICKS


def pids_named(*names: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "comm").read_text().strip()
            except (FileNotFoundError, ProcessLookupError):
                continue
            if command in names:
                found.append(int(entry.name))
    return found


class Meter:
    """CPU spent by the API process and the database and cache servers."""

    def __init__(self, api_pid: int) -> None:
        self.api = [api_pid]

    def read(self) -> tuple[float, float]:
        stores = pids_named("postgres", "redis-server")
        return cpu_ms(self.api), cpu_ms(stores)


def post(url: str, query: str, variables: dict, token: str, address: str) -> dict:
    headers = {"Content-Type": "application/json", "X-Forwarded-For": address}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(
        f"{url}/graphql/",
        data=json.dumps({"query": query, "variables": variables}).encode(),
        headers=headers,
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        body = json.load(response)
    if body.get("errors"):
        raise RuntimeError(str(body["errors"])[:300])
    [result] = body["data"].values()
    if isinstance(result, dict) and result.get("errors"):
        raise RuntimeError(str(result["errors"])[:300])
    return result


def order(
    url: str,
    seeded: dict,
    code: str,
    plugin_on: bool,
    meter: Meter,
    idle: tuple[float, float] = (0.0, 0.0),
) -> dict[str, tuple[float, float]]:
    """One shopper's visit (from an address of its own, as in `shoppers.py`);
    each request's (API, stores) CPU ms, less the servers' idle rate."""
    spent: dict[str, tuple[float, float]] = {}
    address = f"10.9.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250 + 1}"

    def call(name: str, query: str, variables: dict, token: str = "") -> dict:
        before = meter.read()
        started = time.monotonic()
        result = post(url, query, variables, token, address)
        time.sleep(0.05)  # the servers' last ticks of this request land
        after = meter.read()
        elapsed = time.monotonic() - started
        spent[name] = (
            max(after[0] - before[0] - idle[0] * elapsed, 0.0),
            max(after[1] - before[1] - idle[1] * elapsed, 0.0),
        )
        return result

    channel = seeded["channel"]
    if code and plugin_on:
        call("referralProgram", PROGRAM, {"channel": channel, "code": code})
        call("referralVisitTrack", VISIT, {"channel": channel, "code": code})
    email = f"guest-{uuid.uuid4().hex[:16]}@cpu.example.com"
    variant = global_id("ProductVariant", seeded["variants"][0])
    created = call(
        "checkoutCreate",
        CHECKOUT_CREATE,
        {
            "input": {
                "channel": channel,
                "email": email,
                "lines": [{"quantity": 1, "variantId": variant}],
                "shippingAddress": ADDRESS,
                "billingAddress": ADDRESS,
            }
        },
    )
    checkout = created["checkout"]["id"]
    method = global_id("ShippingMethod", seeded["shipping_method"])
    call("checkoutDeliveryMethodUpdate", DELIVERY, {"id": checkout, "method": method})
    if code:
        call("checkoutAddPromoCode", PROMO_CODE, {"id": checkout, "code": code})
    completed = call("checkoutComplete", COMPLETE, {"id": checkout})
    call(
        "orderMarkAsPaid",
        MARK_PAID,
        {"id": completed["order"]["id"]},
        token=seeded["staff_token"],
    )
    return spent


def idle_rate(meter: Meter, seconds: float = 5.0) -> tuple[float, float]:
    """CPU ms per second the servers spend with no request."""
    before = meter.read()
    time.sleep(seconds)
    after = meter.read()
    return ((after[0] - before[0]) / seconds, (after[1] - before[1]) / seconds)


def measure(saleor: Saleor, seeded: dict, plugin: str, orders: int) -> dict:
    [server] = saleor.start(plugin)
    try:
        meter = Meter(server.pid)
        plugin_on = plugin == "on"
        for number in range(3):  # warm-up: imports, caches, connections
            order(saleor.url, seeded, seeded["codes"][number], plugin_on, meter)
            order(saleor.url, seeded, "", plugin_on, meter)
        idle = idle_rate(meter)
        figures: dict[str, dict[str, list[float]]] = {"referred": {}, "unreferred": {}}
        for number in range(orders):
            for kind, code in (
                ("referred", seeded["codes"][number % len(seeded["codes"])]),
                ("unreferred", ""),
            ):
                for name, (api, stores) in order(
                    saleor.url, seeded, code, plugin_on, meter, idle
                ).items():
                    per_name = figures[kind].setdefault(name, [])
                    per_name.append(api + stores)
    finally:
        stop(server)
    return {
        "plugin": plugin,
        "idle_cpu_ms_per_second": [round(value, 1) for value in idle],
        "orders": {
            kind: {
                "cpu_ms_per_order": round(
                    sum(statistics.mean(values) for values in operations.values()), 1
                ),
                "operations": {
                    name: round(statistics.mean(values), 1)
                    for name, values in operations.items()
                },
            }
            for kind, operations in figures.items()
        },
    }


def main() -> None:
    parser = saleor_arguments(__doc__.split("\n\n")[0], port=8021)
    parser.add_argument("--orders", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not args.saleor_dir or not args.database_url:
        parser.error("set SALEOR_DIR and DATABASE_URL")
    args.workers = 1  # one API process: each request's CPU is its own
    saleor = Saleor(args)
    seeded = saleor.side("seed", "--run", f"cpu{int(time.time())}", "--customers", "0")
    results = []
    for round_number in range(1, args.rounds + 1):
        for plugin in ("on", "off") if round_number % 2 else ("off", "on"):
            result = {
                "round": round_number,
                **measure(saleor, seeded, plugin, args.orders),
            }
            results.append(result)
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
