"""The words that continue a role title in a question, as the role is written.

« c'est qui la chargée de programmes ? », « l'animatrice de réseau »,
« le chargé de mission jeunesse »: the words after the title repeat the
words of a member's role that holds it. They say which holder is meant, so
they are the role's topic, even when they are also words the intent
examples use (« programme » for an agenda, « réseau » for a body), and a
body's name among them (« mission », of the Mission locale) is the role's
word, not that body, unless a holder belongs to that body. The same holds
after a verb of charge (« qui s'occupe des programmes ? »). « la charge »
(the noun) is no title, as « la chargée » is.
"""

from __future__ import annotations

from functools import lru_cache

from handlers.understanding.normalise import Word, lexicon, stem, words
from handlers.understanding.persons import holds_role
from handlers.understanding.spans import Entity
from handlers.understanding.world import World, entity_data

__all__ = ["continued_roles", "titles_over_records"]

# Role words that only say « in charge of » (answers_people.GENERIC_CHARGE).
_GENERIC = frozenset({"charge", "responsable", "referent", "delegue", "pilote"})
# Little words inside a role's phrase (« chargée de mission », « animateur du réseau »).
_JOINING = frozenset({"de", "d", "du", "des", "la", "le", "l", "en"})


def _as_read(found: list[Word], role: Entity) -> Entity:
    """The role as the message uses it: not a title for the noun « la charge »
    (« qui a la charge du logement ? »), as it is for « la chargée »."""
    before = found[role.start - 1].folded if role.start > 0 else ""
    if role.label == "charge" and before == "la" and found[role.start].raw.casefold() == "charge":
        role.extra["titled"] = False
    return role


@lru_cache(maxsize=1 << 12)
def _stems(text: str) -> frozenset[str]:
    """The stems of a role's words (roles are read on every question: kept once read)."""
    found = words(text, shorthand=False)
    return frozenset(stem(w.lemma) for w in found) | frozenset(stem(w.folded) for w in found)


# Lemmas that ask who has a charge: the words after them that a role repeats are the charge
# (« qui s'occupe des programmes à la Fondation ? », « programme » being an agenda word too).
_CHARGE_VERBS = frozenset({"occuper", "gerer", "suivre"})


# Verbs that say a job is done (« qui fait la prévention spécialisée ? », « qui tient la permanence ? »).
_DOING_VERBS = frozenset({"faire", "tenir", "traiter"})


def _asks_who(found: list[Word], i: int) -> bool:
    """The verb at `i` is asked of « qui » (« qui fait … », « qui s'occupe … »), not said of a subject
    that follows it (« qu'est-ce que doit faire le principal ? »)."""
    before = [w.folded for w in found[max(0, i - 3):i] if w.folded not in ("se", "s")]
    return bool(before) and before[-1] == "qui"


def _charged_role(found: list[Word], j: int, entities: list[Entity]) -> set[int]:
    """The indices of a role word read right after a verb of charge (`j` follows the verb), little
    words skipped: « qui s'occupe de l'accès aux soins ? » for a « Conseillère accès aux soins » asks
    who has that charge, not who holds a title « accès »; the word is the charge's topic."""
    while j < len(found) and found[j].folded in _JOINING | {"les"}:
        j += 1
    role = next((e for e in entities if e.kind == "role" and e.start == j), None)
    if role is not None and role.label in entity_data()["roles"]:
        # « qui s'occupe du secrétariat ? »: a title of the lexicon stays one, a function taken charge of
        # (function_charge.py answers it by the role that holds it).
        role.extra["function"] = True
        return set()
    if role is None:
        return set()
    role.extra["activity"] = True  # answered as a charge (settle.py), not as a title
    return set(range(role.start, role.end))


