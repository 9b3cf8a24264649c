"""A working group's meeting asked by its subject, in the member's words:
« la réunion sur l'énergie », « le groupe qui bosse sur le logement » for the
« Groupe de travail habitat », « le GT transports » or « la commission
déplacements » for « Groupe de travail mobilités », « la réunion agricole »
for « Groupe de travail agriculture et alimentation », « la réu sur le
solaire » for the energy group.

A coordinator writes the body that meets at the head of the meeting's place
(« Groupe de travail énergie, mairie de Canet »; venues.py): the formation's
noun, then its subject. The place index knows the subject as written
(« le GT énergie », « le groupe énergie »), so a member naming it by a near
word found no meeting — or found every « GT » and answered the next one of
another subject, or read the subject as a decisions topic.

After a meeting noun (« réunion », « réu », « groupe », « GT », « atelier »,
« commission »…), past the little words that link it to its subject (« du
groupe qui bosse sur le … », « de travail », « sur l' »), the subject word
names the formation whose subject it is: the same word or its derivation
first, then a near word (`_NEAR`: « logement » ~ « habitat », « agricole » ~
« agriculture »), then the families of families.toml (« transports » ~
« mobilités », « solaire » ~ « énergie »). Only when exactly one formation's
subject is named at the closest level: two (« vélo » is the bike workshop's
own word and a kind of mobility) leave the question as it was. The phrase
becomes a place entity holding that formation's meetings, read as a
formation (meeting_kinds.py picks the next, the last, or the month's), and
the words it covers are no topic.

A sitting's noun with « sur » before two or more words that one sitting's
heading alone holds (« le comité sur le plan de salle, c'était quand ? » of
« Comité d'organisation : exposants et plan de salle ») names that sitting,
whatever its kind: the phrase is a place holding it (subject_headings), so
a deadline sharing the words (« Validation du plan de salle ») is no rival,
and a stop word of the subject (« plan ») counts (set 48c).

A sitting found by one word of a heading that heads another sitting
(« la formation » of « Formation état civil du CNFPT ») is the one whose
heading also holds the word typed right after it, when only that one does
and the sittings found do not (« la formation M57 » of « Journée de
formation à la M57 », the lead's set 51): `heading_narrowed`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from handlers.understanding.body_heading import body_at_noun, body_of_heading
from handlers.understanding.hypernyms import keys_of, reach, reached
from handlers.understanding.meeting_nouns import heading_of, nouns
from handlers.understanding.normalise import Word, lexicon, words
from handlers.understanding.sitting_order import RELATIVE, SINGULAR
from handlers.understanding.spans import Entity
from handlers.understanding.spelled_out import meanings
from handlers.understanding.verb_forms import conjugated
from handlers.understanding.world import entity_data, plain
from storage.models import Meeting, Member

if TYPE_CHECKING:
    from handlers.understanding.outcome import Outcome
    from handlers.understanding.pipeline import Understanding

__all__ = ["decided_in_formation", "formation_lead", "heading_narrowed", "subject_formations", "subject_headings"]

# The nouns a member names a meeting or a working group by (« la réu », « le GT », « l'atelier »).
_ANCHORS = nouns("plain", "chat", "formations", "sitting_bodies", plural=True) | {
    "groupe", "groupes", "gt", "atelier", "ateliers", "sous-groupe", "pole", "cellule", "reunion", "reunions",
    # « celle sur les travaux de la cour c'était quel jour ? »: the demonstrative standing for the sitting whose heading
    # holds the subject's words (the lead's set 88).
    "celle", "celui"}
# The demonstratives, which stand for a sitting only when they open the message (a noun before them is theirs).
_DEMONSTRATIVES = frozenset({"celle", "celui"})
# The plain nouns of a sitting, which name no working group by themselves.
_PLAIN = nouns("plain", "chat", plural=True) | {"reunion", "reunions", "reu", "seance", "seances", "rencontre"}
# Little words between the meeting noun and its subject: « la réunion du groupe qui bosse sur le logement »,
# « le groupe de travail sur l'énergie », « la commission consacrée aux déplacements ».
_LINKS = frozenset({"de", "d", "du", "des", "la", "le", "les", "l", "sur", "travail", "thematique", "qui", "bosse",
                    "bossent", "travaille", "travaillent", "planche", "planchent", "s", "occupe", "occupent",
                    "consacre", "consacree", "dedie", "dediee", "autour", "au", "aux", "a", "pour", "notre", "votre"})
_MAX_LINKS = 6
# Words that are never a subject: order, time, meeting talk (« la réunion prochaine », « la réu de mardi »).
_NOT_SUBJECT = RELATIVE & SINGULAR | {"public", "publique", "pleniere", "mois", "semaine", "fois"}
# Words that qualify a formation rather than give its subject (« Assemblée générale », « Bureau (visioconférence) »,
# « Atelier participatif », « Comité local », « Réunion publique »).
_QUALIFIERS = frozenset({"travail", "pilotage", "technique", "thematique", "generale", "pleniere", "plenier", "publique",
                         "public", "visioconference", "visio", "restreint", "elargi", "participatif", "participative",
                         "local", "locale", "suivi", "direction", "ordinaire", "extraordinaire"})
# Links that only a working group's noun takes before its subject (« le groupe de travail énergie »), not a plain
# meeting noun (« la réunion de la ville » is no « Plénière du contrat de ville »): a plain one takes « sur ».
_OF = frozenset({"de", "d", "du", "des", "la", "le", "les", "l", "au", "aux", "a", "pour", "notre", "votre"})
# Near words of a working group's usual subjects that no family of families.toml joins: a subject word and
# the words members say for it (a question's word finds the subject holding any word of its set).
_NEAR = (
    ("habitat", "logement", "logements", "habitation", "habitations", "renovation", "rénovation", "isolation"),
    ("agriculture", "agricole", "agricoles", "agri", "agriculteur", "agriculteurs", "paysan", "paysans"),
    ("alimentation", "alimentaire", "alimentaires", "nourriture", "repas", "cantine", "cantines", "restauration"),
    ("energie", "énergie", "energies", "énergies", "energetique", "énergétique", "renouvelable", "renouvelables",
     "enr", "photovoltaique", "photovoltaïque", "solaire"),
    ("climat", "climatique", "pcaet"),
)


@cache
def _near_keys() -> tuple[frozenset[str], ...]:
    return tuple(frozenset().union(*(keys_of(w) for n in group for w in words(n, shorthand=False))) for group in _NEAR)


def _formation_head(place: str) -> str | None:
    """The head of a meeting's place when it names a formation (« Groupe de travail énergie »), else None."""
    parts = [p.strip() for p in place.split(",")]
    head = parts[0]
    # « Groupe de travail circulation, stationnement et navettes, agence liO »: a lower-case part closing an
    # enumeration with « et » goes on with the subjects (lead's set 57), the venue after it is no subject.
    if len(parts) > 2 and parts[1][:1].islower() and " et " in f" {parts[1]} " and not plain(parts[1]).split()[0] in (
            entity_data()["meeting_nouns"]):
        head = f"{head}, {parts[1]}"
    folded = plain(head)
    first = folded.split()[:1]
    opens = next((f for f in entity_data()["formations"] if folded == f or folded.startswith(f"{f} ")), None)
    if opens is None and not (first and first[0] in entity_data()["meeting_nouns"]):
        return None
    return head


