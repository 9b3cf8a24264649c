"""The general causes behind blind set 20f's misses (the early-childhood
working group of Renens, « qui … » questions), tested in other groups and
other words: a span of time followed by what it is devoted to names an event
(« le mois de l'ESS »), which the one decision dating it answers; « qui
représente les X ? » answered by the role that says it represents them, even
beside a body named after them; « nos séances » are the group; « qui pilote
le groupe ? » is its coordinator; « qui anime X ? » the one who has X in
charge; « qui remplace la présidente ? » the vice-president; of two bodies named,
the one whose holder's role says the thing asked."""

from __future__ import annotations

from datetime import date, datetime

from tests.handlers.questions_groups import NOW, PARIS, build_group, invented_group
from tests.helpers import Chat


def _ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


def _with_records(chat: Chat, deadlines: tuple[tuple[str, str], ...], decisions: tuple[str, ...]) -> Chat:
    data = chat.store.group(chat.group.slug)
    for day, text in deadlines:
        data.add_deadline(datetime.fromisoformat(day + " 00:00").replace(tzinfo=PARIS), text)
    for text in decisions:
        data.add_decision(text, date(2026, 10, 6), None, "Coord", "telegram:coord-1", NOW)
    return chat


def test_a_month_devoted_to_something_is_dated_by_its_decision_not_a_deadline() -> None:
    chat = _with_records(invented_group("r11f-a", ("Lucie Marin", "Ville de Niort", "Chargée de mission ESS")),
                         (("2026-12-18", "Bilan du mois de l'économie sociale et solidaire"),),
                         ("La Ville anime le mois de l'économie sociale et solidaire avec la CRESS.",
                          "Le mois de l'économie sociale et solidaire se tient en novembre 2027."))
    reply = _ask(chat, "le mois de l'économie sociale et solidaire, c'est quand ?")
    assert "novembre 2027" in reply and "18 décembre" not in reply
    # The deadline's own head asked: the deadline answers.
    assert "18 décembre" in _ask(chat, "le bilan du mois de l'économie sociale et solidaire est à rendre pour quand ?")


def test_who_represents_a_public_the_role_says_it_represents() -> None:
    chat = invented_group("r11f-b",
                          ("Paul Ferrand", "Amicale des locataires de la Cité", "Trésorier, représentant des locataires"),
                          ("Inès Bakri", "Bailleur Habitat Sud", "Chargée de la concertation avec les locataires"),
                          ("Marc Weber", "Ville de Sion", "Municipal du logement"))
    reply = _ask(chat, "qui représente les locataires ?")
    assert "Paul Ferrand" in reply and "Inès Bakri" not in reply


def test_our_sittings_are_the_group_whose_chair_is_asked() -> None:
    chat = invented_group("r11f-c", ("Anne Python", "Commune de Morges", "Syndique, présidente du groupe"),
                          ("Léo Martin", "Pro Senectute Vaud", "Assistant social"))
    assert "Anne Python" in _ask(chat, "qui préside nos réunions ?")
    # No one's role coordinates the group: the coordinator of something else is no guess for its sittings.
    chat = invented_group("r11f-n", ("Rosa Keller", "Croix-Rouge fribourgeoise", "Coordinatrice des transports"),
                          ("Luc Python", "Ville de Bulle", "Syndic, président du groupe"))
    assert "Rosa Keller" not in _ask(chat, "qui anime nos réunions ?")


def test_who_steers_the_group_is_its_coordinator() -> None:
    chat = invented_group("r11f-d", ("Sarah Cuenod", "Commune d'Yverdon", "Municipale, présidente du réseau"),
                          ("Tom Bühler", "CMS du Nord vaudois", "Infirmier, coordinateur du réseau"),
                          ("Eva Rochat", "Pro Senectute", "Animatrice"))
    reply = _ask(chat, "c'est qui qui pilote le réseau en pratique ?")
    assert "Tom Bühler" in reply and "Eva Rochat" not in reply


def test_who_runs_a_thing_is_who_has_it_in_charge() -> None:
    chat = invented_group("r11f-e", ("Julie Favre", "Fondation Cherpillod", "Éducatrice, responsable de la ludothèque"),
                          ("Hugo Meylan", "Commune d'Aigle", "Coordinateur du groupe"))
    reply = _ask(chat, "qui anime la ludothèque ?")
    assert "Julie Favre" in reply and "Hugo Meylan" not in reply
    # A thing no role holds is no one's: no guess.
    assert "Hugo Meylan" not in _ask(chat, "qui coordonne la fête du jeudi ?")


