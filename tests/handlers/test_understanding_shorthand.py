"""Chat shorthand and initials (blind set 17c, a Nord job-insertion network), tested on another
group invented here (a Roubaix–Tourcoing network) so that the general causes are what pass:
initials of a body stored by its long name, read only typed in capitals when they are a word
(« le PLIE ») or two letters (« FT »); the initials of a name before its place, its « de » said
(« la MDE »), also naming the meeting held there; shorthand of several words (« la com com »,
« le pdt », « la déc n°2 », « le dév éco »); initials written out when typed in capitals
(« le CA » is no « ça »); initials of records (« l'AG », « l'AAP », « le camion frigo »,
« la perm », « les SIAE »); « qqn peut me redire … ? » asked of the bot too; « dans la boucle »."""

from __future__ import annotations

from datetime import date

import pytest

from storage.models import AgendaItem, replace
from tests.handlers.questions_eval import NOW, ask, build_group
from tests.handlers.questions_groups import _at, invented_group
from tests.helpers import Chat

MEMBERS = (
    ("Agathe Vandamme", "Plan local pour l'insertion et l'emploi de Roubaix", "Coordinatrice du PLIE"),
    ("Rémi Lesage", "France Travail", "Conseiller à l'emploi, agence de Wattrelos"),
    ("Chloé Deleu", "Maison de l'emploi de Roubaix", "Chargée de projet"),
    ("Farid Meziane", "Maison des solidarités de Wattrelos", "Travailleur social"),
    ("Bruno Hennebelle", "Communauté de communes Pévèle Carembault", "Directeur du développement économique"),
    ("Lise Carpentier", "Solidarité Textile", "Présidente de l'association"),
    ("Denis Vanrullen", "Solidarité Textile", "Encadrant technique, représentant des SIAE"),
)


@pytest.fixture(scope="module")
def roubaix() -> Chat:
    chat = invented_group("roubaix-emploi", *MEMBERS)
    data = chat.store.group("roubaix-emploi")
    for start, end, place in (("2026-11-05 14:00", "2026-11-05 16:00", "Maison de l'emploi de Roubaix, salle 2"),
                              ("2026-12-17 09:30", "2026-12-17 12:00", "Hôtel de ville de Tourcoing")):
        meeting = data.add_meeting(_at(start), _at(end), place, ())
        if meeting.start < NOW:
            data.update_meeting(meeting.number, lambda m: replace(m, status="held"))
    for day, text in (("2027-01-22", "Assemblée générale de Solidarité Textile"),
                      ("2027-02-10", "Conseil d'administration du PLIE"),
                      ("2027-01-08", "Réponse à l'appel à projets de la Région")):
        data.add_deadline(_at(day + " 00:00"), text)
    for text in ("Un camion frigorifique est partagé avec la banque alimentaire.",
                 "Une permanence du PLIE est ouverte chaque jeudi à Wattrelos.",
                 "Les structures d'insertion par l'activité économique accueillent dix stagiaires."):
        data.add_decision(text, date(2026, 11, 5), 1, "Agathe Vandamme", "telegram:coord-1", _at("2026-11-05 18:00"))
    return chat


@pytest.mark.parametrize("message", ["il faut que je plie les chaises après la réu", "ft, je suis en retard"])
def test_initials_that_are_words_name_no_body_typed_lowercase(roubaix: Chat, message: str) -> None:
    reply = ask(roubaix, message)
    assert "Agathe Vandamme" not in reply and "Rémi Lesage" not in reply


def test_the_meeting_at_a_body_named_by_its_initials(roubaix: Chat) -> None:
    reply = ask(roubaix, "la réu à la MDE c'était quand ?")
    assert reply.startswith("Séance n°1") and "jeudi 5 novembre 2026" in reply


def test_a_title_cut_short_after_its_article_and_pendant_alone(roubaix: Chat) -> None:
    reply = ask(roubaix, "c qui le pdt de Solidarité Textile ?")
    assert "Lise Carpentier" in reply and "Denis Vanrullen" not in reply and "pas sûr" not in reply


def test_a_decision_by_its_number_cut_short_and_december_cut_short(roubaix: Chat) -> None:
    assert ask(roubaix, "rappelle moi la déc n°2 stp").startswith("Décision n°2")
    assert ask(roubaix, "la réu de déc c'est où ?").startswith("Séance n°2")


def test_a_field_cut_short_beside_its_word(roubaix: Chat) -> None:
    reply = ask(roubaix, "qui s'occupe du dév éco ?")
    assert "Bruno Hennebelle" in reply and "pas sûr" not in reply


