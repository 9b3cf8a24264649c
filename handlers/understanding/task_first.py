"""When a task's pilot answers « qui … ? » before a decision.

answers_people.in_charge weighs the open tasks on the question's topic
against the decisions on it. A tie went to the decision (« La Fondation
rédige la note de cadrage » answers « qui rédige la note de cadrage ? »),
to the task when someone must do it or when the decision names nobody;
a decision closer to the topic always won. Two things the question says
were left out:

- its verb: « c'est qui qui relance les SIAE ? » of the task « Relancer
  les SIAE qui n'ont pas répondu » and the decision « Un questionnaire …
  est envoyé aux associations employeuses et aux SIAE »: both hold
  « SIAE », only the task holds « relancer »; the verb says which record
  is asked, so the task wins the tie;
- a decision that names nobody cannot answer « qui »: « qui doit envoyer
  le questionnaire de recrutement ? » of the same decision (closer: it
  holds « recrutement ») and the task « Envoyer le questionnaire aux
  structures » (pilot Morgane Kerhervé): the task whose own verb the
  question uses answers, though it holds fewer of the topic's words.

An open task is no answer when a task already done holds more of the
question's words: the question asks after that one (« qui à envoyer la
liste des élèves de 6e ? », dictated), not the open « liste des enfants ».
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.context import Context
from handlers.task_views import members_by_number, task_line
from handlers.understanding.charge_phrase import closest_tasks
from handlers.understanding.counted import asks_count
from handlers.understanding.held_thing import holding
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.tense import did_once
from handlers.understanding.normalise import Word, words
from handlers.understanding.topics import SHARE, content_stems, topic_scores, topic_stems
from storage.tasks import Task

__all__ = ["asked_verb", "asks_representative", "by_verb_alone", "piloted_tasks", "task_answers_first",
           "task_verb_over_kin"]

# Words between « qui » and its verb (« qui doit envoyer », « qui va relancer », « c'est qui qui relance »).
_BEFORE_VERB = frozenset({"qui", "doit", "doivent", "devra", "va", "vont", "peut", "est", "sont", "s", "se", "en", "l",
                          "la", "le", "les", "c", "ce", "il", "elle"})
_MUST = frozenset({"doit", "doivent", "devra"})
_REPRESENTING = frozenset({"representer", "represente"})
# Verbs that ask for a charge, not an errand (« qui s'occupe des écoles ? », « qui gère le budget ? »).
_CHARGE = frozenset({"occupe", "occupent", "gere", "gerent", "fait", "font", "suit", "suivent", "charge", "represente",
                     "vient", "s", "est", "sont", "a"})


def _verb(u: Understanding) -> list:
    """The question's verb, right after « qui » and the little words between (none when « qui » is missing)."""
    folded = [w.folded for w in u.words]
    if "qui" not in folded:
        return []
    i = folded.index("qui")
    while i < len(folded) and folded[i] in _BEFORE_VERB:
        i += 1
    return [u.words[i]] if i < len(folded) else []


def asked_verb(u: Understanding) -> list:
    """The verb « qui » asks about (« qui organise … ? » -> « organise »), none without « qui »."""
    return _verb(u)


def asks_representative(u: Understanding, tasks: Sequence[str]) -> bool:
    """« qui représente les petites entreprises ? », « c'est qui les représentants des entreprises ? » ask who
    speaks for a body or a public, never who carries a task, unless a task's own words say so (`tasks`)."""
    return any(w.lemma in _REPRESENTING or w.folded.startswith("representant") for w in u.words) and not any(
        "represent" in fold(t) for t in tasks)


def by_verb_alone(topic: Sequence[Word], text: str) -> bool:
    """The task `text` holds the topic only through the verb it opens with, while the topic says more: « qui
    prépare le dîner ? » shares « préparer » with « Préparer le budget 2027 » and nothing of what is prepared. A
    verb is no errand's subject (« prépare », « envoie », « fait » open many tasks); « qui prépare le budget ? »
    and « qui prépare ? » (the verb is all the topic) still find it."""
    opening, _, rest = text.strip().partition(" ")
    if not rest or not topic:
        return False
    # « qui commande les ordis ? » of « Commander les ordinateurs portables »: a word clipped from one of the task's.
    held = [w.folded for w in words(rest, shorthand=False)]
    clipped = any(len(stem := w.folded.rstrip("s")) >= 4 and any(h.startswith(stem) and h != w.folded for h in held)
                  for w in topic)
    return not clipped and topic_scores(topic, [rest])[0] == 0.0 and topic_scores(topic, [opening])[0] < 1.0