def test_who_stands_in_for_the_chair_is_the_vice_chair() -> None:
    chat = invented_group("r11f-g", ("Claire Dubois", "Ville de Sierre", "Conseillère municipale, présidente du comité"),
                          ("Marc Antille", "Commune de Chippis", "Vice-président du comité"),
                          ("Rita Zufferey", "CMS de Sierre", "Infirmière"))
    reply = _ask(chat, "qui remplace le président en cas d'absence ?")
    assert "Marc Antille" in reply and "Claire Dubois" not in reply


def test_of_two_bodies_named_the_one_whose_holder_does_the_thing() -> None:
    chat = invented_group("r11f-h", ("Jean Bovet", "Ville de Vevey", "Municipal, coordinateur du groupe"),
                          ("Aline Rey", "Ludothèque de Vevey", "Coordinatrice de Bébés lecteurs"),
                          ("Paul Nicod", "Bibliothèque de Vevey", "Bibliothécaire"))
    reply = _ask(chat, "c'est qui la coordinatrice de Bébés lecteurs à Vevey ?")
    assert "Aline Rey" in reply and "Jean Bovet" not in reply


def test_the_renens_group_answers_its_chair() -> None:
    assert "Myriam Favre-Rochat" in _ask(build_group("renens"), "qui préside le GT ?")


def test_the_chair_is_not_their_own_stand_in() -> None:
    chat = invented_group("r11f-i", ("Léa Moser", "Canton du Jura", "Vice-présidente du Gouvernement, présidente du comité"),
                          ("Yann Frund", "Ville de Delémont", "Chef de service"))
    assert "Léa Moser" not in _ask(chat, "qui remplace la présidente ?")


def test_the_contact_for_a_body_is_its_representative() -> None:
    chat = invented_group("r11f-j", ("Rémi Chollet", "Office de l'assurance-invalidité", "Conseiller en réadaptation"),
                          ("Zoé Girard", "Ville de Martigny", "Déléguée à l'intégration"))
    data = chat.store.group(chat.group.slug)
    data.add_task("Contacter l'assurance-invalidité pour le stand", 2, date(2026, 12, 10), None, "Zoé Girard", "Coord",
                  "telegram:coord-1")
    reply = _ask(chat, "qui est le contact pour l'Office de l'assurance-invalidité ?")
    assert "Rémi Chollet" in reply and "Zoé Girard" not in reply


def test_a_decision_naming_the_doer_beats_a_role_matched_by_kin() -> None:
    chat = _with_records(invented_group("r11f-k", ("Ivan Pache", "CMS de Nyon", "Responsable de l'accueil de jour"),
                                        ("Mia Rossel", "Pro Senectute Vaud", "Animatrice")),
                         (), ("Pro Senectute Vaud tient une permanence le lundi matin à la salle communale.",))
    reply = _ask(chat, "qui gère la permanence du lundi ?")
    assert "Pro Senectute" in reply and "Ivan Pache" not in reply


def test_who_heads_the_group_in_other_verbs() -> None:
    chat = invented_group("r11f-l", ("Nora Imhof", "Commune de Sion", "Municipale, présidente de la plateforme"),
                          ("Dan Roh", "Caritas Valais", "Collaborateur social"))
    assert "Nora Imhof" in _ask(chat, "qui est à la tête de la plateforme ?")
    assert "Nora Imhof" in _ask(chat, "c'est qui qui chapeaute la plateforme ?")


def test_taking_the_minutes_is_the_secretarys_charge() -> None:
    chat = invented_group("r11f-m", ("Élise Berset", "Ville de Fribourg", "Secrétaire de la commission"),
                          ("Max Clerc", "Caritas Fribourg", "Directeur"))
    reply = _ask(chat, "qui prend le PV ?")
    assert "Élise Berset" in reply and "Max Clerc" not in reply and "pas sûr" not in reply


def test_a_repondant_is_a_referent() -> None:
    chat = invented_group("r11f-o", ("Iris Baud", "Hospice général", "Assistante sociale"),
                          ("Tim Ruch", "Ville de Carouge", "Conseiller administratif"))
    reply = _ask(chat, "qui est la répondante de l'Hospice général ?")
    assert "Iris Baud" in reply and "Tim Ruch" not in reply
