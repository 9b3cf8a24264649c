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
from collections.abc import Sequence

from handlers.context import Context
from handlers.messages import Reply
from handlers.understanding.delays import asks_delay
from handlers.understanding.fact_asked import asks_validity
from handlers.understanding.body_kinds import other_body
from handlers.understanding.chat import asks_time, cleft_news
from handlers.understanding.namesakes import other_person
from handlers.understanding.answers_records import tasks
from handlers.understanding.outcome import Outcome
from handlers.understanding.topics import content_words, topic_scores
from handlers.understanding.acronym_keys import acronym_keys
from handlers.understanding.normalise import fold, stem, words
from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from handlers.understanding.pilot_status import pilot_errand
from handlers.understanding.one_task_of import single_task_of
from handlers.understanding.dated_decision import object_unsaid
from handlers.understanding.title_tasks import holder_shown_tasks, title_holder_tasks
from handlers.understanding.task_first import asks_representative
from handlers.understanding.agenda_topic import AGENDA_NOUNS, agenda_texts, point_over_task
from handlers.understanding.body_task import BODY_READINGS, beyond_body, shares_beyond_names
from handlers.understanding.after_own_task import after_own_task
from handlers.understanding.gathering_asked import asks_gathering
from handlers.understanding.received_task import had_task, received_task
from handlers.understanding.task_period import tasks_in_period
from handlers.understanding.task_answers import held_asked, named_tasks, own_tasks, scoped_tasks, someone_tasks
from handlers.understanding.task_match import task_match, task_topic
from handlers.understanding.task_scope import asks_own
from handlers.understanding.task_topic_listing import pilot_task, topic_tasks
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.meeting_outcome import asks_outcome
from handlers.understanding.minutes_task import minutes_task
from handlers.understanding.task_words import (asked, asks_done, asks_own_work, asks_progress, asks_task, done_by, first_person_did, has, requested_of_asker,
                                               listing_scope, names_tasks, own_framed_only, task_words, up_to_date)
from handlers.understanding.who_source import asks_receiver, sends_people
from handlers.understanding.world_cache import group_world

__all__ = ["task_followup"]

_PRESENCE_INTENTS = ("attendance_meeting", "rsvp_upcoming")
# Words saying who came or was there (« qui est venu à la formation du 6 ? »), which no task's errand asks.
_CAME = frozenset({"venu", "venue", "venus", "venues", "present", "presente", "presents", "presentes", "absent",
                   "absente", "absents", "absentes", "excuse", "excusee", "excuses", "excusees"})
# Readings a question on the asker's own work is mistaken for.
_OWN_MISREAD = frozenset({"dates_period", "meeting_next", "meeting_which", "meeting_last", "agenda_items",
                          "tasks_late", "decisions_recent", "meetings_upcoming"})
# Confident readings a question on one task's status may be mistaken for: the records they answer from
# are compared with the tasks (a decision has no due date and is never « faite »).
_TOPIC_MISREAD = frozenset({"decisions_topic", "dates_period", "agenda_items", "decisions_recent"})
_TASK_INTENTS = frozenset({"tasks_late", "tasks_mine"})
# Readings of a meeting, which a place and a month designate.
_MEETING_READINGS = frozenset({"meeting_next", "meeting_which", "meeting_last"})
_PEOPLE_MISREAD = frozenset({"role_holder", "in_charge"})
# Readings a question on done tasks may be mistaken for (a meeting « se fait » somewhere).
_DONE_MISREAD = frozenset({"decisions_recent", "dates_period"})
# The first words of a request made of a noun phrase (« liste des retards », « les actions toujours ouvertes »); a
# task noun in the plural opening it is one too (« tâches annulées », typed as into a search box, set 45b; « tâche 3
# faite » is news of one).
_BARE = frozenset({"liste", "la", "les", "mes", "tout", "toutes", "tous"})


def _plural_task_noun(word: str) -> bool:
    return word.endswith("s") and word in task_words()["task_nouns"]


