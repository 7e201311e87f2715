"""Concurrent shoppers through real Saleor's HTTP API, plugin on vs off (issue 20, 1).

    .venv/bin/pip install -e '.[bench]'
    SALEOR_DIR=/path/to/saleor DATABASE_URL=postgres://postgres@127.0.0.1:5432/saleor_load \\
      .venv/bin/python benchmarks/load/run.py --shoppers 10 40 --seconds 60 --rounds 2

Saleor is served as in production, `uvicorn saleor.asgi:application --workers 2`,
with DEBUG off, Saleor's cache on Redis (`CACHE_URL`) and a Redis broker; "off"
is the same Saleor, environment and database with saleor-referrals taken out of
`INSTALLED_APPS` and `PLUGINS` (`saleor_settings.py`). The database must be
migrated with the plugin installed (`scripts/saleor-run.sh` or `manage.py
migrate`); the shop is seeded once (`saleor_side.py seed`) and the on and off runs
alternate (on, off, then off, on in the next round) so that the machine's other
load falls on both.

Locust drives the shoppers and readers (`shoppers.py`) from this process. After a
plugin-on run the benchmark starts a real Celery worker on the referrals queue,
waits until the referral work is done (the outbox empty, every referred order
attributed), stops it, and checks the database (`saleor_side.py verify`): the
referral work is drained after the run, not during it, so the plugin-on figures
are the request path's cost (the worker's CPU time is reported beside it).
Results: a JSON file (`--output`) and a Markdown table on standard output.
"""

from __future__ import annotations  # noqa: I001  (locust first: see below)

import locust  # noqa: F401  (first: Locust patches the standard library with gevent)

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import gevent
from locust.env import Environment

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent.parent
sys.path.insert(0, str(HERE))

from shoppers import Reader, Shop, Shopper  # noqa: E402

READERS = 2


@dataclass
class Measurement:
    plugin: str
    shoppers: int
    seconds: float
    orders: int = 0
    requests: int = 0
    failures: int = 0
    complete_ms: list[float] = field(default_factory=list)
    # Every request's time by operation: where the time of an order goes.
    by_operation: dict[str, list[float]] = field(default_factory=dict)
    failure_samples: list[str] = field(default_factory=list)
    check: dict | None = None
    drain_seconds: float | None = None
    cpu_load: float | None = None
    profile: dict | None = None

    def summary(self) -> dict:
        times = sorted(self.complete_ms)
        cuts = statistics.quantiles(times, n=100) if len(times) > 1 else [0.0] * 99
        return {
            "plugin": self.plugin,
            "shoppers": self.shoppers,
            "seconds": round(self.seconds, 1),
            "orders": self.orders,
            "checkouts_per_second": round(self.orders / self.seconds, 2),
            "complete_p50_ms": round(cuts[49]),
            "complete_p95_ms": round(cuts[94]),
            "complete_p99_ms": round(cuts[98]),
            "requests": self.requests,
            "failures": self.failures,
            "failure_samples": self.failure_samples[:5],
            "operations": {
                name: {
                    "count": len(times),
                    "median_ms": round(statistics.median(times)),
                }
                for name, times in sorted(self.by_operation.items())
            },
            "load_average_1m": self.cpu_load,
            "drain_seconds": self.drain_seconds,
            "check": self.check,
            "profile": self.profile,
        }


