"""When a point of the agenda comes up: « le préavis sur le budget passe en
plénière quand ? », « le rapport du travail social, on en parle à quelle
séance ? », « l'élection du bureau c'est quand ? ». The question names a
point that a coming meeting's agenda holds and asks when: that meeting
answers (the first of the kind named, when one is: « en plénière »).

Only a question the readings left unsure is read so: a deadline or a
decision that answered it with confidence keeps its answer, and a point
no coming agenda holds changes nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers.context import Context
from handlers.understanding.chat import circumstance_when
from handlers.understanding.decided_when import is_dated
from handlers.understanding.event_date import due_asked
from handlers.understanding.meeting_nouns import FORMATIONS, PLAIN
from handlers.understanding.normalise import Word, lexicon, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.topics import content_words, topic_scores
from handlers.views import meeting_lines, meeting_window_end
from storage.models import Meeting
from storage.recurrence import expand_all

if TYPE_CHECKING:
    from handlers.understanding.pipeline import Understanding

__all__ = ["GONE", "appointment_said", "coming_meetings", "point_meeting", "thing_dated", "thing_decided", "vote_purpose", "vote_to_come"]

# Words that ask when (« quand », « à quelle séance », « quelle date »).
_WHEN = frozenset({"quand", "date"})
_WHICH = PLAIN | FORMATIONS
# « on avait dit », « convenu »: what was said before.
# « on a fixé la date du forum ? », « c'est calé ? »: a date settled, which a decision holds.
_SAID = frozenset({"dit", "convenu", "avait", "avions", "fixe", "fixee", "fixes", "fixees", "cale", "calee"})
# Every word of the question's topic in the point (« préavis » and « budget » in « Préavis sur le budget 2027 »).
_WHOLE = 1.0


def _asks_when(outcome: Outcome) -> bool:
    u = outcome.understanding
    assert u is not None
    folded = [w.folded for w in u.words]
    if "qui" in folded:
        return False  # « qui a fixé la date du forum ? » asks for someone
    if circumstance_when(folded):
        return False  # « quand il gèle on fait quoi ? »: « quand » opens a clause of circumstance, « quoi » asks
    if bool(_WHEN & set(folded)) or any(a in ("quelle", "quel") and b in _WHICH for a, b in zip(folded, folded[1:])):
        return True
    if any(a == "quel" and b == "jour" for a, b in zip(folded, folded[1:])) and _SITTING_NOUNS & set(folded):
        # « le vote du budget 2027 c'est quel jour ? »: the day of the sitting that votes it (the lead's set 82); not
        # « la permanence c'est quel jour ? », which a decision's day answers.
        return True
    if _prepared_in_sitting(u.words) and any(a in ("quelle", "quel") and b == "jour" for a, b in zip(folded, folded[1:])):
        return True  # « on prépare … en réunion quel jour ? »: the day of the sitting it is prepared at
    # « la réunion pour les familles, c'est où que ça se fait ? »: « où » of a sitting named by its point asks that
    # sitting's place, which the meeting answers as it does « quand ».
    return "où" in (w.raw.casefold() for w in u.words) and any(f in PLAIN for f in folded)


# The acts a sitting does with a point, as nouns (« le vote du budget », « l'élection du bureau »).
_SITTING_NOUNS = frozenset({"vote", "adoption", "election", "approbation", "examen"})


def _said_before(outcome: Outcome, ahead: bool = False) -> bool:
    """« on avait dit où et quand ? », « c'était décidé pour quand ? »: what the group said of it, not the
    meeting that discusses it — but « le bilan sera adopté à quel copil ? » (or « on adopte le bilan à quelle
    séance ? ») asks the sitting that will decide; so does « est voté » when `ahead` (a coming agenda holds it)."""
    u = outcome.understanding
    assert u is not None
    lex = lexicon()
    # « on adopte le rapport annuel à quelle séance ? »: a present asked of a sitting is a decision still to take.
    acting = _sitting_asked(u.words)
    return any((w.folded in _SAID or w.lemma in lex.decision_words or w.folded in lex.decision_words)
               and not (i and u.words[i - 1].folded in _WILL_BE) and not (acting and w.folded in _SITTING_ACTS)
               and not (ahead and i and u.words[i - 1].folded in _TO_BE | {"pour"})
               for i, w in enumerate(u.words))


# « sera adopté », « seront votés »: a decision to come, which a sitting's agenda holds.
_WILL_BE = frozenset({"sera", "seront"})
# « on se retrouve quand pour voter l'ascenseur ? »: the infinitive of a sitting's act after « pour » is the purpose of
# the sitting asked, a decision still to take (set 49c).
_TO_ACT = frozenset({"voter", "adopter", "valider", "approuver", "decider", "trancher", "examiner", "statuer"})


def _acted_for(found: list[Word]) -> bool:
    """« pour voter », « pour adopter »: the sitting's purpose, a point it will decide."""
    return any(w.folded in _TO_ACT and i and found[i - 1].folded == "pour" for i, w in enumerate(found))


