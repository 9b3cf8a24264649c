"""A group written by the lead during the twelfth round, never shown to its
engineers, measured once on main before the round's merges and once on the
round's final code: the steering committee of the educational success
programme (programme de réussite éducative) of Poitiers — the town, the
State's education services, the prefect's delegate, the family allowance
fund, the département, a children's mental-health centre, a social centre,
a secondary school and a popular-education league. Formal and everyday
register mixed. Tasks in the store; the person asking is linked to a member;
no attendance recorded. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["POITIERS86_ASKERS", "POITIERS86_GROUPS", "POITIERS86_TASKS"]

SLUG = "poitiers86"

POITIERS86_MEMBERS = (
    ("Hélène Garnier", "Ville de Poitiers", "Adjointe à l'éducation, présidente du comité de pilotage"),
    ("Thomas Rivière", "Ville de Poitiers", "Coordonnateur du programme de réussite éducative"),
    ("Sandrine Michaud", "DSDEN de la Vienne", "Inspectrice de l'Éducation nationale, circonscription Poitiers Nord"),
    ("Karim Benali", "Préfecture de la Vienne", "Délégué du préfet pour les quartiers prioritaires"),
    ("Nadia Fournier", "CAF de la Vienne", "Conseillère technique territoriale"),
    ("Julien Moreau", "Département de la Vienne", "Responsable de la maison départementale des solidarités"),
    ("Claire Dumas", "Centre hospitalier Henri-Laborit", "Pédopsychiatre au centre médico-psychologique enfants"),
    ("Mathilde Roy", "Centre social des Trois-Cités", "Directrice"),
    ("Patrick Léger", "CCAS de Poitiers", "Référent familles"),
    ("Élodie Chauvet", "Collège des Couronneries", "Principale adjointe"),
    ("Yasmine Haddad", "Ligue de l'enseignement de la Vienne", "Animatrice des clubs de lecture"),
    ("Inès Barbier", "Ville de Poitiers", "Assistante administrative, secrétariat du comité"),
)

POITIERS86_MEETINGS = (
    ("2026-09-29 14:00", "2026-09-29 16:00", "Hôtel de ville de Poitiers, salle du conseil", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Centre social des Trois-Cités", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Maison de la réussite éducative, Couronneries",
     ("Bilan des parcours 2026", "Budget 2027 du programme", "Questions diverses")),
    ("2027-02-02 14:00", "2027-02-02 16:00", "Hôtel de ville de Poitiers, salle du conseil",
     ("Évaluation des clubs de lecture",)),
    ("2027-03-30 14:00", "2027-03-30 16:00", "Centre social des Trois-Cités", ()),
)

POITIERS86_DEADLINES = (
    ("2026-12-09", "Fiches de repérage des enfants à transmettre au coordonnateur"),
    ("2027-01-22", "Dossier de demande de financement à l'ANCT"),
    ("2027-03-05", "Questionnaire de satisfaction des familles"),
)

POITIERS86_DECISIONS = (
    ("2026-09-29", 1, "Le comité de pilotage se réunit un mardi après-midi toutes les six semaines environ."),
    ("2026-09-29", 1, "Les parcours individualisés sont ouverts aux enfants de 2 à 16 ans des quartiers prioritaires."),
    ("2026-11-17", 2, "La CAF finance deux séjours de vacances l'été prochain pour les familles suivies."),
    ("2026-11-17", 2, "Les équipes pluridisciplinaires de soutien se réunissent désormais au collège des Couronneries."),
    ("2026-11-17", 2, "Le programme recrute une deuxième référente de parcours à mi-temps à partir de mars 2027."),
)

POITIERS86_TASKS = {
    SLUG: (
        ("Compiler les fiches de repérage", "Thomas Rivière", "2026-12-09", 2),
        ("Préparer le budget 2027 du programme", "Hélène Garnier", "2026-12-11", 2),
        ("Rédiger la fiche de poste de la référente de parcours", "Patrick Léger", "2027-01-15", 2),
        ("Réserver les centres de vacances", "Nadia Fournier", "2027-02-26", 2),
        ("Envoyer le compte rendu du 17 novembre", "Inès Barbier", "2026-11-24", 2),
        ("Recenser les élèves décrocheurs du collège", "Élodie Chauvet", "2026-11-27", 2),
        ("Organiser la réunion des équipes pluridisciplinaires", "Mathilde Roy", "2026-12-18", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
POITIERS86_ASKERS = {SLUG: "Mathilde Roy"}

POITIERS86_GROUPS = {
    SLUG: (POITIERS86_MEMBERS, POITIERS86_MEETINGS, POITIERS86_DEADLINES, POITIERS86_DECISIONS, "Thomas Rivière"),
}
