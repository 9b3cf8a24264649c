"""Where a console session works: the demo's temporary folder, `--scratch`
(a temporary copy of the real data), and the warning given when the
group's changes would be announced in its Telegram or Matrix chats."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def console(*args: str, stdin: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TMPDIR": str(tmp)}  # temporary folders land where the test can see them
    return subprocess.run(
        [sys.executable, "-m", "bot", "console", *args, "--now", "2026-11-23T10:00"],
        input=stdin, capture_output=True, text=True, timeout=60, cwd=ROOT, env=env,
    )


def write_config(tmp_path: Path, chats: str) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[storage]\ndata_dir = "{tmp_path / "data"}"\n\n'
        '[[groups]]\nslug = "communes"\nname = "Réseau des communes"\ntimezone = "Europe/Paris"\n'
        f"{chats}",
        encoding="utf-8",
    )
    return config


def test_a_group_with_telegram_chats_is_warned_and_scratch_leaves_it_untouched(tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    config = write_config(tmp_path, '[groups.chats]\ntelegram = ["-1001234567890"]\n')
    real = console("--config", str(config), stdin="/seance 03/12/2026 9h Mairie\n", tmp=tmp)
    assert real.returncode == 0, real.stderr
    assert real.stderr.splitlines() == [
        "Attention : ce groupe a 1 discussion Telegram. Les séances que vous planifiez, déplacez ou annulez "
        "ici y seront annoncées si le bot démarre dans les 2 heures qui suivent.",
        "Pour essayer sans rien annoncer : relancez avec --scratch (copie temporaire des données).",
    ]
    tried = console("--config", str(config), "--scratch", stdin="/seance 04/12/2026 9h Essai\n/seances\n", tmp=tmp)
    assert tried.returncode == 0, tried.stderr
    assert tried.stderr == ""  # nothing will be announced from a copy
    assert "Prochaines séances (2)" in tried.stdout  # the copy holds the real data
    again = console("--config", str(config), stdin="/seances\n", tmp=tmp)
    assert "Prochaines séances (1)" in again.stdout and "Essai" not in again.stdout
    assert list(tmp.iterdir()) == []  # the copy is gone


def test_no_warning_without_chats_elsewhere_and_no_demo_folder_left(tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    config = write_config(tmp_path, "")
    plain = console("--config", str(config), stdin="/seances\n", tmp=tmp)
    assert plain.returncode == 0 and plain.stderr == ""
    demo = console("--demo", stdin="/seances\n", tmp=tmp)
    assert demo.returncode == 0 and "Prochaines séances" in demo.stdout
    assert list(tmp.iterdir()) == []
