"""The tokens an intent is recognised from (pipeline.understand): each
word's lemma, each entity found in the group's store as its placeholder
(« <org> », « <periode> »…), the unknown words as one « <sujet> » each
run, and the topic words they stand for. Moved out of pipeline.py so that
module stays readable in one sitting."""

from __future__ import annotations

from handlers.understanding.charge_words import asks_charge
from handlers.understanding.clauses import Aside
from handlers.understanding.decision_topic import decision_topic
from handlers.understanding.determined import determined
from handlers.understanding.entities import Entity
from handlers.understanding.framing import closing, polite
from handlers.understanding.group_name import formation_token
from handlers.understanding.intents import PLACEHOLDERS, is_frame_word, model
from handlers.understanding.normalise import Word, lexicon, words
from handlers.understanding.order_words import ordering_formation
from handlers.understanding.shape import is_clock_time, opening

__all__ = ["MEETING_WORDS", "tokens_of"]

# Lemmas that make a town read as a meeting place rather than a body.
# « la prochaine à Saint-Nazaire », « on discute de quoi à Rezé ? », « de quoi on va parler à Monthey ? » speak of a meeting too.
# « à la rentrée on se revoit quand ? », « on retourne à Meaux quand ? » too.
# « on va à Tramelan quand ? »: going to a town is going to the meeting held there.
MEETING_WORDS = frozenset({"reunion", "seance", "rencontre", "reunir", "voir", "vu", "retrouver", "prochain", "discuter", "parler",
                           "revoir", "retourner", "aller"})

# The word before « mois de <mois> » as the examples' « en <mois> », « de <mois> » say it.
_MONTH_LEADS = {"au": "en", "du": "de"}


# The verbs of coming to a sitting.
_COMING = frozenset({"vient", "viennent", "viendra", "viendront", "venir", "venu", "venue", "venus", "venues"})

def _body_beyond_town(found: list[Word], held: Entity, other: Entity) -> bool:
    """A body's name typed whole (« Forest Quartiers ») of which a meeting place holds only a part (the town
    « Forest »): the body is named, not the place. « Saint-Nazaire » stays the place: every word of the body's
    span is in a meeting's place."""
    org, place = (held, other) if held.kind == "org" else (other, held)
    if {org.kind, place.kind} != {"org", "place"} or not (org.start <= place.start and place.end <= org.end) or (
            place.end - place.start >= org.end - org.start):
        return False
    where = {w.folded for m in place.items for w in words(getattr(m, "place", "") or "")}
    return any(found[j].folded not in where and found[j].folded not in lexicon().stopwords
               for j in range(org.start, org.end))


# « c'est quand le conseil consultatif des sports ? »: a formation asked when (or where) it sits is its sittings,
# though a member's title names the same body (« président du conseil consultatif des sports »).
_WHEN = frozenset({"quand", "qd", "kand", "date", "heure", "ou", "lieu"})


