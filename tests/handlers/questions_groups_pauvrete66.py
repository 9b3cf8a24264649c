"""A group written by the lead in the thirteenth round, for the lead's blind
set 22 (measured once, on the round's final code): the steering committee of
the Pyrénées-Orientales pact against poverty: the Département, the
préfecture's commissioner, the CAF, Perpignan Méditerranée Métropole, the
CCAS of Perpignan and of Prades, France Travail, the Mission locale, the
Banque alimentaire, the Secours populaire, the Restos du Cœur, the Croix-Rouge,
the UDAF and an insertion association. Plenary committees alternate with a
« comité technique ». Tasks in the store; the person asking is a member of the
CAF. Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

__all__ = ["PAUVRETE66_ASKERS", "PAUVRETE66_GROUPS", "PAUVRETE66_TASKS"]

SLUG = "pauvrete66"

PAUVRETE66_MEMBERS = (
    ("Martine Roig", "Département des Pyrénées-Orientales", "Vice-présidente déléguée à la solidarité, présidente du comité"),
    ("Laurent Sabaté", "Département des Pyrénées-Orientales", "Directeur de l'action sociale et de l'insertion"),
    ("Émilie Costa", "Préfecture des Pyrénées-Orientales", "Commissaire à la lutte contre la pauvreté"),
    ("Jordi Pujol", "CAF des Pyrénées-Orientales", "Responsable du pôle accès aux droits"),
    ("Hélène Vidal", "Perpignan Méditerranée Métropole", "Chargée de mission cohésion sociale"),
    ("Samia Benhaddou", "CCAS de Perpignan", "Directrice"),
    ("Pierre Bosch", "CCAS de Prades", "Adjoint au maire, vice-président du CCAS"),
    ("Nathalie Ferrer", "France Travail Perpignan", "Directrice territoriale déléguée"),
    ("Kevin Marty", "Mission locale jeunes Perpignan", "Conseiller insertion, référent logement des jeunes"),
    ("Anne Castells", "Banque alimentaire des Pyrénées-Orientales", "Présidente"),
    ("Gérard Nogué", "Secours populaire français, fédération des Pyrénées-Orientales", "Secrétaire général"),
    ("Fatou Diallo", "Les Restos du Cœur des Pyrénées-Orientales", "Responsable départementale"),
    ("Claude Mas", "Croix-Rouge française, Perpignan", "Coordinateur de l'aide alimentaire itinérante"),
    ("Valérie Soler", "UDAF des Pyrénées-Orientales", "Conseillère en économie sociale et familiale, point conseil budget"),
    ("Rémi Bataille", "Département des Pyrénées-Orientales", "Secrétaire du comité"),
)

PAUVRETE66_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Comité plénier, Hôtel du Département, Perpignan", ()),
    ("2026-10-13 09:30", "2026-10-13 11:30", "Comité technique, CAF, Perpignan", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Comité plénier, Mairie de Prades", ()),
    ("2026-12-08 09:30", "2026-12-08 11:30", "Comité technique (visio)",
     ("Plan grand froid", "Distribution des colis de Noël", "Bilan du point conseil budget")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "Comité plénier, Hôtel du Département, Perpignan",
     ("Bilan 2026 du pacte", "Épicerie solidaire mobile", "Questions diverses")),
    ("2027-03-16 14:00", "2027-03-16 16:30", "Comité plénier, Mairie de Céret", ("Appel à projets 2027",)),
)

PAUVRETE66_DEADLINES = (
    ("2026-12-04", "Recensement des places d'hébergement d'urgence"),
    ("2026-12-15", "Commande des colis de Noël"),
    ("2027-01-11", "Bilan chiffré du point conseil budget"),
    ("2027-02-26", "Dépôt des projets pour l'appel à projets 2027"),
)

PAUVRETE66_DECISIONS = (
    ("2026-09-22", 1, "Le comité se réunit en plénière tous les deux mois et en comité technique entre deux plénières."),
    ("2026-09-22", 1, "Les comptes rendus sont rédigés par le secrétariat du Département et envoyés sous dix jours."),
    ("2026-10-13", 2, "Une épicerie solidaire mobile desservira les villages du Conflent à partir d'avril, "
                      "portée par la Croix-Rouge."),
    ("2026-10-13", 2, "Le point conseil budget reçoit sans rendez-vous le mercredi matin à l'UDAF."),
    ("2026-11-17", 3, "La CAF finance 60 % du poste de coordinateur de l'épicerie mobile, le Département le reste."),
    ("2026-11-17", 3, "Les colis de Noël sont réservés aux familles avec enfants de moins de 12 ans suivies par un CCAS."),
    ("2026-11-17", 3, "Le plan grand froid ouvre 40 places supplémentaires au gymnase Diaz dès que la température "
                      "descend sous zéro."),
    ("2026-11-17", 3, "Kevin Marty est référent pour l'accès au logement des moins de 25 ans."),
    ("2026-11-17", 3, "La prochaine plénière hors Perpignan se tiendra à Céret."),
)

PAUVRETE66_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la plénière de Prades", "Rémi Bataille", "2026-11-27", 3),
        ("Recenser les places d'hébergement d'urgence", "Émilie Costa", "2026-12-04", 3),
        ("Commander les colis de Noël", "Anne Castells", "2026-12-15", 3),
        ("Recruter le coordinateur de l'épicerie mobile", "Claude Mas", "2027-02-01", 3),
        ("Transmettre les chiffres des droits ouverts", "Jordi Pujol", "2026-11-30", 2),
        ("Préparer la convention de financement", "Jordi Pujol", "2026-12-18", 3),
        ("Diffuser l'affiche du point conseil budget", "Valérie Soler", "2026-11-10", 2, "done"),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
PAUVRETE66_ASKERS = {SLUG: "Jordi Pujol"}

PAUVRETE66_GROUPS = {
    SLUG: (PAUVRETE66_MEMBERS, PAUVRETE66_MEETINGS, PAUVRETE66_DEADLINES, PAUVRETE66_DECISIONS, "Martine Roig"),
}
