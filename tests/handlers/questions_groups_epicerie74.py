"""A group written by engineer C during the eleventh round, before reading the
understanding's lists: the coordination of the social and solidarity groceries
of the Grand Annecy (the CCAS of Annecy, the Banque alimentaire des Pays de
Savoie, the Restos du Cœur, the Secours populaire, the Croix-Rouge, the CAF and
the Département of Haute-Savoie, the ANDES network, two groceries and a
students' association). Its decisions carry prices, amounts, days, places,
beneficiaries and conditions, so that members ask about them in other words
(« c'est payant ? », « c'est combien le bon ? », « on a validé le budget ? »).
Organisation names are real public bodies or plausible ones; every person is
invented."""

from __future__ import annotations

__all__ = ["EPICERIE74_ASKERS", "EPICERIE74_GROUPS", "EPICERIE74_TASKS"]

SLUG = "epicerie74"

EPICERIE74_MEMBERS = (
    ("Séverine Bouvard", "CCAS d'Annecy", "Directrice adjointe, coordinatrice du réseau"),
    ("Gilles Mermillod", "Banque alimentaire des Pays de Savoie", "Président"),
    ("Aurélie Dunand", "Restos du Cœur de Haute-Savoie", "Responsable départementale"),
    ("Yacine Belkacem", "Secours populaire français", "Secrétaire général de la fédération"),
    ("Marion Tissot", "Croix-Rouge française", "Coordinatrice de l'action sociale"),
    ("Bertrand Favre", "CAF de la Haute-Savoie", "Conseiller technique action sociale"),
    ("Nathalie Grosjean", "Département de la Haute-Savoie", "Chargée de mission aide alimentaire"),
    ("Julien Perrier", "ANDES", "Animateur régional du réseau des épiceries solidaires"),
    ("Coralie Bastard", "Épicerie solidaire de Seynod", "Responsable de l'épicerie"),
    ("Hamid Ouali", "Épicerie sociale de Cran-Gevrier", "Trésorier"),
    ("Lise Chappaz", "Association des étudiants de l'USMB", "Vice-présidente chargée de la vie étudiante"),
    ("Étienne Rey", "CCAS d'Annecy", "Agent d'accueil, secrétariat du réseau"),
)

EPICERIE74_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "CCAS d'Annecy, salle Léon Laydernier", ()),
    ("2026-10-20 14:00", "2026-10-20 16:30", "Épicerie solidaire de Seynod", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Maison des associations de Cran-Gevrier", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "CCAS d'Annecy, salle Léon Laydernier",
     ("Bilan de la collecte de novembre", "Tournée du camion itinérant", "Questions diverses")),
    ("2027-01-26 14:00", "2027-01-26 16:30", "Banque alimentaire, Épagny", ("Convention avec la CAF",)),
    ("2027-03-09 14:00", "2027-03-09 16:30", "CCAS d'Annecy, salle Léon Laydernier", ()),
)

EPICERIE74_DEADLINES = (
    ("2026-12-11", "Tableau des passages en épicerie de l'année"),
    ("2027-01-15", "Dossier de subvention au Département"),
    ("2027-02-19", "Programme de la journée des bénévoles"),
)

EPICERIE74_DECISIONS = (
    ("2026-09-22", 1, "Les fruits et légumes frais sont distribués gratuitement dans toutes les épiceries du réseau."),
    ("2026-09-22", 1, "Les autres produits sont vendus à 20 % de leur prix en magasin."),
    ("2026-09-22", 1, "Les inscriptions se font le jeudi après-midi à l'accueil du CCAS d'Annecy."),
    ("2026-10-20", 2, "Un bon d'achat de 40 euros par mois est accordé aux familles monoparentales."),
    ("2026-10-20", 2, "Le budget 2027 du réseau est arrêté à 92 000 euros."),
    ("2026-10-20", 2, "L'accès à l'épicerie est accordé pour six mois, renouvelable une fois sur avis du travailleur social."),
    ("2026-11-17", 3, "Le camion itinérant dessert les communes du plateau de la Semnoz à partir du 11 janvier 2027."),
    ("2026-11-17", 3, "L'atelier cuisine reste facultatif pour les bénéficiaires."),
    ("2026-11-17", 3, "Les étudiants boursiers de l'USMB peuvent s'inscrire sans passer par un travailleur social."),
    ("2026-11-17", 3, "Le forum des partenaires est maintenu le 24 mars 2027 à la salle Pierre Lamy."),
)

EPICERIE74_TASKS = {
    SLUG: (
        ("Imprimer les bons d'achat de janvier", "Étienne Rey", "2026-12-18", 3),
        ("Réserver la salle Pierre Lamy", "Séverine Bouvard", "2026-11-27", 3),
        ("Établir la tournée du camion", "Gilles Mermillod", "2026-12-09", 3),
        ("Recenser les étudiants boursiers inscrits", "Lise Chappaz", "2026-12-04", 3),
        ("Rédiger le compte rendu du 17 novembre", "Étienne Rey", "2026-11-28", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
EPICERIE74_ASKERS = {SLUG: "Coralie Bastard"}

EPICERIE74_GROUPS = {
    SLUG: (EPICERIE74_MEMBERS, EPICERIE74_MEETINGS, EPICERIE74_DEADLINES, EPICERIE74_DECISIONS, "Séverine Bouvard"),
}
