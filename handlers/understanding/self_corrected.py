"""A member correcting themselves in the middle of a question.

Typed fast, a message often mends a slip where it happened: « la réunion de
février, pardon, de janvier, elle a lieu où ? », « la réunion d'avril,
pardon, de mars, c'est à quelle heure ? », « Pôle emploi, pardon, France
Travail : qui le représente ? », « le dossier pour la Région, je veux dire
la réponse à l'appel à projets, c'est jusqu'à quand ? ». Read whole, both
the slip and its mending are asked about (two months, two bodies), and the
slip may even win. The mending replaces the words it mends:

- from the last word of the slip's clause that plays the same part as the
  mending's first word (a preposition « de / d' / du / des », an article
  « le / la / les / l' », « à / au / aux », or the same word), to the
  marker: « la réunion [de février], pardon, de janvier » → « la réunion de
  janvier »;
- with no such word, as many of the clause's last words as the mending
  has: « [Pôle emploi], pardon, France Travail » → « France Travail ».

An apology is no mending: « Bonjour, pardon pour le dérangement, … »,
« pardon de vous déranger », « désolé, pardon, je débarque : … » (a
mending opening on « je », « on »… speaks of oneself) are left as written.
"""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold

__all__ = ["self_corrected"]

# « X, pardon, Y », « X, enfin non, Y », « X, je veux dire Y », « X, ou plutôt Y », « X pardon Y »: the marker
# with the comma before it (a slip has words before it), the mending Y up to the next stop.
_MENDED = re.compile(
    r"(?P<slip>[^,.;:?!]+?)\s*,?\s+(?:pardon|oups|enfin\s+non|non\s+pardon|euh\s+pardon|je\s+veux\s+dire|"
    r"je\s+voulais\s+dire|ou\s+plut[ôo]t)\s*,?\s+(?P<mend>[^,.;:?!]+)",
    re.IGNORECASE)
# « Pôle emploi, enfin France Travail », « la réunion de mars, enfin d'avril »: « enfin » mends only after a comma
# and before a name (a capital) or a word playing a part of the slip (« de », « la », « à »); « …, enfin disponible ? »
# or « enfin, c'est quand ? » say « at last » or « well ».
_MENDED_ENFIN = re.compile(
    r"(?P<slip>[^,.;:?!]+?)\s*,\s*enfin\s+(?P<mend>(?:[A-ZÀ-Ý]|(?:le|la|les|l'|de|d'|du|des|à|au|aux)\s*\b)[^,.;:?!]+)")
# « la DDCS enfin le SDJES c'est qui ? » (set 49b): without the comma, « enfin » mends a body's initials or name (a
# capital) by another (a capital after its article at most); « c'est enfin Karim » keeps « at last ».
_MENDED_NAME = re.compile(
    r"(?P<slip>[^,.;:?!]*?\b(?:le|la|les|l'|au|du|des)\s*[A-ZÀ-Ý][\w'-]*)\s+enfin\s+"
    r"(?P<mend>(?:(?:le|la|les|l')\s*)?[A-ZÀ-Ý][^,.;:?!]+)")
# The mending of an apology: « pardon pour … », « pardon, je débarque », « pardon de vous déranger », « pardon à
# tous » (« de » and « à » only before one of _APOLOGY_SECOND: « de janvier », « à Royan » mend).
_APOLOGY_HEADS = frozenset({"pour", "je", "j", "on", "nous", "vous", "tu", "il", "elle", "me", "m", "si", "mais"})
_APOLOGY_SECOND = frozenset({"vous", "te", "t", "me", "m", "tous", "toutes", "toi", "mon", "ma", "mes", "ce", "cette",
                             "avoir", "deranger", "l", "la", "le"})
# Words that play one part: a preposition, an article, « à ».
_PARTS = (frozenset({"de", "d", "du", "des"}), frozenset({"le", "la", "les", "l"}), frozenset({"a", "au", "aux"}))
_WORD = re.compile(r"[\w-]+'?", re.UNICODE)


def _head(word: str) -> str:
    return fold(word).rstrip("'")


def _same_part(a: str, b: str) -> bool:
    return a == b or any(a in part and b in part for part in _PARTS)


def _mended(slip: str, mend: str) -> str | None:
    """`slip` with its last words replaced by `mend`, or None when `mend` is no mending."""
    mend_words = _WORD.findall(mend)
    slip_words = list(_WORD.finditer(slip))
    if not mend_words or not slip_words:
        return None
    first = _head(mend_words[0])
    second = _head(mend_words[1]) if len(mend_words) > 1 else ""
    if first in _APOLOGY_HEADS or first in ("de", "d", "a") and second in _APOLOGY_SECOND:
        return None
    at = next((m.start() for m in reversed(slip_words) if _same_part(_head(m.group(0)), first)), None)
    if at is None:
        if len(mend_words) > len(slip_words):
            return None
        at = slip_words[-len(mend_words)].start()
    return slip[:at] + mend.lstrip()


def self_corrected(text: str) -> str:
    """`text` with each slip its writer mended replaced by the mending (unchanged when none)."""
    def mend(match: re.Match[str]) -> str:
        mended = _mended(match.group("slip"), match.group("mend"))
        return match.group(0) if mended is None else mended

    return _MENDED_NAME.sub(mend, _MENDED_ENFIN.sub(mend, _MENDED.sub(mend, text)))
