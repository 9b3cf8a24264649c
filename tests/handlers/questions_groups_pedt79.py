"""A group the understanding was never tuned on, for the twelfth round's
blind set 21e (the work after a meeting and who does what: tasks, who came,
the minutes, charges and roles): the steering committee of the educational
project of Niort (projet éducatif de territoire, PEDT) — the town, the
national education's departmental office, the family allowance fund, the
Ligue de l'enseignement, a social centre, the parents' federation, the
conservatoire, the media library, the urban community, a school and the
school sports union.

The first meeting (September, town hall) was never recorded. After the
October and November meetings the committee's secretary typed who came
with /presents, /excuses and /absents and the tasks with /tache the day
after; some were closed since with /tache_faite or /tache_annuler. Before
the meeting of 17 December members said /present or /excuse.

The test sender is linked to Thibault Moreau (the PEDT's coordinator at
the town). Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["PEDT79_AFTER_SETUP", "PEDT79_ASKERS", "PEDT79_GROUPS"]

SLUG = "pedt79"
ASKER = "Thibault Moreau"

MEMBERS = (
    ("Véronique Charrier", "Ville de Niort", "Adjointe au maire chargée de l'éducation, présidente du comité de pilotage"),
    ("Thibault Moreau", "Ville de Niort", "Coordinateur du PEDT"),
    ("Laurence Pineau", "Ville de Niort", "Assistante, secrétariat du comité de pilotage"),
    ("Didier Arnaud", "DSDEN des Deux-Sèvres", "Inspecteur de l'Éducation nationale, circonscription de Niort"),
    ("Chantal Roy", "CAF des Deux-Sèvres", "Conseillère technique enfance jeunesse"),
    ("Mélanie Texier", "Ligue de l'enseignement des Deux-Sèvres", "Responsable du pôle éducation"),
    ("Farid Belkacem", "Centre socioculturel du Clou Bouchet", "Directeur"),
    ("Gwenaëlle Bonnin", "FCPE 79", "Représentante des parents d'élèves"),
    ("Jérôme Guillot", "Conservatoire Auguste-Tolbecque", "Professeur, référent des interventions en milieu scolaire"),
    ("Élodie Sabourin", "Médiathèque Pierre-Moinot", "Chargée des publics jeunesse"),
    ("Benoît Ragot", "Niort Agglo", "Chargé de mission sport"),
    ("Sylvie Fradin", "École élémentaire Jean-Zay", "Directrice d'école"),
    ("Karima Aït-Saïd", "Ville de Niort", "Responsable des accueils périscolaires"),
    ("Nicolas Bréchet", "USEP des Deux-Sèvres", "Délégué départemental"),
)

MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Hôtel de ville de Niort, salle des commissions", ()),
    ("2026-10-20 14:00", "2026-10-20 16:30", "Centre socioculturel du Clou Bouchet", ()),
    ("2026-11-26 14:00", "2026-11-26 16:30", "Maison des associations de Niort", ()),
    ("2026-12-17 14:00", "2026-12-17 16:30", "Hôtel de ville de Niort, salle des commissions",
     ("Bilan des ateliers du premier trimestre", "Orchestre à l'école", "Forum des activités éducatives")),
    ("2027-01-28 14:00", "2027-01-28 16:30", "Médiathèque Pierre-Moinot", ()),
    ("2027-03-25 14:00", "2027-03-25 16:30", "Hôtel de ville de Niort, salle des commissions", ()),
)

DEADLINES = (
    ("2026-12-04", "Bilan des ateliers périscolaires du premier trimestre"),
    ("2026-12-18", "Dossier de renouvellement du Plan mercredi à déposer"),
    ("2027-01-15", "Programme des ateliers du deuxième trimestre"),
    ("2027-02-26", "Enquête de satisfaction auprès des familles"),
    ("2027-06-30", "Évaluation du PEDT"),
)

DECISIONS = (
    ("2026-09-22", 1, "Les ateliers périscolaires ont lieu le mardi et le vendredi de 15h45 à 16h45."),
    ("2026-09-22", 1, "Le comité de pilotage se réunit une fois par mois, en alternance à l'hôtel de ville et dans les quartiers."),
    ("2026-10-20", 2, "La Ligue de l'enseignement coordonne les ateliers théâtre dans cinq écoles."),
    ("2026-10-20", 2, "Un tarif de 1 euro par atelier est appliqué aux familles dont le quotient familial est inférieur à 700."),
    ("2026-11-26", 3, "Le conservatoire lance un orchestre à l'école à Jean-Zay en janvier 2027."),
    ("2026-11-26", 3, "L'enquête de satisfaction est menée par la FCPE avec le centre socioculturel."),
    ("2026-11-26", 3, "Le forum des activités éducatives se tient le samedi 6 février 2027 au Clou Bouchet."),
)

# What the secretary typed the day after each recorded meeting (the clock is
# set there, so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-10-21 09:00", (
        "/presents n°2 Véronique Charrier, Thibault Moreau, Laurence Pineau, Didier Arnaud, Chantal Roy, "
        "Mélanie Texier, Farid Belkacem, Gwenaëlle Bonnin, Karima Aït-Saïd, Sylvie Fradin, Benoît Ragot",
        "/excuses n°2 Jérôme Guillot, Élodie Sabourin",
        "/absents n°2",
        "/tache Envoyer la convention aux associations partenaires pour le 6/11 @Mélanie Texier",
        "/tache Recenser les intervenants sportifs pour le 13/11 @Benoît Ragot",
        "/tache Mettre à jour la grille tarifaire pour le 30/10 @Karima Aït-Saïd",
    )),
    ("2026-11-27 09:00", (
        "/presents n°3 Véronique Charrier, Thibault Moreau, Laurence Pineau, Chantal Roy, Mélanie Texier, "
        "Farid Belkacem, Gwenaëlle Bonnin, Jérôme Guillot, Élodie Sabourin, Karima Aït-Saïd",
        "/excuses n°3 Didier Arnaud, Sylvie Fradin, Nicolas Bréchet",
        "/absents n°3",
        "/tache Envoyer le compte rendu de la réunion du 26 novembre pour le 4/12 @Laurence Pineau",
        "/tache Envoyer les invitations au forum pour le 15/01 @Farid Belkacem",
        "/tache Préparer le questionnaire de l'enquête de satisfaction pour le 11/12 @Gwenaëlle Bonnin",
        "/tache Rédiger le bilan des ateliers périscolaires pour le 4/12 @Thibault Moreau",
        "/tache Demander le devis des instruments pour le 30/11 @Jérôme Guillot",
        "/tache Relancer l'inspection sur les horaires des écoles @Thibault Moreau",
        "/tache Transmettre les chiffres de fréquentation à la CAF pour le 10/12 @Chantal Roy",
        "/tache Réserver la salle polyvalente pour le forum pour le 18/12 @Farid Belkacem",
        "/tache Choisir les albums du prix des jeunes lecteurs pour le 18/12 @Élodie Sabourin",
        "/tache Faire signer la charte de l'orchestre aux parents pour le 11/12 @Sylvie Fradin",
    )),
)

# Closed since: the sports instructors counted and the price grid updated;
# the parents' charter dropped (the conservatoire has its own).
CLOSED = ("/tache_faite 2", "/tache_faite 3", "/tache_annuler 13 le conservatoire a sa propre charte")

# What members said before the meeting of 17 December at the town hall (séance n°4).
RSVPS = (
    ("Thibault Moreau", "/present"),
    ("Mélanie Texier", "/present"),
    ("Chantal Roy", "/present"),
    ("Farid Belkacem", "/present"),
    ("Didier Arnaud", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "n79", AFTER_MEETINGS, CLOSED, RSVPS)

PEDT79_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
PEDT79_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
PEDT79_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