@pytest.mark.parametrize(("question", "shown"), [
    ("le CA du PLIE c'est quel jour ?", "Conseil d'administration du PLIE"),
    ("l'AG c'est quand ?", "Assemblée générale de Solidarité Textile"),
    ("l'AAP de la région c'est pr kan ?", "appel à projets de la Région"),
])
def test_initials_of_a_deadline(roubaix: Chat, question: str, shown: str) -> None:
    reply = ask(roubaix, question)
    assert reply.startswith("Dates à venir") and shown in reply


def test_ca_typed_lowercase_is_still_ca(roubaix: Chat) -> None:
    assert "Conseil d'administration" not in ask(roubaix, "ok ça marche pour moi")


@pytest.mark.parametrize(("question", "number"), [
    ("on a décidé koi pr le camion frigo ?", "Décision n°1"),
    ("la perm à Wattrelos c décidé ?", "Décision n°2"),
    ("qu'est-ce qu'on a décidé pour les SIAE ?", "Décision n°3"),
])
def test_a_decision_asked_by_its_shorthand(roubaix: Chat, question: str, number: str) -> None:
    reply = ask(roubaix, question)
    assert number in reply and "pas sûr" not in reply


def test_someone_asked_to_repeat_the_date_asks_the_bot_too(roubaix: Chat) -> None:
    assert ask(roubaix, "qqn peut me redire la date de la prochaine réu ?").startswith("Prochaine séance n°2")
    assert "Prochaine séance" not in ask(roubaix, "qqn peut m'envoyer le lien de la réu ?")


def test_the_first_meeting_typed_with_a_digit(roubaix: Chat) -> None:
    assert ask(roubaix, "la 1ère réu c'était où ?").startswith("Séance n°1")


def test_a_meeting_group_keeps_its_ag() -> None:
    """A group whose meetings are general assemblies asks of them by « l'AG »."""
    chat = invented_group("ag-quartier", ("Paul Lemaire", "Comité de quartier du Pile", "Président"))
    data = chat.store.group("ag-quartier")
    data.add_meeting(_at("2027-01-12 18:00"), _at("2027-01-12 20:00"), "Assemblée générale, salle Watremez", ())
    data.add_deadline(_at("2027-01-05 00:00"), "Envoi de la convocation à l'assemblée générale")
    reply = ask(chat, "la prochaine AG c'est quand ?")
    assert "Séance n°1" in reply and "mardi 12 janvier 2027" in reply and "convocation" not in reply


def test_the_network_set_rows_that_named_bodies_by_initials() -> None:
    chat = build_group("insertion59")
    assert "Décision n°7" in ask(chat, "la perm FT au CCAS, c décidé ?")
    reply = ask(chat, "l'AAP de la MEL c'est pr kan ?")
    assert reply.startswith("Dates à venir") and "appel à projets insertion de la Métropole" in reply


@pytest.fixture(scope="module")
def valenciennes() -> Chat:
    """A second small group: a body with an ordinal in its name, a point information jeunesse, a
    technical committee written at the head of two places."""
    chat = invented_group("valenciennes-jeunes",
                          ("Inès Ghali", "École de la deuxième chance du Valenciennois", "Formatrice"),
                          ("Hugo Dufour", "Point information jeunesse de Denain", "Animateur"),
                          ("Léa Wiart", "Mission locale du Valenciennois", "Conseillère"))
    data = chat.store.group("valenciennes-jeunes")
    for start, place, items in (("2026-10-14 14:00", "Mission locale du Valenciennois, Valenciennes", ()),
                                ("2026-11-18 14:00", "Comité technique, visioconférence", ()),
                                ("2026-12-16 14:00", "École de la deuxième chance, Denain", (AgendaItem("Points divers", "Léa Wiart"),)),
                                ("2027-01-20 14:00", "Comité technique, visioconférence", ())):
        meeting = data.add_meeting(_at(start), _at(start.replace("14:00", "16:00")), place, tuple(items))
        if meeting.start < NOW:
            data.update_meeting(meeting.number, lambda m: replace(m, status="held"))
    data.add_decision("Le comité technique se réunit entre deux plénières.", date(2026, 10, 14), 1, "Léa Wiart",
                      "telegram:coord-1", _at("2026-10-14 18:00"))
    return chat


