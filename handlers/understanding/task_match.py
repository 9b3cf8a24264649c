"""Which task a question names, in other words than the task's own: the
question's words that may name a task (task_topic), and the tasks they fit
better than the group's deadlines, decisions and roles (task_match)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.context import Context
from handlers.understanding.chat import circumstance_when
from handlers.understanding.framing import polite
from handlers.understanding.given_up import given_up
from handlers.understanding.held_thing import holding
from handlers.understanding.intents import is_frame_word, model
from handlers.understanding.my_duty import owes
from handlers.understanding.normalise import Word, lexicon, stem, words
from handlers.understanding.pipeline import Understanding
from handlers.understanding.recurring_when import recurring_when
from handlers.understanding.task_first import by_verb_alone
from handlers.understanding.task_words import ARTICLES, asks_done, asks_progress, has, names_tasks, sitting_named, standing_only, task_words
from handlers.understanding.topics import SHARE, content_words, grounded, record_pairs, topic_scores, topic_stems
from handlers.understanding.who_named import names_someone
from handlers.understanding.world import plain
from handlers.understanding.world_cache import group_world
from handlers.understanding.work_done import passive_done, passive_settled

__all__ = ["record_nouns", "starting", "task_match", "task_topic", "who_asked"]

# Verbs that ask for people, not for a task on them (lemmas).
_PEOPLE_VERBS = frozenset({"representer", "venir", "appeler", "connaitre", "presider", "travailler"})


# What follows « on fait » when it asks what is done with a thing (« on en fait quoi ? », « on fait des dons ? »).
_WHAT_DONE = frozenset({"quoi", "koi", "de", "des", "du", "d", "avec"})
# Lemmas of starting: a thing decided starts, a task is done by a date.
_STARTING = frozenset({"commencer", "demarrer", "debuter", "lancer", "ouvrir", "reprendre", "commence", "demarre"})


def starting(u: Understanding) -> bool:
    """« les cours d'occitan, ça commence quand ? », « à partir de quand … ? »: when something starts is asked."""
    folded = [w.folded for w in u.words]
    return any(w.lemma in _STARTING or w.folded in _STARTING for w in u.words) or any(
        a == "a" and b == "partir" and c in ("de", "d") for a, b, c in zip(folded, folded[1:], folded[2:]))


def task_topic(u: Understanding, listing: bool = False, texts: Sequence[str] = ()) -> list[Word]:
    """The words of the question that may name a task: what it is about, not what it asks
    (for a listing, « la liste des tâches » names none either)."""
    # A person's name, a period's or month's words (« d'ici la fin de l'année ») name no task, unless a task's
    # text (`texts`) says them as they are (« le bilan du premier semestre, c'est fait ? »).
    # (Only beside other words: « qu'est-ce qui est prévu au premier semestre ? » asks the period.)
    said = [f" {plain(t)} " for t in texts]
    named = {i for e in u.entities if e.kind in ("person", "period", "month") for i in range(e.start, e.end)}
    literal = {i for e in u.entities if e.kind in ("period", "month") and any(
        f" {plain(' '.join(w.raw for w in u.words[e.start:e.end]))} " in t for t in said) for i in range(e.start, e.end)}
    # « pourriez-vous me lister … » frames the question; « l'affiche » after an article is a noun all the same.
    named |= {i for i in u.framing | polite(u.words) if not (i and u.words[i - 1].folded in ARTICLES)}
    # « qu'est-ce qui reste à faire sur le PCAET ? »: the group's own name, read as its frame (own_work.py), names
    # the group's whole work in a listing, no task, even after an article (one task asked keeps it: « c'est qui la
    # personne à contacter pour le CLS ? » is no « Contacter les pharmacies … », set 37a).
    if listing:
        named |= set(u.own_name) & set(u.framing)
    kinds = ["status", "topicless", "work_nouns"]
    if listing:
        kinds += ["listing", "negation", "still", "late", "done", "open", "cancelled", "task_nouns", "vague"]
        named |= _frame_verbs(u)
    skip = frozenset().union(*(task_words()[kind] for kind in kinds))
    content = content_words(u.words)
    # « qui représente l'ABC ? »: the verb that frames a question of people names no task (« représentants »).
    vocabulary = model().vocabulary

    def kept(out: set[int]) -> list[Word]:
        return [w for i, w in enumerate(u.words) if i not in out and (w.folded not in skip and w.lemma not in skip
                                                                     or _noun_of_status(u.words, i))
                and w in content and not (w.lemma in _PEOPLE_VERBS and is_frame_word(w, vocabulary))]

    topic = kept(named)
    return kept(named - literal) if topic and literal else topic