def _voted_present(found: list[Word]) -> bool:
    """« l'ascenseur il est voté quand ? »: a participle of a sitting's act after a present « est » or « sont », asked
    « quand » — as « sera voté », a decision to take (set 49c); « a été voté », « était voté » keep the past."""
    folded = [w.folded for w in found]
    return "quand" in folded and any(
        w.folded in _SITTING_ACTS | _SITTING_ACTS_AGREED and i and folded[i - 1] in ("est", "sont")
        for i, w in enumerate(found))


def vote_to_come(ctx: Context, u: Understanding) -> bool:
    """« l'ascenseur il est voté quand ? »: a present passive of a sitting's act asked « quand », of a point a coming
    agenda holds, which no decision on it says was voted (« … ajourné …, la question n'a pas été mise au vote »):
    the vote is still to come. « la toiture elle est votée quand ? » of « Les travaux de toiture … sont votés … » asks
    the decision that voted it."""
    return bool(u.topic) and _voted_present(u.words) and _on_coming_agenda(ctx, u.topic) and _undecided(ctx, u.topic)


def vote_purpose(ctx: Context, u: Understanding) -> bool:
    """« on se retrouve quand pour voter l'ascenseur ? »: a sitting asked for what it will vote, which no decision says
    was voted already."""
    return bool(u.topic) and _acted_for(u.words) and _undecided(ctx, u.topic)


def _undecided(ctx: Context, topic: list[Word]) -> bool:
    """No decision holding the whole `topic` says it was voted, adopted, approved; nor is it a deadline's (« le budget
    du port est voté quand ? » of « Vote du budget … » due 31 March: the deadline says when, lead's set 36b)."""
    deadlines = [d.text for d in ctx.data.deadlines()]
    if deadlines and max(topic_scores(topic, deadlines)) >= _WHOLE:
        return False
    texts = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    holding = [t for t, score in zip(texts, topic_scores(topic, texts)) if score >= _WHOLE] if texts else []
    # (As written, accents and all: the noun of « mise au vote » is no « voté ».)
    return not any(w.raw.casefold() in _DONE_ACTS for t in holding for w in words(t, shorthand=False))


# The participles a record writes of a point decided (« sont votés », « est adopté à l'unanimité »).
_DONE_ACTS = frozenset(f"{stem}{end}" for stem in ("voté", "adopté", "validé", "approuvé", "élu")
                       for end in ("", "e", "s", "es"))


# The participles of _SITTING_ACTS agreed in gender and number (« la hausse est votée », « les travaux sont votés »).
_SITTING_ACTS_AGREED = frozenset(f"{stem}{end}" for stem in ("vote", "adopte", "valide", "approuve")
                                 for end in ("e", "s", "es"))


# Verbs of a thing's own start or end: « le plan grand froid ça commence quand ? » asks when the plan starts.
_BOUNDS = frozenset({"commence", "commencent", "commencer", "demarre", "demarrent", "demarrer", "debute", "debutent",
                     "debuter", "finit", "finissent", "termine", "terminent", "arrete", "arretent", "reprend",
                     "reprennent"})


