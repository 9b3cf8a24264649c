"""The furniture a group chat puts around a question, read away before the
question is understood (blind set 38b):

- a mention of everyone (« @tous », « @toutes », « @all », « @everyone »,
  « @here », « @channel »): it says to whom the message goes, as « Bonjour
  à tous » does, never what is asked (« @tous le COPIL de décembre c'est
  bien le 8 ??? »); a member's own mention (« @Thierry tu as les clés ? »)
  stays, as it says the message is for someone else;
- a pasted link (« https://…/agenda le prochain comité c'est quel jour ? »,
  « www.… »): the words of its address (« agenda », the town's name in the
  domain) are no part of the question;
- an aside of the member's own in brackets, opening or closing the message
  (« (désolée si déjà demandé) la prochaine séance … ? », « (pour mon
  agenda) le groupe … finit à quelle heure ? », « (j'étais excusée)
  qu'est-ce qui a été décidé le 19 novembre ? », « … ? (désolée je l'ai pas
  reçu) »): it speaks of the writer (« je », « mon », « perso »), apologises
  or labels the question (« petite question »), and asks nothing itself (no
  question word, no « ? » inside). A bracket that names what is asked
  (« Samuel Lecomte (PRE ?) c'est qui ? », « les réunions (copil,
  comités…) ») or sits inside the question stays.

- a shouted label opening a question (« 🔴 URGENT 🔴 l'appel à projets c'est
  pour quand ??? », « IMPORTANT : qui représente la CAF ? », « SOS … ? »): it
  says how pressing the question is, not what it asks (a message without a
  question mark keeps it: « urgent, appelez-moi »).

A message made of nothing else (a link alone, « @tous » alone, an aside
alone) is left as typed, for the chat readers.

Also here: a request closed by « svp », « stp » or « s'il vous plaît » and
then exclamation marks (« le CR du copil de septembre svp !! ») still asks;
the exclamation is the chat's insistence, not news told (`pleads`)."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold

__all__ = ["pleads", "without_furniture"]

# « @tous », « @toutes », « @tout_le_monde », « @all », « @everyone », « @here », « @channel ».
_EVERYONE = re.compile(r"(?<![\w@])@(?:tous|toutes|tout[_-]?le[_-]?monde|all|everyone|here|channel|team|equipe|"
                       r"équipe)\b[\s,:!]*", re.IGNORECASE)
# A pasted address: « https://… », « http://… », « www.… », up to the next space.
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# « URGENT », « IMPORTANT », « SOS » opening the message, with the emojis, stops and spaces around them.
_SHOUTED = re.compile(r"^[\W_]*(?:urgent|important|sos)\b[\W_]*(?=\w)", re.IGNORECASE)
# A bracket opening the message, or closing it (after it only stops, emojis and spaces).
_OPENING = re.compile(r"^\s*\(([^()]*)\)")
_CLOSING = re.compile(r"\(([^()]*)\)[\s.!…]*$")
# Words by which the writer speaks of themselves, apologises or labels the question.
_OWN = frozenset({"je", "j", "jai", "g", "me", "m", "moi", "mon", "ma", "mes", "perso", "desole", "desolee",
                  "desoles", "desolees", "dsl", "pardon", "excuse", "excusez", "question"})
_ASKING = frozenset({"quand", "ou", "qui", "quoi", "quel", "quelle", "quels", "quelles", "comment", "combien",
                     "pourquoi", "est-ce"})
# « svp !! », « stp ! », « s'il vous plaît !!! », « please ! » closing the message.
_PLEADING = re.compile(r"\b(?:svp|stp|svpl|pls|please|s'il (?:vous|te) pla[iî]t)\W*!+\W*$", re.IGNORECASE)


def _folded_words(segment: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", fold(segment.replace("’", "'"))) if w]


def _own_aside(inner: str) -> bool:
    """The bracket speaks of the writer and asks nothing."""
    words = _folded_words(inner)
    return "?" not in inner and bool(set(words) & _OWN) and not set(words) & _ASKING


def _enough(rest: str) -> bool:
    """What is left still says something (two words at least)."""
    return len(_folded_words(rest)) >= 2


def without_furniture(text: str) -> str:
    """`text` without a mention of everyone, a pasted link, a shouted label opening a question, or an aside of the
    writer's own in brackets that opens or closes it; `text` as typed when nothing else would be left."""
    plain = _LINK.sub(" ", _EVERYONE.sub(" ", text))
    if "?" in plain and (shouted := _SHOUTED.match(plain)) is not None and _enough(plain[shouted.end():]):
        plain = plain[shouted.end():]
    if (opening := _OPENING.match(plain)) is not None and _own_aside(opening.group(1)) and _enough(
            plain[opening.end():]):
        plain = plain[opening.end():]
    if (closing := _CLOSING.search(plain)) is not None and _own_aside(closing.group(1)) and _enough(
            plain[:closing.start()]):
        plain = plain[:closing.start()]
    plain = " ".join(plain.split())
    return plain if plain != " ".join(text.split()) and _enough(plain) else text


def pleads(text: str) -> bool:
    """« la liste des membres svp !! »: a request closed by « svp » (« stp », « s'il vous plaît ») and « ! »."""
    return bool(_PLEADING.search(text))
