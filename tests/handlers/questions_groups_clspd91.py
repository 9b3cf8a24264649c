"""A group written by helper w43a in the forty-second round, for the lead's
blind set 86 (a stranger's general set in the words of the restricted
formation — the cellule de veille and the groupe opérationnel — of the
conseil local de sécurité et de prévention de la délinquance (CLSPD) of an
invented town of about 30,000 inhabitants in the Essonne,
Courvaux-sur-Orge): the mayor who chairs the CLSPD, his deputy for public
tranquillity, the town's coordonnatrice CLSPD (the group's coordinator),
the director of technical services (the tutor of the people doing travaux
d'intérêt général) and the head of the night mediation team; the préfet's
delegate (sous-préfecture de Palaiseau); the procureur's substitute for the
town (parquet d'Évry); the commissaire and the déléguée à la cohésion
police-population of the commissariat; the head of the police municipale
(and of the vidéoprotection's supervision centre); the principal of the
invented collège Lucie-Aubrac and the IEN of the circonscription; the head
and an éducatrice de rue (the asker) of the Département de l'Essonne's
prévention spécialisée; the tranquillité résidentielle manager of Essonne
Habitat; the bus network's safety manager (Transdev); a jurist of France
Victimes 91; the director of the CCAS; the SPIP de l'Essonne's TIG referent.
Meetings: the cellule de veille of September at the hôtel de ville, the
groupe opérationnel of October at the commissariat, the cellule de veille of
November at the hôtel de ville, the cellule de veille of 8 December (next,
with its agenda), the cellule de veille of January at the maison de
quartier du Bois-Brûlé and the CLSPD's plenary of March. Tasks (three late,
one of them the asker's; one done; one cancelled), the attendance of the
three past meetings in the store, announced presences for 8 December; the
person asking is a member, not the coordinator. Public bodies named: the
sous-préfecture de Palaiseau, the parquet of the tribunal judiciaire
d'Évry, the police nationale, the Département de l'Essonne, Essonne
Habitat, Transdev, France Victimes 91, the SPIP de l'Essonne, the
Éducation nationale; the town, its collège, its quarters, its bus line and
every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLSPD91_AFTER_SETUP", "CLSPD91_ASKERS", "CLSPD91_GROUPS", "CLSPD91_TASKS"]

SLUG = "clspd91"
ASKER = "Aurore Delmas"
MAIRIE = "Mairie de Courvaux-sur-Orge"
COMMISSARIAT = "Commissariat de police nationale de Courvaux-sur-Orge"
PREVENTION = "Département de l'Essonne, service de prévention spécialisée"
HOTEL_DE_VILLE = "hôtel de ville de Courvaux-sur-Orge"

CLSPD91_MEMBERS = (
    ("Jean-Pierre Morvan", MAIRIE, "Maire de Courvaux-sur-Orge, président du CLSPD"),
    ("Sabrina Ould-Ali", MAIRIE, "Adjointe au maire chargée de la tranquillité publique et de la prévention"),
    ("Laetitia Fournel", MAIRIE, "Coordonnatrice du CLSPD"),
    ("Julien Perrotin", MAIRIE, "Directeur des services techniques, tuteur des personnes accueillies en travaux "
                                "d'intérêt général (TIG)"),
    ("Vanessa Collin", MAIRIE, "Responsable de l'équipe de médiation sociale de nuit"),
    ("Grégoire Lemonnier", "Sous-préfecture de Palaiseau", "Délégué du préfet, référent prévention de la "
                                                           "délinquance et FIPD"),
    ("Olivier Dantec", "Parquet du tribunal judiciaire d'Évry", "Substitut du procureur de la République, magistrat "
                                                               "référent pour Courvaux-sur-Orge"),
    ("Stéphane Kerbiriou", COMMISSARIAT, "Commissaire de police, chef de la circonscription de sécurité publique"),
    ("Nadia Benchekroun", COMMISSARIAT, "Major, déléguée à la cohésion police-population"),
    ("Yannick Le Goff", "Police municipale de Courvaux-sur-Orge", "Chef de service de la police municipale, "
                                                                  "responsable du centre de supervision urbain "
                                                                  "(vidéoprotection)"),
    ("Isabelle Ferrandi", "Collège Lucie-Aubrac de Courvaux-sur-Orge", "Principale du collège"),
    ("Patrick Guillou", "Éducation nationale, circonscription de Courvaux-sur-Orge",
     "Inspecteur de l'Éducation nationale (IEN) du premier degré"),
    ("Mehdi Bensalem", PREVENTION, "Chef de service de la prévention spécialisée"),
    ("Aurore Delmas", PREVENTION, "Éducatrice de rue, quartier du Bois-Brûlé, référente des chantiers éducatifs"),
    ("Thierry Maufras", "Essonne Habitat", "Responsable de la tranquillité résidentielle, agence de "
                                           "Courvaux-sur-Orge"),
    ("Karine Jolivet", "Transdev, centre d'exploitation de Courvaux-sur-Orge", "Responsable sûreté du réseau de bus"),
    ("Émilie Chartier", "France Victimes 91", "Juriste, intervenante d'aide aux victimes"),
    ("Rachid Hamdani", "CCAS de Courvaux-sur-Orge", "Directeur du CCAS"),
    ("Mélissa Tran", "SPIP de l'Essonne", "Conseillère pénitentiaire d'insertion et de probation, référente TIG"),
)

CLSPD91_MEETINGS = (
    ("2026-09-17 09:30", "2026-09-17 11:30", f"Cellule de veille du CLSPD, salle des mariages, {HOTEL_DE_VILLE}", ()),
    ("2026-10-13 14:00", "2026-10-13 16:00", "Groupe opérationnel tranquillité publique, salle de réunion du "
                                             "commissariat de police de Courvaux-sur-Orge", ()),
    ("2026-11-12 09:30", "2026-11-12 12:00", f"Cellule de veille du CLSPD, salle des mariages, {HOTEL_DE_VILLE}", ()),
    ("2026-12-08 09:30", "2026-12-08 12:00", f"Cellule de veille du CLSPD, salle du conseil municipal, "
                                             f"{HOTEL_DE_VILLE}",
     ("Bilan des rodéos urbains de l'automne",
      "Programmation FIPD 2027 : les dossiers à déposer",
      "Places de travaux d'intérêt général proposées pour 2027",
      "Situations individuelles suivies (sous charte de confidentialité)")),
    ("2027-01-14 09:30", "2027-01-14 11:30", "Cellule de veille du CLSPD, maison de quartier du Bois-Brûlé",
     ("Tranquillité résidentielle au Bois-Brûlé",
      "Calendrier des chantiers éducatifs 2027")),
    ("2027-03-16 14:00", "2027-03-16 17:00", f"Séance plénière du CLSPD, salle du conseil municipal, {HOTEL_DE_VILLE}",
     ("Bilan 2026 de la stratégie territoriale de prévention de la délinquance",
      "Adoption du plan d'actions 2027")),
)

CLSPD91_DEADLINES = (
    ("2026-11-27", "Remontée à la sous-préfecture des bilans des actions financées par le FIPD en 2026"),
    ("2026-12-11", "Signature de la charte de confidentialité par tous les membres de la cellule de veille"),
    ("2026-12-18", "Envoi au SPIP de la liste des places de TIG proposées par les partenaires"),
    ("2027-01-15", "Dépôt des demandes de subvention FIPD 2027 auprès de la préfecture"),
    ("2027-02-26", "Remise du diagnostic local de sécurité actualisé"),
    ("2027-03-31", "Validation de la stratégie territoriale de sécurité et de prévention de la délinquance "
                   "2027-2029"),
)

CLSPD91_DECISIONS = (
    ("2026-09-17", 1, "La cellule de veille se réunit une fois par mois, sauf en juillet et en août ; le CLSPD se "
                      "réunit en séance plénière une fois par an."),
    ("2026-09-17", 1, "Chaque membre de la cellule de veille signe la charte de confidentialité : les informations "
                      "échangées sur des situations individuelles ne sortent pas de la cellule."),
    ("2026-09-17", 1, "Les situations individuelles sont présentées de façon anonyme, par initiales et âge, sans "
                      "remise de documents écrits."),
    ("2026-09-17", 1, "Les rappels à l'ordre sont prononcés par le maire en mairie, en présence d'un parent pour les "
                      "mineurs."),
    ("2026-10-13", 2, "Les rodéos urbains repérés par le centre de supervision urbain sont signalés au commissariat "
                      "dans l'heure, images à l'appui."),
    ("2026-10-13", 2, "Les images de vidéoprotection sont conservées quinze jours, puis effacées sauf réquisition "
                      "judiciaire."),
    ("2026-10-13", 2, "Des agents de sûreté accompagnent la ligne de bus 402 le vendredi et le samedi soir, de 19 h à "
                      "23 h."),
    ("2026-10-13", 2, "Essonne Habitat finance deux gardiens supplémentaires au Bois-Brûlé le week-end, jusqu'à "
                      "minuit."),
    ("2026-11-12", 3, "La ville propose au SPIP huit places de travaux d'intérêt général pour 2027, aux services "
                      "techniques et aux espaces verts."),
    ("2026-11-12", 3, "Deux chantiers éducatifs sont organisés pendant les vacances de février avec la prévention "
                      "spécialisée : la rénovation du local du club de football et le nettoyage des berges de "
                      "l'étang communal."),
    ("2026-11-12", 3, "Les jeunes des chantiers éducatifs reçoivent une gratification de 30 euros par demi-journée."),
    ("2026-11-12", 3, "La demande FIPD 2027 portera sur six nouvelles caméras de vidéoprotection et sur le poste de "
                      "médiateur de nuit."),
    ("2026-11-12", 3, "France Victimes 91 tient une permanence au commissariat le mardi matin, sans rendez-vous."),
    ("2026-11-12", 3, "Une victime de violences conjugales peut être mise à l'abri par le CCAS pour trois nuits au "
                      "plus, en attendant une solution durable."),
)

CLSPD91_TASKS = {
    SLUG: (
        ("Organiser une réunion publique sur les rodéos urbains au Bois-Brûlé", "Sabrina Ould-Ali", "2026-11-06", 1,
         "cancelled"),
        ("Diffuser la charte de confidentialité aux membres de la cellule de veille", "Laetitia Fournel",
         "2026-09-30", 1, "done"),
        ("Recenser les points de rassemblement des motos pour les rodéos", "Yannick Le Goff", "2026-11-20", 2),
        ("Transmettre le bilan des dégradations dans les halls du Bois-Brûlé", "Thierry Maufras", "2026-11-24", 2),
        ("Proposer les jeunes suivis pour les chantiers éducatifs de février", "Aurore Delmas", "2026-11-27", 3),
        ("Informer les familles des collégiens exclus de l'accueil proposé par la ville", "Isabelle Ferrandi",
         "2026-12-04", 3),
        ("Chiffrer les six caméras de vidéoprotection pour le dossier FIPD", "Julien Perrotin", "2026-12-10", 3),
        ("Afficher les horaires de la permanence d'aide aux victimes au commissariat", "Émilie Chartier",
         "2026-12-11", 3),
        ("Recenser les tuteurs disponibles pour les places de TIG", "Mélissa Tran", "2026-12-15", 3),
        ("Rédiger le dossier de demande FIPD 2027", "Laetitia Fournel", "2027-01-08", 3),
        ("Présenter les chiffres de la délinquance de l'année 2026", "Stéphane Kerbiriou", "2027-01-14", 3),
        ("Présenter aux jeunes les chantiers éducatifs retenus", "Aurore Delmas", "2027-01-14", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the street educator.
CLSPD91_ASKERS = {SLUG: ASKER}

CLSPD91_GROUPS = {
    SLUG: (CLSPD91_MEMBERS, CLSPD91_MEETINGS, CLSPD91_DEADLINES, CLSPD91_DECISIONS, "Laetitia Fournel"),
}

# What the coordinator typed after the three past meetings (n°1 to n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Jean-Pierre Morvan, Sabrina Ould-Ali, Laetitia Fournel, Julien Perrotin, Grégoire Lemonnier, "
    "Olivier Dantec, Stéphane Kerbiriou, Yannick Le Goff, Isabelle Ferrandi, Mehdi Bensalem, Aurore Delmas, "
    "Thierry Maufras, Émilie Chartier, Rachid Hamdani, Mélissa Tran",
    "/excuses n°1 Patrick Guillou, Karine Jolivet, Vanessa Collin",
    "/absents n°1 Nadia Benchekroun",
    "/presents n°2 Sabrina Ould-Ali, Laetitia Fournel, Grégoire Lemonnier, Stéphane Kerbiriou, Nadia Benchekroun, "
    "Yannick Le Goff, Mehdi Bensalem, Thierry Maufras, Karine Jolivet, Vanessa Collin",
    "/excuses n°2 Jean-Pierre Morvan, Olivier Dantec, Isabelle Ferrandi, Patrick Guillou, Aurore Delmas, "
    "Rachid Hamdani",
    "/absents n°2 Julien Perrotin, Émilie Chartier, Mélissa Tran",
    "/presents n°3 Jean-Pierre Morvan, Sabrina Ould-Ali, Laetitia Fournel, Julien Perrotin, Olivier Dantec, "
    "Stéphane Kerbiriou, Nadia Benchekroun, Yannick Le Goff, Patrick Guillou, Mehdi Bensalem, Aurore Delmas, "
    "Karine Jolivet, Émilie Chartier, Mélissa Tran",
    "/excuses n°3 Grégoire Lemonnier, Isabelle Ferrandi, Rachid Hamdani, Vanessa Collin",
    "/absents n°3 Thierry Maufras",
)

# What members said in the chat before the cellule de veille of 8 December (n°4).
RSVPS = (
    ("Jean-Pierre Morvan", "/present"),
    ("Sabrina Ould-Ali", "/present"),
    ("Laetitia Fournel", "/present"),
    ("Grégoire Lemonnier", "/present"),
    ("Stéphane Kerbiriou", "/present"),
    ("Yannick Le Goff", "/present"),
    ("Mehdi Bensalem", "/present"),
    ("Thierry Maufras", "/present"),
    ("Mélissa Tran", "/present"),
    ("Olivier Dantec", "/excuse"),
    ("Isabelle Ferrandi", "/excuse"),
    ("Émilie Chartier", "/excuse"),
)

CLSPD91_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "clspd91", ATTENDANCE_COMMANDS, RSVPS),
}