def task_answers_first(u: Understanding, scores: Sequence[float], tasks: Sequence[str], decisions: Sequence[str],
                       decided: float, says_who: bool, inferred: bool = False) -> bool:
    """Whether the best open task (its share `scores`, against the best decision's `decided`) answers « qui »;
    with `inferred` (`decided` is a role's, through its title's duties), a tie goes to the task, named for it."""
    if not scores or max(scores) < SHARE:
        return False
    best = [t for s, t in zip(scores, tasks, strict=True) if s == max(scores)]
    verb = _verb(u)
    in_task = bool(verb) and max(topic_scores(verb, best)) >= 1.0
    in_decisions = bool(verb) and bool(decisions) and max(topic_scores(verb, decisions)) >= 1.0
    must = any(w.lemma == "devoir" or w.folded in _MUST for w in u.words) or not says_who or (in_task and not in_decisions)
    if max(scores) < decided:
        return in_task and not says_who  # the decision is closer but names nobody: the task whose verb is asked
    return max(scores) > decided or must or inferred and _worded(u, best)


def _worded(u: Understanding, tasks: Sequence[str]) -> bool:
    """One of `tasks` holds every word of the topic itself, not a kin of it: « Rédiger le dossier de subvention »
    for « le dossier de subvention », not « Préparer la demande de subvention » for « les finances »."""
    wanted = topic_stems(u.topic)
    return any(all(own & held for own, _ in wanted)
               for held in (frozenset(s for _, s in content_stems(words(text, shorthand=False))) for text in tasks))


def piloted_tasks(ctx: Context, u: Understanding, decided: float, says_who: bool = True,
                  inferred: bool = False) -> Outcome | None:
    """« qui pilote la carte des lieux de médiation ? »: the open tasks on the topic, with their
    pilots, when they match it better than any decision (`decided`, the best decision's share;
    `says_who`, whether those decisions name who acts; `inferred`, whether `decided` is a role's share
    reached through the duties of its title only)."""
    tasks = holding(u.words, [t for t in ctx.data.tasks() if t.open])  # « qui a les clés du gymnase ? »: held_thing.py
    if not tasks or asks_representative(u, [t.text for t in tasks]) or asks_count(u.words):
        return None  # (« le PRE suit combien d'enfants ? » counts, no task's pilot answers: counted.py)
    if any(w.folded == "quoi" for w in u.words):
        return None  # « qui fait quoi depuis la plénière ? » asks who does what: every task, not one errand's pilot
    folded = [w.folded for w in u.words]
    if "qui" not in folded and "ki" not in folded and any(
            a == "on" and b in ("doit", "devra", "devait", "devrait") for a, b in zip(folded, folded[1:])):
        return None  # « on doit ouvrir le samedi ? » asks what the group must do, a rule; no errand's pilot (set 55)
    if (done := _done_asked(ctx, u, [t.text for t in tasks], decided)) is not None:
        return done
    scores = topic_scores(u.topic, [t.text for t in tasks])
    # A tie goes to the decision (« La Fondation rédige la note de cadrage »), to the task when someone must do it,
    # the decision names nobody or only the task holds the question's verb (« qui relance les SIAE ? »): task_first.py.
    decisions = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    if not task_answers_first(u, scores, [t.text for t in tasks], decisions, decided, says_who, inferred):
        return None
    best = max(scores)
    if all(by_verb_alone(u.topic, t.text) for s, t in zip(scores, tasks, strict=True) if s == best):
        return None  # « qui prépare le dîner ? » of « Préparer le budget 2027 »: a shared verb is no shared errand
    closed = [t.text for t in ctx.data.tasks() if t.status in ("done", "cancelled")]
    if closed and max(topic_scores(u.topic, closed)) > best:
        # « qui a envoyé la liste des élèves de 6e ? » dictated « qui à envoyer … »: a task already done holds more
        # of the words than any open one (« la liste des enfants suivis »), which would answer another errand; so
        # does one given up: « la visite des Tilleuls c'est qui ? » is not the open task on « … des Tilleuls ».
        return None
    return _pilots(ctx, u, closest_tasks(u, [t for s, t in zip(scores, tasks, strict=True) if s == best]))


def _done_asked(ctx: Context, u: Understanding, open_texts: list[str], decided: float) -> Outcome | None:
    """« qui a envoyé le compte rendu du comité de septembre ? »: asked in the past of a deed, the task already
    done that holds more of the question's words than any open task and any decision is the errand asked; its
    line (« (faite) ») and its pilot answer. A shared verb alone is no shared errand."""
    folded = [w.folded for w in u.words]
    # « qui organisait la visite des bâtiments rénovés ? »: asked in the imperfect, an errand given up (cancelled)
    # is the one asked as well as one done; its line says « (annulée) » (set 43c).
    done = [t for t in ctx.data.tasks() if t.status == "done" or t.status == "cancelled" and _was_doing(folded)]
    if not done or not u.topic:
        return None
    scores = topic_scores(u.topic, [t.text for t in done])
    best = max(scores)
    # « qui s'occupe du planning des binômes de visite ? » (the lead's set 62): asked in the present, a task already
    # done that says every word of the errand, two at least past its opening verb, where no decision holds them all,
    # is the errand asked, done by its pilot (its line says « (faite) »); not the decision sharing some of its words.
    whole = decided < 1.0 and any(_says_errand(u.topic, t.text) for t in done)
    if not (did_once(folded) or _was_doing(folded) or _had_done(folded) or whole):
        return None
    # An open task reaching the words through a family only (« bâtiments » of « l'école ») is no rival of one that
    # says them (« … des bâtiments rénovés »).
    said = max(topic_scores(u.topic, [t.text for t in done], loose=False))
    if best < SHARE or best <= decided or open_texts and max(topic_scores(u.topic, open_texts)) >= best and not (
            said > max(topic_scores(u.topic, open_texts, loose=False))):
        return None
    hits = [t for s, t in zip(scores, done, strict=True) if s == best]
    if all(by_verb_alone(u.topic, t.text) for t in hits):
        return None
    return _pilots(ctx, u, closest_tasks(u, hits))


