"""The French of the South-West (Gascony, Béarn, Bigorre) as members write it
in a group chat (blind set 45a, the commission pastorale of a valley of the
Hautes-Pyrénées):

- « adieu » is hello there, not farewell; with « hèèè », « tè », « boudu »,
  « cap de Diou » it opens a message and names nothing asked (« adieu ! la
  prochaine commission c'est quand ? », « tè, tu sais faire quoi ? »); so
  does « ça va (con) ? » before the question;
- « con » is punctuation, not a word of the question (« c'est à quelle
  heure con ? », « de quoi on cause le 10, con ? »), unless a determiner
  makes it a noun (« le con », « un con »);
- a clause opened by « que » after a comma gives the asker's reason, the
  Occitan way (« c'était à quelle heure, que j'ai encore les jambes en
  compote ? », « on a quoi à venir, que je m'organise ? »): it asks nothing;
- a comment on the crowd after a comma (« …, y a un monde fou »);
- a guess put after « c'est qui X » (« c'est qui Amélie Barrère, la
  véto ? », « Romain c'est qui, un pitchoun de la vallée ? »): the card
  answers it;
- « il descend / elle monte pour la commission ? » is « vient à … », the
  valley's people going up to the estive or down to the village;
- « … ou il s'est pégué / tanqué quelque part ? » (stuck): whether the
  thing is done, or not;
- « là-haut » before a time (« une battue là-haut en septembre ? »): the
  estive as the asker pictures it, no place asked.

A message made of nothing else (« adieu à tous », « boudu ») is left as
typed, for the chat readers; so is a word written with a capital inside the
message, a name."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold, lexicon
from handlers.understanding.turns_tidy import tidied

__all__ = ["gascon_as_french"]

_I = re.IGNORECASE

# « adieu » opens a greeting here; a first name may follow it (« adieu Maylis, … »), then a comma or a stop.
_OPENING = re.compile(r"^\s*(?:adieu(?:\s+[A-ZÀ-Ý][\w-]+)?|h[èe]{2,}|tè|te(?=\s*[,!])"
                      r"|boudu(?:\s+con)?|cap\s+de\s+(?:diou|d[ée]u|dious)|o[uù]ille)\s*(?:[,!.…]+\s*|\s+)(?=\S)", _I)
# « ça va (con) ? » before the question: the greeting, not a question of the records.
_HOW_ARE_YOU = re.compile(r"^\s*(?:ça|ca|sa)\s+va\s*(?:,?\s*con)?\s*[?!]+\s*(?=\S)", _I)
# « con » closing the question or opening it; no determiner before it (« le con », « un con », « ce con »).
_NOT_NOUN = "".join(rf"(?<!\b{w})" for w in ("le", "un", "ce", "du", "au", "de", "quel", "gros", "grand", "petit"))
_CON_CLOSING = re.compile(rf"{_NOT_NOUN}(?:\s*,\s*|\s+)con\s*(?=[?!.…]*\s*$)", _I)
_CON_OPENING = re.compile(r"^\s*con\s*,\s*(?=\S)", _I)
_CON_BEFORE_TAG = re.compile(rf"{_NOT_NOUN}\s+con\s*(?=\?)", _I)

# Without a question mark, « quel » is as often an exclamation (« boudu quel cagnard »): the other words only.
_ASKED_PLAIN = re.compile(r"\b(?:qui|quoi|quand|o[ùu]|combien|comment)\b", _I)
_ASKED = re.compile(r"\b(?:qui|quoi|quand|o[ùu]|combien|quel(?:le)?s?|comment)\b", _I)
# « , que j'ai … », « , que je m'organise … »: the reason, after the question, up to the end.
_REASON = re.compile(r"\s*[,?]\s*qu(?:e\s+|['’]\s*)(?:je|j['’]|tu|on|il|elle|nous|vous|ils|elles)\b[^?]*(?=\?*\s*$)",
                     _I)
# « on est qui dans cette commission, y a un monde fou »: a comment on the crowd, after a comma, asks nothing.
_CROWD = re.compile(r"\s*,\s*(?:il\s+)?y\s+(?:en\s+)?a\s+(?:un\s+monde\s+fou|du\s+monde|un\s+paquet|plein)\b[^,?]*(?=\?*\s*$)",
                    _I)
# « c'est qui X, la véto ? » / « X c'est qui, un pitchoun … ? »: a guess at the person, after a comma.
_GUESS = re.compile(r"(?<=\S)\s*,\s*(?:un|une|le|la|l['’])\s*[^,?]{2,40}(?=\?*\s*$)", _I)
_WHO = re.compile(r"\bc['’]est\s+qui\b", _I)
# A word of two letters or more: the person named next to « c'est qui » (« Louis Carrère », « le Romain »), not a
# word that only carries the talk (« alors », « du coup », « et »: `_names_someone`).
_NAMED = re.compile(r"[^\W\d_]{2,}")
_TALK = frozenset({"coup", "bon", "ben", "bah", "euh", "hein", "ok", "fait", "finalement", "sinon", "pardon", "tiens",
                   "bref", "enfin"})
# « il descend / elle monte pour la commission ? »: coming to it.
_GOING = re.compile(r"\b(il|elle|on)\s+(?:descend|monte)\s+(?:pour|à|a)\b", _I)
# « une battue là-haut en septembre », « monter là-haut cet été »: the estive the asker pictures, no place asked.
_UP_THERE = re.compile(r"\s+l[àa][- ]haut(?=\s+(?:en|cet|cette|ce|pour|avec|depuis|demain|aujourd)\b)", _I)
# « … ou il s'est pégué (dans un tiroir) ? »: the thing is stuck.
_STUCK = re.compile(r"\s+ou\s+(?:il|elle|ça|ca)\s+s['’]est\s+(?:p[ée]gu[ée]r?|tanqu[ée]r?)e?s?\b[^?]*(?=\?*\s*$)", _I)


def _names_someone(text: str) -> bool:
    """Whether `text` (around « c'est qui », before the guess's comma) names a person: a word of two letters or more
    that is neither a stopword nor talk (« alors c'est qui, le monsieur de la CARSAT ? » names nobody)."""
    stop = lexicon().stopwords
    return any(fold(w) not in stop and fold(w) not in _TALK for w in _NAMED.findall(text))


def gascon_as_french(text: str) -> str:
    """`text` with the South-West turns above read away or written in plain French; `text` itself when there are
    none, or when nothing else would be left."""
    if "?" not in text and not _ASKED_PLAIN.search(text):
        return text  # « adieu à tous », « boudu quel cagnard »: chat, for the chat readers
    rewritten = _OPENING.sub("", text, count=1)
    rewritten = _HOW_ARE_YOU.sub("", rewritten, count=1)
    rewritten = _CON_OPENING.sub("", rewritten, count=1)
    rewritten = _CON_CLOSING.sub(" ", rewritten)
    rewritten = _CON_BEFORE_TAG.sub(" ", rewritten)
    rewritten = _STUCK.sub(" ou pas", rewritten)
    crowd = _CROWD.search(rewritten)
    if crowd is not None and _ASKED_PLAIN.search(rewritten[:crowd.start()]):
        rewritten = rewritten[:crowd.start()] + " ?"
    reason = _REASON.search(rewritten)
    if reason is not None and _ASKED.search(rewritten[:reason.start()]):
        rewritten = rewritten[:reason.start()] + " ?"
    if (who := _WHO.search(rewritten)) is not None and (guess := _GUESS.search(rewritten)) is not None and (
            guess.start() >= who.end() and _names_someone(rewritten[:who.start()] + rewritten[who.end():guess.start()])):
        # The guess follows « c'est qui » and the person it guesses at is named, before or after it. « c'est qui, le
        # monsieur de la CARSAT ? » names nobody: the words after the comma are the question (sets 34c, 36c, 41a);
        # « si j'ai …, le directeur du CIO c'est qui ? » has its comma before « c'est qui » (set 43b).
        rewritten = rewritten[:guess.start()] + " ?"
    rewritten = _UP_THERE.sub("", rewritten)
    # « le Romain il descend pour … »: the name is the subject, said once (« on monte à … » keeps its « on »).
    rewritten = _GOING.sub(lambda m: "on vient à" if m.group(1).lower() == "on" else "vient à", rewritten)
    if rewritten == text:
        return text
    return tidied(text, rewritten, leading=True, spaced_question=True, two_words=True, asks=True)
