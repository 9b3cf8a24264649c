"""« qui a les clés du gymnase ? », « qui a le badge de la salle ? »: who holds a thing now.

« avoir » with a thing asks the members who has it at hand — the sets label « qui a les clés
de la salle ? » a message for the members — unless a task names that very thing: « qui a le
devis pour le bus ? » of the task « Demander le devis du bus » asks its pilot. A task found
through the thing's complement alone (« gymnase », read as the task's « salle des sports »)
is another errand, and answering it with its pilot answered a question nobody asked.

A duty held (« qui a la main sur … », « qui a la charge de … », « qui a le dossier … ») is no
thing: it asks who is in charge, and its noun need not be written in the task.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word, words
from storage.tasks import Task

# Folded forms of « avoir » that ask who holds something now, or held or will hold it.
_HAVE = frozenset({"a", "avait", "aura"})
_DETERMINERS = frozenset({"le", "la", "les", "l", "un", "une", "des"})
# Nouns of a duty or a file held, not a thing at hand (« qui a la main sur le règlement ? »).
_DUTIES = frozenset({"main", "charge", "responsabilite", "pilotage", "suivi", "gestion", "coordination", "animation",
                     "mission", "tache", "role", "lead", "dossier", "droit", "delegation", "presidence", "referent",
                     "relais", "contact", "parole", "pouvoir", "competence", "action"})


def held_thing(found: Sequence[Word]) -> Word | None:
    """The thing of « qui a <le|la|les|un …> <thing> », when the question opens its clause with it; else None."""
    folded = [w.folded for w in found]
    for i, w in enumerate(folded[:-3]):
        if w != "qui" or folded[i + 1] not in _HAVE or folded[i + 2] not in _DETERMINERS:
            continue
        if i and folded[i - 1] in ("c", "est", "ce", "y", "avait"):
            return None  # « c'est Paulo qui a les clés » tells; « y avait qui à la réu » asks who came
        thing = found[i + 3]
        return None if thing.folded in _DUTIES or thing.lemma in _DUTIES else thing
    return None


def holding(found: Sequence[Word], tasks: Sequence[Task]) -> list[Task]:
    """`tasks`, or only those that write the thing the question asks who holds, as typed or by its lemma (« clés »
    of « clé »), when it asks so."""
    if (thing := held_thing(found)) is None:
        return list(tasks)
    return [t for t in tasks if any(w.folded == thing.folded or w.lemma == thing.lemma
                                    for w in words(t.text, shorthand=False))]
