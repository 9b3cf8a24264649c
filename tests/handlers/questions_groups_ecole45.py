"""A group written by helper w44a in the forty-third round, for the lead's
blind set 88 (a stranger's general set in the words of a conseil d'école):
the conseil d'école of the invented groupe scolaire du Clos-Fleuri (a
maternelle of four classes and an élémentaire of six) in the invented
Chaumont-sur-Bionne, a town of about 12,000 inhabitants in the Loiret — the
directrice who chairs it, six enseignants (one of them the mandataire of the
coopérative scolaire, one the organiser of the classe de découverte, one the
référente of the programme pHARe), the parents' elected representatives (an
FCPE list and an independent list, titulaires and suppléants; the asker is
the FCPE's head of list), the maire's adjointe aux affaires scolaires, the
town's service enfance (its coordinatrice, the group's coordinator, and the
director of the périscolaire and accueil de loisirs), the head of the town's
services techniques, an ATSEM, the DDEN, the IEN of the circonscription and
the RASED's psychologue.
Meetings: the commission des menus of September at the restaurant scolaire,
the first conseil d'école of November, the meeting on the works (cour
oasis, préau, sanitaires) of November at the mairie, the conseil d'école
extraordinaire on the carte scolaire of 8 December, the second conseil
d'école of February and the third of June (at the maternelle). Tasks (four
late, one of them the asker's; one done; one cancelled), the attendance of
the three past meetings in the store, announced presences for 8 December;
the person asking is a member, not the coordinator. Public bodies named:
the FCPE, the DSDEN du Loiret, the DDEN, the RASED, the OCCE, the
Département du Loiret; the town, its school and every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["ECOLE45_AFTER_SETUP", "ECOLE45_ASKERS", "ECOLE45_GROUPS", "ECOLE45_TASKS"]

SLUG = "ecole45"
ASKER = "Estelle Jourdain"
ELEMENTAIRE = "Groupe scolaire du Clos-Fleuri, école élémentaire"
MATERNELLE = "Groupe scolaire du Clos-Fleuri, école maternelle"
FCPE = "FCPE, conseil local du Clos-Fleuri"
INDEPENDANTS = "Parents indépendants du Clos-Fleuri (liste indépendante)"
MAIRIE = "Mairie de Chaumont-sur-Bionne"
ENFANCE = "Mairie de Chaumont-sur-Bionne, service enfance"

ECOLE45_MEMBERS = (
    ("Hélène Marchais", ELEMENTAIRE, "Directrice du groupe scolaire, présidente du conseil d'école"),
    ("Sandrine Pelletier", ENFANCE, "Coordinatrice du service enfance (périscolaire, accueil de loisirs, "
                                    "restauration scolaire), secrétaire du conseil d'école"),
    ("Vincent Robineau", ELEMENTAIRE, "Enseignant de CM2, référent du projet d'école"),
    ("Nadia Benkhelifa", ELEMENTAIRE, "Enseignante de CM1, organisatrice de la classe de découverte"),
    ("Mathieu Gaucher", ELEMENTAIRE, "Enseignant de CE2, mandataire de la coopérative scolaire (OCCE)"),
    ("Aurélie Thibault", ELEMENTAIRE, "Enseignante de CP, référente harcèlement du programme pHARe"),
    ("Claire Ducloux", MATERNELLE, "Enseignante de grande section, référente de l'école maternelle"),
    ("Sophie Lambert", MATERNELLE, "Enseignante de petite section"),
    ("Estelle Jourdain", FCPE, "Représentante des parents d'élèves, titulaire, tête de liste FCPE"),
    ("Franck Ménard", FCPE, "Représentant des parents d'élèves, titulaire"),
    ("Laetitia Gomes", FCPE, "Représentante des parents d'élèves, suppléante"),
    ("Olivier Besnard", INDEPENDANTS, "Représentant des parents d'élèves, titulaire, tête de liste"),
    ("Céline Hardy", INDEPENDANTS, "Représentante des parents d'élèves de maternelle, titulaire"),
    ("Romain Perrier", INDEPENDANTS, "Représentant des parents d'élèves, suppléant"),
    ("Martine Courtois", MAIRIE, "Adjointe au maire chargée des affaires scolaires et de la jeunesse"),
    ("Kevin Lebrun", ENFANCE, "Directeur de l'accueil périscolaire et de l'accueil de loisirs du Clos-Fleuri"),
    ("Patrick Lenoir", "Mairie de Chaumont-sur-Bionne, services techniques", "Responsable des services "
                                                                              "techniques, suivi des travaux"),
    ("Josiane Rabier", MATERNELLE, "ATSEM de la classe de petite section"),
    ("Gilles Foucher", "DDEN du Loiret", "Délégué départemental de l'Éducation nationale (DDEN) du groupe "
                                         "scolaire"),
    ("Isabelle Verdier", "DSDEN du Loiret, circonscription de Chaumont-sur-Bionne",
     "Inspectrice de l'Éducation nationale (IEN) de la circonscription"),
    ("Thomas Quéré", "RASED de la circonscription de Chaumont-sur-Bionne", "Psychologue de l'Éducation "
                                                                            "nationale"),
)

ECOLE45_MEETINGS = (
    ("2026-09-24 17:30", "2026-09-24 19:00", "Commission des menus, restaurant scolaire du Clos-Fleuri", ()),
    ("2026-11-03 18:00", "2026-11-03 20:30", "Premier conseil d'école, salle polyvalente de l'école élémentaire du "
                                             "Clos-Fleuri", ()),
    ("2026-11-19 17:30", "2026-11-19 19:00", "Réunion travaux (cour oasis, préau, sanitaires), salle du conseil "
                                             "municipal, mairie de Chaumont-sur-Bionne", ()),
    ("2026-12-08 18:00", "2026-12-08 20:00", "Conseil d'école extraordinaire, salle polyvalente de l'école "
                                             "élémentaire du Clos-Fleuri",
     ("Carte scolaire 2027 : effectifs prévisionnels et menace de fermeture d'une classe de maternelle",
      "Bilan de l'exercice PPMS alerte intrusion du 26 novembre",
      "Financement de la classe de découverte des CM1-CM2",
      "Point d'étape sur le programme pHARe")),
    ("2027-02-09 18:00", "2027-02-09 20:00", "Deuxième conseil d'école, salle polyvalente de l'école "
                                             "élémentaire du Clos-Fleuri",
     ("Bilan d'étape du projet d'école",
      "Tarifs de la restauration scolaire et accueil des enfants sous PAI",
      "Préparation de la kermesse")),
    ("2027-06-15 18:00", "2027-06-15 20:00", "Troisième conseil d'école, salle de motricité de l'école "
                                             "maternelle du Clos-Fleuri",
     ("Révision du règlement intérieur pour l'année 2027-2028",
      "Bilan de l'année et comptes de la coopérative scolaire",
      "Travaux de l'été dans la cour et les sanitaires")),
)

ECOLE45_DEADLINES = (
    ("2026-11-27", "Retour des dossiers d'inscription à la classe de découverte et de l'acompte des familles"),
    ("2026-12-11", "Envoi à l'IEN des effectifs prévisionnels de la rentrée 2027"),
    ("2026-12-18", "Dépôt de la demande de subvention au Département du Loiret pour la classe de découverte"),
    ("2027-01-15", "Inscriptions à l'accueil de loisirs des vacances d'hiver"),
    ("2027-01-29", "Retour des certificats médicaux pour les nouveaux PAI alimentaires"),
    ("2027-03-31", "Vote par le conseil municipal du budget des travaux de la cour oasis"),
)

ECOLE45_DECISIONS = (
    ("2026-09-24", 1, "Un repas végétarien est servi deux fois par semaine au restaurant scolaire."),
    ("2026-09-24", 1, "Les menus sont affichés à l'entrée de l'école et publiés sur le portail famille chaque "
                      "vendredi pour la semaine suivante."),
    ("2026-09-24", 1, "Les enfants bénéficiant d'un PAI alimentaire peuvent apporter un panier-repas, conservé au "
                      "réfrigérateur du restaurant scolaire."),
    ("2026-09-24", 1, "Le prix du repas reste fixé à 3,40 euros, avec une tarification au quotient familial à "
                      "partir de 1 euro."),
    ("2026-11-03", 2, "Le règlement intérieur de l'école est adopté à l'unanimité ; les téléphones portables "
                      "restent interdits dans l'enceinte de l'école."),
    ("2026-11-03", 2, "La classe de découverte des CM1-CM2 aura lieu du 10 au 14 mai 2027 dans un centre "
                      "d'hébergement de Sologne."),
    ("2026-11-03", 2, "La participation des familles à la classe de découverte est plafonnée à 120 euros par "
                      "enfant, la coopérative scolaire et la mairie prenant en charge le reste."),
    ("2026-11-03", 2, "Les activités pédagogiques complémentaires (APC) ont lieu les lundis et jeudis de 16 h 30 à "
                      "17 h, en priorité pour la lecture au cycle 2."),
    ("2026-11-03", 2, "La kermesse de fin d'année se tiendra le samedi 26 juin 2027 dans la cour de "
                      "l'élémentaire."),
    ("2026-11-03", 2, "Un exercice d'évacuation incendie est organisé chaque trimestre et un exercice PPMS alerte "
                      "intrusion avant les vacances de Noël."),
    ("2026-11-03", 2, "La cotisation volontaire à la coopérative scolaire est fixée à 15 euros par enfant et par "
                      "an."),
    ("2026-11-03", 2, "Une équipe ressource pHARe de cinq adultes, enseignants et animateurs, est constituée pour "
                      "traiter les situations de harcèlement."),
    ("2026-11-19", 3, "La cour de l'élémentaire est désimperméabilisée en cour oasis pendant l'été 2027, avec "
                      "plantation d'arbres et un coin potager."),
    ("2026-11-19", 3, "Les sanitaires de la maternelle sont rénovés pendant les vacances de février 2027."),
    ("2026-11-19", 3, "Le préau de l'élémentaire reste fermé jusqu'au remplacement de sa toiture, prévu aux "
                      "vacances de printemps."),
)

ECOLE45_TASKS = {
    SLUG: (
        ("Envoyer les menus du trimestre aux représentants des parents", "Sandrine Pelletier", "2026-10-02", 1,
         "done"),
        ("Organiser une vente de gâteaux à la sortie de l'école pour la coopérative", "Céline Hardy", "2026-11-20",
         2, "cancelled"),
        ("Recenser les familles qui ont besoin d'une aide pour la classe de découverte", "Estelle Jourdain",
         "2026-11-24", 2),
        ("Rédiger le rapport de visite des locaux (sanitaires, préau)", "Gilles Foucher", "2026-11-26", 3),
        ("Transmettre le bilan de l'exercice alerte intrusion à l'IEN", "Hélène Marchais", "2026-11-27", 2),
        ("Chiffrer le remplacement de la toiture du préau", "Patrick Lenoir", "2026-11-30", 3),
        ("Communiquer les seuils d'ouverture et de fermeture de classe du Loiret", "Isabelle Verdier", "2026-12-07",
         2),
        ("Rédiger la fiche de liaison périscolaire des enfants sous PAI", "Kevin Lebrun", "2026-12-11", 2),
        ("Déposer la demande de subvention au Département pour la classe de découverte", "Nadia Benkhelifa",
         "2026-12-18", 2),
        ("Organiser une réunion d'information des parents sur le programme pHARe", "Aurélie Thibault",
         "2027-01-21", 2),
        ("Recueillir les idées des élèves pour la cour oasis au conseil des délégués", "Vincent Robineau",
         "2027-01-29", 3),
        ("Présenter les comptes de la coopérative scolaire", "Mathieu Gaucher", "2027-02-09", 2),
        ("Présenter les résultats du questionnaire des parents sur la cantine", "Estelle Jourdain", "2027-02-09",
         2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the FCPE's head of list.
ECOLE45_ASKERS = {SLUG: ASKER}

ECOLE45_GROUPS = {
    SLUG: (ECOLE45_MEMBERS, ECOLE45_MEETINGS, ECOLE45_DEADLINES, ECOLE45_DECISIONS, "Sandrine Pelletier"),
}

# What the coordinator typed after the commission des menus (n°1), the first conseil d'école (n°2) and the meeting
# on the works (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Sandrine Pelletier, Martine Courtois, Hélène Marchais, Claire Ducloux, Estelle Jourdain, "
    "Franck Ménard, Céline Hardy, Kevin Lebrun, Josiane Rabier",
    "/excuses n°1 Olivier Besnard, Laetitia Gomes",
    "/absents n°1 Romain Perrier",
    "/presents n°2 Hélène Marchais, Sandrine Pelletier, Vincent Robineau, Nadia Benkhelifa, Mathieu Gaucher, "
    "Aurélie Thibault, Claire Ducloux, Sophie Lambert, Estelle Jourdain, Franck Ménard, Olivier Besnard, "
    "Céline Hardy, Martine Courtois, Kevin Lebrun, Josiane Rabier, Gilles Foucher",
    "/excuses n°2 Isabelle Verdier, Thomas Quéré, Laetitia Gomes, Patrick Lenoir",
    "/absents n°2 Romain Perrier",
    "/presents n°3 Martine Courtois, Patrick Lenoir, Sandrine Pelletier, Hélène Marchais, Vincent Robineau, "
    "Olivier Besnard, Céline Hardy, Laetitia Gomes, Gilles Foucher, Kevin Lebrun",
    "/excuses n°3 Estelle Jourdain, Franck Ménard, Claire Ducloux",
    "/absents n°3 Mathieu Gaucher",
)

# What members said in the chat before the conseil d'école extraordinaire of 8 December (n°4).
RSVPS = (
    ("Hélène Marchais", "/present"),
    ("Sandrine Pelletier", "/present"),
    ("Martine Courtois", "/present"),
    ("Isabelle Verdier", "/present"),
    ("Gilles Foucher", "/present"),
    ("Olivier Besnard", "/present"),
    ("Franck Ménard", "/present"),
    ("Claire Ducloux", "/present"),
    ("Vincent Robineau", "/present"),
    ("Thomas Quéré", "/present"),
    ("Nadia Benkhelifa", "/excuse"),
    ("Patrick Lenoir", "/excuse"),
    ("Kevin Lebrun", "/excuse"),
)

ECOLE45_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ecole", ATTENDANCE_COMMANDS, RSVPS),
}
