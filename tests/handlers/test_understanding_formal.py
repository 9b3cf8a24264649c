"""Questions in the formal register and Swiss or Belgian usage, seen
through the replies: polite frames that carry no question, inverted and
future-tense questions, « le 15 courant », tasks « confiées », a charge
named with « la charge de » or « responsable de ». Each family is asked
on held-out set 13's Fribourg group and on the Hauts-de-Seine network, in
sentences that are in no evaluation set."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def fribourg() -> Chat:
    return build_group("integration-fr")


@pytest.fixture(scope="module")
def network() -> Chat:
    return build_group("reseau92")


def ask(chat: Chat, text: str) -> str:
    return chat.say(text, private=True)


@pytest.mark.parametrize("text", [
    "Auriez-vous la gentillesse de me communiquer le lieu de la prochaine réunion ?",
    "Je me permets de vous demander où se tiendra notre prochaine séance.",
    "Je vous saurais gré de bien vouloir m'indiquer l'heure de la prochaine réunion.",
    "Serait-il envisageable de connaître la date de la prochaine séance ?",
])
def test_a_polite_frame_leaves_the_question_it_carries(network: Chat, text: str) -> None:
    assert "Prochaine séance n°4" in ask(network, text)


def test_polite_frames_carry_any_question(network: Chat) -> None:
    assert "Karim Benali" in ask(network, "Je me permets de vous demander qui représente la Ville de Nanterre.")
    assert "Membres du groupe" in ask(network, "Je vous serais reconnaissante de bien vouloir me transmettre la liste des membres.")
    reply = ask(network, "Je vous prie de bien vouloir m'indiquer qui préside l'AMD 92.")
    assert "Sophie Garnier" in reply and "prie" not in reply
    assert "Ordre du jour de la séance n°4" in ask(network, "Nous vous prions de bien vouloir nous communiquer l'ordre du jour.")


def test_a_polite_excuse_is_no_question(network: Chat) -> None:
    for text in ("Je vous prie de m'excuser pour la séance de jeudi.", "Je vous saurais gré de m'excuser."):
        reply = ask(network, text)
        assert "Séance n°" not in reply and "Échéance n°" not in reply, (text, reply)


def test_an_inverted_future_asks_for_the_next_meeting(network: Chat, fribourg: Chat) -> None:
    assert "Prochaine séance n°4" in ask(network, "Quand nous réunirons-nous ?")
    # « débutera » is « débuter » read as « commencer » in every tense.
    assert "Prochaine séance n°4" in ask(network, "La réunion débutera-t-elle à 14 heures ?")
    assert "17 décembre 2026" in ask(fribourg, "Quand nous reverrons-nous ?")


def test_the_day_of_the_current_month(network: Chat, fribourg: Chat) -> None:
    # « le 15 courant » on 1 December: the 15th of December, whatever falls then.
    assert "Dépôt des candidatures" in ask(network, "Quelle échéance tombe le 15 courant ?")
    assert "Remise des inventaires" in ask(fribourg, "Qu'est-ce qui est prévu le 15 courant ?")
    assert "Séance n°4" in ask(fribourg, "La séance du 17 courant est-elle maintenue ?")


def test_who_holds_an_office_in_formal_words(network: Chat, fribourg: Chat) -> None:
    assert "Conseiller municipal délégué à la jeunesse" in ask(network, "Quelle fonction occupe M. Okafor ?")
    assert "Camille Leroy" in ask(network, "Qui est présent pour la Région ?")
    assert "Croix-Rouge fribourgeoise" in ask(fribourg, "Quel poste occupe Madame Gumy ?")


def test_a_charge_named_by_responsable_or_la_charge_de_answers_who_is_in_charge(network: Chat, fribourg: Chat) -> None:
    assert "En charge de « communication »" in ask(network, "Qui a la charge de la communication ?")
    reply = ask(fribourg, "Qui est responsable de l'accueil des requérants d'asile ?")
    assert "Fabienne Gumy" in reply and "Nathalie Egger" not in reply


def test_tasks_given_to_someone_or_to_me(fribourg: Chat) -> None:
    reply = ask(fribourg, "Quelles tâches ont été confiées à M. Rossier ?")
    assert "Tâches de Patrick Rossier" in reply and "questionnaire" in reply
    assert "aucune tâche à votre nom" in ask(fribourg, "Qu'ai-je à faire avant la prochaine réunion ?")
    reply = ask(fribourg, "Quels travaux n'ont pas été rendus dans les délais ?")
    assert "Tâches en retard" in reply and "procès-verbal" in reply


def test_the_context_written_before_a_question_is_no_topic(network: Chat) -> None:
    reply = ask(network, "Je serai absente jeudi. Pourriez-vous m'envoyer l'ordre du jour de la prochaine réunion ?")
    # « jeudi » is why she asks, not which meeting: no « Aucune séance le jeudi 3 décembre ».
    assert reply.startswith("Ordre du jour de la séance n°4")
    assert "Lucas Fontaine" in ask(network, "Je prépare le budget de la commune : qui représente le CD92 ?")
    reply = ask(network, "Dans le cadre de la préparation du forum, pourriez-vous m'indiquer la date de la prochaine séance ?")
    assert "Prochaine séance n°4" in reply
    reply = ask(network, "Ne pouvant être présent jeudi, je souhaiterais savoir où se tiendra la prochaine séance.")
    assert reply.startswith("Prochaine séance n°4")


def test_a_context_clause_keeps_the_meeting_it_names(network: Chat, fribourg: Chat) -> None:
    assert "Décisions de la séance n°3" in ask(network, "Ayant manqué la dernière réunion, je souhaiterais savoir ce qui a été décidé.")
    assert "Dernière séance n°3" in ask(fribourg, "N'ayant pu me libérer pour la dernière séance, pourriez-vous m'en rappeler la date ?")
    # A person named before the colon is the one asked about.
    assert "Déléguée à l'intégration" in ask(fribourg, "Je n'ai pas encore rencontré Mme Kolly : quel est son rôle ?")


def test_a_sentence_that_sets_the_topic_is_kept(network: Chat) -> None:
    assert "pistes cyclables" in ask(network, "Concernant les pistes cyclables : qu'a-t-on décidé ?")
    assert "Prochaine séance n°4" in ask(network, "prochaine séance : date et lieu ?")


def test_a_body_named_in_a_decision_s_topic_is_part_of_it() -> None:
    food = build_group("alimentation69")
    assert "La Banque alimentaire récupère les invendus" in ask(food, "Qu'a-t-on décidé concernant la Banque alimentaire ?")
    partnership = build_group("pcs-namur")
    reply = ask(partnership, "Qu'a-t-il été décidé concernant le Relais social ?")
    assert "Décision n°3" in reply and "plan grand froid" in reply


def test_next_year_is_a_period(fribourg: Chat) -> None:
    reply = ask(fribourg, "Quelles sont les échéances de l'année prochaine ?")
    assert reply.startswith("Agenda en 2027") and "cours de langue" in reply and "inventaires" not in reply


def test_more_formal_frames_and_a_closing_formula(fribourg: Chat) -> None:
    reply = ask(fribourg, "Je vous serais obligée de me faire parvenir l'ordre du jour de la prochaine séance.")
    assert reply.startswith("Ordre du jour de la séance n°4")
    assert "OSEO Fribourg" in ask(fribourg, "Qui est Monsieur Menoud, je vous prie ?")
    # The « -t- » of « travaille-t-elle » does not make Mme Egger the one spoken to.
    assert "Caritas Fribourg" in ask(fribourg, "Mme Egger, pour quelle organisation travaille-t-elle ?")


def test_formal_topic_markers_name_the_decision_s_topic(fribourg: Chat) -> None:
    assert "Décision n°5" in ask(fribourg, "Quant aux cours de français, qu'a-t-on décidé ?")
    assert "Décision n°6" in ask(fribourg, "En ce qui concerne l'enquête de Pro Senectute, qu'a-t-il été convenu ?")
    assert "Décision n°2" in ask(fribourg, "Pourriez-vous me rappeler la décision relative aux procès-verbaux ?")


def test_a_polite_request_about_a_record_is_answered_as_a_question(fribourg: Chat) -> None:
    reply = ask(fribourg, "Pourriez-vous m'indiquer l'échéance du rapport intermédiaire au SEM ?")
    assert "26 février 2027" in reply and "rapport intermédiaire" in reply


def test_tasks_charges_and_deadlines_in_formal_verbs(fribourg: Chat) -> None:
    assert "Tâches de Delphine Kolly" in ask(fribourg, "Quelles tâches incombent à Mme Kolly ?")
    assert "Tâches en retard" in ask(fribourg, "Quelles actions accusent un retard ?")
    assert "Fabienne Gumy" in ask(fribourg, "Qui est la personne de référence pour l'accueil des requérants d'asile ?")
    assert ask(fribourg, "Quels délais devons-nous respecter en janvier ?").startswith("Agenda en janvier 2027")


def test_the_group_s_own_name_for_itself_weighs_nothing(fribourg: Chat) -> None:
    # « le partenariat », « le consortium »: a stop word no example uses no longer dilutes the question.
    assert "Prochaine séance n°4" in ask(fribourg, "Quand le partenariat se réunira-t-il prochainement ?")
    assert "Membres du groupe" in ask(fribourg, "Quelles institutions composent le partenariat ?")
    assert "Membres du groupe" in ask(build_group("pcs-namur"), "Quelles organisations composent le consortium ?")


def test_words_around_a_formal_question_that_name_no_topic(fribourg: Chat) -> None:
    assert "Dernière séance n°3" in ask(fribourg, "La dernière séance s'est-elle tenue en ligne ?")
    assert "Cheffe de projet hébergement" in ask(fribourg, "Quelle fonction Mme Bapst exerce-t-elle ?")
    assert ask(fribourg, "Quels délais arrivent à terme ce mois-ci ?").startswith("Agenda ce mois-ci")


@pytest.mark.parametrize(("text", "shown"), [
    ("Sauriez-vous me dire qui représente la Ville de Colombes ?", "Paul Dumont"),
    ("Je vous remercie de m'indiquer le lieu de la prochaine séance.", "Prochaine séance n°4"),
    ("Je me demandais quand a lieu la prochaine réunion.", "Prochaine séance n°4"),
    ("Puis-je vous demander qui est Mme Vasseur ?", "Directrice du CCAS"),
    ("Pourriez-vous, s'il vous plaît, m'indiquer l'ordre du jour ?", "Ordre du jour de la séance n°4"),
    ("Je me demande si la réunion de janvier est maintenue.", "Séance n°5"),
])
def test_requests_framed_as_thanks_or_as_wondering(network: Chat, text: str, shown: str) -> None:
    assert shown in ask(network, text)


def test_thanks_without_a_request_stay_thanks(network: Chat) -> None:
    for text in ("Je vous remercie pour votre accueil.", "Je vous remercie de m'avoir transmis le document."):
        reply = ask(network, text)
        assert "Séance n°" not in reply and "Échéance n°" not in reply and "Membres du groupe" not in reply, (text, reply)


def test_formal_verbs_of_deciding(fribourg: Chat) -> None:
    assert "Décision n°3" in ask(fribourg, "Qu'a-t-on entériné concernant les logements d'urgence ?")
    assert "Décision n°5" in ask(fribourg, "Le financement des cours de français a-t-il été approuvé ?")
    assert "Décisions de la séance n°3" in ask(fribourg, "Sur quoi le groupe a-t-il statué lors de la dernière séance ?")
    collective = build_group("quartiers-romands")
    assert "Décision n°4" in ask(collective, "Qu'a-t-on entériné au sujet de la Fête des voisins ?")
    # News of another body's decision is no question about the group's.
    reply = ask(fribourg, "Le Conseil d'État a approuvé le règlement ce matin.")
    assert "Décision n°" not in reply


def test_news_of_a_body_s_decision_is_no_request(fribourg: Chat) -> None:
    for text in ("La Ville de Bulle a approuvé le crédit hier soir.", "Le SEM a publié ses directives ce matin.",
                 "Le Département de la Gironde a adopté le guide hier."):
        reply = ask(fribourg, text)
        assert "Décision n°" not in reply and "Décisions" not in reply, (text, reply)
    # The same words as a request worded as a noun phrase are answered.
    assert "Décisions de la séance n°2" in ask(fribourg, "les décisions qu'on a prises en octobre")


def test_a_title_after_in_charge_of_names_the_role(fribourg: Chat) -> None:
    # « chargé du secrétariat »: the secretary, not every « chargé de projet ».
    reply = ask(fribourg, "Qui est chargé du secrétariat du groupe ?")
    assert "Véronique Perroud" in reply and "Patrick Rossier" not in reply


def test_a_need_and_its_reason_before_the_question(fribourg: Chat) -> None:
    reply = ask(fribourg, "Devant préparer mon rapport, j'aurais besoin de connaître les échéances de janvier.")
    assert reply.startswith("Agenda en janvier 2027")
    assert "Ordre du jour de la séance n°4" in ask(fribourg, "Quels objets seront examinés lors de la prochaine séance ?")


def test_what_happened_to_me_then_the_request() -> None:
    partnership = build_group("pcs-namur")
    reply = ask(partnership, "Je n'ai pas reçu l'ordre du jour, pourriez-vous me le renvoyer ?")
    assert reply.startswith("Ordre du jour de la séance n°4")
    assert "Kevin Delvaux" in ask(partnership, "Je suis nouvelle, qui représente le Forem ?")
    assert "Inspectrice du Plan de cohésion sociale" in ask(partnership, "Je voudrais avoir les coordonnées de Mme Gobert.")
