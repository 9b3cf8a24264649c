"""The member asking what they themselves have to do: « j'ai des trucs à
rendre cette semaine ? », « qu'est-ce que je dois envoyer avant le 10 ? »
ask for their tasks, while « qu'est-ce qu'on doit rendre avant le 15 ? »
(the group, « on ») asks for its deadlines. A first person singular
with an obligation (« j'ai … à <verbe> », « je dois <verbe> ») is the sign.
A bare infinitive of coming after « quand » or « où » (« quand venir
conseil jeudi ? ») asks the meeting, not who comes. So is a charge of their own asked (« je suis en charge de quoi ? », « moi
je suis chargée de quoi ? »): « charge » there names no member's title
(« Chargé de mission »), the asker's tasks answer it."""

from __future__ import annotations

from handlers.understanding.normalise import Word

__all__ = ["comes", "comes_bare", "coming_not_owed", "own_charge_at", "owes", "owes_what"]

_INFINITIVE = ("er", "ir", "re", "oir")
# « je dois », « dois-je », « je devrais »
_MUST = frozenset({"dois", "devrais", "devrai"})

# Verbs of coming to a meeting, and the words asking where or when.
_COMING = frozenset({"venir", "aller", "arriver", "etre", "passer"})
_WHERE_WHEN = frozenset({"ou", "heure", "quand", "adresse", "salle", "lieu"})


def comes(folded: list[str]) -> bool:
    """« je dois venir où et à quelle heure pour la prochaine ? », « je dois y aller à quelle heure ? »: where and when
    the asker has to come asks the meeting's place and hour, not their work (set 33a)."""
    for i, word in enumerate(folded):
        if word in _MUST and "je" in folded[max(0, i - 1):i + 2]:
            verb = folded[i + 2] if folded[i + 1:i + 2] == ["y"] else folded[i + 1] if i + 1 < len(folded) else ""
            if verb in _COMING and any(w in _WHERE_WHEN for w in folded):
                return True
    return False


# The infinitives of coming, typed bare after « quand » or « où » (no « je dois », no subject).
_BARE = frozenset({"venir", "aller", "arriver"})


def comes_bare(folded: list[str]) -> bool:
    """« quand venir conseil jeudi ? », « où aller pour la réunion ? », « à quelle heure venir ? »: an infinitive of
    coming right after the word asking when or where, as people write who leave out « je dois »: the meeting's time
    or place is asked, neither the asker's work nor who announced coming (« qui vient ? » has a subject)."""
    return any(word in _BARE and i and folded[i - 1] in _WHERE_WHEN for i, word in enumerate(folded))


def coming_not_owed(ranking: list[tuple[str, float]], found: list[Word]) -> list[tuple[str, float]]:
    """`ranking` without the asker's tasks when the asker asks where or when to come (`comes`), and without who
    announced coming too when the infinitive is bare (`comes_bare`)."""
    folded = [w.folded for w in found]
    if comes_bare(folded):
        return [(name, score) for name, score in ranking if name not in ("tasks_mine", "rsvp_upcoming")]
    if not comes(folded):
        return ranking
    return [(name, score) for name, score in ranking if name != "tasks_mine"]


def owes(found: list[Word]) -> bool:
    """The speaker (« je », « j' ») has something to do, in their own words."""
    folded = [w.folded for w in found]
    for i, word in enumerate(folded):
        if word in _MUST and ("je" in folded[max(0, i - 1):i + 2]):
            if comes(folded):
                continue
            return True
        if word == "j" and i + 1 < len(folded) and folded[i + 1] == "ai":
            # « j'ai des trucs à rendre », « j'ai quoi à faire »: « à » and a verb within a few words.
            for k in range(i + 2, min(i + 6, len(folded) - 1)):
                if folded[k] == "a" and folded[k + 1].endswith(_INFINITIVE) and len(folded[k + 1]) > 3:
                    return True
    return False


def owes_what(found: list[Word]) -> bool:
    """« je dois m'occuper de quoi avant le comité de décembre ? », « qu'est-ce que je dois préparer pour la
    réunion ? »: the asker's obligation whose object is asked (« quoi », « qu'est-ce que »); a meeting named there
    only bounds the work. Not « je dois venir à quelle heure au comité ? », which asks the meeting's hour."""
    folded = [w.folded for w in found]
    return owes(found) and ("quoi" in folded or any(a == "qu" and b == "est" for a, b in zip(folded, folded[1:])))


# « en charge de », « chargé(e) de », « chargé(e)s de »: a charge, said of oneself.
_CHARGED = frozenset({"charge", "chargee", "charges", "chargees"})


def own_charge_at(found: list[Word]) -> int | None:
    """Where « charge » is said of the asker in « je suis en charge de quoi ? », « j'suis chargée de quoi moi ? »
    (what the asker is in charge of); None otherwise."""
    folded = [w.folded for w in found]
    if "quoi" not in folded:
        return None
    for i, word in enumerate(folded):
        before = folded[max(0, i - 4):i]  # « je suis (en) charge », « moi j'suis chargée »
        if word in _CHARGED and i + 1 < len(folded) and folded[i + 1] in ("de", "d") and any(
                a in ("je", "j") and b in ("suis", "serai", "serais") for a, b in zip(before, before[1:])):
            return i
    return None