# Records a question unsure between readings names, which are no tasks (a period alone let tasks answer).
_OTHER_RECORDS = frozenset({"reunion", "reunions", "seance", "seances", "reu", "reus", "echeance", "echeances",
                            "deadline", "deadlines", "date", "dates", "calendrier", "agenda",
                            # « la liste des sujets de jeudi »: a sitting's agenda, no task (set 38a)
                            "sujet", "sujets", "odj", "programme"})


def _from_where(u: Understanding) -> bool:
    """« on était partis d'où pour la marche ? »: a place of departure asked, which no task says."""
    folded = [w.folded for w in u.words]
    return any(a == "d" and b == "ou" for a, b in zip(folded, folded[1:]))


def _how_much(u: Understanding) -> bool:
    """« ça fait combien par mois ? », « ça fait combien de places ? »: an amount asked, no task done; so is a
    measure (« les panneaux, ça fait quelle puissance ? », « ça fait quelle surface ? »)."""
    folded = [w.folded for w in u.words]
    return any(a in ("fait", "font", "faisait", "fera", "feront") and b in _MEASURED for a, b in zip(folded, folded[1:]))


def _with_whom(u: Understanding) -> bool:
    """« le sentier on le fait avec qui ? »: the partner asked, which a decision says (« … créé avec le
    Département »), not whether the work is done nor the task's pilot (the lead's set 70)."""
    folded = [w.folded for w in u.words]
    return any(a == "avec" and b == "qui" for a, b in zip(folded, folded[1:]))


# « combien », « quelle (puissance) »: after « ça fait », what a thing measures.
_MEASURED = frozenset({"combien", "quel", "quelle", "quels", "quelles"})


def _amount_asked(u: Understanding, texts: Sequence[str]) -> bool:
    """« la tontine elle prête combien au collectif ? »: how much or how many is asked, which no task's line says
    when no task holds a figure (« Faire le virement du prêt de la tontine … » is the transfer, not its sum; the
    decision « La tontine … prête 2 000 euros … » says it, set 37b)."""
    return any(w.folded == "combien" for w in u.words) and not any(re.search(r"\d", text) for text in texts)


def _listing(ctx: Context, u: Understanding, outcome: Outcome) -> Outcome | None:
    """A listing of the group's tasks, of the kind the words ask for, when the reading
    was a task listing or unsure between readings of which one is tasks and the question names tasks."""
    if u.first("person") is not None or u.first("org") is not None or u.first("role") is not None or asks_own_work(u):
        return None  # someone's tasks, or the asker's
    if outcome.confident and outcome.intent == "tasks_mine" and asks_own(u.words) and not own_framed_only(u):
        return None  # « qu'est-ce que je n'ai pas encore fait ? » (undone.py): the asker's own, not the group's
    scope = listing_scope(u)
    named = names_tasks(u)
    readings = set(u.readings) | ({outcome.intent} if outcome.intent else set())
    if task_topic(u, listing=True) or not readings & _TASK_INTENTS and not named:
        return None
    if outcome.confident and outcome.intent == "tasks_mine" and own_framed_only(u):
        scope = "late" if has(u.words, "late") else scope or "open"
    # « y a des actions qui traînent ? » read as someone's tasks (tasks_mine) with nobody named: the group's late ones,
    # as « y a des tâches qui traînent ? » (the lead's set 79).
    if outcome.confident and outcome.intent == "tasks_mine" and named and has(u.words, "late") and not asks_own(u.words):
        scope = "late"
    if outcome.confident and scope is None and held_asked(ctx, u) is None and u.first("period") is None:
        return None  # (« les tâches de la réunion d'octobre ? »: that meeting's, below)
    # « les trucs annulés ? »: what was dropped, read among the readings of tasks, is the tasks cancelled (set 34a).
    if not outcome.confident and not (named or has(u.words, "late") or scope == "cancelled") and u.first("period") is None:
        return None
    if not outcome.confident and not named and any(w.lemma in _OTHER_RECORDS or w.folded in _OTHER_RECORDS for w in u.words):
        return None  # « on a quoi comme réu jusqu'en mars », « quelles échéances … »: other records, unsure stays unsure
    if scope is None:
        # « tout le monde est à jour dans ses tâches ? »: whether any is late, the late ones (task_words.up_to_date).
        scope = "late" if has(u.words, "late") or up_to_date(u.words) else "open"
    return scoped_tasks(ctx, u, scope)


