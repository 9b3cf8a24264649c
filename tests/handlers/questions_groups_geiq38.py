"""A group written by helper r40c in the thirty-ninth round, for blind set 47c
(counting, how many, since when and how long): the conseil d'administration
and partners' committee of the GEIQ BTP Isère, an invented groupement
d'employeurs pour l'insertion et la qualification in the building trades —
the president (a masonry company's manager) who chairs it, the GEIQ's
director who coordinates it, the chargée d'accompagnement of the employees
and the chargé de relations entreprises; member companies (roofing, public
works, electricity, plastering); the FFB and the CAPEB; the OPCO Constructys;
France Travail; the Mission locale; the Département (RSA); the DREETS; the
AFPA and the BTP CFA; the Région; a PLIE; the Métropole's clause sociale
facilitator.
Meetings: the CA of 22 September (Échirolles), the partners' committee of 20
October (Grenoble, nothing recorded), the CA of 17 November (the last,
Voiron); the CA of Tuesday 8 December (the next); the partners' committee of
14 January at the Métropole; the CA of 16 March at Bourgoin-Jallieu; the
assemblée générale of 15 June at Échirolles. The attendance of 22 September
and 17 November is in the store, and the announced presences for 8 December;
the person asking is the chargée d'accompagnement, a member, not the
coordinator. Real public bodies are named; the companies, the GEIQ and every
person are invented; every figure is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["GEIQ38_AFTER_SETUP", "GEIQ38_ASKERS", "GEIQ38_GROUPS", "GEIQ38_TASKS"]

SLUG = "geiq38"
ASKER = "Malika Benyahia"
GEIQ = "GEIQ BTP Isère"

GEIQ38_MEMBERS = (
    ("Bertrand Chavanne", "Maçonnerie Chavanne", "Gérant, président du GEIQ BTP Isère"),
    ("Aurélie Ferraud", GEIQ, "Directrice du GEIQ, coordinatrice du conseil d'administration"),
    ("Malika Benyahia", GEIQ, "Chargée d'accompagnement socioprofessionnel des salariés"),
    ("Loïc Perrin", GEIQ, "Chargé de relations entreprises"),
    ("Stéphane Giraud", "Couverture Giraud et Fils", "Dirigeant, trésorier du GEIQ"),
    ("Nathalie Brunet", "Dauphiné Travaux Publics", "Responsable des ressources humaines, secrétaire du GEIQ"),
    ("Kader Mansouri", "Elec'Alpes", "Gérant, administrateur du GEIQ"),
    ("Gilles Faure", "Plâtrerie Faure", "Artisan plaquiste, administrateur du GEIQ"),
    ("Virginie Collomb", "FFB Isère", "Chargée de mission emploi-formation"),
    ("Patrice Vial", "CAPEB Isère", "Secrétaire général"),
    ("Émilie Garnier", "Constructys Auvergne-Rhône-Alpes", "Conseillère formation des entreprises du BTP"),
    ("Julien Arnaud", "France Travail", "Conseiller entreprises à l'agence de Grenoble Europole"),
    ("Samia Khelil", "Mission locale de Grenoble", "Conseillère référente BTP"),
    ("Hervé Lambert", "Département de l'Isère", "Chargé d'insertion RSA, territoire de l'agglomération grenobloise"),
    ("Claire Dumont", "DREETS Auvergne-Rhône-Alpes", "Chargée de mission insertion et GEIQ"),
    ("Thierry Bonnaz", "AFPA de Pont-de-Claix", "Formateur coffreur-bancheur"),
    ("Sophie Martinon", "BTP CFA Isère", "Responsable du développement de l'apprentissage"),
    ("Mathieu Rostaing", "Région Auvergne-Rhône-Alpes", "Chargé de mission formation continue"),
    ("Laure Pichon", "PLIE du Grésivaudan", "Référente de parcours"),
    ("Yassine Ouali", "Grenoble-Alpes Métropole", "Facilitateur des clauses sociales"),
)

GEIQ38_MEETINGS = (
    ("2026-09-22 17:30", "2026-09-22 19:30", "Conseil d'administration : rentrée et recrutements, "
                                             "Maison du Bâtiment, Échirolles", ()),
    ("2026-10-20 14:00", "2026-10-20 16:30", "Comité des partenaires : parcours et financements, "
                                             "Hôtel du Département, Grenoble", ()),
    ("2026-11-17 17:30", "2026-11-17 19:30", "Conseil d'administration : budget 2027, "
                                             "Maçonnerie Chavanne, Voiron", ()),
    ("2026-12-08 17:30", "2026-12-08 19:30", "Conseil d'administration, Maison du Bâtiment, Échirolles",
     ("Bilan des 42 contrats de professionnalisation signés en 2026",
      "Validation des 15 recrutements de janvier",
      "Renouvellement de la convention avec Constructys",
      "Calendrier des réunions 2027",
      "Questions diverses")),
    ("2027-01-14 09:00", "2027-01-14 12:00", "Comité des partenaires : bilan annuel et clauses sociales, "
                                             "Grenoble-Alpes Métropole, Grenoble",
     ("Bilan annuel 2026 des parcours",
      "Heures d'insertion réalisées sur les chantiers de la Métropole",
      "Places réservées aux bénéficiaires du RSA en 2027")),
    ("2027-03-16 17:30", "2027-03-16 19:30", "Conseil d'administration, BTP CFA Isère, Bourgoin-Jallieu",
     ("Point sur les recrutements de janvier",
      "Préparation de l'assemblée générale")),
    ("2027-06-15 17:00", "2027-06-15 20:00", "Assemblée générale du GEIQ, Maison du Bâtiment, Échirolles",
     ("Rapport d'activité 2026",
      "Approbation des comptes 2026",
      "Élection du conseil d'administration")),
)

GEIQ38_DEADLINES = (
    ("2026-12-04", "Remise à Constructys des demandes de prise en charge des contrats de janvier"),
    ("2026-12-11", "Dépôt du dossier de labellisation annuelle auprès du CNCE-GEIQ"),
    ("2026-12-18", "Transmission au Département de la liste des salariés bénéficiaires du RSA"),
    ("2027-01-15", "Réponse à l'appel à projets de la Région « Compétences BTP »"),
    ("2027-01-29", "Envoi au facilitateur des heures d'insertion réalisées en 2026"),
    ("2027-03-31", "Remise du bilan annuel 2026 à la DREETS"),
    ("2027-04-30", "Paiement des cotisations 2027 des entreprises adhérentes"),
)

GEIQ38_DECISIONS = (
    ("2026-09-22", 1, "Le conseil d'administration se réunit tous les deux mois, le mardi à 17h30."),
    ("2026-09-22", 1, "Le GEIQ compte 38 entreprises adhérentes à la rentrée 2026."),
    ("2026-09-22", 1, "L'objectif pour 2026-2027 est de 45 contrats de professionnalisation et 10 contrats "
                      "d'apprentissage."),
    ("2026-09-22", 1, "Les contrats de professionnalisation durent 12 mois, 18 mois pour les titres de "
                      "niveau 4."),
    ("2026-09-22", 1, "Chaque salarié en parcours est vu sur chantier par la chargée d'accompagnement au moins "
                      "une fois par mois."),
    ("2026-10-20", 2, "Le Département réserve 20 places aux bénéficiaires du RSA en 2027."),
    ("2026-10-20", 2, "Constructys prend en charge la formation à hauteur de 13 euros de l'heure."),
    ("2026-10-20", 2, "Avant le contrat, les candidats peuvent suivre une remise à niveau de 70 heures à "
                      "l'AFPA."),
    ("2026-11-17", 3, "La cotisation annuelle des entreprises adhérentes passe à 350 euros en 2027."),
    ("2026-11-17", 3, "Le conseil valide 15 recrutements pour janvier 2027 : 6 maçons, 4 couvreurs, "
                      "3 électriciens et 2 canalisateurs."),
    ("2026-11-17", 3, "Le budget prévisionnel 2027 du GEIQ est de 1,2 million d'euros."),
    ("2026-11-17", 3, "Le GEIQ vise 80 % de sorties positives six mois après la fin du contrat."),
    ("2026-11-17", 3, "La mise à disposition des salariés est facturée 23,50 euros de l'heure aux "
                      "entreprises."),
    ("2026-11-17", 3, "Le mandat du président est prolongé de deux ans, jusqu'à l'assemblée générale de "
                      "juin 2029."),
)

GEIQ38_TASKS = {
    SLUG: (
        ("Relancer les entreprises pour les fiches de poste de janvier", "Loïc Perrin", "2026-11-27", 3),
        ("Envoyer au Département le bilan des suivis de parcours RSA", "Malika Benyahia", "2026-11-30", 2),
        ("Organiser les visites de chantier des 15 recrutés de janvier", "Malika Benyahia", "2026-12-18", 3),
        ("Préparer le dossier de labellisation du GEIQ", "Aurélie Ferraud", "2026-12-09", 3),
        ("Détailler le budget prévisionnel 2027 par poste", "Stéphane Giraud", "2026-12-04", 3),
        ("Envoyer le compte rendu du CA du 17 novembre", "Nathalie Brunet", "2026-11-24", 3, "done"),
        ("Organiser un job dating BTP avec France Travail", "Julien Arnaud", "2026-11-20", 2, "cancelled"),
        ("Chiffrer les heures d'insertion réalisées en 2026", "Yassine Ouali", "2027-01-22", 3),
        ("Monter la session de remise à niveau de janvier à l'AFPA", "Thierry Bonnaz", "2027-01-08", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the chargée d'accompagnement.
GEIQ38_ASKERS = {SLUG: ASKER}

GEIQ38_GROUPS = {
    SLUG: (GEIQ38_MEMBERS, GEIQ38_MEETINGS, GEIQ38_DEADLINES, GEIQ38_DECISIONS, "Aurélie Ferraud"),
}

# What the coordinator typed after the CA of 22 September (n°1) and of 17 November (n°3); nothing was recorded
# for the partners' committee of 20 October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Bertrand Chavanne, Aurélie Ferraud, Malika Benyahia, Loïc Perrin, Stéphane Giraud, "
    "Nathalie Brunet, Virginie Collomb, Patrice Vial, Émilie Garnier, Julien Arnaud, Samia Khelil, "
    "Hervé Lambert, Sophie Martinon, Yassine Ouali",
    "/excuses n°1 Claire Dumont, Mathieu Rostaing, Laure Pichon",
    "/absents n°1 Kader Mansouri, Thierry Bonnaz, Gilles Faure",
    "/presents n°3 Bertrand Chavanne, Aurélie Ferraud, Malika Benyahia, Loïc Perrin, Stéphane Giraud, "
    "Nathalie Brunet, Kader Mansouri, Gilles Faure, Virginie Collomb, Patrice Vial, Émilie Garnier, "
    "Sophie Martinon",
    "/excuses n°3 Claire Dumont, Julien Arnaud, Hervé Lambert, Samia Khelil",
    "/absents n°3 Mathieu Rostaing, Laure Pichon",
)

# What members said in the chat before the CA of 8 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Bertrand Chavanne", "/present"),
    ("Aurélie Ferraud", "/present"),
    ("Stéphane Giraud", "/present"),
    ("Nathalie Brunet", "/present"),
    ("Virginie Collomb", "/present"),
    ("Émilie Garnier", "/present"),
    ("Kader Mansouri", "/present"),
    ("Patrice Vial", "/excuse"),
    ("Claire Dumont", "/excuse"),
)

GEIQ38_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "gq38", ATTENDANCE_COMMANDS, RSVPS),
}
