"""Whether a confident answer explains every word the question used.

A reading is chosen by its closest example, so the words it shares with
that example decide; a word the reading never uses is simply outweighed.
« les tâches de Bordeaux Métropole ? » then reads as « les gens de <org> »
and « tâches » is lost; « le budget de ma commune est voté en avril » reads
as a decision on the budget and « avril » is lost. An answer given with
confidence must account for every content word of the question: a word
is explained when it is a grammar or general word, a word the examples of
the reading's family use, part of an entity the reading looks up, or a
word the answer itself shows (a decision's topic found in its text, a
body's name in a member's line). Otherwise the bot offers readings
instead of guessing: unsure costs a rephrasing, a wrong answer misleads.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property

from rapidfuzz import fuzz, process

from handlers.understanding.acronym_keys import acronym_keys
from handlers.understanding.amounts import amounts_shown
from handlers.understanding.card_check import checked_of_card
from handlers.understanding.tense import PAST
from handlers.understanding.derivation import root
from handlers.understanding.entities import Entity
from handlers.understanding.accounted import (accounted, empty_words, family_vocabulary, filler_words, neutral_words,
                                              vocabulary)
from handlers.understanding.intents import model
from handlers.understanding.normalise import Word, lexicon, stem, words
from handlers.understanding.persons import holds_role
from handlers.understanding.pipeline import PLAUSIBLE, Understanding
from handlers.understanding.shape import is_clock_time
from handlers.understanding.hypernyms import reach, reached
from handlers.understanding.topics import is_generic, topic_stems, with_activities
from handlers.understanding.initials import shown_by_head, shown_by_kind
from handlers.understanding.world import entity_data, plain
from handlers.views import STATUS_LABEL

__all__ = ["USES", "doubt_readings", "empty_words", "family_vocabulary", "filler_words", "unexplained"]

# Entity kinds each answer looks up: an entity of another kind is explained
# only when the answer shows it.
_MEETING = frozenset({"place", "month", "period", "number"})
USES: dict[str, frozenset[str]] = {
    "meeting_next": _MEETING,
    "meeting_which": _MEETING,
    "meeting_last": _MEETING,
    "meetings_upcoming": _MEETING,
    "agenda_items": _MEETING,
    "dates_period": frozenset({"period", "month"}),
    "who_is": frozenset({"person"}),
    "role_holder": frozenset({"role", "org", "place"}),
    "org_representative": frozenset({"org", "place", "role"}),
    "org_members": frozenset({"org", "place", "role"}),
    "directory": frozenset(),
    "decisions_topic": frozenset({"org", "role"}),
    "decisions_recent": _MEETING,
    "decision_number": frozenset({"number"}),
    "in_charge": frozenset({"org", "place", "role"}),
    "tasks_mine": frozenset({"person", "period", "month"}),
    "tasks_late": frozenset({"period", "month"}),
    # Who came, who is coming: a meeting's qualifiers, and the person or body asked about.
    "attendance_meeting": _MEETING | {"person", "org"},
    "rsvp_upcoming": _MEETING | {"person", "org"},
    "minutes_request": _MEETING,
}
# Answers that show a meeting's place: a place the question names must be in it.
_SHOWS_PLACE = frozenset({"meeting_next", "meeting_which", "meeting_last", "meetings_upcoming", "agenda_items"})
# A typed word and a word of the answer this close are the same word (typos, inflections).
_SHOWN_MATCH = 85.0


class _Shown:
    """What an answer shows: its words' stems, and the acronyms of its words,
    read only when a question's word needs it (an answer may list a thousand members)."""

    def __init__(self, text: str) -> None:
        # What the answer echoes of the question (« Décisions sur « budget » ») shows nothing found;
        # a role's agent noun shows its activity (« évaluateur » shows « évaluation »).
        self.text = re.sub(r"«[^»]*»", " ", text)
        self.raw = text  # a sitting's stored place may quote its subject (« Groupe de travail « inventaires … » »)
        self.stemmed = with_activities(self.text)

    @cached_property
    def stems(self) -> frozenset[str]:
        found = words(self.stemmed, shorthand=False)
        stems = frozenset(stem(w.lemma) for w in found) | frozenset(stem(w.folded) for w in found)
        return stems | acronym_keys(stems)  # « quartiers prioritaires » shows the QPV asked (acronym_keys.py)

    @cached_property
    def roots(self) -> frozenset[str]:
        """Derivational roots of the answer's words (« repérage » shows « repérer »)."""
        return frozenset(root(w.lemma) for w in words(self.stemmed, shorthand=False))

    @cached_property
    def long(self) -> tuple[str, ...]:
        """Stems long enough to match a typo."""
        return tuple(s for s in self.stems if len(s) >= 4)

    @cached_property
    def initials(self) -> frozenset[str]:
        """Acronyms the answer spells out: « Économie sociale et solidaire » -> « ess », and with
        their little words: « projet éducatif de territoire » -> « pedt »."""
        stop = lexicon().stopwords
        every = [w.folded for w in words(self.text, shorthand=False)]
        content = [w for w in every if w not in stop]
        return frozenset("".join(w[0] for w in seq[i:i + n]) for seq in (content, every) for n in (2, 3, 4, 5)
                         for i in range(len(seq) - n + 1))

    def has(self, word: Word) -> bool:
        own = {stem(word.lemma), stem(word.folded)}
        if word.typed:
            # « ateliers » read as « réunions »: the answer may show either.
            own |= {stem(w.folded) for w in words(word.typed, shorthand=False)}
        # « vélos » is shown by « pistes cyclables », « newsletter » by « lettre d'information ».
        related = {s for _, synonyms in topic_stems([word]) for s in synonyms}
        if (own | related) & self.stems or {root(word.lemma), root(word.folded)} & self.roots:
            return True
        # « les transports » are shown by « navette », « les langues » by « breton » (families.toml).
        full, half = reach(word)
        if reached(full + half, self.stems | self.roots):
            return True
        if any(process.extractOne(o, self.long, scorer=fuzz.ratio, score_cutoff=_SHOWN_MATCH) for o in own):
            return True
        if len(word.folded) >= 5 and any(s.startswith(word.folded) for s in self.long):
            return True  # a word cut short in chat (« le camion frigo » for « frigorifique »)
        # An acronym, in capitals or typed lowercase in chat (« l ess » for « économie sociale et solidaire »).
        # « le pre » is « pré » to the lemmatiser (known), but no word the lexicon knows (persons.role_acronyms).
        acronym = word.raw.isupper() or not word.known or word.raw.islower() and not lexicon().is_known(word.folded)
        return acronym and len(word.raw) >= 2 and word.folded in self.initials