# « dépassé », « en retard »: what is overdue, whatever the noun (« ya quoi qui a dépassé la date ? »), unlike « tard »,
# « temps » of the [task_questions] late list, which a meeting's hour shares (« ça finit tard ? »).
_OVERDUE = frozenset({"depasse", "depassee", "depasses", "depassees", "retard", "retards"})
_NOT_TASKS = frozenset({"reunion", "reunions", "seance", "seances", "reu", "reus", "decision", "decisions"})


def _overdue_asked(u: Understanding) -> bool:
    """A question (« quoi », « qu'est-ce qui ») on what is overdue, naming no one and no meeting or decision."""
    if any(u.first(kind) is not None for kind in ("person", "org", "role", "place", "number")) or u.topic:
        return False
    folded = set(w.folded for w in u.words)
    asks_what = "quoi" in folded or {"qu", "ce", "qui"} <= folded
    return asks_what and bool(folded & _OVERDUE) and not folded & _NOT_TASKS


def _role_in_tasks(ctx: Context, u: Understanding, numbers: Sequence[int]) -> bool:
    """No title named, or one the tasks `numbers` say themselves: « qui n'a pas diffusé le questionnaire aux
    médecins ? » of « Diffuser le questionnaire aux médecins généralistes » (the physicians are whom it is sent to),
    not « qui est le référent du devis ? » (a title, whose holder is asked)."""
    role = u.first("role")
    if role is None:
        return True
    texts = [t.text for t in ctx.data.tasks() if t.number in numbers]
    return all(topic_scores(u.words[role.start:role.end], [text])[0] >= 1.0 for text in texts)


def _sitting_dated(u: Understanding) -> bool:
    """« l'atelier de Lucé c'était pas en octobre ? »: read first as a meeting, by its place and its month; the
    town that a task also names (« … points noirs de Lucé ») asks for no task (set 30c); « qui » asks a pilot
    (« le relevé du copil de novembre c'est qui qui l'envoie ? »)."""
    return bool(u.readings) and u.readings[0] in _MEETING_READINGS and any(e.kind == "place" for e in u.entities) and any(
        e.kind in ("month", "period") for e in u.entities) and not any(w.folded == "qui" for w in u.words)


def _sitting_of_month(u: Understanding) -> bool:
    """« quand est prévu le comité de suivi de mars ? »: a sitting named by its heading and its month, and nothing
    else; « prévu » and « quand » ask that sitting's date, not the status of the task whose words share the heading's
    (« Envoyer le compte rendu du comité de suivi de septembre », set 40b)."""
    return not u.topic and any(e.kind == "place" for e in u.entities) and any(
        e.kind == "month" for e in u.entities) and not any(w.folded == "qui" for w in u.words)


# The nouns of a sitting (« au prochain comité », « à la prochaine plénière »).
_SITTING_NOUNS = nouns("plain", "formations", "sitting_bodies")


def _agenda_named(u: Understanding) -> bool:
    """« … à l'ordre du jour ? », « … à l'odj ? », « … au programme ? »: the question names a sitting's agenda."""
    folded = [w.folded for w in u.words]
    return any(w in AGENDA_NOUNS or folded[i:i + 3] == ["ordre", "du", "jour"] for i, w in enumerate(folded))


def _coming_sitting(u: Understanding) -> bool:
    """« on fait le point sur la liste d'attente au prochain comité ? »: the coming sitting named (« prochain » and a
    sitting's noun or name): what it will treat is asked, its agenda, whatever task shares the point's words
    (« faire le point » reads as a status asked; the lead's set 67)."""
    places = {i for e in u.entities if e.kind == "place" for i in range(e.start, e.end)}
    return any(w.folded in ("prochain", "prochaine") and any(
        v.folded in _SITTING_NOUNS or j in places for j, v in enumerate(u.words[i + 1:i + 3], i + 1))
        for i, w in enumerate(u.words))


