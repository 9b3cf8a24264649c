"""A group written by helper w41a in the fortieth round, for the lead's blind
set 82 (a stranger's general set in the words of the people who sit on the
comité de direction of an invented intercommunal Office de tourisme in the
Luberon, an EPIC): the comité de direction of the invented Office de tourisme
intercommunal Luberon Cœur de Provence, at Apt (Vaucluse) — the communauté de
communes' vice-president for tourism who chairs it, the Office's director who
coordinates it and her assistant who writes the procès-verbaux, three elected
members of the communes (Roussillon, Saint-Saturnin-lès-Apt — the comité's
vice-president —, Bonnieux), the socio-professional members (a hotelier, a
campsite manager — the asker —, a gîtes owner, a wine grower, the president of
an invented restaurateurs' association, an outdoor-sports guide), the Parc
naturel régional du Luberon, Vaucluse Provence Attractivité, the Comité
régional de tourisme, the CCI de Vaucluse, the Office's accountant, the staff's
representative and the managers of the bureaux d'information.
Meetings: the comité of March (the 2026 budget), of June (the summer season),
the commission œnotourisme et vélo of September, the comité of 17 November
(the 2026 season's review), the comité of 15 December (the 2027 budget), the
socio-professionals' workshop of 19 January 2027 at the Maison du Parc and the
comité of March 2027. Tasks (four late, one of them the asker's; one done; one
cancelled), the attendance of the June and November sittings in the
store, announced presences for 15 December; the person asking is a member,
not the coordinator. Public bodies are named (Communauté de communes Pays
d'Apt-Luberon, the communes, Parc naturel régional du Luberon, Vaucluse
Provence Attractivité, CRT, CCI de Vaucluse); the Office, the businesses and
the associations are invented; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["OTLUBERON84_AFTER_SETUP", "OTLUBERON84_ASKERS", "OTLUBERON84_GROUPS", "OTLUBERON84_TASKS"]

SLUG = "otluberon84"
ASKER = "Thomas Roumanille"
OFFICE = "Office de tourisme intercommunal Luberon Cœur de Provence"

OTLUBERON84_MEMBERS = (
    ("Jean-Marc Aubanel", "Communauté de communes Pays d'Apt-Luberon",
     "Vice-président chargé du tourisme, président du comité de direction de l'Office de tourisme"),
    ("Sophie Reboul-Castan", OFFICE, "Directrice de l'Office de tourisme, coordinatrice du comité de direction"),
    ("Lucie Ferracci", f"{OFFICE}, direction", "Assistante de direction, rédige les procès-verbaux du comité de "
                                               "direction"),
    ("Bernard Tamisier", "Commune de Roussillon", "Adjoint au maire chargé du tourisme, membre élu du comité de "
                                                  "direction"),
    ("Nadine Gontard", "Commune de Saint-Saturnin-lès-Apt", "Conseillère municipale, membre élue, vice-présidente "
                                                            "du comité de direction"),
    ("Hervé Pellegrin", "Commune de Bonnieux", "Adjoint au maire, membre élu suppléant du comité de direction"),
    ("Camille Bérard", "Hôtel Le Mas des Ocres",
     "Hôtelière, représentante des hôteliers au comité de direction"),
    ("Thomas Roumanille", "Camping Les Chênes Verts",
     "Gérant de camping, représentant de l'hôtellerie de plein air au comité de direction"),
    ("Isabelle Fabre", "Gîtes et chambres d'hôtes du Luberon",
     "Propriétaire de gîtes, représentante des meublés de tourisme et des chambres d'hôtes"),
    ("Olivier Sauvan", "Domaine des Claparèdes", "Vigneron, représentant des domaines viticoles, référent "
                                                 "œnotourisme"),
    ("Fatima Benali", "Association des restaurateurs du Pays d'Apt", "Présidente de l'association des "
                                                                      "restaurateurs"),
    ("Julien Arnaud", "Luberon Verticale, bureau des guides", "Guide de randonnée et d'escalade, représentant des "
                                                              "prestataires d'activités de pleine nature"),
    ("Marion Chabaud", "Parc naturel régional du Luberon", "Chargée de mission tourisme durable, référente de la "
                                                           "marque Valeurs Parc"),
    ("Didier Escoffier", "Vaucluse Provence Attractivité", "Chargé de mission vélo et itinérance, référent des "
                                                           "offices de tourisme du Vaucluse"),
    ("Claire Vidal", "Comité régional de tourisme Provence-Alpes-Côte d'Azur", "Chargée des relations avec les "
                                                                             "offices de tourisme et des salons"),
    ("Patrick Mourre", "CCI de Vaucluse", "Conseiller tourisme et commerce, accompagne les entreprises pour le "
                                          "classement et les labels"),
    ("Véronique Astier", f"{OFFICE}, comptabilité", "Comptable de l'Office, suit le budget et le reversement de la "
                                                    "taxe de séjour"),
    ("Sébastien Giraud", f"{OFFICE}, représentants du personnel", "Conseiller en séjour, représentant du personnel "
                                                                  "au comité de direction"),
    ("Aurélie Manent", f"{OFFICE}, bureau d'information d'Apt", "Responsable du bureau d'information touristique "
                                                                "d'Apt, chargée de l'accueil et de la boutique"),
    ("Kévin Lambert", f"{OFFICE}, bureaux d'information de Roussillon et de Bonnieux", "Responsable des bureaux "
                                                                                       "d'information de "
                                                                                       "Roussillon et de Bonnieux"),
)

OTLUBERON84_MEETINGS = (
    ("2026-03-17 18:00", "2026-03-17 20:00", "Comité de direction : budget primitif 2026, salle du conseil "
                                             "communautaire, Apt", ()),
    ("2026-06-23 18:00", "2026-06-23 20:00", "Comité de direction : préparation de la saison estivale, bureau "
                                             "d'information de Roussillon", ()),
    ("2026-09-29 09:30", "2026-09-29 12:00", "Commission œnotourisme et vélo, Domaine des Claparèdes, Bonnieux", ()),
    ("2026-11-17 18:00", "2026-11-17 20:00", "Comité de direction : bilan de la saison 2026 et orientations "
                                             "budgétaires 2027, salle du conseil communautaire, Apt", ()),
    ("2026-12-15 18:00", "2026-12-15 20:00", "Comité de direction : budget primitif 2027, salle du conseil "
                                             "communautaire, Apt",
     ("Vote du budget primitif 2027",
      "Tarifs de la taxe de séjour 2027",
      "Plan d'actions marketing 2027",
      "Renouvellement du classement de l'Office en catégorie I")),
    ("2027-01-19 14:00", "2027-01-19 17:00", "Atelier des socio-professionnels : lancement de la saison 2027, "
                                             "Maison du Parc, Apt",
     ("Présentation du guide touristique 2027",
      "Adhésion des partenaires 2027",
      "Salons et éductours du printemps")),
    ("2027-03-23 18:00", "2027-03-23 20:00", "Comité de direction : compte administratif 2026 et rapport "
                                             "d'activité, bureau d'information de Bonnieux",
     ("Compte administratif 2026",
      "Rapport d'activité 2026",
      "Horaires d'ouverture des bureaux d'information pour la saison 2027")),
)

OTLUBERON84_DEADLINES = (
    ("2026-12-04", "Envoi des remarques des membres sur le projet de budget primitif 2027"),
    ("2026-12-10", "Déclaration de la taxe de séjour d'octobre et de novembre par les hébergeurs"),
    ("2027-01-08", "Retour des fiches de mise à jour des partenaires pour le guide touristique 2027"),
    ("2027-01-29", "Dépôt du dossier de renouvellement du classement en catégorie I à la préfecture"),
    ("2027-02-15", "Inscription des partenaires à la bourse d'échange de documentation"),
    ("2027-03-31", "Envoi du rapport d'activité 2026 au conseil communautaire"),
)

OTLUBERON84_DECISIONS = (
    ("2026-03-17", 1, "Le budget primitif 2026 de l'Office de tourisme est adopté à l'unanimité."),
    ("2026-03-17", 1, "Le comité de direction propose au conseil communautaire de maintenir les tarifs de la taxe "
                      "de séjour en 2026."),
    ("2026-03-17", 1, "L'Office de tourisme adhère au réseau Accueil Vélo."),
    ("2026-06-23", 2, "Le bureau d'information de Roussillon ouvre tous les jours de 9 h à 19 h en juillet et en "
                      "août."),
    ("2026-06-23", 2, "Deux saisonniers sont recrutés pour l'accueil hors les murs sur les marchés de Provence."),
    ("2026-06-23", 2, "La boutique de l'Office vend les vins des domaines partenaires."),
    ("2026-09-29", 3, "Un circuit œnotouristique à vélo entre Bonnieux et Lacoste est balisé au printemps 2027."),
    ("2026-09-29", 3, "Les domaines partenaires offrent une dégustation aux cyclistes sur présentation du pass vélo "
                      "de l'Office."),
    ("2026-11-17", 4, "L'adhésion des partenaires à l'Office passe à 150 € par an en 2027."),
    ("2026-11-17", 4, "Le guide touristique 2027 est imprimé à 40 000 exemplaires sur papier recyclé."),
    ("2026-11-17", 4, "Le bureau d'information de Bonnieux ferme de novembre à mars."),
    ("2026-11-17", 4, "Les hébergeurs déclarent la taxe de séjour en ligne sur la plateforme de l'Office à partir "
                      "de janvier 2027."),
    ("2026-11-17", 4, "L'Office de tourisme se porte candidat à la marque Qualité Tourisme en 2027."),
    ("2026-11-17", 4, "Les procès-verbaux du comité de direction sont publiés sur l'espace pro du site de l'Office "
                      "dans les quinze jours."),
)

OTLUBERON84_TASKS = {
    SLUG: (
        ("Renouveler l'adhésion de l'Office au réseau Accueil Vélo", "Aurélie Manent", "2026-04-30", 1, "done"),
        ("Organiser un éductour des hôteliers au Colorado provençal", "Camille Bérard", "2026-10-09", 2,
         "cancelled"),
        ("Installer le présentoir des vins partenaires à la boutique d'Apt", "Aurélie Manent", "2026-09-15", 2),
        ("Recenser les campings équipés de bornes de recharge pour vélos électriques", "Thomas Roumanille",
         "2026-10-30", 3),
        ("Rassembler les photos des domaines viticoles pour le guide 2027", "Olivier Sauvan", "2026-11-13", 4),
        ("Préparer le projet de budget primitif 2027", "Véronique Astier", "2026-11-27", 4),
        ("Proposer le tracé du circuit vélo entre Bonnieux et Lacoste", "Julien Arnaud", "2026-12-11", 3),
        ("Relancer les hébergeurs pour la déclaration de la taxe de séjour", "Thomas Roumanille", "2026-12-18", 4),
        ("Établir la liste des restaurants partenaires pour le guide 2027", "Fatima Benali", "2027-01-08", 4),
        ("Préparer le dossier de classement en catégorie I", "Sophie Reboul-Castan", "2027-01-22", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the campsites' representative.
OTLUBERON84_ASKERS = {SLUG: ASKER}

OTLUBERON84_GROUPS = {
    SLUG: (OTLUBERON84_MEMBERS, OTLUBERON84_MEETINGS, OTLUBERON84_DEADLINES, OTLUBERON84_DECISIONS,
           "Sophie Reboul-Castan"),
}

# What the coordinator typed after the comité of June (n°2) and the comité of November (n°4); nothing was recorded
# for the comité of March (n°1) nor for the commission œnotourisme et vélo (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Jean-Marc Aubanel, Sophie Reboul-Castan, Lucie Ferracci, Bernard Tamisier, Nadine Gontard, "
    "Camille Bérard, Thomas Roumanille, Isabelle Fabre, Olivier Sauvan, Julien Arnaud, Marion Chabaud, "
    "Véronique Astier, Sébastien Giraud",
    "/excuses n°2 Fatima Benali, Claire Vidal",
    "/absents n°2 Patrick Mourre",
    "/presents n°4 Jean-Marc Aubanel, Sophie Reboul-Castan, Lucie Ferracci, Nadine Gontard, Hervé Pellegrin, "
    "Camille Bérard, Isabelle Fabre, Fatima Benali, Julien Arnaud, Didier Escoffier, Patrick Mourre, "
    "Véronique Astier, Sébastien Giraud, Aurélie Manent",
    "/excuses n°4 Thomas Roumanille, Bernard Tamisier, Marion Chabaud",
    "/absents n°4 Olivier Sauvan",
)

# What members said in the chat before the comité of 15 December (n°5).
RSVPS = (
    ("Sophie Reboul-Castan", "/present"),
    ("Jean-Marc Aubanel", "/present"),
    ("Nadine Gontard", "/present"),
    ("Véronique Astier", "/present"),
    ("Camille Bérard", "/present"),
    ("Fatima Benali", "/present"),
    ("Didier Escoffier", "/present"),
    ("Olivier Sauvan", "/present"),
    ("Claire Vidal", "/excuse"),
    ("Julien Arnaud", "/excuse"),
)

OTLUBERON84_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "otl84", ATTENDANCE_COMMANDS, RSVPS),
}
