"""`python -m bot export minutes`: a meeting's draft minutes from the store,
as Markdown (default) or Word, to a file or standard output.

    python -m bot export minutes --config config.toml --group rte --meeting 2 --format docx --output cr.docx
    python -m bot export minutes --demo --now 2026-11-23T10:00 --meeting 2

Registered by `add_export_parser(sub)` (which creates `export`) or, when
another module already made `export`, by `add_minutes_parser(export_sub)`.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from bot.config import Config, load_config, parse_config
from bot.demo import DEMO_CONFIG, seed_demo
from handlers.held import latest_date
from handlers.minutes import build_minutes, render_markdown
from storage import Store
from storage.readonly import open_read_only
from storage.store import has_store

__all__ = ["add_export_parser", "add_minutes_parser", "cmd_export_minutes"]

log = logging.getLogger(__name__)


class MinutesCliError(Exception):
    """A mistake in how the command was called (shown as one line, exit 2)."""


def _config(args: argparse.Namespace) -> Config:
    return load_config(Path(args.config)) if args.config else parse_config(DEMO_CONFIG)


def cmd_export_minutes(args: argparse.Namespace) -> int:
    config = _config(args)
    group = config.group(args.group) if args.group else config.groups[0]
    if group is None:
        raise MinutesCliError(f"--group : pas de groupe {args.group!r} dans la configuration")
    now = datetime.now(group.timezone)
    if args.now:
        try:
            now = datetime.fromisoformat(args.now)
        except ValueError:
            raise MinutesCliError(f"--now : {args.now!r} n'est pas une date ISO") from None
        now = now if now.tzinfo else now.replace(tzinfo=group.timezone)
    data_dir = Path(args.data) if args.data else (Path(tempfile.mkdtemp(prefix="greffier-demo-")) if args.demo else config.data_dir)
    if args.demo:
        store = Store.open(data_dir)
        seed_demo(store, now.astimezone(group.timezone))
    elif not has_store(data_dir):
        raise MinutesCliError(f"pas de données Greffier dans {data_dir} (--data DOSSIER ?)")
    else:
        # A copy read without the lock: the minutes can be exported while the bot runs.
        store = open_read_only(data_dir)
    try:
        meeting = store.group(group.slug).meeting(args.meeting)
        if meeting is None:
            raise MinutesCliError(f"--meeting : pas de séance n°{args.meeting} dans le groupe {group.slug}")
        minutes = build_minutes(store, group, latest_date(store, group.slug, meeting, now), now.astimezone(group.timezone))
    finally:
        store.close()
    if args.format == "docx":
        from handlers.minutes_docx import render_docx  # python-docx only when asked for

        body = render_docx(minutes)
    else:
        body = render_markdown(minutes).encode("utf-8")
    if args.output and args.output != "-":
        Path(args.output).write_bytes(body)
        print(f"Compte rendu de la séance n°{minutes.number} écrit dans {args.output}", file=sys.stderr)
    elif args.format == "docx" and sys.stdout.isatty():
        raise MinutesCliError("--format docx : donnez --output FICHIER (un document Word ne s'affiche pas dans le terminal)")
    else:
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
    # The group and meeting only: never the output's name or the people in it.
    log.info("minutes export written: group=%s meeting=%d format=%s", group.slug, minutes.number, args.format)
    return 0


def _run(args: argparse.Namespace) -> int:
    try:
        return cmd_export_minutes(args)
    except MinutesCliError as error:
        print(f"greffier : erreur : {error}", file=sys.stderr)
        return 2


def add_minutes_parser(export_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    minutes = export_sub.add_parser("minutes", help="le projet de compte rendu d'une séance (Markdown ou Word)")
    minutes.add_argument("--config", metavar="FICHIER", help="configuration TOML (par défaut : le groupe de démonstration)")
    minutes.add_argument("--data", metavar="DOSSIER", help="où vivent les données (par défaut : celles de la configuration)")
    minutes.add_argument("--group", metavar="SLUG", help="le groupe (par défaut : le premier)")
    minutes.add_argument("--meeting", type=int, required=True, metavar="N", help="le numéro de la séance")
    minutes.add_argument("--format", choices=("md", "docx"), default="md", help="md (Markdown, défaut) ou docx (Word)")
    minutes.add_argument("--output", metavar="FICHIER", help="fichier de sortie (par défaut : la sortie standard)")
    minutes.add_argument("--demo", action="store_true", help="remplir le groupe de démonstration (dossier temporaire sans --data)")
    minutes.add_argument("--now", metavar="DATE-ISO", help="l'instant de référence (démo, tests)")
    minutes.set_defaults(func=_run)


def add_export_parser(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """Create `export` and register `export minutes`; returns `export`'s subparsers."""
    export = sub.add_parser("export", help="exporter des données du groupe")
    export_sub = export.add_subparsers(dest="export_what", metavar="<quoi>", required=True)
    add_minutes_parser(export_sub)
    return export_sub
