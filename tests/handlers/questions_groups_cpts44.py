"""A group written by helper w32b in the thirty-first round, for the lead's
blind set 56 (a stranger's general set in the words of the people who sit
on the bureau of a communauté professionnelle territoriale de santé:
liberal health professionals, the local hospital's and an EHPAD's staff,
the ARS's and the CPAM's officers, a DAC, a CCAS and the users'
representative): the bureau of an invented CPTS in the north of the
Loire-Atlantique, the CPTS Isac-Erdre (seat at the maison de santé
pluriprofessionnelle of Saint-Julien-sur-Isac, an invented commune) — its
president (a GP) and its coordinator (the group's coordinator), its
chargée de prévention, a second GP (referent for access to a médecin
traitant), two pharmacists (the vice-president, referent for health
crises, and the treasurer), a nurse (the CPTS's secretary, who leads the
working group on soins non programmés: the asker), a
masseur-kinésithérapeute (referent for the prevention of falls), a
sage-femme (referent for women's health), the invented local hospital's
head of emergencies and its deputy director, an invented EHPAD's
director, the ARS Pays de la Loire's délégation départementale, the CPAM
de Loire-Atlantique (its adviser for the CPTS and the ACI), the DAC, the
CCAS of Saint-Julien-sur-Isac and France Assos Santé (the users'
representative). Meetings of the bureau, the ACI's follow-up committee
with the CPAM and the ARS, a working group on soins non programmés at the
hospital, a working group on prevention and the annual general meeting;
the ACI contract (its size, its 2027 objective, its indicators), the
cellule d'orientation for patients without a médecin traitant, the SAS,
the reorientation of the emergencies' patients, the pharmacies' protocol
for angines and cystites, the prevention of falls, the screening of
cervical cancer, the plan for health crises, the dues and the newsletter.
Tasks (four late, one of them the asker's; two done; one cancelled), the
attendance of the working group on soins non programmés and of the
November bureau in the store, announced presences for the bureau of
10 December; the person asking is a member, not the coordinator.
Organisation names are public bodies (the ARS, the CPAM, the DAC, France
Assos Santé) or invented ones (the CPTS, the commune, its hospital, CCAS
and maison de santé, the EHPAD, the pharmacies and practices, set in real
communes of the Loire-Atlantique); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CPTS44_AFTER_SETUP", "CPTS44_ASKERS", "CPTS44_GROUPS", "CPTS44_TASKS"]

SLUG = "cpts44"
ASKER = "Nolwenn Rialland"
CPTS = "CPTS Isac-Erdre"
HOPITAL = "Centre hospitalier de Saint-Julien-sur-Isac"

CPTS44_MEMBERS = (
    ("Gaël Rivallan", CPTS, "Président de la CPTS, médecin généraliste à la maison de santé pluriprofessionnelle de "
                            "Saint-Julien-sur-Isac"),
    ("Solène Perraud", CPTS, "Coordinatrice de la CPTS"),
    ("Inès Bourdais", CPTS, "Chargée de prévention et de promotion de la santé"),
    ("Mathieu Chauvelon", "Pôle santé de Nozay", "Médecin généraliste, référent de la mission accès à un médecin "
                                                 "traitant"),
    ("Véronique Halgand", "Pharmacie du Canal, Blain", "Pharmacienne titulaire, vice-présidente de la CPTS, "
                                                       "référente de la gestion des crises sanitaires"),
    ("Olivier Tessier", "Pharmacie de la Place, Nozay", "Pharmacien titulaire, trésorier de la CPTS"),
    ("Nolwenn Rialland", "Cabinet infirmier du Bourg, Héric", "Infirmière libérale, secrétaire de la CPTS, pilote du "
                                                              "groupe de travail soins non programmés"),
    ("Julien Praud", "Cabinet de kinésithérapie de Nort-sur-Erdre", "Masseur-kinésithérapeute, référent prévention "
                                                                    "des chutes"),
    ("Laëtitia Gicquel", "Cabinet de sage-femme de Guenrouet", "Sage-femme libérale, référente santé des femmes"),
    ("Karim Benhamou", HOPITAL, "Médecin urgentiste, chef du service des urgences"),
    ("Pascale Lemerle", HOPITAL, "Directrice adjointe chargée des coopérations territoriales"),
    ("Bruno Cormerais", "EHPAD Les Glycines, Blain", "Directeur de l'EHPAD"),
    ("Aurélie Frangeul", "ARS Pays de la Loire, délégation départementale de Loire-Atlantique",
     "Chargée de mission offre de soins de proximité, référente des CPTS"),
    ("Thomas Guillet", "CPAM de Loire-Atlantique", "Conseiller exercice coordonné, référent de l'accord conventionnel "
                                                   "interprofessionnel (ACI) des CPTS"),
    ("Sandrine Moisan", "DAC de Loire-Atlantique", "Coordinatrice de parcours du dispositif d'appui à la coordination, "
                                                   "antenne nord"),
    ("Franck Brisson", "CCAS de Saint-Julien-sur-Isac", "Directeur du CCAS"),
    ("Monique Thébaud", "France Assos Santé Pays de la Loire", "Représentante des usagers, bénévole"),
)

CPTS44_MEETINGS = (
    ("2026-09-17 20:00", "2026-09-17 22:00", "Réunion du bureau de la CPTS, maison de santé pluriprofessionnelle de "
                                             "Saint-Julien-sur-Isac", ()),
    ("2026-10-06 14:00", "2026-10-06 16:00", "Comité de suivi de l'accord conventionnel interprofessionnel (ACI) avec "
                                             "la CPAM et l'ARS, CPAM de Loire-Atlantique, Nantes", ()),
    ("2026-10-22 20:00", "2026-10-22 22:00", "Groupe de travail soins non programmés, salle de réunion des urgences, "
                                             "centre hospitalier de Saint-Julien-sur-Isac", ()),
    ("2026-11-19 20:00", "2026-11-19 22:00", "Réunion du bureau de la CPTS, salle de réunion du pôle santé de Nozay",
     ()),
    ("2026-12-10 20:00", "2026-12-10 22:00", "Réunion du bureau de la CPTS, maison de santé pluriprofessionnelle de "
                                             "Saint-Julien-sur-Isac",
     ("Bilan des trois premiers mois de la cellule d'orientation des patients sans médecin traitant",
      "Protocole de réorientation des patients des urgences vers les créneaux de soins non programmés",
      "Calendrier de rédaction du plan de réponse aux crises sanitaires",
      "Préparation de l'assemblée générale annuelle")),
    ("2027-01-19 20:00", "2027-01-19 22:00", "Groupe de travail prévention, salle de réunion du CCAS de "
                                             "Saint-Julien-sur-Isac",
     ("Programme des ateliers de prévention des chutes",
      "Action de dépistage du cancer du col de l'utérus avec les sages-femmes")),
    ("2027-03-20 09:30", "2027-03-20 12:30", "Assemblée générale annuelle de la CPTS Isac-Erdre, salle des fêtes de "
                                             "Saint-Julien-sur-Isac",
     ("Rapport d'activité et rapport financier 2026",
      "Élection des membres du bureau")),
)

CPTS44_DEADLINES = (
    ("2026-12-07", "Envoi à la coordinatrice des disponibilités des médecins pour les créneaux de soins non "
                   "programmés de janvier"),
    ("2026-12-18", "Réponse à l'appel à projets prévention de l'ARS Pays de la Loire sur le dépistage des cancers"),
    ("2027-01-29", "Transmission à la CPAM et à l'ARS des indicateurs de l'ACI pour l'année 2026"),
    ("2027-02-15", "Remise à l'ARS du plan de réponse aux crises sanitaires de la CPTS"),
    ("2027-03-05", "Envoi aux adhérents des convocations à l'assemblée générale annuelle"),
)

CPTS44_DECISIONS = (
    ("2026-09-17", 1, "La CPTS ouvre une cellule d'orientation des patients sans médecin traitant, joignable par "
                      "téléphone du lundi au vendredi de 9 h à 12 h."),
    ("2026-09-17", 1, "Les patients en affection de longue durée et les personnes de plus de 70 ans sont prioritaires "
                      "pour l'attribution d'un médecin traitant."),
    ("2026-09-17", 1, "Le bureau de la CPTS se réunit une fois par mois, le jeudi soir."),
    ("2026-10-06", 2, "La CPTS passe en taille 2 de l'accord conventionnel interprofessionnel au 1er janvier 2027, "
                      "pour une population couverte de 52 000 habitants."),
    ("2026-10-06", 2, "L'objectif de l'ACI pour 2027 est de trouver un médecin traitant à 300 patients en affection de "
                      "longue durée."),
    ("2026-10-22", 3, "Les médecins volontaires ouvrent chacun deux créneaux de soins non programmés par semaine, "
                      "réservés aux patients orientés par le SAS."),
    ("2026-10-22", 3, "L'infirmier organisateur de l'accueil des urgences réoriente vers les créneaux de la CPTS les "
                      "patients qui relèvent de la médecine de ville."),
    ("2026-10-22", 3, "Les pharmacies de la CPTS appliquent le protocole de prise en charge des angines et des "
                      "cystites simples après un test rapide d'orientation diagnostique."),
    ("2026-11-19", 4, "Des ateliers de prévention des chutes pour les plus de 70 ans sont animés par les "
                      "kinésithérapeutes de la CPTS à partir de mars 2027."),
    ("2026-11-19", 4, "La coordinatrice met à jour tous les six mois la liste des professionnels à alerter en cas de "
                      "crise sanitaire."),
    ("2026-11-19", 4, "La cotisation annuelle des professionnels adhérents de la CPTS est fixée à 30 euros pour 2027."),
    ("2026-11-19", 4, "Une lettre d'information est envoyée aux adhérents de la CPTS tous les deux mois."),
)

CPTS44_TASKS = {
    SLUG: (
        ("Mettre en service le numéro de la cellule d'orientation des patients sans médecin traitant",
         "Solène Perraud", "2026-10-16", 1, "done"),
        ("Signer l'avenant à l'ACI avec la CPAM et l'ARS", "Gaël Rivallan", "2026-10-30", 2, "done"),
        ("Envoyer aux médecins généralistes le questionnaire sur leurs capacités d'accueil de nouveaux patients",
         "Mathieu Chauvelon", "2026-11-13", 1),
        ("Préparer le tableau de suivi des indicateurs de l'ACI", "Olivier Tessier", "2026-11-20", 2),
        ("Recenser les cabinets infirmiers volontaires pour les soins non programmés", "Nolwenn Rialland",
         "2026-11-20", 3),
        ("Organiser une soirée d'information sur le SAS pour les médecins avec le SAMU 44", "Mathieu Chauvelon",
         "2026-11-26", 3, "cancelled"),
        ("Rédiger le protocole de réorientation des patients des urgences vers les créneaux de la CPTS",
         "Karim Benhamou", "2026-11-27", 3),
        ("Transmettre le cahier des charges régional du plan de réponse aux crises sanitaires", "Aurélie Frangeul",
         "2026-12-04", 4),
        ("Envoyer à la CPTS la liste des patients en affection de longue durée sans médecin traitant du territoire",
         "Thomas Guillet", "2026-12-09", 2),
        ("Recenser les salles communales disponibles pour les ateliers de prévention des chutes", "Franck Brisson",
         "2026-12-11", 4),
        ("Préparer la lettre d'information de décembre aux adhérents", "Inès Bourdais", "2026-12-11", 4),
        ("Rédiger le volet dépistage du cancer du col de la réponse à l'appel à projets", "Laëtitia Gicquel",
         "2026-12-16", 4),
        ("Former les pharmaciens de la CPTS aux tests rapides angine", "Véronique Halgand", "2026-12-17", 3),
        ("Recenser les résidents de l'EHPAD sans médecin traitant", "Bruno Cormerais", "2026-12-18", 1),
        ("Concevoir le programme des ateliers de prévention des chutes", "Julien Praud", "2027-01-22", 4),
        ("Rédiger le plan de réponse aux crises sanitaires de la CPTS", "Véronique Halgand", "2027-02-05", 4),
        ("Rédiger le bilan du groupe de travail soins non programmés pour l'assemblée générale", "Nolwenn Rialland",
         "2027-02-26", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the nurse who is the CPTS's secretary.
CPTS44_ASKERS = {SLUG: ASKER}

CPTS44_GROUPS = {
    SLUG: (CPTS44_MEMBERS, CPTS44_MEETINGS, CPTS44_DEADLINES, CPTS44_DECISIONS, "Solène Perraud"),
}

# What the CPTS's coordinator typed after the working group on soins non programmés (n°3) and the bureau of
# November at Nozay (n°4); nothing was recorded for the bureau of September (n°1) nor for the ACI's follow-up
# committee at the CPAM (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Solène Perraud, Nolwenn Rialland, Mathieu Chauvelon, Véronique Halgand, Olivier Tessier, "
    "Karim Benhamou, Pascale Lemerle, Thomas Guillet, Aurélie Frangeul",
    "/excuses n°3 Gaël Rivallan, Laëtitia Gicquel",
    "/absents n°3 Julien Praud",
    "/presents n°4 Gaël Rivallan, Solène Perraud, Inès Bourdais, Mathieu Chauvelon, Véronique Halgand, "
    "Olivier Tessier, Julien Praud, Laëtitia Gicquel, Bruno Cormerais, Sandrine Moisan, Franck Brisson, "
    "Monique Thébaud",
    "/excuses n°4 Nolwenn Rialland, Karim Benhamou, Aurélie Frangeul",
    "/absents n°4 Thomas Guillet",
)

# What members said in the chat before the bureau of 10 December (n°5).
RSVPS = (
    ("Gaël Rivallan", "/present"),
    ("Solène Perraud", "/present"),
    ("Véronique Halgand", "/present"),
    ("Julien Praud", "/present"),
    ("Aurélie Frangeul", "/present"),
    ("Franck Brisson", "/present"),
    ("Thomas Guillet", "/present"),
    ("Karim Benhamou", "/excuse"),
    ("Laëtitia Gicquel", "/excuse"),
)

CPTS44_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cp44", ATTENDANCE_COMMANDS, RSVPS),
}
