"""A meeting place's word that a member's role holds, asked as a charge:
« qui gère les archives ? » when the group met once at the « Archives
départementales » and a member is « Directeur des archives
départementales », « qui s'occupe du musée ? » when a meeting was held at
a museum that a member's role names.

Without a meeting spoken of, the word is the charge's topic, not the
place: read as the place, the question had nothing to ask of it. Two
words of a role together already count (pipeline's role pairs); a single
one counts only under a verb of charge (« gérer », « s'occuper de »,
« suivre », « en charge de »), so that « c'est où, les archives ? » keeps
its place."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.charge_words import asks_charge
from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.spans import Entity
from handlers.understanding.world import entity_data
from handlers.understanding.topics import content_stems

__all__ = ["charged_words", "role_words_of_charge"]


def role_words_of_charge(found: Sequence[Word], role_pairs: frozenset[tuple[str, str]]) -> set[int]:
    """Indices of the words of a charge question that some member's role holds (`role_pairs`, its stems)."""
    if not asks_charge(found):
        return set()
    stems = {s for pair in role_pairs for s in pair}
    return {i for i, s in content_stems(found) if s in stems}


def charged_words(found: Sequence[Word], entities: Sequence[Entity],
                  role_pairs: frozenset[tuple[str, str]]) -> set[int]:
    """Indices of the words of a kind of premises (« salle », « local », « gymnase ») in a charge question that a
    member's role holds and no entity takes, even when the examples use them: « qui gère les salles ? » of a
    « Gestionnaire des salles municipales » asks that charge, whose word « salle » the examples' meeting rooms had
    made no topic, and the question was left without one (set 37b). Not other words the examples use (« qui gère
    les inscriptions ? »), which the charge readings already weigh."""
    taken = {i for e in entities for i in range(e.start, e.end)}
    buildings = entity_data()["buildings"]
    return {i for i in role_words_of_charge(found, role_pairs) if i not in taken
            and found[i].folded not in lexicon().stopwords
            and (found[i].folded in buildings or found[i].folded.removesuffix("s") in buildings)}
