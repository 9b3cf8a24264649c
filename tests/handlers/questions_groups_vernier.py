"""A second group written by the lead during the sixth round, never shown
to its engineers: a Geneva working group preparing a pilot of ecological
transition income with the communes of Vernier and Onex, the Hospice
général, the cantonal employment and social offices, the chamber of the
social economy, a foundation, a cooperative and the university, in the
shape of the seeds' Geneva minutes. Tasks in the store. Organisation names
are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["VERNIER_GROUPS", "VERNIER_TASKS"]

VERNIER_MEMBERS = (
    ("Pascal Rochat", "Ville de Vernier", "Secrétaire général"),
    ("Anne-Laure Vuilleumier", "Ville de Vernier", "Co-responsable du service de la cohésion sociale"),
    ("Kevin Da Silva", "Ville de Vernier", "Chargé des affaires économiques"),
    ("Isabelle Favre", "Hospice général", "Responsable du service d'insertion professionnelle"),
    ("Mehdi Chaouch", "Hospice général", "Chargé de projets innovation sociale"),
    ("Corinne Bühler", "Office cantonal de l'emploi (OCE)", "Conseillère en placement"),
    ("Thomas Perrin", "Après-GE", "Secrétaire général de la chambre de l'économie sociale et solidaire"),
    ("Sofia Marques", "Fondation Terre et Travail", "Directrice"),
    ("Lucien Gaillard", "Université de Genève", "Professeur d'économie, conseiller scientifique du groupe"),
    ("Nadia Rey", "Ville d'Onex", "Conseillère administrative déléguée à l'action sociale"),
    ("Jérôme Baud", "Coopérative Ouvrage", "Coordinateur et animateur du groupe"),
    ("Chantal Meylan", "Office de l'action, de l'insertion et de l'intégration sociales (OAIS)",
     "Adjointe de direction"),
)

VERNIER_MEETINGS = (
    ("2026-08-27 14:00", "2026-08-27 16:00", "Espace de cocréation, rue du Rhône 14, 5e étage", ()),
    ("2026-10-01 09:00", "2026-10-01 11:30", "Mairie de Vernier, salle du Conseil municipal", ()),
    ("2026-11-05 14:00", "2026-11-05 16:30", "Hospice général, cours de Rive 12", ()),
    ("2026-12-03 14:00", "2026-12-03 16:00", "Salle communale d'Onex",
     ("État d'avancement du projet pilote", "Recherche de partenaires économiques", "Divers")),
    ("2027-01-28 09:00", "2027-01-28 11:00", "Université de Genève, Uni Mail, salle M1170", ("Évaluation scientifique",)),
    ("2027-03-04 14:00", "2027-03-04 16:00", "Espace de cocréation, rue du Rhône 14", ()),
)

VERNIER_DEADLINES = (
    ("2026-12-02", "Liste des entreprises sympathisantes à contacter"),
    ("2026-12-15", "Dépôt de la demande de financement à la Loterie Romande"),
    ("2027-01-22", "Rapport intermédiaire du projet pilote"),
    ("2027-02-12", "Inscription au Forum économique de Vernier"),
)

VERNIER_DECISIONS = (
    ("2026-08-27", 1, "Le groupe de travail se formalise avec une charte et une coordination assurée par la coopérative Ouvrage."),
    ("2026-08-27", 1, "Un cercle d'une vingtaine de partenaires sympathisants est constitué d'ici l'automne."),
    ("2026-10-01", 2, "Le projet pilote accueille vingt personnes en réinsertion dès janvier 2027."),
    ("2026-10-01", 2, "La Ville de Vernier met à disposition un local pour les permanences de la coopérative."),
    ("2026-11-05", 3, "L'Hospice général oriente les bénéficiaires vers le projet pilote par ses conseillers en insertion."),
    ("2026-11-05", 3, "Les séances ont lieu désormais un jeudi par mois, en alternance entre Vernier et Onex."),
)

VERNIER_TASKS = {
    "vernier": (
        ("Dresser la liste des entreprises du Forum économique à contacter", "Kevin Da Silva", "2026-11-26", 3),
        ("Rédiger la demande à la Loterie Romande", "Sofia Marques", "2026-12-11", 3),
        ("Préparer la convention avec l'Hospice général", "Isabelle Favre", "2026-11-20", 2),
        ("Réserver le local de la permanence", "Anne-Laure Vuilleumier", "2026-12-14", 2),
    ),
}

VERNIER_GROUPS = {
    "vernier": (VERNIER_MEMBERS, VERNIER_MEETINGS, VERNIER_DEADLINES, VERNIER_DECISIONS, "Jérôme Baud"),
}
