"""The core stays Qt-free and ReportLab stays in the layout (import-linter + a fresh interpreter);
no module imports itself through others, no class grows past 20 methods (read from the source),
and each room imports only what its `__init__` docstring says it may."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = [
    "mediakit",
    "mediakit.model",
    "mediakit.imaging",
    "mediakit.library",
    "mediakit.edits",
    "mediakit.importers",
    "mediakit.preflight",
    "mediakit.cli",
    "mediakit.layout",
]


def test_import_linter_contracts_hold():
    lint_imports = shutil.which("lint-imports") or str(
        Path(sys.executable).with_name("lint-imports")
    )
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module", CORE)
def test_importing_core_loads_neither_qt_nor_reportlab(module):
    code = (
        f"import sys, {module}; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'reportlab')); "
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


# --- Circles and class sizes, read from the source (no module is imported) ---

PACKAGE = ROOT / "mediakit"
MOST_METHODS = 20


def _module_files() -> dict[str, Path]:
    """Every module under mediakit/ by dotted name (a package by its __init__)."""
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _parsed(files: dict[str, Path]) -> dict[str, tuple[bool, ast.Module]]:
    """Each module: whether it is a package's __init__, and its syntax tree."""
    return {
        name: (path.name == "__init__.py", ast.parse(path.read_text(encoding="utf-8")))
        for name, path in files.items()
    }


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_statements(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """All imports that can run: at the top, in functions, in try and if; not TYPE_CHECKING-only."""
    found, todo = [], [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            todo.extend(node.orelse)
        else:
            todo.extend(ast.iter_child_nodes(node))
    return found


def _source_module(node: ast.ImportFrom, name: str, is_package: bool) -> str:
    """The absolute module a `from ... import` names, relative imports resolved."""
    if not node.level:
        return node.module or ""
    parts = name.split(".")
    base = parts[: len(parts) - node.level + is_package]
    return ".".join(base + ([node.module] if node.module else []))


def _passed_on(modules: dict[str, tuple[bool, ast.Module]]) -> dict[str, dict[str, str]]:
    """Per package: the names its __init__ takes from a module of its own, and that module."""
    found: dict[str, dict[str, str]] = {}
    for name, (is_package, tree) in modules.items():
        for node in tree.body if is_package else ():
            if not isinstance(node, ast.ImportFrom):
                continue
            source = _source_module(node, name, True)
            if source in modules and source.startswith(name + "."):
                for alias in node.names:
                    found.setdefault(name, {})[alias.asname or alias.name] = source
    return found


def _import_graph(modules: dict[str, tuple[bool, ast.Module]]) -> dict[str, set[str]]:
    """Which of `modules` each of them imports, as `test_no_module_imports_itself_through_others`
    says: every import that can run, `from package import name` led to the module it comes from."""
    passed_on = _passed_on(modules)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, (is_package, tree) in modules.items():
        for node in _import_statements(tree):
            if isinstance(node, ast.Import):
                graph[name].update(a.name for a in node.names if a.name in modules)
                continue
            source = _source_module(node, name, is_package)
            for alias in node.names:
                target = f"{source}.{alias.name}" if source else alias.name
                if target not in modules:
                    target = passed_on.get(source, {}).get(alias.name, source)
                if target in modules:
                    graph[name].add(target)
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module, or a module importing
    itself (Tarjan's algorithm), each sorted, in order of their first module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(graph[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = stack[stack.index(module) :]
            del stack[stack.index(module) :]
            if len(component) > 1 or module in graph[module]:
                circles.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(circles)


def _shortest_way_round(graph: dict[str, set[str]], circle: list[str]) -> list[str]:
    """The shortest import path from the circle's first module back to itself, within it."""
    start, members = circle[0], set(circle)
    paths, seen = [[start]], set()
    while paths:
        path = paths.pop(0)
        for other in sorted(graph[path[-1]] & members):
            if other == start:
                return [*path, start]
            if other not in seen:
                seen.add(other)
                paths.append([*path, other])
    raise AssertionError(f"no way round {circle}")


def _describe(graph: dict[str, set[str]], circle: list[str]) -> str:
    way = _shortest_way_round(graph, circle)
    rest = sorted(set(circle) - set(way))
    return " -> ".join(way) + (f" (in the same circle: {', '.join(rest)})" if rest else "")


def test_no_module_imports_itself_through_others():
    """No import circle anywhere in mediakit/, each one found listed as `a -> b -> a`.

    Every import that can run counts, in a function too: a deferred import puts a circle off,
    it does not remove it. Imports under `if TYPE_CHECKING:` never run, so they are no circle
    and do not count (nor does `importlib.import_module`, which names no module in the source).
    `from package import name` leads to package.name when that is a module, to the module of
    the package that its __init__ takes `name` from when it passes it on, else to the package's
    __init__ itself. The parent packages that Python runs before a module are no edge: their
    __init__ always runs first, to the end or to a failure every run shows at once, so a
    package that gathers its modules' names is no circle with them.
    """
    graph = _import_graph(_parsed(_module_files()))
    circles = [_describe(graph, circle) for circle in _circles(graph)]
    assert not circles, "import circles:\n" + "\n".join(circles)


def _sketch(**sources: str) -> dict[str, tuple[bool, ast.Module]]:
    """Modules from source text; a name ending in `__` is a package (p__ is package p)."""
    return {
        name.removesuffix("__").replace("_", "."): (name.endswith("__"), ast.parse(text))
        for name, text in sources.items()
    }


def test_the_circle_finder_sees_deferred_imports_and_not_gathering_packages():
    modules = _sketch(
        p__="from p.a import Story\nfrom p.b import Photo\n",
        p_a="from p import Photo\n",  # the package passes it on from p.b: p.a -> p.b
        p_b="from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from p.a import Story\n",
        q__="KIND = 1\ndef build():\n    from q.c import run\n",
        q_c="from q import KIND\n",  # KIND is q's own: q.c -> q -> (deferred) q.c
        r="import r\n",
    )
    graph = _import_graph(modules)
    assert graph["p.a"] == {"p.b"} and graph["p.b"] == set()
    assert [_describe(graph, circle) for circle in _circles(graph)] == [
        "q -> q.c -> q",
        "r -> r",
    ]


def _methods(node: ast.ClassDef) -> int:
    return sum(isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) for n in node.body)


def test_no_class_has_more_than_twenty_methods():
    """A class with more than 20 methods (every `def` in its body, properties too) is doing the
    work of several: split it."""
    too_big = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({_methods(node)} methods)"
        for path in _module_files().values()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and _methods(node) > MOST_METHODS
    ]
    assert not too_big, "classes with too many methods:\n" + "\n".join(too_big)


ROOMS = ("model", "imaging", "library", "importers", "layout", "preflight", "edits", "exporters")
ROOMS += ("cli", "gui")
SMALL_MODULES = ("fsutil", "paths", "tuning")  # mediakit/*.py that any room below may need


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "mediakit"


def _may_import(room: str) -> set[str]:
    """The rooms named by the "May import:" paragraph of the room's `__init__` docstring."""
    docstring = ast.get_docstring(ast.parse((PACKAGE / room / "__init__.py").read_text())) or ""
    _, found, rest = docstring.partition("May import:")
    assert found, f"mediakit/{room}/__init__.py: its docstring says nothing of what it may import"
    sentence = rest.split(".")[0].split("(")[0]  # up to the first full stop or aside
    names = set(re.findall(r"\w+", sentence))
    if sentence.split()[0] == "nothing":
        return set()
    if "but" in names:
        return {*ROOMS, *SMALL_MODULES, "mediakit"} - set(
            re.findall(r"\w+", sentence.split("but")[1])
        )
    return names


@pytest.mark.parametrize("room", ROOMS)
def test_each_room_says_what_it_is_for_and_imports_only_what_it_says(room):
    """A room's `__init__` docstring is kept true: a new import across rooms means a new line
    there (and a thought about the layers), not a silent tangle."""
    allowed = _may_import(room) | {room}
    graph = _import_graph(_parsed(_module_files()))
    crossing = sorted(
        f"{module} imports {target}"
        for module, targets in graph.items()
        if _room(module) == room
        for target in targets
        if _room(target) not in allowed
    )
    assert not crossing, f"mediakit/{room} may import only {sorted(allowed)}:\n" + "\n".join(
        crossing
    )


def test_readme_layout_of_the_code_names_every_room():
    """README's "Layout of the code" lists each folder and top-level module of mediakit/."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Layout of the code", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^mediakit/(\w+(?:\.py)?)", section, re.M))
    present = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    present |= {p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py",)}
    assert listed == present, f"missing from README: {present - listed}; gone: {listed - present}"
