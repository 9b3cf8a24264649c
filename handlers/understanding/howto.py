"""Questions on how to do something the bot does: « comment je propose un
point ? », « on fait comment pour décaler une réunion ? », « quelle commande
pour noter une décision ? ». The answer is the command's own help (what to
type, with examples), or, when the command is the coordinators', who may
use it: a member who asks how to record a decision learns that it is not
theirs to record, instead of getting the decision log.

Read only when the message asks how (« comment », « quelle commande », « la
marche à suivre ») and one of an action's verbs comes before one of its
objects (howto.toml): « comment on choisit le jury ? » names no action of
the bot and stays a question on the decisions.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from handlers.commands.help import command_help
from handlers.context import Context
from handlers.messages import Reply
from handlers.understanding.normalise import Word, words
from handlers.understanding.outcome import Outcome

__all__ = ["how_to", "howto_command"]

HERE = Path(__file__).parent

# « comment », or a command asked for by name: « quelle commande pour … », « la commande pour … ».
# (« je fais comment », « comment faire » hold « comment ».)
_ASKING_HOW = ("comment", "quelle commande", "la commande pour", "une commande pour", "marche a suivre", "procedure pour")
# « comment on a noté la décision ? » asks how it was worded: a verb after these is done, not to do.
_DONE = frozenset({"a", "ont", "avait", "avaient", "avons", "avez", "ete", "etait", "sont", "est"})
# -er verbs: the endings a question gives them (« ajoute », « ajoutez », « ajouter », « ajouté »).
_ER_ENDINGS = ("er", "e", "es", "ent", "ez", "ons", "ee", "ees", "ai")


@dataclass(frozen=True)
class _Action:
    command: str
    verbs: frozenset[str]  # every form, folded
    objects: tuple[tuple[str, ...], ...]  # folded word sequences
    strong: bool
    alone: frozenset[str]  # forms of verbs that name the action without an object (« comment je m'excuse ? »)


def _forms(verb: str, irregular: dict[str, list[str]]) -> set[str]:
    if verb in irregular:
        return set(irregular[verb])
    if verb.endswith("er"):
        return {verb[:-2] + ending for ending in _ER_ENDINGS}
    return {verb}


@cache
def _actions() -> tuple[_Action, ...]:
    with (HERE / "howto.toml").open("rb") as handle:
        data = tomllib.load(handle)
    irregular: dict[str, list[str]] = data.get("irregular", {})
    actions = []
    for entry in data["action"]:
        verbs: set[str] = set(entry.get("forms", ()))
        for verb in entry["verbs"]:
            verbs |= _forms(verb, irregular)
        objects = tuple(tuple(phrase.split()) for phrase in entry["objects"])
        alone: set[str] = set()
        for verb in entry.get("alone", ()):
            alone |= _forms(verb, irregular)
        actions.append(_Action(entry["command"], frozenset(verbs | alone), objects, bool(entry.get("strong", False)),
                               frozenset(alone)))
    return tuple(actions)


def _first_object_after(action: _Action, folded: list[str], start: int) -> int | None:
    """Where the nearest of the action's objects begins after position `start`."""
    best: int | None = None
    for phrase in action.objects:
        n = len(phrase)
        for i in range(start + 1, len(folded) - n + 1):
            if tuple(folded[i:i + n]) == phrase:
                best = i if best is None else min(best, i)
                break
    return best


def _asks_how_it_was(folded: list[str]) -> bool:
    """« on m'a notée comment ? », « ça s'est fini comment ? »: a « comment » put after a done verb (an auxiliary
    then its participle) asks how a thing was recorded or went, not how to do it; the command's verb later in the
    line (« …, présente ou excusée ? ») is then a state, not an action (set lead76)."""
    for i, word in enumerate(folded):
        if word == "comment" and i >= 2 and folded[i - 2] in _DONE and folded[i - 1] not in _DONE:
            return True
    return False


def howto_command(found: list[Word]) -> str | None:
    """The command a how-to question asks about, or None when it asks no such thing."""
    folded = [w.folded for w in found]
    joined = " " + " ".join(folded) + " "
    if not any(f" {cue} " in joined for cue in _ASKING_HOW) or _asks_how_it_was(folded):
        return None
    best: tuple[bool, int, int, str] | None = None  # (not strong, distance, order, command): the smallest wins
    for order, action in enumerate(_actions()):
        for i, word in enumerate(folded):
            if word not in action.verbs or (i and folded[i - 1] in _DONE):
                continue
            at = i if word in action.alone else _first_object_after(action, folded, i)
            if at is not None:
                rank = (not action.strong, at - i, order, action.command)
                best = rank if best is None or rank < best else best
    return best[3] if best else None


def how_to(ctx: Context, text: str) -> Outcome | None:
    """The help of the command a how-to question asks about, as its answer."""
    # as typed: chat shorthand drops words a command names (« les rappels »)
    name = howto_command(words(text, shorthand=False))
    command = ctx.commands.find(name) if name else None
    if command is None:
        return None
    if command.coordinator and not ctx.sender.is_coordinator:
        reply = Reply.of(f"La commande /{command.name} ({command.summary}) est réservée aux coordinateurs du groupe.",
                         "Vous pouvez proposer un point pour la prochaine séance avec /proposer <point>, "
                         "ou tapez /aide pour vos commandes.")
    else:
        usage, _summary, *examples = command_help(ctx, command)
        reply = Reply.of(f"Avec la commande /{command.name} — {command.summary} :", usage, *examples)
    return Outcome(reply, "help", True, f"/{command.name}", None)