def _entity_lost(u: Understanding, entity: Entity, uses: frozenset[str], shown: _Shown) -> list[Word]:
    """The words of `entity` left unexplained: an entity the answer shows (one
    of its words, its full name, one of its members) is explained; one the
    reading looks up is too, except a person or a body, which the answer must
    show (« les tâches de Lina » answered by the asker's own tasks ignores
    her), and a place naming the meeting asked about."""
    # A body's kind is the body here (« la Région »), not a general word.
    grammar = lexicon().stopwords | lexicon().function_words
    meaningful = [w for w in u.words[entity.start:entity.end] if w.folded not in grammar and len(w.folded) > 1]
    # « le Relais social » is not shown by « Espace social Télémaque »: a body's own words must be.
    generic = entity_data()["generic"] if entity.kind == "org" else frozenset()
    distinctive = [w for w in meaningful if w.folded not in generic] or meaningful
    if not meaningful or any(shown.has(w) for w in distinctive):
        return []
    answer = f" {plain(shown.text)} "
    # « le bailleur » may name several bodies (« A / B »): the answer shows one of them.
    names = [*entity.label.split(" / "), *(getattr(item, "name", "") for item in entity.items)]
    # « la Collectivité d'Alsace » shown by « … financée par la CeA »: the initials its name gives in brackets.
    names += [short for label in entity.label.split(" / ") for short in re.findall(r"\(([^)]*)\)", label)]
    if any(name and f" {plain(name)} " in answer for name in names):
        return []
    if entity.kind == "org" and (shown_by_head(entity.label, [w.folded for w in meaningful], answer)
                                 or shown_by_kind(entity.label, answer)):
        return []  # « l'AAP de la MEL » by « l'appel à projets de la Métropole », « le CD78 » by « du Département »
    # « le GT inventaires » shown by « Lieu : Groupe de travail « inventaires et sciences participatives », … »: the
    # place as stored, its quotes kept (lead's set 80: the quoted subject was taken for an echo of the question).
    if entity.kind == "place" and any(f" {plain(getattr(m, 'place', ''))} " in f" {plain(shown.raw)} " for m in entity.items):
        return []  # « le prochain cotech » shown by the meeting held at « Comité technique, visioconférence »
    if entity.kind == "role" and "stem" in entity.extra and holds_role(shown.text, str(entity.extra["stem"]).split("|")):
        return []  # « c'est la secrétaire ? » shown by « secrétariat du groupe », « élue ? » by « adjointe au maire »
    if entity.kind == "role" and entity.start in checked_of_person(u):
        return []  # « Elodie Chauvet elle est prof ? »: her card, with her role, says whether she is
    if entity.kind not in uses or entity.kind in ("person", "org"):
        return meaningful
    if entity.kind == "place" and u.intent in _SHOWS_PLACE and not any(
            e.kind in ("month", "period", "number") for e in u.entities):
        # « la réunion au CPAS d'Andenne » answered by a meeting elsewhere; but
        # « la réunion d'octobre, c'était à Andenne ? » may rightly answer « à Namur ».
        return meaningful
    return []


