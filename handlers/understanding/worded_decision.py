"""A decided thing asked in the decision's own words, without a word of
deciding: « la résidence d'artistes, elle aura lieu où ? » (« Une résidence
d'artistes est accueillie au château de Rochechouart au printemps »),
« l'annuaire sera publié où ? » (« … est mis en ligne sur le site de la
ville »), « quel objectif pour les cantines ? » (« Les cantines visent … »).

Such questions matched no example closely (their verb is the decision's,
not the examples'), dominance.py leaves them (no « décidé »), and they
ended in « je ne suis pas sûr », or with the meeting for « aura lieu où ».
As a last resort once no reading was sure, the decision answers when
nearly all the question's meaningful words are in it (at least two of
them, by stem, synonym, family or acronym: topics.py), it leads every
other decision clearly, and no deadline, task or agenda item holds as
many of them (those may be what is asked). A question that names a person,
a day or a number asks of something else; one asking « qui » is left to the
readings (see below). Whether there is someone of a member's title (« on n'a
pas de technicien vélo à l'agglo ? ») asks for its holder, as a person named
does."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.decision_check import alone
from handlers.understanding.dominance import as_decision, first_of, shows_bodies
from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.order_words import next_meeting_pronoun, next_sitting_named
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores
from handlers.understanding.world import plain

__all__ = ["people_asked", "worded_decision"]

# What dates a decided thing: a month, a year, a season, a weekday, a start (« à partir de janvier », « dès »).
_DATED = re.compile(r"\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|20\d\d"
                    r"|rentree|printemps|ete|automne|hiver|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
                    r"|a partir|des le|des la|chaque|tous les)\b")

# Nearly all the question's words are in the decision.
_SHARE = 0.75
_KINDS_ASKING_ELSE = frozenset({"person", "period", "month", "number"})
# Articles asking whether there is someone (« un technicien », « des juristes », « pas de juriste »).
_SOME = frozenset({"un", "une", "des"})
# An hour, a count, a day, an age asked: decision_facts.py answers only where the decision states it.
_FACTS = frozenset({"heure", "heures", "horaire", "horaires", "combien", "jour", "jours", "age", "ages", "frequence"})
# Words that ask where or when a thing happens, or only colour the question: no part of its topic.
_ASKING = frozenset({"lieu", "endroit", "date", "moment", "heure", "jour", "finalement", "deja", "exactement",
                     "quoi", "fait", "faire", "prevu", "prevue", "prevus", "prevues", "aura", "auront", "sera", "seront",
                     "serait", "aurait", "va", "vont", "direct", "directement"})


def _someone(before: Sequence[Word]) -> bool:
    """The words before a title ask whether there is someone of it: « un », « des », « pas de » (not « l'équipe de »)."""
    folded = [w.folded for w in before[-2:]]
    return bool(folded) and (folded[-1] in _SOME or folded[-1] in ("de", "d") and folded[:-1] == ["pas"])


_PEOPLE = frozenset({"personnes", "gens", "membres", "participants", "representants", "collegues", "agents",
                     "salaries", "interlocuteurs", "contacts"})


def people_asked(folded: list[str]) -> bool:
    """« quelles sont les personnes de … », « c'est quoi les gens de … »: people asked for, by a noun of people right
    after « les » (« les personnes âgées de plus de 70 ans, elles ont droit à quoi ? » puts no such question)."""
    return any(a in ("quels", "quelles", "quoi") and b in ("sont", "les") for a, b in zip(folded, folded[1:])) and any(
        a == "les" and b in _PEOPLE and (c in ("de", "du", "des", "d") or not c)
        for a, b, c in zip(folded, folded[1:], [*folded[2:], ""]))


# « le jury est composé de qui ? », « la composition du comité de sélection ? »: who a thing is made of.
_COMPOSED = frozenset({"compose", "composee", "composes", "composees", "composition"})


def _composed(said: Sequence[Word], best: Sequence[str]) -> bool:
    """Who a thing is made of asked (« … est composé de qui ? ») of the decision that composes it (« Le jury … est
    composé de trois habitants … », the lead's set 91): the decision answers « qui », no charge of a member's."""
    return any(w.folded in _COMPOSED for w in said) and len(best) == 1 and "compos" in plain(best[0])


def worded_decision(ctx: Context, u: Understanding, texts: Sequence[str],
                    answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision `u` asks about in its words (as `answer` gives it), else None."""
    lex = lexicon()
    if not texts or not ("?" in u.text or any(w.folded in lex.question_words for w in u.words)):
        return None
    if any(e.kind in _KINDS_ASKING_ELSE for e in u.entities):
        return None
    if next_meeting_pronoun(u.words) or next_sitting_named(u.words):
        return None  # « la prochaine c'est à la Maison de Ville ou au centre ? »: the next meeting, no decided thing
    if any(w.folded in _FACTS for w in u.words):
        return None  # « … c'est à quelle heure ? », « combien … ? »: a fact a decision must state (decision_facts.py)
    # The words of a body, a place or a role found in the store name who or where, not the thing decided
    # (« ceux d'Alsace Habitat ? » asks for the body's people, whatever decision names it).
    named = {u.words[i].folded for e in u.entities for i in range(e.start, e.end)}
    topic = [w for w in content_words(u.words) if w.folded not in lex.question_words and w.lemma not in _ASKING
             and w.folded not in _ASKING and w.folded not in named]
    if len(topic) < 2:
        return None
    scores = topic_scores(topic, texts)
    best = max(scores)
    # Whether there is someone of a member's title (« on n'a pas de technicien vélo à l'agglo ? », « y a une juriste
    # … ? », set 30c) asks for its holder: a decision sharing the other words (« Les comptages vélo … de
    # l'agglomération ») is not asked. A title with its definite article may be the thing decided (« l'équipe mobile
    # de psy ne vient pas à la mission locale ? » of « L'équipe mobile de psychiatrie tient une permanence … »).
    if any(e.kind == "role" and _someone(u.words[:e.start]) for e in u.entities):
        return None
    if best < _SHARE and not alone(sorted(scores, reverse=True), topic, texts) or first_of(topic, texts) is None:
        return None
    if people_asked([w.folded for w in u.words]):
        return None  # « quelles sont les personnes de la commune dans le groupe ? »: people, whom no decision lists
    if any(w.folded == "qui" for w in u.words) and not _composed(u.words, [t for t, s in zip(texts, scores, strict=True)
                                                                             if s == best]):
        # « qui édite le programme ? »: the decision answers, but whether as the decision or as the charge of the
        # members it names is labelled both ways by the sets (18c « … formés par qui ? », the lead's « qui réserve
        # le gymnase … ? »): left unsure rather than a confident answer of the other reading.
        return None
    asks_where = any(w.folded in ("ou", "où") for w in u.words) and not any(w.folded == "quand" for w in u.words)
    # A task's words may be what is asked; a deadline or a meeting's item may be what « quand » asks (« le programme
    # des JEP, c'est pour quand ? »), not « où » (« la résidence d'artistes aura lieu où ? » beside the deadline
    # for applying to it).
    others = [t.text for t in ctx.data.tasks() if t.open] + ([] if asks_where else [
        d.text for d in ctx.data.deadlines()] + [item.text for m in ctx.data.meetings() if m.status != "held" for item in m.agenda])
    if others and max(topic_scores(topic, others)) >= best:
        return None
    if any(w.folded in ("quand", "qd") for w in u.words) and not any(
            _DATED.search(plain(t)) for t, s in zip(texts, scores, strict=True) if s == best):
        return None  # « le bureau du bailleur, c'est pour quand ? »: a decision that dates nothing says no when
    # « les étudiants ont accès à l'épicerie ? » (« les étudiants » the students' association): a decision that does not
    # show the body named is about something else (dominance.py asks the same of its answers).
    return as_decision(ctx, u, topic, answer, lambda outcome: shows_bodies(u, outcome.reply.plain()))
