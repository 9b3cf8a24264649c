"""Questions on the group's tasks that the intent examples alone misread.

The examples tell a task question from others by its words; three things
they cannot see are settled here, after the first reading, from the
message and the store:

- who « je » is: « j'ai des trucs à rendre cette semaine ? » asks for the
  asker's own tasks (the member their account is linked to), not for the
  group's deadlines, which « qu'est-ce qu'on doit rendre ? » asks for;
  a period or « avant la prochaine réunion » keeps those due by then;
- which tasks a listing wants: done (« les tâches terminées »), without a
  date, still open (« il reste quoi à faire ? »), or late;
- one task named in other words (« ça a été fait l'envoi du courrier ? »,
  « c'est pour quand le diagnostic ? », « qui s'occupe de la fiche de
  poste ? »): its own line, with its pilot, due date and status, done and
  cancelled tasks included, when the task's words fit the question better
  than any deadline or decision does.

The words are data (lexicon.toml, [task_questions])."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache

from handlers.context import Context
from handlers.messages import Reply
from handlers.understanding.framing import polite
from handlers.understanding.normalise import HERE, Word, fold, lexicon, stem, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_answers import named_tasks, own_tasks, scoped_tasks, someone_tasks
from handlers.understanding.topics import SHARE, content_words, grounded, record_pairs, topic_scores, topic_stems
from handlers.understanding.who_named import names_someone
from handlers.understanding.world_cache import group_world

__all__ = ["asks_own_work", "listing_scope", "names_tasks", "task_followup", "task_topic"]

# Readings a question on the asker's own work is mistaken for.
_OWN_MISREAD = frozenset({"dates_period", "meeting_next", "meeting_which", "meeting_last", "agenda_items",
                          "tasks_late", "decisions_recent", "meetings_upcoming"})
# Confident readings a question on one task's status may be mistaken for: the records they answer from
# are compared with the tasks (a decision has no due date and is never « faite »).
_TOPIC_MISREAD = frozenset({"decisions_topic", "dates_period", "agenda_items", "decisions_recent"})
_TASK_INTENTS = frozenset({"tasks_late", "tasks_mine"})
# Readings a question on done tasks may be mistaken for (a meeting « se fait » somewhere).
_DONE_MISREAD = frozenset({"decisions_recent", "dates_period"})
_ARTICLES = frozenset({"l", "la", "le", "les", "un", "une", "des", "du", "de", "d", "ma", "mon", "mes", "sa", "son", "ses"})
# « est signée ? », « c'est acheté ? », « ont été transmis ? »: a participle after « être », asked.
_COPULA = frozenset({"est", "sont", "ete", "etait", "etaient", "c"})
_PARTICIPLE = re.compile(r"(?:e|ee|es|ees|i|ie|is|ies|it|ite|its|ites|u|ue|us|ues)$")
# The first words of a request made of a noun phrase (« liste des retards », « les actions toujours ouvertes »).
_BARE = frozenset({"liste", "les", "mes", "tout", "toutes", "tous"})
# The words normalisation drops as filler, read in the text.
_PLEASE = re.compile(r"\b(?:svp|stp|s'il (?:te|vous) pla[iî]t)\b", re.IGNORECASE)


@cache
def _words() -> dict[str, frozenset[str]]:
    with (HERE / "lexicon.toml").open("rb") as handle:
        table = tomllib.load(handle).get("task_questions", {})
    return {key: frozenset(values) for key, values in table.items()}


def _has(found: Sequence[Word], key: str) -> bool:
    wanted = _words()[key]
    # As typed too: chat shorthand reads « délais » as « échéance ».
    return any(w.folded in wanted or w.lemma in wanted or fold(w.typed) in wanted for w in found)


def _asked(u: Understanding) -> bool:
    lex = lexicon()
    # « svp », « stp » make a request of a bare noun phrase (« le suivi des actions svp »).
    return "?" in u.text or any(w.folded in lex.question_words for w in u.words) or bool(polite(u.words)) or bool(
        _PLEASE.search(u.text))


def names_tasks(u: Understanding) -> bool:
    """The question speaks of tasks: a task noun (« actions », « tâches »), a verb of work after « à »
    or « devoir » (« des trucs à rendre », « je dois envoyer », « il reste quoi à faire »), a word that
    gives a task (« confié », « pilote de quoi »), or « en cours » beside a vague noun (« des choses
    en cours »). « on se fait un resto ? », « on fait une cagnotte ? » do not."""
    found = u.words
    if _has(found, "task_nouns") or _has(found, "given"):
        return True
    work = _words()["work"]
    after = any(a.folded == "a" and (b.folded in work or b.lemma in work) for a, b in zip(found, found[1:]))
    must = any(w.lemma in ("devoir", "falloir") or w.folded in ("dois", "doit", "jdois", "faut") for w in found) and _has(
        found, "work")
    current = _has(found, "vague") and any(a.folded == "en" and b.folded == "cours" for a, b in zip(found, found[1:]))
    on_what = any(a.folded == "sur" and b.folded == "quoi" for a, b in zip(found, found[1:]))  # « Soizic est sur quoi ? »
    return after or must or current or on_what


def asks_own_work(u: Understanding) -> bool:
    """« j'ai des trucs à rendre cette semaine ? », « il me reste quoi à faire ? »:
    the asker (outside polite framing: « pouvez-vous me donner … ») is the one to act,
    and no deadline or date is named (« mes échéances » may be the group's)."""
    framed = polite(u.words) | u.framing
    own = [i for i, w in enumerate(u.words) if i not in framed and w.folded in _words()["own"]]
    possessive = any(i not in framed and w.folded in ("mes", "ma", "mon", "perso") for i, w in enumerate(u.words))
    if not own or u.first("person") is not None or u.first("org") is not None or _has(u.words, "dated") and not possessive:
        return False  # (« mes échéances », « une échéance perso » are the asker's)
    return names_tasks(u) or possessive and _has(u.words, "dated")


def listing_scope(u: Understanding) -> str | None:
    """Which tasks a listing asks for: "done", "undated", "open" or None (as read)."""
    found = u.words
    negated = _has(found, "negation")
    if _has(found, "late"):
        return None
    undated = _words()["undated"]
    if any(a.folded in ("sans", "de", "d") and b.folded in undated for a, b in zip(found, found[1:])) and (
            negated or any(w.folded == "sans" for w in found)):
        return "undated"  # « sans date », « pas de date », « n'ont pas d'échéance »
    if _has(found, "done") and not negated and not _has(found, "ought"):
        return "done"  # (« qu'est-ce qui devait être fait ? » asks what was due, done or not)
    if _has(found, "open") or _has(found, "done") and negated and _has(found, "still"):
        return "open"
    return None


def task_topic(u: Understanding, listing: bool = False) -> list[Word]:
    """The words of the question that may name a task: what it is about, not what it asks
    (for a listing, « la liste des tâches » names none either)."""
    # A person's name, a period's or month's words (« d'ici la fin de l'année ») name no task.
    named = {i for e in u.entities if e.kind in ("person", "period", "month") for i in range(e.start, e.end)}
    # « pourriez-vous me lister … » frames the question; « l'affiche » after an article is a noun all the same.
    named |= {i for i in u.framing | polite(u.words) if not (i and u.words[i - 1].folded in _ARTICLES)}
    skip = _words()["status"] | _words()["topicless"] | _words()["work_nouns"]
    if listing:
        skip |= _words()["listing"] | _words()["negation"] | _words()["still"] | _words()["late"] | _words()["done"] | _words()[
            "open"] | _words()["task_nouns"] | _words()["vague"]
    content = content_words(u.words)
    return [w for i, w in enumerate(u.words) if i not in named and w.folded not in skip and w.lemma not in skip
            and w in content]


def _record_nouns(u: Understanding, texts: Sequence[str]) -> list[Word]:
    """Nouns after an article that the lexicon counts as stop words (« l'affiche », « la réunion »)
    but that the group's own tasks use: there they name the task."""
    used = {stem(w.lemma) for text in texts for w in words(text, shorthand=False)}
    lex = lexicon()
    return [w for prev, w in zip(u.words, u.words[1:]) if prev.folded in _ARTICLES and w.folded in lex.stopwords
            and len(w.folded) >= 4 and w.folded not in lex.question_words and stem(w.lemma) in used]


def _shares(topic: list[Word], nouns: list[Word], texts: Sequence[str]) -> list[float]:
    """topic_scores of `topic` on `texts`, with the `nouns` of _record_nouns counted as found where a text has them."""
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


def _task_match(ctx: Context, u: Understanding) -> list[int] | None:
    """The numbers of the best tasks when the question's words name a task better than the group's
    deadlines and decisions do. A deadline as close answers itself. On a tie with a decision the
    phrase decides (the record repeating more of the question's word pairs), then what is asked:
    a decision has no due date, is never « faite », and answers « qui ? » only when it names who acts."""
    tasks = ctx.data.tasks()
    topic = task_topic(u)
    nouns = _record_nouns(u, [t.text for t in tasks])
    lex = lexicon()
    if not topic and not nouns or not tasks or any(
            w.lemma in lex.decision_words or w.folded in lex.decision_words for w in u.words):
        return None  # « qu'a-t-on décidé sur le diagnostic ? » asks the decision

    def shares(texts: Sequence[str]) -> list[float]:
        return _shares(topic, nouns, texts)

    scores = shares([t.text for t in tasks])
    best = max(scores)
    if best < SHARE:
        return None
    hits = [t for s, t in zip(scores, tasks, strict=True) if s == best]
    status = _has(u.words, "status") or _asks_done(u)
    if len(hits) > 3 or not status and max(shares([m.role for m in ctx.data.members() if m.role]), default=0.0) >= best:
        return None  # « qui est l'encadrant technique ? » asks a role, whatever task its words share
    rivals = [d.text for d in ctx.data.deadlines()], [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    for kind, texts in enumerate(rivals):
        shares_ = shares(texts)
        rival = max(shares_, default=0.0)
        if rival < best:
            continue
        tied = [text for s, text in zip(shares_, texts, strict=True) if s == rival]
        if kind == 0 or rival > best or _pairs(u, tied) > _pairs(u, [t.text for t in hits]):
            # A deadline as close is the group's own date (« c'est quand le forum ESS ? » and a task
            # « Réserver le stand au forum ESS »): it answers, as it did.
            return None
        if _pairs(u, tied) == _pairs(u, [t.text for t in hits]):
            who = any(w.folded == "qui" for w in u.words) and not names_someone(tied, group_world(ctx))
            if not (status or who):
                return None  # a decision may answer as well
    return [t.number for t in hits]


def _asks_done(u: Understanding) -> bool:
    """A yes-or-no question on a participle after « être » (« la convention est signée ? »)."""
    found = u.words
    return "?" in u.text and any(a.folded in _COPULA and len(b.folded) > 3 and _PARTICIPLE.search(b.folded) is not None
                                 and b.folded not in lexicon().stopwords for a, b in zip(found, found[1:]))


def _asks_task(u: Understanding) -> bool:
    """« qui … ? », « c'est pour quand … ? », « c'est fait ? », « où en est … ? »: what one asks of a task."""
    folded = [w.folded for w in u.words]
    where_at = any(a == "ou" and b == "en" or a == "en" and b in ("est", "sont", "etes") for a, b in zip(folded, folded[1:]))
    return where_at or "qui" in folded or _has(u.words, "status") or _asks_done(u)


def _own_framed_only(u: Understanding) -> bool:
    """« Pouvez-vous me donner la liste des actions … ? »: the first person is only the polite frame's."""
    framed = polite(u.words) | u.framing
    mine = [i for i, w in enumerate(u.words) if w.folded in _words()["own"]]
    return bool(mine) and all(i in framed for i in mine)


def _listing(ctx: Context, u: Understanding, outcome: Outcome) -> Outcome | None:
    """A listing of the group's tasks, of the kind the words ask for, when the reading
    was a task listing or unsure between readings of which one is tasks and the question names tasks."""
    if u.first("person") is not None or u.first("org") is not None or u.first("role") is not None or asks_own_work(u):
        return None  # someone's tasks, or the asker's
    scope = listing_scope(u)
    named = names_tasks(u)
    readings = set(u.readings) | ({outcome.intent} if outcome.intent else set())
    if task_topic(u, listing=True) or not readings & _TASK_INTENTS and not named:
        return None
    if outcome.confident and outcome.intent == "tasks_mine" and _own_framed_only(u):
        scope = "late" if _has(u.words, "late") else scope or "open"
    if outcome.confident and scope is None:
        return None
    if not outcome.confident and not (named or _has(u.words, "late")) and u.first("period") is None:
        return None
    if scope is None:
        scope = "late" if _has(u.words, "late") else "open"
    return scoped_tasks(ctx, u, scope)


def task_followup(ctx: Context, outcome: Outcome) -> Outcome:
    """`outcome`, or the task answer the question asks for when the first reading missed it."""
    u = outcome.understanding
    if u is None or outcome.intent in ("chitchat", "help"):
        return outcome
    if outcome.intent in _TASK_INTENTS and not _asked(u) and _has(u.words, "done") and not _has(u.words, "negation") and any(
            w.folded in _words()["own"] for w in u.words):
        # « tâche terminée de mon côté »: news of one's own work, no request; say how to record it.
        return Outcome(Reply.of("Bien noté. Pour marquer une tâche faite : /tache_faite <n°> (voyez /taches moi)."),
                       "chitchat", False, "", u)
    if outcome.intent in _TASK_INTENTS or not outcome.confident and set(u.readings) & _TASK_INTENTS and (
            _asked(u) or u.words and u.words[0].folded in _BARE):
        # Read as tasks already (a statement never is): which ones (« liste des retards »).
        if (listed := _listing(ctx, u, outcome)) is not None:
            return listed
    if not _asked(u):
        return outcome
    if asks_own_work(u) and (outcome.intent in _OWN_MISREAD or not outcome.confident):
        return own_tasks(ctx, u)
    if outcome.intent == "tasks_mine" and asks_own_work(u) and (
            u.first("period") or _has(u.words, "next") or u.first("role")):
        # « … avant la prochaine réunion ? »: due by then; « les actions dont je suis responsable »: mine.
        return own_tasks(ctx, u)
    scope = listing_scope(u)
    # « qu'est-ce qui a été fait ? » (« été » before it), not « on fait la réunion où ? », « la séance s'est faite en visio ? ».
    done_asked = scope == "done" and outcome.intent in _DONE_MISREAD and (names_tasks(u) or any(
        a.folded == "ete" and b.folded in _words()["done"] for a, b in zip(u.words, u.words[1:])))
    if outcome.intent in _OWN_MISREAD and (scope == "open" and names_tasks(u) or done_asked) and not _has(
            u.words, "dated") and not task_topic(u, listing=True):
        # « il reste quoi à faire ? », « qu'est-ce qui a été fait ? »: the group's tasks, not its dates or decisions.
        return scoped_tasks(ctx, u, scope)
    person = u.first("person")
    if person is not None and len(person.items) == 1 and (not outcome.confident or outcome.intent == "who_is") and (
            names_tasks(u) or not outcome.confident and _has(u.words, "vague")):
        return someone_tasks(ctx, u, person.items[0].name)  # « Sandrine a des choses en cours ? »
    status = _has(u.words, "status") or _asks_done(u)
    if (not outcome.confident and _asks_task(u)) or outcome.intent in _TOPIC_MISREAD and status:
        match = _task_match(ctx, u)
        if match is not None:
            return named_tasks(ctx, u, match)
    if not outcome.confident and (listed := _listing(ctx, u, outcome)) is not None:
        return listed
    return outcome
