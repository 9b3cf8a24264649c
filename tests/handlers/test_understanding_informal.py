"""Questions typed as members type in a group chat (held-out set 12's
Nantes food-aid collective, and other groups to show the rules are general),
seen through the replies: SMS greetings and truncated words, elisions
without their apostrophe, a misspelt « décision », « la visio » naming the
meeting held by video, a town that is both a body and a meeting place, the
past tense choosing the meeting already held, a member spoken to without a
comma, a name whose particle is typed joined, and a role's own words
naming its holder before the group's coordinator."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def collective() -> Chat:
    return build_group("aide-alim44")


@pytest.fixture(scope="module")
def network() -> Chat:
    return build_group("reseau92")


@pytest.fixture(scope="module")
def task_force() -> Chat:
    return build_group("emploi93")


def ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


@pytest.mark.parametrize(("question", "shown"), [
    # SMS greetings open a question as « bonjour » does.
    ("slt, la prochaine réu c'est où ?", "Prochaine séance n°4"),
    ("bjr on se voit qd", "Prochaine séance n°4"),
    ("bsr c qui le tresorier", "Hervé Lemaître"),
    # Truncated words: « pro », « st », « pop », « alim », « assos ».
    ("la semaine pro on se voit ou ?", "n°4"),
    ("qui represente le secours pop ?", "Thibault Jaunet"),
    ("ya qui de la banque alim", "Aïcha Bouzid"),
    ("la reu a la maison des assos c quand", "Séance n°7"),
    # Elisions typed without their apostrophe.
    ("qui soccupe de la logistique", "Bastien Rolland"),
    ("cest qui la presidente", "Aïcha Bouzid"),
    ("cetait ou la derniere reu", "n°3"),
    # « desicion » for « décision ».
    ("la desicion sur le camion frigo ?", "Décision n°3"),
    # Spoken forms of the intents (« c'est qui de », « y a qui dans », « on a dit quoi sur »).
    ("c qui de la croix rouge", "Maëlle Briand"),
    ("y a qui dans le groupe ?", "Membres du groupe"),
    ("c'est quoi les prochaines réu ?", "Prochaines séances"),
    ("on a dit quoi sur la collecte de printemps ?", "Décision n°7"),
])
def test_chat_register_questions_get_their_answer(collective: Chat, question: str, shown: str) -> None:
    assert shown in ask(collective, question)


@pytest.mark.parametrize(("chat_name", "question", "shown"), [
    ("network", "bjr, qui represente st cloud ?", ""),
    ("task_force", "slt, qui represente st denis ?", "Mariam Touré"),
    ("network", "les desicions sur les pistes cyclables ?", "Décision n°4"),
    ("network", "cest qui le tresorier de l'amd", "Mehdi Haddad"),
    ("task_force", "c qui de la prefecture", "Laure Vidal"),
])
def test_the_same_shorthand_serves_other_groups(request: pytest.FixtureRequest, chat_name: str, question: str,
                                                shown: str) -> None:
    reply = ask(request.getfixturevalue(chat_name), question)
    if shown:
        assert shown in reply
    else:
        # Saint-Cloud is no member's town: said plainly, nobody named in its place.
        assert "Organisation :" not in reply and "•" not in reply


def test_la_visio_is_the_meeting_held_by_video_not_the_next_one(collective: Chat, network: Chat) -> None:
    reply = ask(collective, "la visio c quand")
    assert "Séance n°5" in reply and "14 janvier 2027" in reply
    reply = ask(network, "c'est quand la visio ?")
    assert "n°5" in reply and "19 janvier 2027" in reply
    # « en visio » asks how the next meeting is held: it stays the next one.
    assert "Prochaine séance n°4" in ask(collective, "la prochaine réunion est en visio ?")


def test_a_town_that_is_a_body_and_a_place_is_the_place_in_a_meeting_question(collective: Chat,
                                                                              task_force: Chat) -> None:
    reply = ask(collective, "la reunion de saint nazaire c quand")
    assert "Séance n°4" in reply and "Hôtel de ville de Saint-Nazaire" in reply
    reply = ask(collective, "c toujours a st nazaire la prochaine ?")
    assert "n°4" in reply and "Kevin Tessier" not in reply
    reply = ask(task_force, "la réunion de saint denis c'était quand ?")
    assert "Séance n°1" in reply and "Mariam Touré" not in reply


def test_the_past_tense_picks_the_meeting_already_held_at_a_place(collective: Chat) -> None:
    # Saint-Herblain: n°2 was held there in October, n°7 will be in March.
    reply = ask(collective, "la réunion à saint herblain c'était quand ?")
    assert "Séance n°2" in reply and "n°7" not in reply
    reply = ask(collective, "la réunion à saint herblain c'est quand ?")
    assert "Séance n°7" in reply
    reply = ask(collective, "la reunion a la mairie de nantes cetait qd")
    assert "Séance n°1" in reply and "n°6" not in reply


@pytest.mark.parametrize("text", ["yannick tu peux m'envoyer le cr", "nolwenn tu viens jeudi ?",
                                  "kevin vous avez recu les colis ?"])
def test_a_member_spoken_to_without_a_comma_is_not_looked_up(collective: Chat, text: str) -> None:
    reply = ask(collective, text)
    assert "Organisation :" not in reply and "Séance n°" not in reply


def test_a_name_typed_with_its_particle_joined_is_found(collective: Chat) -> None:
    assert "Gwenaëlle Le Goff" in ask(collective, "c'est qui mme legoff ?")
    assert "Gwenaëlle Le Goff" in ask(collective, "gwenaelle legoff elle fait quoi")


def test_a_role_s_own_words_name_its_holder_before_the_group_coordinator(collective: Chat) -> None:
    reply = ask(collective, "qui coordonne l'épicerie sociale mobile ?")
    assert "Maëlle Briand" in reply and "Damien Fourage" not in reply
    reply = ask(collective, "qui coordonne le collectif ?")
    assert "Damien Fourage" in reply


@pytest.mark.parametrize(("question", "shown"), [
    # Chat drops the plural's s of a shorthand noun: the determiner keeps it.
    ("combien de reu il reste", "Prochaines séances"),
    ("les prochains rdv ?", "Prochaines séances"),
    ("yo c quand la prochaine reu", "Prochaine séance n°4"),
    ("a quelle heure ca commence", "Prochaine séance n°4"),
    ("c ou deja la reu", "Prochaine séance n°4"),
    # The plural of a shorthand no dictionary knows, written out with its s.
    ("les prochains copils ?", "Prochaines séances"),
    ("les dates des prochaines confs ?", "Prochaines séances"),
    # A group that calls its meetings « conférences ».
    ("c'est quand la prochaine conférence ?", "Prochaine séance n°4"),
    ("prochaine conf ?", "Prochaine séance n°4"),
])
def test_unqualified_and_plural_shorthand_meeting_questions(network: Chat, question: str, shown: str) -> None:
    assert shown in ask(network, question)


@pytest.mark.parametrize("text", ["vu", "bien vu", "ok vu", "lol", "mdr", "dsl je serai en retard", "jsuis dans le train"])
def test_chat_acknowledgements_get_no_answer(network: Chat, text: str) -> None:
    reply = ask(network, text)
    assert "Séance n°" not in reply and "Décision n°" not in reply and "Membres du groupe" not in reply


@pytest.mark.parametrize(("question", "shown"), [
    # « c » alone is the SMS « c'est ».
    ("c qui l echevine", "Véronique Dethier"),
    ("c quand la reu d andenne", "Séance n°5"),
    ("c qui au forem", "Kevin Delvaux"),
])
def test_c_alone_reads_as_c_est(question: str, shown: str) -> None:
    assert shown in ask(build_group("pcs-namur"), question)


@pytest.mark.parametrize(("question", "shown", "absent"), [
    # A deadline asked like the next meeting is a deadline, not the meeting.
    ("c qd la prochaine deadline", "Échéance n°", "Prochaine séance"),
    ("c quand la prochaine échéance ?", "Échéance n°", "Prochaine séance"),
    # Chat words for a person (« le mec de », « la dame du »), the bot called by name.
    ("le mec de france travail c qui", "Thomas Petit", "Séance"),
    ("la dame du ccas de montrouge c qui", "Hélène Vasseur", "Séance"),
    ("dis greffier c quand la prochaine", "Prochaine séance n°4", "Échéance"),
    ("Quand est-ce qu'on se réunit la prochaine fois ?", "Prochaine séance n°4", "Dernière séance"),
])
def test_chat_words_for_deadlines_people_and_the_bot(network: Chat, question: str, shown: str, absent: str) -> None:
    reply = ask(network, question)
    assert shown in reply and absent not in reply


@pytest.mark.parametrize(("question", "shown", "absent"), [
    # A date beside a town that is a body and a place: the place is meant.
    ("c toujours a saint nazaire le 10 ?", "Séance n°4", "Kevin Tessier"),
    ("on sera a rezé le 19 novembre ?", "Séance n°3", "Sandrine Morvan"),
    # « la réu en visio » names the meeting held by video; « c'est en visio ? » asks how the next is held.
    ("la reu en visio c a quelle heure", "Séance n°5", "n°4"),
    ("la prochaine reu se fait en visio ?", "Prochaine séance n°4", "n°5"),
    # « rappel moi » asks, « Rappel : … » announces.
    ("rappel moi la date de la prochaine reu", "Prochaine séance n°4", "Échéance"),
    ("qu'est-ce qu'on va aborder le 10 ?", "Distribution de Noël", "Échéance"),
    ("on va traiter quoi jeudi 10", "Distribution de Noël", "Échéance"),
])
def test_dates_video_and_reminders_in_chat(collective: Chat, question: str, shown: str, absent: str) -> None:
    reply = ask(collective, question)
    assert shown in reply and absent not in reply


def test_a_reminder_announced_in_the_chat_is_not_a_question(collective: Chat) -> None:
    reply = ask(collective, "rappel : reu jeudi 10 a 14h a saint nazaire")
    assert "Organisation :" not in reply and "Kevin Tessier" not in reply and "Séance n°" not in reply


@pytest.mark.parametrize(("slug", "question", "shown"), [
    # « le 92 », « le 44 »: the département's council by its number.
    ("reseau92", "c qui pr le 92", "Nathalie Lefèvre"),
    ("reseau92", "qui représente le 92 ?", "Lucas Fontaine"),
    ("aide-alim44", "qui vient du 44", "Marc-Antoine Rivière"),
])
def test_a_departement_council_is_named_by_its_number(slug: str, question: str, shown: str) -> None:
    assert shown in ask(build_group(slug), question)


@pytest.mark.parametrize("text", ["qqn sait qd c la reu de la metropole ?", "quelqu'un sait quand la Région se réunit ?",
                                  "vous savez quand le Département vote son budget ?"])
def test_a_time_asked_about_a_body_never_lists_its_people(collective: Chat, text: str) -> None:
    reply = ask(collective, text)
    assert "qui représente l'organisation" not in reply and "Solène Barreau —" not in reply


@pytest.mark.parametrize("text", ["la decision de la metropole est tombee", "vous avez vu la décision du Département ?",
                                  "a jeudi 10 a saint nazaire", "à la prochaine !", "a jeudi tlm",
                                  "vous etes combien a venir jeudi ?"])
def test_news_of_a_body_s_decision_and_sign_offs_get_no_answer(collective: Chat, text: str) -> None:
    reply = ask(collective, text)
    assert "Décision n°" not in reply and "Séance n°" not in reply and "Membres du groupe" not in reply


def test_the_group_s_own_decisions_are_still_found(collective: Chat) -> None:
    assert "Décisions de la séance n°3" in ask(collective, "les décisions de la dernière réunion")
    assert "Décision n°5" in ask(collective, "c quoi la decision pour les etudiants")


@pytest.mark.parametrize(("slug", "question", "shown"), [
    # An acronym no dictionary knows stands for the words it abbreviates in roles and records.
    ("aide-alim44", "qui soccupe de l ess a la region", "Chantal Humeau"),
    ("aide-alim44", "qui suit l'ESS ?", "Chantal Humeau"),
    ("alimentation69", "qui gère le PAT", "Anaïs Perret"),
    ("alimentation69", "le rapport du PAT c pour qd", "Rapport d'étape du projet alimentaire territorial"),
])
def test_an_acronym_finds_the_words_it_stands_for(slug: str, question: str, shown: str) -> None:
    assert shown in ask(build_group(slug), question)


@pytest.mark.parametrize(("question", "shown"), [
    ("c qui au bailleur", "Élodie Ferracci"),
    ("qui vient du bailleur social ?", "Élodie Ferracci"),
    ("la dame de la caf elle s appelle comment", "Lucie Marchetti"),
    ("c quoi le num de thomas", "Thomas Roux"),
])
def test_landlords_and_names_asked_in_chat_words(question: str, shown: str) -> None:
    assert shown in ask(build_group("contrat-ville13"), question)


@pytest.mark.parametrize("text", ["c'est où exactement à saint-nazaire ?", "la mairie de reze c ou"])
def test_a_place_asked_about_a_town_never_lists_its_people(collective: Chat, text: str) -> None:
    assert "qui représente l'organisation" not in ask(collective, text)


def test_where_a_member_works_is_still_their_card(collective: Chat) -> None:
    assert "Nolwenn Cadiou" in ask(collective, "elle bosse ou nolwenn cadiou")
    assert "Sandrine Morvan" in ask(collective, "qui represente reze ou saint herblain ?")


@pytest.mark.parametrize(("question", "shown"), [
    # A body named by the adjective of the record (« régional »), asked with « quand ».
    ("l'appel à projets de la Région c'est pour quand ?", "appel à projets régional"),
    ("le dossier de subvention pour le département c pour qd", "subvention au Département"),
    # Swiss « ça joue toujours ? » for a maintained meeting.
    ("ça joue toujours pour le 10 ?", "Séance n°4"),
    ("c quoi les trucs a rendre avant la fin du mois", "Inscriptions des familles"),
    ("les deadlines d ici noel", "collecte nationale"),
])
def test_deadlines_named_by_a_body_and_maintained_meetings(collective: Chat, question: str, shown: str) -> None:
    assert shown in ask(collective, question)


@pytest.mark.parametrize(("slug", "question", "shown"), [
    # A first name's short form, when one member's name opens so.
    ("aide-alim44", "c qui gwen", "Gwenaëlle Le Goff"),
    ("aide-alim44", "thib il fait quoi", "Thibault Jaunet"),
    ("emploi93", "c qui Nico ?", "Nicolas Perrin"),
])
def test_a_nickname_finds_the_one_member_it_shortens(slug: str, question: str, shown: str) -> None:
    assert shown in ask(build_group(slug), question)


def test_a_short_lowercase_word_is_no_nickname(collective: Chat) -> None:
    # « pat » is the PAT, not Patrice Ollivaud.
    reply = ask(collective, "la reunion de la metropole sur le pat a ete reportee")
    assert "Patrice Ollivaud" not in reply and "Séance n°" not in reply


@pytest.mark.parametrize("text", ["la reu de jeudi sera a saint nazaire comme prevu", "la visio sera ouverte des 9h",
                                  "les restos auront leur camion samedi"])
def test_news_in_the_future_tense_gets_no_answer(collective: Chat, text: str) -> None:
    reply = ask(collective, text)
    assert "Séance n°" not in reply and "Échéance n°" not in reply and "Organisation :" not in reply


@pytest.mark.parametrize(("question", "shown", "absent"), [
    # Lower case: « rennes » (also a common noun) and « la caf » name the places of meeting n°5.
    ("la reu de rennes c qd", "Séance n°5", "Prochaine séance n°4"),
    ("la reu a la caf c qd", "Séance n°5", "Prochaine séance n°4"),
    ("qui represente la caf", "Solène Briand", "Séance"),
])
def test_places_typed_in_lower_case(question: str, shown: str, absent: str) -> None:
    reply = ask(build_group("copil-logement35"), question)
    assert shown in reply and absent not in reply


def test_a_common_word_of_a_venue_is_no_place() -> None:
    # « Tiers-lieu La Smalah »: « lieu » in a question is the word, not that venue.
    assert "Prochaine séance n°4" in ask(build_group("ess-na"), "la prochaine rencontre a lieu où ?")


@pytest.mark.parametrize("text", ["le tresorier a envoye les comptes", "la presidente est en vacances",
                                  "yannick est a la reu de la caf demain", "qqn va a la reu de la region ?",
                                  "jserai a reze demain"])
def test_news_of_members_and_questions_to_the_members_get_no_answer(collective: Chat, text: str) -> None:
    reply = ask(collective, text)
    assert "Organisation :" not in reply and "Rôle « " not in reply and "qui représente l'organisation" not in reply
    assert "Séance n°" not in reply


@pytest.mark.parametrize(("question", "shown"), [
    ("c qui le referent a la mission locale", "Fanny Leroux"),
    ("le tresorier de la banque alim ?", "Hervé Lemaître"),
    ("qui vient de la region a la reu ?", "Chantal Humeau"),
    ("c qui le contact pour l epicerie sociale", "Maëlle Briand"),
])
def test_who_questions_beside_those_still_answer(collective: Chat, question: str, shown: str) -> None:
    assert shown in ask(collective, question)


@pytest.mark.parametrize(("question", "shown"), [
    # No role and no decision names it: the pilot of an open task does.
    ("qui gère les encadrants ?", "Bruno Giraud"),
    ("qui s'occupe de la réunion publique ?", "Élodie Ferracci"),
])
def test_who_handles_a_topic_found_in_open_tasks(question: str, shown: str) -> None:
    reply = ask(build_group("contrat-ville13"), question)
    assert shown in reply and "Tâche n°" in reply


def test_pro_is_prochaine_after_la_or_semaine_only(network: Chat) -> None:
    assert "Prochaine séance n°4" in ask(network, "c quand la pro ?")
    # « la formation pro » is professional training: echoed as typed, not as « prochaine ».
    assert "prochaine" not in ask(network, "on a décidé quoi pour la formation pro ?")
