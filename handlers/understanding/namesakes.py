"""Someone who is not a member but is named like one: « Laurent Bodson »
when the member is Laurence Bodson, « Martin Lhoest » for Martine Lhoest,
« Paul Dessart » for Jean-Marc Dessart. The surname finds the member; the
first name says it is someone else. Answering about the member would be a
confident answer about the wrong person: the honest reply says the person
is not found and offers the member."""

from __future__ import annotations

from handlers.messages import Reply
from handlers.understanding.normalise import Word
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from handlers.understanding.world import World, entity_data, plain

__all__ = ["gender_variant", "other_person", "other_person_outcome"]

# Endings that make a first name's other gender (« Laurent » / « Laurence », « Frédéric » /
# « Frédérique », « Julien » / « Julienne »), besides an ending added (« Martin » / « Martine »).
_ENDINGS = (("ent", "ence"), ("ic", "ique"), ("ien", "ienne"), ("el", "elle"), ("an", "anne"), ("is", "ise"))


def gender_variant(typed: str, first: str) -> bool:
    """Whether the folded first names `typed` and `first` are the two genders of one name."""
    if typed == first or min(len(typed), len(first)) < 3:
        return False
    short, long = sorted((typed, first), key=len)
    # « Martin » / « Martine », « Denis » / « Denise »: a masculine name ends on a single consonant;
    # « Sophi », « Mireill », « Juliee » are slips of the final « e », not another name.
    if long == short + "e" and short[-1] in "nsltdr" and short[-1] != short[-2] and not long.endswith("ee"):
        return True
    # « Jean » / « Jeanne », « Michel » / « Michelle »: the last consonant doubled.
    if long in (short + "ne", short + "le", short + "te") and short[-1] == long[len(short)]:
        return True
    # « Léon » / « Léonie », « Paul » / « Pauline », « Henri » / « Henriette »; a nickname is cut
    # short instead (« Nico », « Alex », « Seb »), never given one of these endings.
    if long in (short + "ie", short + "ine", short + "ette"):
        return True
    return any(a.endswith(x) and b.endswith(y) and a[: -len(x)] == b[: -len(y)]
               for x, y in _ENDINGS for a, b in ((typed, first), (first, typed)))


def _first_name(person: Entity) -> tuple[str, ...]:
    member = person.items[0]
    return tuple(plain(member.name.split()[0]).split()) if member.name.split() else ()


def _named_before(words: list[Word], person: Entity, world: World, entities: list[Entity]) -> str | None:
    """A capitalised word just before the person's surname, inside the sentence, that is no
    word of the group's (a body, a place, a month, a title): another first name (« Paul Dessart »)."""
    i = person.start - 1
    if i < 1 or len(person.items) != 1:
        return None
    word = words[i]
    if not word.raw[:1].isupper() or word.raw.isupper() or not word.raw.isalpha():
        return None
    if word.folded in entity_data()["honorifics"] or word.folded in world.org_aliases or word.folded in world.places:
        return None
    # « la Présidente Lhoest », « l'Échevine Lhoest »: a title written with a capital, no first name.
    if word.folded in world.role_words or any(e.start <= i < e.end for e in entities if e.kind != "person"):
        return None
    member_words = set(plain(person.items[0].name).split())
    return None if word.folded in member_words else word.raw


def _other_member_in(span: list[Word], person: Entity, world: World) -> bool:
    """« Corinne Lamothe-Girard » read as Corinne Lamotte: a word of the typed name that is
    exactly another member's name word, and none of this member's (Pauline Girard's)."""
    own = set(plain(person.items[0].name).split())
    for word in span:
        owners = world.name_index.get(word.folded, ())
        if word.folded not in own and owners and all(m.number != person.items[0].number for m in owners):
            return True
    return False


def other_person(u: Understanding, world: World) -> tuple[str, Entity] | None:
    """(the name as typed, the member it was taken for) when the first name says someone else."""
    for person in (e for e in u.entities if e.kind == "person" and len(e.items) == 1):
        first = _first_name(person)
        span = u.words[person.start:person.end]
        if first and any(gender_variant(w.folded, first[0]) for w in span[:1]):
            return " ".join(w.raw for w in span), person
        if (before := _named_before(u.words, person, world, u.entities)) is not None:
            return " ".join([before, *(w.raw for w in span)]), person
        if _other_member_in(span, person, world):
            return " ".join(w.raw for w in span), person
    return None


def other_person_outcome(u: Understanding, typed: str, person: Entity) -> Outcome:
    """The honest reply: that person is not a member; the member named alike is offered."""
    return Outcome(Reply.of(f"Je ne trouve pas « {typed} » parmi les membres du groupe. "
                            f"Vouliez-vous dire : {person.items[0].name} ?", "Tapez /membres pour l'annuaire."),
                   None, False, "", u)
