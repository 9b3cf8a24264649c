"""Québec French asks a yes-or-no question with the particle « -tu » after
the verb, whatever its subject: « On se rencontre-tu en mars ? », « Denis,
c'est-tu un policier ? », « Chantal va-tu être là le 10 ? », « Y a-tu une
rencontre bientôt ? », « J'ai-tu des affaires à remettre ? », and the
contracted « c'tu » (« c'est-tu »: « Le bottin, c'tu fait ? »). The particle
is no pronoun: the question is the plain sentence asked (« on se rencontre
en mars ? »), as « est-ce que » asks it in France.

The particle is told from the pronoun « tu » by the verb's form: a verb
whose subject is « tu » ends in « s » or « x » (« peux-tu », « as-tu »,
« viens-tu », « sais-tu »), which is left as typed; so is a verb opening the
message (« Veut-tu … ? » is « veux-tu » misspelt, the bot spoken to). A
subject must stand before the verb: a word before it, or the elided one
glued to it (« c'est-tu », « j'ai-tu »)."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold

__all__ = ["without_tu_particle"]

# A verb and the particle: « rencontre-tu », « était-tu », « c'est-tu », « a-tu ».
_PARTICLE = re.compile(r"(?P<verb>[^\W\d_]+(?:['’][^\W\d_]+)?)-tu\b", re.IGNORECASE)
# « c'tu »: « c'est-tu » contracted.
_CONTRACTED = re.compile(r"\b(?P<c>[cC])['’]tu\b")
# Greetings before the first word: they are no subject (« Bonjour, va-tu … » keeps its « tu »).
_OPENERS = frozenset({"bonjour", "bonsoir", "salut", "allo", "allô", "hey", "coucou", "pis", "et", "mais", "ok",
                      "bon", "alors"})


def without_tu_particle(text: str) -> str:
    """`text` with Québec's asking particle read away (and « ? » put where none was); else `text` as it is."""
    rewritten = _CONTRACTED.sub(lambda m: m.group("c") + "'est", text)
    rewritten = _PARTICLE.sub(lambda m: m.group("verb") if _is_particle(rewritten, m) else m.group(0), rewritten)
    if rewritten == text:
        return text
    return rewritten if "?" in rewritten else rewritten.rstrip().rstrip(".!") + " ?"


def _is_particle(text: str, match: re.Match[str]) -> bool:
    """The « -tu » of `match` follows a verb not of « tu » (no final « s » or « x ») whose subject stands before it."""
    verb = fold(match.group("verb"))
    if verb.endswith(("s", "x")):
        return False
    if "'" in verb or "’" in verb:
        return True  # « c'est-tu », « j'ai-tu »: the elided subject glued to its verb
    before = [fold(w) for w in re.findall(r"[^\W\d_]+", text[:match.start()])]
    return any(w not in _OPENERS for w in before)
