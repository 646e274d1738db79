<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Backed up: {path}</source>
        <translation>Sauvegardé&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Journals and backups (*.sqlite);;All files (*)</source>
        <translation>Journaux et sauvegardes (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation>Sauvegarde du journal…</translation>
    </message>
    <message>
        <source>Backed up to a journal file</source>
        <translation>Sauvegardé dans un fichier de journal</translation>
    </message>
    <message>
        <source>The backup is a journal file rather than a pg_dump archive, since {why}: {path}. Restore a backup… reads it back.</source>
        <translation>La sauvegarde est un fichier de journal et non une archive pg_dump, car {why}&#xa0;: {path}. Restaurer une sauvegarde… la relit.</translation>
    </message>
    <message>
        <source>Server journal backups (*.dump *.sqlite);;All files (*)</source>
        <translation>Sauvegardes du journal sur serveur (*.dump *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace your journal by the backup {name} ({when})?

The journal as it is now is kept as one more backup; this cannot be undone with Ctrl+Z.</source>
        <translation>Remplacer votre journal par la sauvegarde {name} ({when})&#xa0;?

Le journal tel qu&apos;il est maintenant est conservé comme une sauvegarde de plus&#xa0;; Ctrl+Z ne pourra pas annuler ce remplacement.</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Restauration de {name}…</translation>
    </message>
    <message>
        <source>Checking {name}…
Cancel stops the restore until the journal itself is being replaced.</source>
        <translation>Vérification de {name}…
Annuler arrête la restauration tant que le journal lui-même n&apos;est pas en train d&apos;être remplacé.</translation>
    </message>
    <message>
        <source>Replacing the server journal&apos;s tables in one transaction.
This cannot be stopped part-way: it ends with the backup restored, or with the journal as it was.</source>
        <translation>Remplacement des tables du journal sur le serveur en une seule transaction.
Cela ne peut pas être arrêté en cours de route&#xa0;: à la fin, soit la sauvegarde est restaurée, soit le journal est tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Checking {name} and putting it in place of your journal.
This cannot be stopped part-way: it ends with the backup restored, or with the journal as it was.</source>
        <translation>Vérification de {name} et remplacement de votre journal.
Cette étape ne peut pas être interrompue en cours de route&#xa0;: elle se termine avec la sauvegarde restaurée, ou avec le journal tel qu’il était.</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
        <source>Restore cancelled; the journal was not changed.</source>
        <translation>Restauration annulée&#xa0;; le journal n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Backup restored into the server journal: {rows} rows, every table checked.</source>
        <translation>Sauvegarde restaurée dans le journal sur le serveur&#xa0;: {rows} lignes, chaque table vérifiée.</translation>
    </message>
    <message>
        <source>Backup restored; the journal it replaced is kept as {path}.</source>
        <translation>Sauvegarde restaurée&#xa0;; le journal remplacé est conservé dans {path}.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>Replace every table of the server journal
{journal}
by the backup {name} ({when})?

The journal as it is now is not kept: take one with File ▸ Back up now first if you may want it back. This cannot be undone with Ctrl+Z.</source>
        <translation>Remplacer toutes les tables du journal sur le serveur
{journal}
par la sauvegarde {name} ({when})&#xa0;?

Le journal tel qu&apos;il est maintenant n&apos;est pas conservé&#xa0;: faites-en une sauvegarde avec Fichier ▸ Sauvegarder maintenant si vous pourriez vouloir le retrouver. Ctrl+Z ne pourra pas annuler ce remplacement.</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Brief</source>
        <translation>Fiche de préparation</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation>présenté par {name}</translation>
    </message>
    <message>
        <source>connected on {day}</source>
        <translation>en contact depuis le {day}</translation>
    </message>
    <message>
        <source>Nothing yet: read about their projects, talks, publications.</source>
        <translation>Rien pour l&apos;instant&#xa0;: renseignez-vous sur ses projets, ses interventions, ses publications.</translation>
    </message>
    <message>
        <source>Opportunities at {company}</source>
        <translation>Opportunités chez {company}</translation>
    </message>
    <message>
        <source>Export the brief</source>
        <translation>Exporter la fiche</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>Enregistrer ce graphique en image PNG ou SVG</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Relationships built vs applications sent (cumulative)</source>
        <translation>Relations créées, candidatures envoyées (cumul)</translation>
    </message>
    <message>
        <source>Relationships built</source>
        <translation>Relations créées</translation>
    </message>
    <message>
        <source>Applications sent</source>
        <translation>Candidatures envoyées</translation>
    </message>
    <message>
        <source>Through a relationship
(referral, networking)</source>
        <translation>Par une relation
(cooptation, réseau)</translation>
    </message>
    <message>
        <source>Cold
(application, recruiter)</source>
        <translation>À froid
(annonce, recruteur)</translation>
    </message>
    <message>
        <source>Interviews by channel</source>
        <translation>Entretiens par canal</translation>
    </message>
    <message>
        <source>Reached an interview</source>
        <translation>Entretien obtenu</translation>
    </message>
    <message>
        <source>no application</source>
        <translation>aucune candidature</translation>
    </message>
    <message>
        <source>interview rate {rate:.0%}</source>
        <translation>taux d&apos;entretien {rate:.0%}</translation>
    </message>
    <message>
        <source>Weekly activity against goals</source>
        <translation>Activité de la semaine et objectifs</translation>
    </message>
    <message>
        <source>New contacts reached</source>
        <translation>Nouveaux contacts approchés</translation>
    </message>
    <message>
        <source>Chats held</source>
        <translation>Échanges tenus</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Relances faites</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objectif de la semaine</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Weeks shown (Monday to Sunday, your time zone)</source>
        <translation>Semaines affichées (du lundi au dimanche, dans votre fuseau horaire)</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Weekly goals:</source>
        <translation>Objectifs par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>new contacts</source>
        <translation>nouveaux contacts</translation>
    </message>
    <message>
        <source>New contacts to reach each week</source>
        <translation>Nouveaux contacts à approcher chaque semaine</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>échanges</translation>
    </message>
    <message>
        <source>Chats to hold each week</source>
        <translation>Échanges à tenir chaque semaine</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>relances</translation>
    </message>
    <message>
        <source>Follow-ups to do each week</source>
        <translation>Relances à faire chaque semaine</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No charts yet&lt;/h3&gt;&lt;p&gt;Log a chat (Ctrl+L) or add an opportunity: this panel then shows, week by week, the relationships you build against the applications you send, and how many of each led to an interview.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de graphiques&lt;/h3&gt;&lt;p&gt;Notez un échange (Ctrl+L) ou ajoutez une opportunité&#xa0;: ce panneau montre alors, semaine après semaine, les relations que vous créez face aux candidatures que vous envoyez, et combien de chacune ont mené à un entretien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading the charts…</source>
        <translation>Chargement des graphiques…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relationship built&lt;/b&gt;: a contact with at least one real conversation that happened (a coffee chat, call, meeting or lunch marked done — a written reply only shows they are reachable); counted once, in the week of the first one.&lt;br&gt;&lt;b&gt;Application sent&lt;/b&gt;: an opportunity whose stage reached applied or later; dated by its application date, else by the first stage change at applied or later.&lt;br&gt;&lt;b&gt;Reached an interview&lt;/b&gt;: interviewing, offer or accepted, now or in its history.&lt;br&gt;&lt;b&gt;Through a relationship&lt;/b&gt;: referral and networking; &lt;b&gt;cold&lt;/b&gt;: cold applications and recruiters.&lt;br&gt;&lt;b&gt;New contact reached&lt;/b&gt;: the first connection request, message or email you sent to someone.&lt;br&gt;&lt;b&gt;Chat held&lt;/b&gt;: every done coffee chat, call, meeting or lunch.&lt;br&gt;&lt;b&gt;Follow-up done&lt;/b&gt;: a follow-up marked done that week.&lt;br&gt;Weeks run Monday to Sunday in your time zone.</source>
        <translation>&lt;b&gt;Relation créée&lt;/b&gt;&#xa0;: un contact avec qui au moins une vraie conversation a eu lieu (un café, un appel, un rendez-vous ou un déjeuner marqué fait — une réponse écrite montre seulement que la personne est joignable)&#xa0;; comptée une fois, la semaine de la première.&lt;br&gt;&lt;b&gt;Candidature envoyée&lt;/b&gt;&#xa0;: une opportunité arrivée à l&apos;étape «&#xa0;postulé&#xa0;» ou au-delà&#xa0;; datée par sa date de candidature, sinon par le premier changement d&apos;étape à «&#xa0;postulé&#xa0;» ou au-delà.&lt;br&gt;&lt;b&gt;Entretien obtenu&lt;/b&gt;&#xa0;: entretien, offre ou acceptée, aujourd&apos;hui ou dans son historique.&lt;br&gt;&lt;b&gt;Par une relation&lt;/b&gt;&#xa0;: cooptation et réseau&#xa0;; &lt;b&gt;à froid&lt;/b&gt;&#xa0;: candidatures spontanées et recruteurs.&lt;br&gt;&lt;b&gt;Nouveau contact approché&lt;/b&gt;&#xa0;: la première demande de connexion, le premier message ou e-mail que vous avez envoyé à quelqu&apos;un.&lt;br&gt;&lt;b&gt;Échange tenu&lt;/b&gt;&#xa0;: chaque café, appel, rendez-vous ou déjeuner fait.&lt;br&gt;&lt;b&gt;Relance faite&lt;/b&gt;&#xa0;: une relance marquée faite dans la semaine.&lt;br&gt;Les semaines vont du lundi au dimanche, dans votre fuseau horaire.</translation>
    </message>
    <message>
        <source>Goals not saved</source>
        <translation>Objectifs non enregistrés</translation>
    </message>
    <message>
        <source>The charts could not be loaded: {error}</source>
        <translation>Les graphiques n&apos;ont pas pu être chargés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>1 relationship built</source>
        <translation>1 relation créée</translation>
    </message>
    <message>
        <source>{n} relationships built</source>
        <translation>{n} relations créées</translation>
    </message>
    <message>
        <source>1 application sent</source>
        <translation>1 candidature envoyée</translation>
    </message>
    <message>
        <source>{n} applications sent</source>
        <translation>{n} candidatures envoyées</translation>
    </message>
    <message>
        <source>In this range: {built}, {sent}.</source>
        <translation>Sur cette période&#xa0;: {built}, {sent}.</translation>
    </message>
    <message>
        <source>This week so far: {n} of {gn} new contacts, {c} of {gc} chats, {f} of {gf} follow-ups.</source>
        <translation>Cette semaine pour l&apos;instant&#xa0;: {n} nouveaux contacts sur {gn}, {c} échanges sur {gc}, {f} relances sur {gf}.</translation>
    </message>
    <message>
        <source>Goals met last week.</source>
        <translation>Objectifs atteints la semaine dernière.</translation>
    </message>
    <message>
        <source>Goals met {n} weeks in a row.</source>
        <translation>Objectifs atteints {n} semaines de suite.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}: {error}</source>
        <translation>Le graphique n&apos;a pas pu être enregistré dans {path}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ChatDialog</name>
    <message>
        <source>Log a chat</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Edit chat</source>
        <translation>Modifier l&apos;échange</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Ce qui s&apos;est passé, en une ligne</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the notes, to paste them on LinkedIn</source>
        <translation>Copier les notes pour les coller sur LinkedIn</translation>
    </message>
    <message>
        <source>Copy and &amp;save</source>
        <translation>Copier et &amp;enregistrer</translation>
    </message>
    <message>
        <source>Copy the notes and log this entry in one click</source>
        <translation>Copier les notes et enregistrer cet échange en un clic</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The note you sent: a hook they would appreciate, who you are, that you would like to connect</source>
        <translation>La note envoyée&#xa0;: une accroche qui lui parle, qui vous êtes, que vous aimeriez être en contact</translation>
    </message>
    <message>
        <source>What you learned, what they asked for, names mentioned</source>
        <translation>Ce que vous avez appris, ce qu&apos;on vous a demandé, les noms cités</translation>
    </message>
    <message>
        <source>{n} characters — LinkedIn allows {free} (free) or {premium} (Premium).</source>
        <translation>{n} caractères — LinkedIn en permet {free} (compte gratuit) ou {premium} (Premium).</translation>
    </message>
    <message>
        <source>{n} characters — your Premium account allows {premium}.</source>
        <translation>{n} caractères — votre compte Premium en permet {premium}.</translation>
    </message>
    <message>
        <source>Too long for a free account.</source>
        <translation>Trop long pour un compte gratuit.</translation>
    </message>
    <message>
        <source>Too long for LinkedIn: shorten it.</source>
        <translation>Trop long pour LinkedIn&#xa0;: raccourcissez-la.</translation>
    </message>
    <message>
        <source>Keep the coffee chat for later: a first note only says hello and why you would like to connect.</source>
        <translation>Gardez le café pour plus tard&#xa0;: une première note dit seulement bonjour et pourquoi vous aimeriez être en contact.</translation>
    </message>
    <message>
        <source>Still to write: {names}.</source>
        <translation>Encore à écrire&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>No personal hook yet: say why them — their post, their team&apos;s news, who suggested you write, what you have in common.</source>
        <translation>Pas encore d&apos;accroche personnelle&#xa0;: dites pourquoi cette personne — sa publication, l&apos;actualité de son équipe, qui vous a suggéré d&apos;écrire, ce que vous avez en commun.</translation>
    </message>
    <message>
        <source>You already sent this exact note to {n} people: a personal hook makes it theirs.</source>
        <translation>Vous avez déjà envoyé exactement cette note à {n} personnes&#xa0;: une accroche personnelle la rend unique.</translation>
    </message>
    <message>
        <source>You already sent this exact note to someone: a personal hook makes it theirs.</source>
        <translation>Vous avez déjà envoyé exactement cette note à quelqu&apos;un&#xa0;: une accroche personnelle la rend unique.</translation>
    </message>
    <message>
        <source>Choose who the chat was with.</source>
        <translation>Choisissez avec qui a eu lieu l&apos;échange.</translation>
    </message>
    <message>
        <source>A chat marked done cannot be in the future: mark it planned, or fix the date.</source>
        <translation>Un échange marqué fait ne peut pas être dans le futur&#xa0;: marquez-le prévu, ou corrigez la date.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Relationship moved to “{stage}”.</source>
        <translation>Relation passée à «&#xa0;{stage}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ChatLogModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>{date} (done)</source>
        <translation>{date} (faite)</translation>
    </message>
</context>
<context>
    <name>ChatLogWidget</name>
    <message>
        <source>Filter by name, company, summary or notes</source>
        <translation>Filtrer par nom, entreprise, résumé ou notes</translation>
    </message>
    <message>
        <source>Planned and done</source>
        <translation>Prévus et faits</translation>
    </message>
    <message>
        <source>Log a chat…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Log a chat (Ctrl+L)</source>
        <translation>Noter un échange (Ctrl+L)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Relance faite</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Marquer acceptée</translation>
    </message>
    <message>
        <source>They accepted: log it and move them to Connected</source>
        <translation>Invitation acceptée&#xa0;: la noter et passer la personne à «&#xa0;En contact&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Brief…</source>
        <translation>&amp;Fiche de préparation…</translation>
    </message>
    <message>
        <source>Who they are, your research, questions to ask</source>
        <translation>Qui est cette personne, vos recherches, les questions à poser</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No chats with this contact yet. Press Ctrl+L to log one.</source>
        <translation>Aucun échange avec ce contact pour l&apos;instant. Appuyez sur Ctrl+L pour en noter un.</translation>
    </message>
    <message>
        <source>No chat matches this filter.</source>
        <translation>Aucun échange ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>Your chat log is empty. Select a contact and press Ctrl+L to log a connection request, a message or a coffee chat.</source>
        <translation>Votre journal des échanges est vide. Sélectionnez un contact et appuyez sur Ctrl+L pour noter une demande de connexion, un message ou un café.</translation>
    </message>
    <message>
        <source>{name} accepted: Connected.</source>
        <translation>{name} a accepté&#xa0;: En contact.</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Supprimer l&apos;échange</translation>
    </message>
    <message>
        <source>Delete this entry of the chat log with {name}?
“{summary}”</source>
        <translation>Supprimer cet échange avec {name} du journal&#xa0;?
«&#xa0;{summary}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Filter companies</source>
        <translation>Filtrer les entreprises</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Chatted</source>
        <translation>Échangé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;New opportunity here</source>
        <translation>&amp;Nouvelle opportunité ici</translation>
    </message>
    <message>
        <source>&amp;Log a chat with someone here</source>
        <translation>&amp;Noter un échange ici</translation>
    </message>
    <message>
        <source>With the person selected below, or the closest contact at this company</source>
        <translation>Avec la personne sélectionnée ci-dessous, ou le contact le plus proche dans cette entreprise</translation>
    </message>
    <message>
        <source>Ask for an &amp;introduction…</source>
        <translation>Se faire &amp;présenter…</translation>
    </message>
    <message>
        <source>A message to the person selected under &quot;Who could introduce you&quot;, from the introduction template</source>
        <translation>Un message à la personne sélectionnée sous «&#xa0;Qui peut vous présenter&#xa0;», à partir du modèle de mise en relation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Closest relationships first: people there, the people who introduced you to them, people who worked there, and people who worked beside someone there</source>
        <translation>Les relations les plus proches d&apos;abord&#xa0;: les personnes qui y travaillent, celles qui vous les ont présentées, celles qui y ont travaillé, et celles qui ont travaillé avec quelqu&apos;un de là-bas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No companies yet&lt;/h2&gt;Companies appear here from your contacts&apos; workplaces and your opportunities.</source>
        <translation>&lt;h2&gt;Pas encore d&apos;entreprises&lt;/h2&gt;Les entreprises apparaissent ici à partir des employeurs de vos contacts et de vos opportunités.</translation>
    </message>
    <message>
        <source>&lt;b&gt;People there&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Personnes sur place&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Opportunities&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Opportunités&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who could introduce you&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Qui peut vous présenter&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>Works there</source>
        <translation>Y travaille</translation>
    </message>
    <message>
        <source>introduced you to {0}</source>
        <translation>vous a présenté à {0}</translation>
    </message>
    <message>
        <source>Worked there</source>
        <translation>Y a travaillé</translation>
    </message>
    <message>
        <source>worked with {0} at {1}</source>
        <translation>a travaillé avec {0} chez {1}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>{what}. Save your version over it, or keep the other one and drop your edits?</source>
        <translation>{what}. Enregistrer votre version à sa place, ou garder l&apos;autre et abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>Enregistrer la mienne</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder l&apos;autre</translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <source>Chats</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Select a contact to see your chats with them.</source>
        <translation>Choisissez un contact pour voir vos échanges.</translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation>présenté par {name}</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherches</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>e.g. fintech, Rust, Paris</source>
        <translation>p. ex. fintech, Rust, Paris</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>En contact depuis le</translation>
    </message>
    <message>
        <source>Their projects, talks, publications — read before a coffee chat.</source>
        <translation>Ses projets, interventions, publications — à lire avant un café.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>How you know them</source>
        <translation>Comment vous vous connaissez</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Étape de la relation</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Garder le contact tous les</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>Give at least a first or a last name.</source>
        <translation>Indiquez au moins un prénom ou un nom.</translation>
    </message>
    <message>
        <source>The email address does not look right (name@example.com).</source>
        <translation>L&apos;adresse e-mail ne semble pas correcte (nom@exemple.fr).</translation>
    </message>
    <message>
        <source>The LinkedIn URL does not look like a web address.</source>
        <translation>L&apos;URL LinkedIn ne ressemble pas à une adresse web.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>A contact with the same email or LinkedIn profile is already in your journal:
{names}

Save this one anyway?</source>
        <translation>Un contact avec la même adresse e-mail ou le même profil LinkedIn est déjà dans votre journal&#xa0;:
{names}

Enregistrer celui-ci quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ContactOpportunitiesPanel</name>
    <message>
        <source>New opportunity…</source>
        <translation>Nouvelle opportunité…</translation>
    </message>
    <message>
        <source>An opportunity at their company, referred by them</source>
        <translation>Une opportunité dans son entreprise, sur sa recommandation</translation>
    </message>
    <message>
        <source>Why it&apos;s here</source>
        <translation>Pourquoi elle est là</translation>
    </message>
    <message>
        <source>No opportunity through them or at their company yet.</source>
        <translation>Aucune opportunité par cette personne ou dans son entreprise pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Opportunities&lt;/b&gt; ({0})</source>
        <translation>&lt;b&gt;Opportunités&lt;/b&gt; ({0})</translation>
    </message>
    <message>
        <source>Referred you</source>
        <translation>Vous a recommandé</translation>
    </message>
    <message>
        <source>Through them</source>
        <translation>Par son intermédiaire</translation>
    </message>
    <message>
        <source>At their company</source>
        <translation>Dans son entreprise</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Name or company…</source>
        <translation>Nom ou entreprise…</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Relance en retard</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search name, company, title, email, tags, notes (Ctrl+F)</source>
        <translation>Chercher nom, entreprise, poste, e-mail, mots-clés, notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Voir les archivés</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>New contact (Ctrl+N)</source>
        <translation>Nouveau contact (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Log a chat…</source>
        <translation>Nouvel échange…</translation>
    </message>
    <message>
        <source>Log a chat with the selected contact (Ctrl+L)</source>
        <translation>Noter un échange avec le contact sélectionné (Ctrl+L)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archived 1 contact.</source>
        <translation>1 contact archivé.</translation>
    </message>
    <message>
        <source>Archived {n} contacts.</source>
        <translation>{n} contacts archivés.</translation>
    </message>
    <message>
        <source>Tick “Show archived” to bring them back.</source>
        <translation>Cochez «&#xa0;Voir les archivés&#xa0;» pour les retrouver.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>Referrals they made stay in your pipeline as networking, with a note naming them: {list}</source>
        <translation>Les recommandations faites par ces personnes restent dans vos opportunités, en canal réseau, avec une note qui les nomme&#xa0;: {list}</translation>
    </message>
    <message>
        <source>These people will no longer show who introduced them: {list}</source>
        <translation>Ces personnes n&apos;indiqueront plus qui vous les a présentées&#xa0;: {list}</translation>
    </message>
    <message>
        <source>Delete this contact and their whole chat log?</source>
        <translation>Supprimer ce contact et tous ses échanges&#xa0;?</translation>
    </message>
    <message>
        <source>Delete these {n} contacts and their whole chat logs?</source>
        <translation>Supprimer ces {n} contacts et tous leurs échanges&#xa0;?</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) brings them back; archive instead to keep them out of sight.</source>
        <translation>Édition ▸ Annuler (Ctrl+Z) les fait revenir&#xa0;; archivez plutôt pour simplement les masquer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted 1 contact.</source>
        <translation>1 contact supprimé.</translation>
    </message>
    <message>
        <source>Deleted {n} contacts.</source>
        <translation>{n} contacts supprimés.</translation>
    </message>
    <message>
        <source>Ctrl+Z brings them back.</source>
        <translation>Ctrl+Z les fait revenir.</translation>
    </message>
</context>
<context>
    <name>ContactsPreview</name>
    <message>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Network Journal</source>
        <translation>Network Journal</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Network Journal hit an unexpected error. Your journal is safe: the change in progress was not saved.</source>
        <translation>Network Journal a rencontré une erreur inattendue. Votre journal ne risque rien&#xa0;: la modification en cours n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Details were written to:
{path}</source>
        <translation>Les détails ont été écrits dans&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>DayReminder</name>
    <message>
        <source>1 thing is due today.</source>
        <translation>1 chose à faire aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>{n} things are due today.</source>
        <translation>{n} choses à faire aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Network Journal</source>
        <translation>Network Journal</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>That passphrase does not open {path}. Recovery passphrase:</source>
        <translation>Cette phrase secrète n&apos;ouvre pas {path}. Phrase secrète de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>{path} is encrypted and no keychain holds its key. Recovery passphrase:</source>
        <translation>{path} est chiffré et aucun trousseau ne garde sa clé. Phrase secrète de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>{problem}. Recovery passphrase:</source>
        <translation>{problem}. Phrase secrète de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encrypt this journal…</source>
        <translation>&amp;Chiffrer ce journal…</translation>
    </message>
    <message>
        <source>This journal is already encrypted, or lives on a server.</source>
        <translation>Ce journal est déjà chiffré, ou se trouve sur un serveur.</translation>
    </message>
    <message>
        <source>Encrypt this journal and its backups? Someone who gets the file (a lost laptop, a copied backup) cannot read it without the key.

A recovery passphrase is shown once: write it down and keep it away from this computer.</source>
        <translation>Chiffrer ce journal et ses sauvegardes&#xa0;? Qui mettrait la main sur le fichier (un ordinateur perdu, une sauvegarde copiée) ne pourrait pas le lire sans la clé.

Une phrase secrète de récupération s&apos;affiche une seule fois&#xa0;: notez-la et gardez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Encrypting the journal…</source>
        <translation>Chiffrement du journal…</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keychain.</source>
        <translation>La clé est gardée dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer has no keychain: the passphrase is asked at every start.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau&#xa0;: la phrase secrète sera demandée à chaque démarrage.</translation>
    </message>
    <message>
        <source>The journal is encrypted. Its recovery passphrase, shown this once:</source>
        <translation>Le journal est chiffré. Sa phrase secrète de récupération, affichée cette seule fois&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>What do you want to export?</source>
        <translation>Que voulez-vous exporter&#xa0;?</translation>
    </message>
    <message>
        <source>CSV files open in Excel and LibreOffice with accents intact, and can be imported back after editing.</source>
        <translation>Les fichiers CSV s&apos;ouvrent dans Excel et LibreOffice avec les accents intacts, et peuvent être réimportés après modification.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview — {name}</source>
        <translation>Aperçu de l&apos;import — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: {name}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{count} contacts changed job or title: a note will be added to their chat log.</source>
        <translation>{count} contacts ont changé de poste ou d&apos;intitulé&#xa0;: une note sera ajoutée à leurs échanges.</translation>
    </message>
    <message>
        <source>Stages moved forward: {moves}.</source>
        <translation>Étapes franchies&#xa0;: {moves}.</translation>
    </message>
    <message>
        <source>{n} to {stage}</source>
        <translation>{n} vers «&#xa0;{stage}&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Rows that need a look (new, updated, duplicates, rejected)</source>
        <translation>Lignes à vérifier (nouvelles, mises à jour, doublons, rejetées)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the journal.</source>
        <translation>Rien à importer&#xa0;: toutes les lignes sont déjà dans le journal.</translation>
    </message>
    <message>
        <source>No rows to show.</source>
        <translation>Aucune ligne à afficher.</translation>
    </message>
</context>
<context>
    <name>JournalLock</name>
    <message>
        <source>This journal is already open in another Network Journal window: it was brought to the front.</source>
        <translation>Ce journal est déjà ouvert dans une autre fenêtre de Network Journal&#xa0;: elle a été mise au premier plan.</translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>Aucune carte</translation>
    </message>
    <message>
        <source>Hide closed columns</source>
        <translation>Masquer les colonnes closes</translation>
    </message>
    <message>
        <source>Show closed columns</source>
        <translation>Afficher les colonnes closes</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>+{0} de plus</translation>
    </message>
    <message>
        <source>Showing the {0} most recent of {1}; click to show more, or type in the filter</source>
        <translation>Affichage des {0} plus récentes sur {1}&#xa0;; cliquez pour en voir plus, ou tapez dans le filtre</translation>
    </message>
    <message>
        <source>Closed ({0})</source>
        <translation>Closes ({0})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Phone contact</source>
        <translation>Contact du téléphone</translation>
    </message>
    <message>
        <source>LinkedIn 1st degree</source>
        <translation>LinkedIn 1er niveau</translation>
    </message>
    <message>
        <source>LinkedIn 2nd degree</source>
        <translation>LinkedIn 2e niveau</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Mise en relation</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation>Alumni</translation>
    </message>
    <message>
        <source>LinkedIn messages or invitations</source>
        <translation>Messages ou invitations LinkedIn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Connection request</source>
        <translation>Demande de connexion</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Coffee chat</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Cooptation</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>I reached out</source>
        <translation>J&apos;ai pris contact</translation>
    </message>
    <message>
        <source>They replied</source>
        <translation>On m&apos;a répondu</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Repéré</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Demande envoyée</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>En contact</translation>
    </message>
    <message>
        <source>Chat planned</source>
        <translation>Échange prévu</translation>
    </message>
    <message>
        <source>Chatted</source>
        <translation>Échange réalisé</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <source>Cold application</source>
        <translation>Candidature spontanée</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Postulé</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>Move on the relationship board</source>
        <translation>Déplacer sur le tableau des relations</translation>
    </message>
    <message>
        <source>Log chat</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Edit chat</source>
        <translation>Modifier l&apos;échange</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Supprimer l&apos;échange</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Relance faite</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Marquer acceptée</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Save opportunity</source>
        <translation>Enregistrer l&apos;opportunité</translation>
    </message>
    <message>
        <source>Move opportunity</source>
        <translation>Déplacer l&apos;opportunité</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Supprimer l&apos;opportunité</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Add win</source>
        <translation>Ajouter une victoire</translation>
    </message>
    <message>
        <source>Delete win</source>
        <translation>Supprimer une victoire</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Sample journal</source>
        <translation>Journal d&apos;exemple</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Quit Network Journal</source>
        <translation>Quitter Network Journal</translation>
    </message>
    <message>
        <source>An import or export is still running. Stop it and quit? Nothing of it will be saved.</source>
        <translation>Un import ou un export est encore en cours. L&apos;arrêter et quitter&#xa0;? Rien n&apos;en sera enregistré.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <source>Journal: {url}</source>
        <translation>Journal&#xa0;: {url}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open the &amp;sample journal</source>
        <translation>Ouvrir le journal d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;Log a chat…</source>
        <translation>No&amp;ter un échange…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;About Network Journal</source>
        <translation>À &amp;propos de Network Journal</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation>Rétabli&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Annulé&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir&#xa0;: {what}</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>About Network Journal</source>
        <translation>À propos de Network Journal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Network Journal {version}&lt;/h3&gt;&lt;p&gt;A journal for a job search run on relationships: keep your network, reach out with short personal notes, hold coffee chats, follow up — and watch opportunities grow out of those relationships.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Network Journal {version}&lt;/h3&gt;&lt;p&gt;Un journal pour une recherche d&apos;emploi fondée sur les relations&#xa0;: entretenez votre réseau, prenez contact avec des notes courtes et personnelles, proposez des cafés, relancez — et voyez les opportunités naître de ces relations.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Chat log</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Open on &amp;Today when something is due</source>
        <translation>Ouvrir sur «&#xa0;&amp;Aujourd&apos;hui&#xa0;» quand quelque chose est à faire</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>The second contact&apos;s chats, stage history and referred opportunities move to the first; blank details of the first are filled in; then the second is deleted.</source>
        <translation>Les échanges, l&apos;historique des étapes et les opportunités recommandées du second contact passent au premier&#xa0;; les champs vides du premier sont complétés&#xa0;; puis le second est supprimé.</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Garder&#xa0;:</translation>
    </message>
    <message>
        <source>Merge &amp;into it and remove:</source>
        <translation>Y &amp;fusionner et retirer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Choose two different contacts.</source>
        <translation>Choisissez deux contacts différents.</translation>
    </message>
    <message>
        <source>Merge “{drop}” into “{keep}”? “{drop}” will be removed.</source>
        <translation>Fusionner «&#xa0;{drop}&#xa0;» dans «&#xa0;{keep}&#xa0;»&#xa0;? «&#xa0;{drop}&#xa0;» sera retiré.</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
</context>
<context>
    <name>MessageTextChoice</name>
    <message>
        <source>&amp;Messages keep:</source>
        <translation>Des &amp;messages, garder&#xa0;:</translation>
    </message>
    <message>
        <source>their whole text</source>
        <translation>le texte entier</translation>
    </message>
    <message>
        <source>a one-line summary</source>
        <translation>un résumé d&apos;une ligne</translation>
    </message>
    <message>
        <source>no text (the day and who wrote only)</source>
        <translation>aucun texte (seulement le jour et l&apos;auteur)</translation>
    </message>
    <message>
        <source>Messages stay on this computer either way; choose what the journal keeps.</source>
        <translation>Les messages restent de toute façon sur cet ordinateur&#xa0;; choisissez ce que le journal en garde.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Annulation impossible</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Edit opportunity</source>
        <translation>Modifier l&apos;opportunité</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <source>e.g. Backend engineer</source>
        <translation>p. ex. Développeuse backend</translation>
    </message>
    <message>
        <source>Application sent on</source>
        <translation>Candidature envoyée le</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Re&amp;ferrer</source>
        <translation>&amp;Parrain</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique des étapes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Pick the referrer among your contacts (start typing a name), or leave the field empty.</source>
        <translation>Choisissez votre parrain parmi vos contacts (commencez à taper un nom), ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>An opportunity needs a company.</source>
        <translation>Une opportunité a besoin d&apos;une entreprise.</translation>
    </message>
    <message>
        <source>A referral needs a referrer: pick the contact who referred you.</source>
        <translation>Une cooptation a besoin d&apos;un parrain&#xa0;: choisissez le contact qui vous a recommandé.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Supprimer l&apos;opportunité</translation>
    </message>
    <message>
        <source>Delete {company} — {role} and its stage history?</source>
        <translation>Supprimer {company} — {role} et son historique des étapes&#xa0;?</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>poste non précisé</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Referrer: {0}</source>
        <translation>Parrain&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{stage} for {days}</source>
        <translation>{stage} depuis {days}</translation>
    </message>
    <message>
        <source>Applied on {0}</source>
        <translation>Candidature le {0}</translation>
    </message>
    <message>
        <source>No news for a while: follow up, or mark it ghosted.</source>
        <translation>Pas de nouvelles depuis un moment&#xa0;: relancez, ou classez-la sans nouvelles.</translation>
    </message>
    <message>
        <source>via {0}</source>
        <translation>via {0}</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Filter by company, role or referrer</source>
        <translation>Filtrer par entreprise, poste ou parrain</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Cards waiting on a company this long are marked stale</source>
        <translation>Les cartes qui attendent une entreprise depuis aussi longtemps sont marquées inactives</translation>
    </message>
    <message>
        <source>Mark &amp;ghosted</source>
        <translation>&amp;Classer sans nouvelles</translation>
    </message>
    <message>
        <source>Move the selected card to Ghosted</source>
        <translation>Passer la carte sélectionnée en «&#xa0;Sans nouvelles&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;New opportunity</source>
        <translation>&amp;Nouvelle opportunité</translation>
    </message>
    <message>
        <source>New opportunity (Ctrl+Shift+N)</source>
        <translation>Nouvelle opportunité (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>Inactive après</translation>
    </message>
    <message>
        <source>Drop a card here</source>
        <translation>Déposez une carte ici</translation>
    </message>
    <message>
        <source>&lt;b&gt;No opportunities yet.&lt;/b&gt; Add the roles you are curious about — the ones your contacts mention first. Drag a card to the next column as it moves along.</source>
        <translation>&lt;b&gt;Pas encore d&apos;opportunités.&lt;/b&gt; Ajoutez les postes qui vous intéressent — d&apos;abord ceux dont vos contacts vous parlent. Faites glisser une carte vers la colonne suivante à mesure qu&apos;elle avance.</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Déplacement impossible</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Supprimer l&apos;opportunité</translation>
    </message>
    <message>
        <source>Delete {company} — {role} and its stage history?</source>
        <translation>Supprimer {company} — {role} et son historique des étapes&#xa0;?</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>poste non précisé</translation>
    </message>
    <message>
        <source>Move 1 stale opportunity to Ghosted?</source>
        <translation>Passer 1 opportunité inactive en «&#xa0;Sans nouvelles&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Move {n} stale opportunities to Ghosted?</source>
        <translation>Passer {n} opportunités inactives en «&#xa0;Sans nouvelles&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Mark stale opportunities ghosted</source>
        <translation>Classer les opportunités inactives sans nouvelles</translation>
    </message>
    <message>
        <source>Each move is kept in its history; drag a card back if they write again.</source>
        <translation>Chaque déplacement est gardé dans l&apos;historique&#xa0;; faites revenir la carte si l&apos;entreprise vous recontacte.</translation>
    </message>
    <message>
        <source>{n} stale</source>
        <translation>Inactives&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Mark stale ghosted…</source>
        <translation>Classer les inactives sans nouvelles…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>PipelineTables</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <source>In stage</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Good open questions</source>
        <translation>De bonnes questions ouvertes</translation>
    </message>
    <message>
        <source>(tick those you asked, note what they said)</source>
        <translation>(cochez celles posées, notez les réponses)</translation>
    </message>
    <message>
        <source>Add a &amp;question of your own…</source>
        <translation>Ajouter une &amp;question à vous…</translation>
    </message>
    <message>
        <source>Their answer, in a few words</source>
        <translation>Sa réponse, en quelques mots</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>An open question about their work, proposed for every chat to come:</source>
        <translation>Une question ouverte sur son travail, proposée pour tous les prochains échanges&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RelationshipBoardPage</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Filter by name, company or title</source>
        <translation>Filtrer par nom, entreprise ou poste</translation>
    </message>
    <message>
        <source>Logging chats moves people forward by itself; drag a card to correct a stage by hand.</source>
        <translation>Noter vos échanges fait avancer les personnes toutes seules&#xa0;; faites glisser une carte pour corriger une étape à la main.</translation>
    </message>
    <message>
        <source>Nobody here yet</source>
        <translation>Personne ici pour l&apos;instant</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Chargement des contacts…</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Déplacement impossible</translation>
    </message>
    <message>
        <source>&amp;Log a chat…</source>
        <translation>No&amp;ter un échange…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>{problem}

Restore the newest backup that is sound, from {when}? The damaged journal is kept beside the backups.</source>
        <translation>{problem}

Restaurer la sauvegarde saine la plus récente, du {when}&#xa0;? Le journal endommagé est conservé à côté des sauvegardes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language and theme change at the next start.</source>
        <translation>La langue et le thème changent au prochain démarrage.</translation>
    </message>
    <message>
        <source>Open on &amp;Today when something is due</source>
        <translation>Ouvrir sur «&#xa0;&amp;Aujourd&apos;hui&#xa0;» quand quelque chose est à faire</translation>
    </message>
    <message>
        <source>LinkedIn &amp;account:</source>
        <translation>&amp;Compte LinkedIn&#xa0;:</translation>
    </message>
    <message>
        <source>Free (notes up to {n} characters)</source>
        <translation>Gratuit (notes de {n} caractères au plus)</translation>
    </message>
    <message>
        <source>Premium (notes up to {n} characters)</source>
        <translation>Premium (notes de {n} caractères au plus)</translation>
    </message>
    <message>
        <source>Opportunities &amp;stale after:</source>
        <translation>Opportunités &amp;inactives après&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>new contacts</source>
        <translation>nouveaux contacts</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>échanges</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>relances</translation>
    </message>
    <message>
        <source>Weekly goal: {what}</source>
        <translation>Objectif par semaine&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Weekly &amp;goals:</source>
        <translation>&amp;Objectifs par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Sauvegardes conservées&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic copies of the journal (before each import and once a day); the oldest go first.</source>
        <translation>Copies automatiques du journal (avant chaque import et une fois par jour)&#xa0;; les plus anciennes partent en premier.</translation>
    </message>
    <message>
        <source>LinkedIn &amp;messages keep:</source>
        <translation>Des &amp;messages LinkedIn, garder&#xa0;:</translation>
    </message>
    <message>
        <source>their whole text</source>
        <translation>le texte entier</translation>
    </message>
    <message>
        <source>a one-line summary</source>
        <translation>un résumé d&apos;une ligne</translation>
    </message>
    <message>
        <source>no text (the day and who wrote only)</source>
        <translation>aucun texte (seulement le jour et l&apos;auteur)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Password for {journal}:</source>
        <translation>Mot de passe de {journal}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Fill the notes from a template for this contact</source>
        <translation>Remplir les notes à partir d&apos;un modèle pour ce contact</translation>
    </message>
    <message>
        <source>Save as t&amp;emplate…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>Keep this note as a template of your own</source>
        <translation>Garder cette note comme modèle personnel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this template of yours</source>
        <translation>Supprimer ce modèle personnel</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>{title} (yours)</source>
        <translation>{title} (à vous)</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name of the template (the same name replaces it):</source>
        <translation>Nom du modèle (le même nom le remplace)&#xa0;:</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Impossible d&apos;enregistrer le modèle</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “{title}”? (Edit ▸ Undo brings it back.)</source>
        <translation>Supprimer le modèle «&#xa0;{title}&#xa0;»&#xa0;? (Édition ▸ Annuler le fait revenir.)</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Suppression impossible</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Did this chat happen? Done, reschedule or cancel it</source>
        <translation>Cet échange a-t-il eu lieu&#xa0;? Marquez-le fait, reportez-le ou annulez-le</translation>
    </message>
    <message>
        <source>Chat today</source>
        <translation>Échange aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Send a thank-you</source>
        <translation>Envoyer un remerciement</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>No answer to your connection request yet</source>
        <translation>Pas encore de réponse à votre demande de connexion</translation>
    </message>
    <message>
        <source>No news: follow up, or mark it ghosted</source>
        <translation>Pas de nouvelles&#xa0;: relancez, ou classez-la sans nouvelles</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing due today.&lt;/b&gt; A good day to reach out to someone new: a short, personal note, no request for their time yet.</source>
        <translation>&lt;b&gt;Rien à faire aujourd&apos;hui.&lt;/b&gt; Une bonne journée pour prendre contact avec quelqu&apos;un de nouveau&#xa0;: une note courte et personnelle, sans encore demander de son temps.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>Do what the item asks (Enter)</source>
        <translation>Faire ce que demande l&apos;élément (Entrée)</translation>
    </message>
    <message>
        <source>Snooze a &amp;day</source>
        <translation>Reporter d&apos;un &amp;jour</translation>
    </message>
    <message>
        <source>Snooze a &amp;week</source>
        <translation>Reporter d&apos;une &amp;semaine</translation>
    </message>
    <message>
        <source>Snooze &amp;until…</source>
        <translation>Reporter &amp;jusqu&apos;au…</translation>
    </message>
    <message>
        <source>Hide it until a day you choose (Ctrl+U)</source>
        <translation>Le masquer jusqu&apos;au jour choisi (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Replanifier…</translation>
    </message>
    <message>
        <source>Move the chat to another day (Ctrl+R)</source>
        <translation>Déplacer l&apos;échange à un autre jour (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel the chat</source>
        <translation>A&amp;nnuler l&apos;échange</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Today, {day}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aujourd&apos;hui, {day}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Depuis le {day}</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Reporter jusqu&apos;au</translation>
    </message>
    <message>
        <source>Hide “{what}” until the morning of:</source>
        <translation>Masquer «&#xa0;{what}&#xa0;» jusqu&apos;au matin du&#xa0;:</translation>
    </message>
    <message>
        <source>Reschedule the chat</source>
        <translation>Replanifier l&apos;échange</translation>
    </message>
    <message>
        <source>The chat with {who} happens on:</source>
        <translation>L&apos;échange avec {who} aura lieu le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>1 possible duplicate among them</source>
        <translation>dont 1 doublon possible</translation>
    </message>
    <message>
        <source>{n} possible duplicates among them</source>
        <translation>dont {n} doublons possibles</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} nouveaux</translation>
    </message>
    <message>
        <source>Imported: {new}, {updated} updated, {unchanged} unchanged, {rejected} skipped.</source>
        <translation>Importé&#xa0;: {new}, {updated} mis à jour, {unchanged} inchangés, {rejected} ignorés.</translation>
    </message>
    <message>
        <source>{new} · {updated} updated · {unchanged} already up to date · {rejected} rejected</source>
        <translation>{new} · {updated} mis à jour · {unchanged} déjà à jour · {rejected} rejetés</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>{n} of your {total} connection notes asked for a coffee or a call: a connection note only asks to connect.</source>
        <translation>{n} de vos {total} notes d&apos;invitation proposaient un café ou un appel&#xa0;: une note d&apos;invitation demande seulement à être en contact.</translation>
    </message>
    <message>
        <source>Messages you sent to groups are left out (not personal outreach): {n}.</source>
        <translation>Messages envoyés à des groupes laissés de côté (pas une prise de contact personnelle)&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>Into the chat log: {requests} connection requests and {days} conversation-days of messages ({messages} messages).</source>
        <translation>Dans les échanges&#xa0;: {requests} invitations et {days} journées de conversation ({messages} messages).</translation>
    </message>
    <message>
        <source>Files of the archive not read: {names}.</source>
        <translation>Fichiers de l&apos;archive non lus&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Your own profile could not be found in the archive: its messages are left out.</source>
        <translation>Votre propre profil est introuvable dans l&apos;archive&#xa0;: ses messages sont laissés de côté.</translation>
    </message>
    <message>
        <source>Contacts (CSV)</source>
        <translation>Contacts (CSV)</translation>
    </message>
    <message>
        <source>Chat log (CSV)</source>
        <translation>Échanges (CSV)</translation>
    </message>
    <message>
        <source>Pipeline (CSV)</source>
        <translation>Opportunités (CSV)</translation>
    </message>
    <message>
        <source>All three CSV files into a folder</source>
        <translation>Les trois fichiers CSV dans un dossier</translation>
    </message>
    <message>
        <source>Planned chats and follow-ups as a calendar (.ics)</source>
        <translation>Échanges prévus et relances en agenda (.ics)</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Merge contacts…</source>
        <translation>&amp;Fusionner des contacts…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contacts and LinkedIn archives (*.csv *.vcf *.vcard *.txt *.tsv *.zip);;All files (*)</source>
        <translation>Contacts et archives LinkedIn (*.csv *.vcf *.vcard *.txt *.tsv *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a &amp;folder (an export, a LinkedIn archive)…</source>
        <translation>Importer un &amp;dossier (un export, une archive LinkedIn)…</translation>
    </message>
    <message>
        <source>Import a folder: a Network Journal export or LinkedIn&apos;s archive unzipped</source>
        <translation>Importer un dossier&#xa0;: un export de Network Journal ou l&apos;archive LinkedIn décompressée</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Cannot import {name}</source>
        <translation>Impossible d&apos;importer {name}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>Import cancelled: the journal is unchanged.</source>
        <translation>Import annulé&#xa0;: le journal n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Export everything into a folder</source>
        <translation>Tout exporter dans un dossier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}.</source>
        <translation>{count} lignes exportées dans {path}.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Merged {removed} into {kept}.</source>
        <translation>{removed} fusionné dans {kept}.</translation>
    </message>
    <message>
        <source>Nothing was written: the journal is unchanged.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: le journal n&apos;a pas changé.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Network Journal</source>
        <translation>Bienvenue dans Network Journal</translation>
    </message>
    <message>
        <source>Interviews come from people who think of you when a role opens, not from the 500th résumé in an applicant-tracking system. Start from the people you already know, reach out with a short personal note, hold coffee chats with good open questions and follow up — this journal keeps that loop going every day.</source>
        <translation>Les entretiens viennent de personnes qui pensent à vous quand un poste s&apos;ouvre, pas du 500e CV dans un logiciel de recrutement. Partez des personnes que vous connaissez déjà, prenez contact avec une note courte et personnelle, proposez des cafés avec de bonnes questions ouvertes et relancez — ce journal fait tourner cette boucle chaque jour.</translation>
    </message>
    <message>
        <source>Add my first contact</source>
        <translation>Ajouter mon premier contact</translation>
    </message>
    <message>
        <source>Open the sample journal</source>
        <translation>Ouvrir le journal d&apos;exemple</translation>
    </message>
    <message>
        <source>Tip: File ▸ Import contacts… (Ctrl+I) brings in LinkedIn connections and phone contacts.</source>
        <translation>Astuce&#xa0;: Fichier ▸ Importer des contacts… (Ctrl+I) fait venir vos relations LinkedIn et les contacts de votre téléphone.</translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <source>Add a win</source>
        <translation>Ajouter une victoire</translation>
    </message>
    <message>
        <source>Marie introduced me to the payments team</source>
        <translation>Marie m&apos;a présenté à l&apos;équipe paiements</translation>
    </message>
    <message>
        <source>Good news</source>
        <translation>Bonne nouvelle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>WinsPanel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Good news</source>
        <translation>Bonne nouvelle</translation>
    </message>
    <message>
        <source>Keep the good news here: an introduction made, a kind reply, an interview invitation. On a slow week, they are worth reading again.</source>
        <translation>Gardez ici les bonnes nouvelles&#xa0;: une mise en relation, une réponse bienveillante, une invitation à un entretien. Les semaines creuses, elles valent la peine d&apos;être relues.</translation>
    </message>
    <message>
        <source>&amp;Add a win…</source>
        <translation>&amp;Ajouter une victoire…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the win selected (Delete)</source>
        <translation>Supprimer la victoire sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wins&lt;/b&gt;</source>
        <translation>&lt;b&gt;Victoires&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(1 this week)</source>
        <translation>(1 cette semaine)</translation>
    </message>
    <message>
        <source>({n} this week)</source>
        <translation>({n} cette semaine)</translation>
    </message>
</context>
</TS>
