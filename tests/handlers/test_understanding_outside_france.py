"""The families blind set 19g (charleroi, a Hainaut commission) missed,
asked in other groups and other words: Belgian bodies known by what they
are (« la Région wallonne » for an SPW, « l'intercommunale » for Intradel,
« la mutuelle » for Partenamut, « le secteur associatif » for an ASBL, a
town's first word for its CPAS), titles of a commune's executive across
countries (échevin, adjoint, municipal, conseiller administratif) said with
their charge, « X, il est échevin de quoi ? », « siéger », where and how
much a decision says (« la fête des aînés, c'est où ? »), who does what a
decision names with its own verb (« qui coordonne le plan grand froid ? »),
Belgian words of deadlines (« rentrer » a file, « le subside »), and
« on parle de qui là ? », which asks nothing of the agenda."""

from __future__ import annotations

import pytest

from tests.handlers.questions_groups import build_group, invented_group
from tests.handlers.questions_eval import outcome_of
from tests.helpers import Chat



@pytest.fixture(scope="module")
def hainaut() -> Chat:
    """A small Walloon group invented for these tests."""
    return invented_group(
        "hainaut-test",
        ("Julie Hardy", "SPW Mobilité et Infrastructures", "Attachée"),
        ("Paul Lejeune", "Intradel", "Chargé de prévention des déchets"),
        ("Chantal Michaux", "Partenamut", "Assistante sociale"),
        ("Samir Aït", "ASBL Article 27", "Animateur"),
        ("Anne Noël", "CPAS d'Ottignies-Louvain-la-Neuve", "Directrice générale"),
        ("Claire Gobert", "Ville de Mons", "Échevine de la jeunesse"),
        ("Marc Piette", "Ville de Mons", "Animateur jeunesse"),
    )


@pytest.fixture(scope="module")
def network() -> Chat:
    return build_group("reseau92")


@pytest.fixture(scope="module")
def nyon() -> Chat:
    return build_group("nyon")


@pytest.fixture(scope="module")
def namur() -> Chat:
    return build_group("pcs-namur")


@pytest.mark.parametrize(("text", "body", "person"), [
    ("qui représente la Région wallonne ?", "SPW Mobilité et Infrastructures", "Julie Hardy"),
    ("quelqu'un de la Région ?", "SPW Mobilité et Infrastructures", "Julie Hardy"),
    ("qui vient de l'intercommunale ?", "Intradel", "Paul Lejeune"),
    ("qui représente la mutuelle ?", "Partenamut", "Chantal Michaux"),
    ("qui est là pour le secteur associatif ?", "ASBL Article 27", "Samir Aït"),
    ("qui vient d'Ottignies ?", "CPAS d'Ottignies-Louvain-la-Neuve", "Anne Noël"),
])
def test_a_belgian_body_is_asked_by_what_it_is(hainaut: Chat, text: str, body: str, person: str) -> None:
    outcome = outcome_of(hainaut, text)
    assert outcome.confident and outcome.intent == "org_representative", (text, outcome.reply.plain())
    assert outcome.reply.plain().startswith(f"{body} : qui représente l'organisation"), outcome.reply.plain()
    assert person in outcome.reply.plain()


@pytest.mark.parametrize("text", ["qui représente l'intercommunale ?", "qui représente la mutuelle ?"])
def test_a_kind_of_body_the_group_lacks_is_said_not_found(network: Chat, text: str) -> None:
    outcome = outcome_of(network, text)
    assert not outcome.confident
    assert "Je ne trouve pas" in outcome.reply.plain()


def test_a_title_said_with_its_charge_names_its_holder_not_everyone_on_the_subject(hainaut: Chat) -> None:
    titled = outcome_of(hainaut, "qui est l'échevine de la jeunesse ?")
    assert titled.confident and titled.intent == "role_holder"
    assert "Claire Gobert" in titled.reply.plain() and "Marc Piette" not in titled.reply.plain()
    # Who has the subject in charge, without a title: both.
    charge = outcome_of(hainaut, "qui s'occupe de la jeunesse ?")
    assert "Claire Gobert" in charge.reply.plain() and "Marc Piette" in charge.reply.plain()


def test_a_belgian_title_finds_a_french_adjoint(network: Chat) -> None:
    outcome = outcome_of(network, "qui est l'échevin de l'emploi à Nanterre ?")
    assert outcome.confident and outcome.intent == "role_holder"
    assert "Karim Benali — Ville de Nanterre — Adjoint au maire chargé de l'emploi" in outcome.reply.plain()


@pytest.mark.parametrize(("text", "name"), [("Claire Gobert, elle est échevine de quoi ?", "Claire Gobert"),
                                            ("Marc Piette il est animateur de quoi ?", "Marc Piette")])
