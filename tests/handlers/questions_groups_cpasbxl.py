"""A group written by helper r15b in the fifteenth round, for its blind set 23b:
a Brussels network of public social action — the Fédération des CPAS
bruxellois (Brulocalis) which coordinates it, the CPAS of Schaerbeek,
Anderlecht and Molenbeek-Saint-Jean, the communes' échevins, Actiris,
Bruxelles-J, Iriscare, the Samusocial, Infor GazElec, a maison médicale and
the Ligue des familles. It sits in plenary meetings (réunions plénières), in a
general assembly (AG) twice a year and in a working group on energy. Its
decisions hold facts (amounts, rates, counts, ages, places, periods,
frequencies) that members ask for in other words. Tasks in the store; the
person asking is linked to a member (a social worker of the CPAS de
Schaerbeek). Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

__all__ = ["CPASBXL_ASKERS", "CPASBXL_GROUPS", "CPASBXL_TASKS"]

SLUG = "cpas-bxl"

CPASBXL_MEMBERS = (
    ("Nathalie Claes", "Fédération des CPAS bruxellois (Brulocalis)",
     "Conseillère, coordinatrice du réseau et présidente du groupe"),
    ("Julie Goossens", "Fédération des CPAS bruxellois (Brulocalis)", "Secrétaire du groupe"),
    ("Marc Dewilde", "CPAS de Schaerbeek", "Président du CPAS"),
    ("Sophie Lambrechts", "CPAS de Schaerbeek", "Assistante sociale, référente énergie"),
    ("Youssef El Amrani", "CPAS d'Anderlecht", "Directeur de l'action sociale"),
    ("Véronique Peeters", "CPAS de Molenbeek-Saint-Jean", "Responsable du service d'insertion socioprofessionnelle"),
    ("Karim Bouzid", "Commune de Molenbeek-Saint-Jean", "Échevin de l'action sociale"),
    ("Anne-Sophie Wauters", "Commune d'Anderlecht", "Échevine de la jeunesse"),
    ("Didier Janssens", "Actiris", "Conseiller emploi, référent CPAS"),
    ("Leïla Benali", "Bruxelles-J", "Animatrice du service d'information jeunes"),
    ("Thomas Verhaegen", "Iriscare", "Chargé de mission aide sociale"),
    ("Bernard Lefebvre", "Samusocial", "Chef de service du dispositif hivernal"),
    ("Catherine Moreau", "Infor GazElec", "Juriste énergie"),
    ("Fatima Ouali", "Maison médicale du Nord (Schaerbeek)", "Médecin généraliste"),
    ("Isabelle Dubois", "Ligue des familles", "Chargée de projets précarité"),
)

CPASBXL_MEETINGS = (
    ("2026-09-17 09:30", "2026-09-17 12:00", "Assemblée générale, Fédération des CPAS bruxellois, rue d'Arlon", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Réunion plénière, CPAS de Schaerbeek", ()),
    ("2026-11-05 14:00", "2026-11-05 16:00", "Groupe de travail énergie, CPAS d'Anderlecht", ()),
    ("2026-11-26 09:30", "2026-11-26 12:00", "Réunion plénière, CPAS de Molenbeek-Saint-Jean", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Réunion plénière, Maison communale de Schaerbeek",
     ("Budget 2027 du fonds énergie", "Bilan du premier mois du plan hiver", "Préparation de la fête des usagers")),
    ("2027-01-21 09:30", "2027-01-21 12:30", "Assemblée générale, Fédération des CPAS bruxellois, rue d'Arlon",
     ("Rapport d'activité 2026", "Élection du bureau", "Calendrier des plénières 2027")),
)

CPASBXL_DEADLINES = (
    ("2026-12-11", "Inscriptions des usagers à la fête de fin d'année"),
    ("2026-12-18", "Dossiers de demande au fonds énergie"),
    ("2027-01-15", "Rapports d'activité 2026 des CPAS membres"),
    ("2027-02-26", "Candidatures pour les contrats article 60"),
    ("2027-03-31", "Demandes d'allocation de chauffage"),
)

CPASBXL_DECISIONS = (
    ("2026-09-17", 1, "Le groupe se réunit en plénière un jeudi par mois à 9h30, à tour de rôle dans les CPAS membres."),
    ("2026-09-17", 1, "Les frais de déplacement des bénévoles sont remboursés à 0,25 euro le kilomètre, "
                      "sur présentation d'une note de frais."),
    ("2026-09-17", 1, "L'allocation de chauffage est portée à 300 euros par ménage et par hiver."),
    ("2026-10-15", 2, "Les permanences énergie se tiennent sans rendez-vous le mardi de 9h à 12h au CPAS de Schaerbeek."),
    ("2026-10-15", 2, "Le CPAS d'Anderlecht engage 40 personnes sous contrat article 60 en 2027."),
    ("2026-10-15", 2, "Les jeunes de 18 à 24 ans suivis par un CPAS sont orientés vers Bruxelles-J pour un premier entretien."),
    ("2026-10-15", 2, "Le procès-verbal est envoyé aux membres endéans les dix jours ouvrables après la réunion."),
    ("2026-11-05", 3, "La prime d'installation des personnes qui quittent la rue est fixée à 1 250 euros, "
                      "versée une seule fois."),
    ("2026-11-05", 3, "Les compteurs à budget sont placés gratuitement chez les usagers du CPAS."),
    ("2026-11-05", 3, "Le fonds énergie prend en charge au maximum 75 % de la facture impayée."),
    ("2026-11-26", 4, "La fête de fin d'année des usagers a lieu le samedi 19 décembre à la Maison des cultures "
                      "de Molenbeek, avec un budget de 4 500 euros."),
    ("2026-11-26", 4, "Le plan hiver du Samusocial ouvre 120 places d'hébergement supplémentaires "
                      "du 1er décembre au 31 mars."),
    ("2026-11-26", 4, "La carte STIB à tarif réduit est accordée pour un an, renouvelable, aux bénéficiaires "
                      "du revenu d'intégration."),
    ("2026-11-26", 4, "Les colis alimentaires sont distribués tous les quinze jours, le mercredi, aux ménages "
                      "envoyés par leur assistant social."),
)

CPASBXL_TASKS = {
    SLUG: (
        ("Envoyer le PV de la plénière du 26 novembre", "Julie Goossens", "2026-12-04", 4),
        ("Commander les colis de Noël pour la fête des usagers", "Karim Bouzid", "2026-12-12", 4),
        ("Relancer Sibelga pour la pose des compteurs à budget", "Sophie Lambrechts", "2026-11-27", 3),
        ("Préparer le tableau des dossiers du fonds énergie", "Sophie Lambrechts", "2026-12-08", 4),
        ("Transmettre le nombre de places occupées du plan hiver", "Bernard Lefebvre", "2026-12-07", 4),
        ("Réserver la Maison des cultures pour la fête", "Véronique Peeters", "2026-11-20", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CPASBXL_ASKERS = {SLUG: "Sophie Lambrechts"}

CPASBXL_GROUPS = {
    SLUG: (CPASBXL_MEMBERS, CPASBXL_MEETINGS, CPASBXL_DEADLINES, CPASBXL_DECISIONS, "Nathalie Claes"),
}
