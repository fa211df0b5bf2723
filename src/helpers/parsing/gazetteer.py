"""Gazetteers: curated actors with canonical names, labels, aliases and Wikidata QIDs.

Two kinds are merged for a run: the general gazetteer (``data/gazetteer.yaml``, built by
``helpers.parsing.build_gazetteer``) and a study's own. Study entries are the story's
actors and are imposed on the parse; general entries only complete it (see
``helpers.parsing.model``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

LABELS = ("PER", "ORG", "LOC", "MISC")
_ID = re.compile(r"^[a-z0-9_]+$")
_QID = re.compile(r"^Q[1-9][0-9]*$")


class GazetteerError(ValueError):
    """A malformed gazetteer; the message names the file, the entry and the fix."""


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    wikidata: str = ""
    general: bool = False  # from the general gazetteer, not a study's

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]
    sha256: str
    by_id: dict[str, GazetteerEntry] = field(default_factory=dict, compare=False)
    snapshot: str = ""  # the date the general gazetteer's sources were checked

    def ruler_patterns(self, general: bool = False) -> list[dict]:
        """EntityRuler phrase patterns, one per surface form, carrying the entry id: the
        study's entries, or the general ones."""
        return [
            {"label": e.label, "pattern": surface, "id": e.id}
            for e in self.entries
            if e.general == general
            for surface in sorted(set(e.surfaces))
        ]

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry whose name or alias is ``surface``, ignoring case."""
        return self._by_surface.get(surface.casefold())

    def surfaces_starting(self, word: str) -> tuple[str, ...]:
        """The surface forms whose first word is ``word`` (case as printed)."""
        return self._by_first_word.get(word, ())

    @cached_property
    def _by_first_word(self) -> dict[str, tuple[str, ...]]:
        index: dict[str, list[str]] = {}
        for entry in self.entries:
            for surface in entry.surfaces:
                index.setdefault(surface.split()[0], []).append(surface)
        return {word: tuple(sorted(set(s))) for word, s in index.items()}

    @cached_property  # built once: lookups run once per mention
    def _by_surface(self) -> dict[str, GazetteerEntry]:
        return {s.casefold(): e for e in self.entries for s in e.surfaces}


def load_gazetteer(path: Path, general: bool = False) -> Gazetteer:
    """Read and validate a gazetteer YAML file (format in data/README.md)."""
    if not path.is_file():
        raise GazetteerError(
            f"The gazetteer {path} does not exist. Set `gazetteer` to a YAML file."
        )
    data = path.read_bytes()
    try:
        document = yaml.safe_load(data)
    except yaml.YAMLError as error:
        raise GazetteerError(f"{path} is not valid YAML: {error}") from None
    if not isinstance(document, dict) or not isinstance(document.get("entities"), list):
        raise GazetteerError(f"{path} must have a top-level `entities:` list.")
    entries, seen_ids, seen_surfaces = [], set(), {}
    for number, raw in enumerate(document["entities"], start=1):
        where = f"{path.name}, entry {number}"
        if not isinstance(raw, dict):
            raise GazetteerError(f"{where}: each entry is a mapping with id, name, label.")
        missing = [k for k in ("id", "name", "label") if not raw.get(k)]
        if missing:
            raise GazetteerError(f"{where} ({raw.get('name', '?')}): missing {', '.join(missing)}.")
        entry_id, label = str(raw["id"]), str(raw["label"])
        if not _ID.match(entry_id):
            raise GazetteerError(f"{where}: id {entry_id!r} must be lowercase letters, digits, _.")
        if entry_id in seen_ids:
            raise GazetteerError(f"{where}: id {entry_id!r} is used twice.")
        if label not in LABELS:
            raise GazetteerError(f"{where}: label {label!r} must be one of {', '.join(LABELS)}.")
        aliases = raw.get("aliases") or []
        if not isinstance(aliases, list):
            raise GazetteerError(
                f"{where}: aliases must be a list, e.g. [WSJ, Wall Street Journal]."
            )
        wikidata = str(raw.get("wikidata") or "")
        if wikidata and not _QID.match(wikidata):
            raise GazetteerError(f"{where}: wikidata {wikidata!r} must look like Q42.")
        entry = GazetteerEntry(
            entry_id, str(raw["name"]), label, tuple(map(str, aliases)), wikidata, general
        )
        for surface in entry.surfaces:
            other = seen_surfaces.setdefault(surface.casefold(), entry_id)
            if other != entry_id:
                raise GazetteerError(f"{where}: {surface!r} is already an alias of {other!r}.")
        seen_ids.add(entry_id)
        entries.append(entry)
    return Gazetteer(
        tuple(entries), hashlib.sha256(data).hexdigest(), {e.id: e for e in entries},
        str(document.get("snapshot") or ""),
    )  # fmt: skip


GENERAL_GAZETTEER = "data/gazetteer.yaml"


def merge_gazetteers(general: Gazetteer, study: Gazetteer | None) -> Gazetteer:
    """The general entries plus a study's; the study wins on an id or a surface form."""
    if study is None or not study.entries:
        return general
    study_ids = {e.id for e in study.entries}
    study_surfaces = {s.casefold() for e in study.entries for s in e.surfaces}
    kept = []
    for entry in general.entries:
        if entry.id in study_ids or entry.name.casefold() in study_surfaces:
            continue
        aliases = tuple(a for a in entry.aliases if a.casefold() not in study_surfaces)
        kept.append(
            GazetteerEntry(entry.id, entry.name, entry.label, aliases, entry.wikidata, True)
        )
    entries = (*kept, *study.entries)
    digest = hashlib.sha256(f"{general.sha256}+{study.sha256}".encode()).hexdigest()
    return Gazetteer(entries, digest, {e.id: e for e in entries}, general.snapshot)


def gazetteer_for(study_gazetteer: Path | None) -> Gazetteer:
    """The gazetteer of a run: the general one, plus the study's when it has one."""
    from helpers.core.paths import resolve

    general = load_gazetteer(resolve(GENERAL_GAZETTEER), general=True)
    return merge_gazetteers(general, load_gazetteer(study_gazetteer) if study_gazetteer else None)


def gazetteer_snapshot() -> str:
    """The date of the general gazetteer's sources, for the run manifest."""
    from helpers.core.paths import resolve

    return load_gazetteer(resolve(GENERAL_GAZETTEER), general=True).snapshot
