"""A title in the plural that names the people a thing is for, not anyone
holding it: « la formation des cuisiniers ça porte sur quoi ? » asks what a
decided training is about (the lead's set 32), though « le cuisinier » is a
kitchen's chef (entities.toml, the lead's set 79).

A title of the lexicon's [roles] (not a word the group's own roles open
with), in the plural right after « des » that follows a noun, and itself a
noun of people (the title's own word, not a charge: « des comptes »), is that
thing's public when no member of the group holds it: no holder can be
meant, and the word is left to the topic. A title some member holds stays
a title (« la réunion des cuisiniers » where a chef sits)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.spans import Entity

__all__ = ["without_public_titles"]


def without_public_titles(found: Sequence[Word], roles: list[Entity], own_words: dict[str, str],
                          held: Sequence[str]) -> list[Entity]:
    """`roles` without the lexicon's plural titles after « <noun> des » that none of the roles `held` holds;
    `own_words`: the words the group's roles open with (world.role_words)."""
    from handlers.understanding.persons import holds_role  # persons reads the entities' neighbours

    lex = lexicon()
    little = lex.stopwords | lex.function_words | lex.question_words

    def public(role: Entity) -> bool:
        i = role.start
        if role.end - i != 1 or i < 2 or role.label in own_words or found[i].folded == found[i].lemma:
            return False
        if found[i - 1].folded != "des" or found[i - 2].folded in little or not found[i - 2].folded.isalpha():
            return False
        stems = str(role.extra.get("stem", role.label)).split("|")
        # The word must be a noun of people, the title itself (« cuisiniers »): « des comptes » names the accounts,
        # a treasurer's charge, no public.
        if not any(found[i].lemma.startswith(s.split()[0]) for s in stems if s):
            return False
        return not any(holds_role(r, stems) for r in held)

    return [r for r in roles if not public(r)]