def _subject_words(head: str) -> tuple[Word, ...]:
    """The head's subject words (what follows the formation's own words: « énergie », « agriculture »)."""
    lex = lexicon()
    kind = _ANCHORS | set(entity_data()["formations"]) | _QUALIFIERS
    return tuple(w for w in words(head, shorthand=False)
                 if w.folded not in lex.stopwords and w.folded not in kind and len(w.folded) > 2)


def _heads(meetings: Sequence[Meeting]) -> dict[str, tuple[tuple[Word, ...], list[Meeting]]]:
    found: dict[str, list[Meeting]] = defaultdict(list)
    for m in meetings:
        if m.status != "cancelled" and (head := _formation_head(m.place)) is not None:
            found[head].append(m)
    return {h: (subject, held) for h, held in found.items() if (subject := _subject_words(h))}


def _level(word: Word, subject: tuple[Word, ...]) -> int | None:
    """How closely `word` names a subject: 0 its own word, 1 a near word, 2 a synonym by the families (each
    word finds the other: « transports » and « mobilités »), 3 a word of its family one way (« vélo » is a
    kind of mobility); None if not."""
    mine = keys_of(word)
    keys = [keys_of(w) for w in subject]
    if any(mine & k for k in keys) or _initials_of(word, subject):
        return 0
    if any(mine & group and any(group & k for k in keys) for group in _near_keys()):
        return 1
    full, half = reach(word)
    found = [w for w, k in zip(subject, keys, strict=True) if reached(full + half, k)]
    if not found:
        return None
    return 2 if any(reached(reach(w)[0], mine) and reached(full, keys_of(w)) for w in found) else 3


