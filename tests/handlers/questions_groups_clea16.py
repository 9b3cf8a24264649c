"""A group written by the lead in the sixteenth round, for the lead's blind
set 26: the steering of the « contrat local d'éducation artistique » (CLEA)
of GrandAngoulême — the agglomeration, the town of Angoulême, the regional
cultural affairs office (DRAC), the national education's local office, the
Département, a concert hall, the national stage, the comics museum, the
conservatory, the media library and a social centre. Steering committees
alternate with technical committees; artists' residencies in schools are
the subject. Tasks in the store; the person asking is the agglomeration's
officer for arts education. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["CLEA16_ASKERS", "CLEA16_GROUPS", "CLEA16_TASKS"]

SLUG = "clea16"

CLEA16_MEMBERS = (
    ("Martine Lacombe", "GrandAngoulême", "Vice-présidente chargée de la culture, présidente du comité de pilotage"),
    ("Élodie Vasseur", "GrandAngoulême", "Chargée de mission éducation artistique et culturelle"),
    ("Sophie Girard", "GrandAngoulême", "Chargée de communication"),
    ("Mathieu Blanchard", "GrandAngoulême", "Responsable des transports scolaires"),
    ("Patrice Dumas", "Ville d'Angoulême", "Adjoint au maire délégué à la culture"),
    ("Nadia Cherif", "DRAC Nouvelle-Aquitaine", "Conseillère action culturelle et territoriale"),
    ("Bernard Joubert", "DSDEN de la Charente", "Inspecteur de l'Éducation nationale, circonscription d'Angoulême Est"),
    ("Sandrine Pelletier", "DSDEN de la Charente", "Conseillère pédagogique en arts plastiques"),
    ("Vincent Morin", "Conseil départemental de la Charente", "Chef du service culture"),
    ("Julie Roche", "La Nef", "Responsable de l'action culturelle"),
    ("Thierry Gaillard", "Théâtre d'Angoulême, scène nationale", "Secrétaire général"),
    ("Amélie Brun", "Cité internationale de la bande dessinée et de l'image", "Médiatrice jeune public"),
    ("Olivier Texier", "Conservatoire Gabriel Fauré", "Directeur adjoint"),
    ("Laure Mercier", "Médiathèque L'Alpha", "Responsable du pôle jeunesse"),
    ("Karim Haddad", "Centre social de Basseau", "Animateur jeunesse"),
)

CLEA16_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Comité de pilotage CLEA, hôtel communautaire, Angoulême", ()),
    ("2026-10-20 09:30", "2026-10-20 12:00", "Comité technique CLEA, médiathèque L'Alpha", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de pilotage CLEA, Cité de la bande dessinée, salle Némo", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Comité technique CLEA, La Nef",
     ("Choix des artistes en résidence", "Calendrier des ateliers", "Budget 2027")),
    ("2027-01-14 14:00", "2027-01-14 16:30", "Comité de pilotage CLEA, Théâtre d'Angoulême",
     ("Validation des résidences", "Bilan du premier trimestre")),
    ("2027-03-11 09:30", "2027-03-11 12:00", "Comité technique CLEA, conservatoire Gabriel Fauré", ()),
)

CLEA16_DEADLINES = (
    ("2026-12-04", "Retour des fiches d'inscription des classes"),
    ("2026-12-16", "Dépôt du dossier de subvention à la DRAC"),
    ("2027-01-08", "Liste des artistes retenus"),
    ("2027-02-05", "Bilan intermédiaire des résidences"),
)

CLEA16_DECISIONS = (
    ("2026-09-17", 1, "Le comité de pilotage se réunit trois fois par an et le comité technique entre deux comités "
                      "de pilotage."),
    ("2026-09-17", 1, "Quatre résidences d'artistes sont ouvertes en 2027, une par secteur de l'agglomération."),
    ("2026-10-20", 2, "Les classes de CM1, de CM2 et de sixième sont prioritaires pour les ateliers."),
    ("2026-10-20", 2, "Chaque classe bénéficie de vingt heures d'atelier avec l'artiste."),
    ("2026-10-20", 2, "Le transport des classes vers les lieux culturels est pris en charge par GrandAngoulême."),
    ("2026-11-19", 3, "L'appel à candidatures des artistes reste ouvert jusqu'au 20 décembre."),
    ("2026-11-19", 3, "La restitution publique des résidences aura lieu au Théâtre d'Angoulême en juin 2027."),
    ("2026-11-19", 3, "Le budget 2027 du CLEA est fixé à 85 000 euros, dont 30 000 euros de la DRAC."),
    ("2026-11-19", 3, "Les écoles de La Couronne et de Soyaux rejoignent le dispositif."),
    ("2026-11-19", 3, "Une formation des enseignants est organisée le mercredi 13 janvier à la médiathèque L'Alpha."),
)

CLEA16_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage du 19 novembre", "Élodie Vasseur", "2026-11-27", 3),
        ("Relancer les écoles pour les fiches d'inscription", "Bernard Joubert", "2026-12-04", 3),
        ("Publier l'appel à candidatures sur le site", "Sophie Girard", "2026-11-25", 3, "done"),
        ("Réserver les bus pour les sorties des classes", "Mathieu Blanchard", "2026-12-18", 2),
        ("Préparer la convention avec la DRAC", "Nadia Cherif", "2026-12-16", 3),
        ("Organiser la formation des enseignants", "Sandrine Pelletier", "2027-01-08", 3),
        ("Chiffrer le matériel des ateliers", "Julie Roche", "2026-11-30", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CLEA16_ASKERS = {SLUG: "Élodie Vasseur"}

CLEA16_GROUPS = {
    SLUG: (CLEA16_MEMBERS, CLEA16_MEETINGS, CLEA16_DEADLINES, CLEA16_DECISIONS, "Martine Lacombe"),
}