def thing_dated(ctx: Context, outcome: Outcome) -> bool:
    """The question asks when a thing starts or ends, and a decision names the whole thing: the decision dates it,
    not the meeting whose agenda holds a point on it (left unsure rather than answered by that meeting)."""
    u = outcome.understanding
    assert u is not None
    if not u.topic or not any(w.folded in _BOUNDS for w in u.words):
        return False
    texts = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    if not texts:
        return False
    if any(w.folded in PLAIN for w in u.words) and topic_scores(u.topic, [outcome.reply.plain()], loose=False)[0] >= _WHOLE:
        # « la réunion d'info sur le sport sur ordo avait commencé à quelle heure ? »: a sitting named, whose own
        # heading holds the whole topic, is what began; a decision on the thing is no answer (lead's set 60).
        return False
    if max(topic_scores(u.topic, texts, loose=False)) >= _WHOLE:
        return True
    # Or the whole thing in other words (« le dispositif hivernal » of « le plan hiver … du 1er décembre au 31
    # mars »), as the agenda's point is found by them: the decision that dates it (decided_when.py).
    loose = topic_scores(u.topic, texts)
    return any(score >= _WHOLE and is_dated(text) for score, text in zip(loose, texts))


# Chat shorthand read as a meeting, as a record writes it out.
_WRITTEN = {"rdv": "rendez"}
_ARTICLES = frozenset({"le", "la", "les", "l", "ce", "cette"})


def appointment_said(u: Understanding) -> bool:
    """« sans rdv », « sur rendez-vous »: an appointment typed, which the shorthand read as a meeting; unlike « copil »
    or « réunion », it may be a way of being received that a decision states."""
    return any(w.typed and w.typed.strip().casefold() in ("rdv", "rendez") for w in u.words)


def thing_decided(ctx: Context, outcome: Outcome) -> list[Word] | None:
    """« le point conseil budget c'est sur rendez-vous ? »: a word chat shorthand read as a meeting (« rendez-vous »)
    is, with the rest of the topic, the very words of a decision (« … reçoit sans rendez-vous … »); no meeting is
    named. The decision's thing is asked, not the meeting whose agenda holds a point on it: the words to ask it by,
    else None."""
    u = outcome.understanding
    assert u is not None
    # « sans rdv » of a decision's « sans rendez-vous »: the shorthand as the records write it.
    typed = [words(_WRITTEN.get(w.typed.strip().casefold(), w.typed), shorthand=False)[0] for w in u.words
             if w.typed and w.typed.strip().isalpha()]
    if not typed or not u.topic or any(e.kind in ("month", "place", "number") for e in u.entities):
        return None
    # « … sans rendez-vous le jeudi ? »: a day is the decision's own word, or the question names a sitting.
    days = [w for e in u.entities if e.kind == "period" for w in u.words[e.start:e.end] if w.folded not in _ARTICLES]
    asked = [*u.topic, *typed, *days]
    texts = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    return asked if texts and max(topic_scores(asked, texts, loose=False)) >= _WHOLE else None


def coming_meetings(ctx: Context) -> list[Meeting]:
    """The active meetings to come (recurring ones expanded over a year), in order."""
    assert ctx.group is not None
    meetings = expand_all(ctx.store, ctx.group.slug, ctx.data.meetings(), ctx.now, ctx.now.replace(year=ctx.now.year + 1))
    return [m for m in meetings if m.active and meeting_window_end(m) > ctx.now]


# « on voit les impayés quand ? », « les résultats on les voit quand ? »: seen at a sitting (set 49c); but « on se
# voit quand ? » is the group meeting itself (meeting_next, set 30b), no point seen at a sitting.
_SEEN = frozenset({"voit", "verra", "verrons", "voir", "revoit", "reverra", "reverrons", "revoir"})
# « on reparle du cadastre solaire quand ? », « on en discute quand ? »: a point to be talked about, which a meeting's
# agenda holds, even when a decision on it answered first; not the past (« on en a parlé quand ? »).
_TALK = frozenset({"parle", "parlera", "parlerons", "parler", "reparle", "reparlera", "reparlerons", "reparler",
                   "discute", "discutera", "discuterons", "discuter", "rediscute", "rediscutera", "rediscuter", "aborde",
                   "abordera", "aborder", "evoque", "evoquera", "evoquer"}) | _SEEN
