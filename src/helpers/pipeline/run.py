"""Execute the notebooks in order with papermill, staged and atomic.

Usage (the Makefile calls this)::

    python -m helpers.pipeline.run                               # the shipped corpus
    python -m helpers.pipeline.run --corpus DIR --out DIR        # another corpus

Every notebook executes into a staging folder, then is exported as an HTML report;
a notebook whose inputs have not changed since the last run into the same place
is not executed again (see ``helpers.pipeline.cache``); notebooks whose stages do not
depend on each other run side by side (see ``helpers.pipeline.schedule``).
Only when all of them have succeeded do the results replace the previous ones, so
a failing stage leaves the last good results untouched. Executed notebooks lose papermill's timings,
so a rerun on unchanged input changes no byte.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from contextlib import suppress
from pathlib import Path
from typing import Any

from helpers.core.corpus_export import EXPORTS_DIR, export_corpus
from helpers.core.outputs import read_table, write_json
from helpers.core.params import load_params, notebook_params
from helpers.core.paths import OUTPUT_ROOT_ENV, RunPaths, project_root, resolve
from helpers.core.provenance import corpus_hashes, git_commit, package_versions, sha256_bytes
from helpers.core.study import as_dict, load_study, locate_study
from helpers.parsing.gazetteer import gazetteer_snapshot
from helpers.pipeline.cache import RESULT_PARTS, input_hashes, reuse, stage_key
from helpers.pipeline.readme import update_case_study
from helpers.pipeline.registry import STAGES, stage_of
from helpers.pipeline.schedule import (
    ROOMS,
    SIDE_BY_SIDE_BELOW,
    close_room,
    input_bytes,
    open_room,
    waves,
)
from helpers.pipeline.validate import check, check_study, declared_parameters

KERNEL_NAME = "news-coverage"
MANIFEST = "run_manifest.json"
RESULT_DIRS = (Path("data/processed"), Path("figures"), Path("reports"), EXPORTS_DIR)


class RunError(RuntimeError):
    """A run that cannot start or did not finish; the message says what to do."""


def strip_run_metadata(path: Path) -> None:
    """Remove papermill's timings, paths and random ids, which change at every run."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"  # papermill draws a random id
    nbformat.write(nb, path)


def _prepare_out(out: Path) -> None:
    """OUT must be new, empty, or an earlier run, which is replaced whole."""
    if out.exists() and any(out.iterdir()):
        if not (out / "data" / "processed" / MANIFEST).is_file():
            raise RunError(
                f"{out} is not empty and holds no earlier run ({MANIFEST} is missing). "
                "Choose a new or empty OUT folder so nothing of yours is overwritten."
            )


