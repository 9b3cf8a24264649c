"""Options shared by `greffier export …` and `greffier import …`: which data
folder, which group, and how mistakes are reported (one French line on
stderr, exit status 2, never a stack trace): `guarded` is also the error
boundary of `greffier store …`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import ConfigError, GroupConfig, load_config
from storage import SchemaTooNewError, StoreCorruptError, StoreLockedError

__all__ = ["DataUsage", "Target", "add_data_options", "guarded", "target"]


class DataUsage(Exception):
    """A mistake in the command line or the file given; shown as one line."""


@dataclass(frozen=True)
class Target:
    directory: Path
    slug: str
    timezone: ZoneInfo
    name: str
    group: GroupConfig | None


def add_data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group", required=True, metavar="SLUG", help="le nom court du groupe")
    parser.add_argument("--data", metavar="DOSSIER", help="le dossier des données")
    parser.add_argument("--config", metavar="FICHIER", help="ou la configuration TOML qui le nomme")
    parser.add_argument("--timezone", metavar="ZONE", default="Europe/Zurich",
                        help="fuseau du groupe sans --config (par défaut Europe/Zurich)")


def target(args: argparse.Namespace) -> Target:
    """The data folder and group the options name."""
    slug = args.group
    if args.config:
        config = load_config(Path(args.config))
        group = config.group(slug)
        if group is None:
            known = ", ".join(g.slug for g in config.groups)
            raise DataUsage(f"--group : pas de groupe {slug!r} dans la configuration (groupes : {known})")
        return Target(Path(args.data) if args.data else config.data_dir, slug, group.timezone, group.name, group)
    if not args.data:
        raise DataUsage("indiquez le dossier des données (--data DOSSIER) ou la configuration (--config FICHIER)")
    try:
        zone = ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise DataUsage(f"--timezone : {args.timezone!r} n'est pas un fuseau horaire") from None
    return Target(Path(args.data), slug, zone, slug, None)


Errors = (DataUsage, ConfigError, StoreCorruptError, StoreLockedError, SchemaTooNewError, OSError)


def guarded(command: Callable[[argparse.Namespace], int], *extra: type[Exception]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except (*Errors, *extra) as error:
            text = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            where = f" ({error.filename})" if isinstance(error, OSError) and error.filename else ""
            print(f"greffier : erreur : {text}{where}", file=sys.stderr)
            return 2

    return run
