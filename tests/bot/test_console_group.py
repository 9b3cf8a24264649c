"""`python -m bot console --group-chat`: the console behaves as a group
chat, answering free text only when it addresses the bot."""

from __future__ import annotations

from pathlib import Path

from tests.bot.test_console import console


def test_group_chat_answers_only_what_addresses_the_bot(tmp_path: Path) -> None:
    script = "\n".join([
        "le greffier du tribunal a signé",
        "qui représente l'hospice ?",
        "Greffier, qui représente l'hospice ?",
        "prochaine réunion @greffier ?",
        "/prochaine_seance",
    ]) + "\n"
    run = console("console", "--demo", "--group-chat", "--data", str(tmp_path), "--now", "2026-11-23T10:00", stdin=script)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    # Two addressed questions and one command answered; the chatter is not.
    assert out.count("Hospice général : qui représente l'organisation") == 1
    assert out.count("Prochaine séance n°3 — jeudi 26 novembre 2026, 09h00–11h30") == 2
    assert "greffier du tribunal" not in out and "pas compris" not in out


def test_private_console_answers_every_line(tmp_path: Path) -> None:
    run = console("console", "--demo", "--data", str(tmp_path), "--now", "2026-11-23T10:00",
                  stdin="qui représente l'hospice ?\n")
    assert run.returncode == 0, run.stderr
    assert "Hospice général : qui représente l'organisation" in run.stdout
