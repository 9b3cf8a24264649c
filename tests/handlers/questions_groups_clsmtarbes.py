"""A group written by w28a in the twenty-seventh round, for the lead's
blind set 43, written out of every engineer's reach and measured once on
main: the conseil local de santé mentale (CLSM) of Tarbes — the town's
health coordinator who coordinates, the deputy mayor for health who
chairs it, the psychiatric hospital's adult sector (the chef de pôle who
co-chairs, the CMP's coordinating nurse), a GEM (invented), the Unafam,
the public landlord OPH 65, the CCAS, the municipal police, the MDPH, the
ARS's departmental delegation, a médecin généraliste of the CPTS, the
CSAPA and the Mission locale. An assemblée plénière twice a year, a
comité de pilotage in between and a « cellule de cas complexes » (the
case-review cell) every two months, each in different places. A
stranger's general set in the words of health, social and city workers.
Tasks (three late, two done, one cancelled) and the attendance of the
cell of October and of the steering committee of November in the store,
announced presences for the cell of 8 December; the person asking is a
member, not the coordinator: the GEM's facilitator. Organisation names
are real public bodies or plausible ones (the GEM and the CPTS are
invented); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLSMTARBES_AFTER_SETUP", "CLSMTARBES_ASKERS", "CLSMTARBES_GROUPS", "CLSMTARBES_TASKS"]

SLUG = "clsm-tarbes"
ASKER = "Camille Fourcade"
CH = "Centre hospitalier de Lannemezan"

CLSMTARBES_MEMBERS = (
    ("Laure Castaing", "Ville de Tarbes", "Coordinatrice du conseil local de santé mentale"),
    ("Jean-Marc Dupouy", "Ville de Tarbes", "Adjoint au maire délégué à la santé, président du CLSM"),
    ("Philippe Abadie", CH, "Psychiatre, chef du pôle de psychiatrie adulte, vice-président du CLSM"),
    ("Bruno Lacrampe", CH, "Infirmier coordinateur du CMP adultes de Tarbes"),
    ("Camille Fourcade", "GEM Le Tremplin", "Animatrice du groupe d'entraide mutuelle"),
    ("Martine Soulé", "Unafam Hautes-Pyrénées", "Déléguée départementale"),
    ("Thierry Lapeyre", "OPH 65", "Responsable de l'accompagnement social des locataires"),
    ("Nadine Barrère", "CCAS de Tarbes", "Directrice"),
    ("Éric Lassalle", "Police municipale de Tarbes", "Chef de service de la police municipale"),
    ("Isabelle Cazaux", "MDPH des Hautes-Pyrénées", "Coordinatrice de l'équipe pluridisciplinaire"),
    ("Sophie Pujo", "ARS Occitanie, délégation départementale des Hautes-Pyrénées",
     "Chargée de mission santé mentale"),
    ("Julien Sarrat", "CPTS du Pays de Tarbes", "Médecin généraliste, référent santé mentale de la CPTS"),
    ("Romain Verdier", "CSAPA de Tarbes", "Chef de service du centre de soins en addictologie"),
    ("Léa Médous", "Mission locale des Hautes-Pyrénées", "Conseillère, référente santé des jeunes"),
)

CLSMTARBES_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 17:00", "Assemblée plénière, salle des fêtes de l'hôtel de ville de Tarbes",
     ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Cellule de cas complexes, CMP adultes de Tarbes", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de pilotage, délégation départementale de l'ARS, Tarbes", ()),
    ("2026-12-08 09:30", "2026-12-08 12:00", "Cellule de cas complexes, CCAS de Tarbes",
     ("Situation d'un locataire en incurie signalée par l'OPH 65", "Accès aux soins des jeunes suivis par la Mission "
      "locale", "Suivi des situations examinées en octobre")),
    ("2027-01-21 14:00", "2027-01-21 16:30",
     "Comité de pilotage, salle du conseil municipal, hôtel de ville de Tarbes",
     ("Programme des Semaines d'information sur la santé mentale 2027", "Protocole de prévention des expulsions")),
    ("2027-02-09 09:30", "2027-02-09 12:00", "Cellule de cas complexes, Mission locale, Tarbes", ()),
    ("2027-06-10 14:00", "2027-06-10 17:00", "Assemblée plénière, centre hospitalier de Lannemezan",
     ("Rapport d'activité 2026 du CLSM",)),
)

CLSMTARBES_DEADLINES = (
    ("2026-12-04", "Envoi des fiches de saisine pour la cellule de cas complexes"),
    ("2026-12-18", "Réponse à l'appel à projets de l'ARS sur la santé mentale des jeunes"),
    ("2027-01-15", "Inscriptions à la formation aux premiers secours en santé mentale"),
    ("2027-02-05", "Propositions d'actions pour les Semaines d'information sur la santé mentale"),
    ("2027-03-31", "Transmission du bilan annuel d'activité à l'ARS"),
)

CLSMTARBES_DECISIONS = (
    ("2026-09-24", 1, "L'assemblée plénière se réunit deux fois par an."),
    ("2026-09-24", 1, "Le poste de coordinatrice est financé à 50 % par la Ville de Tarbes et à 50 % par l'ARS."),
    ("2026-09-24", 1, "La formation aux premiers secours en santé mentale est ouverte gratuitement aux agents "
                      "d'accueil des membres du CLSM."),
    ("2026-10-13", 2, "La cellule de cas complexes se réunit tous les deux mois, un mardi matin."),
    ("2026-10-13", 2, "Aucune situation n'est présentée à la cellule sans que la personne concernée en ait été "
                      "informée."),
    ("2026-10-13", 2, "Les fiches de saisine sont envoyées à la coordinatrice au plus tard le vendredi qui précède "
                      "la cellule."),
    ("2026-11-19", 3, "Un protocole de prévention des expulsions des locataires en souffrance psychique est signé "
                      "avec l'OPH 65."),
    ("2026-11-19", 3, "Le CLSM répond avec la Mission locale à l'appel à projets de l'ARS sur la santé mentale des "
                      "jeunes."),
    ("2026-11-19", 3, "Un infirmier du CMP tient une permanence à la Mission locale un mercredi sur deux."),
    ("2026-11-19", 3, "Le GEM présente une exposition des œuvres de ses adhérents pendant les Semaines "
                      "d'information sur la santé mentale."),
    ("2026-11-19", 3, "Les policiers municipaux suivent une formation sur les troubles psychiques en mars 2027."),
)

CLSMTARBES_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de l'assemblée plénière", "Laure Castaing", "2026-10-02", 1, "done"),
        ("Demander à la préfecture les chiffres des soins sans consentement", "Philippe Abadie", "2026-11-13", 1,
         "done"),
        ("Organiser un ciné-débat pour la journée mondiale de la santé mentale", "Martine Soulé", "2026-10-09", 1,
         "cancelled"),
        ("Rédiger la charte de confidentialité de la cellule de cas complexes", "Laure Castaing", "2026-11-06", 2),
        ("Recenser les logements adaptés pour les sortants d'hospitalisation", "Thierry Lapeyre", "2026-11-27", 2),
        ("Présenter le GEM aux médecins de la CPTS", "Camille Fourcade", "2026-11-30", 2),
        ("Préparer le protocole de prévention des expulsions", "Nadine Barrère", "2026-12-11", 3),
        ("Monter le dossier de l'appel à projets santé mentale des jeunes", "Léa Médous", "2026-12-16", 3),
        ("Organiser la permanence du CMP à la Mission locale", "Bruno Lacrampe", "2027-01-06", 3),
        ("Réserver une salle pour la formation aux premiers secours en santé mentale", "Laure Castaing",
         "2027-01-08", 3),
        ("Rédiger la fiche de liaison entre médecins généralistes et CMP", "Julien Sarrat", "2027-01-29", 3),
        ("Organiser la formation des policiers municipaux aux troubles psychiques", "Éric Lassalle", "2027-02-12", 3),
        ("Préparer l'exposition des adhérents du GEM", "Camille Fourcade", "2027-02-26", 3),
        ("Mettre à jour l'annuaire des ressources en santé mentale", "Martine Soulé", "2027-03-19", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the GEM's facilitator.
CLSMTARBES_ASKERS = {SLUG: ASKER}

CLSMTARBES_GROUPS = {
    SLUG: (CLSMTARBES_MEMBERS, CLSMTARBES_MEETINGS, CLSMTARBES_DEADLINES, CLSMTARBES_DECISIONS, "Laure Castaing"),
}

# What the coordinator typed after the cell of October at the CMP (n°2) and the steering committee of November
# at the ARS (n°3); nothing was recorded for the plenary assembly of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Laure Castaing, Bruno Lacrampe, Nadine Barrère, Thierry Lapeyre, Isabelle Cazaux, Léa Médous, "
    "Julien Sarrat, Romain Verdier",
    "/excuses n°2 Éric Lassalle",
    "/absents n°2 Sophie Pujo",
    "/presents n°3 Jean-Marc Dupouy, Philippe Abadie, Laure Castaing, Camille Fourcade, Martine Soulé, "
    "Nadine Barrère, Sophie Pujo, Isabelle Cazaux, Léa Médous, Éric Lassalle",
    "/excuses n°3 Thierry Lapeyre, Julien Sarrat",
    "/absents n°3 Bruno Lacrampe, Romain Verdier",
)

# What members said in the chat before the cell of 8 December (n°4).
RSVPS = (
    ("Laure Castaing", "/present"),
    ("Bruno Lacrampe", "/present"),
    ("Nadine Barrère", "/present"),
    ("Thierry Lapeyre", "/present"),
    ("Léa Médous", "/present"),
    ("Julien Sarrat", "/excuse"),
)

CLSMTARBES_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "tb", ATTENDANCE_COMMANDS, RSVPS),
}
