"""A group written by helper w46b in the forty-fifth round, for the lead's
blind set 95 (a stranger's general set in the words of the commission
consultative de la jeunesse (CCJ) of an invented commune of about 12,000
inhabitants in the canton de Vaud, Corvallaz, in the Nord vaudois): the
municipal in charge of youth and sports who chairs it, the délégué jeunesse
(the group's coordinator), the travailleuse sociale de proximité (TSP), the
secretary of the CCJ (the PV), the head of the communal buildings service
(the rénovation of the local jeunes, the skatepark), the head of the
parascolaire (APEMS); the representatives of the sociétés locales (the
invented FC Corvallaz, the Jeunesse de Corvallaz, the scouts' group La
Molière); the directeur of the établissement secondaire and the school
nurse (prévention, PSPS); the animatrice of the invented centre de loisirs
La Tanière; the police de proximité's répondant (Police Nord vaudois); four
young members — an apprenti électricien, an apprentie ASE, a gymnasienne of
the Gymnase d'Yverdon (the asker) and a student of the HEIG-VD, who is the
CCJ's vice-president; the invented parents' association (APE Corvallaz)
and a member of the Conseil communal.
Meetings: the séance of September at the Hôtel de Ville, the séance on the
budget participatif jeunesse of October at the centre de loisirs, the
séance of November at the Hôtel de Ville, the séance of 8 December at the
local jeunes Le Hangar, the séance of January at the Hôtel de Ville and
the plenary session with the Municipalité of March in the salle du Conseil
communal. Tasks (four late, one of them the asker's; one done; one
cancelled), the attendance of the three past séances in the store,
announced presences for 8 December; the person asking is a young member,
not the coordinator. Public bodies named: the Police Nord vaudois, the
Gymnase d'Yverdon, the HEIG-VD, the CPNV, the Conseil communal and the
Municipalité as institutions; the commune, its clubs, its centre de
loisirs, its associations and every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CCJVD_AFTER_SETUP", "CCJVD_ASKERS", "CCJVD_GROUPS", "CCJVD_TASKS"]

SLUG = "ccjvd"
ASKER = "Noémie Jaquier"
SERVICE = "Commune de Corvallaz, service jeunesse"
YOUNG = "Membres jeunes de la CCJ"

CCJVD_MEMBERS = (
    ("Stéphane Chappuis", "Municipalité de Corvallaz", "Municipal en charge de la jeunesse et des sports, président "
                                                       "de la CCJ"),
    ("Loïc Favre", SERVICE, "Délégué jeunesse, coordinateur de la CCJ"),
    ("Mélanie Rochat", SERVICE, "Travailleuse sociale de proximité (TSP), prévention et accueil des jeunes dans "
                                "la rue"),
    ("Anne-Claude Duc", "Commune de Corvallaz, greffe municipal", "Secrétaire de la CCJ (convocations, PV)"),
    ("Yvan Mottaz", "Commune de Corvallaz, service des bâtiments", "Chef du service des bâtiments, suivi des "
                                                                   "travaux du local jeunes et du skatepark"),
    ("Sabrina Golay", "Commune de Corvallaz, accueil parascolaire", "Responsable du parascolaire (APEMS)"),
    ("Cédric Jaunin", "FC Corvallaz", "Responsable du mouvement juniors, représentant du FC Corvallaz"),
    ("Romain Cuendet", "Jeunesse de Corvallaz", "Président de la Jeunesse de Corvallaz"),
    ("Léa Bovet", "Groupe scout La Molière", "Cheffe de groupe des scouts"),
    ("Philippe Gilliéron", "Établissement secondaire de Corvallaz", "Directeur de l'établissement secondaire"),
    ("Catherine Blanc", "Établissement secondaire de Corvallaz", "Infirmière scolaire, répondante promotion de la "
                                                                 "santé et prévention (PSPS)"),
    ("Nadia Ferreira", "Centre de loisirs La Tanière", "Animatrice socioculturelle, responsable de l'accueil libre"),
    ("Marc Pidoux", "Police Nord vaudois, poste de Corvallaz", "Répondant de la police de proximité pour la "
                                                               "jeunesse"),
    ("Jonas Rey", YOUNG, "Membre jeune, apprenti électricien (CPNV)"),
    ("Alicia Martins", YOUNG, "Membre jeune, apprentie assistante socio-éducative (ASE)"),
    ("Noémie Jaquier", YOUNG, "Membre jeune, gymnasienne au Gymnase d'Yverdon"),
    ("Inès Morand", YOUNG, "Membre jeune, étudiante à la HEIG-VD, vice-présidente de la CCJ"),
    ("Sandrine Cornu", "APE Corvallaz (association des parents d'élèves)", "Présidente de l'APE, représentante des "
                                                                           "parents"),
    ("Bertrand Ogay", "Conseil communal de Corvallaz", "Conseiller communal, membre de la commission des finances"),
)

CCJVD_MEETINGS = (
    ("2026-09-15 18:30", "2026-09-15 20:30", "Séance de la CCJ, salle des commissions, Hôtel de Ville de Corvallaz",
     ()),
    ("2026-10-14 18:00", "2026-10-14 21:00", "Séance de la CCJ consacrée au budget participatif jeunesse, centre "
                                             "de loisirs La Tanière", ()),
    ("2026-11-10 18:30", "2026-11-10 20:30", "Séance de la CCJ, salle des commissions, Hôtel de Ville de Corvallaz",
     ()),
    ("2026-12-08 18:30", "2026-12-08 20:30", "Séance de la CCJ, local jeunes Le Hangar, rue du Collège 12, "
                                             "Corvallaz",
     ("Premiers résultats du sondage auprès des jeunes",
      "Horaires d'ouverture et accueil libre du local jeunes",
      "Projets déposés au budget participatif jeunesse",
      "Prévention pendant les nuits de l'Abbaye")),
    ("2027-01-19 18:30", "2027-01-19 20:30", "Séance de la CCJ, salle des commissions, Hôtel de Ville de Corvallaz",
     ("Préavis municipal sur la rénovation du local jeunes",
      "Programme de la Fête de la jeunesse 2027")),
    ("2027-03-13 09:00", "2027-03-13 12:00", "Séance plénière de la CCJ avec la Municipalité, salle du Conseil "
                                             "communal, Hôtel de Ville de Corvallaz",
     ("Rapport annuel de la CCJ à la Municipalité",
      "Révision du règlement de la CCJ")),
)

CCJVD_DEADLINES = (
    ("2026-11-27", "Dépôt des projets pour le budget participatif jeunesse"),
    ("2026-12-11", "Clôture du sondage en ligne auprès des jeunes de 12 à 25 ans"),
    ("2027-01-15", "Envoi à la Municipalité des remarques de la CCJ sur le préavis de rénovation du local jeunes"),
    ("2027-02-26", "Inscriptions des jeunes aux jobs d'été communaux"),
    ("2027-03-31", "Remise du rapport annuel de la CCJ à la Municipalité"),
    ("2027-04-30", "Demande d'autorisation de manifestation pour la Fête de la jeunesse"),
)

CCJVD_DECISIONS = (
    ("2026-09-15", 1, "La CCJ se réunit une fois par mois, en principe le mardi à 18h30, hors vacances scolaires."),
    ("2026-09-15", 1, "Le PV de chaque séance est envoyé aux membres par courriel dans les dix jours."),
    ("2026-09-15", 1, "Un membre de moins de 18 ans siège avec l'accord écrit de son représentant légal."),
    ("2026-09-15", 1, "Le budget participatif jeunesse 2027 est doté de CHF 15'000.–, chaque projet pouvant recevoir "
                      "au plus CHF 3'500.–."),
    ("2026-10-14", 2, "Seuls les projets portés par des jeunes de 12 à 25 ans domiciliés dans la commune sont "
                      "recevables au budget participatif."),
    ("2026-10-14", 2, "Les projets recevables sont soumis à un vote en ligne ouvert aux jeunes de la commune, après "
                      "un examen de faisabilité par la CCJ."),
    ("2026-10-14", 2, "Le sondage est diffusé par les écoles, les sociétés locales et les réseaux sociaux du service "
                      "jeunesse."),
    ("2026-10-14", 2, "La CCJ demande à la Municipalité de prolonger l'accueil libre du local jeunes jusqu'à 22h00 le "
                      "vendredi et le samedi."),
    ("2026-11-10", 3, "Le skatepark des Sorbiers est éclairé jusqu'à 22h00 d'avril à octobre, à titre d'essai pour "
                      "une saison."),
    ("2026-11-10", 3, "La CCJ soutient la prolongation de la ligne de bus de nuit Pyjama jusqu'à Corvallaz les nuits "
                      "du vendredi et du samedi."),
    ("2026-11-10", 3, "Aucune boisson alcoolisée n'est servie aux moins de 18 ans lors des soirées de la CCJ ; la "
                      "Jeunesse tient un bar sans alcool."),
    ("2026-11-10", 3, "Pendant les nuits de l'Abbaye, la TSP et deux jeunes formés assurent une présence de "
                      "prévention de 22h00 à 2h00."),
    ("2026-11-10", 3, "La Fête de la jeunesse 2027 aura lieu le samedi 19 juin sur la place du Collège."),
    ("2026-11-10", 3, "Les petits jobs d'été communaux sont réservés aux jeunes de 15 à 18 ans, payés CHF 15.– de "
                      "l'heure, deux semaines au plus par jeune."),
    ("2026-11-10", 3, "Le budget 2027 du local jeunes est porté à CHF 42'000.– (animation et matériel), sous réserve "
                      "de son adoption par le Conseil communal."),
)

CCJVD_TASKS = {
    SLUG: (
        ("Préparer le questionnaire du sondage auprès des jeunes", "Loïc Favre", "2026-10-09", 1, "done"),
        ("Organiser une visite du skatepark de Grandson avec les membres jeunes", "Mélanie Rochat", "2026-10-31", 1,
         "cancelled"),
        ("Présenter le sondage aux classes de 10e et 11e années", "Philippe Gilliéron", "2026-11-13", 2),
        ("Diffuser l'appel à projets du budget participatif au gymnase et au CPNV", "Noémie Jaquier", "2026-11-25",
         2),
        ("Informer les parents du projet d'ouverture prolongée du local jeunes", "Sandrine Cornu", "2026-11-27", 2),
        ("Chiffrer le coût de l'éclairage du skatepark des Sorbiers", "Yvan Mottaz", "2026-11-20", 3),
        ("Demander aux transports publics le coût de la prolongation du bus de nuit", "Loïc Favre", "2026-12-04", 3),
        ("Chiffrer les heures d'ouverture supplémentaires du local jeunes", "Nadia Ferreira", "2026-12-07", 2),
        ("Proposer une liste de petits jobs d'été dans les services communaux", "Stéphane Chappuis", "2027-02-12",
         3),
        ("Rédiger la partie des membres jeunes du rapport annuel à la Municipalité", "Noémie Jaquier", "2027-03-05",
         3),
        ("Établir le plan de prévention pour les nuits de l'Abbaye", "Mélanie Rochat", "2027-03-19", 3),
        ("Trouver des bénévoles pour le bar sans alcool de la Fête de la jeunesse", "Romain Cuendet", "2027-04-16",
         3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the gymnasienne.
CCJVD_ASKERS = {SLUG: ASKER}

CCJVD_GROUPS = {
    SLUG: (CCJVD_MEMBERS, CCJVD_MEETINGS, CCJVD_DEADLINES, CCJVD_DECISIONS, "Loïc Favre"),
}

# What the secretary typed after each past séance (n°1, n°2, n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Stéphane Chappuis, Loïc Favre, Mélanie Rochat, Anne-Claude Duc, Yvan Mottaz, Sabrina Golay, "
    "Cédric Jaunin, Romain Cuendet, Léa Bovet, Philippe Gilliéron, Nadia Ferreira, Jonas Rey, Alicia Martins, "
    "Noémie Jaquier, Inès Morand, Sandrine Cornu",
    "/excuses n°1 Catherine Blanc, Bertrand Ogay",
    "/absents n°1 Marc Pidoux",
    "/presents n°2 Stéphane Chappuis, Loïc Favre, Mélanie Rochat, Anne-Claude Duc, Romain Cuendet, Léa Bovet, "
    "Nadia Ferreira, Alicia Martins, Inès Morand, Sandrine Cornu, Bertrand Ogay",
    "/excuses n°2 Yvan Mottaz, Sabrina Golay, Philippe Gilliéron, Catherine Blanc, Noémie Jaquier, Marc Pidoux",
    "/absents n°2 Cédric Jaunin, Jonas Rey",
    "/presents n°3 Stéphane Chappuis, Loïc Favre, Mélanie Rochat, Anne-Claude Duc, Yvan Mottaz, Cédric Jaunin, "
    "Romain Cuendet, Catherine Blanc, Nadia Ferreira, Marc Pidoux, Noémie Jaquier, Inès Morand, Bertrand Ogay",
    "/excuses n°3 Sabrina Golay, Léa Bovet, Philippe Gilliéron, Alicia Martins, Sandrine Cornu",
    "/absents n°3 Jonas Rey",
)

# What members said in the chat before the séance of 8 December (n°4).
RSVPS = (
    ("Stéphane Chappuis", "/present"),
    ("Loïc Favre", "/present"),
    ("Mélanie Rochat", "/present"),
    ("Anne-Claude Duc", "/present"),
    ("Nadia Ferreira", "/present"),
    ("Romain Cuendet", "/present"),
    ("Inès Morand", "/present"),
    ("Catherine Blanc", "/present"),
    ("Marc Pidoux", "/present"),
    ("Philippe Gilliéron", "/excuse"),
    ("Sandrine Cornu", "/excuse"),
    ("Cédric Jaunin", "/excuse"),
)

CCJVD_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ccj", ATTENDANCE_COMMANDS, RSVPS),
}
