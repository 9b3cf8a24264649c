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
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding, understand
from handlers.understanding.world import World
from tests.handlers.questions_groups import NOW, build_group
from tests.helpers import Chat

__all__ = ["DATA", "NOW", "Score", "ask", "build_group", "evaluate", "group_of", "load_set", "outcome_of", "read_as", "sure",
           "verdict"]

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


def verdict(chat: Chat, expected: str, key: str, message: str) -> tuple[str, str]:
    """How one row fares: `correct`, `wrong` (confident), `unsure`, and for a
    non-question `quiet` or `answered`; with the intent or readings, for failures."""
    outcome = outcome_of(chat, message)
    got = SAME_ANSWER.get(outcome.intent or "", outcome.intent or "")
    if expected == "none":
        return ("answered", outcome.intent or "") if outcome.confident else ("quiet", "")
    if outcome.confident and got == SAME_ANSWER.get(expected, expected) and key.casefold() in outcome.reply.plain().casefold():
        return "correct", outcome.intent or ""
    if outcome.confident:
        return "wrong", outcome.intent or ""
    return "unsure", str(outcome.understanding.readings if outcome.understanding else [])


def evaluate(chat: Chat, rows: list[tuple[str, str, str]]) -> Score:
    score = Score()
    for expected, key, message in rows:
        result, detail = verdict(chat, expected, key, message)
        if expected == "none":
            score.chatter += 1
            if result == "quiet":
                score.chatter_quiet += 1
            else:
                score.failures.append(f"[non-question answered as {detail}] {message}")
            continue
        score.questions += 1
        score.per_intent[expected] += 1
        if result == "correct":
            score.correct += 1
            score.per_intent_ok[expected] += 1
        elif result == "wrong":
            score.confident_wrong += 1
            score.failures.append(f"[CONFIDENT WRONG: {detail}, expected {expected} « {key} »] {message}")
        else:
            score.failures.append(f"[unsure, expected {expected} « {key} »; readings {detail}] {message}")
    return score


def outcome_of(chat: Chat, text: str) -> Outcome:
    """How `text`, asked in private in `chat`'s group, is answered (intent, confidence, reply)."""
    msg = chat.message(text, private=True)
    return respond(chat.router.context(msg, chat.group), strip_address(text))


def sure(chat: Chat, text: str, intent: str) -> str:
    """The reply to `text`, which must be a confident answer of `intent`."""
    outcome = outcome_of(chat, text)
    assert outcome.confident and outcome.intent == intent, (text, outcome.intent, outcome.reply.plain())
    return outcome.reply.plain()


def ask(chat: Chat, text: str) -> str:
    """What a member reads when asking `text` in private."""
    return chat.say(text, private=True)


def read_as(chat: Chat, text: str, intent: str) -> Understanding:
    """`text` as understood in `chat`'s group, read as `intent` (to test a rule on a reading)."""
    data = chat.store.group(chat.group.slug)
    u = understand(text, World.build(data.members(), data.meetings(), chat.group.name), NOW)
    u.intent = intent
    return u
