"""Command line: `python -m bot <subcommand>` (or `greffier <subcommand>`).

User mistakes (bad config, damaged or locked store, a bad option) end with
one clear line on stderr and exit status 2, never a stack trace.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import importlib
import logging
import signal
import sys
from collections.abc import Sequence
from datetime import datetime, tzinfo
from pathlib import Path

from bot.app import Greffier
from bot.clock import Clock, ShiftedClock, SystemClock
from bot.config import Config, ConfigError, GroupConfig, load_config, parse_config
from bot.cli_french import FrenchParser
from bot.console import ConsoleAdapter
from bot.console_setup import session_data, warning_lines
from bot.demo import DEMO_CONFIG, console_id, seed_demo
from bot.calendar_feed import add_parser as add_calendar_parser
from bot.minutes_cli import add_export_parser
from bot.store_cli import add_parser as add_store_parser
from bot.export_cli import add_group_export
from bot.import_cli import add_parser as add_import_parser
from storage import SchemaTooNewError, Store, StoreCorruptError, StoreLockedError
from storage.backup import BackupError
from storage.search import lookup

__all__ = ["main"]

log = logging.getLogger("greffier")


class CliError(Exception):
    """A mistake in how the command was called; shown as one line."""


def _parse_now(raw: str, zone: tzinfo) -> datetime:
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise CliError(f"--now : {raw!r} n'est pas une date ISO (ex. 2026-09-14T08:59 ou 2026-09-14T08:59+02:00)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _load(args: argparse.Namespace) -> tuple[Config, bool]:
    """The config to use and whether it is the demo."""
    if args.config:
        return load_config(Path(args.config)), bool(getattr(args, "demo", False))
    return parse_config(DEMO_CONFIG), True


def _pick_group(config: Config, slug: str | None) -> GroupConfig:
    if slug is None:
        return config.groups[0]
    group = config.group(slug)
    if group is None:
        known = ", ".join(g.slug for g in config.groups)
        raise CliError(f"--group : pas de groupe {slug!r} dans la configuration (groupes : {known})")
    return group


def _data_dir(args: argparse.Namespace, config: Config, demo: bool) -> Path | None:
    """The folder to open (copied with --scratch); None: a temporary one."""
    if args.data:
        return Path(args.data)
    return None if demo else config.data_dir


def _clock(args: argparse.Namespace, group: GroupConfig) -> Clock:
    if args.speed is not None and args.speed <= 0:
        raise CliError("--speed doit être positif")
    if args.now is None:
        return ShiftedClock(datetime.now(group.timezone), args.speed) if args.speed else SystemClock()
    return ShiftedClock(_parse_now(args.now, group.timezone), args.speed or 1.0)


def cmd_console(args: argparse.Namespace) -> int:
    config, demo = _load(args)
    group = _pick_group(config, args.group)
    clock = _clock(args, group)
    with session_data(_data_dir(args, config, demo), args.scratch) as data_dir:
        store = Store.open(data_dir)
        try:
            _console(args, config, group, demo, clock, store, data_dir)
        finally:
            store.close()
    return 0


def _console(args: argparse.Namespace, config: Config, group: GroupConfig, demo: bool, clock: Clock,
             store: Store, data_dir: Path) -> None:
    if demo:
        seed_demo(store, clock.now().astimezone(group.timezone))
    user_id, user_name = "console", "Console"
    if args.as_name:
        members = store.group(group.slug).members()
        found = lookup(args.as_name, members, lambda m: m.name).best
        user_name = found.item.name if found else args.as_name
        user_id = (found.item.platform_ids.get("console") if found else None) or console_id(user_name)
    else:
        # The console's own user coordinates every group it opens.
        group = dataclasses.replace(group, coordinators=group.coordinators | {"console:console"})
        config = dataclasses.replace(config, groups=tuple(group if g.slug == group.slug else g for g in config.groups))
    app = Greffier(config, store, clock)
    role = "coordinateur" if f"console:{user_id}" in group.coordinators else "membre"
    kept = "copie temporaire, effacée à la sortie" if args.scratch or not args.data and demo else "conservées"
    warning = [] if args.scratch else warning_lines(group, store, app.build_scheduler().announce_grace)
    banner = "\n".join([
        f"Greffier — {group.name} ({group.slug}), vous êtes {user_name} ({role}).",
        f"Données : {data_dir} ({kept})",
        *warning,
        "Tapez /aide pour les commandes, Ctrl-D ou Ctrl-C pour quitter.",
    ])
    if warning and not sys.stdin.isatty():
        print("\n".join(warning), file=sys.stderr)  # a script's output stays the replies alone
    app.add_adapter(ConsoleAdapter(app.router, group.slug, user_id, user_name, banner=banner, group_chat=args.group_chat))
    _run(app)


def _run(app: Greffier) -> None:
    try:
        asyncio.run(app.run())
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a person stops the bot: no traceback


PLATFORM_MODULES = {"telegram": "bot.telegram", "matrix": "bot.matrix"}


def cmd_run(args: argparse.Namespace) -> int:
    """Run the bot on one or more platforms, sharing one store and scheduler."""
    config = load_config(Path(args.config))
    platforms = [p.strip() for p in args.platform.split(",") if p.strip()]
    unknown = [p for p in platforms if p not in PLATFORM_MODULES]
    if unknown or not platforms:
        raise CliError(f"--platform : {', '.join(unknown) or '(vide)'} inconnu (choix : {', '.join(PLATFORM_MODULES)})")
    store = Store.open(Path(args.data) if args.data else config.data_dir)
    try:
        app = Greffier(config, store, SystemClock())
        for platform in dict.fromkeys(platforms):
            # Imported on demand: only these modules import telegram or nio.
            module = importlib.import_module(PLATFORM_MODULES[platform])
            app.add_adapter(module.build_adapter(app, args))
        _run(app)
    finally:
        store.close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchParser(
        prog="greffier",
        description="Greffier, l'assistant des groupes de travail.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="journal détaillé sur stderr")
    sub = parser.add_subparsers(dest="command", metavar="<commande>", required=True)

    console = sub.add_parser("console", help="discuter avec le bot dans le terminal (sans réseau)")
    console.add_argument("--config", metavar="FICHIER", help="configuration TOML (par défaut : le groupe de démonstration)")
    console.add_argument("--data", metavar="DOSSIER", help="où vivent les données (par défaut : celles de la configuration)")
    console.add_argument("--group", metavar="SLUG", help="le groupe à ouvrir (par défaut : le premier)")
    console.add_argument("--as", dest="as_name", metavar="NOM", help="parler en tant que ce membre")
    console.add_argument("--now", metavar="DATE-ISO", help="démarrer l'horloge à cet instant (heure du groupe sans décalage)")
    console.add_argument("--speed", type=float, metavar="X", help="faire avancer l'horloge X fois plus vite")
    console.add_argument("--demo", action="store_true", help="remplir le groupe de démonstration (dossier temporaire sans --data)")
    console.add_argument("--scratch", action="store_true",
                         help="travailler sur une copie temporaire des données : rien n'est annoncé aux discussions du groupe")
    console.add_argument("--group-chat", action="store_true", help="se comporter comme dans un salon de groupe (répondre seulement si on s'adresse au bot)")
    console.set_defaults(func=cmd_console)

    run = sub.add_parser("run", help="faire tourner le bot sur Telegram et/ou Matrix")
    run.add_argument("--platform", required=True, metavar="LISTE", help="telegram, matrix, ou telegram,matrix")
    run.add_argument("--config", required=True, metavar="FICHIER", help="configuration TOML")
    run.add_argument("--data", metavar="DOSSIER", help="où vivent les données (par défaut : celles de la configuration)")
    run.add_argument("--webhook", metavar="URL", help="Telegram : recevoir par webhook à cette URL publique au lieu du long polling")
    run.add_argument("--listen", metavar="HÔTE:PORT", default="127.0.0.1:8443", help="Telegram : adresse d'écoute du webhook")
    run.set_defaults(func=cmd_run)
    add_store_parser(sub)
    export_sub = add_export_parser(sub)  # export minutes (bot/minutes_cli.py)
    add_group_export(export_sub)  # export group (bot/export_cli.py)
    add_calendar_parser(sub)  # serve-calendar (bot/calendar_feed.py)
    add_import_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # Started as a background job of a shell without job control (« greffier run & » in a script), the
        # process inherits SIGINT ignored, and Ctrl-C or `kill -INT` would no longer stop it as documented.
        signal.signal(signal.SIGINT, signal.default_int_handler)
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        return int(args.func(args))
    except (CliError, ConfigError, StoreCorruptError, StoreLockedError, SchemaTooNewError, BackupError) as error:
        print(f"greffier : erreur : {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130  # interrupted while starting
