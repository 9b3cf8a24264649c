"""A question one decision clearly holds the words of, asked in any form:
« la régie recrute combien de personnes ? », « la régie de quartier
embauche ? », « la clause sociale c'est combien d'heures ? », « le
financement 2027 c'est bouclé ? », « les horaires d'hiver de l'accueil de
jour ? » (the decisions: « La Régie de quartier … recrute 12 salariés … »,
« Les marchés … réservent 10 % des heures … au titre de la clause sociale »).

decision_facts.py wants the fact asked stated right before its noun, and
leaves questions naming a body or a place; decision_check.py wants a plain
yes or no; worded_decision.py nearly all the words. These ended in « je ne
suis pas sûr » though their words (by stem, synonym or family: topics.py)
lead one decision by far. As a last resort, once no reading was sure, that
decision answers when all of this holds: the message asks (a question mark, or a question word closing it);
it names no person and no date; « qui » does not ask for people (it opens the
question, ends it or follows a preposition: those are in_charge's); its head
word (first specific word) is in the decision; at least two content words;
the decision holds most of them and clearly more than any other; and no
deadline, agenda point or task holds as many (they may be what is asked)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.decided_when import is_dated
from handlers.understanding.dominance import as_decision, first_of, shows_bodies
from handlers.understanding.fact_asked import asks_validity, said_in, without_asking
from handlers.understanding.fact_places import asked_kind, states_kind
from handlers.understanding.head_count import head_count
from handlers.understanding.normalise import Word, fold, lexicon, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_words import names_tasks
from handlers.understanding.topics import content_words, is_generic, topic_scores

__all__ = ["asks_people", "counts", "decision_lead", "fronted_relative"]

# The best decision holds this share of the question's content words, and this much more than the next.
_LEAST = 0.66
_LEAD = 0.33
# A lead this large lets another specific word than the head be the decision's.
_FAR = 0.5
# A share held by one decision alone (no other holds a word of the question).
_ALONE = 0.5
# Entities that say a question asks of something else than a rule: a person, a day.
_ELSEWHERE = frozenset({"person", "month", "date", "number"})
_SEASON = re.compile(r"\b(hiver|ete|printemps|automne|an prochain|annee prochaine)\b")
# Nouns that name the slot asked, not the thing decided (« combien de postes … ? », « les horaires de … ? »): the
# head word the decision must hold is the first word after them.
_SLOT_NOUNS = frozenset({"poste", "postes", "place", "places", "horaire", "horaires", "heure", "heures", "pourcentage",
                         "montant", "somme", "duree", "date", "age", "nombre", "prix", "cout", "tarif", "taux",
                         "max", "maximum", "minimum", "combien"})
# Words that ask a number, and a number written in a record (digits or words).
_COUNTING = frozenset({"combien", "cb", "cmb", "pourcentage", "montant", "horaire", "horaires", "heure", "heures"})
_NUMBER = re.compile(r"\d|\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|"
                     r"quarante|cinquante|soixante|cent|mille|million)s?\b")
# Verbs that carry little of their own (« prendre rendez-vous », « faire une demande », « avoir droit »).
_LIGHT_VERBS = frozenset({"prendre", "faire", "avoir", "mettre", "donner", "aller", "venir", "etre", "passer"})
_MINE = frozenset({"me", "m", "moi", "je", "j", "mes", "mon", "ma"})
_OTHER_RECORDS = frozenset({"echeance", "echeances", "delai", "delais", "deadline", "deadlines", "tache", "taches",
                            "mission", "missions", "action", "actions", "reunion", "reunions", "seance", "seances"})
# Words after which « qui » asks for people (« c'est qui ? », « vers qui ? », « par qui ? »).
_BEFORE_ASKING_QUI = frozenset({"est", "c", "cest", "a", "au", "pour", "par", "vers", "avec", "chez", "de", "sont",
                                "aupres", "quoi"})


def asks_people(folded: Sequence[str]) -> bool:
    """« qui » asks for people: it opens the message, ends it, or follows « c'est » or a preposition (not the
    relative of « les familles qui ont pas de quoi manger »). After a comma (« la caution, qui la paie ? ») it is
    left as a relative: who pays is asked of the decisions (payers.py), and a decision naming a body shows it."""
    spots = [i for i, w in enumerate(folded) if w in ("qui", "ki")]
    return any(i == 0 or i == len(folded) - 1 or folded[i - 1] in _BEFORE_ASKING_QUI for i in spots)


def fronted_relative(text: str, folded: Sequence[str]) -> bool:
    """« les familles qui ont pas de quoi manger, on les aide ? »: « qui » only opens a relative clause of the
    subject put first, and the question after the comma asks for no one."""
    if asks_people(folded) or "," not in text:
        return False
    before, after = text.rsplit(",", 1)
    return bool(re.search(r"\b(?:qui|ki)\b", fold(before))) and not re.search(r"\b(?:qui|ki)\b", fold(after))


def _said_in_full(word: Word, texts: Sequence[str]) -> bool:
    """`word` was typed as chat shorthand (« rdv » read « réunion ») and a decision says what was typed."""
    typed = [w for w in words(word.typed, shorthand=False) if w.folded.isalpha()] if word.typed else []
    return bool(typed) and max(topic_scores(typed, texts)) >= 1.0


def _counted_noun(found: Sequence) -> str | None:
    """The noun after « combien de » (« salariés » of « combien de salariés … », and of « combien il y a de
    salariés », « combien y a-t-il de salariés »), folded; None without one."""
    folded = [w.folded for w in found if w.folded not in _THERE_IS]
    # (Not an article: « combien de l'heure », « combien de la journée » ask a rate, nothing counted.)
    return next((c for a, b, c in zip(folded, folded[1:], folded[2:]) if a in ("combien", "cb", "cmb") and b in ("de", "d")
                 and c not in _MEASURES and c not in ("l", "la", "le", "les")), None)


# The words of « il y a », « y a-t-il » between « combien » and « de ».
_THERE_IS = frozenset({"il", "y", "a", "t"})
# What « combien de » measures rather than counts (« combien de temps » of « … 24 heures », « combien d'argent »).
_MEASURES = frozenset({"temps", "fois", "argent", "sous", "fric", "thunes", "budget"})


def counts(text: str, noun: str) -> bool:
    """`text` has a number counting things or a share, not only measures (« de 24 à 35 heures »): « Douze
    personnes … » may count the « salariés » asked (or « 120 places » the « lits »), hours never do — unless the
    measure is what is asked (« combien d'heures »)."""
    tokens = re.findall(r"[\w%]+", fold(text))
    for i, token in enumerate(tokens):
        if not (token.isdigit() or _NUMBER.fullmatch(token)):
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j].isdigit() or _NUMBER.fullmatch(tokens[j]) or tokens[j] in ("a", "et", "ou")):
            j += 1  # « de 24 à 35 heures »: the range's other end
        counted = tokens[j] if j < len(tokens) else ""
        # « 10 % des heures »: the noun asked a word or two on counts too.
        if any(_UNIT_NAMES.get(t, t).startswith(noun[:4]) for t in tokens[j:j + 3]) or counted not in _UNITS:
            return True
    return False


