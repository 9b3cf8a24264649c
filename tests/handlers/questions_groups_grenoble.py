"""A group the understanding was never tuned on, for the records
engineer's blind set 15d (decisions, tasks and the work after a meeting):
the Isère working group on energy poverty (Grenoble-Alpes Métropole, the
Département, two CCAS, two social landlords, the local energy agency, a
university, associations, an energy supplier's solidarity service). Its
decisions are recorded as coordinators word them (« Il est convenu
que… », « Le groupe valide… », « Report du point… », « Accord pour
financer… »); tasks with pilots and due dates, three of them overdue on
1 December 2026. Organisation names are real public bodies or plausible
ones; every person is invented."""

from __future__ import annotations

__all__ = ["GRENOBLE_GROUPS", "GRENOBLE_TASKS"]

ENERGY_MEMBERS = (
    ("Véronique Arnaud", "Grenoble-Alpes Métropole", "Vice-présidente chargée de l'habitat et de la transition énergétique"),
    ("Émilie Jacquet", "Grenoble-Alpes Métropole", "Cheffe de projet précarité énergétique, coordinatrice du groupe"),
    ("Damien Reynaud", "ALEC de la Grande région grenobloise", "Conseiller énergie, responsable des permanences"),
    ("Sandrine Gachet", "CCAS de Grenoble", "Directrice de l'action sociale"),
    ("Fatima Boukhris", "CCAS de Saint-Martin-d'Hères", "Conseillère en économie sociale et familiale"),
    ("Karim Meziane", "Actis", "Responsable de la gestion locative"),
    ("Marie-Hélène Bouvier", "Société dauphinoise pour l'habitat (SDH)", "Chargée de mission maîtrise des charges"),
    ("Nicolas Faure", "Département de l'Isère", "Chef du service du Fonds de solidarité logement"),
    ("Aurélie Perrin", "Ville d'Échirolles", "Adjointe au maire chargée des solidarités"),
    ("Jean-Marc Blanc", "Secours catholique de l'Isère", "Bénévole référent énergie"),
    ("Lucie Berthet", "Compagnons bâtisseurs Auvergne-Rhône-Alpes", "Animatrice de l'auto-réhabilitation accompagnée"),
    ("Thibault Roux", "Université Grenoble Alpes", "Chercheur en sociologie de l'énergie"),
    ("Patrick Guillot", "EDF Solidarité", "Correspondant solidarité pour l'Isère"),
    ("Hervé Mollard", "SOLIHA Isère Savoie", "Chargé d'opérations de rénovation"),
)

ENERGY_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Maison de l'habitant, Grenoble", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Mairie d'Échirolles, salle du conseil", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Visioconférence", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Hôtel de la Métropole, Grenoble",
     ("Tarification sociale de l'eau", "Bilan des diagnostics à domicile", "Plan grand froid")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Locaux de l'ALEC, Grenoble", ("Observatoire de la précarité énergétique",)),
    ("2027-03-04 14:00", "2027-03-04 16:30", "CCAS de Saint-Martin-d'Hères", ()),
)

ENERGY_DEADLINES = (
    ("2026-12-07", "Retour des listes de ménages suivis par les bailleurs"),
    ("2026-12-18", "Dépôt du dossier au Fonds de solidarité logement"),
    ("2027-01-29", "Inscriptions à la formation des travailleurs sociaux"),
    ("2027-02-26", "Contribution au plan climat de la Métropole"),
)

# Numbered in this order: n°1 to n°20.
ENERGY_DECISIONS = (
    ("2026-09-17", 1, "Le groupe valide le rythme des séances : une toutes les six semaines, en alternance à Grenoble et à Échirolles."),
    ("2026-09-17", 1, "Il est convenu que l'ALEC devient le guichet unique des ménages en précarité énergétique."),
    ("2026-09-17", 1, "Il est convenu de former les travailleurs sociaux des CCAS au repérage des situations à risque."),
    ("2026-09-17", 1, "Les données nominatives ne sont échangées qu'avec l'accord écrit des ménages concernés."),
    ("2026-09-17", 1, "Il est convenu que les associations orientent les familles vers les permanences de l'ALEC."),
    ("2026-10-15", 2, "Il est convenu que les bailleurs sociaux signalent au CCAS les dettes de loyer dès deux mois de retard."),
    ("2026-10-15", 2, "Accord pour financer 200 diagnostics énergétiques à domicile réalisés par l'ALEC en 2027."),
    ("2026-10-15", 2, "Report du point sur la tarification sociale de l'eau à la prochaine séance."),
    ("2026-10-15", 2, "Le groupe valide la distribution de kits d'économies d'eau et d'énergie pendant les visites."),
    ("2026-10-15", 2, "Accord pour financer l'achat de 50 radiateurs d'appoint prêtés en urgence."),
    ("2026-10-15", 2, "Le groupe valide le compte rendu de la séance de septembre."),
    ("2026-11-19", 3, "Le groupe valide la création d'un fonds d'aide à la rénovation pour les propriétaires occupants modestes."),
    ("2026-11-19", 3, "Accord pour financer un transport à la demande des seniors isolés vers les permanences."),
    ("2026-11-19", 3, "Il est convenu d'un protocole d'alerte avec les fournisseurs avant toute coupure d'électricité ou de gaz."),
    ("2026-11-19", 3, "Report du point sur l'observatoire départemental de la précarité énergétique à la séance de janvier."),
    ("2026-11-19", 3, "Il est convenu d'organiser une réunion publique sur les aides à l'isolation au printemps 2027."),
    ("2026-11-19", 3, "Le groupe confie à l'Université Grenoble Alpes l'étude sur le confort thermique dans le parc social."),
    ("2026-11-19", 3, "Le groupe valide une campagne d'affichage sur le chèque énergie dans les halls d'immeubles."),
    ("2026-11-19", 3, "Il est convenu que le Département abonde le Fonds de solidarité logement pour les factures d'énergie."),
    ("2026-11-19", 3, "Report de la visite du chantier de la résidence Les Saules au printemps."),
)

GRENOBLE_TASKS = {
    "grenoble38": (
        ("Recenser les ménages signalés par les bailleurs", "Karim Meziane", "2026-11-13", 2),
        ("Envoyer le cahier des charges des diagnostics à domicile", "Damien Reynaud", "2026-11-27", 2),
        ("Commander les radiateurs d'appoint", "Sandrine Gachet", "2026-11-25", 2),
        ("Chiffrer le fonds d'aide à la rénovation", "Nicolas Faure", "2026-12-18", 3),
        ("Préparer une note sur la tarification sociale de l'eau", "Aurélie Perrin", "2026-12-08", 3),
        ("Rédiger le protocole d'alerte avec les fournisseurs", "Patrick Guillot", "2027-01-15", 3),
        ("Concevoir les affiches sur le chèque énergie", "Émilie Jacquet", "2026-12-04", 3),
        ("Planifier la formation des travailleurs sociaux", "Fatima Boukhris", "2027-01-29", 3),
    ),
}

GRENOBLE_GROUPS = {
    "grenoble38": (ENERGY_MEMBERS, ENERGY_MEETINGS, ENERGY_DEADLINES, ENERGY_DECISIONS, "Émilie Jacquet"),
}
