"""A member asked for by a short name and where they come from, as a chat
tells two people apart: « c'est qui Gillou des commerçants ? », « qui est
Valérie des bus ? », « Marie du parquet c'est qui ? » (blind set 47b).

The words after the name (« des commerçants ») are no topic of a charge or
a task: they are what the member's card says, their body or their role.
« c'est qui Valérie des bus ? » was read as the task « Faire le point sur
les dégradations dans les bus … » of hers, « c'est qui Gillou des
commerçants ? » was left unsure. When the question is only « c'est qui /
qui est » (or « … c'est qui ») around one member and a « de / du / des »
complement whose every content word is on that member's card, their card
answers: the who_is reading goes first, at the bar's score.

« c'est qui Manon, celle du camion ? » (the lead's set 54): the complement
brought in by « celle » / « celui » is the asker's own description of the
one they mean, whatever the card says of it (« camion » is a task of hers,
not her title): the one member named is asked for, their card answers, not
the task its words find."""

from __future__ import annotations

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity
from handlers.understanding.topics import content_words, topic_scores

__all__ = ["card_complement", "member_of_body_first"]

_WHO = frozenset({"c", "est", "qui", "ce", "cest", "deja"})
_OF = frozenset({"de", "du", "des", "d", "la", "l"})
# The demonstrative by which the asker describes the one they mean (« Manon, celle du camion »).
_THAT_ONE = frozenset({"celle", "celui"})


def _described(found: list[Word], entities: list[Entity]) -> bool:
    people = [e for e in entities if e.kind == "person"]
    if len(people) != 1 or len(people[0].items) != 1:
        return False
    person = people[0]
    after = found[person.end:]
    pointed = bool(after) and after[0].folded in _THAT_ONE
    after = after[1:] if pointed else after
    link = 0
    while link < len(after) and after[link].folded in _OF:
        link += 1
    if link == 0 or not after[:1] or after[0].folded not in ("de", "du", "des", "d"):
        return False
    rest = after[link:]
    tail = next((i for i, w in enumerate(rest) if w.folded in _WHO), len(rest))
    described, closing = rest[:tail], rest[tail:]
    if not described or any(w.folded not in _WHO for w in closing):
        return False
    if any(w.folded not in _WHO for w in found[:person.start]) or not any(w.folded == "qui" for w in found):
        return False
    words = content_words(described)
    member = person.items[0]
    return bool(words) and len(words) == len(described) - sum(w.folded in _OF for w in described) and (
        pointed or topic_scores(words, [f"{member.role} {member.organisation}"], loose=False)[0] >= 1.0)


def member_of_body_first(ranking: list[tuple[str, float]], found: list[Word],
                         entities: list[Entity]) -> list[tuple[str, float]]:
    """`ranking` with the member's card first when the question names them with where they come from."""
    if not ranking or not _described(found, entities):
        return ranking
    from handlers.understanding.pipeline import CONFIDENT_DESPITE, MARGIN  # the pipeline imports this module

    # (The bar of a reading that takes no topic though words are left over: those words are the card's.)
    score = max(ranking[0][1], CONFIDENT_DESPITE + MARGIN)
    return [("who_is", score)] + [(n, s) for n, s in ranking if n != "who_is"]


def card_complement(found: list[Word], entities: list[Entity]) -> set[int]:
    """Indices of « du périscolaire » in « Kevin du périscolaire sera là le 8 ? »: a complement right after the one
    member named, each of whose content words is on that member's card, says which member is meant, whatever the
    question asks of them (their presence, their tasks); it is no topic (the lead's set 88). Words inside an entity
    (« Marie de la CAF ») are the entity's, left as they are."""
    people = [e for e in entities if e.kind == "person"]
    if len(people) != 1 or len(people[0].items) != 1:
        return set()
    person, member = people[0], people[0].items[0]
    card = f"{member.role} {member.organisation}"
    held = {i for e in entities for i in range(e.start, e.end)}
    i = person.end
    if i >= len(found) or found[i].folded not in ("de", "du", "des", "d"):
        return set()
    while i < len(found) and found[i].folded in _OF:
        i += 1
    start = i
    while i < len(found) and i not in held and content_words([found[i]]) and topic_scores(
            [found[i]], [card], loose=False)[0] >= 1.0:
        i += 1
    return set(range(person.end, i)) if i > start else set()
