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
from handlers.understanding.normalise import Word
from handlers.understanding.topics import content_stems

__all__ = ["role_words_of_charge"]


def role_words_of_charge(found: Sequence[Word], role_pairs: frozenset[tuple[str, str]]) -> set[int]:
    """Indices of the words of a charge question that some member's role holds (`role_pairs`, its stems)."""
    if not asks_charge(found):
        return set()
    stems = {s for pair in role_pairs for s in pair}
    return {i for i, s in content_stems(found) if s in stems}