def _says_errand(topic: Sequence[Word], text: str) -> bool:
    """The task `text` says every word of `topic` as typed, two at least besides its opening verb."""
    opening, _, rest = text.strip().partition(" ")
    return bool(rest) and topic_scores(topic, [text], loose=False)[0] >= 1.0 and sum(
        topic_scores([w], [rest], loose=False)[0] >= 1.0 for w in topic) >= 2


def _had_done(folded: list[str]) -> bool:
    """« qui avait réservé le car pour la visite ? » (set 48a): « qui » then the pluperfect, a deed done as
    « qui a réservé … ? » is (tense.did_once reads the passé composé; the pluperfect only here, where a task done
    answers it: « le monsieur qui avait proposé les permanences » describes a member, who_source.py)."""
    return any(a == "qui" and b in ("avait", "avaient") and len(c) > 2 and c.endswith(("e", "i", "u", "is", "it"))
               for a, b, c in zip(folded, folded[1:], folded[2:]))


def _was_doing(folded: list[str]) -> bool:
    """« qui organisait … ? », « qui devait envoyer … ? »: « qui » then a verb in the imperfect; « la visite des
    Tilleuls, c'était qui ? » (lead's set 83): the errand's holder asked in the imperfect of « c'est qui »."""
    return any(a == "qui" and b.endswith(("ait", "aient")) and len(b) > 5 for a, b in zip(folded, folded[1:])) or any(
        (a, b, c) == ("c", "etait", "qui") for a, b, c in zip(folded, folded[1:], folded[2:]))


def task_verb_over_kin(ctx: Context, u: Understanding, roles: Sequence[str]) -> Outcome | None:
    """« qui relance les écoles ? » of the task « Relancer les écoles pour les fiches d'inscription » and a
    « Responsable des transports scolaires »: the roles found hold the topic by kin only (« scolaires »), an open
    task holds it as said and the question's own verb: the errand is asked, its pilot answers."""
    verb = _verb(u)
    if not verb or verb[0].folded in _CHARGE or not u.topic or asks_representative(u, []):
        return None
    tasks = [t for t in ctx.data.tasks() if t.open]
    if _worded(u, roles):
        # « qui met à jour la liste des logements ? » and a « Conseiller logement … »: a role holds the topic, so only
        # a task opening with the question's verb and holding every word said after it is the errand asked.
        hits = [t for t in tasks if _said_whole(u, verb[0], t.text)]
        return _pilots(ctx, u, hits) if hits else None
    hits = [t for t in tasks if topic_scores(verb, [t.text])[0] >= 1.0 and _worded(u, [t.text])]
    return _pilots(ctx, u, closest_tasks(u, hits)) if hits else None


# Little words a task's wording may leave out (« la liste des logements » of « Mettre à jour la liste … »).
_GLUE = frozenset({"le", "la", "les", "l", "de", "des", "du", "d", "un", "une", "au", "aux", "en", "pour", "sur"})


def _said_whole(u: Understanding, verb: Word, text: str) -> bool:
    """`text` (a task) opens with `verb`'s lemma and holds every other word after it, two at least."""
    held = words(text, shorthand=False)
    if not held or held[0].lemma != verb.lemma:
        return False
    after = [w for w in u.words[u.words.index(verb) + 1:] if w.folded not in _GLUE]
    forms = {w.folded for w in held} | {w.lemma for w in held}
    return len(after) >= 2 and all(w.folded in forms or w.lemma in forms for w in after)


def _pilots(ctx: Context, u: Understanding, hits: list[Task]) -> Outcome:
    """The tasks `hits` with their pilots, the pilots as the answer to « qui »."""
    members = members_by_number(ctx.data)
    pilots = [members[t.pilot].name for t in hits if t.pilot in members]
    lines = [f"Tâches sur « {u.topic_text} » :", *[task_line(t, members, ctx.now.date(), ctx.locale) for t in hits[:10]]]
    return Outcome.sure(u, lines, ", ".join(pilots))
