"""A group written by helper w42b in the forty-first round, for the lead's
blind set 85 (a stranger's general set in the words of the comité de
pilotage of an invented tiers-lieu numérique and fablab intercommunal in the
Val-de-Marne): the invented La Fabrique des Coteaux at the invented
Saint-Aubin-sur-Marne — the deputy mayor for digital affairs and inclusion
who chairs the comité, the Ville's project lead, the EPT Grand Paris Sud Est
Avenir's officer for the social economy and tiers-lieux, the Département du
Val-de-Marne's head of its plan d'inclusion numérique, the Région
Île-de-France's officer following its grant, the Banque des Territoires'
territorial developer; two conseillers numériques of the invented France
services of Saint-Aubin-sur-Marne (the permanences d'aide aux démarches, the
Pass numérique workshops); the director of the invented médiathèque
Louise-Michel; a technology teacher of the invented collège Hélène-Boucher;
a conseillère of the invented Mission locale des Coteaux de Marne; the
president and the treasurer of an invented association of retired engineers
(volunteers); the president of an invented makers' association; the
tiers-lieu's coordinator (the group's coordinator), its fabmanager and its
médiatrice numérique; the two users' representatives (one of them the
asker). Meetings: the comité of September at the tiers-lieu, the comité of
October at the médiathèque, the comité of November at the hôtel de ville,
the comité of Tuesday 8 December at the tiers-lieu (with an agenda), the
comité of January at the tiers-lieu and the enlarged comité of March at the
EPT's head office in Créteil. Tasks (three late, one of them the asker's;
one done; one cancelled), the attendance of the three past comités in the
store, announced presences for 8 December; the person asking is a member,
not the coordinator. Public bodies named: the EPT Grand Paris Sud Est Avenir,
the Département du Val-de-Marne, the Région Île-de-France, the Banque des
Territoires, France services; the commune, the tiers-lieu, the médiathèque,
the collège, the Mission locale, both associations and every person are
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["FABLAB94_AFTER_SETUP", "FABLAB94_ASKERS", "FABLAB94_GROUPS", "FABLAB94_TASKS"]

SLUG = "fablab94"
ASKER = "Aïcha Diallo"
TIERS_LIEU = "La Fabrique des Coteaux"
VILLE = "Ville de Saint-Aubin-sur-Marne"
FRANCE_SERVICES = "France services de Saint-Aubin-sur-Marne"
INGENIEURS = "Ingénieurs seniors solidaires du Val-de-Marne (association de bénévoles)"
USAGERS = "Conseil des usagers de La Fabrique des Coteaux"

FABLAB94_MEMBERS = (
    ("Hélène Vasseur", VILLE, "Adjointe au maire chargée du numérique et de l'inclusion, présidente du comité de "
                              "pilotage"),
    ("Karim Ouazzani", TIERS_LIEU, "Coordinateur du tiers-lieu, coordinateur du comité de pilotage"),
    ("Bastien Lemarchand", TIERS_LIEU, "Fabmanager, responsable des machines (découpeuse laser, imprimantes 3D) et "
                                       "des formations machines"),
    ("Sophie Andrieu", TIERS_LIEU, "Médiatrice numérique, chargée de l'accueil et des adhésions"),
    ("Nathalie Grosjean", VILLE, "Cheffe de projet tiers-lieu, direction du développement économique"),
    ("Thomas Ferrand", "Grand Paris Sud Est Avenir (EPT)", "Chargé de mission économie sociale et solidaire et "
                                                          "tiers-lieux"),
    ("Sandrine Baptiste", "Département du Val-de-Marne, direction de l'action sociale",
     "Cheffe de projet du plan départemental d'inclusion numérique"),
    ("Julien Mercadier", "Région Île-de-France", "Chargé de mission tiers-lieux, suivi de la subvention régionale"),
    ("Claire Dufresne", "Banque des Territoires", "Chargée de développement territorial pour le Val-de-Marne"),
    ("Yasmina Belkacem", FRANCE_SERVICES, "Conseillère numérique France services, permanences d'aide aux démarches "
                                          "en ligne"),
    ("Romain Texier", FRANCE_SERVICES, "Conseiller numérique France services, ateliers du Pass numérique"),
    ("Agnès Poulain", "Médiathèque Louise-Michel", "Directrice de la médiathèque"),
    ("Franck Delorme", "Collège Hélène-Boucher", "Professeur de technologie, référent des projets élèves au fablab"),
    ("Mélanie Rigaud", "Mission locale des Coteaux de Marne", "Conseillère en insertion professionnelle, référente "
                                                             "numérique des jeunes"),
    ("Bernard Chevallier", INGENIEURS, "Président de l'association, ingénieur retraité bénévole, ateliers "
                                       "d'électronique"),
    ("Monique Laferrière", INGENIEURS, "Trésorière de l'association, ingénieure retraitée bénévole"),
    ("Léo Marchetti", "Les Bidouilleurs de la Marne (association de makers)", "Président de l'association, "
                                                                              "animateur des soirées open lab"),
    ("Aïcha Diallo", USAGERS, "Représentante des usagers au comité de pilotage"),
    ("Gilles Maréchal", USAGERS, "Représentant suppléant des usagers"),
)

FABLAB94_MEETINGS = (
    ("2026-09-22 18:00", "2026-09-22 20:00", "Comité de pilotage, salle de projet de La Fabrique des Coteaux, "
                                             "Saint-Aubin-sur-Marne", ()),
    ("2026-10-13 14:00", "2026-10-13 16:30", "Comité de pilotage, auditorium de la médiathèque Louise-Michel", ()),
    ("2026-11-10 18:00", "2026-11-10 20:00", "Comité de pilotage, salle du conseil municipal, hôtel de ville de "
                                             "Saint-Aubin-sur-Marne", ()),
    ("2026-12-08 18:00", "2026-12-08 20:00", "Comité de pilotage, salle de projet de La Fabrique des Coteaux, "
                                             "Saint-Aubin-sur-Marne",
     ("Horaires d'ouverture 2027 et ouverture le dimanche matin",
      "Charte d'usage des machines : version finale",
      "Pass numérique : calendrier de distribution du premier trimestre",
      "Candidature à l'appel à projets Fabriques numériques de territoire")),
    ("2027-01-19 18:00", "2027-01-19 20:00", "Comité de pilotage, salle de projet de La Fabrique des Coteaux, "
                                             "Saint-Aubin-sur-Marne",
     ("Montant de la cotisation 2027",
      "Planning des permanences d'aide aux démarches")),
    ("2027-03-16 14:00", "2027-03-16 17:00", "Comité de pilotage élargi aux financeurs, siège de Grand Paris Sud Est "
                                             "Avenir à Créteil",
     ("Présentation du bilan d'activité 2026",
      "Budget prévisionnel 2027 et subvention régionale")),
)

FABLAB94_DEADLINES = (
    ("2026-11-27", "Envoi à la Région du rapport intermédiaire sur l'utilisation de la subvention"),
    ("2026-12-04", "Retour des avis des membres sur le projet de charte d'usage"),
    ("2026-12-18", "Dépôt de la candidature à l'appel à projets Fabriques numériques de territoire"),
    ("2027-01-15", "Commande des carnets de Pass numérique auprès du Département"),
    ("2027-02-26", "Remise du bilan d'activité 2026 aux financeurs"),
    ("2027-03-31", "Renouvellement de la convention de partenariat avec la Banque des Territoires"),
)

FABLAB94_DECISIONS = (
    ("2026-09-22", 1, "Le tiers-lieu est ouvert au public du mardi au samedi de 14 h à 19 h, et jusqu'à 21 h le "
                      "jeudi pour l'open lab."),
    ("2026-09-22", 1, "La cotisation annuelle est fixée à 20 euros, et à 5 euros pour les étudiants, les demandeurs "
                      "d'emploi et les bénéficiaires des minima sociaux."),
    ("2026-09-22", 1, "L'utilisation de la découpeuse laser est réservée aux adhérents ayant suivi une formation "
                      "machine d'une heure avec le fabmanager."),
    ("2026-09-22", 1, "Le comité de pilotage se réunit une fois par mois, le mardi."),
    ("2026-09-22", 1, "Les permanences d'aide aux démarches en ligne ont lieu le mercredi et le vendredi de 9 h 30 "
                      "à 12 h, sur rendez-vous pris à l'accueil."),
    ("2026-10-13", 2, "Les jeunes accompagnés par la Mission locale accèdent gratuitement au fablab."),
    ("2026-10-13", 2, "Le filament des imprimantes 3D est facturé 5 centimes le gramme aux adhérents."),
    ("2026-10-13", 2, "Les classes du collège Hélène-Boucher sont accueillies le lundi après-midi, jour de fermeture "
                      "au public, avec leur professeur de technologie."),
    ("2026-10-13", 2, "Le bilan d'activité est présenté chaque année au comité de pilotage de mars."),
    ("2026-11-10", 3, "Le Pass numérique est remis par les conseillers numériques France services, à raison d'un "
                      "carnet de cinq chèques de 10 euros par bénéficiaire orienté par un travailleur social."),
    ("2026-11-10", 3, "Le projet de charte d'usage est adopté ; chaque adhérent la signe lors de son inscription."),
    ("2026-11-10", 3, "Le tiers-lieu candidate à l'appel à projets Fabriques numériques de territoire avec un atelier "
                      "de reconditionnement d'ordinateurs animé par les ingénieurs retraités bénévoles."),
    ("2026-11-10", 3, "La subvention régionale de 45 000 euros est affectée à l'achat d'une seconde découpeuse laser "
                      "et d'un système d'aspiration des fumées."),
    ("2026-11-10", 3, "Les bénévoles qui encadrent un atelier sont dispensés de cotisation."),
)

FABLAB94_TASKS = {
    SLUG: (
        ("Rédiger le projet de charte d'usage", "Karim Ouazzani", "2026-10-30", 1, "done"),
        ("Organiser une journée portes ouvertes pour les habitants du quartier", "Léo Marchetti", "2026-11-21", 2,
         "cancelled"),
        ("Recueillir l'avis des usagers sur les horaires d'ouverture", "Aïcha Diallo", "2026-11-20", 2),
        ("Établir le devis de la seconde découpeuse laser", "Bastien Lemarchand", "2026-11-24", 3),
        ("Transmettre le calendrier de distribution des Pass numérique", "Sandrine Baptiste", "2026-11-27", 3),
        ("Proposer un planning des permanences d'aide aux démarches pour 2027", "Yasmina Belkacem", "2026-12-04", 3),
        ("Préparer le dossier de candidature à l'appel à projets", "Thomas Ferrand", "2026-12-11", 3),
        ("Orienter un premier groupe de jeunes vers les ateliers du fablab", "Mélanie Rigaud", "2026-12-15", 3),
        ("Constituer l'équipe de bénévoles du reconditionnement d'ordinateurs", "Bernard Chevallier", "2027-01-08",
         3),
        ("Présenter aux usagers la charte d'usage adoptée", "Aïcha Diallo", "2027-01-19", 3),
        ("Rédiger le bilan d'activité 2026", "Karim Ouazzani", "2027-02-19", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the users' representative.
FABLAB94_ASKERS = {SLUG: ASKER}

FABLAB94_GROUPS = {
    SLUG: (FABLAB94_MEMBERS, FABLAB94_MEETINGS, FABLAB94_DEADLINES, FABLAB94_DECISIONS, "Karim Ouazzani"),
}

# What the coordinator typed after each of the three past comités (n°1 to n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Hélène Vasseur, Karim Ouazzani, Bastien Lemarchand, Sophie Andrieu, Nathalie Grosjean, "
    "Thomas Ferrand, Sandrine Baptiste, Julien Mercadier, Yasmina Belkacem, Romain Texier, Agnès Poulain, "
    "Franck Delorme, Bernard Chevallier, Léo Marchetti, Aïcha Diallo, Gilles Maréchal",
    "/excuses n°1 Claire Dufresne, Mélanie Rigaud",
    "/absents n°1 Monique Laferrière",
    "/presents n°2 Hélène Vasseur, Karim Ouazzani, Bastien Lemarchand, Nathalie Grosjean, Sandrine Baptiste, "
    "Claire Dufresne, Yasmina Belkacem, Agnès Poulain, Franck Delorme, Mélanie Rigaud, Bernard Chevallier, "
    "Monique Laferrière, Aïcha Diallo",
    "/excuses n°2 Thomas Ferrand, Julien Mercadier, Romain Texier, Gilles Maréchal",
    "/absents n°2 Léo Marchetti, Sophie Andrieu",
    "/presents n°3 Hélène Vasseur, Karim Ouazzani, Bastien Lemarchand, Sophie Andrieu, Thomas Ferrand, "
    "Sandrine Baptiste, Julien Mercadier, Yasmina Belkacem, Romain Texier, Mélanie Rigaud, Bernard Chevallier, "
    "Léo Marchetti, Gilles Maréchal",
    "/excuses n°3 Nathalie Grosjean, Claire Dufresne, Agnès Poulain, Monique Laferrière, Aïcha Diallo",
    "/absents n°3 Franck Delorme",
)

# What members said in the chat before the comité of 8 December (n°4).
RSVPS = (
    ("Hélène Vasseur", "/present"),
    ("Karim Ouazzani", "/present"),
    ("Bastien Lemarchand", "/present"),
    ("Thomas Ferrand", "/present"),
    ("Julien Mercadier", "/present"),
    ("Yasmina Belkacem", "/present"),
    ("Bernard Chevallier", "/present"),
    ("Léo Marchetti", "/present"),
    ("Franck Delorme", "/present"),
    ("Claire Dufresne", "/excuse"),
    ("Agnès Poulain", "/excuse"),
    ("Sandrine Baptiste", "/excuse"),
)

FABLAB94_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "fablab", ATTENDANCE_COMMANDS, RSVPS),
}
