"""A group written by helper w38b in the thirty-seventh round, for the lead's
blind set 74 (a stranger's general set in the words of the comité d'éducation
à la santé, à la citoyenneté et à l'environnement (CESCE) of an invented
collège REP+ of Seine-Saint-Denis): the invented collège Les Myosotis of
Stains — its principal who chairs the CESCE, its CPE (the group's
coordinator), its principale adjointe, its infirmière, its assistante sociale,
three teachers (SVT — the asker —, EPS, histoire-géographie); the parents'
representatives (the FCPE's conseil local and an invented independent list);
two délégués élèves; the Ville de Stains (its service jeunesse and a médiateur
of its service de la médiation sociale); the Programme de réussite éducative
of Stains; an invented maison de quartier; the Police nationale's délégué à la
cohésion police-population; the Planning familial de la Seine-Saint-Denis; an
invented association against harassment; the Département de la
Seine-Saint-Denis's centre départemental de prévention des dépendances (CDPD).
Meetings: the CESCE de rentrée of September, the working group on harassment
of October at the CDI, the CESCE of November at the maison de quartier, the
CESCE of 10 December, the working group on addictions with the CDPD in
January and the CESCE élargi au CVC of March. Tasks (three late, one of them
the asker's; one done; one cancelled), the attendance of the September and
November CESCE in the store, announced presences for the CESCE of 10
December; the person asking is a member, not the coordinator. Public bodies
named: the Ville de Stains, the Police nationale, the Département de la
Seine-Saint-Denis, the Planning familial; the collège, the maison de quartier,
the parents' independent list and the association are invented, and so is
every person."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["COLLEGE93_AFTER_SETUP", "COLLEGE93_ASKERS", "COLLEGE93_GROUPS", "COLLEGE93_TASKS"]

SLUG = "college93"
ASKER = "Julie Marchetti"
COLLEGE = "Collège Les Myosotis, Stains (REP+)"
DELEGUES = "Délégués des élèves du collège Les Myosotis"

COLLEGE93_MEMBERS = (
    ("Karim Benhaddou", COLLEGE, "Principal du collège, président du CESCE"),
    ("Sandrine Orcel", COLLEGE, "Conseillère principale d'éducation (CPE), coordinatrice du CESCE et référente "
                                "harcèlement"),
    ("Nadia Ferhat", COLLEGE, "Principale adjointe, chargée du règlement intérieur"),
    ("Céline Tavarès", COLLEGE, "Infirmière scolaire, référente de l'éducation à la vie affective et relationnelle "
                                "et à la sexualité (EVARS)"),
    ("Fatoumata Diallo", COLLEGE, "Assistante sociale scolaire"),
    ("Julie Marchetti", COLLEGE, "Professeure de SVT, référente du développement durable (EDD)"),
    ("Thomas Lebreton", COLLEGE, "Professeur d'EPS, coordonnateur de l'association sportive"),
    ("Mehdi Saïdani", COLLEGE, "Professeur d'histoire-géographie, référent de l'éducation morale et civique et du "
                               "conseil de la vie collégienne (CVC)"),
    ("Ludivine Carré", "Conseil local FCPE du collège Les Myosotis", "Présidente du conseil local, représentante "
                                                                       "des parents d'élèves"),
    ("Abdelkader Mansouri", "Liste indépendante « Parents ensemble aux Myosotis »", "Représentant des parents "
                                                                                     "d'élèves, élu au conseil "
                                                                                     "d'administration"),
    ("Inès Kaddouri", DELEGUES, "Déléguée de la classe de 3e B, vice-présidente du conseil de la vie collégienne"),
    ("Yanis Ba", DELEGUES, "Délégué de la classe de 4e A, éco-délégué"),
    ("Grégory Hamon", "Ville de Stains, service jeunesse", "Responsable du service jeunesse"),
    ("Samir Boukhalfa", "Ville de Stains, service de la médiation sociale", "Médiateur social, référent du collège"),
    ("Aïcha Koné", "Programme de réussite éducative (PRE) de Stains", "Référente de parcours du PRE"),
    ("Olivier Gaudin", "Maison de quartier des Prés-Verts, Stains", "Directeur de la maison de quartier"),
    ("Éric Vasseur", "Police nationale, commissariat de Stains", "Délégué à la cohésion police-population"),
    ("Mélanie Rousseau", "Planning familial de la Seine-Saint-Denis", "Conseillère conjugale et familiale, "
                                                                      "animatrice des séances d'EVARS"),
    ("Pascal Ndiaye", "Association Stop Harcèlement 93", "Chargé de prévention, intervenant en classe"),
    ("Claire Bonnefoy", "Département de la Seine-Saint-Denis, centre départemental de prévention des dépendances "
                        "(CDPD)", "Chargée de prévention des conduites addictives"),
)

COLLEGE93_MEETINGS = (
    ("2026-09-29 17:00", "2026-09-29 18:30", "CESCE de rentrée du collège Les Myosotis, salle du conseil "
                                             "d'administration du collège", ()),
    ("2026-10-15 14:00", "2026-10-15 16:00", "Groupe de travail sur le harcèlement (programme pHARe), CDI du collège",
     ()),
    ("2026-11-17 17:30", "2026-11-17 19:00", "CESCE : bilan du premier trimestre et climat scolaire, maison de "
                                             "quartier des Prés-Verts", ()),
    ("2026-12-10 17:30", "2026-12-10 19:00", "CESCE du collège Les Myosotis, salle du conseil d'administration du "
                                             "collège",
     ("Calendrier des séances d'EVARS en 4e avec le Planning familial",
      "Présence des médiateurs aux abords du collège",
      "Préparation de la journée contre le harcèlement de janvier",
      "Bilan du premier trimestre pour la DSDEN")),
    ("2027-01-19 14:00", "2027-01-19 16:00", "Groupe de travail sur les conduites addictives avec le CDPD, CDI du "
                                             "collège",
     ("Interventions sur le tabac et la chicha en 4e",
      "Formation des délégués élèves à la prévention par les pairs")),
    ("2027-03-11 17:30", "2027-03-11 19:30", "CESCE élargi au conseil de la vie collégienne : bilan de mi-année, "
                                             "salle du conseil d'administration du collège",
     ("Bilan du plan de prévention du harcèlement",
      "Programme de la semaine de prévention santé de mars")),
)

COLLEGE93_DEADLINES = (
    ("2026-12-04", "Retour des inscriptions des élèves volontaires à la médiation par les pairs"),
    ("2026-12-11", "Envoi du bilan du premier trimestre du CESCE à la DSDEN de la Seine-Saint-Denis"),
    ("2026-12-18", "Inscription des classes de 5e au forum santé de la maison de quartier"),
    ("2027-01-08", "Retour des questionnaires sur le climat scolaire remplis par les élèves"),
    ("2027-01-29", "Dépôt du projet des élèves au prix « Non au harcèlement »"),
    ("2027-02-26", "Transmission du programme d'actions 2027 du CESCE au conseil d'administration"),
)

COLLEGE93_DECISIONS = (
    ("2026-09-29", 1, "Le CESCE se réunit en séance plénière trois fois dans l'année, et ses groupes de travail entre "
                      "deux séances."),
    ("2026-09-29", 1, "Les séances d'éducation à la vie affective et relationnelle et à la sexualité sont animées en "
                      "binôme par l'infirmière et le Planning familial, trois séances par an dans chaque classe de "
                      "4e."),
    ("2026-09-29", 1, "Deux ambassadeurs contre le harcèlement sont élus dans chaque classe de 6e et de 5e, dans le "
                      "cadre du programme pHARe."),
    ("2026-09-29", 1, "Les médiateurs de la ville sont présents aux abords du collège à la sortie de 16 h 30 les "
                      "lundis, mardis et jeudis."),
    ("2026-09-29", 1, "Le budget du CESCE pour l'année scolaire 2026-2027 est fixé à 4 500 euros."),
    ("2026-10-15", 2, "Chaque signalement de harcèlement est traité sous 72 heures par l'équipe ressource pHARe."),
    ("2026-10-15", 2, "L'association Stop Harcèlement 93 anime un atelier d'une heure sur le cyberharcèlement dans "
                      "toutes les classes de 5e en janvier 2027."),
    ("2026-10-15", 2, "Une boîte aux lettres anonyme pour signaler le harcèlement est installée devant le bureau de "
                      "la vie scolaire."),
    ("2026-10-15", 2, "Les téléphones portables restent éteints dans les sacs pendant toute la journée, pause de "
                      "midi comprise."),
    ("2026-11-17", 3, "Le petit-déjeuner offert aux élèves de 6e le lundi matin est étendu aux élèves de 5e à partir "
                      "de janvier 2027."),
    ("2026-11-17", 3, "La semaine de prévention santé du collège a lieu du 22 au 26 mars 2027, avec un forum à la "
                      "maison de quartier des Prés-Verts."),
    ("2026-11-17", 3, "Les élèves exclus temporairement sont accueillis au service jeunesse de la ville pendant leur "
                      "exclusion, avec le travail donné par leurs professeurs."),
    ("2026-11-17", 3, "Un potager pédagogique est créé dans la cour du fond avec les éco-délégués, suivi par la "
                      "professeure de SVT."),
    ("2026-11-17", 3, "Le délégué à la cohésion police-population intervient dans les classes de 3e sur les réseaux "
                      "sociaux et la loi au deuxième trimestre."),
)

COLLEGE93_TASKS = {
    SLUG: (
        ("Organiser une soirée d'information des parents sur les écrans", "Ludivine Carré", "2026-10-23", 1,
         "cancelled"),
        ("Installer la boîte aux lettres anonyme devant la vie scolaire", "Sandrine Orcel", "2026-10-30", 2, "done"),
        ("Former les ambassadeurs contre le harcèlement de 6e et de 5e", "Sandrine Orcel", "2026-11-13", 2),
        ("Rédiger la charte du portable pour le règlement intérieur", "Nadia Ferhat", "2026-11-20", 2),
        ("Préparer le questionnaire sur le climat scolaire des élèves", "Julie Marchetti", "2026-11-27", 3),
        ("Établir le calendrier des séances d'EVARS en 4e avec le Planning familial", "Céline Tavarès",
         "2026-12-08", 3),
        ("Présenter le planning de présence des médiateurs aux abords du collège", "Samir Boukhalfa", "2026-12-10",
         3),
        ("Réserver la grande salle de la maison de quartier pour le forum santé de mars", "Olivier Gaudin",
         "2026-12-18", 3),
        ("Commander les bacs et les semences du potager pédagogique", "Julie Marchetti", "2027-01-15", 3),
        ("Monter le projet des délégués pour le prix « Non au harcèlement »", "Mehdi Saïdani", "2027-01-22", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the professeure de SVT.
COLLEGE93_ASKERS = {SLUG: ASKER}

COLLEGE93_GROUPS = {
    SLUG: (COLLEGE93_MEMBERS, COLLEGE93_MEETINGS, COLLEGE93_DEADLINES, COLLEGE93_DECISIONS, "Sandrine Orcel"),
}

# What the CPE typed after the CESCE of September (n°1) and the CESCE of November (n°3); nothing was recorded for
# the working group on harassment of October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Karim Benhaddou, Sandrine Orcel, Nadia Ferhat, Céline Tavarès, Fatoumata Diallo, "
    "Julie Marchetti, Thomas Lebreton, Ludivine Carré, Abdelkader Mansouri, Inès Kaddouri, Grégory Hamon, "
    "Samir Boukhalfa, Aïcha Koné, Mélanie Rousseau",
    "/excuses n°1 Mehdi Saïdani, Éric Vasseur, Claire Bonnefoy",
    "/absents n°1 Yanis Ba",
    "/presents n°3 Karim Benhaddou, Sandrine Orcel, Céline Tavarès, Fatoumata Diallo, Julie Marchetti, "
    "Mehdi Saïdani, Abdelkader Mansouri, Inès Kaddouri, Yanis Ba, Samir Boukhalfa, Aïcha Koné, Olivier Gaudin, "
    "Pascal Ndiaye, Claire Bonnefoy",
    "/excuses n°3 Nadia Ferhat, Thomas Lebreton, Éric Vasseur",
    "/absents n°3 Ludivine Carré",
)

# What members said in the chat before the CESCE of 10 December (n°4).
RSVPS = (
    ("Karim Benhaddou", "/present"),
    ("Sandrine Orcel", "/present"),
    ("Nadia Ferhat", "/present"),
    ("Céline Tavarès", "/present"),
    ("Mélanie Rousseau", "/present"),
    ("Samir Boukhalfa", "/present"),
    ("Ludivine Carré", "/present"),
    ("Éric Vasseur", "/present"),
    ("Pascal Ndiaye", "/present"),
    ("Thomas Lebreton", "/excuse"),
    ("Grégory Hamon", "/excuse"),
)

COLLEGE93_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cl93", ATTENDANCE_COMMANDS, RSVPS),
}
