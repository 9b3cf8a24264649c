"""A group written by helper w46c in the forty-fifth round, for the lead's
blind set 96 (a stranger's general set in the words of the comité de
pilotage of a Cité éducative in Seine-Saint-Denis): the invented Cité
éducative de Bondival – Les Grands Prés, in the quartier prioritaire of the
invented town of Bondival — the troïka (the principal of the invented
collège Aimé-Césaire, chef de file; the préfet's delegate for the quartier;
the ville's DGA éducation), the cité's cheffe de projet (the group's
coordinator), the IEN de circonscription, the coordinatrice REP+, the CPE of
the collège (the GPDS and the cellule de veille), the directrices of the
invented école élémentaire Jacques-Prévert and école maternelle Les
Coquelicots, the CAF de la Seine-Saint-Denis's conseiller, the Département's
PMI doctor and ASE head of circonscription, the Mission locale's referent,
the programme de réussite éducative's coordinator, the invented médiathèque
Louise-Michel, three invented associations (accompagnement à la scolarité,
a boxing club, a theatre company), the invented parents' association (a
mother, the asker) and the conseillère municipale déléguée à la réussite
éducative.
Meetings: the comité de pilotage de rentrée of September at the collège, the
revue de projets of October at the hôtel de ville, the comité of November at
the médiathèque, the comité of 8 December at the collège, the comité of
January at the maison de quartier and the conférence des partenaires of March
at the hôtel de ville. Attendance of the three past meetings in the store,
announced presences for 8 December; tasks (three late, one of them the
asker's; one done; one cancelled). Public bodies named: the préfecture, the
Éducation nationale, the CAF, the Département de la Seine-Saint-Denis, the
ANCT; the town, its schools, its associations and every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CITEDUC93_AFTER_SETUP", "CITEDUC93_ASKERS", "CITEDUC93_GROUPS", "CITEDUC93_TASKS"]

SLUG = "citeduc93"
ASKER = "Aïcha Mansouri"
VILLE = "Ville de Bondival, direction de l'éducation"
CITE = "Cité éducative de Bondival – Les Grands Prés"
COLLEGE = "Collège Aimé-Césaire de Bondival"
EN = "Éducation nationale, circonscription de Bondival"
DEPARTEMENT = "Département de la Seine-Saint-Denis"

CITEDUC93_MEMBERS = (
    ("Karima Benali", COLLEGE, "Principale du collège chef de file, membre de la troïka"),
    ("Olivier Marchand", "Préfecture de la Seine-Saint-Denis", "Délégué du préfet pour le quartier des Grands Prés, "
                                                              "membre de la troïka"),
    ("Stéphane Lemoine", VILLE, "Directeur général adjoint (DGA) éducation, enfance et jeunesse, membre de la "
                               "troïka"),
    ("Amandine Roux", CITE, "Cheffe de projet de la cité éducative, coordinatrice du comité de pilotage"),
    ("Philippe Gaudin", EN, "Inspecteur de l'éducation nationale (IEN) de circonscription"),
    ("Nadia Cherif", "Éducation nationale, réseau REP+ Aimé-Césaire", "Coordinatrice REP+, café des parents et "
                                                                      "mallette des parents"),
    ("Thomas Girard", COLLEGE, "Conseiller principal d'éducation (CPE), référent décrochage, animateur du GPDS"),
    ("Sophie Lambert", "École élémentaire Jacques-Prévert", "Directrice d'école"),
    ("Fatoumata Diallo", "École maternelle Les Coquelicots", "Directrice d'école"),
    ("Julien Moreau", "CAF de la Seine-Saint-Denis", "Conseiller territorial, parentalité et accompagnement à la "
                                                     "scolarité (CLAS)"),
    ("Hélène Vasseur", f"{DEPARTEMENT}, protection maternelle et infantile (PMI)", "Médecin de PMI, centre de PMI "
                                                                                    "des Grands Prés"),
    ("Rachid Haddou", f"{DEPARTEMENT}, aide sociale à l'enfance (ASE)", "Responsable de circonscription ASE"),
    ("Camille Petit", "Mission locale de Bondival", "Conseillère en insertion, référente obligation de formation "
                                                    "des 16-18 ans"),
    ("Malik Touré", "Ville de Bondival, programme de réussite éducative (PRE)", "Coordinateur du PRE"),
    ("Élodie Fontaine", "Médiathèque Louise-Michel", "Responsable de la médiathèque, lecture jeunesse et ateliers "
                                                     "numériques"),
    ("Yasmine Khelifi", "Association Savoirs en partage", "Coordinatrice de l'accompagnement à la scolarité"),
    ("Mamadou Sissoko", "Boxing club des Grands Prés", "Président du club, éducateur sportif"),
    ("Léa Morin", "Compagnie La Traverse", "Metteuse en scène, ateliers théâtre au collège"),
    ("Aïcha Mansouri", "Association des parents d'élèves des Grands Prés", "Parent d'élève, représentante des "
                                                                           "parents au comité de pilotage"),
    ("Christine Barbier", "Ville de Bondival, conseil municipal", "Conseillère municipale déléguée à la réussite "
                                                                  "éducative"),
)

CITEDUC93_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Comité de pilotage de rentrée, salle du conseil, collège Aimé-Césaire",
     ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Revue de projets de l'appel à projets 2027, salle Paul-Éluard, hôtel "
                                             "de ville de Bondival", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Comité de pilotage, auditorium de la médiathèque Louise-Michel", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Comité de pilotage, salle du conseil, collège Aimé-Césaire",
     ("Arbitrage de l'appel à projets 2027 et répartition de l'enveloppe du fonds de la cité",
      "Bilan de l'école ouverte des vacances d'automne",
      "Point sur la cellule de veille et le décrochage scolaire",
      "Prêt de tablettes aux familles et accès à l'ENT")),
    ("2027-01-19 14:00", "2027-01-19 16:00", "Comité de pilotage, maison de quartier des Grands Prés",
     ("Stages de 3e : point sur les élèves sans lieu de stage",
      "Préparation de l'évaluation du label")),
    ("2027-03-16 09:30", "2027-03-16 12:30", "Conférence des partenaires de la cité éducative, salle des fêtes, "
                                             "hôtel de ville de Bondival",
     ("Présentation du bilan annuel 2026",
      "Résultats de l'évaluation du label et perspectives 2027-2028")),
)

CITEDUC93_DEADLINES = (
    ("2026-11-27", "Dépôt des dossiers de l'appel à projets 2027 de la cité éducative"),
    ("2026-12-11", "Transmission à la préfecture du bilan financier des crédits 2026"),
    ("2026-12-18", "Inscription des élèves à l'école ouverte des vacances d'hiver"),
    ("2027-01-15", "Remise au collège des conventions de stage de 3e"),
    ("2027-02-05", "Envoi du questionnaire d'évaluation du label à l'ANCT"),
    ("2027-03-05", "Envoi du bilan annuel 2026 aux partenaires"),
)

CITEDUC93_DECISIONS = (
    ("2026-09-22", 1, "Le comité de pilotage se réunit le mardi, environ une fois par mois hors vacances scolaires."),
    ("2026-09-22", 1, "La troïka examine les dossiers et les points à arbitrer une semaine avant chaque comité de "
                      "pilotage."),
    ("2026-09-22", 1, "Le café des parents a lieu chaque vendredi de 8h30 à 10h au collège, animé par la "
                      "coordinatrice REP+ avec des parents volontaires."),
    ("2026-09-22", 1, "Les petits déjeuners sont servis le lundi et le jeudi aux élèves de l'école maternelle Les "
                      "Coquelicots à partir du 2 novembre."),
    ("2026-09-22", 1, "Le compte rendu de chaque comité de pilotage est envoyé aux membres sous dix jours."),
    ("2026-10-13", 2, "L'enveloppe 2027 du fonds de la cité éducative est de 420 000 euros, dont 30 000 euros "
                      "réservés aux initiatives portées par des parents."),
    ("2026-10-13", 2, "Aucun projet ne peut recevoir plus de 25 000 euros des crédits de la cité éducative."),
    ("2026-10-13", 2, "Les associations retenues reçoivent 70 % de la subvention à la signature de la convention et "
                      "le solde sur présentation du bilan."),
    ("2026-10-13", 2, "L'école ouverte fonctionne la première semaine des vacances d'hiver et de printemps : soutien "
                      "scolaire le matin, activités sportives et culturelles l'après-midi."),
    ("2026-10-13", 2, "Les ateliers théâtre de la compagnie La Traverse sont reconduits pour les classes de 5e."),
    ("2026-11-17", 3, "La cellule de veille sur le décrochage se réunit un jeudi sur deux au collège, avec le CPE, "
                      "l'assistante sociale scolaire et la Mission locale."),
    ("2026-11-17", 3, "Chaque élève de 3e sans lieu de stage au 15 janvier se voit proposer une place chez un "
                      "partenaire de la cité (mairie, médiathèque, associations)."),
    ("2026-11-17", 3, "Quarante tablettes sont prêtées aux familles sans équipement, contre une charte d'utilisation "
                      "signée par les parents."),
    ("2026-11-17", 3, "Un atelier d'aide à l'utilisation de l'ENT est proposé aux parents le premier mercredi du "
                      "mois à la médiathèque."),
    ("2026-11-17", 3, "Les 30 minutes d'activité physique quotidienne sont assurées dans toutes les écoles du "
                      "quartier, avec les éducateurs du club de boxe deux fois par semaine."),
)

CITEDUC93_TASKS = {
    SLUG: (
        ("Organiser une visite de l'école ouverte pour les partenaires", "Stéphane Lemoine", "2026-10-30", 2,
         "cancelled"),
        ("Relancer les associations sur les dossiers de l'appel à projets", "Amandine Roux", "2026-11-20", 2, "done"),
        ("Diffuser aux familles le questionnaire sur le café des parents", "Aïcha Mansouri", "2026-11-24", 3),
        ("Transmettre la liste des familles sans équipement numérique", "Nadia Cherif", "2026-11-26", 3),
        ("Recenser les élèves de 3e sans lieu de stage", "Thomas Girard", "2026-11-27", 3),
        ("Réserver l'auditorium de la médiathèque pour les ateliers ENT", "Élodie Fontaine", "2026-12-02", 3),
        ("Préparer le tableau de répartition de l'enveloppe 2027", "Amandine Roux", "2026-12-04", 3),
        ("Présenter les chiffres du décrochage des 16-18 ans", "Camille Petit", "2026-12-08", 3),
        ("Proposer un créneau de boxe éducative le mercredi après-midi", "Mamadou Sissoko", "2026-12-09", 3),
        ("Rédiger la charte de prêt des tablettes", "Stéphane Lemoine", "2026-12-15", 3),
        ("Préparer le bilan annuel 2026 de la cité éducative", "Amandine Roux", "2027-02-26", 3),
        ("Témoigner au nom des parents à la conférence des partenaires", "Aïcha Mansouri", "2027-03-16", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the parents' representative, a mother.
CITEDUC93_ASKERS = {SLUG: ASKER}

CITEDUC93_GROUPS = {
    SLUG: (CITEDUC93_MEMBERS, CITEDUC93_MEETINGS, CITEDUC93_DEADLINES, CITEDUC93_DECISIONS, "Amandine Roux"),
}

# What the coordinator typed after the comité of September (n°1), the revue de projets (n°2) and the comité of
# November (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Karima Benali, Olivier Marchand, Stéphane Lemoine, Amandine Roux, Philippe Gaudin, Nadia Cherif, "
    "Sophie Lambert, Fatoumata Diallo, Julien Moreau, Malik Touré, Élodie Fontaine, Yasmine Khelifi, "
    "Aïcha Mansouri, Christine Barbier, Thomas Girard",
    "/excuses n°1 Hélène Vasseur, Rachid Haddou, Camille Petit",
    "/absents n°1 Mamadou Sissoko, Léa Morin",
    "/presents n°2 Karima Benali, Olivier Marchand, Stéphane Lemoine, Amandine Roux, Nadia Cherif, Julien Moreau, "
    "Malik Touré, Yasmine Khelifi, Mamadou Sissoko, Léa Morin, Élodie Fontaine, Christine Barbier",
    "/excuses n°2 Philippe Gaudin, Sophie Lambert, Fatoumata Diallo, Hélène Vasseur, Aïcha Mansouri",
    "/absents n°2 Rachid Haddou, Camille Petit, Thomas Girard",
    "/presents n°3 Karima Benali, Olivier Marchand, Amandine Roux, Philippe Gaudin, Nadia Cherif, Sophie Lambert, "
    "Fatoumata Diallo, Julien Moreau, Hélène Vasseur, Rachid Haddou, Camille Petit, Malik Touré, Élodie Fontaine, "
    "Aïcha Mansouri, Thomas Girard, Mamadou Sissoko",
    "/excuses n°3 Stéphane Lemoine, Yasmine Khelifi, Christine Barbier",
    "/absents n°3 Léa Morin",
)

# What members said in the chat before the comité of 8 December (n°4).
RSVPS = (
    ("Karima Benali", "/present"),
    ("Olivier Marchand", "/present"),
    ("Stéphane Lemoine", "/present"),
    ("Amandine Roux", "/present"),
    ("Philippe Gaudin", "/present"),
    ("Nadia Cherif", "/present"),
    ("Camille Petit", "/present"),
    ("Malik Touré", "/present"),
    ("Yasmine Khelifi", "/present"),
    ("Hélène Vasseur", "/excuse"),
    ("Léa Morin", "/excuse"),
    ("Julien Moreau", "/excuse"),
)

CITEDUC93_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "citeduc", ATTENDANCE_COMMANDS, RSVPS),
}
