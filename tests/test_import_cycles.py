"""The package stays untangled (DESIGN §9): its largest import cycle, counting
imports inside functions too, is at most five modules, in the package and in
`graphql/`; the core imports no wing, and `graphql/types` no domain."""

from __future__ import annotations

from pathlib import Path

from .import_graph import describe, import_graph, strongly_connected, subgraph

MAX_CYCLE = 5
PACKAGE = "saleor_referrals"
WINGS = (
    "tiers",
    "campaigns",
    "causes",
    "events",
    "signups",
    "insights",
    "exports",
    "dashboard",
    "emails",
)


def largest_cycle(prefix: str) -> tuple[int, str]:
    graph = subgraph(import_graph(), prefix)
    cycles = strongly_connected(graph)
    if not cycles:
        return 0, ""
    return len(cycles[0]), describe(graph, cycles[0])


def test_the_package_has_no_import_cycle_over_five_modules():
    size, cycle = largest_cycle(PACKAGE)
    assert size <= MAX_CYCLE, cycle


def test_graphql_has_no_import_cycle_over_five_modules():
    size, cycle = largest_cycle(f"{PACKAGE}.graphql")
    assert size <= MAX_CYCLE, cycle


def _wing(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in WINGS else None


def test_the_core_imports_no_wing():
    """The loop's modules (codes, referrals, the ledger, fraud, the outbox, the
    commerce port, events and registry) reach the wings only through
    `domain_events` and `registry`."""
    core = (
        "benefits",
        "codes",
        "commerce",
        "converted",
        "config",
        "domain_events",
        "facts",
        "fraud",
        "history",
        "identity",
        "leads",
        "money",
        "outbox",
        "referrals",
        "registry",
        "rewards",
        "sharing",
        "tasks",
        "writer",
    )
    graph = import_graph()
    found = {
        module: sorted(t for t in targets if _wing(t))
        for module, targets in graph.items()
        if module.split(".")[1:2] and module.split(".")[1] in core
    }
    assert {m: t for m, t in found.items() if t} == {}


def test_the_shared_graphql_types_import_no_domain():
    graph = import_graph()
    shared = {"core", "enums", "scalars", "types"}
    domains = {
        target
        for module in (f"{PACKAGE}.graphql.{name}" for name in shared)
        for target in graph[module]
        if target.startswith(f"{PACKAGE}.graphql.")
        and target.split(".")[2] not in shared
    }
    assert domains == set()


def test_the_counter_finds_a_cycle_through_an_import_inside_a_function():
    graph = {"p.a": {"p.b"}, "p.b": {"p.c"}, "p.c": {"p.a"}, "p.d": {"p.a"}}
    assert strongly_connected(graph) == [["p.a", "p.b", "p.c"]]
    assert "p.c -> p.a" in describe(graph, ["p.a", "p.b", "p.c"])


def test_the_graph_counts_imports_inside_functions(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from . import b\n")
    (package / "b.py").write_text("def later():\n    from .a import thing\n")
    graph = import_graph(package)
    assert graph["pkg.b"] == {"pkg.a"}
    assert strongly_connected(graph) == [["pkg.a", "pkg.b"]]


def test_every_wing_task_is_registered_without_tasks_py_importing_the_wings():
    """`tasks.py` imports no wing; `ReferralsConfig.ready()` brings each wing's
    tasks, so Celery (Saleor's app, or the suite's) still knows every one."""
    import re

    from celery import current_app

    import saleor_referrals

    package = Path(saleor_referrals.__file__).parent
    declared = {
        name
        for path in package.rglob("*.py")
        for name in re.findall(
            r'@(?:shared|referral)_task\([^)]*?name="(saleor_referrals\.[a-z_]+)"',
            path.read_text(encoding="utf-8"),
            re.DOTALL,
        )
    }
    declared.add("saleor_referrals.run_export")  # named by a constant
    assert len(declared) >= 30
    assert declared <= set(current_app.tasks)
