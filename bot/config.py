"""Configuration: TOML into frozen dataclasses, validated at start-up.

Every error names the dotted key at fault, in French, with the closest valid
choice when there is one (`groups[0].coordinateurs: clé inconnue ; vouliez-vous
dire coordinators ?`), and start-up stops there. Secrets never live in the
TOML: a section names an environment variable or a file that holds them.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from babel import Locale, UnknownLocaleError

from bot.config_keys import PLATFORM_KEYS, SECRET_NAMES, Tracked, check_env_name, check_id, closest, unknown_key
from handlers.dates import parse_duration

__all__ = ["Config", "ConfigError", "GroupConfig", "Section", "load_config", "parse_config", "read_secret", "refuse_secrets"]

PLATFORMS = ("console", "telegram", "matrix")
DEFAULT_MEETING_LEADS = ("7j", "1j", "2h")
DEFAULT_DEADLINE_LEADS = ("7j", "1j")


class ConfigError(Exception):
    """A configuration mistake; the message names the key."""


class Section:
    """A TOML table with typed getters that report dotted keys on error.

    It remembers which keys were read (`Tracked`), so that a key nobody
    reads, most likely misspelt, is reported (`check_unknown`)."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            raise ConfigError(f"{path or 'configuration'}: une table est attendue")
        self.data: Tracked = data if isinstance(data, Tracked) else Tracked(data)
        self.path = path

    def check_unknown(self, extra: tuple[str, ...] = ()) -> None:
        """Stop at the first key that was never read, naming the closest valid one."""
        for key in self.data.unseen():
            if key not in extra:
                raise ConfigError(unknown_key(self.path, key, [*self.data.seen, *extra]))

    def _missing(self, name: str) -> ConfigError:
        # `timezon` for `timezone`: the misspelt key, not the missing one, is the news.
        typo = next((k for k in self.data if k not in self.data.seen and closest(k, [name])), None)
        if typo is not None:
            return ConfigError(unknown_key(self.path, typo, [name]))
        return ConfigError(f"{self.key(name)}: clé requise, absente")

    def key(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def str(self, name: str, default: str | None = None) -> str:
        value = self.data.get(name, default)
        if value is None:
            raise self._missing(name)
        if not isinstance(value, str):
            raise ConfigError(f"{self.key(name)}: une chaîne est attendue, pas {value!r}")
        return value

    def bool(self, name: str, default: bool) -> bool:
        value = self.data.get(name, default)
        if not isinstance(value, bool):
            raise ConfigError(f"{self.key(name)}: true ou false est attendu, pas {value!r}")
        return value

    def number(self, name: str, default: float) -> float:
        value = self.data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{self.key(name)}: un nombre est attendu, pas {value!r}")
        return float(value)

    def str_list(self, name: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        value = self.data.get(name, list(default))
        if not isinstance(value, list):
            raise ConfigError(f"{self.key(name)}: une liste est attendue")
        out: list[str] = []
        for i, item in enumerate(value):
            if isinstance(item, int) and not isinstance(item, bool):
                item = str(item)  # Telegram chat ids are often written as numbers
            if not isinstance(item, str) or not item.strip():
                raise ConfigError(f"{self.key(name)}[{i}]: une chaîne non vide est attendue, pas {item!r}")
            out.append(item.strip())
        return tuple(out)

    def durations(self, name: str, default: tuple[str, ...]) -> tuple[timedelta, ...]:
        out = []
        for i, raw in enumerate(self.str_list(name, default)):
            lead = parse_duration(raw)
            if lead is None:
                raise ConfigError(f"{self.key(name)}[{i}]: {raw!r} n'est pas une durée (ex. « 7j », « 2h », « 30min »)")
            out.append(lead)
        return tuple(sorted(set(out), reverse=True))

    def section(self, name: str) -> Section | None:
        value = self.data.get(name)
        return None if value is None else Section(value, self.key(name))


def read_secret(section: Section, name: str) -> str | None:
    """A secret from `<name>_env` (environment variable) or `<name>_file`.

    The TOML holds only the variable name or file path, never the secret.
    """
    refuse_secrets(section, (name,))
    env_name = section.data.get(f"{name}_env")
    if env_name:
        value = os.environ.get(str(env_name), "").strip()
        if not value:
            raise ConfigError(f"{section.key(name + '_env')}: la variable {env_name} est vide ou absente")
        return value
    file_name = section.data.get(f"{name}_file")
    if file_name:
        try:
            return Path(str(file_name)).expanduser().read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{section.key(name + '_file')}: lecture impossible ({exc.strerror})") from None
    return None


def refuse_secrets(section: Section, names: tuple[str, ...] = SECRET_NAMES) -> None:
    """Stop if a secret is written in the TOML itself, or pasted in a `*_env`
    key in place of a variable's name; the value is never repeated."""
    for name in names:
        if name in section.data:
            raise ConfigError(
                f"{section.key(name)}: ne mettez pas de secret dans le fichier ; "
                f"utilisez {name}_env (variable d'environnement) ou {name}_file"
            )
    for key in list(section.data):
        if key.endswith("_env"):
            problem = check_env_name(section.key(key), section.data[key])
            if problem:
                raise ConfigError(problem)


def _timezone(section: Section) -> ZoneInfo:
    tz_name = section.str("timezone")
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    guess = closest(tz_name, available_timezones(), cutoff=85)
    hint = f" ; vouliez-vous dire {guess} ?" if guess else " (ex. Europe/Zurich, Europe/Paris, Europe/Brussels)"
    raise ConfigError(f"{section.key('timezone')}: {tz_name!r} n'est pas un fuseau horaire connu{hint}")


def _ids(section: Section, name: str, kind: str, values: tuple[str, ...]) -> None:
    for i, value in enumerate(values):
        platform, _, ident = value.partition(":") if kind == "user" else (name, "", value)
        problem = check_id(kind, platform, ident)
        if problem:
            raise ConfigError(f"{section.key(name)}[{i}]: {value!r} : {problem}")


@dataclass(frozen=True)
class GroupConfig:
    slug: str
    name: str
    timezone: ZoneInfo
    locale: str = "fr_CH"
    coordinators: frozenset[str] = frozenset()  # "platform:user id"
    chats: dict[str, tuple[str, ...]] = field(default_factory=dict)  # platform -> chat ids
    meeting_leads: tuple[timedelta, ...] = ()
    deadline_leads: tuple[timedelta, ...] = ()
    # Also treat Telegram chat admins / Matrix users at this power level as coordinators.
    admins_are_coordinators: bool = False
    coordinator_power_level: int | None = None
    # Public address of `python -m bot serve-calendar`, for /calendrier lien.
    calendar_url: str = ""
    # After an erasure (/oublie_moi), keep the member's name as the author of
    # decisions and agenda items instead of « ancien membre » (see README).
    keep_author_names: bool = False


@dataclass(frozen=True)
class Config:
    data_dir: Path
    groups: tuple[GroupConfig, ...]
    # Raw platform sections; each adapter validates its own with `Section`.
    platforms: dict[str, Section] = field(default_factory=dict)
    source: Path | None = None

    def group(self, slug: str) -> GroupConfig | None:
        return next((g for g in self.groups if g.slug == slug), None)


def _group(section: Section) -> GroupConfig:
    slug = section.str("slug")
    if not slug.replace("-", "").replace("_", "").isalnum() or not slug.isascii():
        raise ConfigError(f"{section.key('slug')}: {slug!r} doit être fait de lettres, chiffres, - et _")
    zone = _timezone(section)
    locale = section.str("locale", "fr_CH")
    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        raise ConfigError(f"{section.key('locale')}: {locale!r} n'est pas une locale connue") from None
    coordinators = section.str_list("coordinators")
    for i, who in enumerate(coordinators):
        platform, _, user = who.partition(":")
        if platform not in PLATFORMS or not user:
            raise ConfigError(
                f"{section.key('coordinators')}[{i}]: {who!r} doit s'écrire plateforme:identifiant "
                f"(ex. telegram:123456789, matrix:@alice:example.org, console:console)"
            )
    _ids(section, "coordinators", "user", coordinators)
    chats: dict[str, tuple[str, ...]] = {}
    chats_section = section.section("chats")
    if chats_section:
        for platform in chats_section.data:
            if platform not in PLATFORMS:
                guess = closest(platform, PLATFORMS)
                hint = f" ; vouliez-vous dire {guess} ?" if guess else ""
                raise ConfigError(f"{chats_section.key(platform)}: plateforme inconnue (attendu : {', '.join(PLATFORMS)}){hint}")
            chats[platform] = chats_section.str_list(platform)
            _ids(chats_section, platform, "chat", chats[platform])
    level = section.data.get("coordinator_power_level")
    if level is not None and (isinstance(level, bool) or not isinstance(level, int)):
        raise ConfigError(f"{section.key('coordinator_power_level')}: un entier est attendu")
    built = GroupConfig(
        slug=slug,
        name=section.str("name", slug),
        timezone=zone,
        locale=locale,
        coordinators=frozenset(coordinators),
        chats=chats,
        meeting_leads=section.durations("reminders", DEFAULT_MEETING_LEADS),
        deadline_leads=section.durations("deadline_reminders", DEFAULT_DEADLINE_LEADS),
        admins_are_coordinators=section.bool("admins_are_coordinators", False),
        coordinator_power_level=level,
        calendar_url=_calendar_url(section),
        keep_author_names=section.bool("keep_author_names", False),
    )
    section.check_unknown()
    return built


def _calendar_url(section: Section) -> str:
    url = section.str("calendar_url", "").rstrip("/")
    if url and not url.startswith(("https://", "http://")):
        raise ConfigError(f"{section.key('calendar_url')}: une adresse http(s):// est attendue, pas {url!r}")
    return url


def parse_config(data: dict[str, Any], source: Path | None = None) -> Config:
    root = Section(data, "")
    storage = root.section("storage") or Section({}, "storage")
    base = source.parent if source else Path.cwd()
    data_dir = Path(storage.str("data_dir", "greffier-data")).expanduser()
    storage.check_unknown()
    groups_raw = root.data.get("groups", [])
    if not isinstance(groups_raw, list) or not groups_raw:
        raise ConfigError("groups: au moins un groupe [[groups]] est requis")
    groups = tuple(_group(Section(g, f"groups[{i}]")) for i, g in enumerate(groups_raw))
    slugs = [g.slug for g in groups]
    for i, slug in enumerate(slugs):
        if slug in slugs[:i]:
            raise ConfigError(f"groups[{i}].slug: {slug!r} est déjà utilisé")
    platforms = {name: section for name in PLATFORM_KEYS if (section := root.section(name))}
    root.check_unknown()
    for name, section in platforms.items():
        # Read in full only by the platform that runs: checked here for every command.
        for key in section.data:
            if key not in PLATFORM_KEYS[name] and key not in SECRET_NAMES:
                raise ConfigError(unknown_key(section.path, key, PLATFORM_KEYS[name]))
        refuse_secrets(section)
    return Config(data_dir if data_dir.is_absolute() else base / data_dir, groups, platforms, source)


def load_config(path: Path) -> Config:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: lecture impossible ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: TOML invalide ({exc})") from None
    return parse_config(data, path.resolve())
