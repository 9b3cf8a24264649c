"""Network hygiene for the Telegram adapter: retries, pacing, a quiet token.

`RetryingRateLimiter` paces every Bot API call under Telegram's flood limits
(python-telegram-bot's `AIORateLimiter`), waits out `RetryAfter` answers, and
also retries what AIORateLimiter does not: timeouts, dropped connections and
5xx answers, with exponential backoff. `TokenFilter` keeps the bot token out
of every log line (httpx logs each request URL, and the URL holds the token).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

__all__ = ["Backoff", "RetryingRateLimiter", "TokenFilter", "token_redacted"]

log = logging.getLogger(__name__)

ApiResult = bool | dict[str, Any] | list[dict[str, Any]]


class Backoff:
    """Exponential delays: base, 2*base, 4*base... capped; reset on success."""

    def __init__(self, base: float = 1.0, cap: float = 60.0) -> None:
        self.base = base
        self.cap = cap
        self._next = base

    def next(self) -> float:
        delay = self._next
        self._next = min(self._next * 2, self.cap)
        return delay

    def reset(self) -> None:
        self._next = self.base


class RetryingRateLimiter(AIORateLimiter):
    """AIORateLimiter that also retries network errors and 5xx answers.

    A timed-out send may already have reached Telegram (it has no idempotency
    key), so a retry can, rarely, post a message twice; losing a reply would
    be worse. `getUpdates` is not retried here: the polling loop owns its
    own backoff and must never give up.
    """

    def __init__(
        self,
        overall_max_rate: float = 30,
        group_max_rate: float = 20,
        retry_after_retries: int = 5,
        network_retries: int = 5,
        backoff: tuple[float, float] = (1.0, 30.0),
    ) -> None:
        super().__init__(overall_max_rate=overall_max_rate, group_max_rate=group_max_rate, max_retries=retry_after_retries)
        self.network_retries = network_retries
        self.backoff = backoff

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, ApiResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> ApiResult:
        attempt = super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        if endpoint == "getUpdates":
            return await attempt
        delays = Backoff(*self.backoff)
        for tries in range(self.network_retries + 1):
            try:
                return await attempt
            except BadRequest:
                raise  # our request is wrong (a subclass of NetworkError in PTB): retrying cannot help
            except NetworkError as error:
                if tries == self.network_retries:
                    raise
                delay = delays.next()
                log.warning("Bot API %s failed (%s); retry %d in %.1f s", endpoint, error, tries + 1, delay)
                await asyncio.sleep(delay)
                attempt = super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        raise AssertionError("unreachable")


class TokenFilter(logging.Filter):
    """Replace the token by `<token>` in a record's message and traceback."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self._token in message:
            record.msg, record.args = message.replace(self._token, "<token>"), ()
        if record.exc_info and not record.exc_text:
            # Format the traceback now, so handlers print the cleaned copy.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self._token in record.exc_text:
            record.exc_text = record.exc_text.replace(self._token, "<token>")
        return True


@contextmanager
def token_redacted(token: str) -> Iterator[None]:
    """While running, no log record shows `token`.

    The filter goes on the httpx logger (records are cleaned before they
    propagate anywhere) and on the root logger's handlers (which see every
    record that propagates, ours and the libraries').
    """
    token_filter = TokenFilter(token)
    targets: list[logging.Filterer] = [logging.getLogger("httpx"), *logging.getLogger().handlers]
    for target in targets:
        target.addFilter(token_filter)
    try:
        yield
    finally:
        for target in targets:
            target.removeFilter(token_filter)