# Answers that name people: a question asking « qui … ? » is answered by one of them.
_WHO_ANSWERS = frozenset({"who_is", "role_holder", "org_representative", "org_members", "directory", "in_charge",
                          "tasks_mine", "tasks_late", "attendance_meeting", "rsvp_upcoming"})


# How an answer marks a meeting already held (handlers/views.py).
_HELD = STATUS_LABEL["held"].strip()
# Answers that look only ahead, and the words that put a question in the past
# (« le comité s'est réuni combien de fois ? » is no question about the coming meetings;
# « se passe » is present as well as past, so is « déroule » after « se » and not « s'est »).
_AHEAD = frozenset({"meetings_upcoming", "meeting_next"})
# The title of a period's meetings when some are held (meetings_in_span.py).
PAST_LIST_TITLE = "Séances "
# The title of the deadlines already past that a topic names (answers_records.dates_period).
PAST_DEADLINE_TITLE = "Échéance passée sur "
_PAST = PAST | {"passee"}  # tense.py (« passé » alone is also « il se passe quoi ? »)


def checked_of_person(u: Understanding) -> set[int]:
    """« Erwan Tanguy il est bénévole ? »: the words a member's card is checked against, read as who_is
    (card_check.py)."""
    return checked_of_card(u.words, u.entities) if u.intent == "who_is" else set()


def asks_who(u: Understanding) -> Word | None:
    """The « qui » that asks for a person: opening the question (« qui a voté
    le budget ? »), after « c'est » (« c'est qui le président ? ») or ending it
    (« le président, c'est qui ? »); not « qu'est-ce qui », « les réunions qui viennent »."""
    found = [w for i, w in enumerate(u.words) if i not in u.framing]
    for i, word in enumerate(found):
        if word.folded != "qui":
            continue
        before = found[i - 1].folded if i else ""
        if i == 0 or before in ("c", "est", "ca") and not (i >= 2 and found[i - 2].folded == "ce") or i == len(found) - 1:
            return word
    return None


