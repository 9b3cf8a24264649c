"""A yes-or-no question that checks a fact in the negative: « y a pas
réunion le 8 décembre ? », « Agnès ne sera pas là à la prochaine réunion ? »,
« j'étais pas là en septembre ? », « l'atelier c'est pas en mars ? », « les
compteurs ne sont pas encore installés ? ».

Whether the fact holds or not, the answer shows what the same question asked
in the positive shows (the meeting of that day, her announcement, the
asker's mark, the meeting of that month, the task's state): the negation
asks to confirm the contrary, it does not change what is looked up. The
examples are positive, and « ne », « pas » weighed on their closeness
enough to leave such checks in doubt (sets 28a and 30c); answer.respond
reads a message left unsure once more without its negation.

Only a plain check is read so: never with a question word (« qui n'est pas
venu le 19 ? » asks for the others, and its positive would list those
present — the opposite), nor with another negative word (« je n'ai plus
rien à faire ? », « personne ne vient ? », « ni … ni »), nor with « pas de »
(« y a pas de réunion en février ? » has no positive to read)."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold

__all__ = ["ASKING", "OTHER_NEGATIONS", "affirmed"]

# Words that make the message more than a check, as folded tokens.
ASKING = frozenset({"qui", "quoi", "que", "qu", "quand", "ou", "comment", "combien", "quel", "quelle", "quels",
                     "quelles", "pourquoi", "lequel", "laquelle", "lesquels", "lesquelles"})
OTHER_NEGATIONS = frozenset({"plus", "rien", "personne", "jamais", "aucun", "aucune", "ni", "nul", "nulle", "guere",
                              "sauf", "part", "hormis", "excepte", "exceptee", "dehors", "sans"})
_ARTICLES_AFTER = frozenset({"de", "d", "du", "des"})
# The negation as typed: « pas encore » and « toujours pas » go whole, « ne » / « n' » before the verb.
_PAS = re.compile(r"\s*\b(?:toujours\s+pas|pas\s+encore|pas)\b", re.IGNORECASE)
_NE = re.compile(r"\b(?:ne\s+|n['’]\s*)", re.IGNORECASE)


def affirmed(text: str) -> str | None:
    """`text` without its negation when it is a plain check in the negative, else None."""
    if "?" not in text:
        return None  # « je ne suis pas d'accord avec le tracé » checks nothing
    tokens = re.findall(r"[a-z0-9]+", fold(text.casefold()))
    if "pas" not in tokens or any(t in ASKING or t in OTHER_NEGATIONS for t in tokens):
        return None
    if any(t == "pas" and after in _ARTICLES_AFTER for t, after in zip(tokens, tokens[1:])):
        return None
    positive = re.sub(r"\s{2,}", " ", _NE.sub("", _PAS.sub("", text))).strip()
    return positive if positive and positive != text else None