def test_a_member_s_title_asked_of_what_is_the_member_s_card(hainaut: Chat, text: str, name: str) -> None:
    outcome = outcome_of(hainaut, text)
    assert outcome.confident and outcome.intent == "who_is"
    assert outcome.reply.plain().startswith(name)


def test_sieger_asks_when_the_group_meets_and_who_sits_in_it(network: Chat) -> None:
    when = outcome_of(network, "le réseau siège quand ?")
    assert when.confident and when.reply.plain().startswith("Prochaine séance n°4 — jeudi 10 décembre 2026")
    who = outcome_of(network, "qui siège au réseau ?")
    assert who.confident and who.reply.plain().startswith("Membres du groupe (16)")


@pytest.mark.parametrize(("text", "number"), [
    ("la fête des aînés, c'est où ?", 3),
    ("la fête des aînés ça se passe où exactement ?", 3),
    ("la permanence de Pro Senectute, c'est où ?", 5),
])
def test_where_a_decided_thing_takes_place_is_the_decision_saying_it(nyon: Chat, text: str, number: int) -> None:
    outcome = outcome_of(nyon, text)
    assert outcome.confident and outcome.intent == "decisions_topic", (text, outcome.reply.plain())
    assert f"Décision n°{number} —" in outcome.reply.plain()


def test_an_amount_asked_of_a_decision_in_belgian_numbers() -> None:
    chat = build_group("charleroi")
    outcome = outcome_of(chat, "c'est quoi le montant pour les primes chaudières ? septante ou nonante mille ?")
    assert outcome.confident and "Le CPAS consacre 90 000 € aux primes" in outcome.reply.plain()


@pytest.mark.parametrize("text", ["où on en est des cantines ?", "le parking c'est où ?"])
def test_where_with_no_decided_place_or_asking_progress_is_no_decision(network: Chat, text: str) -> None:
    assert not outcome_of(network, text).confident


@pytest.mark.parametrize("text", ["qui coordonne le plan grand froid ?", "le plan grand froid est coordonné par qui ?",
                                  "c'est qui qui coordonne le plan grand froid ?"])
def test_who_does_what_a_decision_says_with_the_same_verb(namur: Chat, text: str) -> None:
    reply = outcome_of(namur, text).reply.plain()
    assert "Le Relais social coordonne le plan grand froid pour les deux communes." in reply, (text, reply)
    assert "Nommés par la décision :\n• Jérôme Pirson" in reply


def test_who_holds_a_permanence_a_decision_sets_up(nyon: Chat) -> None:
    reply = outcome_of(nyon, "qui tient la permanence au CMS ?").reply.plain()
    assert "Pro Senectute tient une permanence chaque jeudi après-midi au CMS de Nyon." in reply
    assert "• Sabine Grandjean — Pro Senectute Vaud" in reply


def test_a_role_that_holds_the_whole_charge_still_answers_before_a_decision(nyon: Chat) -> None:
    outcome = outcome_of(nyon, "qui coordonne les transports bénévoles ?")
    assert outcome.confident and "Émilie Morand — Croix-Rouge vaudoise — Coordinatrice des transports bénévoles" in (
        outcome.reply.plain())
    assert "Décision" not in outcome.reply.plain()


def test_a_file_rentre_and_a_subside_are_belgian_words_of_the_records(network: Chat) -> None:
    due = outcome_of(network, "les candidatures à l'appel à projets doivent rentrer pour quand ?")
    assert due.confident and "Échéance n°2 — mardi 15 décembre 2026" in due.reply.plain()
    decided = outcome_of(network, "la demande de subside au Département, c'est décidé ?")
    assert decided.confident and "Une subvention de 15 000 € est demandée au Département" in decided.reply.plain()


def test_who_someone_meant_asks_nothing_of_the_agenda(network: Chat) -> None:
    assert not outcome_of(network, "on parle de qui là ?").confident
    assert outcome_of(network, "on parle de quoi jeudi prochain ?").confident


# The families set 19gb (rivedroite, Geneva) missed, asked in other groups.

def test_the_state_in_a_swiss_group_is_every_body_of_the_canton() -> None:
    geneva = invented_group("ge-test", ("Anne Rochat", "Département de l'instruction publique (DIP)", "Cheffe de projet"),
                            ("Luc Perrin", "Office cantonal de la population", "Conseiller"),
                            ("Paul Gay", "Ville de Carouge", "Conseiller administratif"))
    reply = outcome_of(geneva, "qui est là pour l'État ?").reply.plain()
    assert "• Luc Perrin — Office cantonal de la population" in reply
    assert "• Anne Rochat — Département de l'instruction publique (DIP)" in reply and "Paul Gay" not in reply