# Units written short, by the word a question asks them with (« combien de kilomètres ? » of « … 18 km »).
_UNIT_NAMES = {"km": "kilometres", "h": "heures", "min": "minutes", "m": "metres", "kg": "kilos", "ha": "hectares"}
# Units a number measures with, which count no people nor things.
_UNITS = frozenset({"heure", "heures", "h", "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annee", "annees",
                    "minute", "minutes", "euros", "euro", "francs", "franc", "chf", "km", "fois", ""})


# « … on les teste combien de temps », « … c'est où »: a question word closing a message asks as a mark does.
_CLOSING_ASKS = frozenset({"combien", "quand", "ou", "qd"})
_CLOSING_TAIL = frozenset({"de", "d", "temps"})
# « c'est quels jours », « à quelle heure », « quelle date »: an interrogative and the time it asks, closing a message.
_CLOSING_NOUNS = frozenset({"jour", "jours", "date", "dates", "heure", "heures", "horaire", "horaires"})


def _asks(u: Understanding) -> bool:
    """The message asks: a question mark, or a question word closing it (« … combien de temps »)."""
    if "?" in u.text:
        return True
    tail = [w.folded for w in u.words]
    while tail and tail[-1] in _CLOSING_TAIL:
        tail.pop()
    if len(tail) >= 2 and tail[-2] in ("quel", "quelle", "quels", "quelles") and tail[-1] in _CLOSING_NOUNS:
        return True  # « … pendant les vacances de noel c'est quels jours »: chat without its mark (lead's set 65)
    return bool(tail) and tail[-1] in _CLOSING_ASKS and (tail[-1] != "ou" or u.words[len(tail) - 1].raw.casefold() == "où")


