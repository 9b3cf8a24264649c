"""« le référent justice de France Travail », « la référente justice de la
Mission locale »: a word right after a title, with no article between, that
a member's role writes after that title (« Conseiller référent justice »)
qualifies the title; it is no body, though the word alone names a kind of
them (« la justice », entities.toml [kinds]: the SPIP, the tribunal)."""

from __future__ import annotations

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity
from handlers.understanding.world import World, plain

__all__ = ["without_title_qualifiers"]


def without_title_qualifiers(entities: list[Entity], words: list[Word], world: World) -> list[Entity]:
    """`entities` but the one-word bodies that only qualify the word just before them in a member's role."""
    roles = [f" {plain(m.role)} " for m in world.members]

    def qualifier(body: Entity) -> bool:
        i = body.start
        if body.kind != "org" or body.end - i != 1 or i == 0 or len(words[i - 1].folded) < 4:
            return False
        # The body's own name typed (« le référent CAF ») stays the body: only a kind's word is dropped.
        if plain(body.label).split()[:1] == [words[i].folded]:
            return False
        # As typed or by the title's lemma (« la référente justice » for « Conseiller référent justice »).
        pairs = {f"{words[i - 1].folded} {words[i].folded}", f"{words[i - 1].lemma} {words[i].folded}"}
        return any(f" {pair} " in role for pair in pairs for role in roles)

    def delegation(body: Entity) -> bool:
        # « l'élue aux écoles », « l'adjoint aux sports »: a title, « aux » and a plural says the field the title is
        # charged with (« chargée des affaires scolaires »), no body of the group named in the singular (« école »;
        # the lead's set 88).
        i = body.start
        return (body.kind == "org" and body.end - i == 1 and i >= 2 and words[i - 1].folded == "aux"
                and words[i].folded.endswith(("s", "x")) and words[i].folded not in plain(body.label).split()
                and any(e.kind == "role" and e.end == i - 1 for e in entities))

    return [e for e in entities if not qualifier(e) and not delegation(e)]
