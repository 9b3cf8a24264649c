"""A group the understanding was never tuned on, for the blind sets 18f and
18fb (a stranger's general set in Swiss French and chat register): the
working group on the integration of young people in Bienne and the Bernese
Jura, chaired by a conseillère municipale of the Ville de Bienne, with the
canton of Bern's French-speaking offices (the DSSI's integration and social
action office, the vocational training office), the regional social service
of Tavannes, the communes of Saint-Imier and Tramelan, the association
Multimondo, the motivation semester (SEMO), the Bernese university of
applied sciences (BFH), the Chambre d'économie publique and the Préfecture
du Jura bernois. Evening sessions at 17h, in turn in Bienne and the Bernese
Jura; the secretary (the asker, linked to the test sender) recorded who came
to the last two sessions and members said whether they come on Thursday
10 December. Swiss usage in the roles: conseillère municipale, maire,
caissier, répondant, case manager, préfète. Organisation names are real
public bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["BIENNE_AFTER_SETUP", "BIENNE_ASKERS", "BIENNE_GROUPS", "BIENNE_TASKS"]

SLUG = "bienne-integration"

BI_MEMBERS = (
    ("Claire Moser", "Ville de Bienne",
     "Conseillère municipale, directrice de la formation, de la prévoyance sociale et de la culture, présidente du groupe"),
    ("Jonas Villard", "Ville de Bienne", "Délégué à l'intégration, secrétaire du groupe"),
    ("Kevin Mathez", "Ville de Bienne", "Travailleur social hors murs, Centre animation jeunesse"),
    ("Estelle Gerber", "Office de l'intégration et de l'action sociale (OIAS)",
     "Cheffe de projet, programme d'intégration cantonal"),
    ("Yves Gosteli", "Office de l'enseignement secondaire du 2e degré et de la formation professionnelle (OSP)",
     "Case manager Formation professionnelle"),
    ("Patrick Tschan", "Service social régional de Tavannes", "Responsable du secteur jeunesse, caissier du groupe"),
    ("Nadège Aeschlimann", "Commune de Saint-Imier", "Maire"),
    ("Marc Vuilleumier", "Commune de Tramelan", "Conseiller municipal, dicastère jeunesse et sports"),
    ("Sandrine Châtelain", "Multimondo", "Directrice de l'association"),
    ("Mélanie Rossel", "Semestre de motivation (SEMO) Bienne-Jura bernois", "Coach, responsable des places de stage"),
    ("Laura Bühler", "Haute école spécialisée bernoise (BFH)",
     "Professeure en travail social, responsable de l'enquête sur l'apprentissage"),
    ("Lucien Frey", "Chambre d'économie publique du Jura bernois (CEP)",
     "Répondant pour l'apprentissage auprès des entreprises formatrices"),
    ("Rita Sieber", "Préfecture du Jura bernois", "Préfète, observatrice"),
)

BI_MEETINGS = (
    ("2026-09-17 17:00", "2026-09-17 19:00", "Hôtel de ville de Bienne, salle du Conseil municipal", ()),
    ("2026-10-22 09:00", "2026-10-22 11:30", "Salle communale de Saint-Imier", ()),
    ("2026-11-26 17:00", "2026-11-26 19:00", "Multimondo, Bienne", ()),
    ("2026-12-10 17:00", "2026-12-10 19:00", "Hôtel de ville de Bienne, salle du Conseil municipal",
     ("Bilan des places de stage du SEMO", "Budget 2027 du groupe", "Préparation du Forum des métiers", "Divers")),
    ("2027-01-21 09:00", "2027-01-21 11:30", "Centre interrégional de perfectionnement (CIP), Tramelan",
     ("Résultats de l'enquête sur l'apprentissage",)),
    ("2027-02-18 17:00", "2027-02-18 19:00", "Haute école spécialisée bernoise, Bienne",
     ("Rapport au Conseil-exécutif",)),
    ("2027-03-25 17:00", "2027-03-25 18:30", "Visioconférence", ()),
    ("2027-05-06 09:00", "2027-05-06 12:00", "Salle communale de Tavannes", ()),
)

BI_DEADLINES = (
    ("2026-12-04", "Retour des inscriptions des entreprises au Forum des métiers"),
    ("2026-12-15", "Dépôt de la demande de subvention au programme d'intégration cantonal"),
    ("2027-01-08", "Réponse à la consultation sur la loi cantonale sur l'aide sociale"),
    ("2027-01-29", "Envoi du questionnaire aux jeunes de 15 à 25 ans"),
    ("2027-03-13", "Forum des métiers et de l'apprentissage à Tramelan"),
)

BI_DECISIONS = (
    ("2026-09-17", 1, "Le groupe se réunit une fois par mois, en alternance à Bienne et dans le Jura bernois."),
    ("2026-09-17", 1, "Les séances du soir commencent à 17h et durent deux heures au plus."),
    ("2026-10-22", 2, "Le SEMO réserve vingt places de stage aux jeunes arrivés en Suisse après 15 ans."),
    ("2026-10-22", 2, "La Ville de Bienne prend en charge les abonnements de bus des jeunes en stage pendant trois mois."),
    ("2026-11-26", 3, "La BFH conduit une enquête sur le passage de l'école obligatoire à l'apprentissage (CFC et AFP)."),
    ("2026-11-26", 3, "Le groupe demande au Canton 60 000 francs pour des cours de français destinés aux jeunes de 16 à 25 ans."),
    ("2026-11-26", 3, "Les procès-verbaux sont rédigés en français et résumés en allemand."),
    ("2026-11-26", 3, "Le Forum des métiers est organisé avec la Chambre d'économie publique et les entreprises formatrices."),
)

BIENNE_TASKS = {
    SLUG: (
        ("Trouver dix entreprises formatrices pour le Forum des métiers", "Lucien Frey", "2026-11-27", 3),
        ("Rédiger le questionnaire de l'enquête auprès des jeunes", "Laura Bühler", "2026-12-18", 3),
        ("Traduire le procès-verbal de novembre en allemand", "Jonas Villard", "2026-11-30", 3),
        ("Réserver la salle du Conseil municipal pour le 10 décembre", "Jonas Villard", "2026-12-03", 3),
        ("Préparer la demande de subvention au programme d'intégration cantonal", "Estelle Gerber", "2026-12-11", 3),
        ("Recenser les places de stage du SEMO", "Mélanie Rossel", "2026-11-20", 2),
        ("Envoyer le projet de budget 2027 aux communes", "Patrick Tschan", "2026-11-25", 3, "done"),
    ),
}

BIENNE_ASKERS = {SLUG: "Jonas Villard"}

# What the secretary typed after the two last sessions (the first was never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Claire Moser, Jonas Villard, Nadège Aeschlimann, Marc Vuilleumier, Patrick Tschan, Yves Gosteli",
    "/excuses n°2 Rita Sieber",
    "/presents n°3 Claire Moser, Jonas Villard, Estelle Gerber, Patrick Tschan, Sandrine Châtelain, Mélanie Rossel, "
    "Laura Bühler, Lucien Frey",
    "/excuses n°3 Nadège Aeschlimann, Marc Vuilleumier",
)

# What members said in the chat before the session of Thursday 10 December (n°4).
RSVPS = (
    ("Sandrine Châtelain", "/present"),
    ("Lucien Frey", "/present"),
    ("Yves Gosteli", "/present"),
    ("Kevin Mathez", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, BIENNE_ASKERS[SLUG], "bi", ATTENDANCE_COMMANDS, RSVPS)

BIENNE_GROUPS = {
    SLUG: (BI_MEMBERS, BI_MEETINGS, BI_DEADLINES, BI_DECISIONS, "Jonas Villard"),
}

# What is typed after the group is set up (questions_groups.build_group runs it).
BIENNE_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