# Status words that, folded, spell a noun as well: « la règle » is no « réglé » once the accents are gone.
_STATUS_NOUNS = frozenset({"regle", "regles"})


def _noun_of_status(found: Sequence[Word], i: int) -> bool:
    """« Isabelle doit rédiger la règle pour quand ? »: after an article, « regle » is the noun of a task's text
    (« Rédiger la règle … »), not the participle asking whether a matter is settled (« c'est réglé ? »)."""
    return found[i].folded in _STATUS_NOUNS and i > 0 and found[i - 1].folded in ARTICLES


# Words a participle of work follows when it frames the question (« doit être rendu », « ont été envoyés »).
_FRAMING_BEFORE = frozenset({"etre", "ete"})


def _frame_verbs(u: Understanding) -> set[int]:
    """« qu'est-ce qui doit être rendu cette semaine ? »: the verb of work that frames a listing names no task
    (« rendu » there is not the « compte rendu » of a task); after a noun it may (« le compte rendu »)."""
    work = task_words()["work"]
    return {i for i, w in enumerate(u.words) if i and u.words[i - 1].folded in _FRAMING_BEFORE
            and (w.folded in work or w.lemma in work)}


def record_nouns(u: Understanding, texts: Sequence[str], dated: bool = False) -> list[Word]:
    """Nouns after an article that the lexicon counts as stop words (« l'affiche », « la réunion ») but that the
    group's own tasks use: there they name the task; with `dated`, the words of dates too (« le calendrier »)."""
    used = {stem(w.lemma) for text in texts for w in words(text, shorthand=False)}
    lex = lexicon()
    # « qui est là pour le CH ? »: « là » folds to the article « la », and no preposition is a noun.
    # « le calendrier », « l'agenda »: the words of dates name a task's own document when a named member's task
    # says them (pilot_task); among every task they are a question's own words (« le planning c'est qui dans le
    # groupe ? » is not the task « Établir le calendrier des séances », the lead's set 74).
    unsaid = lex.stopwords | (task_words()["dated"] if dated else frozenset())
    return [w for prev, w in zip(u.words, u.words[1:]) if prev.folded in ARTICLES and prev.raw.casefold() != "là"
            and w.folded in unsaid and w.folded not in lex.prepositions
            and len(w.folded) >= 4 and w.folded not in lex.question_words and stem(w.lemma) in used]


def _shares(topic: list[Word], nouns: list[Word], texts: Sequence[str]) -> list[float]:
    """topic_scores of `topic` on `texts`, with the `nouns` of record_nouns counted as found where a text has them."""
    wanted = len(topic_stems(topic))
    base = topic_scores(topic, texts) if wanted else [0.0] * len(texts)
    if not nouns:
        return base
    out = []
    for share, text in zip(base, texts, strict=True):
        stems = {stem(w.lemma) for w in words(text, shorthand=False)}
        out.append((share * wanted + sum(stem(n.lemma) in stems for n in nouns)) / (wanted + len(nouns)))
    return out


def _pairs(u: Understanding, texts: Sequence[str]) -> int:
    """How many neighbouring word pairs of the question the best of `texts` repeats
    (« le tableau de suivi des clauses » is a task's phrase, not a decision's bag of words)."""
    return max((len(grounded(u.words, record_pairs((text,)))) for text in texts), default=0)


def _own(topic: list[Word], texts: Sequence[str]) -> float:
    """The best share of the question's own words (no synonym nor family) in `texts`: on a tie, the record that
    says the question's words is the one asked of, not the one its words only reach through a family."""
    return max(topic_scores(topic, texts, loose=False), default=0.0) if topic else 0.0


def _has_some(u: Understanding) -> bool:
    """« qui a du scotch pour l'affiche ? », « quelqu'un aurait des ciseaux ? »: who has some of a thing, asked of
    the people around, not who does a task (« qui a fait l'affiche ? » has a participle, not « du »)."""
    folded = [w.folded for w in u.words]
    return any(a in ("qui", "quelqu", "quelquun") and b in ("a", "aurait", "avait") and c in ("du", "des", "de", "d")
               for a, b, c in zip(folded, folded[1:], folded[2:])) or any(
        a == "quelqu" and c in ("a", "aurait", "avait") and d in ("du", "des", "de", "d")
        for a, b, c, d in zip(folded, folded[1:], folded[2:], folded[3:]))


