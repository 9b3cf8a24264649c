"""`greffier export group`: one group's memory as JSON, Markdown or CSV.

    greffier export group --group SLUG --format json|markdown|csv [--output FICHIER] (--data DOSSIER | --config FICHIER)

JSON is the whole memory and round-trips through `greffier import group`;
Markdown is for reading; CSV gives two spreadsheets (members, decisions),
`<FICHIER>-membres.csv` and `<FICHIER>-decisions.csv`. The store is read
without its lock, so a running bot can be exported.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bot.data_cli import DataUsage, add_data_options, guarded, target
from storage.backends import atomic_write
from storage.group_export import (
    GroupImportError,
    csv_exports,
    group_document,
    group_json,
    group_slugs,
    markdown_export,
    read_only_store,
)

__all__ = ["add_group_export", "add_parser"]

log = logging.getLogger(__name__)


def _export_group(args: argparse.Namespace) -> int:
    where = target(args)
    store = read_only_store(where.directory)
    tables = group_document(store, where.slug)["tables"]
    if not tables:
        found = sorted(group_slugs(store)) or ["aucun"]
        raise DataUsage(f"le groupe {where.slug} n'a aucune donnée dans {where.directory} (groupes présents : {', '.join(found)})")
    # The group and counts only: never the output's name or the data.
    logged = ("group export written: group=%s format=%s rows=%d", where.slug, args.format,
              sum(len(rows) for rows in tables.values()))
    if args.format == "json":
        data = group_json(store, where.slug)
    elif args.format == "markdown":
        data = markdown_export(store, where.slug, where.name).encode("utf-8")
    else:
        stem = Path(args.output) if args.output else Path(where.slug)
        stem = stem.with_suffix("") if stem.suffix == ".csv" else stem
        for part, content in csv_exports(store, where.slug).items():
            path = stem.with_name(f"{stem.name}-{part}.csv")
            atomic_write(path, content)
            print(f"Écrit : {path}")
        log.info(*logged)
        return 0
    if args.output:
        atomic_write(Path(args.output), data)
        print(f"Export du groupe {where.slug} écrit dans {args.output}.")
    else:
        sys.stdout.buffer.write(data)
    log.info(*logged)
    return 0


def add_group_export(export_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `group` under an `export` parser's subcommands."""
    parser = export_sub.add_parser("group", help="toute la mémoire d'un groupe (json, markdown ou csv)")
    add_data_options(parser)
    parser.add_argument("--format", choices=("json", "markdown", "csv"), default="json", help="format (par défaut json)")
    parser.add_argument("--output", metavar="FICHIER", help="fichier à écrire (par défaut : la sortie standard)")
    parser.set_defaults(func=guarded(_export_group, GroupImportError))


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `export` (with `group`) on the main parser's subparsers."""
    export = subparsers.add_parser("export", help="exporter un groupe")
    sub = export.add_subparsers(dest="export_command", metavar="<quoi>", required=True)
    add_group_export(sub)