def _sitting_where(u: Understanding) -> bool:
    """« la rencontre avec les profs c'était où déjà ? »: a sitting named by its heading (« Rencontre avec les équipes
    enseignantes »), asked where, among the meeting readings: no task whose words the question shares (« … visite du
    théâtre pour les enseignants », where « profs » reads as the teacher's title) says where a sitting was (set 39c)."""
    return any(r in _MEETING_READINGS for r in u.readings) and any(e.kind == "place" for e in u.entities) and any(
        w.raw.casefold() == "où" for w in u.words) and not any(w.folded == "qui" for w in u.words)


def _own_match(ctx: Context, u: Understanding, person: Entity) -> list[int]:
    """The numbers of the tasks the question's words name (task_match) whose pilot is the one member named; [] when
    several members or no topic."""
    if len(person.items) != 1 or not u.topic or (match := task_match(ctx, u)) is None:
        return []
    return [t.number for t in ctx.data.tasks() if t.number in match and t.pilot == person.items[0].number]


def _of_body(u: Understanding, body: Entity) -> bool:
    """The body is named after « de » (« l'étude du SDED », « l'offre de la Banque … »): the thing is its own."""
    j = body.start - 1
    while j >= 0 and u.words[j].folded in ("la", "le", "l", "les"):
        j -= 1
    return j >= 0 and u.words[j].folded in ("de", "du", "des", "d")


def _dated_itself(u: Understanding, outcome: Outcome) -> bool:
    """A confident date answer whose reply writes every word of the topic: the thing asked is dated as named."""
    return outcome.confident and outcome.intent == "dates_period" and bool(u.topic) and (
        topic_scores(u.topic, [outcome.reply.plain()], loose=False)[0] >= 0.999)


def _initials_unmatched(u: Understanding, matched: list[str]) -> bool:
    """« qui pilote le PEDT ? »: initials the asker typed (the thing asked) that no matched task writes, whole
    or spelled out (« les allocataires des QPV » of « … des quartiers prioritaires »: acronym_keys.py); the task
    found by another word (« … du comité de pilotage … ») is no answer on it (set 44b)."""
    written = {w for t in matched for w in re.findall(r"\w+", fold(t))}  # « l'EMS de Bercher » writes « ems »
    stems = [frozenset(stem(w.lemma) for w in words(t, shorthand=False)) for t in matched]
    spelled = {k for s in stems for k in acronym_keys(s)}
    unmatched = [w for w in u.topic if len(w.raw) >= 2 and w.raw.isupper() and w.folded not in written
                 and stem(w.folded) not in spelled]
    # « l'initiation LSF pour les agents d'accueil c qui »: the task holds the rest of the topic (« initiation »,
    # « accueil »), the initials are only not spelled the same way: it stays the answer.
    rest = [w for w in u.topic if w not in unmatched]
    return bool(unmatched) and not any(stem(w.lemma) in s for w in rest for s in stems)


def _topic_in(u: Understanding, texts: Sequence[str]) -> bool:
    """Some content word of the question is in the tasks `texts`: « le groupe de travail harcèlement c'est quand ? »
    shares only the sitting's noun with « Envoyer le compte rendu du groupe de travail … » (set 47b), no topic."""
    said = content_words(u.words)
    return not said or not texts or max(topic_scores(said, texts)) > 0


# A due date asked: what a task is given, not a thing's state.
_DUE = frozenset({"doit", "doivent", "devait", "devaient", "devra", "devront", "faut", "fallait", "faudra"})


