"""The tidy-up every regional rewriting ends with (antilles_turns.py,
chti_turns.py, creole_turns.py, gascon_turns.py, marseille_turns.py):
spaces, the punctuation the rewriting left loose, and the message itself
back when nothing worded is left."""

from __future__ import annotations

import re

__all__ = ["tidied"]


def tidied(text: str, rewritten: str, *, strip: str | None = None, before_stop: bool = False, leading: bool = False,
           spaced_question: bool = False, two_words: bool = False, asks: bool = False) -> str:
    """`rewritten` (the French of `text`) with its spaces made single and stripped (of `strip` too); with
    `before_stop`, no space before a comma or a full stop; with `leading`, no punctuation left at its start; with
    `spaced_question`, a space before « ? ». `text` itself when no word is left (with `two_words`, fewer than two);
    with `asks`, the question mark `text` had is kept."""
    rewritten = re.sub(r"\s{2,}", " ", rewritten).strip(strip)
    if before_stop:
        rewritten = re.sub(r"\s+([,.])", r"\1", rewritten)
    if leading:
        rewritten = re.sub(r"^[,;:.!\s]+", "", rewritten)
    if spaced_question:
        rewritten = re.sub(r"\s*(\?+)", r" \1", rewritten)
    if not re.search(r"[^\W\d_]{2,}", rewritten) or two_words and len(re.findall(r"[^\W\d_]+", rewritten)) < 2:
        return text
    if asks and "?" in text and "?" not in rewritten:
        rewritten = rewritten.rstrip(" .!,") + " ?"
    return rewritten
