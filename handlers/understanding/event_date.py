"""The date of an event is not the deadline of a document about it.

« la fête du jeu c'est quelle date ? » found the deadline « Programme de la
fête du jeu » (12 February), while a decision says when the fête itself
takes place (5 June). A deadline is due for the thing its first word names
(the programme, the inscriptions, the report); when the question names only
what follows (the fête), it asks about that, and a decision that dates it
answers (decided_when.py). The deadline stands when the question names its
head too (« le programme de la fête, c'est pour quand ? »), when that head
is an act due on the thing (« Envoi des contributions au rapport annuel »:
the deadline is the thing's own; not a registration, due before the event
it is for), when the question asks for a due date (« jusqu'à quand », « c'est pour
quand », « doit partir »), or when no decision dates the event. « quel
jour ? » is dated by a decision naming a weekday (« chaque jeudi »). An act
due on a paper (« Retour des plannings de permanence des avocats ») is the
paper's deadline: « la permanence des avocats, c'est quand ? » asks about the
habit, dated by the decision naming its day (« le premier samedi »)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.decided_when import decided_when
from handlers.understanding.dominance import as_decision, leads
from handlers.understanding.normalise import Word, fold, lexicon
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores

__all__ = ["due_asked", "event_of_document"]

_WEEKDAY = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b")
# A deadline's first word that is an act due on what follows: the deadline is that thing's own.
# Not « inscription » nor « candidature »: one registers for an event (« Inscription des entreprises au forum
# emploi-migration ») that takes place later, on a day a decision may give (« le forum … c'est quand ? »).
_ACTS = frozenset({"envoi", "remise", "depot", "transmission", "reponse", "retour",
                   "redaction", "signature", "validation", "relecture", "preparation", "livraison", "publication",
                   "diffusion", "contribution", "saisie", "vote", "paiement", "versement"})
# Articles and prepositions, which say nothing of what a deadline is about.
_GRAMMAR = frozenset({"le", "la", "l", "de", "du", "d", "a", "au", "aux", "en", "et", "un", "une", "c", "est"})
# Words that ask for a due date, not an event's.
_DUE = frozenset({"jusqu", "limite", "delai", "delais", "echeance", "echeances", "deadline", "deadlines", "rendre",
                  "rendu", "doit", "dois", "doivent", "faut", "partir", "envoyer", "remettre", "deposer", "boucler"})


def _head(text: str) -> str:
    """The first word of a deadline that is no article nor preposition (« programme »)."""
    stop = lexicon().stopwords
    return next((w for w in re.split(r"\W+", fold(text)) if w and w not in stop), "")


# Documents an act may be due on, about an event or a habit they are only the paper of (« Retour des plannings de
# permanence des avocats »: the plannings are due, the permanence is held when a decision says).
# « Dépôt du dossier de subvention du festival »: a file is such a paper too (set 40a's « le festival c kan ? »).
# « Envoi au Parc du tracé 2027 du Trail des Crêtes »: a race's route is its paper too (the lead's set 66).
# « Retour des inscriptions des enfants aux activités des vacances »: the registration forms are such papers too (set 42a).
_PAPERS = frozenset({"planning", "programme", "calendrier", "fiche", "tableau", "liste", "affiche", "dossier", "trace",
                     "parcours", "inscription"})


def _act_on_paper(text: str, asked: set[str]) -> bool:
    """The deadline opens with an act due on a paper (« Retour des plannings de … ») that the question does not
    name: what follows the paper is what is asked about, as after a document's own head."""
    stop = lexicon().stopwords
    raw = [w for w in re.split(r"\W+", fold(text)) if w]
    if len(raw) > 2 and raw[1] in ("a", "au", "aux") and (of := next((i for i, w in enumerate(raw) if i > 1 and w in (
            "du", "des", "de", "d")), None)) is not None:
        # « Envoi au Parc du tracé … »: whom the act goes to comes before what it is due on.
        raw = raw[:1] + raw[of:]
    words = [_stem(w) for w in raw if w not in stop or _stem(w) in _PAPERS]
    return len(words) > 2 and words[0] in _ACTS and words[1] in _PAPERS and words[1] not in asked


def _stem(word: str) -> str:
    return word.removesuffix("s").removesuffix("x")


# The words after which an act's deadline names the event it is done for, not what it is due on: « pour la fête »,
# « trois mois avant le festival », « les effectifs par soir de festival » (the lead's set 57).
_FOR = frozenset({"pour", "avant", "par"})


def _for_event(text: str, topic: set[str], asked: set[str]) -> bool:
    """Whether the words asked come in `text` only after « pour » (« Dépôt du dossier de subside pour la fête du
    sport »): the act is due on another thing (the file), done for the event; the deadline is no date of the
    event's own, as « Envoi des contributions au rapport annuel » is the report's. A word said of what comes
    before (« le dossier pour la fête c'est quand ? ») asks for the deadline."""
    words = [_stem(w) for w in re.split(r"\W+", fold(text)) if w]
    if not _FOR & set(words):
        return False
    cut = next(i for i, w in enumerate(words) if w in _FOR)
    # Every word before « pour » but the little ones: « dossier » is too common a word to be a topic, yet
    # says the file.
    before = set(words[:cut]) - _GRAMMAR
    return not asked & before and bool(topic & set(words[cut + 1:]))


# States that last until a day (« la piscine est fermée jusqu'à quand ? »): « jusqu'à quand » then asks when the state
# ends, which a decision setting it says (« ferme du 4 janvier au 26 février »), not a deadline due on the place.
_STATES = frozenset({"ferme", "fermee", "fermes", "fermees", "ouvert", "ouverte", "ouverts", "ouvertes", "suspendu",
                     "suspendue", "suspendus", "suspendues", "interdit", "interdite", "interdits", "interdites"})


