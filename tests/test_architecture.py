"""The shape of the code, read from the source with ``ast`` (nothing is imported).

- no import cycle between modules of ``directives/``, ``flows/`` and ``tasks/``
  (imports inside functions count: they close a cycle at run time just the same);
- no module over 400 lines (Alembic migrations aside), and the tests and the
  benchmarks (``tests/``, ``bench/``) are held to it too (their lines counted as text);
- one direction: flows -> tasks -> directives; inside ``directives/`` the
  interfaces (``cli``, ``portal``) and the embedded default (``local``) sit on
  top of the core, which never imports them; the vocabulary (domain, records,
  calendar, parser) needs neither Prefect nor SQLAlchemy; only
  ``directives.orchestration`` talks to the Prefect API.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("directives", "flows", "tasks")
MAX_LINES = 400
HELD_TO_THE_LIMIT = (*PACKAGES, "tests", "bench")
MIGRATIONS = ROOT / "directives" / "migrations"
INTERFACES = ("directives.cli", "directives.portal", "directives.local")
ENTRY_POINTS = ("directives.__main__",)  # ``python -m directives`` is the CLI
NO_ORM_NO_PREFECT = (
    "directives.domain",
    "directives.records",
    "directives.calendar",
    "directives.parser",
)


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    is_package: bool


def _modules() -> dict[str, Module]:
    found: dict[str, Module] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            is_package = parts[-1] == "__init__"
            name = ".".join(parts[:-1] if is_package else parts)
            found[name] = Module(name, path, is_package)
    return found


MODULES = _modules()


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def imported_names(module: Module) -> Iterator[str]:
    """Every module name an import statement anywhere in the module asks for."""
    tree = ast.parse(module.path.read_text(encoding="utf-8"), str(module.path))
    package = module.name if module.is_package else module.name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base]) if base else ".".join(anchor)
            # ``from package import submodule`` imports the submodule; any other
            # name resolves back to the module that defines it (see ``_resolve``)
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _resolve(name: str) -> str | None:
    """The most specific module of ours that an imported name lands in, if any."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module in MODULES.values():
        targets = {_resolve(name) for name in imported_names(module)}
        graph[module.name] = {t for t in targets if t is not None and t != module.name}
    return graph


GRAPH = _graph()
EXTERNAL = {m.name: set(imported_names(m)) for m in MODULES.values()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _offenders(
    sources: Iterable[str], forbidden: Iterable[str], *, names: dict[str, set[str]]
) -> list[str]:
    bad = tuple(forbidden)
    return sorted(
        f"{source} imports {target}"
        for source in sources
        for target in names[source]
        if any(within(target, prefix) for prefix in bad)
    )


def test_the_tree_is_found() -> None:
    # a broken walk would make every other test pass vacuously
    assert {"directives.domain", "directives.cli", "flows.lifecycle", "tasks.lifecycle"} <= set(
        MODULES
    )
    assert "directives.db" in GRAPH["directives.cli.admin"]
    assert "directives.local.demo" in GRAPH["directives.cli.stack"]  # inside a function
    assert any(within(name, "prefect") for name in EXTERNAL["directives.orchestration"])
    assert _offenders(["directives.cli.stack"], INTERFACES[2:], names=EXTERNAL) != []


def test_no_import_cycle() -> None:
    assert _cycles(GRAPH) == []


def test_the_cycle_finder_finds_one() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _line_counts() -> dict[str, int]:
    """Lines of every Python file of the code, the tests and the benchmarks (migrations aside)."""
    return {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for top in HELD_TO_THE_LIMIT
        for path in sorted((ROOT / top).rglob("*.py"))
        if not path.is_relative_to(MIGRATIONS)
    }


def test_no_module_over_400_lines() -> None:
    counts = _line_counts()
    # a broken walk would pass vacuously: each part is there, the migrations are not
    assert {"directives/cli/admin.py", "tests/conftest.py", "bench/bench_sweep.py"} <= set(counts)
    assert not any(name.startswith("directives/migrations/") for name in counts)
    long = {name: n for name, n in counts.items() if n > MAX_LINES}
    assert long == {}


@pytest.mark.parametrize(
    ("sources", "forbidden"),
    [
        pytest.param("directives", ("flows", "tasks"), id="directives-imports-no-flow-or-task"),
        pytest.param("tasks", ("flows",), id="tasks-import-no-flow"),
    ],
)
def test_imports_go_flows_tasks_directives(sources: str, forbidden: tuple[str, ...]) -> None:
    mine = [m for m in MODULES if within(m, sources)]
    assert _offenders(mine, forbidden, names=EXTERNAL) == []


def test_the_core_never_imports_the_interfaces_or_the_embedded_default() -> None:
    core = [
        m
        for m in MODULES
        if within(m, "directives")
        and not any(within(m, top) for top in (*INTERFACES, *ENTRY_POINTS))
    ]
    assert "directives.store" in core or any(within(m, "directives.store") for m in core)
    assert _offenders(core, INTERFACES, names=EXTERNAL) == []


def test_the_vocabulary_needs_neither_prefect_nor_sqlalchemy() -> None:
    """Checked through every module of ours they import, not only their own lines."""
    start = [m for m in MODULES if any(within(m, p) for p in NO_ORM_NO_PREFECT)]
    reached, todo = set(start), list(start)
    while todo:
        for nxt in GRAPH[todo.pop()] - reached:
            reached.add(nxt)
            todo.append(nxt)
    assert _offenders(sorted(reached), ("prefect", "sqlalchemy"), names=EXTERNAL) == []


def test_only_orchestration_talks_to_prefect_inside_directives() -> None:
    edges = {"directives.orchestration", "directives.console"}
    mine = [m for m in MODULES if within(m, "directives") and m not in edges]
    assert _offenders(mine, ("prefect",), names=EXTERNAL) == []
