"""A group written by the lead in the twenty-fourth round, for the lead's
blind set 37, written at the start of the round out of every engineer's
reach and measured once on main before any of the round's work: the
Petites villes de demain programme of Saint-Flour, in the Cantal — the
town's project manager and the mayor who chairs the project committee, the
intercommunality's vice-president for housing and its OPAH-RU officer, the
State's referent at the DDT, the Banque des Territoires, the chambers of
commerce and of crafts, the architecte des bâtiments de France, the
Department, the tourist office, the shopkeepers' association, the
town-centre manager and Action Logement. A project committee each quarter
at the town hall, a technical committee in between. The set leans on
REQUESTS AND INDIRECT QUESTIONS (« dis-moi… », « je voudrais savoir… »,
« besoin du… », « rappelle-moi… »). Tasks and attendance in the store; the
person asking is a member, not the coordinator: the town-centre manager.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PVD15_AFTER_SETUP", "PVD15_ASKERS", "PVD15_GROUPS", "PVD15_TASKS"]

SLUG = "pvd15"

PVD15_MEMBERS = (
    ("Camille Vidal", "Ville de Saint-Flour", "Cheffe de projet Petites villes de demain"),
    ("Bernard Chabrier", "Ville de Saint-Flour", "Maire, président du comité de projet"),
    ("Agnès Roux", "Saint-Flour Communauté", "Vice-présidente chargée de l'habitat"),
    ("Mathieu Delpeuch", "Saint-Flour Communauté", "Chargé de mission OPAH-RU"),
    ("Hélène Bouquet", "DDT du Cantal", "Référente Petites villes de demain pour l'État"),
    ("Stéphane Monteil", "Banque des Territoires", "Chargé de développement territorial"),
    ("Sylvie Lacombe", "CCI du Cantal", "Conseillère commerce"),
    ("Patrick Vergne", "Chambre de métiers et de l'artisanat du Cantal", "Développeur économique"),
    ("Isabelle Fabre", "UDAP du Cantal", "Architecte des bâtiments de France"),
    ("Nicolas Tournadre", "Conseil départemental du Cantal", "Chef du service aménagement du territoire"),
    ("Julie Besson", "Office de tourisme des Pays de Saint-Flour", "Directrice"),
    ("Karim Bensaïd", "Saint-Flour Commerces", "Président de l'association des commerçants"),
    ("Élodie Mazel", "Ville de Saint-Flour", "Manageuse de centre-ville"),
    ("François Teyssier", "Action Logement", "Chargé de mission revitalisation des centres-villes"),
)

PVD15_MEETINGS = (
    ("2026-09-10 14:00", "2026-09-10 16:30", "Comité de projet, mairie de Saint-Flour", ()),
    ("2026-10-06 09:30", "2026-10-06 12:00", "Comité technique, siège de Saint-Flour Communauté", ()),
    ("2026-11-19 09:30", "2026-11-19 12:00", "Comité technique, office de tourisme, Saint-Flour", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Comité de projet, mairie de Saint-Flour",
     ("Convention d'opération de revitalisation du territoire", "Bilan de l'OPAH-RU",
      "Plan de circulation de la ville haute")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Comité technique, chambre de métiers, Aurillac",
     ("Aide à la rénovation des vitrines", "Boutique à l'essai")),
    ("2027-03-11 14:00", "2027-03-11 16:30", "Comité de projet, mairie de Saint-Flour", ()),
    ("2027-05-20 09:30", "2027-05-20 12:00", "Comité technique, halle aux bleds, Saint-Flour",
     ("Résultats de l'étude de stationnement",)),
)

PVD15_DEADLINES = (
    ("2026-12-04", "Retour des avis sur le plan de circulation"),
    ("2026-12-16", "Dépôt du dossier Fonds vert"),
    ("2027-01-29", "Clôture de l'appel à candidatures boutique à l'essai"),
    ("2027-02-26", "Bilan annuel de l'OPAH-RU à envoyer à l'Anah"),
    ("2027-04-15", "Rendu de l'étude de stationnement"),
)

PVD15_DECISIONS = (
    ("2026-09-10", 1, "Le comité de projet se réunit une fois par trimestre et le comité technique tous les deux mois."),
    ("2026-09-10", 1, "Les façades de la ville haute sont aidées à 30 % du montant des travaux, dans la limite de 5 000 euros."),
    ("2026-09-10", 1, "Le poste de manageuse de centre-ville est financé à moitié par la Banque des Territoires."),
    ("2026-10-06", 2, "Les vitrines vides de la rue du Collège sont habillées d'affiches avant Noël."),
    ("2026-10-06", 2, "La boutique à l'essai offre un loyer réduit de moitié pendant six mois."),
    ("2026-10-06", 2, "Le marché de producteurs du samedi matin s'installe place d'Armes."),
    ("2026-11-19", 3, "Le stationnement est gratuit la première demi-heure dans la ville haute."),
    ("2026-11-19", 3, "Une navette gratuite relie la ville basse et la ville haute le samedi."),
    ("2026-11-19", 3, "L'étude de stationnement est confiée à un bureau d'études pour 18 000 euros."),
    ("2026-11-19", 3, "Les commerçants sont consultés avant tout changement du plan de circulation."),
)

PVD15_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de projet", "Camille Vidal", "2026-09-17", 1, "done"),
        ("Rédiger le règlement de l'aide aux façades", "Isabelle Fabre", "2026-11-20", 2),
        ("Recenser les locaux commerciaux vacants", "Élodie Mazel", "2026-11-27", 2),
        ("Consulter les commerçants sur le plan de circulation", "Karim Bensaïd", "2026-12-04", 3),
        ("Chiffrer la navette du samedi", "Nicolas Tournadre", "2026-12-09", 3),
        ("Préparer l'appel à candidatures boutique à l'essai", "Élodie Mazel", "2026-12-11", 3),
        ("Monter le dossier Fonds vert", "Hélène Bouquet", "2026-12-15", 3),
        ("Lancer la consultation pour l'étude de stationnement", "Camille Vidal", "2027-01-08", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the town-centre manager.
PVD15_ASKERS = {SLUG: "Élodie Mazel"}

PVD15_GROUPS = {
    SLUG: (PVD15_MEMBERS, PVD15_MEETINGS, PVD15_DEADLINES, PVD15_DECISIONS, "Camille Vidal"),
}

# What the coordinator's account typed after the technical committee at the tourist office (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Camille Vidal, Mathieu Delpeuch, Hélène Bouquet, Sylvie Lacombe, Patrick Vergne, "
    "Élodie Mazel, Julie Besson, Karim Bensaïd",
    "/excuses n°3 Isabelle Fabre, Stéphane Monteil",
    "/absents n°3",
)

# What members said in the chat before the December project committee (séance n°4).
RSVPS = (
    ("Bernard Chabrier", "/present"),
    ("Agnès Roux", "/present"),
    ("Stéphane Monteil", "/present"),
    ("François Teyssier", "/excuse"),
)

PVD15_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Élodie Mazel", "pv", ATTENDANCE_COMMANDS, RSVPS),
}
