"""A group written by helper r10d in the tenth round, for its blind set 19d:
a commission intercommunale on youth in the Nord vaudois (canton de Vaud):
the Ville d'Yverdon-les-Bains with its municipale and its youth service, the
communes of Grandson, Orbe, Sainte-Croix and Chavornay, the canton's youth
directorate (DGEJ), the district's préfecture, the regional police, the
regional development association (ADNV), the regional social centre, a youth
foundation. It sits in plenary sessions (séances plénières) and its bureau
meets between them; one participatory workshop. The kind of each meeting is
written in its place, as a coordinator types it. Tasks in the store; the
person asking is linked to a member. Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["YVERDON_ASKERS", "YVERDON_GROUPS", "YVERDON_TASKS"]

SLUG = "yverdon"

YVERDON_MEMBERS = (
    ("Martine Jaccard", "Ville d'Yverdon-les-Bains",
     "Municipale en charge de la jeunesse et de la cohésion sociale, présidente de la commission"),
    ("Raphaël Duvoisin", "Ville d'Yverdon-les-Bains", "Chef du service jeunesse et cohésion sociale"),
    ("Christophe Tharin", "Commune de Grandson", "Syndic"),
    ("Sandrine Bovet", "Commune d'Orbe", "Municipale des affaires sociales"),
    ("Pierre-Alain Gueissaz", "Commune de Sainte-Croix", "Municipal, vice-président de la commission"),
    ("Nathalie Dériaz", "Commune de Chavornay", "Boursière communale"),
    ("Kevin Ramos", "Direction générale de l'enfance et de la jeunesse (DGEJ)", "Délégué régional jeunesse"),
    ("Anne-Claude Michaud", "Préfecture du district du Jura-Nord vaudois", "Préfète"),
    ("Jérôme Cavin", "Police Nord Vaudois (PNV)", "Répondant prévention jeunesse"),
    ("Léa Pittier", "Association pour le développement du Nord vaudois (ADNV)", "Chargée de projets régionaux"),
    ("Samir Haddadi", "Fondation Jeunesse Nord vaudois", "Travailleur social hors murs"),
    ("Valérie Monod", "Centre social régional Jura-Nord vaudois (CSR)", "Assistante sociale, répondante jeunes adultes"),
    ("Isabelle Rapin", "Ville d'Yverdon-les-Bains", "Secrétaire de la commission"),
)

YVERDON_MEETINGS = (
    ("2026-09-16 17:00", "2026-09-16 19:00", "Séance plénière, Hôtel de Ville d'Yverdon-les-Bains", ()),
    ("2026-10-21 17:00", "2026-10-21 19:00", "Séance plénière, Salle communale de Grandson", ()),
    ("2026-11-04 08:30", "2026-11-04 10:00", "Bureau, Préfecture du Jura-Nord vaudois, Yverdon-les-Bains", ()),
    ("2026-11-18 17:00", "2026-11-18 19:00", "Séance plénière, Salle des Deux Marchés, Orbe", ()),
    ("2026-12-08 14:00", "2026-12-08 15:30", "Bureau (visioconférence)",
     ("Préavis sur le budget 2027", "Subventions aux associations de jeunesse")),
    ("2026-12-16 17:00", "2026-12-16 19:30", "Séance plénière, Hôtel de Ville d'Yverdon-les-Bains",
     ("Préavis sur le budget 2027", "Rapport du travail social hors murs", "Élection du bureau 2027")),
    ("2027-01-13 14:00", "2027-01-13 17:00", "Atelier participatif avec les jeunes, Maison des jeunes de Sainte-Croix",
     ("Préparation du Forum jeunesse",)),
    ("2027-01-20 17:00", "2027-01-20 19:00", "Séance plénière, Salle communale de Grandson", ("Bilan de l'atelier",)),
    ("2027-02-17 17:00", "2027-02-17 19:00", "Séance plénière, Hôtel de Ville d'Yverdon-les-Bains", ()),
)

YVERDON_DEADLINES = (
    ("2026-12-11", "Retour des communes sur le préavis intercommunal"),
    ("2026-12-22", "Demandes de subvention des associations de jeunesse"),
    ("2027-01-15", "Rapport d'activité du travail social hors murs"),
    ("2027-02-26", "Inscriptions au Forum jeunesse du Nord vaudois"),
    ("2027-03-31", "Comptes 2026 de la commission"),
)

YVERDON_DECISIONS = (
    ("2026-09-16", 1, "La commission siège en plénière le troisième mercredi du mois à 17h ; "
                      "le bureau se réunit entre deux plénières."),
    ("2026-09-16", 1, "Le coût du travailleur social hors murs est réparti entre les communes au prorata "
                      "du nombre d'habitants."),
    ("2026-10-21", 2, "Le Forum jeunesse du Nord vaudois aura lieu en mars à la Marive, à Yverdon-les-Bains."),
    ("2026-11-04", 3, "Le bureau prépare les préavis soumis à la plénière."),
    ("2026-11-18", 4, "Un local d'accueil pour les jeunes ouvrira à Orbe au printemps."),
    ("2026-11-18", 4, "Le PV est envoyé aux membres dix jours avant la séance suivante."),
)

YVERDON_TASKS = {
    SLUG: (
        ("Rédiger le préavis sur le budget 2027", "Raphaël Duvoisin", "2026-12-04", 4),
        ("Rédiger le PV de la plénière de novembre", "Isabelle Rapin", "2026-11-28", 4),
        ("Réserver la Marive pour le Forum jeunesse", "Léa Pittier", "2027-01-15", 2),
        ("Transmettre les chiffres de la prévention", "Jérôme Cavin", "2026-11-25", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
YVERDON_ASKERS = {SLUG: "Raphaël Duvoisin"}

YVERDON_GROUPS = {
    SLUG: (YVERDON_MEMBERS, YVERDON_MEETINGS, YVERDON_DEADLINES, YVERDON_DECISIONS, "Martine Jaccard"),
}
