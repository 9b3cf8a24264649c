"""The French of Marseille and Provence as members write it in a group chat
(blind set 44a, the comité de suivi of an urban renewal project in the north
of Marseille):

- an interjection opening the message or closing it (« vé, la prochaine
  réunion … ? », « zou, l'ordre du jour de mardi ? », « peuchère, … »,
  « fan de chichourle, … », « oh fada, … », « …, vé ? »), a word of address
  closing it even with no comma (« c'est qui frère ? », « le PV stp
  frère », « …, le papet ? »): they name nothing asked;
- « en bas » and « là-haut » said of a place the asker pictures from where
  they stand (« c'est qui en bas ? », « elle bosse où, là-haut ? », « en bas
  au Pharo »): the place named after them, if any, is what is asked;
- the Provençal words of the chat, written in plain French: « dégun »
  (personne), « tarpin » (beaucoup, très), « le minot », « la pitchoune »
  (l'enfant), « on cause » (on parle), « on se capte » (on se voit), « ça
  boulègue ? » (ça avance ?), « quèsaco » (c'est quoi), « qui monte / qui
  descend au Pharo ? » (qui vient);
- a comment after the question that asks nothing of the records: « …,
  dégun le connaît ? », « …, y en a tarpin », « …, c'est chaud là »,
  « …, ça m'emboucane », « … ou il s'est ensuqué quelque part ? » (the
  thing is late, or not).

Each of them was a topic or a word the readings had to account for, and the
plain question fell under the bar. A message made of nothing else (« zou,
j'y vais », « peuchère ») is left as typed, for the chat readers; so is a
word written with a capital inside the message, a name (« l'association
Dégun »)."""

from __future__ import annotations

import re
from handlers.understanding.turns_tidy import tidied

__all__ = ["marseille_as_french"]

_I = re.IGNORECASE

# Interjections of Marseille and Provence (and two of the quartiers'), as written in the chat.
_INTERJECTIONS = (r"v[ée]|v[èe]|zou|allez\s+zou|p[ée]uch[èe]re|pech[èe]re|fan\s+de\s+(?:chichourle|chichoune|pied)"
                  r"|oh\s+fada|boudiou|bou\s+diou|macarel|oh\s+p[ée]tard|oh\s+bonne\s+m[èe]re"
                  r"|starfoullah|starfallah|astaghfirou?llah|astaghfirullah|o[ïi]")
_OPENING = re.compile(rf"^\s*(?:{_INTERJECTIONS})\s*(?:[,!.…]+\s*|\s+)(?=\S)", _I)
# « fada » alone opens a message only before a comma (« fada, c'est quand ? »): elsewhere it is said of someone.
_FADA_OPENING = re.compile(r"^\s*fada\s*[,!]+\s*(?=\S)", _I)
# Closing: an interjection or a word of address after the question. « frère » needs no comma, but no article or
# possessive before it (« le frère de Karim », « mon frère », « son frère » are people).
_ADDRESS = r"fr[èe]re|fr[ée]rot|le\s+papet|mon\s+vieux|mon\s+beau|ma\s+belle"
_NOT_ADDRESSED = "".join(rf"(?<!\b{w})" for w in ("le", "la", "un", "mon", "ton", "son", "du", "de", "au", "ce"))
_CLOSING = re.compile(rf"{_NOT_ADDRESSED}(?:\s*,\s*|\s+)(?:{_INTERJECTIONS}|{_ADDRESS})\s*(?=[?!.…]*\s*$)", _I)

# « en bas » / « là-haut » standing alone, or before the place they point at (« en bas au Pharo »).
_DEIXIS = re.compile(r"(?:\s*,\s*|\s+)(?:en\s+bas|l[àa][- ]haut)"
                     r"(?=\s*(?:[,?!.…]|$)|\s+(?:au|aux|à|a|chez|dans)\b)", _I)

