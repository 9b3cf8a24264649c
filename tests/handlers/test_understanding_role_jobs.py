"""Who does a job, asked by what the job does rather than by the title the
directory writes (general causes found by blind set 16b, tested here on
another group, in other words): a verb of doing (« qui fait la médiation ? »,
« qui tient l'accueil ? », « y a quelqu'un pour … »), an activity opening a
clause of a role answered as a charge and not as a title (« Conseillère,
accès au logement »), the acronyms of social action spelled out (« la
sécurité » for the CISPD), a place word that is also in a body's name
(« à la Villeneuve »), a task that holds more of the charge than any role,
« le référent X » as a title, one job under two names (« l'assistante
sociale » for a « Travailleuse sociale »), and the non-questions around them."""

from __future__ import annotations

import pytest

from storage.store import Store
from tests.handlers.questions_eval import verdict
from tests.handlers.questions_groups import NOW
from tests.helpers import Chat, group_config, make_chat

SLUG = "prevention38"


@pytest.fixture(scope="module")
def chat() -> Chat:
    chat = make_chat(Store.memory(), NOW, group_config(SLUG, timezone="Europe/Paris", locale="fr_FR"))
    data = chat.store.group(SLUG)
    data.add_member("Julie Fournier", "Ville de Grenoble", "Médiateur social, quartier de la Villeneuve")
    data.add_member("Arnaud Chevallier", "Grenoble-Alpes Métropole", "Coordinatrice du CISPD")
    data.add_member("Samira Haddad", "Conseil départemental de l'Isère", "Référente RSA, territoire de l'agglomération")
    data.add_member("Paul Vernet", "CAF de l'Isère", "Conseiller, accès au logement")
    data.add_member("Nora Belkacem", "Maison des habitants de la Villeneuve", "Directrice")
    data.add_member("Louis Mercier", "Secours catholique de l'Isère", "Bénévole, accueil des familles")
    data.add_member("Claire Rostaing", "Ville d'Échirolles", "Chargée de mission habitat")
    data.add_member("Hugo Perrin", "Préfecture de l'Isère", "Délégué du préfet, Villeneuve et Village olympique")
    data.add_member("Inès Moreau", "Ville de Grenoble", "Animateur jeunesse")
    data.add_member("Mathilde Roux", "CAF de l'Isère", "Travailleuse sociale")
    data.add_member("Farid Amrani", "Ville d'Échirolles", "Élu délégué à la jeunesse")
    data.add_member("Yasmine Ferrand", "Centre hospitalier Alpes-Isère", "Psychologue, équipe mobile précarité")
    data.add_member("Gilles Bonnet", "UDAF de l'Isère", "Mandataire judiciaire")
    data.add_member("Rémi Faure", "Association Point d'eau", "Bénévole, maraude auprès des sans-abri")
    data.add_member("Yves Garnier", "CCAS d'Échirolles", "Responsable du pôle domiciliation")
    pilots = {m.name: m.number for m in data.members()}
    data.add_task("Recenser les places d'hébergement d'urgence de l'hiver", pilots["Louis Mercier"],
                  NOW.date().replace(day=20), None, "Louis Mercier", "Nora Belkacem", "telegram:coord-1")
    return chat