_REFLEXIVE = frozenset({"se", "s", "s'", "nous", "vous"})
# « France Victimes présente son rapport quand ? »: the verb of presenting (presenting.py) may be no word of the point
# (« Rapport d'activité de France Victimes »), or its noun (« Présentation du projet … »): both are tried.
_PRESENTING = frozenset({"presenter", "presentera", "presenteront"})
_PAST_AUX = frozenset({"a", "avait", "avez", "aviez", "ont", "avaient", "avons", "avions"})


# « on fait le point sur les panneaux quand ? », « on fera un point sur le PLU quand ? »: a point made at a sitting.
_MAKE = frozenset({"fait", "fera", "ferons", "faire", "refait", "refera", "refaire"})
_POINT_ARTICLES = frozenset({"le", "un", "notre"})


# The group as the one who makes it (« on fait le point », « on va faire un point », « nous ferons le point »); not
# someone owing it (« les communes doivent faire le point sur leurs Ad'AP pour quand ? » asks a deadline).
_WE = frozenset({"on", "nous", "va", "allons"})


def _point_made(found: list[Word]) -> bool:
    """« on fait le point » (or « un point ») to come: a sitting's talk, as « on en reparle » is."""
    return any(w.folded in _MAKE and i and found[i - 1].folded in _WE and i + 2 < len(found)
               and found[i + 1].folded in _POINT_ARTICLES and found[i + 2].folded == "point" for i, w in enumerate(found))


# « le bilan est présenté quand ? », « le rapport sera présenté quand ? »: a thing to be presented at a sitting (not
# « a été présenté », which is past: « été » is no form here).
_TO_BE = frozenset({"est", "sont", "sera", "seront"})
_PRESENTED = frozenset({"presente", "presentee", "presentes", "presentees", "examine", "examinee", "examines",
                        "examinees"})


def _presented(found: list[Word]) -> bool:
    """A participle of presenting after a present or future form of « être »: the point comes up at a sitting."""
    return any(w.folded in _PRESENTED and i and found[i - 1].folded in _TO_BE for i, w in enumerate(found))


def _which_sitting(found: list[Word]) -> bool:
    """« à quelle réunion », « lors de quelle séance »: a sitting asked by its noun after « quel(le) »."""
    return any(a.folded in ("quelle", "quel") and (b.folded in _WHICH or b.lemma in _WHICH) for a, b in zip(found, found[1:]))


# « on prépare les journées d'accueil en réunion quel jour ? »: a thing prepared « en réunion » is a point of a sitting.
_PREPARE = frozenset({"prepare", "preparera", "preparerons", "preparer", "prepareront"})
# « on adopte le rapport annuel à quelle séance ? », « on prépare la Semaine … à quelle séance ? »: what a sitting does
# with a point, said in the present or the future before « quel(le) » and a sitting's noun; no word of the point
# (« Rapport annuel 2026 de la commission ») — the lead's set 75.
_SITTING_ACTS = frozenset({"adopte", "adoptera", "adopterons", "vote", "votera", "voterons", "valide", "validera",
                           "validerons", "approuve", "approuvera", "examine", "examinera", "prepare", "preparera",
                           "preparerons"})
_IN_SITTING = frozenset({"reunion", "seance", "comite", "copil", "commission", "pleniere"})


def _sitting_asked(found: list[Word]) -> bool:
    """« à quelle séance », « lors de quel comité »: the sitting itself is what is asked."""
    return any(a.folded in ("quel", "quelle") and (b.folded in _WHICH or b.lemma in _WHICH) for a, b in zip(found, found[1:]))


def _prepared_in_sitting(found: list[Word]) -> bool:
    """A verb of preparing and « en réunion » (« en séance », « en copil »): the point prepared at a sitting."""
    folded = [w.folded for w in found]
    return any(f in _PREPARE for f in folded) and any(a == "en" and b in _IN_SITTING for a, b in zip(folded, folded[1:]))


# « la voie verte repasse en comité quand ? », « le budget passe en plénière quand ? »: a point put before a sitting.
_PASS = frozenset({"passe", "passera", "passent", "passeront", "repasse", "repassera", "repassent", "repasseront"})


