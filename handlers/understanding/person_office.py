"""A member's office asked with a verb of office: « Julien Madec il dirige
quoi ? », « elle préside quoi, Mme Roux ? », « Paul Martin, il coordonne
quoi au juste ? ».

« <personne> fait quoi ? » is the member's card (who_is), from the intent
examples; a verb naming an office in its place (« dirige », « préside »,
« anime », « coordonne », « pilote », « gère », « représente ») reads close to
the member's tasks too, and the bot asked back. What the member heads or
represents is what the card says (organisation and role), so it answers.
A topic after the verb (« il gère quoi comme dossiers ? », « elle anime
quoi en janvier ? ») asks something else and is left to the readings.
"""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding

__all__ = ["office_asked"]

# Verbs of an office, as typed (present, third person) and as lemmas.
_OFFICE = frozenset({"dirige", "diriger", "preside", "presider", "anime", "animer", "coordonne", "coordonner",
                     "pilote", "piloter", "gere", "gerer", "represente", "representer"})
# Words that add nothing to « il dirige quoi ? »: pronouns, « au juste », « exactement », « déjà », « chez nous ».
_GLUE = frozenset({"il", "elle", "quoi", "au", "juste", "exactement", "deja", "donc", "alors", "en", "fait", "et"})


def office_asked(u: Understanding) -> bool:
    """One member named, a verb of office and « quoi », and nothing else that asks."""
    people = [e for e in u.entities if e.kind == "person"]
    if len(people) != 1 or len(people[0].items) != 1:
        return False
    person = people[0]
    rest = [(i, w) for i, w in enumerate(u.words) if not person.start <= i < person.end and i not in u.framing]
    verbs = [i for i, w in rest if w.folded in _OFFICE or w.lemma in _OFFICE]
    # The verb itself may have been read as a title (« dirige » for « Directeur »): no other entity.
    if len(verbs) != 1 or any(e.kind != "person" and (e.start, e.end) != (verbs[0], verbs[0] + 1) for e in u.entities):
        return False
    return any(w.folded == "quoi" for _, w in rest) and all(i == verbs[0] or w.folded in _GLUE for i, w in rest)