def _title_complement(found: list[Word], role: Entity, hits: list[int]) -> bool:
    """A title as typed, then « du » and one word its sole holder's role holds right after it, and no more words of
    the role (« l'inspecteur du travail », not « le chargé de mission habitat et logement »), asked « qui »."""
    # Only asked who holds it: « l'inspecteur du travail sera là mercredi ? » asks the holder's presence, read by
    # the title and its complement (presence.py).
    return (bool(role.extra.get("titled")) and len(hits) == 1 and role.end + 1 < len(found)
            and any(w.folded == "qui" for w in found)
            and found[role.end].folded == "du" and hits[0] == role.end + 1)


def _walk(found: list[Word], j: int, have: frozenset[str]) -> list[int]:
    """Indices of the words from `j` on that `have` (a role's stems) holds, little words skipped."""
    hits: list[int] = []
    while j < len(found):
        word = found[j]
        # A name's lemma may be another word (« Lille » read as « ville »): the lemma counts when it is the word's.
        own = {stem(word.folded)} | ({stem(word.lemma)} if word.lemma[:3] == word.folded[:3] else set())
        if word.folded not in _JOINING and not own & have:
            break
        if word.folded not in _JOINING and word.folded not in lexicon().stopwords:
            # « animateur de réseau »: a stop word (the group's own kind) says nothing of the holder.
            hits.append(j)
        j += 1
    return hits


def continued_roles(found: list[Word], entities: list[Entity], world: World) -> tuple[list[Entity], set[int]]:
    """The entities without the bodies named only as a role's words, and the
    indices of the words that continue a role title (or a verb of charge) as
    a member's role does."""
    entities = [_as_read(found, e) if e.kind == "role" else e for e in entities]
    continuing: set[int] = set()
    bodies_of: dict[int, set[int]] = {}  # index -> numbers of the holders of the role it continues
    for role in (e for e in entities if e.kind == "role"):
        holders = [m for m in world.members if m.role and holds_role(m.role, role.extra["stem"].split("|"))]
        if not holders:
            continue
        hits = _walk(found, role.end, frozenset().union(*(_stems(m.role) for m in holders)))
        for m in holders:
            # « la cheffe du service des affaires sociales »: the words are one holder's role (a commune's
            # service), not the other cheffe de service's body, whose initials they happen to spell (SAS).
            for j in _walk(found, role.end, _stems(m.role)):
                bodies_of.setdefault(j, set()).add(m.number)
        generic = role.extra["stem"].split("|")[0] in _GENERIC and not role.extra.get("titled", False)
        if len(holders) > 1 and not generic:
            # They tell the holders apart; a sole holder's own words (« secrétaire des séances ») stay as they
            # read, and so do the words after « responsable de », « chargé de » without an article: a charge.
            continuing.update(hits)
        elif len(holders) == 1 and _title_complement(found, role, hits):
            # « l'inspecteur du travail c'est qui ? » of an « Inspecteur du travail »: the title's own complement, a
            # word the examples know (« groupe de travail ») that would draw the question elsewhere (lead's set 68).
            continuing.update(hits)
        if (role.extra["stem"].split("|")[0] == "charge" and hits and hits[0] == role.end + 1 and found[role.end].folded in ("de", "d")
                and not (role.start > 0 and found[role.start - 1].folded == "en")):
            # « qui est chargée de mission jeunesse ? »: « chargée de mission » is a title as written in a role
            # (« qui est en charge de France Services ? » names the noun: a charge, whatever a role says next).
            role.extra["titled"] = True
    taken = {j for e in entities for j in range(e.start, e.end)}
    for i, word in enumerate(found):
        if word.lemma in _CHARGE_VERBS and i not in taken:
            roles = frozenset().union(*(_stems(m.role) for m in world.members if m.role))
            continuing.update(j for j in _walk(found, i + 1, roles) if j not in taken)
        if (word.lemma in _CHARGE_VERBS or word.lemma in _DOING_VERBS) and i not in taken and _asks_who(found, i):
            continuing.update(_charged_role(found, i + 1, entities))
    kept = [e for e in entities if not (e.kind == "org" and _role_words_only(found, e, bodies_of))
            and not (e.kind == "place" and _place_in_title(found, e, bodies_of))]
    return kept, continuing