def _initials_of(word: Word, subject: tuple[Word, ...]) -> bool:
    """« le groupe VIF » of « Groupe thématique violences intrafamiliales »: the word is the initials of the subject's
    words, or the acronym lexicon.toml spells out as them ([spelled_out])."""
    if len(word.folded) < 2 or len(word.folded) > 6 or not (word.raw.isupper() or not word.known):
        return False
    said = [w.folded for w in subject]
    if word.folded == "".join(w[0] for w in said):
        return True
    meaning = meanings().get(word.folded)
    return meaning is not None and [w.folded for w in words(meaning, shorthand=False)
                                    if w.folded not in lexicon().stopwords] == said


def _subject_span(found: list[Word], i: int) -> tuple[int, int] | None:
    """The subject words after the meeting noun at `i`: (start, end), past the linking words."""
    j = i + 1
    # « la prochaine plénière du PCAET »: a formation typed is read « réunion »; what was typed says which.
    group_noun = found[i].folded not in _PLAIN or bool(found[i].typed) and plain(found[i].typed) not in _PLAIN
    while j < len(found) and j - i <= _MAX_LINKS and (found[j].folded in _LINKS or found[j].folded in _ANCHORS):
        group_noun = group_noun or found[j].folded in _ANCHORS and found[j].folded not in _PLAIN or found[j].folded == "sur"
        j += 1
    if j >= len(found) or found[j].folded in _NOT_SUBJECT or found[j].lemma in _NOT_SUBJECT:
        return None
    if j == i + 1 and conjugated(found[j]):
        return None  # « la réunion commence à quelle heure ? »: what the sitting does, no subject (verb_forms.py)
    if not group_noun and any(w.folded in _OF for w in found[i + 1:j]):
        return None  # « la réunion de la ville »: a plain meeting noun names its subject after « sur » or none
    end = j + 1
    # « agriculture et alimentation », « énergies renouvelables »: a second word of the same subject.
    if end + 1 < len(found) and found[end].folded == "et":
        end += 2
    elif end < len(found) and found[end].folded.startswith("renouvelable"):
        end += 1
    return j, end


def _levels(subject: list[Word], heads: dict[str, tuple[tuple[Word, ...], list[Meeting]]]) -> dict[str, int]:
    """Each head whose subject the `subject` words name -> how closely (the closest of its words)."""
    levels: dict[str, int] = {}
    for head, (subject_words, _) in heads.items():
        found_levels = [lv for w in subject if (lv := _level(w, subject_words)) is not None]
        if found_levels:
            levels[head] = min(found_levels)
    return levels


