"""The `[telegram]` section of the configuration, validated at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from bot.config import ConfigError, Section, read_secret

__all__ = ["TelegramConfig"]

OFFICIAL_API = "https://api.telegram.org/bot"
OFFICIAL_FILES = "https://api.telegram.org/file/bot"


@dataclass(frozen=True)
class TelegramConfig:
    # repr=False: a config printed in a log or a traceback never shows secrets.
    token: str = field(repr=False)
    webhook_secret: str | None = field(default=None, repr=False)
    # A local Bot API server (or the test suite's fake one) instead of Telegram's.
    base_url: str = OFFICIAL_API
    base_file_url: str = OFFICIAL_FILES
    max_age: timedelta = timedelta(minutes=10)
    # Tell a chat once, after a restart, that commands sent while away were dropped.
    away_notice: bool = True
    poll_timeout: int = 30
    admin_cache: timedelta = timedelta(minutes=1)
    messages_per_second: float = 30
    group_messages_per_minute: float = 20

    @classmethod
    def from_section(cls, section: Section | None) -> TelegramConfig:
        if section is None:
            raise ConfigError("telegram: la section [telegram] est requise pour --platform telegram")
        token = read_secret(section, "token")
        if not token:
            raise ConfigError(f"{section.key('token_env')} ou {section.key('token_file')} : l'un des deux est requis (le jeton de @BotFather)")
        if ":" not in token or any(c.isspace() for c in token):
            # Never echo the value: it is a secret even when malformed.
            raise ConfigError(f"{section.key('token')}: le jeton lu n'a pas la forme 123456:ABC… donnée par @BotFather")
        max_age = section.number("max_age_seconds", 600)
        poll = section.number("poll_timeout_seconds", 30)
        rate = section.number("messages_per_second", 30)
        group_rate = section.number("group_messages_per_minute", 20)
        cache = section.number("admin_cache_seconds", 60)
        for name, value in (("max_age_seconds", max_age), ("messages_per_second", rate),
                            ("group_messages_per_minute", group_rate)):
            if value <= 0:
                raise ConfigError(f"{section.key(name)}: un nombre positif est attendu")
        if not 0 <= poll <= 50:
            raise ConfigError(f"{section.key('poll_timeout_seconds')}: entre 0 et 50 secondes")
        if cache < 0:
            raise ConfigError(f"{section.key('admin_cache_seconds')}: un nombre positif ou nul est attendu")
        return cls(
            token=token,
            webhook_secret=read_secret(section, "webhook_secret"),
            base_url=section.str("base_url", OFFICIAL_API),
            base_file_url=section.str("base_file_url", OFFICIAL_FILES),
            max_age=timedelta(seconds=max_age),
            away_notice=section.bool("away_notice", True),
            poll_timeout=int(poll),
            admin_cache=timedelta(seconds=cache),
            messages_per_second=rate,
            group_messages_per_minute=group_rate,
        )