def _state_lasting(folded: Sequence[str]) -> bool:
    """« … est fermée jusqu'à quand ? », « c'est ouvert jusqu'à quand ? »: a state said with « être », asked until
    when, and nothing due (« rendre », « envoyer », « date limite »)."""
    return "jusqu" in folded and any(a in ("est", "sont", "sera", "seront", "reste", "restent", "restera", "resteront") and b in _STATES
                                     for a, b in zip(folded, folded[1:])) and not any(
        w in _DUE - {"jusqu"} for w in folded)


def for_when(folded: Sequence[str]) -> bool:
    """« c'est pour quand ? », « pour qd »: the day a thing is due by is asked, whatever else the words say."""
    return any(a == "pour" and b in ("quand", "qd") for a, b in zip(folded, folded[1:]))


def due_asked(folded: Sequence[str]) -> bool:
    """« jusqu'à quand », « doit partir », « c'est pour quand ? »: a date a thing is due by is asked."""
    return any(w in _DUE for w in folded) or for_when(folded)


def event_of_document(ctx: Context, u: Understanding, outcome: Outcome, deadlines: Sequence[str],
                      decisions: Sequence[str], answer: Callable[[Context, Understanding], Outcome],
                      tasks: Sequence[str] = ()) -> Outcome | None:
    """The decision dating the event a deadline's (or a task's) answer took for its document, or None."""
    folded = [w.folded for w in u.words]
    if outcome.confident and outcome.intent == "in_charge" and (any(w in ("quand", "qd") for w in folded)
                                                                 or "moment" in folded and asks_time(u.words)):
        # « la visite de la gare c'est quand ? » answered by the task « Organiser la visite de la gare »: the
        # task's day is when the organising is due, a decision may say when the visit itself takes place.
        deadlines = tasks
    elif not (outcome.confident and outcome.intent == "dates_period") and not (
            outcome.intent is None and not outcome.confident and "dates_period" in u.readings):
        # (Left unsure between the deadlines and another reading, « c'est quand le forum finalement ? » is weighed the
        # same way: the decision dating the event answers when the deadlines only name it after their own head.)
        return None
    said = list(u.topic) or _event_named(u)
    if not said or not deadlines:
        return None
    if due_asked(folded) and not _state_lasting(folded):
        return None
    asked = {_stem(w.folded) for w in u.words} | {_stem(w.lemma) for w in u.words}
    shares = topic_scores(said, deadlines)
    matched = [text for text, score in zip(deadlines, shares, strict=True) if score >= 1.0]
    if not matched and decisions and max(topic_scores(said, decisions)) >= 1.0:
        # « la démolition des Tilleuls c'est quand ? »: each deadline holds a part of it (« l'enquête … des
        # Tilleuls », « le chantier de démolition »), a decision holds it whole and may date it.
        return decided_when(ctx, u, decisions, answer)
    topic = {_stem(w.folded) for w in said} | {_stem(w.lemma) for w in said}
    if not matched or any(_stem(_head(text)) in asked or (_stem(_head(text)) in _ACTS and not _for_event(text, topic, asked)
                                                          and not _act_on_paper(text, asked))
                          for text in matched):
        return None
    # « la collecte c'est quels jours ? » (deadline « Bilan de la collecte … »): the one word follows another
    # document's head, so it names the event; a decision dating it answers.
    return decided_when(ctx, u, decisions, answer, least=1) or _weekday(ctx, u, decisions, answer, matched)


def _event_named(u: Understanding) -> list[Word]:
    """« le Trail des Crêtes 2027 c'est quelle date ? »: a body named without its kind's noun (« Association Trail
    des Crêtes du Vercors ») by the event it organises; the words said are the event asked about (the lead's set 66)."""
    said: list[Word] = []
    stop = lexicon().stopwords
    for entity in u.entities:
        if entity.kind != "org":
            continue
        words = [w for w in u.words[entity.start:entity.end] if w.folded not in stop]
        kind = next((w for w in re.split(r"\W+", fold(entity.label)) if w and w not in stop), "")
        if len(words) >= 2 and kind and all(w.folded != kind for w in u.words):
            said.extend(words)
    return said


def _weekday(ctx: Context, u: Understanding, decisions: Sequence[str],
             answer: Callable[[Context, Understanding], Outcome], deadlines: Sequence[str] = ()) -> Outcome | None:
    """« le café seniors c'est quel jour ? »: the one decision on the topic that names a weekday
    (« … ouvert chaque jeudi après-midi »), not the deadline to register for it."""
    folded = [w.folded for w in u.words]
    day_asked = {"jour", "jours"} & set(folded) and any(w in ("quel", "quels") for w in folded)
    if not day_asked and not (any(w in ("quand", "qd") for w in folded) and any(
            _act_on_paper(text, {_stem(w) for w in folded}) for text in deadlines)):
        # (« c'est quels jours ? »: the days of a habit, the plural all the more; « la permanence des avocats,
        # c'est quand ? » beside « Retour des plannings de permanence des avocats »: the habit's days too.)
        return None
    topic = [w for w in u.topic if w.folded not in ("jour", "jours")]
    scores = topic_scores(topic, decisions) if topic else []
    if not scores or max(scores) < 1.0 or not leads(scores) or not _WEEKDAY.search(fold(decisions[scores.index(max(scores))])):
        return None
    return as_decision(ctx, u, topic, answer)
