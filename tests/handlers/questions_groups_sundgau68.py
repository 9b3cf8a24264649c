"""A group written by helper r41a in the fortieth round, for blind set 48a
(the French of Alsace and the Moselle, with its Alsatian and Germanic turns,
as the members write it in their chat): the comité de pilotage of the
projet éducatif de territoire (PEDT) of an invented communauté de communes
of the Sundgau (Haut-Rhin), with bilingual French–German schools — the
communauté's vice-president for youth, who chairs it; the PEDT's
coordinator; the Éducation nationale's inspector of the circonscription;
two school heads (one of a bilingual site); the périscolaire's
association; the CAF du Haut-Rhin; the Collectivité européenne d'Alsace
(youth, bilingualism); a music school; a handball club; the médiathèque;
two parents' representatives; the SDJES; a Basel-area youth service across
the border; the centre socioculturel; the school-bus operator; a town's
deputy mayor; the OLCA (a member from the Moselle).
Meetings: the copil of June at the communauté's seat in Dannemarie, a visit
of the bilingual périscolaire in Hirsingue in September, the copil of
October at the médiathèque in Hirsingue (last), the next one in Dannemarie
in December, a cross-border meeting with the Basel-area service in
Allschwil in January, the spring copil at the music school in Ferrette in
March. The attendance of June and October is in the store, and the
announced presences for 8 December; the person asking is a member (the
périscolaire's director), not the coordinator. Organisation names are
public bodies (the CAF, the Collectivité européenne d'Alsace, the
Éducation nationale, the SDJES, the OLCA, the communes) or invented ones
(the communauté de communes, the associations, the club, the schools'
names, the transport company, the Swiss youth service); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["SUNDGAU68_AFTER_SETUP", "SUNDGAU68_ASKERS", "SUNDGAU68_GROUPS", "SUNDGAU68_TASKS"]

SLUG = "sundgau68"
ASKER = "Nathalie Goetz"
CC = "Communauté de communes des Collines de la Largue"
CEA = "Collectivité européenne d'Alsace"

SUNDGAU68_MEMBERS = (
    ("Christiane Wiederkehr", CC, "Vice-présidente chargée de la jeunesse, présidente du comité de pilotage du "
                                  "PEDT"),
    ("Mathieu Hueber", CC, "Coordinateur du projet éducatif de territoire (PEDT)"),
    ("Jean-Marc Schmitt", "Éducation nationale, circonscription d'Altkirch", "Inspecteur de l'Éducation "
                                                                              "nationale (IEN) de la circonscription"),
    ("Sabine Muller", "École primaire bilingue de Hirsingue", "Directrice de l'école, site bilingue paritaire"),
    ("Patrick Zimmermann", "École élémentaire de Dannemarie", "Directeur d'école"),
    ("Nathalie Goetz", "Association Les Coccinelles du Sundgau", "Directrice des accueils périscolaires"),
    ("Laurent Bilger", "CAF du Haut-Rhin", "Conseiller territorial enfance jeunesse"),
    ("Martine Fuchs", CEA, "Chargée de mission jeunesse"),
    ("Yannick Stoecklin", CEA, "Chargé de mission bilinguisme, service de la langue régionale"),
    ("Gérard Wetzel", "École de musique La Clé des Collines", "Directeur de l'école de musique"),
    ("Céline Haas", "HBC Collines de la Largue", "Présidente du club de handball"),
    ("Bernadette Ritter", "Médiathèque intercommunale de Hirsingue", "Responsable de la médiathèque"),
    ("Olivier Kieffer", "Conseil local des parents d'élèves de Dannemarie", "Représentant des parents d'élèves"),
    ("Anne Lerch", "Association des parents d'élèves bilingues du Sundgau", "Présidente de l'association"),
    ("Thomas Baumann", "SDJES du Haut-Rhin", "Conseiller d'éducation populaire et de jeunesse (CEPJ)"),
    ("Ursula Brenneisen", "Jugendfachstelle Leimental (Bâle-Campagne)", "Responsable du service jeunesse, "
                                                                         "partenaire transfrontalier"),
    ("Didier Scherrer", "Centre socioculturel Le Trèfle, Altkirch", "Directeur du centre socioculturel"),
    ("Josiane Walch", "Autocars Sundgau Express", "Responsable des circuits scolaires"),
    ("Francis Meyer", "Commune de Dannemarie", "Adjoint au maire chargé des écoles"),
    ("Éric Schwartz", "Office pour la langue et les cultures d'Alsace et de Moselle (OLCA)",
     "Chargé de projets langue régionale en Moselle"),
)

SUNDGAU68_MEETINGS = (
    ("2026-06-16 18:00", "2026-06-16 20:00", "Comité de pilotage du PEDT : bilan de l'année scolaire 2025-2026, "
                                             "salle du conseil communautaire, siège de la communauté de communes, "
                                             "Dannemarie", ()),
    ("2026-09-16 14:00", "2026-09-16 16:30", "Visite de l'accueil périscolaire bilingue de Hirsingue", ()),
    ("2026-10-13 18:00", "2026-10-13 20:00", "Comité de pilotage du PEDT : plan mercredi et bilinguisme, "
                                             "médiathèque intercommunale, Hirsingue", ()),
    ("2026-12-08 18:00", "2026-12-08 20:00", "Comité de pilotage du PEDT, salle du conseil communautaire, siège de "
                                             "la communauté de communes, Dannemarie",
     ("Renouvellement du PEDT 2027-2030",
      "Bilan du plan mercredi du premier trimestre",
      "Transport des mercredis : horaires du car de ramassage",
      "Échange transfrontalier avec Bâle-Campagne")),
    ("2027-01-14 17:00", "2027-01-14 19:00", "Rencontre transfrontalière avec la Jugendfachstelle Leimental, "
                                             "maison de la jeunesse, Allschwil (Suisse)",
     ("Préparation du séjour d'échange de printemps",
      "Atelier de théâtre bilingue franco-suisse")),
    ("2027-03-16 18:00", "2027-03-16 20:00", "Comité de pilotage de printemps, école de musique La Clé des "
                                             "Collines, Ferrette",
     ("Validation du projet éducatif de territoire 2027-2030",
      "Calendrier des activités d'été")),
)

SUNDGAU68_DEADLINES = (
    ("2026-12-18", "Retour des fiches-bilans des activités du plan mercredi"),
    ("2027-01-22", "Dépôt de la demande de financement du plan mercredi auprès de la CAF"),
    ("2027-02-12", "Clôture des inscriptions au séjour d'échange transfrontalier de printemps"),
    ("2027-03-05", "Envoi du projet de PEDT 2027-2030 aux membres du comité"),
    ("2027-04-30", "Signature de la convention PEDT avec l'État, la CAF et la Collectivité européenne d'Alsace"),
    ("2027-06-04", "Publication du programme des activités d'été"),
)

SUNDGAU68_DECISIONS = (
    ("2026-06-16", 1, "Le comité de pilotage se réunit le mardi à 18 heures, après l'école, à Dannemarie sauf "
                      "exception."),
    ("2026-06-16", 1, "Les activités du mercredi sont proposées en français et en allemand à parité, comme dans "
                      "les classes bilingues."),
    ("2026-06-16", 1, "Le mercredi après-midi coûte 6 euros par enfant, 4 euros à partir du deuxième enfant."),
    ("2026-06-16", 1, "La CAF finance le plan mercredi à hauteur de 1 euro par heure et par enfant."),
    ("2026-09-16", 2, "L'accueil périscolaire de Hirsingue passe à 48 places, dont 24 en groupe bilingue."),
    ("2026-10-13", 3, "Un car de ramassage relie Ferrette, Hirsingue et Dannemarie le mercredi midi pour les "
                      "activités, gratuit pour les familles."),
    ("2026-10-13", 3, "L'école de musique propose un atelier de chant en alsacien, « D'Liederstub », le mercredi "
                      "de 14 h à 15 h 30."),
    ("2026-10-13", 3, "Le club de handball accueille les enfants de 6 à 11 ans le mercredi de 16 h à 17 h 30 au "
                      "gymnase de Dannemarie."),
    ("2026-10-13", 3, "La médiathèque propose une heure du conte bilingue le premier samedi du mois."),
    ("2026-10-13", 3, "Le séjour d'échange avec Bâle-Campagne accueille 24 enfants de CM1-CM2 du 19 au 23 avril "
                      "2027, pour 80 euros par famille."),
    ("2026-10-13", 3, "Les animateurs du périscolaire suivent une formation à l'allemand de 20 heures, financée "
                      "par la Collectivité européenne d'Alsace."),
    ("2026-10-13", 3, "En cas de neige ou de verglas, le car du mercredi ne circule pas ; les familles sont "
                      "prévenues par SMS la veille à 18 heures."),
    ("2026-10-13", 3, "La semaine de quatre jours est maintenue dans les écoles du territoire."),
    ("2026-10-13", 3, "Le centre socioculturel ouvre un accueil ados de 11 à 14 ans le vendredi soir au Trèfle, à "
                      "Altkirch."),
)

SUNDGAU68_TASKS = {
    SLUG: (
        ("Réserver le car pour la visite du périscolaire de Hirsingue", "Josiane Walch", "2026-09-09", 1, "done"),
        ("Organiser une fête de la rentrée bilingue à la médiathèque", "Bernadette Ritter", "2026-09-26", 2,
         "cancelled"),
        ("Imprimer les affiches de l'heure du conte bilingue", "Bernadette Ritter", "2026-10-30", 3, "done"),
        ("Envoyer le bilan de fréquentation du périscolaire à la CAF", "Nathalie Goetz", "2026-11-13", 3),
        ("Établir les horaires du car du mercredi midi", "Josiane Walch", "2026-11-20", 3),
        ("Traduire en allemand la plaquette du plan mercredi", "Yannick Stoecklin", "2026-11-27", 3),
        ("Proposer le programme de l'atelier de théâtre bilingue", "Ursula Brenneisen", "2027-01-08", 3),
        ("Recenser les intervenants germanophones pour les mercredis", "Martine Fuchs", "2027-01-29", 3),
        ("Constituer la liste des enfants inscrits au séjour à Bâle", "Nathalie Goetz", "2027-02-12", 3),
        ("Rédiger le projet de PEDT 2027-2030", "Mathieu Hueber", "2027-02-26", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the périscolaire's director.
SUNDGAU68_ASKERS = {SLUG: ASKER}

SUNDGAU68_GROUPS = {
    SLUG: (SUNDGAU68_MEMBERS, SUNDGAU68_MEETINGS, SUNDGAU68_DEADLINES, SUNDGAU68_DECISIONS, "Mathieu Hueber"),
}

# What the coordinator typed after the copil of June (n°1) and the copil of October at the médiathèque (n°3);
# nothing was recorded for the visit of the périscolaire (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Christiane Wiederkehr, Mathieu Hueber, Jean-Marc Schmitt, Sabine Muller, Patrick Zimmermann, "
    "Nathalie Goetz, Laurent Bilger, Martine Fuchs, Gérard Wetzel, Céline Haas, Bernadette Ritter, "
    "Olivier Kieffer, Didier Scherrer, Josiane Walch, Francis Meyer",
    "/excuses n°1 Thomas Baumann, Ursula Brenneisen, Anne Lerch",
    "/absents n°1 Yannick Stoecklin, Éric Schwartz",
    "/presents n°3 Christiane Wiederkehr, Mathieu Hueber, Jean-Marc Schmitt, Sabine Muller, Laurent Bilger, "
    "Martine Fuchs, Yannick Stoecklin, Gérard Wetzel, Bernadette Ritter, Anne Lerch, Thomas Baumann, "
    "Ursula Brenneisen, Josiane Walch, Éric Schwartz",
    "/excuses n°3 Nathalie Goetz, Patrick Zimmermann, Céline Haas, Didier Scherrer",
    "/absents n°3 Olivier Kieffer",
)

# What members said in the chat before the copil of 8 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Christiane Wiederkehr", "/present"),
    ("Mathieu Hueber", "/present"),
    ("Jean-Marc Schmitt", "/present"),
    ("Sabine Muller", "/present"),
    ("Laurent Bilger", "/present"),
    ("Gérard Wetzel", "/present"),
    ("Céline Haas", "/present"),
    ("Josiane Walch", "/present"),
    ("Olivier Kieffer", "/present"),
    ("Ursula Brenneisen", "/excuse"),
    ("Thomas Baumann", "/excuse"),
)

SUNDGAU68_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "sg68", ATTENDANCE_COMMANDS, RSVPS),
}