def subject_formations(found: list[Word], entities: list[Entity], meetings: Sequence[Meeting]) -> list[Entity]:
    """`entities` with a formation named by its subject read as a place holding its meetings."""
    heads = _heads(meetings)
    if len(heads) < 2:
        return entities  # one formation alone needs no telling apart
    for i, word in enumerate(found):
        typed = plain(word.typed) if word.typed else ""
        if word.folded not in _ANCHORS and typed not in _ANCHORS:
            continue
        span = _subject_span(found, i)
        if span is None:
            continue
        subject = [w for w in found[span[0]:span[1]] if w.folded != "et"]
        # « la commission cantine »: a formation's own noun keeps to the formations it heads (the « Commission
        # restauration collective », not the « Forum de l'alimentation locale » that « cantine » finds as well),
        # when one of them has the subject; else any formation may (« le comité départemental » of « Séance
        # plénière du comité départemental »).
        noun = (typed or word.folded).removesuffix("s")
        own = {h for h in heads if plain(h).split()[:1] == [noun]} if noun not in _PLAIN else set()
        levels = _levels(subject, {h: heads[h] for h in own}) or _levels(subject, heads)
        if not levels:
            continue
        best = min(levels.values())
        chosen = [h for h, lv in levels.items() if lv == best]
        if len(chosen) != 1:
            return entities  # two formations answer the word: no guess
        head = chosen[0]
        start, end = i, span[1]
        if body_at_noun(found, entities, start, end, head):
            continue  # « le Conseil départemental » is the body, not the « comité départemental »: body_heading.py
        both = body_of_heading(found, entities, start, end, head)  # « ya qui du conseil citoyen ? »: body_heading.py
        kept = [e for e in entities if e is both or not (e.kind in ("place", "org") and e.start < end and start < e.end)]
        held = tuple(heads[head][1])
        entity = Entity("place", start, end, head, held, extra={"formation": True, "subject": True})
        return sorted([*kept, entity], key=lambda e: e.start)
    return entities


_DECISION_READINGS = frozenset({"decisions_topic", "decisions_recent"})


def decided_in_formation(u: Understanding, now: datetime) -> bool:
    """Whether `u`, read as decisions (or offering them), asks those of a working group named by its subject
    (« les décisions du GT mobilité ? », « le groupe logement a décidé quoi ? »): its subject words, read
    as a topic, listed every decision on mobility instead of that group's sitting's. Only when a sitting
    of it was held and the topic holds no word outside the group's name."""
    if u.intent not in _DECISION_READINGS and not (u.intent is None and _DECISION_READINGS & set(u.readings)):
        return False
    if u.first("person") is not None:
        return False
    # « les décisions du GT à la gare ? »: a kind of sitting narrowed to those held in a building (place_words.py)
    # names its sittings as its subject does (the lead's set 67).
    named = [e for e in u.entities if e.kind == "place" and (
        e.extra.get("subject") or e.extra.get("formation") and e.extra.get("narrowed"))]
    if not any(getattr(m, "start", now) <= now for e in named for m in e.items):
        return False
    inside = {u.words[j].folded for e in named for j in range(e.start, e.end)}
    return all(w.folded in inside for w in u.topic)


# The titles and verbs of leading a working group (« qui anime le GT logement ? », « le responsable du groupe agri »).
_LEADING = frozenset({"anime", "animer", "animent", "animateur", "animatrice", "animateurs", "animatrices", "pilote",
                      "piloter", "pilotent", "responsable", "responsables", "preside", "president", "presidente",
                      "coordonne", "coordinateur", "coordinatrice", "referent", "referente", "chef", "cheffe", "mene",
                      "dirige", "anim"})


