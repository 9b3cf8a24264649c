"""`greffier import …`: bring a group's existing memory into Greffier.

    greffier import group FICHIER --group SLUG (--data DOSSIER | --config FICHIER)
    greffier import members FICHIER --group SLUG [--apply] (…)
    greffier import minutes FICHIER --group SLUG [--apply] [--drop 3,5] (…)

`members` and `minutes` print a preview and change nothing without
`--apply`. The bot must be stopped (the store's lock is taken).
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from bot.data_cli import DataUsage, add_data_options, guarded, target
from handlers.imports.files import MAX_FILE_BYTES, ImportRefused
from handlers.imports.members import apply_plan, plan_members, preview_lines
from handlers.imports.minutes import minutes_text
from handlers.imports.minutes_facts import apply_facts, drop_facts, minutes_facts, parse_drop, preview_facts
from handlers.imports.minutes_parse import parse_minutes
from handlers.imports.table import read_sheet
from storage.group_export import GroupImportError
from storage.group_import import import_group
from storage.store import Store

__all__ = ["add_parser"]

log = logging.getLogger(__name__)

# An exported group is rows of text; anything far larger is not one.
MAX_GROUP_FILE = 200 * 1024 * 1024


def _import_group(args: argparse.Namespace) -> int:
    where = target(args)
    source = Path(args.file)
    if source.stat().st_size > MAX_GROUP_FILE:
        raise DataUsage(f"{source} dépasse {MAX_GROUP_FILE // 1024 // 1024} Mo : ce n'est pas un export de groupe")
    try:
        document = json.loads(source.read_bytes())
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataUsage(f"{source} n'est pas du JSON valide ({exc})") from None
    counts = import_group(where.directory, where.slug, document)
    log.info("group import applied: group=%s rows=%d", where.slug, sum(counts.values()))
    shown = ", ".join(f"{name} {count}" for name, count in counts.items()) or "aucune donnée"
    print(f"Groupe {where.slug} importé dans {where.directory} ({shown}).")
    return 0


def read_upload(path: Path) -> bytes:
    """The file's bytes, refusing an oversized one before reading it."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused(
            f"{path.name} : fichier trop gros ({size / 1024 / 1024:.1f} Mo ; limite {MAX_FILE_BYTES // 1024 // 1024} Mo). "
            "Rien n'a été importé."
        )
    return path.read_bytes()


def _import_members(args: argparse.Namespace) -> int:
    where = target(args)
    source = Path(args.file)
    sheet = read_sheet(read_upload(source), source.name)
    store = Store.open(where.directory)
    try:
        data = store.group(where.slug)
        plan = plan_members(sheet, data)
        print("\n".join(preview_lines(plan, source.name)))
        # Counts only, never the file's name (it may carry a person's): see README « Members' data ».
        log.info("member import previewed: group=%s rows=%d", where.slug, len(sheet.rows))
        if not args.apply:
            print("Rien n'a été enregistré. Relancez avec --apply pour enregistrer.")
            return 0
        if not plan.writes:
            print("Rien à enregistrer.")
            return 0
        apply_plan(plan, data)
        log.info("member import applied: group=%s added=%d updated=%d", where.slug, len(plan.added), len(plan.updated))
    finally:
        store.close()
    print(f"Enregistré en une seule écriture : {len(plan.added)} ajouté(s), {len(plan.updated)} mis à jour.")
    return 0


def _import_minutes(args: argparse.Namespace) -> int:
    where = target(args)
    source = Path(args.file)
    minutes = parse_minutes(minutes_text(read_upload(source), source.name), where.timezone)
    store = Store.open(where.directory)
    try:
        data = store.group(where.slug)
        locale = where.group.locale if where.group else "fr_CH"
        facts = minutes_facts(minutes, data, locale)
        try:
            dropped = parse_drop(args.drop or "", len(facts))
        except ValueError as error:
            raise DataUsage(str(error)) from None
        print(f"Compte rendu {source.name} : {len(facts)} fait(s) reconnu(s)")
        print("\n".join(preview_facts(facts, dropped)))
        log.info("minutes import previewed: group=%s facts=%d", where.slug, len(facts))
        kept = drop_facts(facts, dropped)
        if not args.apply:
            print("Rien n'a été enregistré. Relancez avec --apply pour enregistrer, --drop 3,5 pour écarter des faits.")
            return 0
        if not kept:
            print("Rien à enregistrer.")
            return 0
        done = apply_facts(kept, minutes, data, where.timezone)
        log.info("minutes import applied: group=%s facts=%d dropped=%d", where.slug, len(kept), len(dropped))
    finally:
        store.close()
    print("Enregistré : " + " ; ".join(done) + ".")
    return 0


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `import` and its subcommands on the main parser's subparsers."""
    parser = subparsers.add_parser("import", help="importer un groupe, une liste de membres ou un compte rendu")
    sub = parser.add_subparsers(dest="import_command", metavar="<quoi>", required=True)
    group = sub.add_parser("group", help="charger l'export JSON d'un groupe (groupe vide, bot arrêté)")
    group.add_argument("file", metavar="FICHIER", help="l'export à lire (greffier export group --format json)")
    add_data_options(group)
    group.set_defaults(func=guarded(_import_group, GroupImportError))
    members = sub.add_parser("members", help="importer une liste de membres (CSV ou .xlsx) : aperçu, puis --apply")
    members.add_argument("file", metavar="FICHIER", help="la liste (CSV virgule ou point-virgule, ou .xlsx)")
    add_data_options(members)
    members.add_argument("--apply", action="store_true", help="enregistrer (sinon : aperçu seulement)")
    members.set_defaults(func=guarded(_import_members, ImportRefused))
    minutes = sub.add_parser("minutes", help="lire un compte rendu (.txt, .md, .docx) : aperçu, puis --apply")
    minutes.add_argument("file", metavar="FICHIER", help="le compte rendu")
    add_data_options(minutes)
    minutes.add_argument("--apply", action="store_true", help="enregistrer (sinon : aperçu seulement)")
    minutes.add_argument("--drop", metavar="N,N", help="écarter ces faits de l'aperçu (ex. 3,5)")
    minutes.set_defaults(func=guarded(_import_minutes, ImportRefused))
