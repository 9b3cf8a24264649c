"""The `[matrix]` section of the configuration, validated at start-up.

Secrets (access token or password) come from the environment or a file via
`bot.config.read_secret`; they are kept out of `repr` so they never reach a
log line. Every error names the dotted key at fault.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from bot.config import ConfigError, Section, read_secret

__all__ = ["MatrixSettings"]


@dataclass(frozen=True)
class MatrixSettings:
    homeserver: str
    user_id: str
    access_token: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    device_name: str = "Greffier"
    # Names that address the bot in a room besides its user id ("Greffier: ...").
    names: tuple[str, ...] = ("greffier",)
    # Invitations are accepted only from these users, or from users of these servers.
    allowed_inviters: tuple[str, ...] = ()
    allowed_servers: tuple[str, ...] = ()
    # Events older than this (a backlog after a long outage) are not answered.
    max_age: timedelta = timedelta(minutes=10)
    sync_timeout_ms: int = 30_000
    timeline_limit: int = 50
    # Backoff after a failed sync or send: doubles from `initial` up to `max`.
    backoff_initial: float = 1.0
    backoff_max: float = 60.0
    # Announcements are paced like Synapse's default rc_message (0.2/s,
    # burst 10) so that announcing to many rooms is not throttled;
    # 0 disables pacing (the bot account is exempt on the homeserver).
    announce_per_second: float = 0.2
    announce_burst: int = 10
    # How long one message may keep being retried (rate limit, homeserver
    # down) before it is given up and logged.
    send_give_up_seconds: float = 600.0
    # Where the e2e device and session keys live (None: no encryption);
    # `build_adapter` puts it in the data folder.
    e2e_store: Path | None = None

    @property
    def server_name(self) -> str:
        return self.user_id.partition(":")[2]

    @classmethod
    def from_section(cls, section: Section | None) -> MatrixSettings:
        if section is None:
            raise ConfigError("matrix: la section [matrix] est requise pour --platform matrix")
        homeserver = section.str("homeserver").rstrip("/")
        if not homeserver.startswith(("https://", "http://")):
            raise ConfigError(f"{section.key('homeserver')}: une URL http(s):// est attendue, pas {homeserver!r}")
        user_id = section.str("user_id")
        if not (user_id.startswith("@") and ":" in user_id):
            raise ConfigError(f"{section.key('user_id')}: un identifiant Matrix (@nom:serveur) est attendu, pas {user_id!r}")
        access_token = read_secret(section, "access_token")
        password = read_secret(section, "password")
        if access_token is None and password is None:
            raise ConfigError(f"{section.key('access_token_env')} ou {section.key('password_env')} (ou leur variante _file) : l'un des deux est requis")
        localpart = user_id[1:].partition(":")[0]
        names = section.str_list("names", (localpart,))
        max_age = section.number("max_age_seconds", 600)
        announce_rate = section.number("announce_per_second", 0.2)
        numbers = {
            "max_age_seconds": max_age,
            "announce_per_second": announce_rate,
            "sync_timeout_seconds": section.number("sync_timeout_seconds", 30),
            "backoff_max_seconds": section.number("backoff_max_seconds", 60),
        }
        for key, value in numbers.items():
            if value < 0:
                raise ConfigError(f"{section.key(key)}: un nombre positif est attendu, pas {value!r}")
        burst = section.number("announce_burst", 10)
        if burst < 1:
            raise ConfigError(f"{section.key('announce_burst')}: au moins 1")
        backoff_max = numbers["backoff_max_seconds"] or 60.0
        return cls(
            homeserver=homeserver,
            user_id=user_id,
            access_token=access_token,
            password=password,
            device_name=section.str("device_name", "Greffier"),
            names=tuple(n.casefold() for n in names),
            allowed_inviters=section.str_list("allowed_inviters"),
            allowed_servers=section.str_list("allowed_servers"),
            max_age=timedelta(seconds=max_age),
            sync_timeout_ms=int(numbers["sync_timeout_seconds"] * 1000),
            timeline_limit=int(section.number("timeline_limit", 50)),
            backoff_initial=min(1.0, backoff_max),
            backoff_max=backoff_max,
            announce_per_second=announce_rate,
            announce_burst=int(burst),
            send_give_up_seconds=section.number("send_give_up_seconds", 600),
        )
