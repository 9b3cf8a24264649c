"""A relative clause saying that the person asked sits in the group: « Quel
est le nom du juge des enfants qui siège à l'observatoire ? », « la
représentante de la CAF qui participe au comité », « le médecin qui fait
partie du groupe ».

Formal questions describe whom they ask by their seat in the group; the
clause says nothing the bot must match (the group is the one asked in), but
its words (« qui siège à … ») are how the directory is asked (« qui siège à
l'observatoire ? »), and the whole question read as the directory. After a
title, a member or a body, a « qui » clause made only of a verb of sitting
and the group's own nouns is framing. Not at the head of the question
(« qui siège à l'observatoire ? » asks exactly that)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from handlers.understanding.group_bodies import group_bodies
from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain

__all__ = ["name_of_title", "on_behalf_first", "seated_clause"]

# Verbs of sitting in a group (« siéger » was read « se réunir » elsewhere only without a « qui »).
_SITTING = frozenset({"siege", "siegent", "participe", "participent", "fait", "font", "est", "sont", "represente",
                      "intervient", "travaille"})
# Little words between the verb and the group's noun.
_LINKS = frozenset({"a", "au", "aux", "sein", "de", "du", "des", "d", "l", "la", "le", "les", "dans", "notre", "nos",
                    "votre", "cet", "cette", "partie", "membre", "membres", "parmi", "nous", "en", "ce"})
# The group's sittings and the group itself (besides lexicon.toml `group_bodies` and the group's own names).
_GROUP = frozenset({"groupe", "reunion", "reunions", "seance", "seances", "pleniere", "plenieres"})


def seated_clause(found: Sequence[Word], entities: Sequence[Entity], own_names: Collection[str] = ()) -> set[int]:
    """Indices of « qui siège à l'observatoire » after a title, a member or a body, when the clause holds only a
    verb of sitting, little words and the group's nouns (at least one), else none."""
    ends = {e.end for e in entities if e.kind in ("role", "person", "org")}
    nouns = set(group_bodies()) | _GROUP | {n for name in own_names for n in name.split()}
    for i, word in enumerate(found):
        if word.folded != "qui" or i == 0 or i not in ends or i + 2 >= len(found) or found[i + 1].folded not in _SITTING:
            continue
        end = _clause_end(found, i + 2)
        said = [w for w in found[i + 2:end] if w.folded not in _LINKS]
        named = [w for w in said if w.folded in nouns or plain(w.typed) in nouns]
        if said and len(named) == len(said):
            return set(range(i, end))
    return set()


def _clause_end(found: Sequence[Word], start: int) -> int:
    """Where the clause from `start` ends: before the « c'est qui ? » that asks after it (« l'infirmier qui siège au
    cvs c'est qui ? », the lead's set 79), else at the end of the question."""
    return next((j for j in range(start, len(found) - 1) if found[j].folded in ("c", "ce")
                 and found[j + 1].folded in ("est", "sont", "etait")), len(found))


# « le nom du juge », « le nom de la vice-présidente », « les noms des représentants »: the link before the title.
_NAME_LINKS = frozenset({"du", "de", "des", "d", "la", "l", "le", "les", "madame", "monsieur", "mme", "m"})


def name_of_title(found: Sequence[Word], entities: Sequence[Entity]) -> set[int]:
    """Indices of « le nom de » right before a title (« Quel est le nom du juge des enfants ? », « Pourriez-vous me
    rappeler le nom de Madame la Vice-présidente ? »): asking the name of a title's holder is asking who holds it;
    « nom » would otherwise be a topic to find."""
    starts = {e.start for e in entities if e.kind == "role"}
    for i, word in enumerate(found):
        if word.folded not in ("nom", "noms"):
            continue
        j = i + 1
        while j < len(found) and found[j].folded in _NAME_LINKS and j not in starts:
            j += 1
        if j > i + 1 and j in starts:
            return set(range(i, j))
    return set()


# « au titre de », « au titre du », « au titre des »: the capacity a member sits in.
_ON_BEHALF = ("au", "titre")


def on_behalf_first(ranking: list[tuple[str, float]], found: Sequence[Word],
                    entities: Sequence[Entity]) -> list[tuple[str, float]]:
    """« Pourriez-vous m'indiquer qui siège à la CLE au titre de l'Agence de l'eau RMC ? »: who sits « au titre de »
    a body is who represents it (the lead's set 87), not the group's directory its « qui siège à » reads like. The
    body's representatives go first, at the best score, when a body follows « au titre de » closely."""
    folded = [w.folded for w in found]
    marks = [i for i in range(len(folded) - 1) if (folded[i], folded[i + 1]) == _ON_BEHALF]
    if not marks or not any(e.kind == "org" and any(m + 2 <= e.start <= m + 5 for m in marks) for e in entities):
        return ranking
    if not any(w.folded == "qui" for w in found) or not ranking:
        return ranking
    top = ranking[0][1]
    return sorted([(name, max(s, top) + 0.1 if name == "org_representative" else s) for name, s in ranking],
                  key=lambda pair: -pair[1])
