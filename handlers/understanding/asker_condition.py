"""The asker's own situation or a condition, put before the question.

« au cas où je serais en retard, ça commence à quelle heure jeudi ? », « je
serai en voiture, la réunion de jeudi c'est à la MDA ou à la Maison des
associations ? », « au cas où des parents me demandent, la soirée écrans
commence à quelle heure ? » (set 43b): a first clause, up to the first comma,
that sets a condition (« si », « au cas où », « dans le cas où », « en cas
de ») or tells the asker's own plans (« je pars en congé le 18 », « ma
collègue m'a dit … »), then a question that asks by itself. The clause says
why the member asks: its words (« retard », « voiture », « demander ») are
no part of what is asked and must not pull the reading (« en retard » is
the late tasks' word). The names it holds (a day, a place, a meeting, a
member) still count: entities are read before framing (reading_tokens.py),
and a meeting's noun is kept, as « je remplace Farid à la commission de
janvier, elle commence à quelle heure ? » asks of that commission.

When the question after the comma says little by itself (« si je veux
inscrire mon lycée à la semaine harcèlement, j'ai jusqu'à quand ? », « si je
ne peux pas venir jeudi, je préviens qui ? »), the condition is what is
asked about, and nothing is set aside; so too when the question points back
to the clause by a pronoun (« j'aimerais prendre contact avec l'établissement
scolaire de Payerne …, qui le représente chez nous ? », set 21d).

Where the asker comes from is no place asked about: « j'arrive de Montargis
jeudi, c'est où exactement la réunion ? », « je viens en train depuis
Rochefort, … » name the asker's town, not the sitting's (`without_origin`).
"""

from __future__ import annotations

import re

from handlers.understanding.clauses import word_positions
from handlers.understanding.entities import Entity
from handlers.understanding.leadins import is_chat_lead_in
from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.reading_tokens import MEETING_WORDS
from handlers.understanding.shape import opening

__all__ = ["condition_clause", "condition_times", "condition_topic", "if_for_in_case", "without_origin"]

# « au cas où », « dans le cas où », « pour le cas où »: « si » said otherwise; their « où » asks no place.
_IN_CASE = re.compile(r"\b(?:au|dans\s+le|pour\s+le)\s+cas\s+o[uù]\b", re.IGNORECASE)


def if_for_in_case(text: str) -> str:
    """« au cas où je serais en retard, … » → « si je serais en retard, … »: the condition, without the « où » that
    reads as a question of place (« qui représente l'hôpital ? » after it asks no place)."""
    return _IN_CASE.sub("si", text)


# A condition's openings, as folded words: « si », « s'il », « au cas où », « dans le cas où », « pour le cas où »,
# « en cas de ».
_CONDITIONS = (("si",), ("s", "il"), ("s", "ils"), ("au", "cas"), ("dans", "le", "cas"), ("pour", "le", "cas"),
               ("en", "cas"))
# Words of the question after the comma that carry nothing of their own (« c'est », « il y a », « ça »).
_EMPTY = frozenset({"c", "ca", "cela", "il", "y", "a", "est", "etre", "avoir", "faut", "falloir", "bien", "exactement",
                    "alors", "donc", "du", "coup"})
# How many words of its own the question after the comma needs to be asked by itself.
_OWN_WORDS = 2


def _opens_condition(clause: list[Word]) -> bool:
    folded = [w.folded for w in clause]
    return any(tuple(folded[:len(c)]) == c for c in _CONDITIONS)


# The asker speaking: « je », « j' », « moi », « me », « ma collègue »; « M. Caussade, il … » is a title (« M »).
_ME = frozenset({"je", "j", "moi", "me", "mon", "ma", "mes"})


def _speaks(clause: list[Word]) -> bool:
    return any(w.folded in _ME or w.folded == "m" and w.raw == "m" for w in clause)


# An object pronoun (« le », « la », « les », « l' », « lui », « leur ») just after « qui » opening the question or
# after a subject pronoun: « j'aimerais prendre contact avec l'établissement scolaire de Payerne, qui le représente
# chez nous ? », « … le CMP, je le contacte comment ? » (set 21d). What is asked stands in the clause before.
_OBJECT_PRONOUNS = frozenset({"le", "la", "les", "l", "lui", "leur"})
_SUBJECTS = frozenset({"je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"})
# « chez nous le référent », « pour vous la date »: a pronoun after a preposition is no subject.
_PREPOSITIONS = frozenset({"chez", "pour", "avec", "a", "de", "par", "entre", "sans"})


def _refers_back(question: list[Word]) -> bool:
    """The question points back to the clause before it by a pronoun: « qui le représente ? » (not « c'est qui le
    président ? », whose « le » opens a noun after a « qui » that does not open the question)."""
    folded = [w.folded for w in question]
    return any(w in _OBJECT_PRONOUNS and (i == 1 and folded[0] == "qui" or i > 0 and folded[i - 1] in _SUBJECTS
                                          and folded[i - 2:i - 1] not in [[p] for p in _PREPOSITIONS])
               for i, w in enumerate(folded))


