"""A group the understanding was never tuned on, for the meetings engineer's
blind set (15c): the cantonal working group on integration of the canton of
Neuchâtel (Service de la cohésion multiculturelle, Service des migrations,
Service de l'emploi, the three towns of Neuchâtel, La Chaux-de-Fonds and Le
Locle, Caritas, CSP, Croix-Rouge, RECIF). It meets every few weeks in
different places and in three formations (séance plénière, groupe restreint,
comité de pilotage / COPIL), which the coordinator writes at the head of the
place, since a meeting has no other text field. Five past meetings and five
to come, most with an agenda. Organisation names are real public bodies;
every person is invented."""

from __future__ import annotations

__all__ = ["NEUCHATEL_GROUPS", "NEUCHATEL_TASKS"]

NE_MEMBERS = (
    ("Valérie Jeanneret", "Service de la cohésion multiculturelle (COSM)", "Cheffe de service, présidente du groupe de travail"),
    ("Christophe Vuilleumier", "Service de la cohésion multiculturelle (COSM)", "Délégué à l'intégration, secrétaire du groupe"),
    ("Sabine Perrenoud", "Service des migrations (SMIG)", "Responsable de l'accueil des requérants d'asile"),
    ("Olivier Matthey", "Service de l'emploi (SEMP)", "Conseiller en insertion professionnelle"),
    ("Laetitia Huguenin", "Ville de Neuchâtel", "Conseillère communale, dicastère de la cohésion sociale"),
    ("Didier Robert", "Ville de La Chaux-de-Fonds", "Chef du service de l'intégration et des infrastructures culturelles"),
    ("Martine Jacot", "Ville du Locle", "Conseillère communale en charge des affaires sociales"),
    ("Ahmed Benhadj", "Caritas Neuchâtel", "Responsable des cours de français"),
    ("Nicole Sandoz", "Centre social protestant (CSP)", "Assistante sociale, permanence migrants"),
    ("Tiago Pereira", "Croix-Rouge neuchâteloise", "Coordinateur de l'interprétariat communautaire"),
    ("Fanny Girardin", "RECIF", "Animatrice des ateliers pour femmes migrantes"),
    ("Jean-Daniel Schaer", "Département de l'économie et de l'action sociale (DEAS)", "Secrétaire général adjoint"),
)

NE_MEETINGS = (
    ("2026-09-08 14:15", "2026-09-08 16:30", "Séance plénière, Château de Neuchâtel, salle des Chevaliers", ()),
    ("2026-09-29 09:00", "2026-09-29 11:00", "COPIL, Service de la cohésion multiculturelle, rue des Beaux-Arts 13, Neuchâtel", ()),
    ("2026-10-20 14:15", "2026-10-20 16:30", "Séance plénière, Hôtel de ville de La Chaux-de-Fonds, salle du Conseil général", ()),
    ("2026-11-12 10:00", "2026-11-12 12:00", "Groupe restreint, Hôtel de ville du Locle", ()),
    ("2026-11-24 09:00", "2026-11-24 11:00", "COPIL, visioconférence", ()),
    ("2026-12-03 14:15", "2026-12-03 16:30", "Séance plénière, Club 44, rue de la Serre 64, La Chaux-de-Fonds",
     ("Programme d'intégration cantonal PIC 3", "Bilan des cours de français", "Semaine d'actions contre le racisme")),
    ("2026-12-08 09:00", "2026-12-08 11:00", "COPIL, Château de Neuchâtel, salle des États",
     ("Budget 2027 de l'intégration", "Mandats de prestations aux associations")),
    ("2026-12-15 14:15", "2026-12-15 16:00", "Groupe restreint, Maison de paroisse du Locle",
     ("Interprétariat communautaire dans les écoles",)),
    ("2027-01-19 14:15", "2027-01-19 16:30", "Séance plénière, Aula des Jeunes-Rives, Neuchâtel",
     ("Rapport d'activité 2026", "Accueil des familles réfugiées")),
    ("2027-02-23 09:00", "2027-02-23 11:00", "COPIL, visioconférence", ("Évaluation intermédiaire du PIC 3",)),
)

NE_DEADLINES = (
    ("2026-12-11", "Retour des statistiques des cours de français"),
    ("2027-01-08", "Dépôt des demandes de soutien aux projets d'intégration"),
    ("2027-03-12", "Programme de la Semaine d'actions contre le racisme"),
)

NE_DECISIONS = (
    ("2026-09-08", 1, "Le groupe tient ses séances plénières alternativement à Neuchâtel et dans les Montagnes."),
    ("2026-09-29", 2, "Le COPIL prépare le budget et les mandats avant chaque plénière."),
    ("2026-10-20", 3, "Les cours de français pour les parents sont étendus au Locle."),
    ("2026-11-12", 4, "L'interprétariat communautaire est proposé gratuitement aux écoles."),
    ("2026-11-24", 5, "La Semaine d'actions contre le racisme aura lieu en mars à La Chaux-de-Fonds."),
)

NEUCHATEL_TASKS = {
    "integration-ne": (
        ("Préparer le bilan des cours de français", "Ahmed Benhadj", "2026-11-30", 3),
        ("Rédiger le procès-verbal du COPIL de novembre", "Christophe Vuilleumier", "2026-12-04", 5),
        ("Chiffrer l'interprétariat dans les écoles", "Tiago Pereira", "2026-12-10", 4),
    ),
}

NEUCHATEL_GROUPS = {
    "integration-ne": (NE_MEMBERS, NE_MEETINGS, NE_DEADLINES, NE_DECISIONS, "Christophe Vuilleumier"),
}
