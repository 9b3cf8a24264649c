"""Who may read and who may steer a group: admin rights only in the group's
own chats, private chats only for the group's people, /moi never taking
someone else's card, and commands addressed to another bot left alone."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest

from handlers.messages import Message
from storage.store import Store
from tests.helpers import COORDINATOR, MEMBER, Chat, at, group_config, make_chat, seed_people

STRANGER = "stranger-9"
OUTSIDER_CHAT = "-100777"  # a Telegram group the outsider created and administers
# What someone of no group hears from /lier in a chat of no group, whatever the slug.
GENERIC_REFUSAL = "Seul un coordinateur du groupe « rte » peut lier ce salon. Rien n'a été modifié."


def _lenient(store: Store) -> Chat:
    return make_chat(store, at("2026-11-23 10:00"), group_config("rte", admins_are_coordinators=True))


def _anonymous(chat: Chat, text: str, chat_id: str) -> Message:
    """A Telegram anonymous admin: posts as the chat itself, and Telegram vouches it is an admin."""
    return replace(chat.message(text, sender=chat_id, name="Mon groupe", chat=chat_id), sender_is_admin=True)


def _answer(chat: Chat, message: Message) -> str:
    reply = chat.router.handle(message)
    assert reply is not None
    return reply.plain()


# -- admin rights count only in chats bound to the group --------------------

def test_an_outsiders_own_chat_cannot_bind_itself_as_anonymous_admin(disk_store: Store) -> None:
    chat = _lenient(disk_store)
    out = _answer(chat, _anonymous(chat, "/lier rte", OUTSIDER_CHAT))
    assert out == GENERIC_REFUSAL
    assert chat.store.bound_group("telegram", OUTSIDER_CHAT) is None
    refused = _answer(chat, _anonymous(chat, "/decision Le groupe est dissous", OUTSIDER_CHAT))
    assert refused.startswith("Ce salon n'est lié à aucun groupe de travail.")
    assert chat.store.group("rte").decisions() == []


def test_a_chat_admin_elsewhere_cannot_bind_a_new_chat(disk_store: Store) -> None:
    chat = _lenient(disk_store)
    # A member of the group (so told which group it is) who administers another chat.
    chat.store.group("rte").add_member("Inès Favre", "Réalise", "", {"telegram": "admin-5"})
    admin = replace(chat.message("/lier rte", sender="admin-5", chat=OUTSIDER_CHAT), sender_is_admin=True)
    assert _answer(chat, admin).startswith("Seul un coordinateur de « Groupe rte » peut lier un nouveau salon")
    assert chat.store.bound_group("telegram", OUTSIDER_CHAT) is None
    # The configured coordinator can.
    assert chat.say("/lier rte", chat=OUTSIDER_CHAT).startswith("Ce salon est maintenant lié au groupe « Groupe rte »")


def test_anonymous_admin_of_a_bound_chat_still_coordinates(disk_store: Store) -> None:
    chat = _lenient(disk_store)
    assert _answer(chat, _anonymous(chat, "/decision Budget validé", "chat-1")).startswith("Décision n°1")


def test_matrix_power_level_counts_only_in_a_bound_room(disk_store: Store) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"), group_config("rte", coordinator_power_level=50))
    high = replace(chat.message("/lier rte", sender="@ann:example.org", platform="matrix", chat="!new:example.org"),
                   sender_is_admin=True)
    assert _answer(chat, high) == GENERIC_REFUSAL
    assert chat.store.bound_group("matrix", "!new:example.org") is None


# -- private chats: only the group's own people ------------------------------

def test_lier_tells_a_stranger_nothing_of_which_groups_exist(disk_store: Store) -> None:
    chat = _lenient(disk_store)
    known = chat.say("/lier rte", sender=STRANGER, chat=OUTSIDER_CHAT)
    unknown = chat.say("/lier inconnu", sender=STRANGER, chat=OUTSIDER_CHAT)
    assert known == GENERIC_REFUSAL and unknown == GENERIC_REFUSAL.replace("rte", "inconnu")
    assert chat.store.bound_group("telegram", OUTSIDER_CHAT) is None


def test_a_stranger_cannot_choose_a_group_in_private(disk_store: Store) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"))
    seed_people(chat)
    out = chat.say("/groupe rte", sender=STRANGER, chat="dm-9", private=True)
    assert out.startswith("Vous ne faites pas partie du groupe « rte »")
    assert "coordinateur" in out
    assert chat.store.get_state(f"private-choice:telegram:{STRANGER}") is None
    assert chat.say("/membres", sender=STRANGER, chat="dm-9", private=True).startswith("Je ne sais pas de quel groupe")
    listing = chat.say("/groupes", sender=STRANGER, chat="dm-9", private=True)
    assert "rte" not in listing and "Groupe rte" not in listing
    # Unknown and existing groups get the same answer: a stranger cannot probe slugs.
    assert chat.say("/groupe inconnu", sender=STRANGER, chat="dm-9", private=True) == out.replace("rte", "inconnu")


def test_a_member_with_a_linked_card_chooses_the_group(disk_store: Store) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"), group_config("rte"), group_config("b", coordinators=[]))
    chat.store.group("b").add_member("Noé Perrin", "Réalise", "", {"telegram": MEMBER})
    assert chat.say("/groupes", sender=MEMBER, chat="dm", private=True).startswith("Groupe actuel : Groupe b (b).")
    assert chat.say("/groupe b", sender=MEMBER, chat="dm", private=True) == (
        "C'est noté : vous parlez maintenant au groupe « Groupe b ».")
    # Removed from the group: the earlier choice no longer opens it.
    chat.store.group("b").remove_member(1)
    assert chat.say("/membres", sender=MEMBER, chat="dm", private=True).startswith("Je ne sais pas de quel groupe")
    assert chat.say("qui est noé ?", sender=MEMBER, chat="dm", private=True).startswith("Je ne sais pas de quel groupe")


def test_groupes_lists_only_the_senders_groups(disk_store: Store) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"), group_config("rte"), group_config("b", coordinators=[]),
                     group_config("c", coordinators=[]))
    chat.store.group("b").add_member("Léa Marchand", "X", "", {"telegram": COORDINATOR})
    out = chat.say("/groupes", chat="dm", private=True)
    assert "Groupe rte (rte)" in out and "Groupe b (b)" in out and "Groupe c" not in out


# -- /moi never takes someone else's card -------------------------------------

def test_moi_never_claims_a_card_by_display_name(disk_store: Store) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"))
    seed_people(chat)
    before = chat.store.group("rte").members()
    out = chat.say("/moi Ville de Meyrin", sender=STRANGER, name="claire DUBOIS")
    assert out.startswith("Une fiche au nom de Claire Dubois existe déjà")
    assert "/membre_code" in out
    assert chat.store.group("rte").members() == before


def test_a_card_linked_on_telegram_is_not_taken_from_matrix(disk_store: Store) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"))
    chat.store.group("rte").add_member("Claire Dubois", "Ville de Meyrin", "", {"telegram": "111"})
    chat.store.bind_chat("matrix", "!room:example.org", "rte")
    before = chat.store.group("rte").members()
    out = chat.say("/moi Autre", sender="@claire:example.org", name="Claire Dubois", platform="matrix",
                   chat="!room:example.org")
    assert out.startswith("Une fiche au nom de Claire Dubois existe déjà")
    assert chat.store.group("rte").members() == before


def test_a_coordinator_code_links_an_unlinked_card_once(disk_store: Store) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"))
    seed_people(chat)
    handed = chat.say("/membre_code jamila", chat="dm", private=True)
    assert handed.startswith("Code pour Jamila Hammoudi : ")
    code = handed.split(" : ")[1].split()[0]
    assert len(code) == 6
    out = chat.say(f"/moi code {code.lower()}", sender=MEMBER, name="J. H.")
    assert out.startswith("Votre fiche existante est maintenant liée à votre compte")
    jamila = next(m for m in chat.store.group("rte").members() if m.name == "Jamila Hammoudi")
    assert jamila.platform_ids == {"telegram": MEMBER}
    # Used once: nobody else can use it.
    again = chat.say(f"/moi code {code}", sender=STRANGER, name="Intrus")
    assert again.startswith("Ce code n'est pas valable")
    assert len(chat.store.group("rte").members()) == 6


def test_an_account_with_a_card_cannot_take_a_second_one_by_code(disk_store: Store) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"))
    seed_people(chat)
    chat.say("/moi Réalise", sender=MEMBER, name="Noé Perrin")
    code = chat.say("/membre_code jamila", chat="dm", private=True).split(" : ")[1].split()[0]
    before = chat.store.group("rte").members()
    assert chat.say(f"/moi code {code}", sender=MEMBER) == (
        "Votre compte est déjà lié à la fiche de Noé Perrin. Rien n'a été modifié.")
    assert chat.store.group("rte").members() == before


def test_a_code_expires_after_seven_days(disk_store: Store) -> None:
    from datetime import timedelta

    chat = make_chat(disk_store, at("2026-11-23 10:00"))
    seed_people(chat)
    code = chat.say("/membre_code jamila", chat="dm", private=True).split(" : ")[1].split()[0]
    chat.clock.advance(timedelta(days=7, minutes=1))
    assert chat.say(f"/moi code {code}", sender=MEMBER).startswith("Ce code n'est pas valable")
    assert all(not m.platform_ids for m in chat.store.group("rte").members())


def test_membre_code_is_for_coordinators(disk_store: Store) -> None:
    chat = make_chat(disk_store, at("2026-11-23 10:00"))
    seed_people(chat)
    assert chat.say("/membre_code jamila", sender=MEMBER).startswith("Désolé, /membre_code est réservé")


def test_fifty_concurrent_moi_create_one_card(disk_store: Store) -> None:
    import sys

    chat = make_chat(disk_store, at("2026-11-23 10:00"))
    senders = [f"member-{n}" for n in range(5)]  # five rounds: one alone may miss the race
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(8) as pool:
            outs = list(pool.map(lambda job: chat.say(f"/moi Réalise ; essai {job[1]}", sender=job[0],
                                                      name=f"Personne {job[0]}"),
                                 [(sender, n) for sender in senders for n in range(50)]))
    finally:
        sys.setswitchinterval(interval)
    cards = chat.store.group("rte").members()
    assert sorted(m.platform_ids["telegram"] for m in cards) == senders
    assert sum(o.startswith("Bienvenue !") for o in outs) == 5
    assert sum(o.startswith("Votre fiche est à jour") for o in outs) == 245


# -- commands addressed to another bot -----------------------------------------

@pytest.mark.parametrize("text", ["/decision@AutreBot Vote", " /decision@AutreBot Vote", "!decision@AutreBot Vote",
                                  "!DECISION@autrebot Vote"])
def test_a_command_for_another_bot_is_not_ours(chat: Chat, text: str) -> None:
    assert chat.reply(text) is None
    assert chat.store.group("rte").decisions() == []


def test_an_at_sign_in_the_arguments_is_ours(chat: Chat) -> None:
    assert chat.say(" /decision Écrire à contact@example.org").startswith("Décision n°1")


def test_a_command_for_another_bot_in_private_is_explained(chat: Chat) -> None:
    out = chat.say("/aide@AutreBot", chat="dm", private=True)
    assert out.startswith("Cette commande s'adresse à un autre bot (@AutreBot)")
