"""A member guessed for a title or a body, and checked: « le maître de port
c'est toujours Ronan Guillou ? », « c'est bien Anne-Sophie Kerhervé qui
préside le conseil portuaire ? », « c'est Karine qui représente la CCI,
non ? », « pour la SNSM c'est toujours Thierry Le Roux ? », « l'office de
tourisme est représenté par Nolwenn Cadiou ? », « c'est bien Gwenaëlle
Prigent pour la DDTM ? ».

What is checked is who holds the title or speaks for the body: the answer
that shows it (role_holder, org_representative) is right whether the guess
is or not. The member named drew the card (who_is), which shows the guess's
own role and says nothing of the title's holder when the guess is wrong
(« le directeur du syndicat mixte c'est Ronan Guillou, c'est ça ? » showed
the harbour master's card; set 36b). The title or body comes first and the
member closes the question after « c'est » (or « … par »), or the member is
set in a cleft (« c'est X qui <préside / est / représente> … ») or before
« pour » and the body, or before the title with its article (« c'est bien
Julien le coordinateur ? », set 37c). A member named first (« Erwan Le Dantec c'est bien le
directeur ? », « Thierry Le Roux il est bien de la SNSM ? ») is asked about:
their card answers (card_check.py); so does a title checked in the negative on
a member (« le vice-président aux mobilités c'est pas Gérard Beaufils ? », set
30c), which title_checked.py reads as the holder only when the card is unsure. A cleft whose verb is a task's
(« c'est bien Fanny qui réserve la salle ? ») is left to cleft_check.py; a
date, a place (but the sitting a title chairs, « … qui préside la
commission ? ») or a question word in the message asks something else."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["guessed_holder", "holder_first"]

_ADVERBS = frozenset({"bien", "toujours", "pas", "plus", "encore", "vraiment", "ne", "n", "donc", "alors"})
# What may close the check after the member or the body: « non », « hein », « c'est ça », « n'est-ce pas ».
_TAIL = frozenset({"non", "hein", "nan", "si", "c", "est", "ca", "bien", "n", "ce", "pas", "alors", "donc", "vrai"})
# What may open the message before the title or the body: « le … », « pour la … », « et à la … ».
_OPENING = frozenset({"le", "la", "l", "les", "pour", "et", "a", "au", "aux", "chez", "du", "de", "des", "d", "notre",
                      "nos", "votre", "vos", "leur", "mais", "alors", "donc", "bon", "sinon"})
# Between « qui » and the title or body of a cleft: being it, representing it, chairing it.
_CLEFT_LINKS = frozenset({"est", "etait", "sera", "reste", "represente", "representait", "representera", "le", "la",
                          "l", "les", "de", "du", "des", "d", "a", "au", "aux", "pour", "bien", "toujours", "encore",
                          "la-bas", "y", "vient", "va", "siege"})
# « l'office de tourisme est représenté par Nolwenn Cadiou ? »
_PASSIVE = frozenset({"represente", "representee", "represent", "presidee", "preside", "dirige", "dirigee", "anime",
                      "animee", "coordonne", "coordonnee", "pilote", "pilotee", "suivi", "suivie", "tenu", "tenue"})
_ASKING = frozenset({"quand", "ou", "quoi", "comment", "combien", "pourquoi", "quel", "quelle", "quels", "quelles"})
_HOLDERS = ("role", "org")
_ARTICLES = frozenset({"le", "la", "l"})
# The readings of people: the card of the member named and the answers of who holds a title or speaks for a body.
_PEOPLE_READINGS = frozenset({"who_is", "role_holder", "org_representative", "org_members", "in_charge"})
# A title's complement (« le maître de port », « le directeur du syndicat mixte ») before « c'est »: a few words.
_COMPLEMENT = 5


def _only(words: Sequence[Word], allowed: frozenset[str]) -> bool:
    return all(w.folded in allowed for w in words)


def _guess(found: Sequence[Word], entities: Sequence[Entity]) -> tuple[int, int] | None:
    """The span of the member guessed: a person named, or « moi »."""
    person = next((e for e in entities if e.kind == "person"), None)
    if person is not None:
        return person.start, person.end
    me = [i for i, w in enumerate(found) if w.folded == "moi"]
    return (me[0], me[0] + 1) if len(me) == 1 else None


def guessed_holder(found: Sequence[Word], entities: Sequence[Entity]) -> tuple[str, range] | None:
    """role_holder or org_representative, and the guess's words, when the message checks a member guessed for a
    title or a body in a shape the module's docstring names, else None."""
    if any(w.folded in _ASKING for w in found):
        return None
    # Nothing but the guess and the title or body; after a title, the sittings it chairs (« … qui préside la
    # commission ? »).
    title = next((e for e in entities if e.kind == "role"), None)
    if any(e.kind not in ("person", *_HOLDERS) and not (e.kind == "place" and title and e.start > title.end)
           for e in entities):
        return None
    if (span := _guess(found, entities)) is None:
        return None
    start, end = span
    holders = [e for e in entities if e.kind in _HOLDERS]
    if not holders:
        return None
    answer = "role_holder" if any(e.kind == "role" for e in holders) else "org_representative"
    guess = range(start, end)
    folded = [w.folded for w in found]
    first = holders[0]
    # « le maître de port c'est toujours Ronan Guillou ? », « l'office … est représenté par Nolwenn Cadiou ? »
    if first.end <= start and _only(found[:first.start], _OPENING) and _only(found[end:], _TAIL):
        before = folded[first.end:start]
        if "pas" in before:
            return None  # « le vice-président aux mobilités c'est pas Gérard Beaufils ? »: the card, as set 30c reads it
        while before and before[-1] in _ADVERBS:
            before.pop()
        if before[-2:] == ["c", "est"] and len(before) - 2 <= _COMPLEMENT and "qui" not in before:
            return answer, guess
        if before[-1:] == ["par"] and len(before) >= 3 and before[-2] in _PASSIVE and before[0] in ("est", "sont"):
            return answer, guess
        return None
    # « c'est bien X qui préside le conseil portuaire ? », « c'est bien X pour la DDTM ? »
    if folded[:2] != ["c", "est"] or not _only(found[2:start], _ADVERBS) or first.start < end:
        return None
    if folded[end:end + 1] == ["qui"] and _only(found[end + 1:first.start], _CLEFT_LINKS):
        # After a title its complement may follow (« … qui préside le conseil portuaire ? »); after a body, the tag.
        return (answer, guess) if first.kind == "role" or _only(found[first.end:], _TAIL) else None
    if folded[end:end + 1] == ["pour"] and _only(found[end + 1:first.start], _OPENING) and _only(
            found[holders[-1].end:], _TAIL):
        return answer, guess
    # « c'est bien Julien le coordinateur ? », « c'est Inès la coordinatrice du PTCE ? »: the member then the title
    # with its article, as « le coordinateur c'est bien Julien ? » turned round (set 37c).
    # Not in the negative: « c'est pas Sébastien Hamel l'adjoint à la voirie ? » is the card (set 30c).
    if first.kind == "role" and first.start > end and "pas" not in folded[2:start] and _only(
            found[end:first.start], _ARTICLES) and _complement(
            folded[max(e.end for e in entities):]):
        return answer, guess
    return None