def execute(
    corpus: str | None = None,
    out: str | None = None,
    study: str | None = None,
    overrides: dict[str, Any] | None = None,
    progress: bool = False,
    timings: dict[str, float] | None = None,
    jobs: int = 2,
) -> Path:
    """Run every notebook; returns the folder the results were moved to.

    ``jobs`` notebooks at most execute at the same time, when their stages do not
    depend on each other (``helpers.pipeline.schedule``).
    """
    root = project_root()
    if (corpus or study) and not out:
        raise RunError("CORPUS and STUDY need OUT: `make run CORPUS=dir OUT=dir` keeps the "
                       "committed results of the shipped corpus untouched.")  # fmt: skip
    params = load_params()
    common = dict(params["common"])
    if corpus:
        common["corpus_dir"] = str(Path(corpus).resolve())
    if out:  # also without a corpus: the shipped one rerun elsewhere leaves the project as is
        common["out_dir"] = str(Path(out).resolve())
    if study:
        common["study"] = str(Path(study).resolve())
    params["common"] = common
    overrides = overrides or {}

    def params_for(notebook: Path) -> dict[str, Any]:
        values = notebook_params(notebook.stem, params)
        return {**values, **{k: v for k, v in overrides.items() if k in values}}

    target = Path(common["out_dir"]) if out else root
    target = target if target.is_absolute() else (root / target).resolve()
    corpus_path = Path(common["corpus_dir"])
    corpus_path = corpus_path if corpus_path.is_absolute() else root / corpus_path
    if not corpus_path.exists():
        raise RunError(f"The corpus {corpus_path} does not exist. Give CORPUS=<folder or file>.")
    if out:
        _prepare_out(target)

    notebooks = sorted((root / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    known = set().union(*(notebook_params(nb.stem, params) for nb in notebooks))
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise RunError(
            "the parameters need fixing before the run can start:\n- "
            + "\n- ".join(f"unknown parameter `{k}` (known: {', '.join(sorted(known))})."
                           for k in unknown)
        )  # fmt: skip
    study_param = params_for(notebooks[0]).get("study", "")
    _validate(notebooks, params, params_for, common["corpus_dir"], study_param)
    study_used = load_study(locate_study(corpus_path, study_param))

    staging = (root / ".staging") if not out else target.parent / f".{target.name}.staging"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "notebooks").mkdir(parents=True)
    previous = _previous_manifest(target)
    stages: dict[str, dict] = {}
    corpus_files = corpus_hashes(corpus_path)
    reused: set[str] = set()
    declared = [stage_of(notebook.stem) for notebook in notebooks]
    order = waves(declared)
    kernels: dict[str, Any] = {}  # started ahead of their notebook's turn
    running: dict[str, Any] = {}  # executing now

    def kernel_for(index: int):  # a kernel writing into the notebook's own room
        from helpers.pipeline.kernels import Kernel

        notebook = notebooks[index]
        room = {OUTPUT_ROOT_ENV: str(staging / ROOMS / notebook.stem)}
        return Kernel(KERNEL_NAME, root / "notebooks", room, notebook)

    def run_one(papermill, index: int) -> tuple[dict[str, str], float]:
        notebook = notebooks[index]
        kernel = kernels.pop(notebook.stem, None) or kernel_for(index)
        running[notebook.stem] = kernel
        try:
            return _run_in_room(
                papermill, notebook, staging, params_for(notebook), progress, kernel
            )
        finally:
            running.pop(notebook.stem, None)

    def stop(kernels_now: dict[str, Any]) -> None:
        for stem in sorted(kernels_now):
            with suppress(Exception):  # stopping the others matters more than one error
                kernels_now.pop(stem).stop()

    try:
        for number, wave in enumerate(order):
            pending = []
            for index in wave:
                notebook, stage = notebooks[index], declared[index]
                executed = staging / "notebooks" / notebook.name
                inputs = input_hashes(stage, staging, corpus_files)
                key = stage_key(stage, notebook, params_for(notebook), study_used, inputs)
                started = time.perf_counter()
                outputs = reuse(notebook.stem, key, previous, target, executed, staging)
                if outputs is None:
                    pending.append(index)
                    stages[notebook.stem] = {"key": key}
                    continue
                print(f"reusing {notebook.name}: its inputs have not changed", flush=True)
                if notebook.stem in kernels:  # started early, not needed
                    kernels.pop(notebook.stem).stop()
                reused.add(notebook.name)
                stages[notebook.stem] = {"key": key, "outputs": outputs}
                if timings is not None:
                    timings[notebook.stem] = time.perf_counter() - started
            if not pending:
                continue
            import papermill  # only when a notebook executes: a rerun reusing all needs none

            size = input_bytes([declared[i] for i in pending], staging, corpus_path)
            at_once = max(1, jobs) if size < SIDE_BY_SIDE_BELOW else 1
            if at_once > 1:  # the next wave's kernels start and import while this one runs
                for index in order[number + 1] if number + 1 < len(order) else []:
                    kernels[notebooks[index].stem] = kernel_for(index)
            names = " and ".join(notebooks[i].name for i in pending)
            how = ""
            if len(pending) > 1:
                how = (
                    " side by side"
                    if at_once > 1
                    else f" one at a time (their inputs weigh "
                    f"{size / 2**20:,.0f} MB: side by side would double the peak memory)"
                )
            print(f"running {names}{how}", flush=True)
            with ThreadPoolExecutor(max_workers=at_once) as pool:
                futures = {i: pool.submit(run_one, papermill, i) for i in pending}
                try:
                    wait(futures.values(), return_when=FIRST_EXCEPTION)
                    if any(_failed(f) for f in futures.values()):
                        pool.shutdown(wait=False, cancel_futures=True)
                        stop(running)  # a notebook failed: the others of its wave stop now
                except BaseException:  # Ctrl-C: stop the notebooks, then leave
                    pool.shutdown(wait=False, cancel_futures=True)
                    stop(running)
                    raise
            failed = [futures[i].exception() for i in sorted(futures) if _failed(futures[i])]
            if failed:
                raise RunError("\n".join(str(error) for error in failed))
            for index, future in futures.items():
                outputs, seconds = future.result()
                stages[notebooks[index].stem]["outputs"] = outputs
                if timings is not None:
                    timings[notebooks[index].stem] = seconds
    finally:
        stop(kernels)
        stop(running)
        shutil.rmtree(staging / ROOMS, ignore_errors=True)
    stages = {nb.stem: stages[nb.stem] for nb in notebooks}

    # The corpus for IRaMuTeQ, TXM and a spreadsheet, from the tables of every stage
    # (notebook 01 writes it from its own tables; the workbook gains the later ones here).
    share_text = bool(params_for(notebooks[0]).get("share_text", True))
    for message in export_corpus(RunPaths(corpus_path, staging), share_text=share_text).messages:
        print(message, flush=True)

    started = time.perf_counter()
    to_export = []
    for executed in sorted((staging / "notebooks").glob("*.ipynb")):
        report = Path("reports") / executed.with_suffix(".html").name
        if executed.name in reused and (target / report).is_file():  # same notebook, same page
            (staging / report).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(target / report, staging / report)
        else:
            to_export.append(executed)
    if to_export:
        from helpers.pipeline.export import export_reports  # nbconvert: only when needed

        export_reports(to_export, staging / "reports")
    if timings is not None:
        timings["export"] = time.perf_counter() - started
    manifest = {
        "parameters": {nb.stem: params_for(nb) for nb in notebooks},
        "corpus_files": corpus_files,
        "source_formats": _source_formats(staging),
        "study": {**as_dict(study_used), "files": study_used.fingerprint()},
        "versions": package_versions(),
        "gazetteer_snapshot": gazetteer_snapshot(),
        "stages": stages,
    }
    if out:
        manifest["git_commit"] = git_commit(root)  # the committed manifest omits it
    write_json(manifest, staging / "data" / "processed" / MANIFEST)
    _move_into_place(staging, target, notebooks)
    if target == root:  # the shipped corpus: its case study in the README follows its findings
        update_case_study(root / "README.md", target / "data" / "processed" / "findings")
    return target


def _source_formats(staging: Path) -> dict[str, int]:
    """How many analysed articles each format gave (press-database exports, files, tables)."""
    articles = read_table(staging / "data" / "processed" / "articles.csv")
    if "source_format" not in articles:
        return {}
    return {str(k): int(v) for k, v in sorted(articles["source_format"].value_counts().items())}


def _failed(future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is not None


def _run_in_room(
    papermill, notebook: Path, staging: Path, parameters: dict, progress: bool, kernel
) -> tuple[dict[str, str], float]:
    """Execute one notebook into its own room; its outputs (path → hash) and its seconds."""
    started = time.perf_counter()
    try:
        room, linked = open_room(staging, notebook.stem)
        try:
            executed = staging / "notebooks" / notebook.name
            _execute_notebook(papermill, notebook, executed, parameters, progress, kernel.ready())
        finally:
            moved = close_room(room, linked, staging)
    finally:
        kernel.stop()
    outputs = {
        path: sha256_bytes((staging / path).read_bytes())
        for path in moved
        if path.startswith(tuple(f"{part}/" for part in RESULT_PARTS))
        and path != f"data/processed/{MANIFEST}"
    }
    return dict(sorted(outputs.items())), time.perf_counter() - started


def _execute_notebook(
    papermill, notebook: Path, executed: Path, parameters: dict, progress: bool, kernel
) -> None:
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    try:
        papermill.execute_notebook(
            str(notebook),
            str(executed),
            parameters=parameters,
            kernel_name=KERNEL_NAME,
            km=kernel,  # started in notebooks/ by the runner: no process-wide chdir
            progress_bar=progress,
            log_output=False,
        )
    except papermill.PapermillExecutionError as error:
        raise RunError(
            f"{notebook.name} failed at cell {error.cell_index}: {error.ename}: "
            f"{error.evalue}\nThe executed notebook, with the error, is in {executed}. "
            "The previous results are unchanged."
        ) from None
    except (DeadKernelError, CellTimeoutError, RuntimeError) as error:
        raise RunError(
            f"{notebook.name} stopped: its kernel died or stopped answering ({error}). It may "
            "have run out of memory, or been stopped because a notebook beside it failed. "
            "The previous results are unchanged; on a large corpus, `make run JOBS=1` runs "
            "one notebook at a time."
        ) from None
    strip_run_metadata(executed)


def _previous_manifest(target: Path) -> dict:
    path = target / "data" / "processed" / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _validate(notebooks: list[Path], params: dict, params_for, corpus: str, study: str) -> None:
    """Check every notebook's parameters and the study file before the first one runs."""
    stems = {nb.stem for nb in notebooks}
    problems = [
        f"params.yaml: section `{name}` names no notebook (notebooks: {', '.join(sorted(stems))})."
        for name in sorted(set(params) - stems - {"common"})
    ]
    for notebook in notebooks:
        problems += check(
            stage_of(notebook.stem), params_for(notebook), declared_parameters(notebook), resolve
        )
    if not problems:
        problems += check_study(STAGES, corpus, study)
    if problems:
        raise RunError(
            "the parameters need fixing before the run can start:\n- " + "\n- ".join(problems)
        )


def _move_into_place(staging: Path, target: Path, notebooks: list[Path]) -> None:
    """Swap each result folder in with renames, then drop the staging folder."""
    target.mkdir(parents=True, exist_ok=True)
    for relative in (*RESULT_DIRS, Path("notebooks")):
        new = staging / relative
        new.mkdir(parents=True, exist_ok=True)
        old = target / relative
        if relative == Path("notebooks") and target == project_root():
            for notebook in notebooks:  # the source notebooks: replace the files only
                os.replace(new / notebook.name, old / notebook.name)
            continue
        backup = old.with_name(f".{old.name}.previous")
        shutil.rmtree(backup, ignore_errors=True)
        if old.exists():
            old.rename(backup)
        old.parent.mkdir(parents=True, exist_ok=True)
        new.rename(old)
        shutil.rmtree(backup, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="folder of articles or a .csv/.jsonl export")
    parser.add_argument("--out", help="where to write notebooks, tables and figures")
    parser.add_argument("--study", help="a study file (default: study.yaml beside the corpus)")
    parser.add_argument("--engine", choices=("local", "dask"), help="where to parse")
    parser.add_argument("--scheduler", help="a Dask scheduler address (with --engine dask)")
    parser.add_argument("--progress", action="store_true", help="show papermill progress")
    parser.add_argument("--timings", help="write each stage's wall time (JSON) to this file")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                        help="notebooks run side by side when independent (default: 2, or 1 "
                             "on one core); 1 also starts one kernel at a time, for less "
                             "memory")  # fmt: skip
    args = parser.parse_args(argv)
    overrides: dict[str, Any] = {}
    if args.engine:
        overrides["engine"] = args.engine
    if args.scheduler:
        overrides["scheduler_address"] = args.scheduler
    try:
        timings: dict[str, float] = {}
        target = execute(
            args.corpus, args.out, args.study, overrides, progress=args.progress,
            timings=timings, jobs=args.jobs,
        )  # fmt: skip
        if args.timings:
            Path(args.timings).write_text(json.dumps(timings, indent=2))
    except RunError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"results written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