def _group_texts(ctx: Context) -> list[str]:
    """Every text the group's store writes: records, sittings, members' roles and bodies."""
    data = ctx.data
    return ([d.text for d in data.decisions()] + [d.text for d in data.deadlines()] + [t.text for t in data.tasks()]
            + [m.place for m in data.meetings() if m.place] + [i.text for m in data.meetings() for i in m.agenda]
            + [f"{m.role or ''} {m.organisation or ''}" for m in data.members()])


# « de la piscine », « de l'école », « de ces … »: an article or determiner after « de », no kind named.
_ARTICLES_AFTER_DE = frozenset({"la", "l", "le", "les", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta",
                                "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "un", "une"})


def _other_kind(found: Sequence[Word], head: Word, texts: Sequence[str]) -> bool:
    """The head noun is said with a complement naming which one (« le club de tennis », « la salle de danse »), a
    word the group's store never writes: another thing of that kind than the decisions' is asked of (« le temps de
    travail » is no other time: « travail » is a word of the group's).

    Only a bare « de » names a kind; with an article the complement says whose or what the thing is of (« le
    transport des élèves », « l'accord des parents », « le financement des diagnostics »): the decisions' own
    thing, its beneficiaries or object in other words (sets 16ab, lead's 26 and 36)."""
    at = next((i for i, w in enumerate(found) if w is head), None)
    if at is None or at + 2 >= len(found) or found[at + 1].folded not in ("de", "d"):
        return False
    which = found[at + 2]
    if which.folded in _ARTICLES_AFTER_DE:
        return False
    return (which.folded.isalpha() and len(which.folded) > 3 and not is_generic(which)
            and max(topic_scores([which], texts)) < 1.0)


def decision_lead(ctx: Context, u: Understanding, texts: Sequence[str],
                  answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions answer when one decision clearly holds the words of `u`, a question read as nothing sure."""
    if not texts or not _asks(u) or any(e.kind in _ELSEWHERE - {"month"} for e in u.entities):
        return None
    if asks_people([w.folded for w in u.words]):
        return None
    if (role := u.first("role")) is not None and names_tasks(u, frozenset(range(role.start, role.end))):
        return None  # « la secrétaire de mairie, elle a des choses en cours ? »: the title's work (title_tasks.py)
    # The asker's own work (« les missions qui me reviennent ? ») and the calendar's or the tasks' records (« c'est
    # quoi les échéances ? ») are asked of other records than the decisions.
    # (Not a letter of a body's name, « Bruxelles J »; nor chat shorthand read as a meeting that a decision says in
    # full, « faut prendre rdv ? » of « … sans rendez-vous »: agenda_when.thing_decided reads it so too.)
    named = {i for e in u.entities if e.kind == "org" for i in range(e.start, e.end)}
    if any(i not in named and w.folded in _MINE or w.folded in _OTHER_RECORDS and not _said_in_full(w, texts)
           for i, w in enumerate(u.words)):
        return None
    topic = [w for w in content_words(u.words) if not w.folded.isdigit() or len(w.folded) == 4]
    if len(topic) < 2:
        return None
    # The words that only ask for the fact (« jusqu'à quand », « valable », « le montant ») are in no decision: the
    # thing asked about is weighed without them (fact_asked.py).
    topic = without_asking(topic, texts, u.words)
    if len(topic) < 2:
        return None  # « y a quelqu'un dans la salle 3 ? »: one word left is no thing asked of a decision
    scores = topic_scores(topic, texts)
    ranked = sorted(scores, reverse=True)
    second = ranked[1] if len(ranked) > 1 else 0.0
    # Or a word of the question said in one decision and nothing of it in any other (« le FSL ça couvre quoi ? »,
    # « c'est combien max pour la caution ? »): that decision, if the word is said as typed (below).
    # A question with a word of deciding was weighed by dominance.py, which left it: a word alone is not enough
    # there (« qu'a-t-on décidé pour les cours de néerlandais ? » of a group with only « cours de français »).
    lex = lexicon()
    deciding = any(w.lemma in lex.decision_words or w.folded in lex.decision_words for w in u.words)
    alone = ranked[0] >= _ALONE and second == 0.0 and not deciding
    # Or first once the words another decision reaches only through a family count less than said ones
    # (dominance.first_of): « combien de postes en CDDI ? » of « … postes en CDDI … » over « le contrat d'un salarié
    # en insertion … », a CDDI and a salarié only by their families (lead's set 93).
    sharp = ranked[0] >= _LEAST and first_of(topic, texts) == scores.index(ranked[0])
    if (ranked[0] < _LEAST or ranked[0] - second < _LEAD) and not alone and not sharp:
        return None
    best = texts[scores.index(ranked[0])]
    # « cet hiver », « l'an prochain » name the thing decided (« … pour l'hiver », « le budget 2027 »), not a meeting;
    # so does a month or a year the decision itself says (« la fête de décembre » of « … le samedi 19 décembre »,
    # « en 2027 » of « … engage 40 personnes … en 2027 »).
    if any(e.kind in ("period", "month") and not _SEASON.search(fold(e.label))
           and not _SEASON.search(fold(" ".join(w.raw for w in u.words[e.start:e.end])))
           and not said_in(u.words[e.start:e.end], best) for e in u.entities):
        return None
    # A word of a period (« d'hiver ») qualifies the thing asked; it is no head either.
    # Nor is a body's name: the thing asked of it must be said besides (« ceux d'Alsace Habitat ? » asks its people,
    # « la Ligue de l'enseignement a des choses à faire ? » its tasks; decided_on_body.py reads a body alone).
    # (Unless the decision says it: « les places d'hiver » of « le plan hiver … ».)
    dated = {u.words[i].folded for e in u.entities if e.kind == "period" for i in range(e.start, min(e.end, len(u.words)))
             if not said_in(u.words[i:i + 1], best)}
    bodies = {u.words[i].folded for e in u.entities if e.kind == "org" for i in range(e.start, min(e.end, len(u.words)))}
    # A light verb is no head either (« faut prendre rdv pour la permanence ? » is about the appointment).
    head = next((w for w in topic if not is_generic(w) and w.folded not in _SLOT_NOUNS and w.folded not in dated
                 and w.lemma not in _LIGHT_VERBS), None)
    specific = [w for w in topic if not is_generic(w) and w.folded not in _SLOT_NOUNS and w.folded not in dated]
    if head is None or not any(w.folded not in bodies and topic_scores([w], [best])[0] >= 1.0 for w in specific):
        return None
    if _other_kind(u.words, head, _group_texts(ctx)):
        return None  # « le club de tennis a trouvé un président ? »: another club than the decisions' (set 45c)
    if alone and topic_scores([head], [best], loose=False)[0] < 1.0:
        return None
    # By far first (« combien d'heures d'insertion dans les marchés publics ? »), another specific word will do.
    # Not when another decision holds the head (« les lycéens ont accès au local ? »: the decision on the pupils is
    # another thing than the one on the room).
    far = (ranked[0] - second >= _FAR and any(topic_scores([w], [best])[0] >= 1.0 for w in specific)
           and max(topic_scores([head], texts)) < 1.0)
    if topic_scores([head], [best])[0] < 1.0 and not far:
        return None
    # A count, an amount, an hour asked: the decision must state a number (« combien de places pour le transport
    # adapté ? » is not answered by « Le transport adapté … est ouvert aux sorties culturelles »).
    if any(w.folded in _COUNTING for w in u.words) and not _NUMBER.search(fold(best)):
        return None
    # « combien de salariés vont être embauchés ? »: the number must count what is asked (« 24 à 35 heures » of
    # « Les salariés … sont embauchés … de 24 à 35 heures » counts hours, not the employees).
    if (counted := _counted_noun(u.words) or head_count(u.words)) and not counts(best, counted):
        return None
    # A time asked (« c'est pour quand ? »): the decision must date something; none is made up for it. A place
    # asked (« ça se passe où ? »): it must say one (fact_places.py).
    if asks_time(u.words) and not is_dated(best) or asked_kind(u.words) == "place" and not states_kind("place", best):
        return None
    # (A task is due, never valid: « … valables jusqu'à quand ? » is asked of a rule, fact_asked.py.)
    others = ([d.text for d in ctx.data.deadlines()]
              + ([t.text for t in ctx.data.tasks() if t.open] if not asks_validity(u.words) else [])
              + [item.text for m in ctx.data.meetings() for item in m.agenda])
    if any(w.folded in _COUNTING for w in u.words):
        # A count asked (« l'appel de fonds c'est en combien de fois ? »): a record stating no number cannot answer it,
        # whatever words it shares (« Paiement de la première tranche de l'appel de fonds … », set 49c).
        others = [t for t in others if _NUMBER.search(fold(t))]
    if others and max(topic_scores(topic, others)) >= ranked[0]:
        return None
    # Each body the question names is in the decision shown (« les lycéens ont accès au local ? » names the pupils'
    # association, which « … réservé aux adhérents du centre social » does not).
    return as_decision(ctx, u, topic, answer, lambda outcome: shows_bodies(u, outcome.reply.plain()))