def _work_progress(u: Understanding, tasks: int) -> bool:
    """« on en est où du comptage ? », « le questionnaire, on en est où ? »: how far one piece of work has got, which
    a task says and a decision does not, as « c'est fait ? ». Not « où en est-on sur la tarification de l'eau ? »
    (« sur »: the matter, which a decision settles or puts off), nor a thing several tasks work on (« on en est où
    pour le local ? » of an inventory and an insurance certificate: the local itself, as decided)."""
    return tasks == 1 and asks_progress(u) and not any(w.folded == "sur" for w in u.words)


# Words that ask whether work has got on, which no date does (« ça avance ? », « c'est bouclé ? »).
_ADVANCE = frozenset({"avance", "avancer", "avancee", "boucle", "pret", "prete", "prets", "pretes"})
# Participles of a date set, not of work done (« la réunion est prévue ? », « c'est calé ? »).
_SCHEDULED = frozenset({"prevu", "prevue", "prevus", "prevues", "cale", "calee", "fixe", "fixee", "programme",
                        "programmee", "planifie", "planifiee"})


# « fait » a present tense (« il fait combien », « le SIAO fait quoi ») unless after these.
_DOES = frozenset({"fait", "faits"})
_BEFORE_DONE = frozenset({"c", "est", "ete", "sont", "a", "deja", "bien", "tout"})
# Entities and words that put a day on the question (« c'est lundi ? »).
_WHEN = frozenset({"day", "date", "weekday", "month", "period", "time"})
_DAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "demain", "aujourd", "hier"})


def _how_far(u: Understanding, asking: Sequence[Word]) -> bool:
    """« la convention c'est fait ? », « ça avance le questionnaire ? », « le questionnaire c'est bouclé ? »: whether
    work is done or getting on, which a task says and a deadline (a date) does not; not « c'est pour quand ? », nor
    « c'est prévu ? » (a date set)."""
    folded = {w.folded for w in u.words}
    if "quand" in folded or folded & (_SCHEDULED | _DAYS) or any(e.kind in _WHEN for e in u.entities):
        return False  # « les enquêtes c'est lundi ? »: a day asked
    # « fait » as done after « c'est », « est », « a été » (« le local il fait combien de m² ? » is no work done).
    done = [w for i, w in enumerate(asking) if w.folded in task_words()["done"] and (
        w.folded not in _DOES or i and asking[i - 1].folded in _BEFORE_DONE)]
    # (Not any participle: « le budget est passé finalement ? » asks whether it was voted, which a decision says.)
    return bool(done) or bool(folded & _ADVANCE)


def _group_limit(u: Understanding) -> bool:
    """« on a jusqu'à quand pour … ? », « jusqu'à quand avons-nous pour … ? »: the time the group has, which its
    deadline says, whatever member's task on the same thing is due earlier."""
    folded = [w.folded for w in u.words]
    return "jusqu" in folded and bool({"on", "nous", "avons"} & set(folded)) and "qui" not in folded


def who_asked(u: Understanding) -> bool:
    """« qui … ? », « c'est qui ? » asks for someone (not « qu'est-ce qui », nor « à qui », a recipient)."""
    return any(w.folded == "qui" and not (i and u.words[i - 1].folded in ("ce", "a")) for i, w in enumerate(u.words))


def _carried_over(found: Sequence[Word], i: int) -> bool:
    """« la voie engins, elle a été reportée sur le plan du site ? » (lead's set 57): « reporter » before « sur » or
    « dans » copies a thing onto a document, which a task does; put off (« reporté à janvier ») it is decided."""
    return found[i].lemma in ("reporter", "report") and i + 1 < len(found) and found[i + 1].folded in ("sur", "dans")


