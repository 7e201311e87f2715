"""The package's import graph and its strongly connected components.

Counts imports at module level and inside functions (an import inside a function is
still a dependency a reader must follow). `python -m tests.import_graph [PREFIX]`
prints the cycles and the edges inside the largest one.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "saleor_referrals"


def package_modules(root: Path = PACKAGE_DIR) -> dict[str, Path]:
    """Dotted name -> file, migrations left out (they import only Django)."""
    modules: dict[str, Path] = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _targets(module: str, path: Path, node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    assert isinstance(node, ast.ImportFrom)
    if node.level:
        base = module.split(".")
        anchor = base if path.name == "__init__.py" else base[:-1]
        anchor = anchor[: len(anchor) - (node.level - 1)]
        target = ".".join(anchor + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    # `from . import rewards` imports the module `rewards`.
    return [target] + [f"{target}.{alias.name}" for alias in node.names]


def import_graph(root: Path = PACKAGE_DIR) -> dict[str, set[str]]:
    modules = package_modules(root)
    package = root.name
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for target in _targets(name, path, node):
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and target.startswith(package):
                    graph[name].add(target)
    return graph


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative; components of two or more, largest first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        work = [(start, iter(sorted(graph[start])))]
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(sorted(component))
    return sorted(components, key=len, reverse=True)


def subgraph(graph: dict[str, set[str]], prefix: str) -> dict[str, set[str]]:
    def inside(name: str) -> bool:
        return name == prefix or name.startswith(prefix + ".")

    return {
        name: {target for target in targets if inside(target)}
        for name, targets in graph.items()
        if inside(name)
    }


def describe(graph: dict[str, set[str]], component: Iterable[str]) -> str:
    members = set(component)
    lines = [f"cycle of {len(members)}:"]
    for name in sorted(members):
        inner = sorted(graph[name] & members)
        lines.append(f"  {name} -> {', '.join(inner)}")
    return "\n".join(lines)


if __name__ == "__main__":
    full = import_graph()
    prefix = sys.argv[1] if len(sys.argv) > 1 else "saleor_referrals"
    part = subgraph(full, prefix)
    cycles = strongly_connected(part)
    for cycle in cycles:
        print(describe(part, cycle))
    print(
        f"modules: {len(part)}; cycles: {len(cycles)}; "
        f"largest: {len(cycles[0]) if cycles else 0}"
    )
