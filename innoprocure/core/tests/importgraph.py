"""The project's import graph, read from the source (no module is imported).

Used by test_import_graph.py, and from the shell to see what is left:

    .venv/bin/python -m innoprocure.core.tests.importgraph            # cycles and unexplained imports, all apps
    .venv/bin/python -m innoprocure.core.tests.importgraph resources  # one app's share

An import inside a function counts as an edge like any other: moving an import into a function hides a cycle, it
does not remove it. Imports under `if TYPE_CHECKING:` are not edges (they never run).
"""

import ast
import sys
from collections import defaultdict
from pathlib import Path

import innoprocure

ROOT = Path(innoprocure.__file__).parent


def is_production(path):
    parts = path.relative_to(ROOT).parts
    return not ("migrations" in parts or "tests" in parts or parts[0] == "e2e" or path.name == "conftest.py")


def module_name(path):
    parts = ("innoprocure", *path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def production_modules():
    return {module_name(path): path for path in sorted(ROOT.rglob("*.py")) if is_production(path)}


def _is_type_checking(node):
    test = node.test
    return isinstance(test, ast.Name | ast.Attribute) and getattr(test, "id", getattr(test, "attr", "")) == "TYPE_CHECKING"


class _Imports(ast.NodeVisitor):
    """Every import of one module, with whether it sits inside a function."""

    def __init__(self, module, is_package):
        self.package = module if is_package else module.rpartition(".")[0]
        self.depth = 0
        self.found = []  # (line, imported names, inside a function)

    def visit_FunctionDef(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node):
        if _is_type_checking(node):
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    def visit_Import(self, node):
        self.found.append((node.lineno, [alias.name for alias in node.names], self.depth > 0))

    def visit_ImportFrom(self, node):
        base = node.module or ""
        if node.level:
            parts = self.package.split(".")
            base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
        self.found.append((node.lineno, [base, *(f"{base}.{alias.name}" for alias in node.names)], self.depth > 0))


def imports_of(path):
    visitor = _Imports(module_name(path), path.name == "__init__.py")
    visitor.visit(ast.parse(path.read_text(), filename=str(path)))
    return visitor.found


def graph():
    """Module → the project modules it imports (at any level of the code)."""
    modules = production_modules()
    edges = defaultdict(set)
    for name, path in modules.items():
        for _line, targets, _inside in imports_of(path):
            for target in targets:
                # `import a.b.c` also runs a and a.b, but a package importing its own submodule is no cycle.
                if target in modules and target != name and not name.startswith(target + "."):
                    edges[name].add(target)
    return modules, edges


def cycles():
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    modules, edges = graph()
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in modules:
        if node not in index:
            visit(node)
    return sorted(groups)


def _explained(lines, line):
    """A comment on the import's line, or on the line above it or above the block of imports it is part of."""
    if "#" in lines[line - 1]:
        return True
    above = line - 2
    while above >= 0 and lines[above].lstrip().startswith(("from ", "import ")):
        above -= 1
    return above >= 0 and lines[above].lstrip().startswith("#")


def unexplained_function_imports():
    """`path:line` of each import inside a function without a comment saying why (see _explained)."""
    found = []
    for path in production_modules().values():
        lines = path.read_text().splitlines()
        for line, _targets, inside in imports_of(path):
            if inside and not _explained(lines, line):
                found.append(f"{path.relative_to(ROOT)}:{line}")
    return found


if __name__ == "__main__":
    app = sys.argv[1] if len(sys.argv) > 1 else ""
    groups = [group for group in cycles() if not app or any(m.startswith(f"innoprocure.{app}") for m in group)]
    unexplained = [place for place in unexplained_function_imports() if place.startswith(app)]
    for group in groups:
        print("cycle:", " ".join(group))
    for place in unexplained:
        print("function-level import without a reason:", place)
    print(f"{len(groups)} cycles, {len(unexplained)} function-level imports without a reason")
