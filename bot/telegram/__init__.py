"""Greffier on Telegram: the adapter and the pieces it is built from.

`adapter` (python-telegram-bot in front of the router), `config` (the
`[telegram]` section), `format` (HTML, splitting, command names), `incoming`
(a Telegram update -> a `Message`), `menus` (the command menus), `net`
(retries and token redaction) and `webhook` (the webhook server).
`bot.cli` imports this package on demand, through `build_adapter`.
"""

from bot.telegram.adapter import TelegramAdapter, build_adapter
from bot.telegram.config import TelegramConfig

__all__ = ["TelegramAdapter", "TelegramConfig", "build_adapter"]
