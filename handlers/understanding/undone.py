"""« qui n'a pas encore rendu son travail ? », « qu'est-ce qui n'a toujours
pas été fait ? », « qu'est ce qu'on a pas encore bouclé ? », « qu'est-ce que
je n'ai pas encore fait ? », « qui est pas dans les temps ? », « y a des trucs pas
faits dans les délais ? », « il reste des choses en suspens ? », « j'ai rien oublié ? »: the work not done, asked by a
negation (or the asker's forgetting) and nothing else.

A verb of finishing work negated (« pas fait », « toujours pas terminé »,
« pas encore bouclé ») asks for the open tasks; with the asker as subject
(« je », « j' », « mes »), the asker's own open tasks (set 28a left them unsure). The examples read « fait »,
« rendu » as a task's status or a topic: « rendu travail » matched the
report's task (« compte rendu »), and « pas encore bouclé » matched nothing
(set 28a). The rule holds only when nothing else is asked: every other word
is glue, a generic noun of work or the asker, and only a meeting, a month
or a period is named (« depuis le copil »); « qui n'a pas diffusé le
questionnaire ? » names the work and stays with the task readings."""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding

__all__ = ["GLUE", "glue_of", "own_done_asked", "undone_asked"]

# Participles (and infinitives) of finishing work, as folded words.
_DONE = frozenset({"fait", "faite", "faits", "faites", "faire", "fini", "finie", "finis", "finies", "finir", "termine",
                   "terminee", "termines", "terminees", "terminer", "boucle", "bouclee", "bouclees", "boucles",
                   "boucler", "rendu", "rendue", "rendus", "rendues", "rendre", "realise", "realisee", "realisees",
                   "realises", "acheve", "achevee", "acheves", "achevees", "regle", "reglee", "regles", "reglees",
                   "traite", "traitee", "traites", "traitees"})
_NEGATION = frozenset({"pas", "jamais"})
_FORGOT = frozenset({"oublie", "oubliee", "oublies", "oubliees", "zappe", "quelque"})
_OWN = frozenset({"je", "j", "jai", "me", "m", "mes", "ma", "mon", "moi"})
# Glue, question words and generic nouns of work: what may stand around the negated verb.
GLUE = frozenset({"qui", "qu", "quoi", "que", "est", "ce", "c", "on", "a", "ai", "as", "avons", "ont", "avez", "n",
                   "ne", "encore", "toujours", "ete", "il", "y", "les", "des", "la", "le", "l", "de", "d", "du",
                   "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "travail", "tache", "taches",
                   "boulot", "part", "truc", "trucs", "chose", "choses", "action", "actions", "quelles", "quels",
                   "quelle", "quel", "depuis", "reste", "restent", "nous", "vous", "tu", "svp", "stp", "alors", "donc",
                   "bien", "sont", "dans", "temps", "en", "suspens", "cours", "rien", "tout", "taf", "un", "une",
                   # « y a des trucs pas faits dans les délais ? » (Swiss « délai » for a due date, which the
                   # shorthand reads « échéances »): in time.
                   "delai", "delais", "echeance", "echeances"})


def _in_time_negated(folded: list[str]) -> bool:
    """« qui est pas dans les temps ? », « qui n'est pas à jour ? », « qui n'est pas dans les délais ? »."""
    text = f" {' '.join(folded)}"
    return any(f" pas {said}" in text for said in ("dans les temps", "a jour", "dans les delais", "dans les echeances"))


def undone_asked(u: Understanding) -> str | None:
    """"tasks_late" when the message asks for the work not done (and nothing else), else None."""
    if not u.words or u.intent == "chitchat" or any(e.kind in ("person", "org", "role") for e in u.entities):
        return None
    if "?" not in u.text and not any(w.folded in ("qui", "quoi", "qu") for w in u.words):
        return None  # « on n'a pas encore bouclé le budget » is news
    scoped = {i for e in u.entities if e.kind in ("place", "month", "period") for i in range(e.start, e.end)}
    folded = [w.folded for i, w in enumerate(u.words) if i not in scoped and i not in u.framing]
    negated = any(n in folded and any(d in folded[folded.index(n) + 1:folded.index(n) + 4] for d in _DONE)
                  for n in _NEGATION)
    suspended = "suspens" in folded and any(w in folded for w in ("reste", "restent", "choses", "trucs", "taches"))
    # « j'ai rien oublié ? », « j'ai oublié quelque chose ? »: the asker's work left undone, asked as forgotten.
    forgot = any(w in _FORGOT for w in folded) and any(w in _OWN for w in folded)
    if not (negated or _in_time_negated(folded) or suspended or forgot):
        return None
    if any(w not in GLUE | _DONE | _NEGATION | _OWN | _FORGOT for w in folded):
        return None  # « qui n'a pas diffusé le questionnaire ? »: the work is named
    # « qu'est-ce que je n'ai pas encore fait ? »: the asker's own open tasks, not the group's.
    return "tasks_mine" if any(w in _OWN for w in folded) else "tasks_late"


# The asker's own list of work (« de ma liste », « sur ma liste »), and the adverb of work already done.
_OWN_LIST = frozenset({"liste", "listes", "deja"})


def own_done_asked(u: Understanding) -> bool:
    """« j'ai déjà fait quoi de ma liste ? », « qu'est-ce que j'ai déjà fait ? » (set 49b): the asker, subject of a
    verb of finishing in the passé composé, not negated, asks for the work they have done (their tasks marked done),
    and nothing else: every other word is glue, their list or « déjà ». A « ? » or a question word is needed
    (« j'ai fini ma tâche, je passe à la suivante » is news); the negated form asks the open tasks (undone_asked)."""
    if not u.words or u.intent == "chitchat" or u.entities:
        return False
    folded = [w.folded for i, w in enumerate(u.words) if i not in u.framing]
    if "?" not in u.text or not {"quoi", "qu"} & set(folded) or set(folded) & _NEGATION:
        return False
    subject = any(a in ("j", "jai") and (b in ("ai", "avais") or a == "jai") for a, b in zip(folded, folded[1:] + [""]))
    if not subject or not any(w in _DONE and w not in ("faire", "finir", "terminer", "boucler", "rendre") for w in folded):
        return False
    return all(w in GLUE | _DONE | _OWN | _OWN_LIST for w in folded)


def glue_of(u: Understanding) -> set[int]:
    """The words of a question on the work not done that frame it: all but the asker's, which say whose."""
    return {i for i, w in enumerate(u.words) if w.folded not in _OWN}
