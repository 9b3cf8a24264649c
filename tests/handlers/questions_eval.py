"""The evaluation of plain-French questions: the scoring of a question
set against what the replies show, on the groups of questions_groups.py
(not the demo group).

Each line of a set (`tests/handlers/data/*.tsv`) is `intent<TAB>key<TAB>message`:
the reply must be a confident answer of that intent (or one answering the
same way) and show `key`; `none` marks a message that is not a question for
the bot and must not get a confident answer. A line `# group: <slug>` names
the group the set is asked in (by default the Hauts-de-Seine network).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from handlers.understanding.addressing import strip_address
from handlers.understanding.answer import respond
from handlers.understanding.pipeline import Understanding, understand
from handlers.understanding.world import World
from tests.handlers.questions_groups import NOW, build_group
from tests.helpers import Chat

__all__ = ["DATA", "NOW", "Score", "ask", "build_group", "evaluate", "group_of", "load_set", "read_as"]

DATA = Path(__file__).parent / "data"

# Intents that answer a question the same way (same lines shown).
SAME_ANSWER = {
    "meeting_which": "meeting_next",
    "agenda_items": "meeting_next",
    "org_members": "org_representative",
    "tasks_mine": "tasks_late",
}

def group_of(name: str) -> str:
    """The group a set is asked in (`# group: <slug>`), else the network."""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# group:"):
            return line.split(":", 1)[1].strip()
    return "reseau92"


def load_set(name: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        intent, key, message = line.split("\t")
        rows.append((intent.strip(), key.strip(), message.strip()))
    return rows


@dataclass
class Score:
    questions: int = 0
    correct: int = 0
    confident_wrong: int = 0
    chatter: int = 0
    chatter_quiet: int = 0
    per_intent: Counter[str] = field(default_factory=Counter)
    per_intent_ok: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def pct_correct(self) -> float:
        return 100.0 * self.correct / max(self.questions, 1)

    @property
    def pct_confident_wrong(self) -> float:
        return 100.0 * self.confident_wrong / max(self.questions, 1)

    @property
    def pct_quiet(self) -> float:
        return 100.0 * self.chatter_quiet / max(self.chatter, 1)


def evaluate(chat: Chat, rows: list[tuple[str, str, str]]) -> Score:
    score = Score()
    group = chat.group
    for expected, key, message in rows:
        msg = chat.message(message, private=True)
        outcome = respond(chat.router.context(msg, group), strip_address(message))
        shown = outcome.reply.plain()
        got = SAME_ANSWER.get(outcome.intent or "", outcome.intent or "")
        if expected == "none":
            score.chatter += 1
            if not outcome.confident:
                score.chatter_quiet += 1
            else:
                score.failures.append(f"[non-question answered as {outcome.intent}] {message}")
            continue
        score.questions += 1
        score.per_intent[expected] += 1
        ok = outcome.confident and got == SAME_ANSWER.get(expected, expected) and key.casefold() in shown.casefold()
        if ok:
            score.correct += 1
            score.per_intent_ok[expected] += 1
        elif outcome.confident:
            score.confident_wrong += 1
            score.failures.append(f"[CONFIDENT WRONG: {outcome.intent}, expected {expected} « {key} »] {message}")
        else:
            score.failures.append(f"[unsure, expected {expected} « {key} »; readings {outcome.understanding.readings if outcome.understanding else []}] {message}")
    return score


def ask(chat: Chat, text: str) -> str:
    """What a member reads when asking `text` in private."""
    return chat.say(text, private=True)


def read_as(chat: Chat, text: str, intent: str) -> Understanding:
    """`text` as understood in `chat`'s group, read as `intent` (to test a rule on a reading)."""
    data = chat.store.group(chat.group.slug)
    u = understand(text, World.build(data.members(), data.meetings(), chat.group.name), NOW)
    u.intent = intent
    return u
