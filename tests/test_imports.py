"""The import graph has no cycle: not between modules, nor between units (each package folder of
newsscraper/ and each top-level module counts as one unit). Every import counts: at module level,
inside functions, under TYPE_CHECKING, and through importlib.import_module with a literal name (or an
f-string whose literal head names a package)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "newsscraper"


def module_files(root: Path, package: str) -> dict[str, Path]:
    """Dotted module name → file, for every module of ``package`` under ``root``."""
    found = {}
    for path in (root / package).rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _owner(name: str, modules: dict[str, Path]) -> str | None:
    """The module of ours that an imported dotted name lives in (a name inside a module → the module)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _imported_names(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    is_package = path.name == "__init__.py"
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = module if is_package else module.rpartition(".")[0]
                for _ in range(node.level - 1):
                    here = here.rpartition(".")[0]
                base = f"{here}.{base}" if base else here
            # `from pkg import submodule` depends on the submodule; `from pkg import name` on pkg.
            subs = {f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in modules}
            names.update(subs)
            if len(subs) < len(node.names):
                names.add(base)
        elif isinstance(node, ast.Call) and _is_import_module(node.func) and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                names.add(arg.value)
            elif isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
                names.add(str(arg.values[0].value).rstrip("."))
    return names


def _is_import_module(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "import_module") or (
        isinstance(func, ast.Name) and func.id == "import_module")


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module → the modules of ours it imports."""
    modules = module_files(root, package)
    graph = {}
    for module, path in modules.items():
        targets = {_owner(n, modules) for n in _imported_names(module, path, modules)}
        graph[module] = {t for t in targets if t and t != module}
    return graph


def unit_of(module: str, root: Path, package: str) -> str:
    """A package folder directly under ``package`` is one unit; a top-level module is its own."""
    parts = module.split(".")
    if len(parts) >= 2 and (root / package / parts[1]).is_dir():
        return ".".join(parts[:2])
    return module


def collapse(graph: dict[str, set[str]], unit) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a, targets in graph.items():
        for b in targets:
            ua, ub = unit(a), unit(b)
            if ua != ub:
                out.setdefault(ua, set()).add(ub)
    return out


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_cycle_between_modules():
    assert cycles(import_graph(ROOT, PACKAGE)) == []


def test_no_cycle_between_units():
    graph = collapse(import_graph(ROOT, PACKAGE), lambda m: unit_of(m, ROOT, PACKAGE))
    assert cycles(graph) == []


def test_site_type_lives_below_extract_and_sites():
    graph = collapse(import_graph(ROOT, PACKAGE), lambda m: unit_of(m, ROOT, PACKAGE))
    assert "newsscraper.sites" not in graph.get("newsscraper.extract", set())
    assert "newsscraper.site" in graph["newsscraper.extract"] and "newsscraper.site" in graph["newsscraper.sites"]
    assert not graph.get("newsscraper.site", set()) & {"newsscraper.extract", "newsscraper.sites"}


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("how", ["module level", "in a function", "TYPE_CHECKING", "importlib", "relative"])
def test_the_checker_sees_every_kind_of_import(tmp_path, how):
    back = {
        "module level": "from pkg.a import x\n",
        "in a function": "def f():\n    from pkg import a\n",
        "TYPE_CHECKING": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\n",
        "importlib": "import importlib\nimportlib.import_module('pkg.a')\n",
        "relative": "from . import a\n",
    }[how]
    _write(tmp_path, {"pkg/__init__.py": "", "pkg/a.py": "from pkg.b import y\nx = 1\n", "pkg/b.py": back + "y = 2\n"})
    assert cycles(import_graph(tmp_path, "pkg")) == [["pkg.a", "pkg.b"]]


def test_the_checker_sees_a_cycle_between_units(tmp_path):
    _write(tmp_path, {"pkg/__init__.py": "", "pkg/top.py": "def f():\n    from pkg.sub.deep import z\n",
                      "pkg/sub/__init__.py": "", "pkg/sub/deep.py": "z = 1\n",
                      "pkg/sub/other.py": "import importlib\nimportlib.import_module(f'pkg.top')\n"})
    modules = import_graph(tmp_path, "pkg")
    assert cycles(modules) == []
    assert cycles(collapse(modules, lambda m: unit_of(m, tmp_path, "pkg"))) == [["pkg.sub", "pkg.top"]]
