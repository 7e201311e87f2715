"""Abuse at volume (issue 20, 5): 50 clients hammer `referralProgram(code:)` while
well-behaved shoppers land; are the shoppers slowed?

    SALEOR_DIR=/path/to/saleor DATABASE_URL=postgres://postgres@127.0.0.1:5432/saleor_load \\
      .venv/bin/python benchmarks/load/throttle.py --seconds 30

Saleor as in `run.py` (uvicorn, 2 workers, Saleor's cache on Redis, one address
per client in `X-Forwarded-For` with `REFERRALS_TRUSTED_PROXIES=1`), code
look-ups limited to `--limit` per client per hour. A prober lands like a
shopper: one look-up every 0.5 s, each from a new address (another shopper each
time). Phases: the prober alone, then the prober while 50 clients (one address
each) send look-ups back to back. Each hammering client must be answered exactly
`--limit` times, the rest refused with `THROTTLED`.

The "plugin off" column is the same Saleor without the plugin, the prober and the
50 clients asking Saleor's own `shop { name }` instead (nothing throttles it): what
the same flood costs a shop that has no such field.
"""

from __future__ import annotations  # noqa: I001  (locust first: it patches the standard library)

import locust

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import gevent
from locust import constant
from locust.env import Environment

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import Saleor, saleor_arguments, stop
from shoppers import GraphQLUser, Shop

LOOKUP = """query lookup($channel: String!, $code: String) {
  referralProgram(channel: $channel, code: $code) { code } }"""
SHOP = "query shop { shop { name } }"
HAMMERS = 50


class Flood:
    plugin_on = True
    answered: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    probe_ms: list[float] = []
    addresses = iter(range(1, 10**6))


def _address(number: int) -> str:
    """An address of its own for each number: 10.x.y.z."""
    return f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"


def _ask(user: GraphQLUser, name: str, address: str) -> str:
    """One look-up (or Saleor's own query with the plugin off); its outcome."""
    query, variables = (
        (LOOKUP, {"channel": Shop.channel, "code": Shop.codes[0]})
        if Flood.plugin_on
        else (SHOP, {})
    )
    with user.client.post(
        "/graphql/",
        json={"query": query, "variables": variables},
        headers={"X-Forwarded-For": address},
        name=name,
        catch_response=True,
    ) as response:
        body = response.json() if response.status_code == 200 else {}
        errors = body.get("errors") or []
        if errors and errors[0].get("extensions", {}).get("code") == "THROTTLED":
            response.success()  # the documented refusal, not a failure
            return "THROTTLED"
        if response.status_code != 200 or errors:
            response.failure(f"{response.status_code} {errors}"[:300])
            return "FAILED"
        return "ANSWERED"


class Hammer(GraphQLUser):
    wait_time = constant(0)

    def on_start(self) -> None:
        self.address = _address(next(Flood.addresses))

    @locust.task
    def hammer(self) -> None:
        outcome = _ask(self, "hammer", self.address)
        if outcome == "ANSWERED":
            Flood.answered[self.address] += 1
        elif outcome == "THROTTLED":
            Flood.refused[self.address] += 1


class Prober(GraphQLUser):
    wait_time = constant(0.5)

    @locust.task
    def land(self) -> None:
        started = time.perf_counter()
        outcome = _ask(self, "prober", _address(next(Flood.addresses)))
        if outcome == "ANSWERED":
            Flood.probe_ms.append((time.perf_counter() - started) * 1000)


def _percentiles(times: list[float]) -> dict:
    cuts = statistics.quantiles(sorted(times), n=100)
    return {
        "probes": len(times),
        "p50_ms": round(cuts[49], 1),
        "p95_ms": round(cuts[94], 1),
        "p99_ms": round(cuts[98], 1),
    }


def phase(url: str, hammers: int, seconds: float) -> dict:
    Flood.answered, Flood.refused, Flood.probe_ms = Counter(), Counter(), []
    Prober.fixed_count, Hammer.fixed_count = 1, hammers
    environment = Environment(user_classes=[Prober, Hammer], host=url)
    runner = environment.create_local_runner()
    runner.start(1 + hammers, spawn_rate=1 + hammers)
    gevent.sleep(seconds)
    runner.quit()
    stats = environment.stats
    result = {"prober": _percentiles(Flood.probe_ms), "hammers": hammers}
    if hammers:
        hammered = stats.get("hammer", "POST")
        result |= {
            "hammer_requests": hammered.num_requests,
            "hammer_requests_per_second": round(hammered.num_requests / seconds, 1),
            "answered_per_client": sorted(set(Flood.answered.values())),
            "refused": sum(Flood.refused.values()),
        }
    result["failures"] = stats.total.num_failures
    return result


def main() -> None:
    parser = saleor_arguments(__doc__.split("\n\n")[0], port=8021)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--limit", type=int, default=5)
    parser.add_argument("--output", default="throttle-results.json")
    args = parser.parse_args()
    if not args.saleor_dir or not args.database_url:
        parser.error(
            "set SALEOR_DIR and DATABASE_URL (or --saleor-dir, --database-url)"
        )

    saleor = Saleor(args)
    saleor.env["REFERRALS_RATE_LIMITS"] = json.dumps(
        {"code_lookup": [args.limit, 3600]}
    )
    seeded = saleor.side("seed", "--run", "throttle", "--customers", "0")
    results = {}
    for plugin in ("on", "off"):
        Shop.load(seeded, plugin_on=plugin == "on")
        Flood.plugin_on = plugin == "on"
        # Fresh hammering addresses each run: the hour's counters are Redis's.
        Flood.addresses = iter(range(int(time.time()) % 100 * 100_000, 10**8))
        servers = saleor.start(plugin)
        try:
            phase(saleor.url, 0, 5)  # warm both workers
            results[plugin] = {
                "alone": phase(saleor.url, 0, args.seconds),
                "under_flood": phase(saleor.url, HAMMERS, args.seconds),
            }
        finally:
            for server in servers:
                stop(server)
        print(json.dumps({plugin: results[plugin]}), flush=True)
    Path(args.output).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
