"""Greffier on Matrix: the adapter and the pieces it is built from.

`adapter` (the sync loop in front of the router), `config` (the `[matrix]`
section), `events` (what an event means: addressed, who may invite),
`edits` (which edited messages are answered, and where), `replies`
(replies and threads) and `send` (paced sending with retries). `bot.cli` imports this package on
demand, through `build_adapter`.
"""

from bot.matrix.adapter import MatrixAdapter, MatrixError, MatrixLoginError, build_adapter
from bot.matrix.config import MatrixSettings

__all__ = ["MatrixAdapter", "MatrixError", "MatrixLoginError", "MatrixSettings", "build_adapter"]