def _asks_by_itself(question: list[Word], entities: list[Entity], start: int) -> bool | None:
    """Whether the words after the comma, holding a question word, hold at least two words (or names) of their
    own and point back to nothing before (`_refers_back`); None when they hold no question word (« si j'ai bien
    compris on se voit jeudi, c'est bien à 14h ? »)."""
    lex = lexicon()
    if not any(w.folded in lex.question_words for w in question):
        return None
    if _refers_back(question):
        return False
    named = sum(1 for e in entities if e.start >= start)
    own = [w for w in question if w.folded not in lex.question_words and w.folded not in lex.function_words
           and w.folded not in lex.stopwords and w.folded not in _EMPTY and w.lemma not in _EMPTY]
    return named + len(own) >= _OWN_WORDS


def _split(text: str, found: list[Word], entities: list[Entity], asking: bool = True) -> tuple[list[int], list[int]] | None:
    """(the condition's words, the question's) when `text` opens with a condition or the asker's situation before
    a question that asks by itself (that says little by itself, and only after a condition, when not `asking`);
    None otherwise."""
    if not found or not text.rstrip().endswith("?"):
        return None
    places = word_positions(text, found)
    start = opening(found)  # after a greeting: « Bonjour, au cas où … »
    if start >= len(found):
        return None
    comma = text.find(",", places[start])
    if comma < 0:
        return None
    clause = [i for i in range(start, len(found)) if places[i] < comma]
    rest = [i for i in range(len(found)) if places[i] > comma]
    if not clause or not rest:
        return None
    words_of_clause = [found[i] for i in clause]
    if not (_opens_condition(words_of_clause) or asking and is_chat_lead_in(words_of_clause) and _speaks(words_of_clause)):
        return None
    if _asks_by_itself([found[i] for i in rest], entities, rest[0]) != asking:
        return None
    return clause, rest


def condition_clause(text: str, found: list[Word], entities: list[Entity]) -> set[int]:
    """Indices of the words of a leading condition or situation of the asker's own, before a question that asks
    by itself; a meeting's noun and the words of names are left to count."""
    if (split := _split(text, found, entities)) is None:
        return set()
    named = {j for e in entities for j in range(e.start, e.end)}
    return {i for i in split[0] if i not in named and found[i].lemma not in MEETING_WORDS}


def condition_topic(text: str, found: list[Word], entities: list[Entity]) -> set[int]:
    """Indices of a condition's words when the question after it says little by itself (« si je veux inscrire mon
    lycée à la semaine harcèlement, j'ai jusqu'à quand ? »): what is asked about, no context to set aside."""
    split = _split(text, found, entities, asking=False)
    return set(split[0]) if split is not None else set()


_TIMES = frozenset({"period", "month"})


def condition_times(text: str, found: list[Word], entities: list[Entity]) -> list[Entity]:
    """`entities` without the condition's time when the question names its own (« au cas où je n'aurais pas le
    temps avant Noël, c'est quoi les dates limites de janvier ? » asks of January), its body when the question
    names another (« au cas où j'aurais besoin du CMP, qui représente l'hôpital ? »), and the member it names
    when the question names none (« je remplace Nathalie jeudi, il y a quoi à l'ordre du jour ? »: no card of
    hers is asked)."""
    if (split := _split(text, found, entities)) is None:
        return entities
    clause, rest = set(split[0]), set(split[1])
    asked = {e.kind for e in entities if e.start in rest}

    def aside(e: Entity) -> bool:
        if e.start not in clause:
            return False
        return (e.kind in _TIMES and bool(asked & _TIMES) or e.kind == "org" and "org" in asked
                or e.kind == "person" and "person" not in asked)
    return [e for e in entities if not aside(e)]


# The asker coming from somewhere: « j'arrive de », « je viens de », « je pars de », « je descends de », « depuis ».
_SPEAKERS = frozenset({"je", "j"})
_FROM = frozenset({"de", "d", "depuis", "du", "des"})
_MOVING = frozenset({"arriver", "venir", "partir", "descendre", "monter", "rentrer", "rouler", "revenir"})


def without_origin(found: list[Word], entities: list[Entity]) -> list[Entity]:
    """`entities` without a place the asker says they come from (« j'arrive de Montargis »): a speaker, a verb of
    coming, maybe « en train » or « en voiture », then « de » or « depuis » just before the place."""
    kept: list[Entity] = []
    for e in entities:
        before = [w for w in found[max(0, e.start - 6):e.start]]
        lemmas = [w.lemma for w in before]
        folded = [w.folded for w in before]
        origin = (e.kind == "place" and folded[-1:] and folded[-1] in _FROM
                  and any(m in _MOVING for m in lemmas) and any(f in _SPEAKERS for f in folded))
        if not origin:
            kept.append(e)
    return kept
