"""Families of misses found by the blind sets 18f and 18fb (a Bienne / Jura
bernois group asked in Swiss chat register), each checked on other groups:
« le canton » for the canton's offices and services, the Swiss treasurer
(« caissier », « boursier ») and the duty a title holds (« qui tient la
caisse ? »), who pays or with whom as a decision, a proposal to the members,
a meeting named by its day and asked only how it is held, « celle du 21 »,
« on va à <ville> quand ? », a title of two words (« case manager »), a
body asked for by words of its name after « qui vient de », « s'annoncer »
for a meeting, a word of the group's own name that is the question's topic,
a town's body named by the town's adjective."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import ask, build_group, verdict
from tests.handlers.questions_groups import invented_group

# A Vaud association's committee: Swiss titles, nothing else.
ASSOCIATION = (
    ("Chantal Rochat", "Association Lire et Écrire Vaud", "Présidente"),
    ("Luc Favre", "Association Lire et Écrire Vaud", "Caissier, membre du comité"),
    ("Nadia Perret", "Commune d'Yverdon-les-Bains", "Boursière communale"),
    ("Jean Pittet", "Centre social régional d'Yverdon", "Job coach, insertion des jeunes adultes"),
)

# (group, intent, what the answer shows, question): a confident answer of that intent showing it.
ANSWERED = (
    # The Swiss treasurer, asked by the duty its title holds; « s'occuper de » stays a charge.
    ("bienne-integration", "role_holder", "Patrick Tschan", "qui tient la caisse ?"),
    ("bienne-integration", "in_charge", "Patrick Tschan", "qui s'occupe des finances du groupe ?"),
    # « faire le PV » is the secretary's duty, a charge as sets 17c and 17eb label « qui fait le compte rendu ? ».
    ("bienne-integration", "in_charge", "Jonas Villard", "c'est qui qui fait le PV ?"),
    ("integration-fr", "in_charge", "Véronique Perroud", "c'est qui qui fait le PV ?"),
    # A title of two words whose first is too short to be one alone.
    ("bienne-integration", "role_holder", "Yves Gosteli", "qui est le case manager ?"),
    # Who pays, or with whom: a decision says it. A trainee is one of a « stage » (derivation.py).
    ("bordeaux33", "decisions_topic", "micro-crèche", "c'est qui qui paye les places en micro-crèche à Lormont ?"),
    ("emploi95", "decisions_topic", "agglomération", "les navettes vers Roissy c'est qui qui paie ?"),
    ("culture13", "decisions_topic", "CAF", "qui paie les sorties culturelles des familles ?"),
    ("bienne-integration", "decisions_topic", "Chambre d'économie", "avec qui on organise le forum des métiers ?"),
    ("bienne-integration", "decisions_topic", "abonnements", "qui paye les abonnements de bus des stagiaires ?"),
    # Asking for something after « on pourrait » stays a question.
    ("bienne-integration", "agenda_items", "Budget 2027", "on pourrait avoir l'odj de jeudi prochain ?"),
    # A meeting's day asked only how it is held: that meeting, not the decision on the hour.
    ("bienne-integration", "meeting_which", "n°4", "on commence a 17h le 10 ?"),
    ("jura-cohesion", "meeting_which", "n°6", "on commence à 9h30 le 14 janvier ?"),
    ("vs-sion", "meeting_which", "n°6", "on se voit ou le 15 decembre ?"),
    # « celle du … » after a meeting was spoken of; going to a town is going to its meeting.
    ("bienne-integration", "meeting_which", "n°5", "et celle du 21 janvier ?"),
    ("jura-cohesion", "meeting_which", "n°7", "et celle du 25 février ?"),
    ("bienne-integration", "meeting_which", "n°8", "on va a Tavannes quand ?"),
    ("jura-cohesion", "meeting_which", "n°6", "on va à Saignelégier quand ?"),
    # A body asked for by words of its name after « qui vient de »; after « s'occuper de », a topic.
    ("bienne-integration", "org_representative", "Yves Gosteli", "qui vient de la formation professionnelle ?"),
    ("jura-cohesion", "org_representative", "Murielle Frossard", "qui vient de l'action sociale ?"),
    ("bienne-integration", "in_charge", "Yves Gosteli", "qui s'occupe de la formation professionnelle ?"),
    # Swiss usage: one « s'annonce » for a meeting.
    ("bienne-integration", "rsvp_upcoming", "Sandrine Châtelain", "qui s'est annonce pour la prochaine seance ?"),
    ("jura-cohesion", "rsvp_upcoming", "Martine Beuret", "qui s'est annoncé pour jeudi ?"),
    # The test groups are named « Groupe <slug> »: « integration » is a word of their names, the topic after a
    # charge; elsewhere the name names the group (« du groupe intégration », « l'inspectrice du PCS »).
    ("integration-fr", "in_charge", "Élisabeth Schorderet", "qui travaille sur l'intégration au SEM ?"),
    ("bienne-integration", "in_charge", "Jonas Villard", "qui s'occupe de l'integration a Bienne ?"),
    ("bienne-integration", "meeting_next", "n°4", "la prochaine reunion du groupe integration ?"),
    ("pcs-namur", "role_holder", "Laetitia Gobert", "qui est l'inspectrice du PCS ?"),
    # A place shown answers the other side of « ou » (« à Saignelégier ou aux Breuleux ? »).
    ("jura-cohesion", "meeting_which", "n°6", "la séance de janvier c'est à Saignelégier ou aux Breuleux ?"),
    ("jura-cohesion", "meeting_which", "n°6", "c'est à Saignelégier ou dans les Franches-Montagnes la séance de janvier ?"),
    # A language asked (« en quelle langue ? »): the one decision that names one.
    ("bienne-integration", "decisions_topic", "n°7", "les PV c'est en quelle langue ?"),
    ("jura-cohesion", "decisions_topic", "n°8", "le flyer sur les aides c'est en quelles langues ?"),
    ("basque64", "decisions_topic", "basque et en espagnol", "le guide des droits c'est en quelles langues ?"),
    # A town's body named by the town's adjective.
    ("bienne-integration", "org_members", "Kevin Mathez", "qui fait partie de la délégation biennoise ?"),
)


@pytest.mark.parametrize(("slug", "intent", "key", "message"), ANSWERED)
def test_a_question_of_the_families_is_answered(slug: str, intent: str, key: str, message: str) -> None:
    assert verdict(build_group(slug), intent, key, message)[0] == "correct"


def test_the_canton_names_the_canton_s_offices_and_services_not_the_communes() -> None:
    reply = ask(build_group("integration-fr"), "qui vient du canton ?")
    assert "Laurent Chassot" in reply and "Thierry Sottas" in reply, reply  # SASoc, SLog
    assert "Caritas" not in reply, reply
    reply = ask(build_group("vs-sion"), "qui sont les membres cantonaux ?")
    assert "Olivier Gay" in reply and "Valérie Crettenand" in reply, reply  # Office cantonal AI, SAS
    assert "Nathalie Fournier" not in reply, reply  # Ville de Sion
    assert "Estelle Gerber" in ask(build_group("bienne-integration"), "y a qui du canton ?")


def test_swiss_titles_of_an_association_and_a_commune() -> None:
    chat = invented_group("lire-ecrire-vd", *ASSOCIATION)
    assert "Luc Favre" in ask(chat, "c'est qui le trésorier ?")
    assert "Luc Favre" in ask(chat, "qui tient la caisse ?")
    assert "Nadia Perret" in ask(chat, "qui est la boursière ?")
    assert "Jean Pittet" in ask(chat, "c'est qui le job coach ?")


@pytest.mark.parametrize(("slug", "text"), (
    ("bienne-integration", "on pourrait faire la seance de mars a Tavannes ?"),
    ("jura-cohesion", "on pourrait faire la séance de janvier à Delémont plutôt ?"),
    ("onexge", "et si on se retrouvait à Lancy en février ?"),
))
def test_a_proposal_to_the_members_is_not_answered(slug: str, text: str) -> None:
    assert verdict(build_group(slug), "none", "", text)[0] == "quiet"


def test_the_group_s_name_word_after_a_charge_finds_every_charge() -> None:
    reply = ask(build_group("integration-fr"), "qui s'occupe de l'intégration ?")
    assert "Delphine Kolly" in reply and "Élisabeth Schorderet" in reply, reply


def test_a_town_s_adjective_after_commune_names_the_town() -> None:
    assert "Nathalie Fournier" in ask(build_group("vs-sion"), "qui représente la commune sédunoise ?")
