"""A sitting named by its kind and, in other words, the subject its heading
says: « l'atelier cantines » for the « Atelier restauration collective », « la
réunion cantine » for it too (set 40b). Members name a workshop by what it is
about in their own word; the heading says it in the administration's. The
word right after the sitting's noun (no preposition between: « l'atelier
cantines », not « l'atelier de novembre ») is looked up in the families of
words (families.toml, hypernyms.py): when exactly one meeting's heading (its
place's first part) holds a word of the family that word heads, and no
heading holds the word itself (which the places read already), the message is
read again with « la réunion du <day> » in its place, which every reading of a
meeting knows (described_meeting.named_meeting).

Only a word that heads its family counts, and only the family's heads (its
synonyms) in a heading: a kind names no heading by the family's head
(« l'atelier vélo » is no « Atelier mobilité », which may be about the bus),
and a heading naming a kind is not the whole (« Atelier légumerie et circuits
courts » is no « atelier cantines »)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from handlers.understanding.described_meeting import named_meeting
from handlers.understanding.hypernyms import keys_of, reached, synonyms
from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.normalise import fold, lexicon, words
from handlers.understanding.periods import month_of
from handlers.understanding.sitting_order import SINGULAR
from handlers.understanding.verb_forms import conjugated
from storage.models import Meeting

__all__ = ["SITTING_KINDS", "kin_heading"]

# The sitting nouns, folded, that a place of its own may be read from (« l'atelier » of the workshops' headings).
SITTING_KINDS = frozenset({"atelier", "reunion", "reu", "seance", "rencontre", "commission", "comite"})

# The sitting's noun, then one word straight after it.
_NAMED = re.compile(r"(?i)\b(?:l'|l’|la\s+|le\s+|cette\s+|cet\s+)(?:atelier|r[ée]union|r[ée]u|s[ée]ance|rencontre|"
                    r"commission|comit[ée]|groupe\s+de\s+travail)\s+(?P<word>[a-zà-ÿœæ-]{4,})\b")
# The word is read as typed (casefolded, not folded): the order words with their accents too.
_NOT_SUBJECT = SINGULAR | frozenset({"dernière", "première", "précédent", "précédente", "passé", "passe",
                          "passée", "passee", "prévu", "prevu", "prévue", "prevue", "était", "etait", "sera", "avait",
                          "aura", "dont", "elle", "avec", "pour", "chez", "dans", "avant", "après", "apres", "depuis",
                          "pendant", "entre", "vers", "était-il", "technique", "pleniere", "plénière", "thematique",
                          "thématique", "publique", "public", "mensuelle", "annuelle"})


# « la séance de la commission jeunesse »: the body whose sitting is named.
_OF_A_SITTING = re.compile(r"(?i)\b(?:s[ée]ances?|r[ée]unions?|r[ée]us?|rencontres?|sessions?)\s+(?:de|du|des|d['’])\s*$")


def _heading(meeting: Meeting) -> str:
    return heading_of(meeting.place or "")


def kin_heading(text: str, meetings: Sequence[Meeting], own_names: Iterable[str] = ()) -> str | None:
    """`text` with « l'atelier <word> » replaced by the day of the one meeting whose heading says <word> in another
    word of its family, or None; not the group's own name (`own_names`: « la prochaine séance de la commission
    jeunesse » in the commission jeunesse's group is its sitting, set 19d), nor a body whose sitting is named
    (« la séance de la commission jeunesse »)."""
    found = _NAMED.search(text)
    if found is None or _OF_A_SITTING.search(text[:found.start()]):
        return None
    phrase = fold(re.sub(r"^(?:l['’]|la\s+|le\s+|cette\s+|cet\s+)", "", found.group(0), flags=re.I))
    if any(phrase in fold(name) for name in own_names):
        return None
    said = found.group("word")
    if said.casefold() in _NOT_SUBJECT or month_of(said.casefold()) is not None:
        return None
    word = words(said, shorthand=False)
    if len(word) != 1 or word[0].folded in lexicon().stopwords or conjugated(word[0]):
        return None
    mine = keys_of(word[0])
    headings = [(m, frozenset(k for w in words(_heading(m), shorthand=False) for k in keys_of(w))) for m in meetings]
    if any(mine & keys for _, keys in headings):
        return None  # the heading says the word itself: the places read it
    same = synonyms(word[0])
    fitting = {_heading(m) for m, keys in headings if reached(same, keys)}
    if len(fitting) != 1:
        return None
    held = [m for m, keys in headings if _heading(m) in fitting]
    if len(held) != 1:
        return None  # several sittings under that heading: which one is not said
    return text[:found.start()] + named_meeting(held[0]) + text[found.end():]