class Saleor:
    def __init__(self, args: argparse.Namespace) -> None:
        self.dir = Path(args.saleor_dir)
        self.python = str(self.dir / ".venv" / "bin" / "python")
        self.port = args.port
        self.workers = args.workers
        key = Path(tempfile.mkdtemp()) / "jwt.pem"
        subprocess.run(
            ["openssl", "genrsa", "-out", str(key), "2048"],
            check=True,
            capture_output=True,
        )
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "benchmarks.load.saleor_settings",
            "PYTHONPATH": f"{REPOSITORY}:{self.dir}",
            "DATABASE_URL": args.database_url,
            "SECRET_KEY": os.environ.get("SECRET_KEY", "load-benchmark"),
            "DEBUG": "False",
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "ALLOWED_CLIENT_HOSTS": "localhost,127.0.0.1",
            "RSA_PRIVATE_KEY": key.read_text(),
            "JWT_TTL_ACCESS": "6 hours",
            "CACHE_URL": args.cache_url,
            "CELERY_BROKER_URL": args.broker_url,
            "REFERRALS_TRUSTED_PROXIES": "1",
            # The status e-mails are sent (and counted as done), to nowhere.
            "EMAIL_URL": "dummy://",
        }
        self.url = f"http://127.0.0.1:{self.port}"

    def side(self, *arguments: str) -> dict:
        done = subprocess.run(
            [self.python, str(HERE / "saleor_side.py"), *arguments],
            cwd=self.dir,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        )
        return json.loads(done.stdout)

    def start(self, plugin: str) -> list[subprocess.Popen]:
        """`--workers` uvicorn processes serving Saleor on one listening socket.

        What `uvicorn --workers N` does (N processes accepting on a shared socket),
        without its supervisor: that pings each worker and kills one that does not
        answer within 5 s, which on this loaded 2-core machine happens to a worker
        still importing Saleor (it kept killing and respawning them). Each process
        is a plain `uvicorn saleor.asgi:application --fd N`.
        """
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(2048)
        listener.set_inheritable(True)
        logs = [Path(tempfile.mkstemp(suffix=".log")[1]) for _ in range(self.workers)]
        servers = [
            subprocess.Popen(
                [
                    self.python,
                    "-m",
                    "uvicorn",
                    "saleor.asgi:application",
                    f"--fd={listener.fileno()}",
                    "--ws=none",
                    "--lifespan=off",
                    "--no-access-log",
                    "--log-level=info",
                ],
                cwd=self.dir,
                env={**self.env, "REFERRALS_LOAD_PLUGIN": plugin},
                pass_fds=(listener.fileno(),),
                stdout=log.open("w"),
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            for log in logs
        ]
        listener.close()  # the workers hold it now
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if any(server.poll() is not None for server in servers):
                break
            if all("Started server process" in log.read_text() for log in logs):
                with urllib.request.urlopen(f"{self.url}/health/", timeout=10):
                    return servers
            gevent.sleep(1)
        for server in servers:
            stop(server)
        raise RuntimeError(
            "Saleor did not start: "
            + " | ".join(log.read_text()[-500:] for log in logs)
        )

    def worker(self) -> subprocess.Popen:
        return subprocess.Popen(
            [
                self.python,
                "-m",
                "celery",
                "--app=saleor.celeryconf:app",
                "worker",
                "--queues=referrals",
                "--concurrency=2",
                "--loglevel=warning",
                "--hostname=load-referrals@%h",
            ],
            cwd=self.dir,
            env={**self.env, "REFERRALS_LOAD_PLUGIN": "on"},
            stdout=Path(tempfile.mkstemp(suffix=".log")[1]).open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop(process: subprocess.Popen, grace: float = 15) -> None:
    """Stop a server or worker we started, with everything it forked."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def profile(servers: list[subprocess.Popen], seconds: float) -> list[Path]:
    """Sample the API processes' Python stacks with py-spy for `seconds` (not
    pausing them: `--nonblocking`); the raw, collapsed stacks, one file each."""
    outputs = [Path(tempfile.mkstemp(suffix=".stacks")[1]) for _ in servers]
    for server, output in zip(servers, outputs, strict=True):
        subprocess.Popen(
            [
                str(Path(sys.executable).parent / "py-spy"),
                "record",
                f"--pid={server.pid}",
                f"--duration={int(seconds)}",
                "--rate=50",
                "--nonblocking",
                "--format=raw",
                f"--output={output}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    return outputs


def stack_summary(outputs: list[Path], top: int = 15) -> dict:
    """Where the API processes spent their sampled time: the share of samples
    with a frame of saleor_referrals (or of a named part of Saleor) on the
    stack, and the functions most often on top of the stack."""
    total = 0
    within: dict[str, int] = {
        "saleor_referrals": 0,
        "saleor/plugins/manager.py": 0,
        "saleor/graphql": 0,
        "django/db": 0,
        "psycopg": 0,
    }
    on_top: dict[str, int] = {}
    for output in outputs:
        for line in output.read_text().splitlines() if output.exists() else []:
            stack, _, count_text = line.rpartition(" ")
            if not stack or not count_text.isdigit():
                continue
            count = int(count_text)
            total += count
            for part in within:
                if part in stack:
                    within[part] += count
            frame = stack.rsplit(";", 1)[-1]
            on_top[frame] = on_top.get(frame, 0) + count
    share = {
        part: round(100 * samples / total, 1) if total else 0.0
        for part, samples in within.items()
    }
    leaders = sorted(on_top.items(), key=lambda item: -item[1])[:top]
    return {
        "samples": total,
        "percent_of_samples_within": share,
        "top_of_stack": [
            {"frame": frame, "percent": round(100 * samples / total, 1)}
            for frame, samples in leaders
        ],
    }


def drive(
    url: str,
    shoppers: int,
    warmup: float,
    seconds: float,
    plugin: str,
    servers: list[subprocess.Popen] | None = None,
) -> Measurement:
    """Run the shoppers and readers; with `servers`, also sample their stacks
    during the measured window (a run of its own: py-spy costs CPU)."""
    measured = Measurement(plugin=plugin, shoppers=shoppers, seconds=seconds)
    window = {"open": False}

    def on_request(name, response_time, exception, **_kwargs) -> None:
        if not window["open"]:
            return
        measured.requests += 1
        measured.by_operation.setdefault(name, []).append(response_time)
        if exception is not None:
            measured.failures += 1
            measured.failure_samples.append(f"{name}: {exception}")
        elif name == "checkoutComplete":
            measured.complete_ms.append(response_time)
        elif name == "orderMarkAsPaid":
            measured.orders += 1

    Shopper.fixed_count = shoppers
    Reader.fixed_count = READERS
    environment = Environment(user_classes=[Shopper, Reader], host=url)
    environment.events.request.add_listener(on_request)
    runner = environment.create_local_runner()
    runner.start(shoppers + READERS, spawn_rate=shoppers + READERS)
    gevent.sleep(warmup)
    window["open"] = True
    started = time.monotonic()
    stacks = profile(servers, seconds) if servers else []
    gevent.sleep(seconds)
    window["open"] = False
    measured.seconds = time.monotonic() - started
    if stacks:
        gevent.sleep(3)  # py-spy writes its file when its duration is over
        measured.profile = stack_summary(stacks)
    measured.cpu_load = os.getloadavg()[0]
    # Let the orders in flight finish (and be paid) before the users stop, so
    # that every order of the run can be checked; they are not counted.
    Shop.open = False
    deadline = time.monotonic() + 180
    while Shop.in_flight and time.monotonic() < deadline:
        gevent.sleep(0.2)
    runner.quit()
    return measured


def drain(saleor: Saleor, since: str, codes: str, timeout: float) -> tuple[dict, float]:
    """Run the referral work with a real worker until it is done; check the result."""
    worker = saleor.worker()
    started = time.monotonic()
    try:
        while True:
            check = saleor.side("verify", "--since", since, "--codes", codes)
            done = (
                check["attributed"] == check["referred_orders"]
                and check["outbox_pending"] == 0
                and check["reward_statuses"].get("held", 0) == 0
                and check["paid_referrals_without_reward"] == 0
            )
            if done or time.monotonic() - started > timeout:
                return check, time.monotonic() - started
            time.sleep(3)
    finally:
        stop(worker, grace=30)


def markdown(results: list[dict]) -> str:
    lines = [
        "| shoppers | round | plugin | checkouts/s | checkoutComplete p50 / p95 / p99 (ms) | errors |",
        "| ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for result in results:
        lines.append(
            f"| {result['shoppers']} | {result['round']} | {result['plugin']} "
            f"| {result['checkouts_per_second']} | {result['complete_p50_ms']} / "
            f"{result['complete_p95_ms']} / {result['complete_p99_ms']} "
            f"| {result['failures']} of {result['requests']} |"
        )
    return "\n".join(lines)


def saleor_arguments(description: str, port: int) -> argparse.ArgumentParser:
    """A parser with what `Saleor` needs, shared by the load benchmarks."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--saleor-dir", default=os.environ.get("SALEOR_DIR"))
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--cache-url", default="redis://127.0.0.1:6379/10")
    parser.add_argument("--broker-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--port", type=int, default=port)
    parser.add_argument("--workers", type=int, default=2)
    return parser


