"""`greffier store …` and the refusals at start-up: damage, a second process."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from storage.journal import encode_record
from storage.models import Member
from storage.store import STORE_FILENAME, Store
from tests.helpers import at

ROOT = Path(__file__).resolve().parents[2]
JOURNAL = STORE_FILENAME + ".journal"


def fill(directory: Path, close: bool = True) -> Store:
    store = Store.open(directory)
    group = store.group("rte")
    group.add_member("Élodie Müller-Nguyen", "Mairie d'Yverdon", "secrétaire", {"telegram": "42"})
    group.add_member("Jean <script>", "Asso « Vélo »")
    for n in range(5):
        group.add_decision(f"Décision {n} : budget 2027 – “ok”", date(2026, 11, 2 + n), None, "Élodie", "telegram:42", at("2026-11-23 10:00"))
    group.add_meeting(at("2026-12-01 18:30"), place="Salle 3")
    store.set_state("telegram:offset", {"update_id": 1234})
    if close:
        store.close()
    return store


def tables(export: Path) -> dict[str, object]:
    return json.loads(export.read_text(encoding="utf-8"))["tables"]


def run_bot(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=60)


def test_export_then_import_is_lossless(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(tmp_path / "a")
    assert main(["store", "export", str(tmp_path / "a.json"), "--data", str(tmp_path / "a")]) == 0
    assert main(["store", "import", str(tmp_path / "a.json"), "--data", str(tmp_path / "b")]) == 0
    assert main(["store", "export", str(tmp_path / "b.json"), "--data", str(tmp_path / "b")]) == 0
    assert "décisions 5, membres 2, réglages et états 1, séances 1" in capsys.readouterr().out
    assert tables(tmp_path / "a.json") == tables(tmp_path / "b.json")
    original, restored = Store.open(tmp_path / "a"), Store.open(tmp_path / "b")
    assert restored.group("rte").decisions() == original.group("rte").decisions()
    assert restored.group("rte").members() == original.group("rte").members()
    assert restored.get_state("telegram:offset") == {"update_id": 1234}
    # Numbering goes on from the restored data, not from 1.
    assert restored.group("rte").add_member("Zoé").number == 3
    original.close()
    restored.close()


def test_export_works_while_the_bot_holds_the_store(tmp_path: Path) -> None:
    running = fill(tmp_path / "a", close=False)  # writes only in the journal so far
    try:
        assert main(["store", "export", str(tmp_path / "hot.json"), "--data", str(tmp_path / "a")]) == 0
    finally:
        running.close()
    decisions = tables(tmp_path / "hot.json")["decisions"]
    assert isinstance(decisions, dict) and len(decisions) == 5


def test_import_refuses_a_store_that_has_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(tmp_path / "a")
    main(["store", "export", str(tmp_path / "a.json"), "--data", str(tmp_path / "a")])
    before = (tmp_path / "a" / STORE_FILENAME).read_bytes()
    capsys.readouterr()
    assert main(["store", "import", str(tmp_path / "a.json"), "--data", str(tmp_path / "a")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "contient déjà des données" in err
    assert (tmp_path / "a" / STORE_FILENAME).read_bytes() == before
    (tmp_path / "junk.json").write_text('{"members": {}}')
    assert main(["store", "import", str(tmp_path / "junk.json"), "--data", str(tmp_path / "c")]) == 2
    assert "n'est pas une sauvegarde Greffier" in capsys.readouterr().err


def damage_journal(directory: Path) -> bytes:
    """Three journal lines written after the last snapshot, the second damaged."""
    Store.open(directory).close()
    lines = [
        encode_record({"t": "members", "set": {str(n): {"group": "rte", **Member(n, f"Membre {n}").to_doc()}}})
        for n in (1, 2, 3)
    ]
    lines[1] = lines[1][:20] + bytes([lines[1][20] ^ 0x20]) + lines[1][21:]
    damaged = b"".join(lines)
    (directory / JOURNAL).write_bytes(damaged)
    return damaged


def test_damage_is_reported_the_bot_refuses_and_recover_keeps_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    damaged = damage_journal(data)
    assert main(["store", "check", "--data", str(data)]) == 2
    assert "ligne(s) 2" in capsys.readouterr().err
    started = run_bot("console", "--data", str(data), stdin="/aide\n")
    assert started.returncode == 2
    assert started.stderr.count("\n") == 1 and str(data / JOURNAL) in started.stderr and "Traceback" not in started.stderr
    assert (data / JOURNAL).read_bytes() == damaged  # refused, not overwritten

    assert main(["store", "recover", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "1 ligne(s) endommagée(s)" in out
    [backup] = data.glob("damaged-*")
    assert (backup / JOURNAL).read_bytes() == damaged
    store = Store.open(data)
    # Line 2 is lost; the records before and after it are kept.
    assert [m.name for m in store.group("rte").members()] == ["Membre 1", "Membre 3"]
    store.close()


def test_a_truncated_snapshot_is_refused_then_recovered_from_the_journal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    fill(data)
    snapshot = data / STORE_FILENAME
    snapshot.write_bytes(snapshot.read_bytes()[:100])
    assert main(["store", "check", "--data", str(data)]) == 2
    assert str(snapshot) in capsys.readouterr().err
    started = run_bot("console", "--data", str(data))
    assert started.returncode == 2 and str(snapshot) in started.stderr
    # The journal was folded into the snapshot on close: nothing valid is
    # left, and starting empty must be asked for (see test_store_validation).
    assert main(["store", "recover", "--data", str(data)]) == 2
    assert "rien de valide à reprendre" in capsys.readouterr().err
    assert main(["store", "recover", "--data", str(data), "--accept-empty"]) == 0
    assert "Instantané illisible" in capsys.readouterr().out
    assert list(data.glob("damaged-*/" + STORE_FILENAME))[0].stat().st_size == 100


def test_a_second_process_on_the_same_store_refuses_to_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "console", "--data", str(data)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as first:
        assert first.stdout is not None and first.stdin is not None
        try:
            first.stdin.write("/aide\n")
            first.stdin.flush()
            reader = ThreadPoolExecutor(max_workers=1)
            try:
                # Its first reply line means the store is open; never wait forever.
                assert reader.submit(first.stdout.readline).result(timeout=30).strip()
            except TimeoutError:
                first.kill()
                raise
            finally:
                reader.shutdown(wait=False)
            second = run_bot("console", "--data", str(data), stdin="/aide\n")
            assert second.returncode == 2
            assert second.stderr.count("\n") == 1 and "déjà utilisées par un autre processus" in second.stderr
            assert main(["store", "recover", "--data", str(data)]) == 2
        finally:
            first.stdin.close()
            if first.wait(timeout=30) != 0:
                first.kill()
        first.stdout.read()
    assert run_bot("store", "check", "--data", str(data)).returncode == 0
