"""A member named in a « qui » question is who it asks about, not the thing a decision serves or acts on.

who_source.py answers « la PASS du CHU c'est pour qui ? » and « qui mène
l'enquête ? » from the decision the question's words find (whom it serves,
who acts). A member's name is a word decisions may write too: « Loïc Salaün
il bosse pour qui ? » found « Erwan Le Gall remplace Loïc Salaün au
bureau … » and answered with that decision, where his card says whom he
works for; « c'est qui Yann ? », with two Yanns in the group, found the
decision naming one of them and answered it, where the bot must ask which
(set 38c). The words of a person named are set aside: when what is left finds
no decision clearly first (or nothing is left), the decision is no answer.
"""

from __future__ import annotations

from handlers.understanding.normalise import Word
from handlers.understanding.pipeline import Understanding

__all__ = ["beyond_people"]


def beyond_people(u: Understanding, thing: list[Word]) -> list[Word]:
    """The words of `thing` outside the members named (`u`'s person entities)."""
    named = {id(u.words[i]) for e in u.entities if e.kind == "person" for i in range(e.start, e.end)}
    return [w for w in thing if id(w) not in named]