def _place_in_title(found: list[Word], place: Entity, bodies_of: dict[int, set[int]]) -> bool:
    """« l'éducateur de l'accueil de jour c'est qui ? »: a meeting place named only by the words that continue a
    role (« Éducateur spécialisé de l'accueil de jour »), in a question asking who: the title's words, no sitting."""
    content = [k for k in range(place.start, place.end) if found[k].folded not in _JOINING]
    return bool(content) and all(k in bodies_of for k in content) and any(w.folded == "qui" for w in found)


def _role_words_only(found: list[Word], body: Entity, bodies_of: dict[int, set[int]]) -> bool:
    """Whether `body` is named only by the words continuing a role, and none of its people's roles holds
    them all: « la cheffe du service des affaires sociales » is a commune's, not the SAS's cheffe de service."""
    content = [k for k in range(body.start, body.end) if found[k].folded not in _JOINING]
    return bool(content) and all(k in bodies_of for k in content) and not any(
        all(m.number in bodies_of[k] for k in content) for m in body.items)


# « le délégué du préfet était présent au dernier cotech ? », « … sera là le 8 ? »: whether the title's holder came
# or comes (set 38b), as typed (« présentée » is presenting, accented_participle.py).
_PRESENCE = frozenset({"present", "presente", "presents", "presentes", "absent", "absente", "absents", "absentes",
                       "excuse", "excusee", "excuses", "excusees", "venu", "venue", "venus", "venues"})
_BEING = frozenset({"etait", "etaient", "sera", "seront", "est", "sont", "a", "ont", "s", "etre"})


def _presence_of(found: list[Word]) -> bool:
    """A verb of being then a word of presence (« était présent », « sera là », « s'est excusé », « est venue »):
    the message asks whether someone came, who the title before it names."""
    for a, b in zip(found, found[1:]):
        participle = b.raw.casefold().endswith(("é", "ée", "és", "ées")) and b.folded.startswith("present")
        if a.folded in _BEING and (b.folded in _PRESENCE and not participle or b.raw.casefold() == "là"):
            return True
    return False


# « la sous-préfète vient mardi ? », « le délégué du préfet il viendra le 8 ? »: whether the title's holder comes
# (set 49c), the verb right after the title (or its pronoun).
_COMING = frozenset({"vient", "viennent", "viendra", "viendront", "vienne"})


def _coming_after_title(found: list[Word], entities: list[Entity]) -> bool:
    """A present or future of « venir » right after a role's words, or after the pronoun resuming them."""
    for e in entities:
        if e.kind != "role":
            continue
        at = e.end + (1 if e.end < len(found) and found[e.end].folded in ("il", "elle", "ils", "elles") else 0)
        if at < len(found) and found[at].folded in _COMING:
            return True
    return False


def titles_over_records(found: list[Word], entities: list[Entity], record_hits: set[int], role_hits: set[int]) -> set[int]:
    """`record_hits` (a record's word pairs the message repeats) without the words of a role a member's role
    writes the same way, when the message asks who (« qui est la déléguée du préfet ? », « c'est qui le chef de
    projet ? ») or whether the title's holder came (« le délégué du préfet était présent ? ») and speaks of no
    decision: the title asks its holder, even when a decision repeats it (« les
    permanences de la déléguée du préfet … »). « qu'a-t-on décidé pour la déléguée du préfet ? » keeps the topic."""
    lex = lexicon()
    if any(w.lemma in lex.decision_words or w.folded in lex.decision_words for w in found):
        return record_hits
    if not any(w.folded == "qui" and not (i and found[i - 1].folded in ("ce", "a", "pour")) for i, w in enumerate(found)) and (
            not _presence_of(found)) and not _coming_after_title(found, entities):
        return record_hits
    held = {j for e in entities if e.kind == "role" for j in range(e.start, e.end)}
    titled = {j for j in held if j in role_hits and j in record_hits}
    return record_hits - titled if titled else record_hits
