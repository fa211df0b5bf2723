"""The check of a development-set texts folder: present, same bytes, right page."""

from pathlib import Path

from helpers.pipeline.devset_texts import FINGERPRINTS, check_texts, text_path, write_fingerprints


def _project(tmp_path: Path) -> Path:
    devset = tmp_path / "project" / "tests" / "devset"
    devset.mkdir(parents=True)
    (devset / "articles.csv").write_text(
        "id,split,url\ndev001,tune,https://example.org/a\ndev002,unseen2,https://example.org/b\n"
    )
    (devset / "quotes.yaml").write_text(
        "dev001:\n  quotes:\n  - {snippet: nous fermerons l'usine}\n  not_speech: [Les Oubliés]\n"
        "dev002:\n  quotes:\n  - {snippet: la digue a tenu}\n"
    )
    (devset / "entities.yaml").write_text(
        "dev001:\n- {name: Jeanne Martin, type: PER, aliases: [Mme Martin]}\n"
    )
    return tmp_path / "project"


def test_a_text_with_its_snippets_is_found_and_a_missing_one_is_said(tmp_path):
    project, texts = _project(tmp_path), tmp_path / "texts"
    path = text_path(texts, "tune", "dev001")
    path.parent.mkdir(parents=True)
    path.write_text("« Nous fermerons l'usine », dit Jeanne Martin.\nMme\nMartin a vu Les Oubliés.")
    checked = check_texts(texts, project).set_index("id")
    assert checked.at["dev001", "present"] and not checked.at["dev002", "present"]
    assert checked.at["dev001", "names_found"] == 2  # across a line break too
    assert (checked.at["dev001", "snippets_found"], checked.at["dev001", "snippets"]) == (1, 2)
    assert checked.at["dev001", "fingerprint"] == "new"


def test_fingerprints_tell_a_changed_copy(tmp_path):
    project, texts = _project(tmp_path), tmp_path / "texts"
    path = text_path(texts, "unseen2", "dev002")
    assert path.parent.name == "texts4"
    path.parent.mkdir(parents=True)
    path.write_text("La digue a tenu, dit-il.")
    write_fingerprints(check_texts(texts, project), project / FINGERPRINTS)
    assert check_texts(texts, project).set_index("id").at["dev002", "fingerprint"] == "matches"
    path.write_text("La digue a tenu, dit-elle.")
    assert check_texts(texts, project).set_index("id").at["dev002", "fingerprint"] == "differs"


def test_recording_on_a_machine_without_some_texts_keeps_their_fingerprints(tmp_path):
    project, texts = _project(tmp_path), tmp_path / "texts"
    (project / FINGERPRINTS).write_text(f"{'a' * 64}  dev001.txt\n")
    path = text_path(texts, "unseen2", "dev002")
    path.parent.mkdir(parents=True)
    path.write_text("La digue a tenu, dit-il.")
    write_fingerprints(check_texts(texts, project), project / FINGERPRINTS)
    lines = (project / FINGERPRINTS).read_text().splitlines()
    assert lines[0] == f"{'a' * 64}  dev001.txt" and lines[1].endswith("  dev002.txt")