@pytest.mark.parametrize(("intent", "who", "question"), [
    # A job asked by what it does.
    ("in_charge", "Julie Fournier", "qui fait la médiation sociale ?"),
    ("in_charge", "Louis Mercier", "qui tient l'accueil des familles ?"),
    ("in_charge", "Inès Moreau", "y a quelqu'un pour les jeunes ?"),
    ("in_charge", "Claire Rostaing", "vers qui se tourner pour l'habitat ?"),
    ("in_charge", "Louis Mercier", "qui accompagne les familles ?"),
    # An activity opening a clause of a role is a charge within the body, not a title.
    ("in_charge", "Paul Vernet", "qui s'occupe de l'accès au logement à la CAF ?"),
    ("in_charge", "Paul Vernet", "qui gère l'accès au logement ?"),
    # « en charge de » within a body names no title.
    ("in_charge", "Claire Rostaing", "qui est en charge de l'habitat à la ville d'Échirolles ?"),
    # The acronyms of social action, spelled out.
    ("in_charge", "Arnaud Chevallier", "qui s'occupe de la sécurité ?"),
    ("in_charge", "Arnaud Chevallier", "à qui s'adresser pour des problèmes de délinquance ?"),
    ("in_charge", "Samira Haddad", "qui est en charge du revenu de solidarité active ?"),
    ("in_charge", "Samira Haddad", "qui suit les bénéficiaires du RSA ?"),
    # A place word of a role that is also in a body's name.
    ("in_charge", "Julie Fournier", "qui s'occupe de la médiation à la Villeneuve ?"),
    ("role_holder", "Hugo Perrin", "c'est qui la déléguée du préfet à la Villeneuve ?"),
    # « le référent X » is the title « Référent X », in either gender.
    ("role_holder", "Samira Haddad", "c'est qui le référent RSA ?"),
    ("role_holder", "Samira Haddad", "qui est la référente RSA ?"),
    # One job under two names.
    ("role_holder", "Mathilde Roux", "qui est l'assistant social de la CAF ?"),
    ("role_holder", "Farid Amrani", "c'est qui la conseillère municipale déléguée à la jeunesse ?"),
    # An acronym of a role asked in its words; a public or a measure for the job that serves it.
    ("role_holder", "Arnaud Chevallier", "qui est le coordinateur du conseil intercommunal de sécurité ?"),
    ("in_charge", "Rémi Faure", "qui s'occupe des SDF ?"),
    ("in_charge", "Gilles Bonnet", "qui s'occupe des tutelles ?"),
    # A part of a body named by its own word, not by « pôle ».
    ("role_holder", "Yves Garnier", "c'est qui la responsable domiciliation du CCAS ?"),
    # « l'hôpital » for a « Centre hospitalier ».
    ("org_representative", "Yasmine Ferrand", "quelqu'un de l'hôpital ?"),
])
def test_a_job_asked_by_what_it_does(chat: Chat, intent: str, who: str, question: str) -> None:
    assert verdict(chat, intent, who, question)[0] == "correct", chat.say(question, private=True)


def test_a_task_holding_more_of_the_charge_than_any_role_answers(chat: Chat) -> None:
    # « Chargée de mission habitat » says « logement » only by its family; the task says it all.
    reply = chat.say("qui s'occupe de l'hébergement d'urgence ?", private=True)
    assert "Louis Mercier" in reply and "Recenser les places d'hébergement d'urgence" in reply, reply


def test_the_head_of_a_body_is_not_the_head_of_one_of_its_parts(chat: Chat) -> None:
    reply = chat.say("qui est le responsable du CCAS ?", private=True)
    assert "Yves Garnier" in reply and "seulement" in reply and "Je ne trouve personne" in reply, reply


def test_the_charge_asked_for_with_pour_stays_a_charge(chat: Chat) -> None:
    assert verdict(chat, "in_charge", "Samira Haddad", "qui est le référent pour le RSA ?")[0] == "correct"


@pytest.mark.parametrize("message", [
    "je m'occupe du RSA de ma belle-mère, quelle galère",
    "Julie fait la médiation ce soir à la Villeneuve",
    "qui fait le café pendant la pause ?",
    "y a quelqu'un pour m'ouvrir la porte ?",
    "le référent RSA est en congé jusqu'à lundi",
    "la sécurité du bâtiment ferme à 19h",
    "qui m'accompagne à la gare demain ?",
])
def test_talk_about_these_jobs_is_no_question(chat: Chat, message: str) -> None:
    assert verdict(chat, "none", "", message)[0] == "quiet", chat.say(message, private=True)