def main() -> None:
    parser = saleor_arguments(__doc__.split("\n\n")[0], port=8020)
    parser.add_argument("--shoppers", type=int, nargs="+", default=[10, 40])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--warmup", type=float, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--drain-timeout", type=float, default=300)
    parser.add_argument("--output", default="load-results.json")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="sample the API processes with py-spy during each measured window "
        "(pip install py-spy; its CPU makes these runs' figures not comparable)",
    )
    args = parser.parse_args()
    if not args.saleor_dir or not args.database_url:
        parser.error(
            "set SALEOR_DIR and DATABASE_URL (or --saleor-dir, --database-url)"
        )

    saleor = Saleor(args)
    runs = args.rounds * len(args.shoppers) * 2
    # Signed-in shoppers order once each (a pool per run; when it runs out, the
    # rest shop as guests): a shopper places an order every few seconds here.
    pool = max(args.shoppers) * int(args.seconds + args.warmup) // 3
    seeded = saleor.side(
        "seed", "--run", str(int(time.time())), "--customers", str(pool * runs)
    )
    customers = seeded["customers"]
    codes = ",".join(seeded["codes"])
    results: list[dict] = []
    for round_number in range(1, args.rounds + 1):
        for shoppers in args.shoppers:
            order = ("on", "off") if round_number % 2 else ("off", "on")
            for plugin in order:
                seeded["customers"], customers = customers[:pool], customers[pool:]
                Shop.load(seeded, plugin_on=plugin == "on")
                since = datetime.now(UTC).isoformat()
                servers = saleor.start(plugin)
                try:
                    measured = drive(
                        saleor.url,
                        shoppers,
                        args.warmup,
                        args.seconds,
                        plugin,
                        servers if args.profile else None,
                    )
                finally:
                    for server in servers:
                        stop(server)
                if plugin == "on":
                    measured.check, measured.drain_seconds = drain(
                        saleor, since, codes, args.drain_timeout
                    )
                result = {"round": round_number, **measured.summary()}
                results.append(result)
                print(json.dumps(result), flush=True)
                Path(args.output).write_text(json.dumps(results, indent=2))
    print(markdown(results))


if __name__ == "__main__":
    main()
