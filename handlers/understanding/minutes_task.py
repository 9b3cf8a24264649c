"""The task of sending the minutes, asked as a question on the minutes:
« le compte rendu sera envoyé quand ? », « le CR a été diffusé ? », « le PV
doit partir quand ? ». The words read as a request for the minutes, but
the verb of work (« envoyer », « diffuser », « rédiger ») together with a
question of time or status asks after someone's task when the group has
one that does that to the minutes: its line, with pilot, date and status.

A request to the bot keeps the minutes: « tu peux m'envoyer le CR ? »,
« envoie-moi le PV » (a pronoun of the asker beside the verb), and
« le compte rendu de jeudi ? » (no verb). Without a verb, « quand » still asks
when the minutes come (« c'est pour quand le PV ? », « le CR arrive quand ? »):
the task that sends them out, else any open task on them; so too when the verb
asked is not the task's (« le CR sera envoyé quand ? » of a task to write it)."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.normalise import words
from handlers.understanding.outcome import Outcome
from handlers.understanding.periods import FOLDED_MONTHS
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_answers import named_tasks
from handlers.understanding.task_words import has

__all__ = ["minutes_task", "names_minutes"]

# What is done to minutes, by the roots of the verb's forms (« envoyé », « envoyer »; « renvoyer » apart):
# sending them out is one act whatever the verb (« diffuser », « transmettre », « faire circuler »).
_ROOTS = {"envoy": "send", "envoi": "send", "diffus": "send", "transm": "send", "circul": "send", "redig": "write",
          "ecri": "write", "finalis": "write", "valid": "approve", "relir": "read", "relu": "read",
          # « le CR de septembre a été publié ? »: put on a website, the minutes go out as when sent (lead's set 52).
          "publi": "send",
          # « c'est moi qui fais le CR ? »: « faire » the minutes is whatever the group's task on them does.
          "fais": "any", "fait": "any", "faire": "any"}
# Words of the minutes in a task's text.
_MINUTES = (("compte", "rendu"), ("proces", "verbal"), ("cr",), ("pv",), ("releve",))
# The asker beside the verb: a request to the bot (« m'envoyer », « envoie-moi », « nous transmettre »).
_ASKER = frozenset({"m", "me", "moi", "nous"})
# A question of time, status or person, not a request.
_ASKING = frozenset({"quand", "qui", "ete", "deja", "encore", "toujours", "prevu", "prevue"})


def names_minutes(text: str) -> bool:
    """`text` names minutes (« compte rendu », « procès-verbal », « CR », « PV », « relevé »)."""
    folded = [w.folded for w in words(text, shorthand=False)]
    return any(tuple(folded[i:i + len(m)]) == m for m in _MINUTES for i in range(len(folded)))


def _root(folded: str) -> str | None:
    return next((act for r, act in _ROOTS.items() if folded.startswith(r) and (act != "any" or folded == r)), None)


def _cleft_asker(u: Understanding, at: int) -> bool:
    """« c'est moi qui fais le CR ? », « c'est nous qui envoyons le PV ? »: the asker put first asks whether
    they are the one to act, no request to the bot."""
    return u.words[at].folded in ("moi", "nous") and at + 1 < len(u.words) and u.words[at + 1].folded == "qui"


# Adverbs between the auxiliary and the participle: « Sandrine a bien envoyé le CR ? », « le PV est déjà parti ? ».
_ADVERBS = frozenset({"bien", "deja"})


def _done(u: Understanding, verb: int) -> bool:
    """« on a envoyé le CR ? », « le PV est diffusé ? », « a bien envoyé »: a yes-or-no question on the act done."""
    before = verb - 1
    while before > 0 and u.words[before].folded in _ADVERBS:
        before -= 1
    return "?" in u.text and before >= 0 and u.words[before].folded in ("a", "ont", "est", "sont", "ete")


def _verb_at(u: Understanding) -> int | None:
    return next((i for i, w in enumerate(u.words) if _root(w.folded) is not None), None)


def _when_out(ctx: Context, u: Understanding) -> Outcome | None:
    """« c'est pour quand le PV ? »: when the minutes come out is the date of the task that sends them.
    Not when a meeting is named by a day or a number (« le PV de la réunion du 12 »): the task may be another
    meeting's. A month named keeps the tasks given at that month's meeting (« le CR de novembre »), a place the tasks
    given at the one meeting held there (« le compte rendu de Kain »)."""
    if u.order is not None or any(u.first(kind) is not None for kind in ("period", "number")):
        return None
    tasks = [t for t in ctx.data.tasks() if t.status != "cancelled" and names_minutes(t.text)]
    held: set[int] | None = None
    if (month := u.first("month")) is not None:
        # « le CR de novembre on l'a quand ? »: the minutes of the month's meeting, the task given at it.
        held = {m.number for m in ctx.data.meetings() if m.start.month == month.extra["month"]}
    elif (place := u.first("place")) is not None:
        # « le compte rendu de Kain il arrive quand ? »: the meeting held there, one only, whose own task on its
        # minutes (typed at that meeting) says when they come.
        held = {m.number for m in place.items if getattr(m, "number", None) is not None and m.start < ctx.now}
        if len(held) != 1:
            return None
    if held is not None:
        tasks = [t for t in tasks if t.meeting_number in held]
    sending = [t for t in tasks if any(_root(w.folded) == "send" for w in words(t.text, shorthand=False))]
    chosen = sending or [t for t in tasks if t.open]
    return named_tasks(ctx, u, [t.number for t in chosen]) if chosen else None


# « où en est le compte rendu ? », « l'avancement du PV »: a question of progress, asked of the work on them.
def _where_is_it(u: Understanding) -> bool:
    folded = [w.folded for w in u.words]
    # « le PV du 19 novembre il en est où ? »: the same, « où » put last as it is said (set 42c).
    return any(folded[i:i + 3] in (["ou", "en", "est"], ["ou", "en", "sont"], ["en", "est", "ou"], ["en", "sont", "ou"])
               or folded[i:i + 3] in _HAVE_IT for i in range(len(folded))) or "avancement" in folded


# « le CR du 12 novembre, on l'a ? », « vous l'avez ? »: whether the minutes exist yet, asked of the work on them
# (set 43c); « tu peux me l'envoyer ? » asks the bot, and keeps the minutes.
_HAVE_IT = (["on", "l", "a"], ["vous", "l", "avez"], ["on", "l", "aura"])


def _how_far(ctx: Context, u: Understanding) -> Outcome | None:
    """« où en est le compte rendu de la plénière du 19 novembre ? »: the open task on the minutes, with its pilot,
    date and status; when a month is named, one whose text names it too (the task may be another meeting's)."""
    months = {w.folded for w in u.words} & set(FOLDED_MONTHS)
    tasks = [t for t in ctx.data.tasks() if t.open and names_minutes(t.text)
             and months <= {w.folded for w in words(t.text, shorthand=False)}]
    return named_tasks(ctx, u, [t.number for t in tasks]) if tasks else None


# « le relevé de décisions du comité de novembre a-t-il été diffusé ? »: the written record of a meeting's decisions,
# read as its decisions, is a record to send out as the minutes are when a verb of work is asked of it.
_DECISIONS_RECORD = frozenset({"releve", "releves"})


def _of_month(ctx: Context, u: Understanding, tasks: list) -> list:
    """The tasks given at the meeting of the month named (« le CR de novembre a été envoyé ? »); all of them when
    no month is named or none was given then."""
    if (month := u.first("month")) is None:
        return tasks
    held = {m.number for m in ctx.data.meetings() if m.start.month == month.extra["month"]}
    return [t for t in tasks if t.meeting_number in held] or tasks


def _month_minutes(u: Understanding, intent: str | None) -> bool:
    """« Le PV de novembre a-tu été envoyé par courriel ? » read as the group's rule on sending minutes (a decision):
    one month's minutes are named, so the act done is asked of that meeting's task, not the rule (set 34c). Without
    a month (« le PV est envoyé dans combien de temps ? ») the rule answers."""
    return intent == "decisions_topic" and u.first("month") is not None and names_minutes(u.text)


# « le compte administratif », « les comptes de gestion »: a body's accounts, which « compte » alone (a cue of the
# minutes) does not make minutes (set 42c, a syndicat's comité syndical).
_ACCOUNTS = frozenset({"administratif", "administratifs", "gestion", "financier", "financiers", "bancaire", "epargne",
                       "resultat", "annuel", "annuels"})


def _accounts(u: Understanding) -> bool:
    """« le compte administratif 2026 sera voté quand ? »: accounts named, no minutes."""
    folded = [w.folded for w in u.words]
    return not names_minutes(u.text) and any(
        a in ("compte", "comptes") and (b in _ACCOUNTS or b == "de" and c in _ACCOUNTS)
        for a, b, c in zip(folded, folded[1:], folded[2:] + [""]))


def minutes_task(ctx: Context, u: Understanding, intent: str | None) -> Outcome | None:
    """The task(s) on the minutes that the question asks after, when it is read as the minutes."""
    if _accounts(u):
        return None
    if intent != "minutes_request" and "minutes_request" not in u.readings and not (
            intent in ("decisions_recent", "decisions_topic") and any(w.folded in _DECISIONS_RECORD for w in u.words)
    ) and not _month_minutes(u, intent):
        return None
    verb = _verb_at(u)
    if verb is None and any(w.folded == "quand" for w in u.words):
        return _when_out(ctx, u)
    if verb is None and _where_is_it(u):
        return _how_far(ctx, u)
    if verb is None or "?" not in u.text and not any(w.folded in _ASKING for w in u.words):
        return None
    near = [i for i in range(max(0, verb - 2), min(len(u.words), verb + 2)) if not _cleft_asker(u, i)]
    if any(u.words[i].folded in _ASKER for i in near) or not (any(w.folded in _ASKING for w in u.words) or has(u.words, "status")
                                                        or _done(u, verb)):
        return None
    root = _root(u.words[verb].folded)
    tasks = [t for t in ctx.data.tasks() if t.status != "cancelled" and names_minutes(t.text)
             and (root == "any" or any(_root(w.folded) == root for w in words(t.text, shorthand=False)))]
    if not tasks and any(w.folded == "quand" for w in u.words):
        # « le CR sera envoyé quand ? » where the group's one task on the minutes is to write them: they go out
        # when written, so that task's date answers, as a question without a verb gets it (_when_out).
        return _when_out(ctx, u)
    if not tasks:
        return None
    return named_tasks(ctx, u, [t.number for t in _of_month(ctx, u, tasks)])
