"""The authorization matrix: every command of the table × who sends it × where
× how it is spelled, through the real router on a disk store.

What each cell must give follows the README's trust model ("Modèle de
confiance"): a group is read and written from its bound chats; a private
chat opens it only to its coordinators and to members whose card is linked
to their account; chat admin rights (Telegram admins, Matrix power levels)
count only in a chat already bound to the group and only where the group's
config allows them; `/cmd@AutreBot` is another bot's. Whenever a message is
refused, the store's files are byte for byte what they were. The table is
read from `default_commands()`, so a new command is in the matrix at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.commands import default_commands
from handlers.messages import Message
from handlers.registry import Command
from handlers.router import APOLOGY
from storage.store import Store
from tests.handlers.senders import CHATS, KINDS, Kind, protected, seeded
from tests.helpers import BOT_NAME

# Arguments a coordinator's command succeeds with on the seeded group; a
# command not listed here (a new one) runs without arguments.
ARGS = {
    "proposer": "Point sur le budget du forum",
    "seance": "03/12/2026 14h Salle B",
    "seance_deplacer": "1 04/12/2026 15h",
    "seance_annuler": "1 grève des transports",
    "echeance": "30/12/2026 rapport annuel",
    "echeance_annuler": "1",
    "membre": "claire dubois",
    "moi": "Réalise ; bénévole",
    "membre_ajouter": "Inès Favre ; Réalise",
    "membre_retirer": "Marc Dubois",
    "decision": "Le budget du forum est validé",
    "decision_modifier": "1 Le budget du forum est revu",
    "decision_annuler": "1 saisie en double",
    "lier": "rte",
    "groupe": "rte",
    "membre_code": "jamila",
}


SPELLINGS = ("/{n}", "!{n}", "/{n}@" + BOT_NAME, "/{N}", "{alias}", " /{n}@AutreBot", "!{n}@AutreBot")


def spell(command: Command, spelling: str) -> str:
    # The accentless alias when there is one, else the name with an accent: both fold to the name.
    alias = f"/{command.aliases[0]}" if command.aliases else "/" + command.name.replace("e", "é", 1)
    return spelling.format(n=command.name, N=command.name.upper(), alias=alias)


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file() and not p.name.endswith(".lock")}


@pytest.fixture(scope="module")
def table() -> list[Command]:
    return list(default_commands().commands)


def expected(command: Command, kind: Kind, where: str, out: str) -> bool:
    """Whether `out` is what this sender must read there; True if the command was refused."""
    private = where == "private"
    known = where == "bound" or (private and kind.belongs())
    coordinates = known and kind.coordinates(where)
    if command.name == "lier":
        if private:
            assert out == "On lie un salon de groupe, pas une conversation privée."
            return True
        if kind.coordinates(where):  # a configured id binds a new chat; admin rights only a bound one
            assert out.startswith("Ce salon est maintenant lié au groupe « Groupe rte »"), out
            return False
        assert out.startswith("Seul un coordinateur"), out
        return True
    if command.name == "groupe":
        if not private:
            assert out.startswith("/groupe sert dans une conversation privée"), out
        elif known:
            assert out == "C'est noté : vous parlez maintenant au groupe « Groupe rte ».", out
            return False
        else:
            assert out.startswith("Vous ne faites pas partie du groupe « rte »"), out
        return True
    if command.needs_group and not known:
        start = "Je ne sais pas de quel groupe" if private else "Ce salon n'est lié à aucun groupe de travail."
        assert out.startswith(start), out
        return True
    if command.coordinator and not coordinates:
        assert out == (f"Désolé, /{command.name} est réservé aux coordinateurs du groupe.\n"
                       "Rien n'a été modifié. Demandez à un coordinateur, ou tapez /aide pour vos commandes."), out
        return True
    assert out.strip() and not out.startswith(f"Désolé, /{command.name} est réservé"), out
    if command.name == "aide":
        assert ("Réservées aux coordinateurs" in out) == coordinates, out
    if command.name == "groupes" and not known:
        assert "rte" not in out, out  # a stranger learns no group's name
    return False


@pytest.mark.parametrize("where", ["bound", "unbound", "private"])
@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
@pytest.mark.parametrize("index", range(len(default_commands().commands)),
                         ids=[c.name for c in default_commands().commands])
def test_authorization(tmp_path: Path, table: list[Command], index: int, kind: Kind, where: str) -> None:
    command = table[index]
    chat = seeded(Store.open(tmp_path / "data"), kind, tmp_path / "data")
    chat_id = CHATS[kind.platform][where]
    directory = chat.store_dir
    assert directory is not None
    args = ARGS.get(command.name, "") if command.usage else ""
    try:
        for spelling in SPELLINGS:
            text = f"{spell(command, spelling)} {args}".rstrip()
            sender = kind.sender or chat_id
            message = Message(kind.platform, chat_id, sender, f"Personne {kind.name}", text,
                              chat.clock.now(), private=where == "private", addressed=False,
                              sender_is_admin=kind.admin)
            before, guarded = snapshot(directory), protected(chat.store, kind.platform, sender)
            reply = chat.router.handle(message)
            if "AutreBot" in spelling:
                # Another bot's command: silence in a shared chat, a word in private; never run.
                if where == "private":
                    assert reply is not None and reply.plain().startswith("Cette commande s'adresse à un autre bot")
                else:
                    assert reply is None
                assert snapshot(directory) == before, text
                continue
            assert reply is not None, text
            out = reply.plain()
            assert APOLOGY not in out, text
            if expected(command, kind, where, out):
                assert snapshot(directory) == before, f"refused {text!r} changed the store"
            elif not kind.coordinates(where):
                assert protected(chat.store, kind.platform, sender) == guarded, f"{text!r} by {kind.name} changed coordinator data"
    finally:
        chat.store.close()
