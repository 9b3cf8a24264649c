"""The CLI's data actions (import members and minutes, preview and apply;
export and import of a group; export of minutes) each log one line that
names the group and counts, never a name, an email, a phone or an id
(issue 11: « each of these actions is logged without the data itself »)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.cli import main
from storage.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CSV = ("Prénom;Nom;Structure;Fonction;Courriel;Téléphone;Consentement\n"
       "Noémi;Vaucher;Ville de Lancy;Cheffe de service;noemi.vaucher@example.org;+41 22 555 01 01;oui\n"
       "Bruno;Kälin;Fondation Terrain;;;;\n")


def personal_values(data: Path, slug: str) -> set[str]:
    """Every name, contact and platform id the group's store holds."""
    store = Store.open(data)
    try:
        values: set[str] = set()
        for member in store.group(slug).members():
            values |= {*member.name.split(), member.contact, *member.platform_ids.values()}
            values |= set(member.contact.replace(",", " ").split())
        return {v for v in values if len(v) > 3}
    finally:
        store.close()


def lines(caplog: pytest.LogCaptureFixture, start: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith(start)]


def test_each_cli_data_action_logs_one_line_without_personal_data(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.INFO)
    data = tmp_path / "data"
    sheet = tmp_path / "membres-vaucher.csv"  # a file name may carry a name too
    sheet.write_text(CSV, encoding="utf-8")
    options = ["--group", "gt", "--data", str(data)]
    assert main(["import", "members", str(sheet), *options]) == 0
    assert lines(caplog, "member import previewed") == ["member import previewed: group=gt rows=2"]
    assert main(["import", "members", str(sheet), *options, "--apply"]) == 0
    assert lines(caplog, "member import applied") == ["member import applied: group=gt added=2 updated=0"]
    minutes = FIXTURES / "cr_bernex.txt"
    assert main(["import", "minutes", str(minutes), *options]) == 0
    assert lines(caplog, "minutes import previewed") == ["minutes import previewed: group=gt facts=16"]
    assert main(["import", "minutes", str(minutes), *options, "--apply", "--drop", "16"]) == 0
    assert lines(caplog, "minutes import applied") == ["minutes import applied: group=gt facts=15 dropped=1"]
    for form in ("json", "markdown", "csv"):
        assert main(["export", "group", *options, "--format", form, "--output", str(tmp_path / f"gt.{form}")]) == 0
    written = lines(caplog, "group export written")
    assert [line.split(" rows=")[0] for line in written] == [
        f"group export written: group=gt format={form}" for form in ("json", "markdown", "csv")]
    assert main(["import", "group", str(tmp_path / "gt.json"), "--group", "gt2", "--data", str(tmp_path / "other")]) == 0
    assert len(lines(caplog, "group import applied: group=gt2 rows=")) == 1
    capsys.readouterr()
    secrets = personal_values(data, "gt")
    assert {"Vaucher", "Marthaler", "noemi.vaucher@example.org"} <= secrets
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert [s for s in secrets if s in logged] == []
    assert "example.org" not in logged and "+41" not in logged


def test_minutes_export_logs_one_line_without_personal_data(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.INFO)
    data = tmp_path / "demo"
    assert main(["export", "minutes", "--demo", "--data", str(data), "--now", "2026-11-23T10:00", "--meeting", "2",
                 "--output", str(tmp_path / "cr.md")]) == 0
    capsys.readouterr()
    store = Store.open(data)
    slug = store.table("members").all()[0]["group"]
    store.close()
    assert lines(caplog, "minutes export written") == [f"minutes export written: group={slug} meeting=2 format=md"]
    secrets = personal_values(data, slug)
    assert secrets
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert [s for s in secrets if s in logged] == []