def tokens_of(found: list[Word], entities: list[Entity], known: frozenset[str] = frozenset(),
              grounded: set[int] | None = None, aside: Aside = (set(), set()),
              asked: bool = True, in_roles: set[int] | None = None) -> tuple[list[str], list[Word]]:
    """Lemmas with entity spans and unknown words as placeholders."""
    # A town that is both a body and a meeting place ("Nanterre") reads as
    # the place when the message speaks of a meeting, as the body otherwise.
    # In a question, a day speaks of a meeting too: « c'est bien à Saint-Nazaire jeudi ? », « c'est à la préfecture
    # le 10 ? », « le 2 février on est à Montreuil ? »; bodies are not asked about for a day. « à la préfecture le 10 ! »
    # is a goodbye.
    meeting_talk = any(w.lemma in MEETING_WORDS for w in found) or asked and any(e.kind == "period" for e in entities)
    spans: dict[int, Entity] = {}
    charged: set[int] = set()  # « qui est en charge de France Services ? »: even words the examples use
    # « les décisions du réseau France Services ? »: what a sitting decided, its place words a role's too.
    decided_at = any(w.lemma in lexicon().decision_words or w.folded in lexicon().decision_words for w in found)
    # « qui vient au conseil d'école ? »: coming to what the roles name too (« présidente du conseil d'école ») is coming
    # to its sittings, no charge (the lead's set 88).
    coming = any(w.folded in _COMING for w in found)
    for e in entities:
        if e.kind == "place" and not meeting_talk and not decided_at and not coming and in_roles and not (
                e.extra.get("formation") and any(w.folded in _WHEN for w in found)) and all(
                j in in_roles or found[j].folded in lexicon().stopwords for j in range(e.start, e.end)):
            # « qui s'occupe de la résidence autonomie ? »: words of a member's role,
            # not the place of a meeting, when the message speaks of no meeting: the topic.
            charged.update(j for j in range(e.start, e.end) if found[j].folded not in lexicon().stopwords)
            continue
        if e.kind == "org" and e.extra.get("in_role") and asks_charge(found) and not any(
                not e.start <= j < e.end and not is_frame_word(w, model().vocabulary)
                and not any(o.kind == "role" and o.start <= j < o.end for o in entities) for j, w in enumerate(found)):
            # « pour le CLSM je m'adresse à qui ? »: a body only roles name, and nothing else, is the charge
            # (charge_words.py); « les indicateurs du CLS » keep it as the body of the charge.
            continue
        held = spans.get(e.start)
        if held is not None and _body_beyond_town(found, held, e):
            continue  # « Forest Quartiers était présent ? »: the body, not the town its name begins with
        if held is None or (e.kind == "place") == meeting_talk:
            spans[e.start] = e
    if meeting_talk:
        # « la réunion de Saint-Nazaire »: the town is the body « Saint Nazaire » and
        # the place « Nazaire »; the place, over the whole span, is what is asked.
        for place in [e for e in entities if e.kind == "place"]:
            for start, other in list(spans.items()):
                if other.kind == "org" and other.start < place.end and place.start < other.end and not _body_beyond_town(
                        found, other, place):
                    del spans[start]
                    spans.pop(place.start, None)
                    lo, hi = min(other.start, place.start), max(other.end, place.end)
                    spans[lo] = Entity("place", lo, hi, place.label, place.items)
    vocabulary = model().vocabulary
    framed = polite(found) | set(range(opening(found))) | closing(found)  # « … ? Merci d'avance. » asks nothing more
    decided = decision_topic(found, spans)
    forced_topic = decided | (grounded or set()) | charged
    ordering = ordering_formation(found, entities)
    tokens: list[str] = []
    topic: list[Word] = []
    i = 0
    while i < len(found):
        entity = spans.get(i)
        if entity is not None and entity.kind == "period" and entity.extra["period"].month:
            # "en décembre" reads like the examples' "en <mois>" and "<periode>".
            # « au mois de janvier », « du mois de janvier » read as « en janvier », « de janvier » (periods.py).
            lead = _MONTH_LEADS.get(found[i].folded, found[i].lemma) if found[i + 1:i + 2] and found[i + 1].folded == "mois" else found[i].lemma
            tokens += [lead, PLACEHOLDERS["month"], PLACEHOLDERS["period"]]
            i = entity.end
            continue
        if entity is not None and entity.kind == "place" and i not in decided and (
                found[i].typed and (entity.end == i + 1 or found[i].folded == "reunion") or entity.extra.get("formation")):
            # « la visio c'est quand ? », « le prochain groupe restreint »: a meeting, and where (or how) it is held.
            # « le premier comité syndical »: a place opening on a sitting's noun (« Comité syndical, salle des fêtes
            # … ») is a meeting too, as « le premier bureau » is.
            tokens += [formation_token(found, i) if entity.extra.get("formation") else found[i].lemma, PLACEHOLDERS["place"]]
            i = entity.end
            continue
        if entity is not None and not (entity.kind == "role" and i in forced_topic or entity.kind == "org" and i in decided):
            tokens.append(PLACEHOLDERS[entity.kind])
            i = max(entity.end, i + 1)
            continue
        word = found[i]
        if i in ordering:
            tokens.append(word.lemma)  # « les décisions du premier copil ? »: which sitting, no topic (order_words.py)
        elif i in framed or i in aside[0] or word.folded in known or is_clock_time(word) or (
                word.folded in ("a", "vers", "des") and i + 1 < len(found) and is_clock_time(found[i + 1])):
            pass  # « on se retrouve où mardi à 9h30 ? »: a time of day (and its « à ») says which meeting, it is no topic
        elif i not in forced_topic and (is_frame_word(word, vocabulary) or word.folded.isdigit()) and not determined(found, i):
            # (« qui fait les affiches ? »: a stop word its determiner shows a noun is the topic: determined.py)
            # A stop word no example uses (« le collectif », « le partenariat ») would weigh as the
            # rarest feature and dilute the question: it says nothing.
            if not (word.folded in lexicon().stopwords and word.lemma not in model().idf):
                tokens.append(word.lemma)
        elif i in aside[1]:
            pass  # « Étant nouvellement nommée, … »: circumstance, no topic
        else:
            # A topic word is matched as typed: « les ateliers » of a decision are no « réunions ».
            topic.append(words(word.typed, shorthand=False)[0] if word.typed else word)
            if not tokens or tokens[-1] != PLACEHOLDERS["topic"]:
                tokens.append(PLACEHOLDERS["topic"])
        i += 1
    return tokens, topic