def _decided_beside(ctx: Context, u: Understanding, matched: Sequence[str]) -> bool:
    """« les sacs de sable, on les enlève quand ? » (a task « Remplacer les sacs de sable abîmés … », a decision « Les
    sacs de sable restent en place … jusqu'à la fin des travaux »), « la tourbière est fermée aux bêtes l'été ? » (a
    task « Commander la clôture … de la tourbière », a decision « La tourbière … est mise en défens chaque été … »):
    an unsure question that says none of the tasks' own verbs, whose words a decision in force holds as well as the
    task: the work is not what is asked, and the question stays unsure (sets 41c, lead53)."""
    folded = [w.folded for w in u.words]
    # Work asked of (« c'est fait ? », « ça en est où ? », « qui … ? ») is the task's, whatever its verb, and so is a due
    # date (« c'est pour quand ? », « … doit arriver quand ? »): only a bare « quand » (and « l'été », the summer, no
    # « a été ») may ask of a thing's state here.
    if not u.topic or "qui" in folded or asks_progress(u) or any(w in _DUE for w in folded) or any(
            w in task_words()["status"] and not (w == "quand" and folded[i - 1:i] != ["pour"])
            and not (w == "ete" and folded[i - 1:i] == ["l"]) for i, w in enumerate(folded)):
        return False
    # The task's own verb said, conjugated or as a participle (« commandés » of « Commander … »): the task is asked.
    verbs = [fold(text.split()[0]).lower() for text in matched if text.split()]
    lemmas = {w.lemma for w in u.words} | set(folded)
    if any(verb in lemmas or len(verb) >= 6 and any(w.startswith(verb[:-2]) for w in folded) for verb in verbs):
        return False
    decisions = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    if not decisions:
        return False
    return max(topic_scores(u.topic, decisions, loose=False)) >= max(topic_scores(u.topic, list(matched), loose=False))