def _complement(rest: list[str]) -> bool:
    """After a title, nothing but the tag, or a short complement (« … du tiers-lieu, non ? ») then the tag."""
    rest = list(rest)
    while rest and rest[-1] in _TAIL:
        rest.pop()
    return not rest or rest[0] in ("de", "du", "des", "d", "a", "au", "aux") and len(rest) <= _COMPLEMENT


def holder_first(ranking: list[tuple[str, float]], found: Sequence[Word], entities: list[Entity]
                 ) -> tuple[list[tuple[str, float]], list[Entity], set[int]]:
    """`ranking` with the title's or body's reading first, at the best people reading's score or the bar's, and the
    other people readings out, when the message checks a member guessed for it; `entities` without the guess, and the
    guess's words (framing: the answer need not show them, and shows the right holder when the guess is wrong)."""
    guessed = guessed_holder(found, entities)
    people = [s for n, s in ranking if n in _PEOPLE_READINGS]
    if guessed is None or not people:
        return ranking, entities, set()
    from handlers.understanding.pipeline import CONFIDENT, MARGIN  # the pipeline imports this module

    name, guess = guessed
    score = max(max(people), CONFIDENT + MARGIN)
    kept = [e for e in entities if not (e.kind == "person" and e.start in guess)]
    return [(name, score)] + [(n, s) for n, s in ranking if n not in _PEOPLE_READINGS], kept, set(guess)
