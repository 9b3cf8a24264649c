"""A question in the formal register puts its subject's pronoun after the
verb: « Ai-je été notée présente au comité d'octobre ? », « Le quorum
était-il atteint ? », « M. Rousselet assistait-il au comité du 17 ? »,
« Le docteur Lejeune participera-t-elle au comité de pilotage ? ». The
examples and rules read the plain order, and these are the same questions
in it: « j'ai été notée présente … ? », « le quorum était atteint ? »,
« M. Rousselet assistait au comité du 17 ? ».

- `own_first`: a message opening on a verb and « -je » (« Ai-je », « Dois-je
  », « Puis-je ») is the asker's own question: « je » put back before its
  verb (« j'ai », « je dois », « je peux »).
- `subject_said`: a verb and « -il », « -elle », « -ils », « -elles » (« -t- »
  between) after a subject already said — the message opens on an article,
  a title or a name (« Le quorum », « M. Rousselet », « La CPTS ») — repeats
  that subject: the pronoun left out. An impersonal « il » repeats nothing
  (« y a-t-il », « faut-il », « reste-t-il », « s'agit-il »), and a message
  opening on a question word (« quelle heure est-il ? », « quand le comité
  se réunit-il ? ») is left as typed."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold

__all__ = ["own_first", "subject_said"]

# « Ai-je », « Étais-je », « Dois-je », « Puis-je », at the opening (after a greeting and its comma, if any).
_OWN = re.compile(r"^(?P<lead>(?:(?:bonjour|bonsoir|madame|monsieur)\s*,?\s*)*)(?P<verb>[^\W\d_]+)-je\b", re.IGNORECASE)
# The forms a verb takes after « je » where the inverted one differs (« puis-je » asks as « je peux »).
_AFTER_JE = {"puis": "peux"}
# A verb and its repeated subject: « était-il », « a-t-elle », « participera-t-elle », « sont-ils ».
_REPEATED = re.compile(r"\b(?P<verb>[^\W\d_]+)(?:-t)?-(?:il|elle|ils|elles)\b", re.IGNORECASE)
# Verbs whose « il » is impersonal: it stands for nothing said before.
_IMPERSONAL = frozenset({"faut", "fallait", "faudra", "faudrait", "agit", "agissait", "reste", "restait",
                         "restera", "fait", "semble", "existe", "suffit", "convient", "importe", "manque"})
# What a subject said first opens on: an article or a determiner, a title, a name (capitalised, not first word
# of a question), « votre », « notre ».
_SUBJECT_OPENERS = frozenset({"le", "la", "les", "l", "un", "une", "des", "ce", "cet", "cette", "ces", "notre", "nos",
                              "votre", "vos", "son", "sa", "ses", "m", "mme", "mlle", "monsieur", "madame", "docteur",
                              "dr", "dre", "me", "maitre", "tout", "toute", "tous", "toutes", "chaque"})
_QUESTION_WORDS = frozenset({"qui", "que", "qu", "quoi", "quand", "ou", "comment", "combien", "pourquoi", "quel",
                             "quelle", "quels", "quelles", "lequel", "laquelle", "lesquels", "lesquelles", "est"})
_VOWEL = re.compile(r"^[aeiouyhâàéèêëîïôöûùü]", re.IGNORECASE)


def own_first(text: str) -> str:
    """« Ai-je été notée présente ? » -> « j'ai été notée présente ? »; else `text` as it is."""
    match = _OWN.match(text.strip())
    if match is None:
        return text
    verb = match.group("verb")
    verb = _AFTER_JE.get(fold(verb), verb.lower() if verb[:1].isupper() else verb)
    subject = "j'" if _VOWEL.match(verb) else "je "
    return match.group("lead") + subject + verb + text.strip()[match.end():]


def subject_said(text: str) -> str | None:
    """« Le quorum était-il atteint ? » -> « Le quorum était atteint ? »; None when no pronoun repeats a
    subject said before its verb."""
    stripped = text.strip()
    first = fold(re.split(r"[\s'’.,]+", stripped, maxsplit=1)[0]) if stripped else ""
    if first in _QUESTION_WORDS or not (first in _SUBJECT_OPENERS or stripped[:1].isupper() and first.isalpha()):
        return None
    match = _REPEATED.search(stripped)
    if match is None or match.start() == 0 or fold(match.group("verb")) in _IMPERSONAL:
        return None
    before = stripped[:match.start()]
    if not re.search(r"[^\W\d_]", before) or re.search(r"\b(?:y|qu|que|qui|quand|où|comment|combien)\s*$", before,
                                                       re.IGNORECASE):
        return None
    return stripped[:match.start()] + match.group("verb") + stripped[match.end():]