def formation_lead(u: Understanding, members: Sequence[Member]) -> Outcome | None:
    """« qui anime le GT logement ? », « l'animatrice du groupe habitat c'est qui ? », « qui pilote le groupe
    énergie ? »: the member whose role leads the working group named by its subject (« animatrice du groupe de
    travail habitat »), as the holder of that role; None when no role names that group."""
    from handlers.messages import bold, text  # the answer's modules import the pipeline, which imports this one
    from handlers.understanding.outcome import Outcome

    named = next((e for e in u.entities if e.kind == "place" and e.extra.get("subject")), None)
    if named is None or u.first("person") is not None:
        return None
    outside = [w for i, w in enumerate(u.words) if not named.start <= i < named.end]
    if not any(w.folded == "qui" for w in outside) or not any(
            w.folded in _LEADING or w.lemma in _LEADING for w in outside):
        return None
    head = plain(named.label)
    chosen = [m for m in members if m.role and head in plain(m.role)]
    if not chosen:
        return None
    u.intent, u.readings, u.topic = "role_holder", [], []
    rows = [[text("• "), bold(m.name), text(" — " + " — ".join(p for p in (m.organisation, m.role) if p))]
            for m in chosen]
    return Outcome.sure(u, [f"{named.label} d'après les rôles :", *rows], ", ".join(m.name for m in chosen))


# The little words of a subject after « sur » (« le plan de salle », « les exposants et le plan »).
_GLUE = frozenset({"le", "la", "les", "l", "de", "d", "du", "des", "et", "a", "au", "aux"})


def _heading_words(place: str) -> frozenset[str]:
    """The folded words of a sitting's heading (its place before the first comma), punctuation set aside."""
    return frozenset(plain(heading_of(place)).replace(":", " ").replace("-", " ").split())


def subject_headings(found: list[Word], entities: list[Entity], meetings: Sequence[Meeting]) -> list[Entity]:
    """`entities` with « <sitting noun> sur <words> » read as a place holding the one sitting whose heading holds
    those words, two or more (module docstring)."""
    if any(e.kind == "place" for e in entities):
        return entities
    headings = [(m, _heading_words(m.place)) for m in meetings if m.place]
    for i, word in enumerate(found[:-1]):
        if word.folded not in _ANCHORS or found[i + 1].folded != "sur":
            continue
        if word.folded in _DEMONSTRATIVES and i > 0:
            continue  # « la décision, celle sur la cour ? »: the demonstrative stands for the noun said before it
        # The subject runs on while its words are some heading's (« le plan de salle », up to « , c'était quand »).
        end = i + 2
        while end < len(found) and (found[end].folded in _GLUE or any(found[end].folded in h for _, h in headings)):
            end += 1
        said = [w for w in found[i + 2:end] if w.folded not in _GLUE]
        held = [m for m, h in headings if all(w.folded in h for w in said)]
        if len(said) >= 2 and len(held) == 1:
            entity = Entity("place", i, end, heading_of(held[0].place), (held[0],), extra={"formation": False})
            return sorted([*entities, entity], key=lambda e: e.start)
    return entities


# Little words that name nothing after a heading's word (« la formation de … », « la formation du 6 »).
_NARROW_GLUE = frozenset({"le", "la", "les", "l", "de", "d", "du", "des", "et", "a", "au", "aux", "en", "c", "est"})


def heading_narrowed(found: list[Word], entities: list[Entity], meetings: Sequence[Meeting]) -> list[Entity]:
    """`entities` with a sitting found by one word of its heading (« la formation ») replaced by the one sitting
    whose heading holds that word and the word typed right after it (« formation M57 »), when the sittings found
    hold the latter in none of their headings (module docstring)."""
    taken = {i for e in entities for i in range(e.start, e.end)}
    kept = list(entities)
    for k, place in enumerate(kept):
        after = place.end
        if place.kind != "place" or place.end - place.start != 1 or after >= len(found) or after in taken:
            continue
        word = plain(found[place.start].typed or found[place.start].raw)
        following = found[after].folded
        if following in _NARROW_GLUE or len(following) < 2 or any(
                following in _heading_words(m.place) for m in place.items if isinstance(m, Meeting) and m.place):
            continue
        held = [m for m in meetings if m.place and {word, following} <= _heading_words(m.place)]
        if len(held) == 1:
            kept[k] = Entity("place", place.start, after + 1, heading_of(held[0].place), (held[0],), {"formation": False})
    return kept