def _put_before_sitting(found: list[Word]) -> bool:
    """A verb of passing, then « en » and a sitting's noun: the point comes up at a sitting of that kind."""
    return any(w.folded in _PASS and i + 2 < len(found) and found[i + 1].folded == "en" and (
        found[i + 2].folded in _WHICH or found[i + 2].lemma in _WHICH) for i, w in enumerate(found))


def _talked_about(found: list[Word]) -> bool:
    return _point_made(found) or _prepared_in_sitting(found) or _put_before_sitting(found) or any(w.folded in _TALK and not (i and found[i - 1].folded in _PAST_AUX)
               and not (w.folded in _SEEN and i and found[i - 1].folded in _REFLEXIVE)
               and not (i > 1 and found[i - 1].folded in ("en", "y") and found[i - 2].folded in _PAST_AUX)
               for i, w in enumerate(found))


def _names_next_sitting(found: list[Word], topic: list[Word]) -> bool:
    """« la prochaine commission d'attribution »: « prochaine », a noun, « de » and the topic's words — the
    sitting's kind is named by them, the next one of it asked."""
    ids = {id(w) for w in topic}
    for i, word in enumerate(found[:-3]):
        if word.lemma == "prochain" and found[i + 2].folded in ("de", "d", "du", "des"):
            after = {id(w) for w in found[i + 3:i + 3 + len(topic)]}
            if ids and ids <= after:
                return True
    return False


def _task_says_more(ctx: Context, u, topic: list[Word]) -> bool:
    """An open task holds every word of the topic and more of the question's own words than any agenda point:
    « la fiche sur le Pass culture solidaire » of « Préparer la fiche de présentation du Pass culture solidaire »,
    beside the point « Pass culture solidaire »: the thing asked is the task's, which says when."""
    tasks = [t.text for t in ctx.data.tasks() if t.open]
    points = [item.text for m in coming_meetings(ctx) for item in m.agenda]
    if not tasks or not points or not topic or max(topic_scores(topic, tasks)) < _WHOLE:
        return False
    said = [w for w in content_words(u.words) if w.folded not in lexicon().question_words]
    by_task, by_point = max(topic_scores(said, tasks)), max(topic_scores(said, points))
    # « le renfort du 115, ça doit être prêt quand ? », « … c'est pour quand ? » beside the point « Renfort du 115 … »:
    # as close to both, a thing due is the task's, not a point talked about.
    return by_task > by_point or by_task == by_point and _due_asked(u.words)


# Beside the words that ask a due date (event_date.due_asked): a thing's readiness or completion (« ça doit être
# prêt quand ? », « ce sera fini quand ? »).
_DONE_BY = frozenset({"devra", "devront", "pret", "prete", "prets", "pretes", "rendue", "boucle", "fini", "finie",
                      "termine", "terminee", "livre", "livree"})


def _due_asked(found: list[Word]) -> bool:
    folded = [w.folded for w in found]
    return due_asked(folded) or any(w in _DONE_BY for w in folded)


def _decision_says(ctx: Context, topic: list[Word]) -> bool:
    """A decision holds every word of the topic, the participle with them (« Le bilan intermédiaire est présenté en
    plénière de janvier »): it says when, no sitting's agenda is asked."""
    texts = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    return bool(texts and topic) and max(topic_scores(topic, texts)) >= _WHOLE


def _someone_left_out(u, point: str) -> bool:
    """Whether the question names a title or a body that `point` does not say: « l'intervention du délégué police en 3e
    c'est quand ? » (lead's set 74) is not the point « Interventions sur le tabac et la chicha en 4e », which shares its
    one topic word. A person named may be who presents the point (« la réunion où Tifenn présente le PAT »)."""
    said = {w.folded[:5] for w in words(point) if len(w.folded) > 2}
    return any(not any(u.words[k].folded[:5] in said for k in range(e.start, e.end) if len(u.words[k].folded) > 2)
               for e in u.entities if e.kind in ("org", "role"))


