"""« quand » opening a clause of circumstance, not asking a time:
« Qu'est-ce qu'il faut donner au PGHM quand on déclare une plongée ? »
asks what, in the case said, as « lorsqu'on déclare » would (the lead's set
66); it was read as a date asked (« quand ») of a topic no deadline holds.

Only after another question word (« qu'est-ce que », « quoi », « qui »,
« combien », « comment », « quel ») and before a subject pronoun (« quand
on déclare », « quand il pleut »): « c'est quand on se réunit ? » asks the
time (« c'est » asks no other thing), and so does « quand » first."""

from __future__ import annotations

import re

__all__ = ["when_as_case"]

_ASKED = re.compile(r"(?i)\b(?:qu['’]est[- ]ce|quoi|qui|combien|comment|quel(?:le)?s?)\b")
# « qui sait quand on se réunit ? », « comment savoir quand il vient ? »: the time is what is known or told.
_TOLD = re.compile(r"(?i)\b(?:sai[st]|savez|savons|savent|savoir|dire|dit|indiquer|rappeler|conna[iî]tre|pr[ée]ciser)"
                   r"(?:\s+\S+)?\s*$")
_CLAUSE = re.compile(r"(?i)\bquand\s+(?=(?:on|il|ils|elle|elles|je|j['’]|tu|nous|vous)\b)")


def when_as_case(text: str) -> str:
    """`text` with « quand on … » read as « lorsqu'on … » after another question word, else `text`."""
    clause = _CLAUSE.search(text)
    if clause is None or not _ASKED.search(text[:clause.start()]) or _TOLD.search(text[:clause.start()]):
        return text
    after = text[clause.end():]
    return text[:clause.start()] + ("lorsqu'" if after[:1].lower() in "aeiouéèê" else "lorsque ") + after
