"""The package's architecture: layers, no import cycles, stages that do not know each other.

Layers, lowest first: ``core`` (shared: paths, schemas, outputs, study, prose) <
``parsing`` (the spaCy pipeline and its cache) < the four stages < ``pipeline``
(runner, cache, validation, export, bench). A module imports only from its own
layer or a lower one, and a stage never imports another stage.
"""

import ast

import networkx as nx

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "helpers"
LAYERS = {"core": 0, "parsing": 1, "ingestion": 2, "entities": 2, "network": 2,
          "narratives": 2, "pipeline": 3}  # fmt: skip
STAGES = {"ingestion", "entities", "network", "narratives"}


def _module_name(path):
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports():
    """(importer, imported) for every import of a helpers module, at any depth."""
    edges = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.level:
                    raise AssertionError(f"{module}: use absolute imports (from helpers...)")
                if node.module.startswith("helpers"):
                    edges.append((module, node.module))
            elif isinstance(node, ast.Import):
                edges += [(module, a.name) for a in node.names if a.name.startswith("helpers")]
    return edges


def _subpackage(module):
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_module_lives_in_a_declared_layer():
    top = {p.name for p in PACKAGE.iterdir() if p.is_dir() and not p.name.startswith("__")}
    assert top == set(LAYERS)
    assert sorted(p.name for p in PACKAGE.glob("*.py")) == ["__init__.py"]


def test_imports_go_down_the_layers_and_stages_do_not_import_each_other():
    wrong = []
    for importer, imported in _imports():
        a, b = _subpackage(importer), _subpackage(imported)
        if not a or not b:
            continue
        if LAYERS[b] > LAYERS[a] or (a in STAGES and b in STAGES and a != b):
            wrong.append(f"{importer} imports {imported}")
    assert wrong == []


def test_no_import_cycles_between_modules():
    graph = nx.DiGraph()
    for importer, imported in _imports():
        if importer != imported and not imported.count(".") < 2:
            graph.add_edge(importer, imported)
    assert list(nx.simple_cycles(graph)) == []


def test_every_stage_declares_a_run_and_its_tables():
    from helpers.core.schemas import TABLES
    from helpers.pipeline.registry import STAGES as DECLARED

    written = [t for stage in DECLARED for t in stage.writes]
    assert sorted(written) == sorted(TABLES)  # each table has exactly one writer
    for position, stage in enumerate(DECLARED):
        earlier = {t for s in DECLARED[:position] for t in s.writes}
        assert set(stage.reads) <= earlier, f"{stage.name} reads a table no earlier stage writes"
        package = __import__(stage.package, fromlist=["run"])
        assert callable(package.run) and package.STAGE is stage