def _echoes(found: list[Word], point: str) -> int:
    """How many of the question's longer words open like one of the point's (« adopté » and « Adoption », « signe » and
    « Signature »): the verb of the question found in the point's noun, which no stem joins."""
    heads = {w.folded[:4] for w in words(point) if len(w.folded) >= 5}
    lex = lexicon()
    # « sera voté » of « Adoption du bilan »: a verb of deciding finds a point that is a decision to take.
    deciding = bool(heads & _DECIDING) and any(w.lemma in lex.decision_words for w in found)
    return deciding + sum(1 for w in found if len(w.folded) >= 5 and w.folded not in lex.question_words
                          and w.folded[:4] in heads)


# The heads of the nouns of a decision to take (« Adoption », « Vote », « Validation », « Approbation »).
_DECIDING = frozenset({"adop", "vote", "vali", "appr", "rati", "deli"})


def _on_coming_agenda(ctx: Context, topic: list[Word]) -> bool:
    """A coming sitting's agenda holds a point with every word of the topic."""
    points = [item.text for m in coming_meetings(ctx) for item in m.agenda]
    return bool(points and topic) and max(topic_scores(topic, points)) >= _WHOLE


# « c'était », « il y avait »: the past asked, which the agenda of a sitting to come does not answer.
GONE = frozenset({"etait", "etaient", "avait", "avaient"})


def _without_heading(topic: list[Word], heading: str) -> list[Word]:
    """`topic` without the words `heading` holds, when some other word is left."""
    rest = [w for w in topic if topic_scores([w], [heading], loose=False)[0] < _WHOLE]
    return rest or topic


