"""An invented Vosges group on rural mobility, for the tests of decisions
asked in other words (test_understanding_families.py): four decisions
written tersely, as coordinators write them (« Navette du marché : …»,
« Abris vélos : enveloppe de 8 000 € … »), three of them on kinds of
transport, so that a family's head finds them all and a member only its
own. Organisation names are real public bodies; every person is invented."""

from __future__ import annotations

__all__ = ["VOSGES_GROUPS"]

VOSGES_MEMBERS = (
    ("Aurore Vautrin", "Communauté d'agglomération d'Épinal", "Chargée de mission mobilité"),
    ("Gérald Thiriet", "Ville de Golbey", "Adjoint au maire"),
)

VOSGES_MEETINGS = (
    ("2026-11-12 14:00", "2026-11-12 16:00", "Mairie de Golbey", ()),
    ("2026-12-14 14:00", "2026-12-14 16:00", "Mairie d'Épinal", ()),
)

VOSGES_DECISIONS = (
    ("2026-11-12", 1, "Navette du marché : Épinal-Golbey chaque mardi matin."),
    ("2026-11-12", 1, "Covoiturage entre agents : une prime de 100 € par an."),
    ("2026-11-12", 1, "Abris vélos : enveloppe de 8 000 € votée pour les gares."),
    ("2026-11-12", 1, "Les panneaux de la voie verte seront traduits en allemand."),
)

VOSGES_GROUPS = {
    "mobilite88": (VOSGES_MEMBERS, VOSGES_MEETINGS, (), VOSGES_DECISIONS, "Aurore Vautrin"),
}
