"""Who chaired, asked in the past: « le monsieur qui présidait la dernière
fois, c'est qui ? », « qui a présidé la dernière réunion ? », « qui
présidait la séance ? » (blind set 33a).

The store keeps no chair per meeting: the group's chair is the member whose
role says it (« président du groupe de travail »), who chairs every
sitting. In the past tense and beside « la dernière fois », the question
was read between the chair and the last meeting and left unsure. When
nothing else is asked than who chaired a meeting of the group (its own
words are only a meeting's, an order, « c'est qui »), the message is read
again as « qui préside nos réunions ? », which answers the chair's holder."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold

__all__ = ["chaired"]

_CHAIRED = re.compile(r"(?i)\bqui\s+(?:pr[ée]sidait|a\s+pr[ée]sid[ée]e?|avait\s+pr[ée]sid[ée]e?)\b")
# What else the message may say: who it is, which meeting (the last, that sitting), a person's noun.
_ALLOWED = frozenset({"le", "la", "l", "les", "monsieur", "madame", "dame", "personne", "celui", "celle", "derniere",
                      "dernier", "fois", "reunion", "seance", "precedente", "c", "est", "qui", "ce", "etait", "a",
                      "notre", "nos", "reunions", "seances", "presidait", "preside", "presidee", "avait", "lors", "de",
                      "du", "pendant", "comite", "copil", "conseil"})


def chaired(text: str) -> str | None:
    """« qui préside nos réunions ? » when `text` asks only who chaired a meeting, else None."""
    if _CHAIRED.search(text) is None:
        return None
    words = re.findall(r"[a-z]+", fold(text))
    if any(w not in _ALLOWED for w in words):
        return None
    return "qui préside nos réunions ?"