def task_match(ctx: Context, u: Understanding) -> list[int] | None:
    """The numbers of the best tasks when the question's words name a task better than the group's
    deadlines and decisions do. A deadline as close answers itself. On a tie with a decision the
    phrase decides (the record repeating more of the question's word pairs), then what is asked:
    a decision has no due date, is never « faite », and answers « qui ? » only when it names who acts."""
    tasks = holding(u.words, ctx.data.tasks())  # « qui a les clés du gymnase ? » of no task on keys: held_thing.py
    if _has_some(u):
        return None
    if names_tasks(u) and sitting_named(u):
        return None  # « quelles tâches ont été données à la réunion des animateurs du 19 ? »: that sitting's, a listing
    topic = task_topic(u, texts=[t.text for t in tasks])
    nouns = record_nouns(u, [t.text for t in tasks])
    lex = lexicon()
    if not topic and not nouns or not tasks or any(
            (w.lemma in lex.decision_words or w.folded in lex.decision_words) and not _carried_over(u.words, i)
            for i, w in enumerate(u.words)):
        return None  # « qu'a-t-on décidé sur le diagnostic ? » asks the decision

    def shares(texts: Sequence[str]) -> list[float]:
        return _shares(topic, nouns, texts)

    scores = shares([t.text for t in tasks])
    best = max(scores)
    if best < SHARE:
        return None
    hits = [t for s, t in zip(scores, tasks, strict=True) if s == best]
    if all(by_verb_alone(topic, t.text) for t in hits):
        return None  # « qui prépare le dîner ? » of « Préparer le budget 2027 »: only the verb is shared (task_first.py)
    # « quand il gèle, on fait quoi ? »: a « quand » of circumstance asks no task's date (chat.py), and « on (en) fait
    # quoi », « on fait des vêtements » asks what is done with a thing, not whether work is done.
    folded = [w.folded for w in u.words]
    asking = [w for i, w in enumerate(u.words) if not (w.folded == "quand" and circumstance_when(folded)) and not (
        w.folded == "fait" and 0 < i < len(folded) - 1 and folded[i - 1] in ("on", "en") and folded[i + 1] in _WHAT_DONE)]
    status = has(asking, "status") or asks_done(u) or _work_progress(u, len(hits))
    if len(hits) > 3 or not status and max(shares([m.role for m in ctx.data.members() if m.role]), default=0.0) >= best:
        return None  # « qui est l'encadrant technique ? » asks a role, whatever task its words share
    rivals = [d.text for d in ctx.data.deadlines()], [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    me = ctx.sender.member
    own = me is not None and owes(u.words) and all(t.pilot == me.number for t in hits)
    for kind, texts in enumerate(rivals):
        if kind == 0 and own:
            continue  # « je dois présenter le RPQS au conseil pour quand ? »: the asker's own task, no group's deadline
        shares_ = shares(texts)
        rival = max(shares_, default=0.0)
        if kind == 0 and rival > 0 and _group_limit(u):
            return None  # « on a jusqu'à quand pour mettre à jour le guide ? »: the group's limit, a deadline's day
        if rival < best:
            continue
        tied = [text for s, text in zip(shares_, texts, strict=True) if s == rival]
        if kind == 0 and (who_asked(u) or asks_progress(u) or _how_far(u, asking) or passive_done(ctx, u)) and (
                rival == best):
            # « le bilan des permanences, c'est qui ? »: a deadline names no one, nor has it made progress (« où en
            # est le bilan d'activité ? »), nor is it done (« la convention c'est fait ? », « ça avance le
            # questionnaire ? », « le projet de charte est rédigé ? » in the task's own verb: work_done.py); the task's
            # pilot and status answer
            continue
        if kind == 1 and rival == best and passive_settled(ctx, u):
            continue  # « les bennes ont été installées ? »: the act done, which no decision says (work_done.py)
        if kind == 0 or rival > best or _pairs(u, tied) > _pairs(u, [t.text for t in hits]):
            # A deadline as close is the group's own date (« c'est quand le forum ESS ? » and a task
            # « Réserver le stand au forum ESS »): it answers, as it did.
            return None
        if kind == 1 and _own(topic, tied) > _own(topic, [t.text for t in hits]):
            return None  # « qu'est-ce qu'on fait des vêtements ? »: the decision says « vêtements », the task « vesterie »
        if _pairs(u, tied) == _pairs(u, [t.text for t in hits]):
            who = any(w.folded == "qui" for w in u.words) and not names_someone(tied, group_world(ctx))
            # « le camion c'est toujours d'actualité ? »: whether the decided thing stands, not the task on it.
            if not (status or who) or starting(u) or standing_only(u.words) or recurring_when(asking, tied):
                # A decision may answer as well; « ça commence quand ? » asks when the decided thing starts
                # (« … à partir de janvier »), not when the task on it is due.
                return None
            if not who and given_up(u, hits):
                return None  # « la navette, on en est où ? »: the decision says where it stands (given_up.py)
    return [t.number for t in hits]
