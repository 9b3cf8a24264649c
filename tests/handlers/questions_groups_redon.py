"""A group written by the lead in the seventeenth round, for the lead's blind
set 29, written during the round out of every engineer's reach and measured
once, on the round's final code, not fixed after: the network of the France
services houses of the Pays de Redon — the agglomeration that runs it, the
sub-prefecture, the houses' facilitators and a digital adviser, the CAF, the
MSA, the CPAM, the public finances, La Poste, a mayor and a digital-inclusion
association. A steering committee twice a year, facilitators' meetings,
digital-inclusion workshops. Tasks in the store; the person asking is the
network's coordinator. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["REDON_ASKERS", "REDON_GROUPS", "REDON_TASKS"]

SLUG = "fs-redon"

REDON_MEMBERS = (
    ("Gwenaëlle Le Bihan", "Redon Agglomération", "Coordinatrice du réseau France services"),
    ("Pascal Guérin", "Redon Agglomération", "Vice-président aux services à la population, président du comité de pilotage"),
    ("Sandrine Jouan", "Sous-préfecture de Redon", "Sous-préfète"),
    ("Mickaël Rouxel", "France services de Redon", "Animateur"),
    ("Anaïs Chevalier", "France services de Guémené-Penfao", "Animatrice"),
    ("Thomas Lebreton", "France services d'Allaire", "Conseiller numérique"),
    ("Martine Hervé", "CAF d'Ille-et-Vilaine", "Référente partenariats"),
    ("Didier Morvan", "MSA Portes de Bretagne", "Conseiller en protection sociale"),
    ("Sylvie Pichon", "CPAM d'Ille-et-Vilaine", "Chargée de l'accueil"),
    ("Yannick Lucas", "DGFiP", "Conseiller aux décideurs locaux"),
    ("Céline Gautier", "La Poste", "Responsable de secteur"),
    ("Jean-Yves Renaud", "Mairie de Pipriac", "Maire"),
    ("Nolwenn Tanguy", "Association Défis numériques", "Médiatrice numérique"),
)

REDON_MEETINGS = (
    ("2026-09-15 09:30", "2026-09-15 11:30", "Comité de pilotage, sous-préfecture de Redon", ()),
    ("2026-10-15 14:00", "2026-10-15 16:00", "Réunion des animateurs, France services de Guémené-Penfao", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Atelier inclusion numérique, médiathèque de Redon", ()),
    ("2026-12-10 14:00", "2026-12-10 16:00", "Réunion des animateurs, France services d'Allaire",
     ("Bilan de fréquentation 2026", "Formation aux démarches ANTS", "Planning des permanences de janvier")),
    ("2027-01-19 09:30", "2027-01-19 11:30", "Comité de pilotage, sous-préfecture de Redon",
     ("Labellisation 2027", "Bus France services")),
    ("2027-02-18 14:00", "2027-02-18 16:30", "Atelier inclusion numérique, France services de Redon", ()),
)

REDON_DEADLINES = (
    ("2026-12-07", "Remontée des chiffres de fréquentation de novembre"),
    ("2026-12-16", "Inscriptions à la formation ANTS"),
    ("2027-01-08", "Dossier de labellisation du bus France services"),
    ("2027-01-31", "Questionnaire de satisfaction des usagers"),
)

REDON_DECISIONS = (
    ("2026-09-15", 1, "Le comité de pilotage se réunit deux fois par an, en janvier et en septembre."),
    ("2026-09-15", 1, "Chaque France services est ouverte au moins 24 heures par semaine, sur cinq jours."),
    ("2026-09-15", 1, "Un bus France services circule dans les communes rurales à partir de mars 2027."),
    ("2026-10-15", 2, "Les animateurs suivent une formation de deux jours aux démarches de l'ANTS."),
    ("2026-10-15", 2, "Les permanences de la CAF ont lieu le mardi matin à Redon et le jeudi après-midi à Allaire."),
    ("2026-10-15", 2, "Les usagers sans rendez-vous sont reçus jusqu'à 11h30 le matin."),
    ("2026-11-19", 3, "Des ateliers numériques gratuits sont proposés aux plus de 60 ans, dix personnes par session."),
    ("2026-11-19", 3, "Un prêt de tablettes est organisé avec la médiathèque de Redon."),
    ("2026-11-19", 3, "Le Département finance deux conseillers numériques supplémentaires pour 2027."),
    ("2026-10-15", 2, "Les chiffres de fréquentation sont remontés chaque mois à la sous-préfecture."),
)

REDON_TASKS = {
    SLUG: (
        ("Envoyer le bilan de l'atelier numérique", "Nolwenn Tanguy", "2026-11-27", 3),
        ("Préparer le planning des permanences de janvier", "Mickaël Rouxel", "2026-12-09", 2),
        ("Réserver la salle d'Allaire", "Thomas Lebreton", "2026-11-30", 2, "done"),
        ("Contacter la médiathèque pour le prêt de tablettes", "Anaïs Chevalier", "2026-11-25", 3),
        ("Rédiger le dossier de labellisation du bus", "Gwenaëlle Le Bihan", "2027-01-06", 1),
        ("Transmettre les chiffres de fréquentation", "Gwenaëlle Le Bihan", "2026-12-07", 2),
        ("Organiser la formation ANTS", "Sandrine Jouan", "2026-12-20", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
REDON_ASKERS = {SLUG: "Gwenaëlle Le Bihan"}

REDON_GROUPS = {
    SLUG: (REDON_MEMBERS, REDON_MEETINGS, REDON_DEADLINES, REDON_DECISIONS, "Pascal Guérin"),
}
