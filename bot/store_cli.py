"""`greffier store …`: export, import, check and recover a store directory.

    greffier store export FICHIER  [--data DOSSIER | --config FICHIER]
    greffier store import FICHIER  [--data DOSSIER | --config FICHIER]
    greffier store check           [--data DOSSIER | --config FICHIER]
    greffier store recover         [--data DOSSIER | --config FICHIER] [--accept-empty]

Export works while the bot runs; import and recover need it stopped (they
take the store's lock). Mistakes and damage end with French lines on
stderr and exit status 2. `check` refuses exactly what start-up refuses
(the same validation, storage/validation.py); `recover` leaves a healthy
store alone and refuses to recover nothing unless `--accept-empty`.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

from bot.config import load_config
from bot.data_cli import guarded
from storage.backup import BackupError, StoreReport, check_store, export_store, import_store, recover_store
from storage.validation import label

__all__ = ["add_parser"]

class _Usage(Exception):
    pass


def _directory(args: argparse.Namespace) -> Path:
    if args.data:
        return Path(args.data)
    if args.config:
        return load_config(Path(args.config)).data_dir
    raise _Usage("indiquez le dossier des données (--data DOSSIER) ou la configuration (--config FICHIER)")


def _tables(report: StoreReport) -> str:
    shown = {label(name): count for name, count in report.tables.items() if not name.startswith("_")}
    # Sorted as a French reader expects: « échéances » among the e's, not after z.
    ordered = sorted(shown.items(), key=lambda item: unicodedata.normalize("NFD", item[0]))
    return ", ".join(f"{name} {count}" for name, count in ordered) or "aucune donnée"


def _export(args: argparse.Namespace) -> int:
    report = export_store(_directory(args), Path(args.file))
    print(f"Sauvegarde écrite dans {args.file} ({_tables(report)}).")
    return 0


def _import(args: argparse.Namespace) -> int:
    directory = _directory(args)
    report = import_store(Path(args.file), directory)
    print(f"Sauvegarde {args.file} importée dans {directory} ({_tables(report)}).")
    return 0


def _check(args: argparse.Namespace) -> int:
    directory = _directory(args)
    report = check_store(directory)
    if report.damaged_lines:
        lines = ", ".join(map(str, report.damaged_lines[:10]))
        print(
            f"greffier : erreur : journal de {directory} endommagé (ligne(s) {lines}) ; "
            "arrêtez le bot puis lancez « greffier store recover »",
            file=sys.stderr,
        )
        return 2
    if report.invalid:
        print(f"greffier : erreur : {len(report.invalid)} enregistrement(s) invalide(s) dans {directory}, "
              "le bot refusera de démarrer :", file=sys.stderr)
        for bad in report.invalid[:20]:
            print(f"  – {bad.describe()}", file=sys.stderr)
        if len(report.invalid) > 20:
            print(f"  … et {len(report.invalid) - 20} autre(s)", file=sys.stderr)
        print("Arrêtez le bot puis lancez « greffier store recover » : il les met de côté et garde le reste.", file=sys.stderr)
        return 2
    print(f"Données de {directory} lisibles : {_tables(report)} ; {report.journal_records} écriture(s) au journal.")
    if report.torn_lines:
        print("Une dernière écriture interrompue (jamais confirmée) sera retirée à la prochaine ouverture.")
    return 0


def _recover(args: argparse.Namespace) -> int:
    report = recover_store(_directory(args), accept_empty=args.accept_empty)
    if report.backup is None:
        print(f"Les données de {report.directory} sont saines ({_tables(report)}) : rien à réparer, rien n'a été modifié.")
        return 0
    print(f"Originaux copiés dans {report.backup}.")
    if report.snapshot_damaged:
        print(f"Instantané illisible ({report.snapshot_damaged}) : seul le journal a pu être repris.")
    if report.damaged_lines:
        print(f"{len(report.damaged_lines)} ligne(s) endommagée(s) du journal écartée(s).")
    if report.torn_lines:
        print(f"{report.torn_lines} écriture(s) interrompue(s) en fin de journal écartée(s).")
    if report.invalid:
        print(f"{len(report.invalid)} enregistrement(s) invalide(s) mis de côté dans {report.backup} :")
        for bad in report.invalid:
            print(f"  – {bad.describe()}")
    print(f"Repris : {_tables(report)}.")
    return 0


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `store` and its subcommands on the main parser's subparsers."""
    store = subparsers.add_parser("store", help="sauvegarder, restaurer, vérifier ou réparer les données")
    sub = store.add_subparsers(dest="store_command", metavar="<action>", required=True)

    def action(name: str, help_text: str, command: Callable[[argparse.Namespace], int], file_help: str = "") -> None:
        parser = sub.add_parser(name, help=help_text)
        if file_help:
            parser.add_argument("file", metavar="FICHIER", help=file_help)
        parser.add_argument("--data", metavar="DOSSIER", help="le dossier des données")
        parser.add_argument("--config", metavar="FICHIER", help="ou la configuration TOML qui le nomme")
        parser.set_defaults(func=guarded(command, _Usage, BackupError))

    action("export", "écrire toutes les données dans un fichier JSON (bot en marche ou non)", _export, "le fichier à écrire")
    action("import", "charger une sauvegarde dans un dossier vide (bot arrêté)", _import, "la sauvegarde à lire")
    action("check", "vérifier que les données sont lisibles, sans rien modifier", _check)
    action("recover", "garder tout ce qui est valide d'un stockage endommagé (originaux copiés à côté)", _recover)
    sub.choices["recover"].add_argument(
        "--accept-empty", action="store_true", help="accepter de repartir d'un stockage vide si rien n'est récupérable",
    )
