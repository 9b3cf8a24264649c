"""A title's second word clipped short: « le médecin co » for the Médecin
coordonnateur, « l'infirmière coord » for an Infirmière coordinatrice.

Chat cuts the word that follows a title to its first letters; left as typed,
the clip is a topic no holder's role holds (« Je ne trouve personne avec le
rôle « médecin » (co) ») and weighs down every reading that names the title
(« le médecin co s'était excusé en juin ? »). Right after a title, a clip that
opens the word some member's role puts right after that title, and is shorter
than it, is that word: the title of two words is the one asked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain

__all__ = ["clipped_titles"]

_SHORTEST = 2  # « co »: a single letter is no clip


def clipped_titles(found: Sequence[Word], roles: list[Entity], said_roles: Sequence[str]) -> list[Entity]:
    """`roles`, each title of one word followed by a clip of the word `said_roles` put after it read as the two
    words (« medecin coordonnateur »); the others as they are."""
    return [_continued(found, role, said_roles) for role in roles]


def _continued(found: Sequence[Word], role: Entity, said_roles: Sequence[str]) -> Entity:
    if role.end - role.start != 1 or role.end >= len(found):
        return role
    clip = found[role.end].folded
    # A little word is no clip (« chargé de la jeunesse »: « de » opens « des » in some role too).
    if len(clip) < _SHORTEST or not clip.isalpha() or clip in lexicon().stopwords:
        return role
    title = plain(found[role.start].folded)
    # Only one word may continue the title so: « médecin co » of a coordonnateur and a conseiller stays open.
    words = {nxt for said in said_roles for word, nxt in zip(plain(said).split(), plain(said).split()[1:])
             if word[:len(title) - 1] == title[:-1] and nxt.startswith(clip) and len(nxt) > len(clip)}
    if len(words) != 1:
        return role
    whole = next(iter(words))
    return replace(role, end=role.end + 1, label=f"{role.label} {whole}",
                   extra={**role.extra, "stem": f"{role.extra.get('stem', role.label)} {whole}"})
