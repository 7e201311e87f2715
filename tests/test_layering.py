"""The Saleor boundary (DESIGN §4): only the adapter modules import `saleor`."""

from __future__ import annotations

import ast
from pathlib import Path

import saleor_referrals

PACKAGE = Path(saleor_referrals.__file__).parent

# The plugin (hooks), the commerce port's Saleor side, the schema composition, the
# replica/writer switch, and the App installation (Saleor's App models).
SALEOR_IMPORTERS = {
    "plugin.py",
    "commerce/saleor_adapter.py",
    "graphql/saleor_schema.py",
    "writer.py",
    "saleor_app/saleor_install.py",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    modules: set[str] = set()
    for node in ast.walk(tree):  # imports inside functions count too
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


def saleor_importers() -> set[str]:
    return {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if any(
            name == "saleor" or name.startswith("saleor.")
            for name in imported_modules(path)
        )
    }


def test_only_the_adapter_modules_import_saleor():
    assert saleor_importers() == SALEOR_IMPORTERS


def test_an_import_inside_a_function_is_found(tmp_path):
    module = tmp_path / "lazy.py"
    module.write_text("def f():\n    from saleor.app.models import App\n")
    assert "saleor.app.models" in imported_modules(module)