def task_followup(ctx: Context, outcome: Outcome) -> Outcome:
    """`outcome`, or the task answer the question asks for when the first reading missed it."""
    u = outcome.understanding
    if u is None or outcome.intent in ("chitchat", "help", *_PRESENCE_INTENTS) or cleft_news(u.text, u.words, u.entities):
        # Read as who came or comes (answered, or the meeting not found): « y avait qui au Merlan le 15 ? »
        # shares a task's words (« théâtres ») but asks no task; « c'est Lucie qui anime la formation
        # samedi » says who does it (chat.py).
        return outcome
    if not outcome.confident and u.readings[:1] and u.readings[0] in _PRESENCE_INTENTS and u.first(
            "period") is not None and any(w.folded in _CAME for w in u.words):
        # « qui est venu à la formation du 6 octobre ? »: who came to the sitting of a day, in doubt; not the task
        # whose words (« formation ») the sitting's name shares.
        return outcome
    if after_own_task(ctx, u):
        return own_tasks(ctx, u)  # « j'ai encore quoi après l'annuaire ? »: the rest of the asker's list (after_own_task.py)
    if not outcome.confident and (awaited := received_task(ctx, u)) is not None:
        return named_tasks(ctx, u, awaited)  # « on a reçu le devis du bus ? »: the task asking for it (received_task.py)
    if (not outcome.confident or outcome.intent in ("decisions_topic", "dates_period")) and (
            had := had_task(ctx, u)) is not None:
        return named_tasks(ctx, u, had)  # « on a le budget prévisionnel ? »: the task getting it (received_task.py)
    if asks_validity(u.words) and outcome.intent not in _TASK_INTENTS:
        return outcome  # « les places d'hiver sont valables jusqu'à quand ? »: a rule's term, no task's (fact_asked.py)
    if outcome.confident and outcome.intent == "decisions_recent" and asks_outcome(u.words):
        return outcome  # « le groupe déplacements, il en est sorti quoi ? »: a sitting's outcome (meeting_outcome.py), no task's progress
    if outcome.confident and outcome.intent == "decisions_topic" and asks_delay(u):
        return outcome  # « le PV doit être envoyé dans quel délai ? »: the rule found (delays.py), not this month's PV
    if u.order is not None and outcome.intent not in _TASK_INTENTS and not names_tasks(u):
        # « la dernière séance c'était à la chambre d'agri ? »: a meeting named by its order, not a task whose
        # words (« la liste … à la Chambre ») the question happens to share.
        return outcome
    if tasks_in_period(u, outcome.intent, outcome.confident) and not any(
            u.first(kind) is not None for kind in ("person", "org", "role")) and not asks_own_work(u):
        # « les tâches à rendre avant Noël ? »: the group's tasks due by then, not its calendar (task_period.py)
        return scoped_tasks(ctx, u, listing_scope(u) or ("late" if has(u.words, "late") else "open"))
    if (topical := topic_tasks(ctx, u, outcome.intent, outcome.confident)
            or minutes_task(ctx, u, outcome.intent)) is not None:
        return topical  # « qu'est-ce qui reste à faire pour le forum ? », « le CR sera envoyé quand ? »
    world = group_world(ctx)
    if other_person(u, world) is not None or other_body(u, world) is not None:
        return outcome  # « les tâches de Laurent Carrasco ? » when only Vincent Carrasco is ours: said so, as it was
    if outcome.intent in _TASK_INTENTS and not asked(u) and has(u.words, "done") and not has(u.words, "negation") and any(
            w.folded in task_words()["own"] for w in u.words):
        # « tâche terminée de mon côté »: news of one's own work, no request; say how to record it.
        return Outcome(Reply.of("Bien noté. Pour marquer une tâche faite : /tache_faite <n°> (voyez /taches moi)."),
                       "chitchat", False, "", u)
    if outcome.intent in _TASK_INTENTS and any(w.folded == "qui" for w in u.words) and u.topic and not any(
            u.first(kind) is not None for kind in ("person", "org")) and (match := task_match(ctx, u)) is not None and (
            _role_in_tasks(ctx, u, match)):
        # « c'est qui qui a la tâche du devis ? »: one task named by its words, whose pilot is asked, not every task.
        return named_tasks(ctx, u, match)
    if not outcome.confident and _overdue_asked(u):
        return scoped_tasks(ctx, u, "late")  # « ya quoi qui a dépassé la date ? »: what is late
    if outcome.intent in _TASK_INTENTS or not outcome.confident and set(u.readings) & _TASK_INTENTS and (
            asked(u) or u.words and (u.words[0].folded in _BARE or _plural_task_noun(u.words[0].folded))):
        # Read as tasks already (a statement never is): which ones (« liste des retards »).
        if (listed := _listing(ctx, u, outcome)) is not None:
            return listed
    if one := single_task_of(ctx, u, outcome.confident and outcome.intent in _TASK_INTENTS):
        return named_tasks(ctx, u, one)  # « la tâche de Karim c'est fait ? »: his one task's line (one_task_of.py)
    if not asked(u) or asks_receiver(u.words) or sends_people(u.words):
        # « le questionnaire est envoyé à qui ? » asks to whom, which no task says (who_source.py); « un jeune qui
        # cherche du boulot, je l'oriente vers qui ? » asks whom to send him to, not the asker's own work.
        return outcome
    me = ctx.sender.member
    if me is not None and first_person_did(u) and (errand := pilot_errand(ctx, u, me.number)):
        # « est-ce qu'on a bien transmis nos stats de fréquentation ? » when the asker's one task says so: its line and
        # its status, not the decision that sets the rule (pilot_status.py).
        return named_tasks(ctx, u, errand)
    if me is not None and asks_own_work(u) and (
            mine := pilot_task(ctx, u, outcome.intent, outcome.confident, me.number)):
        # « le dossier du budget participatif, je dois le rendre quand ? »: one of the asker's tasks asked when, as
        # « c'est pour quand le rapport de Mme Thevenet ? » asks one of hers: its line, not the asker's whole list.
        return named_tasks(ctx, u, mine)
    if asks_own_work(u) and (outcome.intent in _OWN_MISREAD or not outcome.confident or requested_of_asker(u.words)):
        return own_tasks(ctx, u)  # « on m'a demandé quoi pour les jeunes ? »: the asker's tasks, not a decision
    if outcome.intent == "tasks_mine" and asks_own_work(u) and (
            u.first("period") or has(u.words, "next") or u.first("role")):
        # « … avant la prochaine réunion ? »: due by then; « les actions dont je suis responsable »: mine.
        return own_tasks(ctx, u)
    scope = listing_scope(u)
    # « qu'est-ce qui a été fait ? » (« été » before it), not « on fait la réunion où ? », « la séance s'est faite en visio ? ».
    done_asked = scope == "done" and outcome.intent in _DONE_MISREAD and (names_tasks(u) or any(
        a.folded == "ete" and b.folded in task_words()["done"] for a, b in zip(u.words, u.words[1:])))
    if outcome.intent in _OWN_MISREAD and (scope == "open" and names_tasks(u) or done_asked) and not has(
            u.words, "dated") and not task_topic(u, listing=True):
        # « il reste quoi à faire ? », « qu'est-ce qui a été fait ? »: the group's tasks, not its dates or decisions.
        return scoped_tasks(ctx, u, scope)
    person = u.first("person")
    if person is not None and len(person.items) == 1 and (
            mine := pilot_task(ctx, u, outcome.intent, outcome.confident, person.items[0].number)):
        return named_tasks(ctx, u, mine)  # « c'est pour quand le rapport de Mme Thevenet ? »: task_topic_listing.py
    # « l'offre de prêt de la Banque des Territoires arrive quand ? »: a body with one member in the group names her as
    # the task's pilot does (set 43c) — the body's own work (« de la », « du »), not what is sent to it (« le dossier
    # pour la CAF, c'est pour quand ? » is the deadline for filing it there: set 33a).
    # A date already found for the thing itself is kept: « le forum de l'hôpital c'est quand ? » has its deadline
    # « Forum des métiers de la santé au Centre hospitalier », not the hospital member's errand for the forum.
    body = u.first("org") if person is None and not _dated_itself(u, outcome) else None
    if body is not None and _of_body(u, body) and len(body.items) == 1 and hasattr(body.items[0], "number") and (
            theirs := pilot_task(ctx, u, outcome.intent, outcome.confident, body.items[0].number, list(u.topic))):
        return named_tasks(ctx, u, theirs)
    if (outcome.intent == "tasks_mine" or not outcome.confident and done_by(u)) and person is not None and (
            own := _own_match(ctx, u, person)):
        # « est-ce que Karim a envoyé les chiffres ? »: one task of that member, named by its words: its own line.
        # « Fatou a rendu son bilan ? » when two tasks hold « bilan »: the one that is hers.
        return named_tasks(ctx, u, own)
    if (outcome.intent == "tasks_mine" or not outcome.confident) and person is not None and len(person.items) == 1 and (
            errand := pilot_errand(ctx, u, person.items[0].number)):
        # « Émilie a mis à jour l'annuaire ? » of her task « Mettre à jour l'annuaire … », « ma collègue Léa a envoyé
        # le devis ? » of « Demander le devis … »: that member's tasks, the one asked after among them with its
        # status, as the sets of rounds 11 and 12 read « Erwan a envoyé ses chiffres ? » (pilot_status.py).
        # A task done or dropped is in no list of open tasks: its own line says so (« faite », « annulée »).
        closed = [t for t in ctx.data.tasks() if t.number in errand and not t.open]
        return named_tasks(ctx, u, errand) if closed else someone_tasks(ctx, u, person.items[0].name)
    if (titled := title_holder_tasks(ctx, u, outcome.confident) or holder_shown_tasks(ctx, outcome)) is not None:
        return titled  # « le principal a quoi à rendre ? »: the one holder's tasks (title_tasks.py)
    body = u.first("org")
    as_body = outcome.confident and outcome.intent in BODY_READINGS  # (body_task.py)
    if (not outcome.confident or as_body) and done_by(u) and person is None and (
            body is not None) and (u.topic or as_body) and (
            match := task_match(ctx, u)) is not None and all(
            t.pilot in {m.number for m in body.items} for t in ctx.data.tasks() if t.number in match) and (
            not as_body or beyond_body(u, [t.text for t in ctx.data.tasks() if t.number in match])):
        # « le CD a transmis les chiffres RSA ? »: one task whose pilot is of the body named, by its words.
        return named_tasks(ctx, u, match)
    if person is not None and not outcome.confident and u.words[person.end:person.end + 1] and (
            u.words[person.end].folded == "qui") and (own := _own_match(ctx, u, person)):
        # « c'est bien Thierry qui instruit les demandes … ? »: whose the task is, checked: its own line, not all of
        # that member's (lead's set 53).
        return named_tasks(ctx, u, own)
    if person is not None and len(person.items) == 1 and (not outcome.confident or outcome.intent == "who_is") and (
            names_tasks(u) or not outcome.confident and has(u.words, "vague")):
        return someone_tasks(ctx, u, person.items[0].name)  # « Sandrine a des choses en cours ? »
    # « la Passerelle a des choses à rendre ? » read as the group's dates: the body's members hold open tasks.
    pilots = {t.pilot for t in ctx.data.tasks() if t.open}
    dated_misread = (outcome.intent == "dates_period" or not outcome.confident and "dates_period" in u.readings) and (
        body is not None and any(m.number in pilots for m in body.items))
    # (« la responsable de l'ASE pour le Drouais c'est qui ? »: « responsable » is a title named, no task given)
    titles = frozenset(i for e in u.entities if e.kind == "role" for i in range(e.start, e.end))
    if person is None and body is not None and (not outcome.confident and "tasks_mine" in u.readings or dated_misread) and (
            names_tasks(u, titles) or has(u.words, "vague")) and not has(u.words, "standing"):
        # « la Ligue de l'enseignement a des choses à faire ? »: a body asked as a member is, its members' tasks
        # (« la Ligue a des représentants ? » names no task and stays the body's people; « les tâches annulées de
        # la Mission locale ? » asks a status their open tasks do not show).
        u.intent = "tasks_mine"
        return tasks(ctx, u)
    # « on en est où de la convention ? » asks how far the work has got, as « ça avance ? » does.
    status = (has(u.words, "status") or asks_done(u) or asks_progress(u)) and not _how_much(u) and not _with_whom(u)
    # « l'info aux travailleurs sociaux a été faite ? » names a role but asks no one (no « qui »): a task's status.
    # « les coordonnées des correspondants MSA, c'est fait ? » names a body but asks no one either.
    texts = [t.text for t in ctx.data.tasks()]
    nobody_asked = (outcome.intent in _PEOPLE_MISREAD or as_body and beyond_body(u, texts)) and not any(
        w.folded == "qui" for w in u.words)
    if outcome.confident and outcome.intent == "agenda_items" and point_over_task(
            u.topic, agenda_texts(ctx.data.meetings()), texts):
        return outcome  # the agenda point asked when, by its full words (agenda_topic.py)
    if outcome.confident and outcome.intent == "agenda_items" and _agenda_named(u):
        # « le prêt de tablettes est à l'ordre du jour mardi ? »: the agenda named asks whether it holds the point, not
        # how far the task sharing its words (« Rédiger la charte de prêt des tablettes ») has got.
        return outcome
    if outcome.confident and outcome.intent == "agenda_items" and _coming_sitting(u):
        return outcome  # « on fait le point sur … au prochain comité ? »: the coming agenda, no task's status asked
    if outcome.confident and outcome.intent in _MEETING_READINGS | {"agenda_items"} and _sitting_of_month(u):
        return outcome  # « quand est prévu le comité de suivi de mars ? »: that sitting, no task on another one's minutes
    # « on se voit quand pour l'insertion ? » asks a sitting, no task sharing its purpose (gathering_asked.py).
    if ((not outcome.confident and asks_task(u, texts) and not _how_much(u) and not _sitting_dated(u)
         and not _sitting_where(u) and not asks_gathering(u.words)
         and not _from_where(u))
            or (outcome.intent in _TOPIC_MISREAD or nobody_asked) and status) and (not asks_representative(u, texts)):
        match = task_match(ctx, u)
        # « la matinale des commerçants c'est quand ? », asked when, unsure between the sittings: not the one task whose object
        # is unsaid (« Animer l'atelier … à la matinale des commerces »), a sitting of the same name is asked.
        # « la pharmacie de Saint-Jory a été réapprovisionnée ? »: the tasks sharing only the town's name (« Recenser
        # les foyers de Saint-Jory-de-Lomagne … ») are no answer on the pharmacy (the lead's set 63).
        matched = [t.text for t in ctx.data.tasks() if match is not None and t.number in match]
        if match is not None and shares_beyond_names(u, matched) and _topic_in(u, matched) and not _amount_asked(
                u, matched) and not (
                _initials_unmatched(u, matched)) and not (
                asks_time(u.words) and any(r.startswith("meeting") for r in u.readings) and len(match) == 1 and any(
                object_unsaid(u.words, t.text) for t in ctx.data.tasks() if t.number in match)):
            if outcome.confident or not _decided_beside(ctx, u, matched):
                return named_tasks(ctx, u, match)
    if not outcome.confident and (listed := _listing(ctx, u, outcome)) is not None:
        return listed
    return outcome
