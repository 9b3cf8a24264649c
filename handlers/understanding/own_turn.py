"""The asker's own work, asked in words the task answers did not read:

- whose turn it is, with « à moi »: « c'est à moi d'envoyer le compte
  rendu ? », « c'est à moi de chiffrer les travaux ? », « c'est à nous de
  rédiger la convention ? » — the same question as « c'est moi qui dois
  envoyer le compte rendu ? », which the task answers read (the task, its
  pilot and date); worded with « à moi de », it was read as a request for
  the minutes or left unsure;
- whether it is done, the thing put first and taken back by « l' »: « la
  salle des fêtes pour le festival, je l'ai bien réservée ? » — the same
  question as « j'ai bien réservé la salle des fêtes pour le festival ? »
  (the task and its status); put first, its words were matched against the
  rules (« réservée » as in « réservé aux 14-25 ans »).

Both from blind set 49b. The words are put in the plain order; nothing else
changes. So is the asker's own mark asked how: « j'ai été noté comment au conseil de novembre ? » is
« j'étais noté comment … ? », which the attendance answers read; in the passé composé the examples of chat
(« j'ai été … ») weighed it as news (set 49b).
"""

from __future__ import annotations

import re

__all__ = ["own_done", "own_mark", "own_turn"]

# « c'est à moi de / d' <verb> », « c'est bien à nous d' <verb> », « c à moi de » (chat), accents or not.
_TURN = re.compile(r"\bc(?:'|’|\s)?\s*(?:est\s+)?(?:bien\s+)?[àa]\s+(moi|nous)\s+(?:de\s+|d['’]\s*)(?=[^\W\d_]{3,})",
                   re.IGNORECASE)
# « <thing>, je l'ai (bien, déjà) <participle> ? »: the thing first, a comma, then the pronoun taking it back.
# Only the asker's own (« je »): « le CR, on l'a ? » asks whether the minutes exist (minutes_task.py).
_DONE = re.compile(r"^\s*(?P<thing>[^,?;:\s]+\s+[^,?;:]+?)\s*,\s*(?P<who>je\s+|j['’]\s*)(?:l['’]\s*|les\s+)"
                   r"(?P<aux>ai)\s+(?P<adverb>(?:bien|déjà|deja)\s+)?(?P<done>[^\W\d_]{4,})\s*\?\s*$",
                   re.IGNORECASE)


def own_turn(text: str) -> str:
    """`text` with « c'est à moi de <verbe> » read « c'est moi qui dois <verbe> » (« nous » : « devons »)."""
    return _TURN.sub(lambda m: "c'est moi qui dois " if m.group(1).casefold() == "moi" else "c'est nous qui devons ",
                     text)


def own_done(text: str) -> str:
    """`text` with « <chose>, je l'ai bien <participe> ? » read « j'ai bien <participe> <chose> ? »."""
    said = _DONE.match(text)
    if said is None:
        return text
    return f"j'{said.group('aux')} {said.group('adverb') or ''}{said.group('done')} {said.group('thing')} ?"


# « j'ai été noté(e) / marqué(e) comment … ? »: the asker's mark asked how.
_MARK_HOW = re.compile(r"\bj['’]\s*ai\s+(?:bien\s+)?[ée]t[ée]\s+((?:not|marqu)[ée]e?s?)\s+comment\b", re.IGNORECASE)


def own_mark(text: str) -> str:
    """`text` with « j'ai été noté comment » read « j'étais noté comment »."""
    return _MARK_HOW.sub(lambda m: f"j'étais {m.group(1)} comment", text)
