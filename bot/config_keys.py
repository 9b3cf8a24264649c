"""Which keys a configuration may hold, and what to say about the others.

A misspelt key silently ignored is a setting that silently does not apply
(`coordinateurs = [...]` leaves the group without coordinators), so every
unknown key stops start-up, naming the closest valid one. The `[[groups]]`,
`[storage]` and top-level tables know their keys from what `bot.config`
reads (see `Tracked`), so a new group setting needs no list to update; the
platform sections, read only when their platform runs, are listed here so
that `console` checks them too (a test holds these lists to what the
sections read).

Also here: ids per platform, and `*_env` keys, whose value must be the
*name* of a variable; a value that is not one is most likely a secret
pasted by mistake and is never printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz, process

__all__ = [
    "PLATFORM_KEYS",
    "SECRET_NAMES",
    "Tracked",
    "check_env_name",
    "check_id",
    "closest",
    "unknown_key",
]

PLATFORM_KEYS: dict[str, frozenset[str]] = {
    "telegram": frozenset({
        "token_env", "token_file", "webhook_secret_env", "webhook_secret_file", "base_url", "base_file_url",
        "max_age_seconds", "away_notice", "poll_timeout_seconds", "messages_per_second",
        "group_messages_per_minute", "admin_cache_seconds",
    }),
    "matrix": frozenset({
        "homeserver", "user_id", "access_token_env", "access_token_file", "password_env", "password_file",
        "device_name", "names", "allowed_inviters", "allowed_servers", "max_age_seconds", "sync_timeout_seconds",
        "timeline_limit", "backoff_max_seconds", "announce_per_second", "announce_burst", "send_give_up_seconds",
    }),
    "scheduler": frozenset({"grace_seconds", "announce_grace_seconds"}),
}
# Secrets that must come from `<name>_env` or `<name>_file`, never the TOML.
SECRET_NAMES = ("token", "webhook_secret", "access_token", "password")
# French words a French-speaking operator may write for an English key.
_FRENCH = {
    "coordinateurs": "coordinators", "coordinateur": "coordinators", "rappels": "reminders",
    "rappels_echeances": "deadline_reminders", "stockage": "storage", "groupes": "groups", "groupe": "groups",
    "fuseau": "timezone", "fuseau_horaire": "timezone", "nom": "name", "langue": "locale",
    "discussions": "chats", "salons": "chats", "jeton_env": "token_env", "planificateur": "scheduler",
}
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,127}")


class Tracked(dict[str, Any]):
    """A TOML table that remembers which keys the code looked at."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.seen: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.seen.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.seen.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.seen.add(key)
        return super().__contains__(key)

    def unseen(self) -> list[str]:
        return [key for key in self if key not in self.seen]


def closest(word: str, choices: Iterable[str], cutoff: float = 60) -> str | None:
    """The valid word nearest to a misspelt one, if any is near enough."""
    options = list(choices)
    folded = word.casefold()
    same = [c for c in options if c.casefold() == folded]
    if same:
        return same[0]
    if folded in _FRENCH and _FRENCH[folded] in options:
        return _FRENCH[folded]
    found = process.extractOne(folded, options, scorer=fuzz.ratio, processor=str.casefold, score_cutoff=cutoff)
    return found[0] if found else None


def unknown_key(where: str, key: str, valid: Iterable[str]) -> str:
    """`groups[0].coordinateurs : clé inconnue ; vouliez-vous dire coordinators ?`"""
    guess = closest(key, valid)
    hint = f" ; vouliez-vous dire {guess} ?" if guess else f" (clés possibles : {', '.join(sorted(valid))})"
    dotted = f"{where}.{key}" if where else key
    return f"{dotted}: clé inconnue{hint}"


def check_env_name(key: str, value: Any) -> str | None:
    """What is wrong with a `*_env` value, without ever repeating it."""
    if isinstance(value, str) and _ENV_NAME.fullmatch(value):
        return None
    return (
        f"{key}: le nom d'une variable d'environnement est attendu (lettres, chiffres et _, "
        "ex. GREFFIER_TELEGRAM_TOKEN), pas sa valeur. La valeur écrite n'en est pas un : si c'est un secret "
        "collé par erreur, retirez-le du fichier (et changez-le s'il a pu être lu), mettez-le dans la "
        "variable nommée ici ou dans un fichier (*_file)."
    )


_TELEGRAM_ID = re.compile(r"-?[0-9]{1,20}")
_MATRIX_USER = re.compile(r"@[^:\s]+:\S+")
# Room ids of room version 12 have no server part (`!<hash>`); aliases always do.
_MATRIX_ROOM = re.compile(r"![^:\s]+(:\S+)?|#[^:\s]+:\S+")


def check_id(kind: str, platform: str, value: str) -> str | None:
    """Why `value` is no `kind` ("user" or "chat") id on `platform`, if it is not."""
    if platform == "telegram" and not _TELEGRAM_ID.fullmatch(value):
        if kind == "user":
            return ("un identifiant Telegram est un nombre (ex. telegram:123456789), pas un @nom : "
                    "pour connaître le sien, écrire à @userinfobot sur Telegram")
        return ("l'identifiant d'un groupe Telegram est un nombre (ex. -1001234567890) : ajoutez le bot au "
                "groupe et tapez /lier <nom-court>, ou lisez « chat.id » dans les journaux du bot")
    if platform == "matrix" and kind == "user" and not _MATRIX_USER.fullmatch(value):
        return "un identifiant Matrix s'écrit @nom:serveur (ex. matrix:@alice:example.org)"
    if platform == "matrix" and kind == "chat" and not _MATRIX_ROOM.fullmatch(value):
        return "un salon Matrix s'écrit !identifiant:serveur ou #alias:serveur (ex. !abcdef:example.org)"
    return None
