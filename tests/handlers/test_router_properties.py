"""Properties of the router, on random conversations (Hypothesis).

Random text, commands of the table spelled every way with random arguments,
and French-looking questions, sent by every kind of sender from every kind
of chat, through the real router: it never raises, never gives the internal
apology, answers every private message with non-empty text, tells an
outsider nothing of the group, and a sender who does not coordinate the
group never changes what only coordinators may.
The example count is bounded so the file runs in a few seconds; set
GREFFIER_FUZZ_EXAMPLES for a longer, freshly random run.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.commands import default_commands
from handlers.messages import Message
from handlers.router import APOLOGY
from storage.store import Store
from tests.handlers.senders import CHATS, KINDS, protected, seeded
from tests.helpers import BOT_NAME

NAMES = [name for command in default_commands().commands for name in (command.name, *command.aliases)]
WORDS = ["1", "2", "n°1", "#1", "03/12/2026", "14h", "demain", "jeudi prochain 9h", "dubois", "claire", "rte",
         "Réalise", ";", "code", "ABC234", "@AutreBot", "contact@example.org", "<b>x</b>", "①", "9999", "-1",
         "\x00", "\u202e", "🙂", "   "]
# What the seeded group holds, that no outsider may read.
SECRETS = ("Claire Dubois", "Jamila Hammoudi", "Noé Perrin", "Ville de Meyrin", "Salle A", "Une première décision",
           "budget du forum", "Groupe rte")

arguments = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=20)), max_size=5).map(" ".join)
commands = st.builds(
    lambda prefix, name, case, suffix, args, lead: f"{lead}{prefix}{case(name)}{suffix} {args}",
    st.sampled_from(["/", "!"]),
    st.sampled_from(NAMES),
    st.sampled_from([str, str.upper, str.title]),
    st.sampled_from(["", f"@{BOT_NAME}", "@AutreBot", "@"]),
    arguments,
    st.sampled_from(["", " ", "  "]),
)
questions = st.builds(
    lambda start, rest: f"{start} {rest}",
    st.sampled_from(["qui est", "qui représente", "c'est quand la prochaine séance", "décisions sur", "agenda",
                     "bonjour", "ordre du jour"]),
    arguments,
)
texts = st.one_of(commands, questions, st.text(max_size=200))
messages = st.lists(
    st.tuples(st.sampled_from(range(len(KINDS))), st.sampled_from(["bound", "unbound", "private"]), texts,
              st.booleans()),
    min_size=1, max_size=6,
)


# CI runs the same 120 examples every time (a few seconds, never flaky);
# GREFFIER_FUZZ_EXAMPLES=5000 explores anew, e.g. before a release.
EXAMPLES = int(os.environ.get("GREFFIER_FUZZ_EXAMPLES", "120"))


@settings(max_examples=EXAMPLES, deadline=None, derandomize="GREFFIER_FUZZ_EXAMPLES" not in os.environ,
          database=None, suppress_health_check=[HealthCheck.too_slow])
@given(config_kind=st.sampled_from(range(len(KINDS))), conversation=messages)
def test_random_conversations_through_the_router(config_kind: int, conversation: list[tuple[int, str, str, bool]]) -> None:
    # The group's config (admins on or off, power levels) is that of one sender kind.
    chat = seeded(Store.memory(), KINDS[config_kind])
    config = dict(KINDS[config_kind].config)
    for kind_index, where, text, addressed in conversation:
        kind = KINDS[kind_index]
        chat_id = CHATS[kind.platform][where]
        sender = kind.sender or chat_id
        message = Message(kind.platform, chat_id, sender, "Personne Test", text, chat.clock.now(),
                          private=where == "private", addressed=addressed, sender_is_admin=kind.admin)
        allowed = config.get("admins_are_coordinators") or (
            kind.platform == "matrix" and "coordinator_power_level" in config)
        reads = where == "bound" or (where == "private" and kind.belongs())
        coordinates = kind.name == "coordinator" or (kind.admin and bool(allowed) and where == "bound")
        before = protected(chat.store, kind.platform, sender)
        reply = chat.router.handle(message)
        if reply is None:
            assert where != "private", f"silence in private to {text!r}"
        else:
            out = reply.plain()
            assert out.strip(), f"empty reply to {text!r}"
            assert APOLOGY not in out, f"apology for {text!r}"
            assert "Traceback" not in out
            if not reads:  # an outsider learns nothing of the group
                assert not any(secret in out for secret in SECRETS), f"{text!r} by {kind.name} in {where}: {out}"
        if not coordinates:
            assert protected(chat.store, kind.platform, sender) == before, f"{text!r} by {kind.name} in {where}"