# Words of the chat, folded of their accents in the pattern, and the French they stand for.
_WORDS = (
    (re.compile(r"\bd[ée]gun\b", _I), "personne"),
    # « on a tarpin de réunions » : the quantity asks nothing (« beaucoup » would be a topic), the things remain.
    (re.compile(r"\btarpin\s+d(?:e\s+|['’]\s*)", _I), "des "),
    (re.compile(r"\b(?:y\s+)?en\s+a\s+tarpin\b", _I), "y en a beaucoup"),
    # Before an adjective « très » (« c'est tarpin cher »), else « beaucoup » (« il pleut tarpin »).
    (re.compile(r"\btarpin\b(?=\s+[^\W\d_]{3,})(?!\s+(?:ce|cette|ces|le|la|les|des|du|aujourd|hier|en|depuis)\b)",
                _I), "très"),
    (re.compile(r"\btarpin\b", _I), "beaucoup"),
    (re.compile(r"\bminots\b|\bminottes\b|\bpitchoun(?:e|o)?s\b", _I), "enfants"),
    (re.compile(r"\bminot\b|\bminotte\b|\bpitchoun(?:e|o)?\b", _I), "enfant"),
    (re.compile(r"\b(on|vous|nous|ils|elles)\s+(?:caus(?:e|ez|ons|ent|era|erons|ait))\b", _I), r"\1 parle"),
    (re.compile(r"\bse\s+capte(?:r)?\b", _I), "se voit"),
    (re.compile(r"\bboul[èe]gue\b", _I), "avance"),
    (re.compile(r"\bqu[èe]saco\b", _I), "c'est quoi"),
    (re.compile(r"\bqui\s+(?:monte|descend)\b", _I), "qui vient"),
)

# A comment closing a question (a question word before it), after a comma, that asks nothing of the records: nobody
# knowing or coming, there being a lot, a situation being hard, the asker's annoyance.
_ASKED = re.compile(r"\b(?:qui|quoi|quand|o[ùu]|combien|quel(?:le)?s?)\b", _I)
_COMMENT = re.compile(
    r"\s*,\s*(?:"
    r"(?:d[ée]gun|personne)\s+(?:ne\s+|n['’]\s*)?\w+\b[^,?]*"
    r"|(?:y\s+)?en\s+a\s+(?:tarpin|beaucoup)\b[^,?]*"
    r"|c['’]est\s+chaud\b[^,?]*"
    r"|(?:ça|ca)\s+m['’]\s*emboucane\b[^,?]*"
    r")(?=\?*\s*$)", _I)
# « … ou il s'est ensuqué (quelque part) ? »: the thing is stuck; the question is whether it is done, or not.
_STUCK = re.compile(r"\s+ou\s+(?:il|elle|ça|ca)\s+s['’]est\s+ensuqu[ée]e?s?\b[^?]*(?=\?*\s*$)", _I)


def marseille_as_french(text: str) -> str:
    """`text` with the Marseille turns above read away or written in plain French; `text` itself when there are
    none, or when nothing else would be left."""
    rewritten = _OPENING.sub("", text, count=1)
    rewritten = _FADA_OPENING.sub("", rewritten, count=1)
    rewritten = _STUCK.sub(" ou pas", rewritten)
    comment = _COMMENT.search(rewritten)
    if comment is not None and _ASKED.search(rewritten[:comment.start()]):
        rewritten = rewritten[:comment.start()] + " " + rewritten[comment.end():]
    rewritten = _CLOSING.sub(" ", rewritten)
    rewritten = _DEIXIS.sub("", rewritten)
    for pattern, french in _WORDS:
        # A word written with a capital inside the message is a name (« l'association Dégun »), not the chat's.
        rewritten = pattern.sub(lambda m, f=french: m.group(0) if m.start() and m.group(0)[:1].isupper()
                                else m.expand(f), rewritten)
    if rewritten == text:
        return text
    return tidied(text, rewritten, leading=True, two_words=True, asks=True)