def unexplained(u: Understanding, shown_text: str) -> list[Word]:
    """The words of `u` that neither its reading `u.intent` nor the answer
    (`shown_text`, as the member reads it) accounts for."""
    assert u.intent is not None
    uses = USES.get(u.intent, frozenset())
    own = family_vocabulary(u.intent)
    neutral = neutral_words()
    shown = _Shown(shown_text)
    lost: list[Word] = []
    who = asks_who(u)
    # A decision may say who does what (« la note de cadrage est rédigée par le CPAS »):
    # it answers « qui rédige la note de cadrage ? » when it shows every word of the topic.
    names_who = u.intent == "decisions_topic" and bool(u.topic) and all(shown.has(w) for w in u.topic)
    if who is not None and u.intent not in _WHO_ANSWERS and not names_who:
        # « qui a voté le budget ? » answered by the decision, « qui était à la
        # dernière réunion ? » by the meeting: the person asked for is not there.
        lost.append(who)
    if u.intent in _AHEAD and not shown_text.startswith(PAST_LIST_TITLE):
        # (« les réunions de cet automne c'était quand ? » listed under « Séances »: held ones, the past is answered)
        lost += [w for i, w in enumerate(u.words) if w.folded in _PAST and i not in u.framing
                 and not (w.folded == "deroule" and i and u.words[i - 1].folded == "se")]
    if u.intent in _SHOWS_PLACE and _HELD in shown_text:
        # « la prochaine réunion à la Bourse du travail ? » answered by a meeting
        # held there in September: the coming meeting asked for is not shown.
        lost += [w for w in u.words if w.lemma == "prochain"]
    # Words read as two entities (a town that is a place and a body) are
    # explained by either; two places (« à Neuchâtel ou à La Chaux-de-Fonds ? ») by one.
    by_span: dict[tuple[int, int], list[list[Word]]] = defaultdict(list)
    for entity in u.entities:
        by_span[entity.start, entity.end].append(_entity_lost(u, entity, uses, shown))
    places = {(e.start, e.end) for e in u.entities if e.kind == "place"}
    place_shown = any(not all(by_span[span]) for span in places)
    # A town inside a body's name (« Alsace » in « la Collectivité d'Alsace ») is explained with the body.
    bodies = [span for span, losses in by_span.items() if not all(losses) and span not in places]
    for span, losses in by_span.items():
        if span in places and any(lo <= span[0] and span[1] <= hi for lo, hi in bodies):
            continue
        if all(losses) and not (place_shown and span in places):
            lost += losses[0]
    # « les quinze mille euros » is shown by « 15 000 € » (amounts.py).
    spans = {i for e in u.entities for i in range(e.start, e.end)} | amounts_shown(u.words, shown.text) | checked_of_person(u)
    if place_shown:
        # « c'est à Bienne ou dans le Jura bernois ? »: the place shown answers the other side of « ou » too.
        spans |= {j for e in u.entities if e.kind == "place" and e.end < len(u.words) and u.words[e.end].folded == "ou"
                  for j in range(e.end + 1, min(len(u.words), e.end + 5))}
    # A known word the question makes its topic (« qu'a-t-on décidé sur les horaires ? ») must be shown
    # (an unknown word is a topic anyway, and may be a slip of a known one).
    topic = {w.folded for w in u.topic if w.known}
    for i, word in enumerate(u.words):
        if i in spans or i in u.framing or len(word.folded) <= 2 or word.folded.isdigit() or is_clock_time(word):
            continue
        if accounted(word, neutral - lexicon().known if word.folded in topic else neutral) or accounted(word, own):
            continue
        if word.folded in topic and is_generic(word) and len(u.topic) > 1:
            continue  # « les déplacements des personnes âgées »: « personnes » needs no showing beside « âgées »

        if not shown.has(word) and not _formation_shown(word, shown_text):
            lost.append(word)
    if u.intent in _AHEAD and shown_text.startswith(PAST_LIST_TITLE) or shown_text.startswith(PAST_DEADLINE_TITLE):
        # the tense of a past period's meetings (« c'était quand ? ») is answered by the held ones listed; of a
        # deadline asked (« c'était quand la date limite pour nos remarques ? ») by the past one shown
        lost = [w for w in lost if w.folded not in _PAST]
    return lost


def _formation_shown(word: Word, shown_text: str) -> bool:
    """« le président du copil » answered « présidente du comité de pilotage »: a formation typed
    (« copil », read « réunion ») is shown by any of its names (entities.toml [meeting_formations])."""
    forms = entity_data()["formations"].get(plain(word.typed), ()) if word.typed else ()
    return any(f" {form} " in f" {plain(shown_text)} " for form in forms)


def doubt_readings(u: Understanding, lost: list[Word], most: int = 3) -> list[str]:
    """The readings to offer when `lost` is left unexplained by `u.intent`:
    that reading, then those whose examples use a lost word, then the
    closest others, each plausible and with what it needs found."""
    assert u.intent is not None
    intents = model().intents
    ready = [name for name, score in u.ranking
             if score >= PLAUSIBLE and name not in ("chitchat", "help", u.intent)
             and all(u.has(need) for need in intents[name].needs)]
    found = vocabulary()
    using = [name for name in ready if any(w.lemma in found.get(name, ()) or w.folded in found.get(name, ())
                                           for w in lost)]
    ordered = [u.intent, *using, *(name for name in ready if name not in using)]
    return ordered[:most]