def point_meeting(ctx: Context, outcome: Outcome) -> Outcome:
    """The coming meeting whose agenda holds the point an unsure question asks « when » of; else `outcome`."""
    u = outcome.understanding
    # A confident whole agenda (« le plan vélo, on en parle à quelle séance ? » read back in order) names the point
    # too, unless the agenda itself is asked (« c'est à l'ordre du jour de quelle réunion ? »).
    # « odj » is already read « ordre du jour » (lexicon.toml synonyms).
    agenda_asked = u is not None and any(w.folded == "ordre" for w in u.words)
    # « le bilan à mi-parcours, il est présenté quand ? » read as the deadlines naming the bilan: the sitting it is
    # presented at (a decision that says when it is presented keeps its answer: « … présenté en plénière de janvier »).
    presented = u is not None and outcome.intent == "dates_period" and _presented(u.words) and not _decision_says(
        ctx, u.topic)
    # « le bilan du défi familles, c'est prévu à quelle réunion ? »: the sitting is asked by name, which a decision on
    # part of the topic (« Un défi familles … est lancé en janvier ») does not say (set 40b).
    # A decision that says it too (« … il sera signé au comité de pilotage de mars ») leaves the sitting asked when a
    # coming agenda holds the whole point (« Signature de l'avenant n°2 »): that sitting answers « à quelle séance ».
    which_sitting = u is not None and outcome.intent == "decisions_topic" and _which_sitting(u.words) and not (
        _decision_says(ctx, u.topic) and not _on_coming_agenda(ctx, u.topic))
    # « l'ascenseur il est voté quand ? » answered by the decision putting the vote off to a sitting to come, whose agenda
    # holds the point (« Remplacement de l'ascenseur … »): that sitting is when it is voted (set 49c).
    # « on se retrouve quand pour voter l'ascenseur ? »: the sitting's purpose, so long as no decision says it was voted.
    ahead = u is not None and (outcome.intent == "decisions_topic" and vote_to_come(ctx, u) or vote_purpose(ctx, u))
    presented = presented or which_sitting or ahead
    if outcome.confident and (outcome.intent != "agenda_items" or agenda_asked) and not (
            u is not None and (_talked_about(u.words) or presented)) or u is None or (
            outcome.intent == "chitchat" or not u.topic or "?" not in u.text):
        return outcome
    talked = _talked_about(u.words) or presented
    if not _asks_when(outcome) or _said_before(outcome, ahead) or not talked and thing_dated(ctx, outcome):
        return outcome  # (a point to be talked about is the meeting's, whatever date a decision gives the thing)
    if any(w.folded in GONE for w in u.words):
        return outcome  # « la visite de la centrale … c'était quand ? »: a sitting gone, no coming sitting's point
    topic = [w for w in u.topic if w.folded not in _TALK | _PASS and not (_prepared_in_sitting(u.words) and w.folded in _PREPARE) and not (_point_made(u.words) and w.folded in _MAKE | {"point"})
             and not (_presented(u.words) and w.folded in _PRESENTED)
             and not (_sitting_asked(u.words) and w.folded in _SITTING_ACTS)]
    if _names_next_sitting(u.words, topic):
        return outcome  # « la date de la prochaine commission d'attribution ? »: a kind of sitting, no point of it
    if not talked and _task_says_more(ctx, u, topic):
        return outcome  # « la fiche sur le Pass culture solidaire, c'est pour quand ? »: the task on it is due then
    coming = coming_meetings(ctx)
    kinds = [e for e in u.entities if e.kind == "place" and e.extra.get("formation")]
    if kinds:
        # « en plénière »: that kind's meetings only (the bureau that prepares the point comes first).
        numbers = {m.number for m in kinds[0].items}
        coming = [m for m in coming if m.number in numbers]
    # « la date limite pour le fonds mobilités actives c'est pas le 18 ? »: a deadline holding the topic as well as
    # a point (« Budget vélo 2027 », through related words) is what is asked, not a meeting (set 30c) — unless the
    # point is said to be talked about (« la chaufferie bois, on en reparle quand ? ») or a sitting is named (« la
    # réunion sur le réseau de chaleur c'est quand ? »).
    deadlines = [d.text for d in ctx.data.deadlines()]
    # (A span of a week or more: « mercredi » in « le plan mercredi » names no day asked.)
    if span := next((e.extra["period"] for e in u.entities if e.kind == "period"
                     and (e.extra["period"].end - e.extra["period"].start).days > 7), None):
        # « le bilan de fin d'année scolaire c'est quand ? »: the point of a meeting in the period said, where a
        # deadline outside it (« Bilan des ateliers … » in January) is not asked (lead's set 36).
        coming = [m for m in coming if span.start <= m.start.date() < span.end]
        deadlines = [d.text for d in ctx.data.deadlines() if span.start <= d.due.date() < span.end]
    elif months := {e.extra["month"] for e in u.entities if e.kind == "month"}:
        coming = [m for m in coming if m.start.month in months]  # « le bilan de juin »: June's meeting
        deadlines = [d.text for d in ctx.data.deadlines() if d.due.month in months]
    sitting = any(w.folded in _WHICH or w.lemma in _WHICH for w in u.words)
    dated_best = max(topic_scores(topic, deadlines)) if topic and deadlines and not (talked or sitting) else 0.0
    bare = [w for w in topic if w.folded not in _PRESENTING]
    if bare != topic and bare and not any(max(topic_scores(topic, [i.text for i in m.agenda]), default=0.0) >= _WHOLE
                                          for m in coming if m.agenda):
        topic = bare
    # Of several sittings whose agenda holds the topic, the one whose point says more of the question (« le bilan
    # sera adopté à quel copil ? »: « Adoption du bilan … », not « Présentation du diaporama du bilan … »).
    coming = sorted(coming, key=lambda m: -max((_echoes(u.words, i.text) for i in m.agenda), default=0))
    for meeting in coming:
        points = [item.text for item in meeting.agenda if not _someone_left_out(u, item.text)]
        # « on se retrouve quand entre copropriétaires pour voter l'ascenseur ? »: a word the sitting's own heading
        # says (« Assemblée générale … des copropriétaires ») names the sitting, not the point (set 49c).
        topic = _without_heading(topic, meeting.place or "") if ahead and _acted_for(u.words) else topic
        if points and topic and dated_best < max(topic_scores(topic, points)) >= _WHOLE:
            u.intent, u.readings = "meeting_which", []
            point = points[max(range(len(points)), key=lambda i: topic_scores(topic, points)[i])]
            lines = [f"Le point « {point} » est à l'ordre du jour de la séance n°{meeting.number} :",
                     *meeting_lines(meeting, ctx.now, ctx.locale, title="Séance")]
            return Outcome.sure(u, lines, f"n°{meeting.number}")
    return outcome
