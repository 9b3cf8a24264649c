"""A group written by the lead during the eleventh round, never shown to its
engineers, measured once on the round's final code: the intercommunal
accessibility commission of the Caen agglomeration (the urban community,
towns, the disability associations, the bus and tram operator, the MDPH,
the State's territorial office, the railway stations' operator). Formal and
everyday register mixed. Tasks in the store; the person asking is linked to
a member; no attendance recorded. Organisation names are real public bodies
or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["CAEN14_ASKERS", "CAEN14_GROUPS", "CAEN14_TASKS"]

SLUG = "caen14"

CAEN14_MEMBERS = (
    ("Agnès Lemonnier", "Caen la Mer", "Vice-présidente chargée de l'accessibilité, présidente de la commission"),
    ("Pierre-Yves Hamel", "Caen la Mer", "Chef du service accessibilité et mobilités"),
    ("Hervé Leclerc", "Ville de Caen", "Conseiller municipal délégué au handicap"),
    ("Martine Duval", "APF France handicap", "Représentante départementale"),
    ("Stéphane Guérin", "Unapei Calvados", "Administrateur"),
    ("Coralie Lebas", "Twisto", "Responsable qualité de service"),
    ("Frédéric Marie", "MDPH du Calvados", "Directeur adjoint"),
    ("Isabelle Lefrançois", "DDTM du Calvados", "Chargée de mission accessibilité du cadre bâti"),
    ("Yannick Osmont", "Association Valentin Haüy", "Bénévole, référent des déficients visuels"),
    ("Laëtitia Catherine", "Ville d'Hérouville-Saint-Clair", "Adjointe aux solidarités"),
    ("Bruno Vautier", "SNCF Gares & Connexions", "Responsable de la gare de Caen"),
    ("Manon Jeanne", "Caen la Mer", "Assistante de la commission"),
)

CAEN14_MEETINGS = (
    ("2026-09-21 17:30", "2026-09-21 19:30", "Hôtel de ville de Caen, salle des Gardes", ()),
    ("2026-11-16 17:30", "2026-11-16 19:30", "Siège de Caen la Mer, salle 2", ()),
    ("2026-12-14 17:30", "2026-12-14 19:30", "Mairie d'Hérouville-Saint-Clair",
     ("Rapport annuel d'accessibilité", "Arrêts de tram à mettre aux normes", "Questions diverses")),
    ("2027-02-08 17:30", "2027-02-08 19:30", "Siège de Caen la Mer, salle 2", ("Diagnostic de la gare",)),
    ("2027-04-12 17:30", "2027-04-12 19:30", "Hôtel de ville de Caen, salle des Gardes", ()),
)

CAEN14_DEADLINES = (
    ("2026-12-04", "Relevé des arrêts de bus non accessibles"),
    ("2027-01-29", "Rapport annuel d'accessibilité à transmettre au préfet"),
    ("2027-03-15", "Dossier de demande de subvention pour les bandes podotactiles"),
)

CAEN14_DECISIONS = (
    ("2026-09-21", 1, "Les réunions de la commission ont lieu le lundi à 17h30 pour permettre aux bénévoles de venir."),
    ("2026-09-21", 1, "Un questionnaire sur les difficultés de déplacement est diffusé aux usagers en fauteuil."),
    ("2026-11-16", 2, "Twisto équipe toutes ses lignes d'annonces sonores dans les bus d'ici juin 2027."),
    ("2026-11-16", 2, "Le transport à la demande pour les personnes handicapées devient gratuit le dimanche."),
    ("2026-11-16", 2, "La commission visite la gare de Caen avec des usagers malvoyants en janvier."),
)

CAEN14_TASKS = {
    SLUG: (
        ("Dépouiller le questionnaire aux usagers", "Martine Duval", "2026-11-30", 1),
        ("Organiser la visite de la gare", "Bruno Vautier", "2027-01-08", 2),
        ("Rédiger le rapport annuel d'accessibilité", "Pierre-Yves Hamel", "2027-01-15", 2),
        ("Chiffrer les annonces sonores", "Coralie Lebas", "2026-12-11", 2),
        ("Envoyer le relevé de décisions du 16 novembre", "Manon Jeanne", "2026-11-23", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CAEN14_ASKERS = {SLUG: "Pierre-Yves Hamel"}

CAEN14_GROUPS = {
    SLUG: (CAEN14_MEMBERS, CAEN14_MEETINGS, CAEN14_DEADLINES, CAEN14_DECISIONS, "Pierre-Yves Hamel"),
}