@pytest.mark.parametrize(("group", "question", "who"), [
    ("roubaix", "qui représente le PLIE ?", "Agathe Vandamme"),
    ("roubaix", "qqn de FT ds le groupe ?", "Rémi Lesage"),
    ("roubaix", "qui vient de la MDE ?", "Chloé Deleu"),
    ("roubaix", "qui est de la MDS ?", "Farid Meziane"),
    ("roubaix", "qui représente la com com ?", "Bruno Hennebelle"),
    ("roubaix", "y a qqn de France Travail dans la boucle ?", "Rémi Lesage"),
    ("roubaix", "qui est de la CC ?", "Bruno Hennebelle"),
    ("valenciennes", "qui est de l'E2C ?", "Inès Ghali"),
    ("valenciennes", "qq1 du point info jeunesse ?", "Hugo Dufour"),
    ("valenciennes", "qqn de la mission loc ?", "Léa Wiart"),
])
def test_a_body_named_by_its_initials_or_in_chat(request: pytest.FixtureRequest, group: str, question: str, who: str) -> None:
    reply = ask(request.getfixturevalue(group), question)
    assert "qui représente l'organisation" in reply and who in reply and "pas sûr" not in reply


def test_the_points_of_the_agenda_are_no_point_information(valenciennes: Chat) -> None:
    reply = ask(valenciennes, "c koi les points de l'odj ?")
    assert reply.startswith("Ordre du jour de la séance n°3") and "Hugo Dufour" not in reply


@pytest.mark.parametrize(("question", "start"), [
    ("la 2e réu c'était où ?", "Séance n°2"),
    ("la troisième réunion c'est quand ?", "Séance n°3"),
    ("le prochain cotech c kan ?", "Séance n°4"),
    ("le dernier cotech c'était quel jour ?", "Dernière séance n°2"),
])
def test_meetings_counted_from_the_first_and_formations_cut_short(valenciennes: Chat, question: str, start: str) -> None:
    assert ask(valenciennes, question).startswith(start)


def test_the_decisions_of_a_meeting_ahead_are_not_answered_with_confidence(valenciennes: Chat) -> None:
    for question in ("on a décidé quoi au prochain cotech ?", "qu'est-ce qu'on a décidé pr les cotech ?"):
        reply = ask(valenciennes, question)
        assert "Aucune décision n'a été enregistrée" not in reply


def test_a_body_named_by_its_initials_shown_by_its_name_in_a_decision() -> None:
    chat = build_group("jeunes76")
    reply = ask(chat, "le dép finance koi pr les stagiaires de l'E2C ?")
    assert reply.startswith("Décisions sur") and "Décision n°5" in reply


def test_a_letter_said_twice_written_with_its_count() -> None:
    chat = invented_group("mulhouse-emploi", ("Jonas Keller", "Mulhouse Alsace Agglomération", "Chargé de mission"),
                          ("Léon Meyer", "Ville de Colmar", "Adjoint au maire"))
    for question in ("qui represente m2A ?", "qqn de la M2A ?"):
        reply = ask(chat, question)
        assert "Jonas Keller" in reply and "Léon Meyer" not in reply and "pas sûr" not in reply


@pytest.mark.parametrize("initials", ["RH", "CV"])
def test_two_letters_said_for_something_else_name_no_body(initials: str) -> None:
    chat = invented_group("rh-cv", ("Maud Girard", "Réseau Habitat", "Directrice"),
                          ("Yves Colin", "Centre Vauban", "Animateur"))
    reply = ask(chat, f"qui s'occupe des {initials} ?")
    assert "qui représente l'organisation" not in reply


def test_a_conjunction_opening_a_chat_question(roubaix: Chat) -> None:
    assert ask(roubaix, "ms c ou la prochaine réu ?").startswith("Prochaine séance n°2")


def test_a_deadline_before_the_ag_is_no_ag() -> None:
    """« Envoi de la convocation à l'assemblée générale » is a date before the AG, not the AG: the meeting answers."""
    chat = invented_group("ag-pile", ("Paul Lemaire", "Comité de quartier du Pile", "Président"))
    data = chat.store.group("ag-pile")
    data.add_meeting(_at("2027-01-12 18:00"), _at("2027-01-12 20:00"), "Salle Watremez, Roubaix", ())
    data.add_deadline(_at("2027-01-05 00:00"), "Envoi de la convocation à l'assemblée générale")
    assert ask(chat, "la prochaine AG c'est quand ?").startswith("Prochaine séance n°1")


def test_a_decision_about_a_formation_cut_short(valenciennes: Chat) -> None:
    reply = ask(valenciennes, "qu'a-t-on décidé sur les cotech ?")
    assert reply.startswith("Décisions sur") and "Le comité technique se réunit" in reply


def test_a_group_s_acronym_in_capitals_is_no_chat_shorthand() -> None:
    """« sem » is chat for « semaine »; « le SEM » of a group that has one is its body."""
    chat = invented_group("sem-ge", ("Anne Rochat", "Secrétariat d'État aux migrations (SEM)", "Collaboratrice"),
                          ("Luc Favre", "Ville de Genève", "Délégué"))
    reply = ask(chat, "qui représente le SEM ?")
    assert "Anne Rochat" in reply and "pas sûr" not in reply