def test_the_state_in_a_french_group_is_still_the_prefecture_not_the_departement() -> None:
    gironde = invented_group("fr-test", ("Marie Dubois", "Département de la Gironde", "Vice-présidente"),
                             ("Jean Roux", "Préfecture de la Gironde", "Sous-préfet"))
    reply = outcome_of(gironde, "qui représente l'État ?").reply.plain()
    assert "Jean Roux" in reply and "Marie Dubois" not in reply


def test_a_swiss_hospital_by_its_initials_and_adieu_as_a_greeting() -> None:
    vaud = invented_group("vd-test", ("Zoé Baud", "CHUV", "Infirmière"), ("Paul Gay", "Ville de Renens", "Municipal"))
    assert outcome_of(vaud, "quelqu'un de l'hôpital ?").reply.plain().startswith("CHUV : qui représente l'organisation")
    assert outcome_of(vaud, "Adieu, qui représente Renens ?").reply.plain().startswith("Ville de Renens : qui représente")


def test_adieu_opens_a_question_in_geneva() -> None:
    onex = build_group("onexge")
    assert outcome_of(onex, "Adieu tout le monde, on se voit quand déjà ?").reply.plain().startswith("Prochaine séance n°4")


def test_minutes_received_with_thanks_to_someone_ask_for_nothing() -> None:
    outcome = outcome_of(build_group("onexge"), "bien reçu le PV, merci Raphaël")
    assert not outcome.confident


def test_the_one_after_the_next_said_with_a_pronoun() -> None:
    reply = outcome_of(build_group("onexge"), "et celle d'après, c'est quand ?").reply.plain()
    assert reply.startswith("Séance n°5 — jeudi 14 janvier 2027")


@pytest.mark.parametrize("text", ["on se réunit à quel rythme ?", "le groupe se réunit à quelle fréquence ?"])
def test_the_rhythm_of_the_meetings_is_the_rule_that_sets_it(text: str) -> None:
    outcome = outcome_of(build_group("logement-vd"), text)
    assert outcome.confident and "Le groupe se réunit chaque mois, alternativement à Lausanne et à Renens." in (
        outcome.reply.plain())


@pytest.mark.parametrize(("text", "number"), [("la permanence de Pro Senectute, c'est quand ?", 5),
                                              ("la fête des aînés c'est quand déjà ?", 3)])
def test_when_a_decided_thing_happens_is_the_decision_saying_it(nyon: Chat, text: str, number: int) -> None:
    outcome = outcome_of(nyon, text)
    assert outcome.confident and f"Décision n°{number} —" in outcome.reply.plain()


def test_a_deadline_still_answers_when_of_its_own_words(network: Chat) -> None:
    reply = outcome_of(network, "la réponse au questionnaire sur la mobilité c'est quand ?").reply.plain()
    assert "Réponse au questionnaire sur la mobilité" in reply and "Décision" not in reply


def test_who_holds_what_a_decision_gives_a_body_to_do() -> None:
    reply = outcome_of(build_group("onexge"), "qui tient la permanence d'accès aux droits ?").reply.plain()
    assert "Nommés par la décision :\n• Arnaud Perroud — Hospice général" in reply


def test_where_the_group_decided_to_meet_is_its_rule_on_meetings(network: Chat) -> None:
    outcome = outcome_of(network, "on avait décidé où se tiennent les réunions ?")
    assert outcome.confident and "Les réunions ont lieu à tour de rôle dans les communes membres." in outcome.reply.plain()


def test_a_count_asked_with_a_season_names_the_thing_decided() -> None:
    geneva = build_group("onexge")
    assert not outcome_of(geneva, "combien de bénévoles cet hiver ?").confident  # no decision counts them
    outcome = outcome_of(build_group("logement-vd"), "combien de places d'urgence en plus cet hiver ?")
    assert outcome.confident and "L'ouverture de 40 places d'hébergement d'urgence" in outcome.reply.plain()


def test_whether_a_doer_named_was_decided_is_a_decision_question(namur: Chat) -> None:
    outcome = outcome_of(namur, "le grand froid, c'est le Relais social qui coordonne, c'est acté ?")
    assert outcome.confident and outcome.intent == "decisions_topic"
    assert "Le Relais social coordonne le plan grand froid" in outcome.reply.plain()


def test_how_far_the_decided_actions_are_is_no_rule_on_meetings() -> None:
    outcome = outcome_of(build_group("charleroi"), "on en est où des actions décidées en commission ?")
    assert outcome.intent != "decisions_topic" or not outcome.confident
