"""A group written by r24b in the twenty-fourth round, for the blind set 31b
(the SMS / typo register): the conseil citoyen of the Mont-Saint-Siméon, the
priority neighbourhood (quartier prioritaire) of Noyon in the Oise, with the
partners of the town's contrat de ville — the town's project lead and its
deputy mayor, the prefect's delegate, the Pays Noyonnais intercommunality,
the social landlord, the CAF, the social centre, the Mission locale, France
Travail, a street-work association and a lower secondary school. Plenary
assemblies every two months at the social centre, a living-environment
commission, the contrat de ville's steering committee at the town hall.
Tasks and attendance in the store; the person asking is the residents'
co-chair, not the coordinator. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["NOYON60_AFTER_SETUP", "NOYON60_ASKERS", "NOYON60_GROUPS", "NOYON60_TASKS"]

SLUG = "cc-noyon60"

NOYON60_MEMBERS = (
    ("Aurore Delattre", "Ville de Noyon", "Cheffe de projet politique de la ville"),
    ("Samia Benali", "Conseil citoyen du Mont-Saint-Siméon", "Coprésidente, collège des habitants"),
    ("Gérard Lefèvre", "Amicale des locataires du Mont-Saint-Siméon",
     "Coprésident du conseil citoyen, collège des acteurs locaux"),
    ("Patrice Vasseur", "Ville de Noyon", "Adjoint au maire chargé de la politique de la ville"),
    ("Karima Haddad", "Préfecture de l'Oise", "Déléguée du préfet pour les quartiers de Noyon"),
    ("Ludovic Caron", "Oise Habitat", "Gestionnaire de proximité"),
    ("Nathalie Bocquet", "CAF de l'Oise", "Conseillère en développement social local"),
    ("Yannick Moreau", "Centre social Les Tilleuls", "Directeur du centre social"),
    ("Inès Ferreira", "Mission locale du Noyonnais", "Conseillère en insertion des jeunes"),
    ("Romain Dubois", "France Travail Noyon", "Conseiller à l'emploi, référent des quartiers"),
    ("Élodie Marchand", "Communauté de communes du Pays Noyonnais", "Chargée de mission cohésion sociale"),
    ("Thomas Leclercq", "Association Prévention Noyonnais", "Éducateur de prévention spécialisée"),
    ("Fatou Diallo", "Conseil citoyen du Mont-Saint-Siméon", "Membre du collège des habitants, référente jeunesse"),
    ("Christine Lemaire", "Collège Louis Pasteur de Noyon", "Principale adjointe"),
)

NOYON60_MEETINGS = (
    ("2026-09-17 18:00", "2026-09-17 20:00", "Assemblée plénière du conseil citoyen, centre social Les Tilleuls", ()),
    ("2026-10-13 14:00", "2026-10-13 16:00", "Comité de pilotage du contrat de ville, hôtel de ville de Noyon", ()),
    ("2026-11-19 18:00", "2026-11-19 20:00", "Assemblée plénière du conseil citoyen, centre social Les Tilleuls", ()),
    ("2026-12-10 18:00", "2026-12-10 20:00", "Commission cadre de vie, maison de quartier du Mont-Saint-Siméon",
     ("Propreté des halls d'immeubles", "Appel à projets 2027 du contrat de ville", "Fête de quartier")),
    ("2027-01-21 18:00", "2027-01-21 20:00", "Assemblée plénière du conseil citoyen, centre social Les Tilleuls",
     ("Élection du bureau", "Bilan de la gestion urbaine de proximité", "Budget participatif du quartier")),
    ("2027-03-16 14:00", "2027-03-16 16:30", "Comité de pilotage du contrat de ville, hôtel de ville de Noyon", ()),
)

NOYON60_DEADLINES = (
    ("2026-12-04", "Réponses au questionnaire sur la tranquillité publique"),
    ("2026-12-18", "Dépôt des projets de l'appel à projets 2027 du contrat de ville"),
    ("2027-01-08", "Candidatures au bureau du conseil citoyen"),
    ("2027-02-26", "Inscriptions des associations à la fête de quartier"),
)

NOYON60_DECISIONS = (
    ("2026-09-17", 1, "Le conseil citoyen se réunit en assemblée plénière tous les deux mois au centre social."),
    ("2026-09-17", 1, "Une permanence du conseil citoyen est tenue chaque mercredi de 14 h à 16 h à la maison de quartier."),
    ("2026-09-17", 1, "Le conseil citoyen demande un abri et deux bancs à l'arrêt de bus Saint-Siméon."),
    ("2026-10-13", 2, "Le contrat de ville finance le soutien scolaire du centre social à hauteur de 8 000 euros."),
    ("2026-10-13", 2, "Oise Habitat repeint les halls des bâtiments C et D avant l'été 2027."),
    ("2026-10-13", 2, "Deux habitants du conseil citoyen siègent au comité de pilotage du contrat de ville."),
    ("2026-11-19", 3, "La fête de quartier aura lieu le samedi 5 juin 2027 sur le parking du gymnase."),
    ("2026-11-19", 3, "Le budget participatif du quartier est fixé à 15 000 euros pour 2027."),
    ("2026-11-19", 3, "Une marche exploratoire sur l'éclairage et la sécurité est organisée en mars avec la police municipale."),
    ("2026-11-19", 3, "La Mission locale tient une permanence pour les 16-25 ans à la maison de quartier le premier mardi du mois."),
)

NOYON60_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de l'assemblée de septembre", "Aurore Delattre", "2026-09-30", 1, "done"),
        ("Diffuser le questionnaire sur la tranquillité publique", "Samia Benali", "2026-11-27", 3),
        ("Rédiger le compte rendu de l'assemblée de novembre", "Fatou Diallo", "2026-11-30", 3),
        ("Relancer Oise Habitat sur les encombrants du bâtiment B", "Gérard Lefèvre", "2026-12-04", 3),
        ("Afficher l'appel à candidatures pour le bureau dans les halls", "Samia Benali", "2026-12-11", 3),
        ("Préparer le dossier de soutien scolaire pour l'appel à projets", "Yannick Moreau", "2026-12-15", 3),
        ("Réserver le parking du gymnase pour la fête de quartier", "Patrice Vasseur", "2027-01-15", 3),
        ("Organiser la marche exploratoire avec la police municipale", "Karima Haddad", "2027-02-12", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the residents' co-chair.
NOYON60_ASKERS = {SLUG: "Samia Benali"}

NOYON60_GROUPS = {
    SLUG: (NOYON60_MEMBERS, NOYON60_MEETINGS, NOYON60_DEADLINES, NOYON60_DECISIONS, "Aurore Delattre"),
}

# What the coordinator's account typed after the November plenary assembly (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Aurore Delattre, Samia Benali, Gérard Lefèvre, Fatou Diallo, Yannick Moreau, Ludovic Caron, "
    "Karima Haddad, Thomas Leclercq",
    "/excuses n°3 Patrice Vasseur, Nathalie Bocquet",
    "/absents n°3",
)

# What members said in the chat before the December commission (séance n°4).
RSVPS = (
    ("Gérard Lefèvre", "/present"),
    ("Ludovic Caron", "/present"),
    ("Fatou Diallo", "/present"),
    ("Inès Ferreira", "/excuse"),
)

NOYON60_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Samia Benali", "cn", ATTENDANCE_COMMANDS, RSVPS),
}
