"""A group the understanding was never tuned on, for the nineteenth round's
blind set 28b (quantities, amounts and counts held in the record): the
steering of the « contrat de ville » (politique de la ville) of the
Agglomération Creil Sud Oise — the agglomeration, the towns of Creil,
Nogent-sur-Oise and Montataire, the prefecture's delegate, the DDETS, the
CAF, the Département, the social landlord, the Mission locale, France
Travail, a social centre, the citizens' council's association and the ARS.
Steering committees alternate with technical committees.

The decisions carry figures written the many ways minutes write them:
« 1,5 million d'euros », « 600 000 € », « 12k€ », « 45 000 euros », « 850 € »,
« 30 % », « 1,2 M€ », « une vingtaine », « Quarante », « 18 places », « trois
marches ». Tasks in the store (three late on 1 December, one done); the
person asking is the agglomeration's project leader for the contract.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["CDVCREIL60_ASKERS", "CDVCREIL60_GROUPS", "CDVCREIL60_TASKS"]

SLUG = "cdv-creil60"
ASKER = "Sophie Carpentier"

MEMBERS = (
    ("Sophie Carpentier", "Agglomération Creil Sud Oise", "Cheffe de projet contrat de ville"),
    ("Didier Lemaire", "Agglomération Creil Sud Oise",
     "Vice-président chargé de la politique de la ville, président du comité de pilotage"),
    ("Céline Marchand", "Agglomération Creil Sud Oise",
     "Gestionnaire administrative et financière, secrétariat du comité"),
    ("Fatou Diakité", "Ville de Creil", "Adjointe au maire chargée de la cohésion sociale"),
    ("Paul Delacroix", "Ville de Nogent-sur-Oise", "Chef de projet réussite éducative"),
    ("Bertrand Leroy", "Ville de Montataire", "Conseiller municipal délégué à la jeunesse"),
    ("Jérôme Vasseur", "Préfecture de l'Oise", "Délégué du préfet pour les quartiers de Creil"),
    ("Isabelle Moreau", "DDETS de l'Oise", "Chargée de mission politique de la ville"),
    ("Karim Benchikh", "CAF de l'Oise", "Conseiller territorial"),
    ("Nathalie Dufresne", "Conseil départemental de l'Oise", "Responsable de la maison départementale de la solidarité"),
    ("Thomas Lefèvre", "Oise Habitat", "Chargé de gestion urbaine de proximité"),
    ("Amandine Rousseau", "Mission locale de la vallée de l'Oise", "Directrice adjointe"),
    ("Rachid Ouali", "France Travail Creil", "Conseiller entreprises"),
    ("Émilie Garnier", "Centre social Georges-Brassens", "Directrice"),
    ("Youssef Haddad", "Association Rencontres et Loisirs", "Coordinateur du conseil citoyen"),
    ("Marion Fabre", "ARS Hauts-de-France", "Chargée de mission santé"),
)

MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Comité de pilotage du contrat de ville, hôtel d'agglomération, Nogent-sur-Oise",
     ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Comité technique, centre social Georges-Brassens, Creil", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de pilotage, mairie de Montataire", ()),
    ("2026-12-10 09:30", "2026-12-10 11:30", "Comité technique, visioconférence",
     ("Programmation 2027", "Bilan du forum emploi", "Marches exploratoires")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Comité de pilotage, hôtel de ville de Creil",
     ("Vote de la programmation 2027", "Convention avec la CAF")),
    ("2027-03-18 09:30", "2027-03-18 12:00", "Comité technique, Mission locale, Creil", ()),
)

DEADLINES = (
    ("2026-12-04", "Retour des bilans des actions 2026"),
    ("2027-01-08", "Clôture de l'appel à projets 2027"),
    ("2027-01-15", "Dépôt des demandes de subvention à la CAF"),
    ("2027-02-26", "Rapport annuel du contrat de ville"),
)

DECISIONS = (
    ("2026-09-22", 1, "L'enveloppe de la programmation 2027 du contrat de ville est fixée à 1,5 million d'euros, "
                      "dont 600 000 € de l'État."),
    ("2026-09-22", 1, "Le comité de pilotage se réunit trois fois par an et le comité technique entre deux comités "
                      "de pilotage."),
    ("2026-09-22", 1, "Le forum emploi des quartiers est financé à hauteur de 12k€ par l'agglomération."),
    ("2026-09-22", 1, "Une vingtaine de jeunes du Plateau seront accompagnés vers le permis de conduire."),
    ("2026-10-15", 2, "La subvention de la CAF au centre social Georges-Brassens est portée à 45 000 euros en 2027."),
    ("2026-10-15", 2, "La location de la salle de la Faïencerie pour la restitution coûte 850 € la journée, "
                      "payée par la Ville de Creil."),
    ("2026-10-15", 2, "Le taux de participation visé pour l'enquête auprès des habitants est de 30 %."),
    ("2026-10-15", 2, "Quarante animateurs et bénévoles seront formés aux valeurs de la République et à la laïcité."),
    ("2026-11-19", 3, "La crèche à vocation d'insertion professionnelle du quartier Rouher ouvre 18 places en "
                      "septembre 2027."),
    ("2026-11-19", 3, "Le budget de l'action Parents relais est fixé à 7 500 euros."),
    ("2026-11-19", 3, "Chaque porteur peut demander au plus 15 000 € par action dans l'appel à projets 2027."),
    ("2026-11-19", 3, "L'État verse 80 000 € pour les postes d'adultes-relais de Creil et de Montataire."),
    ("2026-11-19", 3, "Oise Habitat organise trois marches exploratoires par an dans chaque quartier."),
    ("2026-11-19", 3, "La maison de quartier du Plateau reçoit 1,2 M€ de l'ANRU."),
)

CDVCREIL60_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage du 19 novembre", "Céline Marchand", "2026-11-26", 3),
        ("Relancer les porteurs pour les bilans 2026", "Sophie Carpentier", "2026-12-04", 3),
        ("Réserver la salle de la Faïencerie", "Fatou Diakité", "2026-11-27", 2),
        ("Chiffrer le coût des marches exploratoires", "Thomas Lefèvre", "2026-12-11", 3),
        ("Publier l'appel à projets 2027", "Céline Marchand", "2026-11-20", 3, "done"),
        ("Préparer la convention des adultes-relais", "Jérôme Vasseur", "2026-12-18", 3),
        ("Transmettre les chiffres du chômage dans les quartiers", "Rachid Ouali", "2026-11-30", 2),
        ("Recenser les jeunes pour le permis", "Amandine Rousseau", "2027-01-15", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CDVCREIL60_ASKERS = {SLUG: ASKER}

CDVCREIL60_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, "Didier Lemaire")}
