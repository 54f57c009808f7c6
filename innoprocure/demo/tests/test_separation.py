"""The demo content stays out of the production code: no app outside innoprocure.demo imports it."""

import ast
from pathlib import Path

import innoprocure

ROOT = Path(innoprocure.__file__).parent


def production_modules():
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if parts[0] in {"demo", "e2e"} or "tests" in parts or path.name == "conftest.py":
            continue
        yield path


def imported_names(path):
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("innoprocure."):
            yield node.value  # import_module("…") and dotted paths in settings


def test_no_production_module_imports_the_demo_package():
    offenders = {
        str(path.relative_to(ROOT)): name
        for path in production_modules()
        for name in imported_names(path)
        if name == "innoprocure.demo" or name.startswith("innoprocure.demo.")
    }
    assert offenders == {"settings/base.py": "innoprocure.demo"}  # installed, so that the command exists


def test_the_walk_reads_the_production_apps():
    walked = {path.relative_to(ROOT).parts[0] for path in production_modules()}
    assert {"core", "resources", "stories", "network", "forum", "settings"} <= walked
    assert "demo" not in walked
