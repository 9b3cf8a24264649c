"""A group written by helper r23a in the twenty-second round, for its blind
set 30a (a field the bot had never met): the commission locale de l'eau
(CLE) of the SAGE (schéma d'aménagement et de gestion des eaux) of the
Sèvre nantaise — the elected members of the intercommunalities and
communes of the basin (the CLE's chairman and vice-chairwoman, a mayor on
the CLE's bureau), the EPTB de la Sèvre nantaise (the SAGE's animatrice, a
river technician), the Agence de l'eau Loire-Bretagne, the DDTM de
Loire-Atlantique and the DDT de la Vendée, the Office français de la
biodiversité, the chambre d'agriculture, the fishing federation, an
environmental association, the drinking-water syndicate Vendée Eau, an
irrigators' association and the préfecture. Plenary sittings, the CLE's
bureau, the agricultural commission (« la com agri ») and an inter-CLE;
wetlands (« les ZH »), the PAGD, ecological continuity, abstractions and
low water (« l'étiage »). Tasks and attendance in the store; the person
asking is a member, not the animatrice: the mayor of Mortagne-sur-Sèvre.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLESEVRE_AFTER_SETUP", "CLESEVRE_ASKERS", "CLESEVRE_GROUPS", "CLESEVRE_TASKS"]

SLUG = "cle-sevre"

CLESEVRE_MEMBERS = (
    ("Michel Guérin", "Clisson Sèvre et Maine Agglo", "Vice-président chargé du grand cycle de l'eau, président de la CLE"),
    ("Annie Gaborit", "Agglomération du Choletais", "Conseillère communautaire, vice-présidente de la CLE"),
    ("Gérard Chiron", "Mairie de Mortagne-sur-Sèvre", "Maire, membre du bureau de la CLE"),
    ("Sandrine Bréchet", "EPTB de la Sèvre nantaise", "Animatrice du SAGE"),
    ("Loïc Papin", "EPTB de la Sèvre nantaise", "Technicien rivières"),
    ("Céline Mercier", "Agence de l'eau Loire-Bretagne", "Chargée d'interventions, délégation Maine-Loire-Océan"),
    ("Thomas Lebrun", "DDTM de Loire-Atlantique", "Chef de l'unité police de l'eau"),
    ("Isabelle Fradin", "DDT de la Vendée", "Chargée de la gestion quantitative de la ressource"),
    ("Yannick Barreau", "Office français de la biodiversité", "Inspecteur de l'environnement"),
    ("Franck Girard", "Chambre d'agriculture des Pays de la Loire", "Conseiller eau et agronomie"),
    ("Patrick Audouin", "Fédération de pêche de la Vendée", "Administrateur, responsable des milieux aquatiques"),
    ("Marie Tessier", "Sèvre Nantaise Environnement", "Présidente de l'association"),
    ("Hervé Poupard", "Vendée Eau", "Directeur de la production d'eau potable"),
    ("Jacques Ripoche", "Association des irrigants de la Sèvre", "Président"),
    ("Nathalie Grolleau", "Préfecture de la Vendée", "Chargée de mission eau auprès du préfet coordonnateur"),
)

CLESEVRE_MEETINGS = (
    ("2026-09-17 14:30", "2026-09-17 17:00", "Séance plénière de la CLE, salle du conseil de l'agglo à Clisson", ()),
    ("2026-10-08 09:30", "2026-10-08 12:00", "Bureau de la CLE, locaux de l'EPTB à Clisson", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Commission agricole, chambre d'agriculture à Cholet", ()),
    ("2026-12-10 14:30", "2026-12-10 17:00", "Séance plénière de la CLE, salle des fêtes de Mortagne-sur-Sèvre",
     ("Avis sur l'inventaire des zones humides", "Bilan de l'étiage 2026", "Budget 2027 de la CLE")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Bureau de la CLE, locaux de l'EPTB à Clisson",
     ("Programme d'effacement des seuils", "Révision du PAGD", "Volumes prélevables")),
    ("2027-03-11 14:00", "2027-03-11 17:00", "Inter-CLE des SAGE de la Loire aval, Agence de l'eau à Nantes", ()),
)

CLESEVRE_DEADLINES = (
    ("2026-12-04", "Retour des communes sur l'inventaire des zones humides"),
    ("2026-12-18", "Avis de la CLE sur le dossier de prélèvement de la retenue de la Bultière"),
    ("2027-01-29", "Candidature à l'appel à projets continuité écologique de l'Agence de l'eau"),
    ("2027-02-26", "Demandes d'autorisation d'irrigation pour la campagne 2027"),
)

CLESEVRE_DECISIONS = (
    ("2026-09-17", 1, "Le bureau de la CLE se réunit tous les trois mois dans les locaux de l'EPTB."),
    ("2026-09-17", 1, "L'inventaire des zones humides est réalisé par les communes avec l'appui technique de l'EPTB."),
    ("2026-09-17", 1, "Le seuil d'alerte sécheresse est fixé à 300 litres par seconde à la station de Tiffauges."),
    ("2026-10-08", 2, "Le seuil du moulin de Gervaux sera effacé en 2027 pour rétablir la continuité écologique."),
    ("2026-10-08", 2, "L'Agence de l'eau finance 50 % des études de continuité écologique."),
    ("2026-10-08", 2, "La CLE rend ses avis sur les dossiers loi sur l'eau dans un délai de deux mois."),
    ("2026-11-19", 3, "En période d'étiage, l'irrigation est interdite entre 10 heures et 18 heures."),
    ("2026-11-19", 3, "Les retenues de substitution sont plafonnées à 1,2 million de mètres cubes sur le bassin."),
    ("2026-11-19", 3, "Une bande enherbée de 10 mètres est demandée le long des cours d'eau classés."),
    ("2026-11-19", 3, "La chambre d'agriculture offre un diagnostic gratuit aux exploitations volontaires."),
)

CLESEVRE_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la plénière de septembre", "Sandrine Bréchet", "2026-10-01", 1, "done"),
        ("Contacter les propriétaires du moulin de Gervaux", "Loïc Papin", "2026-11-20", 2),
        ("Recenser les zones humides de la commune de Mortagne", "Gérard Chiron", "2026-11-27", 2),
        ("Réserver la salle des fêtes de Mortagne pour la plénière", "Gérard Chiron", "2026-12-04", 3),
        ("Préparer la note sur le bilan de l'étiage 2026", "Isabelle Fradin", "2026-12-07", 3),
        ("Transmettre les volumes prélevés par les irrigants en 2026", "Jacques Ripoche", "2026-12-11", 3),
        ("Rédiger le projet d'avis sur la retenue de la Bultière", "Sandrine Bréchet", "2026-12-15", 3),
        ("Présenter les aides de l'Agence de l'eau pour la continuité", "Céline Mercier", "2027-01-15", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the mayor of Mortagne.
CLESEVRE_ASKERS = {SLUG: "Gérard Chiron"}

CLESEVRE_GROUPS = {
    SLUG: (CLESEVRE_MEMBERS, CLESEVRE_MEETINGS, CLESEVRE_DEADLINES, CLESEVRE_DECISIONS, "Sandrine Bréchet"),
}

# What the animatrice's account typed after the agricultural commission in Cholet (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Sandrine Bréchet, Franck Girard, Jacques Ripoche, Isabelle Fradin, Annie Gaborit, "
    "Gérard Chiron, Patrick Audouin",
    "/excuses n°3 Céline Mercier, Hervé Poupard",
    "/absents n°3",
)

# What members said in the chat before the December plenary in Mortagne (séance n°4).
RSVPS = (
    ("Michel Guérin", "/present"),
    ("Annie Gaborit", "/present"),
    ("Marie Tessier", "/present"),
    ("Thomas Lebrun", "/excuse"),
)

CLESEVRE_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Gérard Chiron", "cs", ATTENDANCE_COMMANDS, RSVPS),
}
