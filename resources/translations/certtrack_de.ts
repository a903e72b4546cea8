<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountController</name>
    <message>
        <source>The local copy of this account cannot be stored (%1); it is kept in memory until you quit.</source>
        <translation>Die lokale Kopie dieses Kontos kann nicht gespeichert werden (%1); sie wird bis zum Beenden im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The local copy of this account could not be read and will be fetched again (%1).</source>
        <translation>Die lokale Kopie dieses Kontos konnte nicht gelesen werden und wird neu abgerufen (%1).</translation>
    </message>
    <message>
        <source>Saved sign-ins are not used in this mode. Sign in with your password.</source>
        <translation>Gespeicherte Anmeldungen werden in diesem Modus nicht verwendet. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>No saved sign-in was found for %1. Sign in with your password.</source>
        <translation>Für %1 wurde keine gespeicherte Anmeldung gefunden. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>You will need to sign in again next time: %1</source>
        <translation>Beim nächsten Mal müssen Sie sich erneut anmelden: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>AccountMappingDialog</name>
    <message>
        <source>First time signing in</source>
        <translation>Erstmalige Anmeldung</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>First time signing in?</source>
        <translation>Zum ersten Mal hier?</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>The system will send an email that includes a link which will allow you to set your password and obtain your login ID. The email address we have on file is most commonly the same one you supplied the last time you took an exam.</source>
        <translation>Das System sendet Ihnen eine E-Mail mit einem Link, über den Sie Ihr Passwort festlegen und Ihre Anmelde-ID erhalten. Die bei uns hinterlegte E-Mail-Adresse ist meist dieselbe, die Sie bei Ihrer letzten Prüfung angegeben haben.</translation>
    </message>
    <message>
        <source>By email address</source>
        <translation>Per E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Submit email address</source>
        <translation>E-Mail-Adresse absenden</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Please use your email address to begin the process. If, for some reason, you cannot use the email address you last used to take an exam, you may instead use your score report to begin the process.</source>
        <translation>Beginnen Sie bitte mit Ihrer E-Mail-Adresse. Falls Sie die E-Mail-Adresse Ihrer letzten Prüfung nicht verwenden können, können Sie stattdessen Ihren Prüfungsbericht verwenden.</translation>
    </message>
    <message>
        <source>By score report</source>
        <translation>Per Prüfungsbericht</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registrierungsnummer</translation>
    </message>
    <message>
        <source>The registration number printed on your score report.</source>
        <translation>Die Registrierungsnummer auf Ihrem Prüfungsbericht.</translation>
    </message>
    <message>
        <source>New email address</source>
        <translation>Neue E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Submit score report</source>
        <translation>Prüfungsbericht absenden</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>&amp;Nachname *:</translation>
    </message>
    <message>
        <source>&amp;Registration number *:</source>
        <translation>&amp;Registrierungsnummer *:</translation>
    </message>
    <message>
        <source>&amp;New email address *:</source>
        <translation>Neue E-&amp;Mail-Adresse *:</translation>
    </message>
    <message>
        <source>Please enter the requested data from your score report to begin the process. When this method is successful, the matched account will have its email address updated to the one supplied below.</source>
        <translation>Geben Sie bitte die angeforderten Daten aus Ihrem Prüfungsbericht ein. Ist der Abgleich erfolgreich, erhält das gefundene Konto die unten angegebene E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Login ID or email address</source>
        <translation>Anmelde-ID oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Send a link</source>
        <translation>Link senden</translation>
    </message>
    <message>
        <source>&amp;Login ID or email:</source>
        <translation>&amp;Anmelde-ID oder E-Mail:</translation>
    </message>
    <message>
        <source>Enter your login ID or the email address of your account. We will send a link to that account&apos;s email address that lets you choose a new password.</source>
        <translation>Geben Sie Ihre Anmelde-ID oder die E-Mail-Adresse Ihres Kontos ein. Wir senden einen Link an die E-Mail-Adresse dieses Kontos, mit dem Sie ein neues Passwort wählen können.</translation>
    </message>
    <message>
        <source>Check your email; the link expires in 24 hours.</source>
        <translation>Prüfen Sie Ihre E-Mails; der Link ist 24 Stunden gültig.</translation>
    </message>
    <message>
        <source>Open the link to choose your password; the page shows your login ID. Then sign in here with that login ID and the new password. If the email does not arrive within 2 hours, check that it was not flagged as spam before contacting support.</source>
        <translation>Öffnen Sie den Link, um Ihr Passwort zu wählen; die Seite zeigt Ihre Anmelde-ID. Melden Sie sich dann hier mit dieser Anmelde-ID und dem neuen Passwort an. Kommt die E-Mail nicht innerhalb von 2 Stunden an, sehen Sie im Spam-Ordner nach, bevor Sie sich an den Support wenden.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Send the link again</source>
        <translation>Link erneut senden</translation>
    </message>
    <message>
        <source>The link was sent again. Use the newest email.</source>
        <translation>Der Link wurde erneut gesendet. Verwenden Sie die neueste E-Mail.</translation>
    </message>
    <message>
        <source>A link was sent to %1, the email address we have on file.</source>
        <translation>Ein Link wurde an %1 gesendet, die bei uns hinterlegte E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Your score report matched. The account&apos;s email address is now %1, and a link was sent there.</source>
        <translation>Ihr Prüfungsbericht wurde zugeordnet. Die E-Mail-Adresse des Kontos ist jetzt %1, und ein Link wurde dorthin gesendet.</translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a link was sent to that account&apos;s email address.</source>
        <translation>Falls %1 zu einem Konto gehört, wurde ein Link an die E-Mail-Adresse dieses Kontos gesendet.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes before trying again.</source>
        <translation>Zu viele Versuche. Warten Sie einige Minuten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many attempts. You can try again in %1.</source>
        <translation>Zu viele Versuche. Sie können es in %1 erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The CA file %1 could not be read as PEM certificates.</source>
        <translation>Die CA-Datei %1 konnte nicht als PEM-Zertifikate gelesen werden.</translation>
    </message>
    <message>
        <source>The server address %1 is not a valid https:// URL.</source>
        <translation>Die Serveradresse %1 ist keine gültige https://-URL.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is too large (over %n MB).</source>
        <translation>
            <numerusform>Die Antwort des Servers ist zu groß (über %n MB).</numerusform>
            <numerusform>Die Antwort des Servers ist zu groß (über %n MB).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in.</source>
        <translation>Der Server akzeptiert diese Anmeldung nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If %2 uses its own certificate authority, give its CA file.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1). Verwendet %2 eine eigene Zertifizierungsstelle, geben Sie deren CA-Datei an.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2).</source>
        <translation>Der Server unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 broke off (%2).</source>
        <translation>Die Verbindung zu %1 ist abgebrochen (%2).</translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>&amp;Update/Confirm</source>
        <translation>&amp;Aktualisieren/Bestätigen</translation>
    </message>
    <message>
        <source>Candidate Attributes</source>
        <translation>Kandidatenattribute</translation>
    </message>
    <message>
        <source>The numbers and titles recorded for your account. You can only change your job title here.</source>
        <translation>Die für Ihr Konto gespeicherten Nummern und Titel. Hier können Sie nur Ihre Berufsbezeichnung ändern.</translation>
    </message>
    <message>
        <source>Your attributes were changed elsewhere since this page loaded them, so your change was not saved. What you typed is still shown below. Reload to see the saved values, then make your change again.</source>
        <translation>Ihre Attribute wurden an anderer Stelle geändert, seit diese Seite sie geladen hat; Ihre Änderung wurde daher nicht gespeichert. Ihre Eingabe wird unten weiter angezeigt. Laden Sie neu, um die gespeicherten Werte zu sehen, und nehmen Sie die Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>Reload attributes</source>
        <translation>Attribute neu laden</translation>
    </message>
    <message>
        <source>Update and confirm attributes</source>
        <translation>Attribute aktualisieren und bestätigen</translation>
    </message>
    <message>
        <source>%1 needs 1 to %2 characters.</source>
        <translation>%1 braucht 1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 cannot contain control characters.</source>
        <translation>%1 darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>[Nothing set]</source>
        <translation>[Nicht festgelegt]</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>AttributesModel</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>[Nothing set]</source>
        <translation>[Nicht festgelegt]</translation>
    </message>
    <message>
        <source>You can change this value.</source>
        <translation>Diesen Wert können Sie ändern.</translation>
    </message>
</context>
<context>
    <name>AuthorizedRequest</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <source>&amp;Accept (makes it public)</source>
        <translation>&amp;Annehmen (macht es öffentlich)</translation>
    </message>
    <message>
        <source>Make p&amp;rivate</source>
        <translation>&amp;Privat machen</translation>
    </message>
    <message>
        <source>Make p&amp;ublic</source>
        <translation>Ö&amp;ffentlich machen</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>This badge was changed elsewhere since it was last loaded, so nothing was changed here. It is being reloaded: check it, then try again.</source>
        <translation>Dieses Badge wurde seit dem letzten Laden an anderer Stelle geändert, daher wurde hier nichts geändert. Es wird neu geladen: Prüfen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>Wird angenommen…</translation>
    </message>
    <message>
        <source>Accepted. It is public now: anyone with its link can see it and check it with its issuer. You can make it private at any time.</source>
        <translation>Angenommen. Es ist jetzt öffentlich: Jeder mit dem Link kann es sehen und beim Aussteller prüfen. Sie können es jederzeit auf privat setzen.</translation>
    </message>
    <message>
        <source>Making it public…</source>
        <translation>Wird öffentlich gemacht…</translation>
    </message>
    <message>
        <source>Making it private…</source>
        <translation>Wird privat gemacht…</translation>
    </message>
    <message>
        <source>Public: anyone with its link can see it and check it with its issuer.</source>
        <translation>Öffentlich: Jeder mit dem Link kann es sehen und beim Aussteller prüfen.</translation>
    </message>
    <message>
        <source>Private: its link now shows nothing of you.</source>
        <translation>Privat: Der Link zeigt jetzt nichts mehr von Ihnen.</translation>
    </message>
    <message>
        <source>Download Badge</source>
        <translation>Badge herunterladen</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1, made from the copy kept at the last sync (the server cannot be reached).</source>
        <translation>Gespeichert unter %1, erstellt aus der Kopie der letzten Synchronisierung (der Server ist nicht erreichbar).</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>My %1 badge, issued by %2</source>
        <translation>Mein Badge „%1“, ausgestellt von %2</translation>
    </message>
    <message>
        <source>My %1 badge</source>
        <translation>Mein Badge „%1“</translation>
    </message>
    <message>
        <source>I hold the %1 badge, issued by %2. You can see it, and check it with its issuer, here:
%3</source>
        <translation>Ich besitze das Badge „%1“, ausgestellt von %2. Hier können Sie es sehen und beim Aussteller prüfen:
%3</translation>
    </message>
    <message>
        <source>The link is on the clipboard: %1</source>
        <translation>Der Link ist in der Zwischenablage: %1</translation>
    </message>
    <message>
        <source>Opened a new message in your mail program.</source>
        <translation>In Ihrem E-Mail-Programm wurde eine neue Nachricht geöffnet.</translation>
    </message>
    <message>
        <source>Opened in your web browser.</source>
        <translation>In Ihrem Webbrowser geöffnet.</translation>
    </message>
    <message>
        <source>This badge is private, so its link shows nothing to anyone. Make it public now, then share it?</source>
        <translation>Dieses Badge ist privat, sein Link zeigt also niemandem etwas. Jetzt öffentlich machen und dann teilen?</translation>
    </message>
    <message>
        <source>You have not accepted this badge yet, so its link shows nothing to anyone. Accept it now, then share it? Accepting makes it public; you can make it private again at any time.</source>
        <translation>Sie haben dieses Badge noch nicht angenommen, sein Link zeigt also niemandem etwas. Jetzt annehmen und dann teilen? Durch das Annehmen wird es öffentlich; Sie können es jederzeit wieder auf privat setzen.</translation>
    </message>
    <message>
        <source>Share Badge</source>
        <translation>Badge teilen</translation>
    </message>
    <message>
        <source>Not shared: the badge stays as it was.</source>
        <translation>Nicht geteilt: Das Badge bleibt, wie es war.</translation>
    </message>
</context>
<context>
    <name>BadgeDetailDialog</name>
    <message>
        <source>Badge name</source>
        <translation>Badge-Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Wer es sehen kann</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Digital Badge</source>
        <translation>Digitales Badge</translation>
    </message>
    <message>
        <source>Accept the badge</source>
        <translation>Badge annehmen</translation>
    </message>
    <message>
        <source>Accepting makes the badge public: anyone with its link can see it.</source>
        <translation>Durch das Annehmen wird das Badge öffentlich: Jeder mit dem Link kann es sehen.</translation>
    </message>
    <message>
        <source>Download the badge</source>
        <translation>Badge herunterladen</translation>
    </message>
    <message>
        <source>Share the badge</source>
        <translation>Badge teilen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Kriterien:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Sichtbarkeit:</translation>
    </message>
    <message>
        <source>%1 badge image</source>
        <translation>Bild des Badges „%1“</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
    <message>
        <source>Not stated by the issuer</source>
        <translation>Vom Aussteller nicht angegeben</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Läuft nicht ab</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked by its issuer</source>
        <translation>Vom Aussteller widerrufen</translation>
    </message>
    <message>
        <source>%1 (as the server reported at the last sync, %2)</source>
        <translation>%1 (laut Server bei der letzten Synchronisierung, %2)</translation>
    </message>
    <message>
        <source>Waiting for you to accept it. Until then its link shows nothing of you. Accepting makes it public; you can make it private again at any time.</source>
        <translation>Wartet auf Ihre Annahme. Bis dahin zeigt der Link nichts von Ihnen. Durch das Annehmen wird es öffentlich; Sie können es jederzeit wieder auf privat setzen.</translation>
    </message>
    <message>
        <source>Public: anyone with its link can see it and check it with its issuer.</source>
        <translation>Öffentlich: Jeder mit dem Link kann es sehen und beim Aussteller prüfen.</translation>
    </message>
    <message>
        <source>Private: its link shows nothing of you.</source>
        <translation>Privat: Der Link zeigt nichts von Ihnen.</translation>
    </message>
    <message>
        <source>Make p&amp;rivate</source>
        <translation>&amp;Privat machen</translation>
    </message>
    <message>
        <source>Make p&amp;ublic</source>
        <translation>Ö&amp;ffentlich machen</translation>
    </message>
    <message>
        <source>Make the badge private</source>
        <translation>Badge auf privat setzen</translation>
    </message>
    <message>
        <source>Make the badge public</source>
        <translation>Badge öffentlich machen</translation>
    </message>
</context>
<context>
    <name>BadgeFeedback</name>
    <message>
        <source>Badge message</source>
        <translation>Badge-Meldung</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>BadgesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Issued %1
Expires %2</source>
        <translation>Ausgestellt: %1
Ablauf: %2</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>You have no digital badges yet.</source>
        <translation>Sie haben noch keine digitalen Badges.</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation>Herunterlade&amp;n</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>T&amp;eilen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter digital badges</source>
        <translation>Digitale Badges filtern</translation>
    </message>
    <message>
        <source>Digital badges</source>
        <translation>Digitale Badges</translation>
    </message>
    <message>
        <source>Open the selected badge</source>
        <translation>Ausgewähltes Badge öffnen</translation>
    </message>
    <message>
        <source>Download the selected badge</source>
        <translation>Ausgewähltes Badge herunterladen</translation>
    </message>
    <message>
        <source>Share the selected badge</source>
        <translation>Ausgewähltes Badge teilen</translation>
    </message>
    <message>
        <source>Badges issued for your certifications, as Open Badges credentials. Open one to accept it, choose who sees it, download it or share it.</source>
        <translation>Badges für Ihre Zertifizierungen als Open-Badges-Nachweise. Öffnen Sie eines, um es anzunehmen, festzulegen, wer es sieht, es herunterzuladen oder zu teilen.</translation>
    </message>
    <message>
        <source>Credentials from other issuers</source>
        <translation>Nachweise anderer Aussteller</translation>
    </message>
    <message>
        <source>Remove the selected credential from your account</source>
        <translation>Ausgewählten Nachweis aus Ihrem Konto entfernen</translation>
    </message>
    <message>
        <source>&amp;Verify a Credential…</source>
        <translation>Nach&amp;weis prüfen…</translation>
    </message>
    <message>
        <source>Check a badge or credential file, ours or another issuer&apos;s. You can also drop the file on this page.</source>
        <translation>Prüfen Sie eine Badge- oder Nachweisdatei, von uns oder einem anderen Aussteller. Sie können die Datei auch auf diese Seite ziehen.</translation>
    </message>
    <message>
        <source>The credential was removed from your account.</source>
        <translation>Der Nachweis wurde aus Ihrem Konto entfernt.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential.</source>
        <translation>%1 ist zu groß für einen Nachweis.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>The initial kit of a certification you achieved: free, once.</source>
        <translation>Das Erstpaket einer erreichten Zertifizierung: kostenlos, einmalig.</translation>
    </message>
</context>
<context>
    <name>CatalogueStep</name>
    <message>
        <source>There is nothing to claim or buy at the moment: kits are offered for the certifications you hold.</source>
        <translation>Derzeit gibt es nichts anzufordern oder zu kaufen: Pakete werden für Ihre Zertifizierungen angeboten.</translation>
    </message>
    <message>
        <source>&amp;Purchase</source>
        <translation>&amp;Kaufen</translation>
    </message>
    <message>
        <source>Certification kits</source>
        <translation>Zertifizierungspakete</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; Initial kits that have not been claimed show at a price of $0.00. Trackable shipping is available for a fee: check the box next to &quot;Tracking&quot;.&lt;br&gt;The following payment methods are available for certificate purchases: PayPal, Debit Card, Credit Card.</source>
        <translation>&lt;b&gt;Hinweis:&lt;/b&gt; Noch nicht angeforderte Erstpakete werden mit einem Preis von 0,00 $ angezeigt. Sendungsverfolgung ist gegen Gebühr erhältlich: Aktivieren Sie dazu das Kästchen neben „Sendungsverfolgung“.&lt;br&gt;Für Zertifikatskäufe stehen folgende Zahlungsarten zur Verfügung: PayPal, Debitkarte, Kreditkarte.</translation>
    </message>
    <message>
        <source>Tracking: for Printed Certificates</source>
        <translation>Sendungsverfolgung: für gedruckte Zertifikate</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tracking is offered with printed certificates.</source>
        <translation>Sendungsverfolgung wird für gedruckte Zertifikate angeboten.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
</context>
<context>
    <name>CeActivitiesModel</name>
    <message>
        <source>Import Source %1</source>
        <translation>Importquelle %1</translation>
    </message>
    <message>
        <source>External Id %1</source>
        <translation>Externe ID %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Provider Name</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>CeCreditsModel</name>
    <message>
        <source>Active Date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Inactive Date</source>
        <translation>Ungültig ab</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>PDF Certificate - %1 (%2)</source>
        <translation>PDF-Zertifikat – %1 (%2)</translation>
    </message>
    <message>
        <source>Verification code &lt;b&gt;%1&lt;/b&gt; &amp;middot; anyone can check it at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Prüfcode &lt;b&gt;%1&lt;/b&gt; &amp;middot; jeder kann ihn unter &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; prüfen</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>The QR code on this certificate will not verify: you answered &quot;No&quot; to &quot;%1&quot;, so the verification page shows no one your name or this certification. To let it verify, change that answer in Personal Info, Settings.</source>
        <translation>Der QR-Code auf diesem Zertifikat lässt sich nicht prüfen: Sie haben „%1“ mit „Nein“ beantwortet, daher zeigt die Prüfseite niemandem Ihren Namen oder diese Zertifizierung. Damit er geprüft werden kann, ändern Sie diese Antwort unter Persönliche Daten, Einstellungen.</translation>
    </message>
    <message>
        <source>%1 it anyway?</source>
        <translation>Trotzdem fortfahren (%1)?</translation>
    </message>
    <message>
        <source>The certificate could not be sent to %1.</source>
        <translation>Das Zertifikat konnte nicht an %1 gesendet werden.</translation>
    </message>
    <message>
        <source>Print Certificate</source>
        <translation>Zertifikat drucken</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save Certificate as PDF</source>
        <translation>Zertifikat als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>CertificateEligibility</name>
    <message>
        <source>Revoked on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Not yet active: active from %1</source>
        <translation>Noch nicht gültig: gültig ab %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>This certification is not active</source>
        <translation>Diese Zertifizierung ist nicht aktiv</translation>
    </message>
    <message>
        <source>No PDF certificate is offered for this certification</source>
        <translation>Für diese Zertifizierung wird kein PDF-Zertifikat angeboten</translation>
    </message>
    <message>
        <source>This certification has no verification code yet</source>
        <translation>Diese Zertifizierung hat noch keinen Prüfcode</translation>
    </message>
</context>
<context>
    <name>CertificateExporter</name>
    <message>
        <source>%1 holds no certifications.</source>
        <translation>%1 besitzt keine Zertifizierungen.</translation>
    </message>
    <message>
        <source>%1 holds no certification &quot;%2&quot; (it holds: %3).</source>
        <translation>%1 besitzt keine Zertifizierung „%2“ (vorhanden: %3).</translation>
    </message>
    <message>
        <source>No PDF certificate for %1: %2.</source>
        <translation>Kein PDF-Zertifikat für %1: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 übersprungen: %2.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 has no certification with a PDF certificate.</source>
        <translation>%1 hat keine Zertifizierung mit PDF-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate %1 for %2</source>
        <translation>Zertifikat %1 für %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot draw the certificate into %1</source>
        <translation>Das Zertifikat kann nicht in %1 gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>CertificatePreview</name>
    <message>
        <source>Certificate preview</source>
        <translation>Zertifikatsvorschau</translation>
    </message>
</context>
<context>
    <name>CertificateRenderer</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>of Achievement</source>
        <translation>über die Zertifizierung</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Hiermit wird bescheinigt, dass</translation>
    </message>
    <message>
        <source>has met every requirement of the certification</source>
        <translation>alle Anforderungen der Zertifizierung erfüllt hat</translation>
    </message>
    <message>
        <source>Date achieved</source>
        <translation>Erreicht am</translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Prüfcode</translation>
    </message>
    <message>
        <source>Scan or visit to verify</source>
        <translation>Zum Prüfen scannen oder aufrufen</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date format</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certification fulfillment kit history &amp; status</source>
        <translation>Verlauf und Status der Zertifizierungspakete</translation>
    </message>
    <message>
        <source>Claim &amp;&amp; P&amp;urchase Fulfillment…</source>
        <translation>Anf&amp;ordern &amp;&amp; Kaufen…</translation>
    </message>
    <message>
        <source>Pa&amp;y for this order…</source>
        <translation>Diese Bestellung bezahle&amp;n…</translation>
    </message>
    <message>
        <source>A&amp;bandon this order</source>
        <translation>Diese Bestellung &amp;verwerfen</translation>
    </message>
    <message>
        <source>Printed certificates, plaques and letters sent to you, with the code that verifies each of them.</source>
        <translation>Gedruckte Zertifikate, Plaketten und Schreiben, die an Sie versandt wurden, mit dem Code, der jedes davon bestätigt.</translation>
    </message>
    <message>
        <source>Claim &amp; Purchase Fulfillment</source>
        <translation>Anfordern &amp; Kaufen</translation>
    </message>
    <message>
        <source>Claim the initial kit of a new certification, or buy printed certificates and plaques</source>
        <translation>Das Erstpaket einer neuen Zertifizierung anfordern oder gedruckte Zertifikate und Plaketten kaufen</translation>
    </message>
    <message>
        <source>Pay for this order</source>
        <translation>Diese Bestellung bezahlen</translation>
    </message>
    <message>
        <source>Pay for the selected order, which is still waiting for its payment</source>
        <translation>Die ausgewählte Bestellung bezahlen, die noch auf ihre Zahlung wartet</translation>
    </message>
    <message>
        <source>Abandon this order</source>
        <translation>Diese Bestellung verwerfen</translation>
    </message>
    <message>
        <source>Give up the selected unpaid order: nothing is charged</source>
        <translation>Die ausgewählte unbezahlte Bestellung verwerfen: Es wird nichts berechnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; Please allow 6-8 weeks for processing and shipping</source>
        <translation>&lt;b&gt;Hinweis:&lt;/b&gt; Bitte rechnen Sie mit 6–8 Wochen für Bearbeitung und Versand</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not paid yet: select one of its rows to pay for it or to abandon it.</source>
        <translation>
            <numerusform>%n Bestellung noch nicht bezahlt: Wählen Sie ihre Zeile, um sie zu bezahlen oder zu verwerfen.</numerusform>
            <numerusform>%n Bestellungen noch nicht bezahlt: Wählen Sie eine ihrer Zeilen, um sie zu bezahlen oder zu verwerfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to claim or buy kits.</source>
        <translation>Melden Sie sich an, um Pakete anzufordern oder zu kaufen.</translation>
    </message>
    <message>
        <source>Claiming and buying kits needs the server. %1 CertTrack keeps trying; try again once it is back.</source>
        <translation>Zum Anfordern und Kaufen von Paketen wird der Server benötigt. %1 CertTrack versucht es weiter; versuchen Sie es erneut, sobald er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Abandon order</source>
        <translation>Bestellung verwerfen</translation>
    </message>
    <message>
        <source>Abandon order %1? Nothing is charged for it, and it cannot be paid any more.</source>
        <translation>Bestellung %1 verwerfen? Es wird nichts dafür berechnet, und sie kann danach nicht mehr bezahlt werden.</translation>
    </message>
    <message>
        <source>Order %1 was abandoned.</source>
        <translation>Bestellung %1 wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>CertificationAgreementDialog</name>
    <message>
        <source>Certification Agreement</source>
        <translation>Zertifizierungsvereinbarung</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Text der Vereinbarung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1 · accepted %2 · expires %3</source>
        <translation>Version %1 · angenommen %2 · läuft ab %3</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>The programme has not sent the text of this agreement.</source>
        <translation>Das Programm hat den Text dieser Vereinbarung nicht übermittelt.</translation>
    </message>
    <message>
        <source>No certification agreement on record</source>
        <translation>Keine Zertifizierungsvereinbarung vorhanden</translation>
    </message>
    <message>
        <source>The agreement appears here once you have accepted one, usually when you take your first exam.</source>
        <translation>Die Vereinbarung erscheint hier, sobald Sie eine angenommen haben, meist bei Ihrer ersten Prüfung.</translation>
    </message>
</context>
<context>
    <name>CertificationDetailView</name>
    <message>
        <source>Select a certification above to see its progress, continuing education credits and history.</source>
        <translation>Wählen Sie oben eine Zertifizierung, um ihren Fortschritt, ihre Weiterbildungspunkte und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>This certification has no requirements to track.</source>
        <translation>Für diese Zertifizierung gibt es keine Anforderungen zu verfolgen.</translation>
    </message>
    <message>
        <source>Continuing education credits</source>
        <translation>Weiterbildungspunkte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Current progress</source>
        <translation>Aktueller Fortschritt</translation>
    </message>
    <message>
        <source>Credits and history</source>
        <translation>Punkte und Verlauf</translation>
    </message>
    <message>
        <source>CE Credits</source>
        <translation>CE-Punkte</translation>
    </message>
    <message>
        <source>Icon legend</source>
        <translation>Symbollegende</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Active from %1</source>
        <translation>Gültig ab %1</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <translation>+%1 %2</translation>
    </message>
    <message>
        <source>CE Credits (%1)</source>
        <translation>CE-Punkte (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>Certification details</source>
        <translation>Zertifizierungsdetails</translation>
    </message>
</context>
<context>
    <name>CertificationHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>CertificationsModel</name>
    <message>
        <source>Expired certifications (%1)</source>
        <translation>Abgelaufene Zertifizierungen (%1)</translation>
    </message>
    <message>
        <source>Inactive certifications (%1)</source>
        <translation>Inaktive Zertifizierungen (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>PDF Certificate</source>
        <translation>PDF-Zertifikat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CertificationsPage</name>
    <message>
        <source>Your certifications</source>
        <translation>Ihre Zertifizierungen</translation>
    </message>
    <message>
        <source>PDF Cert&amp;ificate…</source>
        <translation>PDF-Zert&amp;ifikat…</translation>
    </message>
    <message>
        <source>PDF certificate of the selected certification</source>
        <translation>PDF-Zertifikat der ausgewählten Zertifizierung</translation>
    </message>
    <message>
        <source>Certifications sections</source>
        <translation>Bereiche der Zertifizierungen</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Recertification planner</source>
        <translation>Rezertifizierungsplaner</translation>
    </message>
    <message>
        <source>Certification A&amp;greement…</source>
        <translation>Zertifizierungs&amp;vereinbarung…</translation>
    </message>
    <message>
        <source>Show the certification agreement</source>
        <translation>Zertifizierungsvereinbarung anzeigen</translation>
    </message>
    <message>
        <source>Do&amp;wnload Logos…</source>
        <translation>Lo&amp;gos herunterladen…</translation>
    </message>
    <message>
        <source>Download certification logos</source>
        <translation>Zertifizierungslogos herunterladen</translation>
    </message>
    <message>
        <source>PDF &amp;Certificate…</source>
        <translation>PDF-&amp;Zertifikat…</translation>
    </message>
    <message>
        <source>Download &amp;Logos…</source>
        <translation>Lo&amp;gos herunterladen…</translation>
    </message>
    <message>
        <source>&amp;Ways to renew</source>
        <translation>&amp;Wege zur Verlängerung</translation>
    </message>
    <message>
        <source>Select a certification first</source>
        <translation>Wählen Sie zuerst eine Zertifizierung</translation>
    </message>
    <message>
        <source>Preview, print or save the certificate of %1</source>
        <translation>Zertifikat von %1 anzeigen, drucken oder speichern</translation>
    </message>
</context>
<context>
    <name>ConfirmationStep</name>
    <message>
        <source>The following fulfillment kits have been successfully purchased and submitted.</source>
        <translation>Die folgenden Zertifizierungspakete wurden erfolgreich gekauft und übermittelt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;NOTE:&lt;/b&gt; Please allow 6-8 weeks for processing and shipping</source>
        <translation>&lt;b&gt;HINWEIS:&lt;/b&gt; Bitte rechnen Sie mit 6–8 Wochen für Bearbeitung und Versand</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available (%1). On Linux, a Secret Service such as GNOME Keyring or KWallet must be running.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Unter Linux muss ein Secret Service wie GNOME Keyring oder KWallet laufen.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain failed (%1). Is a Secret Service such as GNOME Keyring or KWallet running?</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen (%1). Läuft ein Secret Service wie GNOME Keyring oder KWallet?</translation>
    </message>
    <message>
        <source>The keychain failed (%1).</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>CredentialVerifier</name>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>It needs %1 from the network, and this check is offline.</source>
        <translation>Dafür wird %1 aus dem Netz benötigt, und diese Prüfung ist offline.</translation>
    </message>
    <message>
        <source>Judged as plain JSON without JSON-LD processing: no @context is fetched, so a context that does not resolve changes nothing here.</source>
        <translation>Als reines JSON ohne JSON-LD-Verarbeitung bewertet: Es wird kein @context abgerufen, ein nicht auflösbarer Kontext ändert hier also nichts.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, larger than any credential.</source>
        <translation>Die Datei ist größer als %1 MiB, größer als jeder Nachweis.</translation>
    </message>
    <message>
        <source>The PNG image cannot be used: %1</source>
        <translation>Das PNG-Bild kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The SVG image cannot be used: %1</source>
        <translation>Das SVG-Bild kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The JSON cannot be read: %1 (at byte %2).</source>
        <translation>Das JSON kann nicht gelesen werden: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>It is a signed Open Badges 2.0 assertion; only hosted 2.0 assertions and 3.0 credentials are checked here.</source>
        <translation>Es ist eine signierte Open-Badges-2.0-Assertion; hier werden nur gehostete 2.0-Assertions und 3.0-Nachweise geprüft.</translation>
    </message>
    <message>
        <source>This is not a credential: neither an Open Badges image, nor credential JSON, nor a JWT.</source>
        <translation>Dies ist kein Nachweis: weder ein Open-Badges-Bild noch Nachweis-JSON noch ein JWT.</translation>
    </message>
    <message>
        <source>This Open Badges 2.0 assertion is not hosted (verification type &quot;%1&quot;); only hosted assertions are checked here.</source>
        <translation>Diese Open-Badges-2.0-Assertion ist nicht gehostet (Prüfungsart „%1“); hier werden nur gehostete Assertions geprüft.</translation>
    </message>
    <message>
        <source>The assertion names no id, so it cannot be fetched from its issuer.</source>
        <translation>Die Assertion nennt keine ID und kann daher nicht beim Aussteller abgerufen werden.</translation>
    </message>
    <message>
        <source>This JSON is not an Open Badges credential: it is neither an Assertion nor a VerifiableCredential.</source>
        <translation>Dieses JSON ist kein Open-Badges-Nachweis: Es ist weder eine Assertion noch ein VerifiableCredential.</translation>
    </message>
    <message>
        <source>It carries an embedded Data Integrity proof, which cannot be checked here (it needs RDF canonicalisation). The same credential as a VC-JWT can be.</source>
        <translation>Es enthält einen eingebetteten Data-Integrity-Nachweis, der hier nicht geprüft werden kann (dafür wäre RDF-Kanonisierung nötig). Derselbe Nachweis als VC-JWT kann geprüft werden.</translation>
    </message>
    <message>
        <source>It carries no proof: nothing shows that its issuer made it.</source>
        <translation>Es enthält keinen Beweis: Nichts zeigt, dass sein Aussteller es erstellt hat.</translation>
    </message>
    <message>
        <source>The JWT cannot be read: %1</source>
        <translation>Das JWT kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>It is signed with algorithm &quot;%1&quot;, which is never accepted (only RS256, ES256 and EdDSA are).</source>
        <translation>Es ist mit dem Algorithmus „%1“ signiert, der nie akzeptiert wird (nur RS256, ES256 und EdDSA).</translation>
    </message>
    <message>
        <source>The JWT&apos;s payload is not a JSON object.</source>
        <translation>Die Nutzdaten des JWT sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The JWT is not a verifiable credential (its type does not say VerifiableCredential).</source>
        <translation>Das JWT ist kein prüfbarer Nachweis (sein Typ nennt nicht VerifiableCredential).</translation>
    </message>
    <message>
        <source>The credential names no issuer.</source>
        <translation>Der Nachweis nennt keinen Aussteller.</translation>
    </message>
    <message>
        <source>The JWT&apos;s iss (%1) and the credential&apos;s issuer (%2) differ.</source>
        <translation>„iss“ des JWT (%1) und der Aussteller des Nachweises (%2) stimmen nicht überein.</translation>
    </message>
    <message>
        <source>It is signed with a key of %1 but names another issuer, %2.</source>
        <translation>Es ist mit einem Schlüssel von %1 signiert, nennt aber einen anderen Aussteller, %2.</translation>
    </message>
    <message>
        <source>Fetching the issuer&apos;s key…</source>
        <translation>Schlüssel des Ausstellers wird abgerufen…</translation>
    </message>
    <message>
        <source>It is signed with a key (%1) that this server had not published when its keys were last fetched (%2): it is forged, or signed after that; sync and check again.</source>
        <translation>Es ist mit einem Schlüssel (%1) signiert, den dieser Server beim letzten Abruf seiner Schlüssel (%2) nicht veröffentlicht hatte: Er ist gefälscht oder wurde danach signiert; synchronisieren Sie und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keiner genannt</translation>
    </message>
    <message>
        <source>The cached key %1 cannot be read: %2</source>
        <translation>Der zwischengespeicherte Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The JWT names no key (kid), so the issuer&apos;s key cannot be found.</source>
        <translation>Das JWT nennt keinen Schlüssel (kid), daher kann der Schlüssel des Ausstellers nicht gefunden werden.</translation>
    </message>
    <message>
        <source>It is signed with a key of %1, not of the issuer it names (%2).</source>
        <translation>Es ist mit einem Schlüssel von %1 signiert, nicht von dem genannten Aussteller (%2).</translation>
    </message>
    <message>
        <source>The key %1 cannot be read: %2</source>
        <translation>Der Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Its key is a %1 DID, which cannot be resolved here (did:key and did:web can).</source>
        <translation>Sein Schlüssel ist eine %1-DID, die hier nicht aufgelöst werden kann (did:key und did:web schon).</translation>
    </message>
    <message>
        <source>Its key (%1) cannot be resolved here: only https:// addresses, did:key and did:web are.</source>
        <translation>Sein Schlüssel (%1) kann hier nicht aufgelöst werden: nur https://-Adressen, did:key und did:web.</translation>
    </message>
    <message>
        <source>The issuer does not publish the key %1 (HTTP %2).</source>
        <translation>Der Aussteller veröffentlicht den Schlüssel %1 nicht (HTTP %2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s key cannot be fetched: %1</source>
        <translation>Der Schlüssel des Ausstellers kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has no key %1.</source>
        <translation>Der Schlüsselsatz des Ausstellers enthält keinen Schlüssel %1.</translation>
    </message>
    <message>
        <source>%1 answers with another key (%2).</source>
        <translation>%1 antwortet mit einem anderen Schlüssel (%2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s key %1 cannot be read: %2</source>
        <translation>Der Schlüssel %1 des Ausstellers kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a well-formed did:web.</source>
        <translation>%1 ist keine wohlgeformte did:web.</translation>
    </message>
    <message>
        <source>The issuer&apos;s DID document cannot be fetched: %1</source>
        <translation>Das DID-Dokument des Ausstellers kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The DID document fetched for %1 is another one&apos;s.</source>
        <translation>Das für %1 abgerufene DID-Dokument gehört zu jemand anderem.</translation>
    </message>
    <message>
        <source>The key %1 is not given as a JWK that can be read here: %2</source>
        <translation>Der Schlüssel %1 liegt nicht als hier lesbarer JWK vor: %2</translation>
    </message>
    <message>
        <source>The issuer&apos;s DID document has no key %1.</source>
        <translation>Das DID-Dokument des Ausstellers enthält keinen Schlüssel %1.</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Signatur wird geprüft…</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed, or it is forged.</source>
        <translation>Die Signatur stimmt nicht: Der Nachweis wurde nach dem Signieren verändert oder ist gefälscht.</translation>
    </message>
    <message>
        <source>It is not valid before %1.</source>
        <translation>Er ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>It names no revocation status, so it cannot be revoked.</source>
        <translation>Er nennt keinen Sperrstatus und kann daher nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>Its revocation status (of type &quot;%1&quot;) cannot be checked here.</source>
        <translation>Sein Sperrstatus (vom Typ „%1“) kann hier nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Its revocation status entry is malformed (no list or no index).</source>
        <translation>Sein Sperrstatus-Eintrag ist fehlerhaft (keine Liste oder kein Index).</translation>
    </message>
    <message>
        <source>Its revocation list (%1) is not its issuer&apos;s.</source>
        <translation>Seine Sperrliste (%1) gehört nicht zu seinem Aussteller.</translation>
    </message>
    <message>
        <source>The signature is good, but the issuer&apos;s revocation list has not been fetched yet: sync once online and check again.</source>
        <translation>Die Signatur ist gültig, aber die Sperrliste des Ausstellers wurde noch nicht abgerufen: Synchronisieren Sie, sobald Sie online sind, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Fetching the revocation list…</source>
        <translation>Sperrliste wird abgerufen…</translation>
    </message>
    <message>
        <source>The revocation list cannot be fetched: %1</source>
        <translation>Die Sperrliste kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The revocation list is not a signed VC-JWT that can be checked here: %1</source>
        <translation>Die Sperrliste ist kein signiertes VC-JWT, das hier geprüft werden kann: %1</translation>
    </message>
    <message>
        <source>%1 is not a Bitstring Status List credential.</source>
        <translation>%1 ist kein Bitstring-Status-List-Nachweis.</translation>
    </message>
    <message>
        <source>The revocation list is issued by %1, not by the credential&apos;s issuer.</source>
        <translation>Die Sperrliste wurde von %1 ausgestellt, nicht vom Aussteller des Nachweises.</translation>
    </message>
    <message>
        <source>The revocation list fetched from %1 says it is %2.</source>
        <translation>Die von %1 abgerufene Sperrliste gibt an, %2 zu sein.</translation>
    </message>
    <message>
        <source>The revocation list&apos;s signature does not match: %1</source>
        <translation>Die Signatur der Sperrliste stimmt nicht: %1</translation>
    </message>
    <message>
        <source>The status list is for %1, the credential asks about %2.</source>
        <translation>Die Statusliste gilt für %1, der Nachweis fragt nach %2.</translation>
    </message>
    <message>
        <source>The revocation list cannot be read: %1</source>
        <translation>Die Sperrliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Its status index %1 lies outside the issuer&apos;s list.</source>
        <translation>Sein Statusindex %1 liegt außerhalb der Liste des Ausstellers.</translation>
    </message>
    <message>
        <source>The issuer has suspended it.</source>
        <translation>Der Aussteller hat ihn ausgesetzt.</translation>
    </message>
    <message>
        <source>A hosted Open Badges 2.0 assertion is checked by fetching it from its issuer (%1), and this check is offline.</source>
        <translation>Eine gehostete Open-Badges-2.0-Assertion wird geprüft, indem sie beim Aussteller (%1) abgerufen wird, und diese Prüfung ist offline.</translation>
    </message>
    <message>
        <source>Fetching the assertion from its issuer…</source>
        <translation>Assertion wird beim Aussteller abgerufen…</translation>
    </message>
    <message>
        <source>Its issuer does not host this assertion (HTTP %1): it was withdrawn, made private, or never issued.</source>
        <translation>Der Aussteller hostet diese Assertion nicht (HTTP %1): Sie wurde zurückgezogen, auf privat gesetzt oder nie ausgestellt.</translation>
    </message>
    <message>
        <source>The assertion cannot be fetched: %1</source>
        <translation>Die Assertion kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>%1 does not answer with an assertion.</source>
        <translation>%1 antwortet nicht mit einer Assertion.</translation>
    </message>
    <message>
        <source>The assertion at %1 says it is another one (%2).</source>
        <translation>Die Assertion unter %1 gibt an, eine andere zu sein (%2).</translation>
    </message>
    <message>
        <source>This copy differs from the one its issuer hosts (%1).</source>
        <translation>Diese Kopie weicht von der beim Aussteller gehosteten ab (%1).</translation>
    </message>
    <message>
        <source>The assertion is hosted at %1, not by its issuer (%2).</source>
        <translation>Die Assertion wird unter %1 gehostet, nicht bei ihrem Aussteller (%2).</translation>
    </message>
    <message>
        <source>Fetching the issuer…</source>
        <translation>Aussteller wird abgerufen…</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile cannot be fetched: %1</source>
        <translation>Das Profil des Ausstellers kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile at %1 is another one&apos;s.</source>
        <translation>Das Ausstellerprofil unter %1 gehört zu jemand anderem.</translation>
    </message>
    <message>
        <source>Fetching the badge class…</source>
        <translation>Badge-Klasse wird abgerufen…</translation>
    </message>
    <message>
        <source>The badge class cannot be fetched: %1</source>
        <translation>Die Badge-Klasse kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The badge class at %1 is another one&apos;s.</source>
        <translation>Die Badge-Klasse unter %1 gehört zu jemand anderem.</translation>
    </message>
    <message>
        <source>Its issuer has revoked it.</source>
        <translation>Sein Aussteller hat ihn widerrufen.</translation>
    </message>
    <message>
        <source>It was genuine, but its validity ended %1.</source>
        <translation>Er war echt, aber seine Gültigkeit endete %1.</translation>
    </message>
    <message>
        <source>The signature is the issuer&apos;s and it is not revoked (checked offline).</source>
        <translation>Die Signatur stammt vom Aussteller, und er ist nicht widerrufen (offline geprüft).</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>EditFeedback</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
</context>
<context>
    <name>ExamsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registrierungsnummer</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
</context>
<context>
    <name>ExternalCredentialsModel</name>
    <message>
        <source>Achievement</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Kept since</source>
        <translation>Aufbewahrt seit</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>FetchJob</name>
    <message>
        <source>The server said &quot;not modified&quot; to a first request.</source>
        <translation>Der Server hat auf eine erste Anfrage „nicht geändert“ geantwortet.</translation>
    </message>
</context>
<context>
    <name>FulfillmentDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Claim &amp; Purchase Fulfillment</source>
        <translation>Anfordern &amp; Kaufen</translation>
    </message>
    <message>
        <source>This order is waiting for its payment.</source>
        <translation>Diese Bestellung wartet auf ihre Zahlung.</translation>
    </message>
    <message>
        <source>Step 1 · Check the kits to claim or buy, then Purchase</source>
        <translation>Schritt 1 · Pakete zum Anfordern oder Kaufen auswählen, dann Kaufen</translation>
    </message>
    <message>
        <source>Step 2 · Confirm that the shipping information is correct</source>
        <translation>Schritt 2 · Bestätigen, dass die Versandangaben stimmen</translation>
    </message>
    <message>
        <source>Order %1 · Abandoned</source>
        <translation>Bestellung %1 · Verworfen</translation>
    </message>
    <message>
        <source>Step 3 · Choose how to pay %1</source>
        <translation>Schritt 3 · Zahlungsart für %1 wählen</translation>
    </message>
    <message>
        <source>Step 3 · Pay %1 on the checkout page</source>
        <translation>Schritt 3 · %1 auf der Bezahlseite bezahlen</translation>
    </message>
    <message>
        <source>Order %1 · Confirmation</source>
        <translation>Bestellung %1 · Bestätigung</translation>
    </message>
    <message>
        <source>%1 Nothing was lost: try again when the server can be reached.</source>
        <translation>%1 Es ging nichts verloren: Versuchen Sie es erneut, wenn der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Some shipping details need changing: see the messages under the fields.</source>
        <translation>Einige Versandangaben müssen geändert werden: Siehe die Hinweise unter den Feldern.</translation>
    </message>
    <message>
        <source>Abandon order</source>
        <translation>Bestellung verwerfen</translation>
    </message>
    <message>
        <source>Abandon this order? Nothing is charged for it, and it cannot be paid any more.</source>
        <translation>Diese Bestellung verwerfen? Es wird nichts dafür berechnet, und sie kann danach nicht mehr bezahlt werden.</translation>
    </message>
    <message>
        <source>The payment was declined. Choose a payment method to try again, pay later from the history, or abandon the order.</source>
        <translation>Die Zahlung wurde abgelehnt. Wählen Sie eine Zahlungsart, um es erneut zu versuchen, bezahlen Sie später aus dem Verlauf, oder verwerfen Sie die Bestellung.</translation>
    </message>
    <message>
        <source>The payment was cancelled. Choose a payment method to try again, pay later from the history, or abandon the order.</source>
        <translation>Die Zahlung wurde abgebrochen. Wählen Sie eine Zahlungsart, um es erneut zu versuchen, bezahlen Sie später aus dem Verlauf, oder verwerfen Sie die Bestellung.</translation>
    </message>
    <message>
        <source>This order was abandoned: it was not paid within 24 hours, or it was abandoned in another window. Nothing was charged for it and it can no longer be paid. To order these kits, start a new purchase.</source>
        <translation>Diese Bestellung wurde verworfen: Sie wurde nicht innerhalb von 24 Stunden bezahlt oder in einem anderen Fenster verworfen. Es wurde nichts berechnet, und sie kann nicht mehr bezahlt werden. Um diese Pakete zu bestellen, beginnen Sie einen neuen Kauf.</translation>
    </message>
</context>
<context>
    <name>FulfillmentModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Verification Code</source>
        <translation>Prüfcode</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>CertTrack Help</source>
        <translation>CertTrack-Hilfe</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>The list of sections at the top of the guide</source>
        <translation>Die Liste der Abschnitte am Anfang des Handbuchs</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your certifications</source>
        <translation>Ihre Zertifizierungen</translation>
    </message>
    <message>
        <source>Certifications expiring soon</source>
        <translation>Bald ablaufende Zertifizierungen</translation>
    </message>
    <message>
        <source>Login ID:</source>
        <translation>Anmelde-ID:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>Active certifications: %1 of %2</source>
        <translation>Aktive Zertifizierungen: %1 von %2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;planner:%1&quot;&gt;%2&lt;/a&gt; expires %3 (%4)</source>
        <translation>&lt;a href=&quot;planner:%1&quot;&gt;%2&lt;/a&gt; läuft am %3 ab (%4)</translation>
    </message>
    <message numerus="yes">
        <source>Recertification due within %n day(s):</source>
        <translation>
            <numerusform>Rezertifizierung fällig innerhalb von %n Tag:</numerusform>
            <numerusform>Rezertifizierung fällig innerhalb von %n Tagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the recertification planner</source>
        <translation>Rezertifizierungsplaner öffnen</translation>
    </message>
</context>
<context>
    <name>IdentifiersModel</name>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>IdentifiersView</name>
    <message>
        <source>Candidate IDs used externally</source>
        <translation>Extern verwendete Kandidaten-IDs</translation>
    </message>
    <message>
        <source>Below are the different IDs assigned to your account including Testing IDs and System IDs.</source>
        <translation>Unten stehen die verschiedenen IDs Ihres Kontos, einschließlich Prüfungs- und System-IDs.</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message>
        <source>Still there?</source>
        <translation>Noch da?</translation>
    </message>
    <message>
        <source>Nobody has used CertTrack for a while.</source>
        <translation>CertTrack wurde eine Weile nicht benutzt.</translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message numerus="yes">
        <source>You will be signed out in %n second(s), and everything shown here will be removed.</source>
        <translation>
            <numerusform>Sie werden in %n Sekunde abgemeldet, und alles, was hier angezeigt wird, wird entfernt.</numerusform>
            <numerusform>Sie werden in %n Sekunden abgemeldet, und alles, was hier angezeigt wird, wird entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoFileWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Files cannot be saved in %1: %2</source>
        <translation>In %1 können keine Dateien gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The logo %1 is not a readable SVG image.</source>
        <translation>Das Logo %1 ist kein lesbares SVG-Bild.</translation>
    </message>
</context>
<context>
    <name>LogoService</name>
    <message>
        <source>not an SVG image</source>
        <translation>kein SVG-Bild</translation>
    </message>
</context>
<context>
    <name>LogosDialog</name>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Download Logos</source>
        <translation>Logos herunterladen</translation>
    </message>
    <message>
        <source>Certification Logos</source>
        <translation>Zertifizierungslogos</translation>
    </message>
    <message>
        <source>By selecting and downloading a logo, you agree to the logo guidelines and agreement below. Each logo is saved as SVG and PNG into a folder you choose.</source>
        <translation>Indem Sie ein Logo auswählen und herunterladen, stimmen Sie den unten stehenden Logo-Richtlinien und der Vereinbarung zu. Jedes Logo wird als SVG und PNG in einem Ordner Ihrer Wahl gespeichert.</translation>
    </message>
    <message>
        <source>Available logo files</source>
        <translation>Verfügbare Logodateien</translation>
    </message>
    <message>
        <source>Preview of the selected logo</source>
        <translation>Vorschau des ausgewählten Logos</translation>
    </message>
    <message>
        <source>Download the checked logos</source>
        <translation>Markierte Logos herunterladen</translation>
    </message>
    <message>
        <source>Check every logo</source>
        <translation>Alle Logos markieren</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Saved as %1.svg and %1.png</source>
        <translation>Gespeichert als %1.svg und %1.png</translation>
    </message>
    <message>
        <source>Use a logo only as the programme&apos;s logo guidelines allow.</source>
        <translation>Verwenden Sie ein Logo nur so, wie es die Logo-Richtlinien des Programms erlauben.</translation>
    </message>
    <message>
        <source>There are no logo files for your certifications.</source>
        <translation>Für Ihre Zertifizierungen gibt es keine Logodateien.</translation>
    </message>
    <message>
        <source>Select a logo to see it.</source>
        <translation>Wählen Sie ein Logo, um es zu sehen.</translation>
    </message>
    <message>
        <source>A preview appears once the logo guidelines are accepted: your first download asks.</source>
        <translation>Eine Vorschau erscheint, sobald die Logo-Richtlinien angenommen sind: Ihr erster Download fragt danach.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Saved as %1.svg and %1.png (%2 × %3 pixels)</source>
        <translation>Gespeichert als %1.svg und %1.png (%2 × %3 Pixel)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>die Vereinbarung</translation>
    </message>
    <message>
        <source>Your first download asks you to accept these guidelines and the %1.</source>
        <translation>Ihr erster Download bittet Sie, diese Richtlinien und %1 anzunehmen.</translation>
    </message>
    <message>
        <source>You accepted the logo guidelines and the %1 on %2.</source>
        <translation>Sie haben die Logo-Richtlinien und %1 am %2 angenommen.</translation>
    </message>
    <message>
        <source>You have accepted the logo guidelines and the %1.</source>
        <translation>Sie haben die Logo-Richtlinien und %1 angenommen.</translation>
    </message>
    <message>
        <source>Downloading also confirms the %1 (%2).</source>
        <translation>Das Herunterladen bestätigt auch %1 (%2).</translation>
    </message>
    <message>
        <source>Do you accept the logo guidelines and the agreement?</source>
        <translation>Nehmen Sie die Logo-Richtlinien und die Vereinbarung an?</translation>
    </message>
    <message>
        <source>Logo guidelines and agreement</source>
        <translation>Logo-Richtlinien und Vereinbarung</translation>
    </message>
    <message>
        <source>Check the logos to download first.</source>
        <translation>Markieren Sie zuerst die herunterzuladenden Logos.</translation>
    </message>
    <message>
        <source>Nothing downloaded: logos can be downloaded once the guidelines and agreement are accepted.</source>
        <translation>Nichts heruntergeladen: Logos können heruntergeladen werden, sobald die Richtlinien und die Vereinbarung angenommen sind.</translation>
    </message>
    <message>
        <source>Save the logos in</source>
        <translation>Logos speichern in</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Recording your acceptance…</source>
        <translation>Ihre Zustimmung wird gespeichert…</translation>
    </message>
    <message>
        <source>Your acceptance could not be recorded: %1</source>
        <translation>Ihre Zustimmung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation>%1 wird heruntergeladen (%2 von %3)…</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n logo(s) as SVG and PNG in %1.</source>
        <translation>
            <numerusform>%n Logo als SVG und PNG in %1 gespeichert.</numerusform>
            <numerusform>%n Logos als SVG und PNG in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logo(s) were saved before this.</source>
        <translation>
            <numerusform>%n Logo wurde bereits zuvor gespeichert.</numerusform>
            <numerusform>%n Logos wurden bereits zuvor gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CertTrack</source>
        <translation>CertTrack</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;Personal Info</source>
        <translation>&amp;Persönliche Daten</translation>
    </message>
    <message>
        <source>&amp;Testing History</source>
        <translation>P&amp;rüfungshistorie</translation>
    </message>
    <message>
        <source>Certi&amp;fications</source>
        <translation>&amp;Zertifizierungen</translation>
    </message>
    <message>
        <source>Certificates &amp;&amp; P&amp;laques</source>
        <translation>Zer&amp;tifikate &amp;&amp; Plaketten</translation>
    </message>
    <message>
        <source>T&amp;ranscripts</source>
        <translation>&amp;Leistungsnachweise</translation>
    </message>
    <message>
        <source>&amp;Digital Badges</source>
        <translation>&amp;Digitale Badges</translation>
    </message>
    <message>
        <source>Account sections</source>
        <translation>Kontobereiche</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Fetch the latest data from the server (F5)</source>
        <translation>Neueste Daten vom Server abrufen (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>Sign out of this account (Ctrl+Shift+O)</source>
        <translation>Von diesem Konto abmelden (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find in Table</source>
        <translation>In &amp;Tabelle suchen</translation>
    </message>
    <message>
        <source>&amp;About CertTrack</source>
        <translation>&amp;Über CertTrack</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Next Section</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Section</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation>&amp;Unterlagen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Syncing… (last synced %1)</source>
        <translation>Synchronisierung läuft… (zuletzt %1)</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <source>Offline — last synced %1. Retrying…</source>
        <translation>Offline – zuletzt synchronisiert %1. Neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1? Anything CertTrack keeps for this account on this computer is removed.</source>
        <translation>Von %1 abmelden? Alles, was CertTrack für dieses Konto auf diesem Computer aufbewahrt, wird entfernt.</translation>
    </message>
    <message>
        <source>About CertTrack</source>
        <translation>Über CertTrack</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>CertTrack will use the chosen language from its next start.</source>
        <translation>CertTrack verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>CertTrack &amp;Help</source>
        <translation>CertTrack-&amp;Hilfe</translation>
    </message>
    <message>
        <source>The user guide, at the section of the tab in front</source>
        <translation>Das Benutzerhandbuch, beim Abschnitt des angezeigten Registers</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertTrack %1&lt;/h3&gt;&lt;p&gt;Your certifications, exams, continuing education, certificates, transcripts and badges, on your desktop and offline.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Made with:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CertTrack %1&lt;/h3&gt;&lt;p&gt;Ihre Zertifizierungen, Prüfungen, Weiterbildungen, Zertifikate, Leistungsnachweise und Badges – auf Ihrem Desktop und offline.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Öffnet %1 in Ihrem Webbrowser</translation>
    </message>
    <message>
        <source>No Web Browser</source>
        <translation>Kein Webbrowser</translation>
    </message>
    <message>
        <source>No web browser could be started to open %1.</source>
        <translation>Es konnte kein Webbrowser gestartet werden, um %1 zu öffnen.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>Tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Trackable shipping for printed certificates</source>
        <translation>Versand mit Sendungsverfolgung für gedruckte Zertifikate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>OrderSummary</name>
    <message>
        <source>Items and prices</source>
        <translation>Artikel und Preise</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
</context>
<context>
    <name>OrderWatcher</name>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>PaymentStep</name>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Co&amp;ntinue to payment</source>
        <translation>&amp;Weiter zur Zahlung</translation>
    </message>
    <message>
        <source>Pay &amp;later</source>
        <translation>&amp;Später bezahlen</translation>
    </message>
    <message>
        <source>&amp;Abandon order</source>
        <translation>Bestellung &amp;verwerfen</translation>
    </message>
    <message>
        <source>Start a &amp;new purchase</source>
        <translation>&amp;Neuen Kauf beginnen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Pay&amp;Pal</source>
        <translation>Pay&amp;Pal</translation>
    </message>
    <message>
        <source>&amp;Debit Card</source>
        <translation>&amp;Debitkarte</translation>
    </message>
    <message>
        <source>&amp;Credit Card</source>
        <translation>&amp;Kreditkarte</translation>
    </message>
    <message>
        <source>The checkout page opens in your web browser. CertTrack never sees your card or account details; it notices by itself when the payment is done.</source>
        <translation>Die Bezahlseite öffnet sich in Ihrem Webbrowser. CertTrack sieht Ihre Karten- oder Kontodaten nie; es bemerkt selbst, wenn die Zahlung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Back to the shipping information</source>
        <translation>Zurück zu den Versandangaben</translation>
    </message>
    <message>
        <source>Close this window: the order waits in the history, where you can pay for it or abandon it</source>
        <translation>Dieses Fenster schließen: Die Bestellung wartet im Verlauf, wo Sie sie bezahlen oder verwerfen können</translation>
    </message>
    <message>
        <source>Back to the catalogue, to order the kits again</source>
        <translation>Zurück zum Katalog, um die Pakete erneut zu bestellen</translation>
    </message>
    <message>
        <source>Choose a payment method first</source>
        <translation>Wählen Sie zuerst eine Zahlungsart</translation>
    </message>
</context>
<context>
    <name>PersonalInfoPage</name>
    <message>
        <source>Personal information sections</source>
        <translation>Bereiche der persönlichen Daten</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Attri&amp;butes</source>
        <translation>Attr&amp;ibute</translation>
    </message>
    <message>
        <source>Identificatio&amp;n</source>
        <translation>Identifikatio&amp;n</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You changed your answers in Settings but did not save them. Save them now?</source>
        <translation>Sie haben Ihre Antworten unter Einstellungen geändert, aber nicht gespeichert. Jetzt speichern?</translation>
    </message>
    <message>
        <source>You changed your attributes but did not save them. Save them now?</source>
        <translation>Sie haben Ihre Attribute geändert, aber nicht gespeichert. Jetzt speichern?</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Speichern noch nicht möglich</translation>
    </message>
    <message>
        <source>Answer every required question first.</source>
        <translation>Beantworten Sie zuerst alle Pflichtfragen.</translation>
    </message>
    <message>
        <source>Correct the highlighted field first.</source>
        <translation>Korrigieren Sie zuerst das markierte Feld.</translation>
    </message>
</context>
<context>
    <name>RecertificationPlanModel</name>
    <message>
        <source>pass %1</source>
        <translation>%1 bestehen</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>noch %1 %2</translation>
    </message>
    <message>
        <source>CE credits</source>
        <translation>CE-Punkte</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>%1 besitzen</translation>
    </message>
    <message>
        <source>renew %1, which renews this</source>
        <translation>%1 verlängern (verlängert diese mit)</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eine davon: %1</translation>
    </message>
    <message>
        <source>any %1 of: %2</source>
        <translation>beliebige %1 von: %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>nothing more: ready to renew</source>
        <translation>nichts weiter: bereit zur Verlängerung</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>expired yesterday</source>
        <translation>gestern abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>vor %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>Expired: earn it again</source>
        <translation>Abgelaufen: neu erwerben</translation>
    </message>
    <message>
        <source>Renewing it also renews %1</source>
        <translation>Die Verlängerung verlängert auch %1</translation>
    </message>
    <message>
        <source>One way to renew</source>
        <translation>Ein Weg zur Verlängerung</translation>
    </message>
    <message>
        <source>%1 ways to renew</source>
        <translation>%1 Wege zur Verlängerung</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <source>%1 if renewed today</source>
        <translation>%1 bei Verlängerung heute</translation>
    </message>
    <message>
        <source>%1 if earned today</source>
        <translation>%1 bei Erwerb heute</translation>
    </message>
    <message>
        <source>Renewing today loses no time: the new period starts on the expiry day.</source>
        <translation>Heute zu verlängern kostet keine Zeit: Der neue Zeitraum beginnt am Ablauftag.</translation>
    </message>
    <message>
        <source>A renewal counts from the day it is done, not from the current expiry: renewing today gives %1, %2 days earlier than renewing on %3 (which gives %4).</source>
        <translation>Eine Verlängerung zählt ab dem Tag, an dem sie erfolgt, nicht ab dem aktuellen Ablaufdatum: Eine Verlängerung heute ergibt %1, %2 Tage früher als eine Verlängerung am %3 (die %4 ergibt).</translation>
    </message>
    <message>
        <source>Expires within %1 days</source>
        <translation>Läuft innerhalb von %1 Tagen ab</translation>
    </message>
    <message>
        <source>Certification / way to renew</source>
        <translation>Zertifizierung / Weg zur Verlängerung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Noch erforderlich</translation>
    </message>
    <message>
        <source>New expiry</source>
        <translation>Neues Ablaufdatum</translation>
    </message>
</context>
<context>
    <name>RecertificationPlannerView</name>
    <message>
        <source>Recertification planner</source>
        <translation>Rezertifizierungsplaner</translation>
    </message>
    <message>
        <source>Most urgent first. Each certification lists every way to renew it, what that way still needs and the expiry it gives. Certifications expiring within %1 days are flagged.</source>
        <translation>Dringendste zuerst. Zu jeder Zertifizierung stehen alle Wege zur Verlängerung, was jeder Weg noch erfordert und welches Ablaufdatum er ergibt. Zertifizierungen, die innerhalb von %1 Tagen ablaufen, sind markiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Renewing early does not add to your current period.&lt;/b&gt; A renewal counts from the day it is done: the new expiry is the renewal date plus the certification&apos;s period, so renewing today gives an earlier expiry than renewing on the expiry day. Each certification row shows what a renewal on its last day would give.</source>
        <translation>&lt;b&gt;Eine frühe Verlängerung verlängert Ihren aktuellen Zeitraum nicht.&lt;/b&gt; Eine Verlängerung zählt ab dem Tag, an dem sie erfolgt: Das neue Ablaufdatum ist das Verlängerungsdatum plus die Laufzeit der Zertifizierung, eine Verlängerung heute ergibt also ein früheres Ablaufdatum als eine am Ablauftag. Jede Zertifizierungszeile zeigt, was eine Verlängerung an ihrem letzten Tag ergäbe.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print Table…</source>
        <translation>Tabelle &amp;drucken…</translation>
    </message>
    <message>
        <source>Export Renewal Plan as &amp;iCalendar…</source>
        <translation>Verlängerungsplan als &amp;iCalendar exportieren…</translation>
    </message>
    <message>
        <source>&amp;Archive Everything…</source>
        <translation>Alles &amp;archivieren…</translation>
    </message>
    <message>
        <source>&amp;Reminder Settings…</source>
        <translation>&amp;Erinnerungseinstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the table in front as a CSV file, as shown</source>
        <translation>Die vorne liegende Tabelle so, wie sie angezeigt wird, als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Print the table in front, its headers on every page</source>
        <translation>Die vorne liegende Tabelle drucken, mit Spaltenköpfen auf jeder Seite</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Save every renewal deadline, with reminders at your lead times, for your calendar</source>
        <translation>Jede Verlängerungsfrist mit Erinnerungen zu Ihren Vorlaufzeiten für Ihren Kalender speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Save certificates, badges, transcripts, tables and the renewal plan as one zip file</source>
        <translation>Zertifikate, Badges, Leistungsnachweise, Tabellen und den Verlängerungsplan als eine ZIP-Datei speichern</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>This tab has no table to export.</source>
        <translation>Dieser Tab enthält keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Print Table</source>
        <translation>Tabelle drucken</translation>
    </message>
    <message>
        <source>This tab has no table to print.</source>
        <translation>Dieser Tab enthält keine Tabelle zum Drucken.</translation>
    </message>
    <message>
        <source>%1 (%2), printed %3</source>
        <translation>%1 (%2), gedruckt %3</translation>
    </message>
    <message>
        <source>The table could not be sent to %1.</source>
        <translation>Die Tabelle konnte nicht an %1 gesendet werden.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Export Renewal Plan</source>
        <translation>Verlängerungsplan exportieren</translation>
    </message>
    <message>
        <source>Renewal plan.ics</source>
        <translation>Verlängerungsplan.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CertTrack record %1 %2.zip</source>
        <translation>CertTrack-Unterlagen %1 %2.zip</translation>
    </message>
    <message>
        <source>Archive Everything</source>
        <translation>Alles archivieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Saved %1 files in %2.</source>
        <translation>%1 Dateien in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>RecordArchive</name>
    <message>
        <source>No PDF certificate for %1: %2.</source>
        <translation>Kein PDF-Zertifikat für %1: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be drawn.</source>
        <translation>Das Zertifikat von %1 konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>No baked image of the badge %1: it is not a credential yet (sync once more to fetch it).</source>
        <translation>Kein Bild mit eingebettetem Nachweis für das Badge %1: Es ist noch kein Nachweis (synchronisieren Sie noch einmal, um ihn abzurufen).</translation>
    </message>
    <message>
        <source>No baked image of the badge %1: %2</source>
        <translation>Kein Bild mit eingebettetem Nachweis für das Badge %1: %2</translation>
    </message>
    <message>
        <source>Transcript ID</source>
        <translation>Leistungsnachweis-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Zeigt</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Public page</source>
        <translation>Öffentliche Seite</translation>
    </message>
    <message>
        <source>Certifications shown</source>
        <translation>Angezeigte Zertifizierungen</translation>
    </message>
    <message>
        <source>It also shows every certification earned after it was made.</source>
        <translation>Er zeigt auch jede Zertifizierung, die nach seiner Erstellung erworben wurde.</translation>
    </message>
    <message>
        <source>Record of %1</source>
        <translation>Unterlagen von %1</translation>
    </message>
    <message>
        <source>Login ID %1 at %2. Data as of %3; archived on %4.</source>
        <translation>Anmelde-ID %1 bei %2. Datenstand %3; archiviert am %4.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>PDF certificates</source>
        <translation>PDF-Zertifikate</translation>
    </message>
    <message>
        <source>Badges (PNG images with their credential inside)</source>
        <translation>Badges (PNG-Bilder mit eingebettetem Nachweis)</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Leistungsnachweise</translation>
    </message>
    <message>
        <source>Tables (CSV)</source>
        <translation>Tabellen (CSV)</translation>
    </message>
    <message>
        <source>Renewal plan (iCalendar)</source>
        <translation>Verlängerungsplan (iCalendar)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (%3)</source>
        <translation>%1 kann nicht geschrieben werden: %2 (%3)</translation>
    </message>
    <message>
        <source>closing the archive</source>
        <translation>beim Schließen des Archivs</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>CertTrack</source>
        <translation>CertTrack</translation>
    </message>
</context>
<context>
    <name>ReminderSchedule</name>
    <message>
        <source>%1 expires today</source>
        <translation>%1 läuft heute ab</translation>
    </message>
    <message>
        <source>%1 expires tomorrow</source>
        <translation>%1 läuft morgen ab</translation>
    </message>
    <message>
        <source>%1 expires in %2 days</source>
        <translation>%1 läuft in %2 Tagen ab</translation>
    </message>
    <message>
        <source>%1 expires on %2. Renew it by then: the recertification planner in CertTrack shows every way.</source>
        <translation>%1 läuft am %2 ab. Verlängern Sie bis dahin: Der Rezertifizierungsplaner in CertTrack zeigt alle Wege.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>&amp;Remind me of expiring certifications and renewal deadlines</source>
        <translation>An ablaufende Zertifizierungen und Verlängerungsfristen &amp;erinnern</translation>
    </message>
    <message>
        <source>Reminder Settings</source>
        <translation>Erinnerungseinstellungen</translation>
    </message>
    <message>
        <source>Days before each deadline</source>
        <translation>Tage vor jeder Frist</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>CertTrack shows a desktop notification when a deadline is this many days away, and at its next start for anything that fell due while it was closed. The renewal plan exported for your calendar carries the same alarms.</source>
        <translation>CertTrack zeigt eine Desktop-Benachrichtigung, wenn eine Frist so viele Tage entfernt ist, und beim nächsten Start für alles, was fällig wurde, während es geschlossen war. Der für Ihren Kalender exportierte Verlängerungsplan enthält dieselben Alarme.</translation>
    </message>
    <message>
        <source>Days &amp;before each deadline:</source>
        <translation>Tage &amp;vor jeder Frist:</translation>
    </message>
    <message>
        <source>Give whole numbers of days from 1 to 3660, separated by commas.</source>
        <translation>Geben Sie ganze Tageszahlen von 1 bis 3660 an, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>RenewalCalendar</name>
    <message>
        <source>pass the exam %1</source>
        <translation>die Prüfung %1 bestehen</translation>
    </message>
    <message>
        <source>earn %1 more CE credits</source>
        <translation>noch %1 CE-Punkte erwerben</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>%1 besitzen</translation>
    </message>
    <message>
        <source>renew %1</source>
        <translation>%1 verlängern</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 of: %2</source>
        <translation>%1 von: %2</translation>
    </message>
    <message>
        <source>%1 expires on %2; it can be renewed up to that day.</source>
        <translation>%1 läuft am %2 ab; sie kann bis zu diesem Tag verlängert werden.</translation>
    </message>
    <message>
        <source>Renewing it also renews %1.</source>
        <translation>Die Verlängerung verlängert auch %1.</translation>
    </message>
    <message>
        <source>%1: every requirement is met.</source>
        <translation>%1: Alle Anforderungen sind erfüllt.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Certification renewals</source>
        <translation>Zertifizierungsverlängerungen</translation>
    </message>
    <message>
        <source>Last day to renew %1</source>
        <translation>Letzter Tag zur Verlängerung von %1</translation>
    </message>
    <message>
        <source>Certification renewal</source>
        <translation>Zertifizierungsverlängerung</translation>
    </message>
    <message>
        <source>%1 expires today</source>
        <translation>%1 läuft heute ab</translation>
    </message>
    <message>
        <source>%1 expires tomorrow</source>
        <translation>%1 läuft morgen ab</translation>
    </message>
    <message>
        <source>%1 expires in %2 days</source>
        <translation>%1 läuft in %2 Tagen ab</translation>
    </message>
</context>
<context>
    <name>RequirementProgressModel</name>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ServiceRequests</name>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SettingsQuestionsModel</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Required — not answered</source>
        <translation>Pflichtfrage – nicht beantwortet</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>&amp;Update/Confirm</source>
        <translation>&amp;Aktualisieren/Bestätigen</translation>
    </message>
    <message>
        <source>Your settings were changed elsewhere since this page loaded them, so your answers were not saved. They are still shown below. Reload to see the saved answers, then make your change again.</source>
        <translation>Ihre Einstellungen wurden an anderer Stelle geändert, seit diese Seite sie geladen hat; Ihre Antworten wurden daher nicht gespeichert. Sie werden unten weiter angezeigt. Laden Sie neu, um die gespeicherten Antworten zu sehen, und nehmen Sie die Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>Reload settings</source>
        <translation>Einstellungen neu laden</translation>
    </message>
    <message>
        <source>Update and confirm settings</source>
        <translation>Einstellungen aktualisieren und bestätigen</translation>
    </message>
    <message>
        <source>Settings questions</source>
        <translation>Einstellungsfragen</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1: Yes</source>
        <translation>%1: Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1: No</source>
        <translation>%1: Nein</translation>
    </message>
    <message>
        <source>Required *</source>
        <translation>Pflichtfeld *</translation>
    </message>
    <message>
        <source>Confirmed on %1.</source>
        <translation>Bestätigt am %1.</translation>
    </message>
    <message>
        <source>Your answers have not been confirmed yet. Answer every required question, then choose Update/Confirm.</source>
        <translation>Ihre Antworten wurden noch nicht bestätigt. Beantworten Sie alle Pflichtfragen und wählen Sie dann Aktualisieren/Bestätigen.</translation>
    </message>
    <message>
        <source>Answer every required question (*) first.</source>
        <translation>Beantworten Sie zuerst alle Pflichtfragen (*).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>ShippingForm</name>
    <message>
        <source>First Name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address (Cont)</source>
        <translation>Adresse (Forts.)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation>Bundesland/Provinz</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Land auswählen</translation>
    </message>
    <message>
        <source>Demographics - English (Roman) alphabet only</source>
        <translation>Personendaten – nur lateinisches Alphabet</translation>
    </message>
    <message>
        <source>Localized - Double byte characters allowed</source>
        <translation>Lokalisiert – Doppelbyte-Zeichen erlaubt</translation>
    </message>
    <message>
        <source>Review and update the information below before proceeding</source>
        <translation>Prüfen und aktualisieren Sie die folgenden Angaben, bevor Sie fortfahren</translation>
    </message>
    <message>
        <source>Optional: your name and address in your own script</source>
        <translation>Optional: Ihr Name und Ihre Adresse in Ihrer eigenen Schrift</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in to CertTrack</source>
        <translation>Bei CertTrack anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with the login ID and password of your certification account.</source>
        <translation>Melden Sie sich mit der Anmelde-ID und dem Passwort Ihres Zertifizierungskontos an.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Optional: the server&apos;s own CA certificate (PEM)</source>
        <translation>Optional: das eigene CA-Zertifikat des Servers (PEM)</translation>
    </message>
    <message>
        <source>Choose certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle wählen</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>Anmelde-ID</translation>
    </message>
    <message>
        <source>The login ID from your welcome email</source>
        <translation>Die Anmelde-ID aus Ihrer Willkommens-E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps you signed in and your data available offline. Do not use on a shared computer.</source>
        <translation>Hält Sie angemeldet und Ihre Daten offline verfügbar. Nicht auf einem gemeinsam genutzten Computer verwenden.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation>Anmelde-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;First time signing in?</source>
        <translation>&amp;Erstmalige Anmeldung?</translation>
    </message>
    <message>
        <source>First time signing in</source>
        <translation>Erstmalige Anmeldung</translation>
    </message>
    <message>
        <source>Map your account and set your password by email.</source>
        <translation>Ordnen Sie Ihr Konto zu und legen Sie Ihr Passwort per E-Mail fest.</translation>
    </message>
    <message>
        <source>F&amp;orgot password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Enter the server address first: the link comes from that server.</source>
        <translation>Geben Sie zuerst die Serveradresse ein: Der Link kommt von diesem Server.</translation>
    </message>
    <message>
        <source>Enter the server address, your login ID and your password.</source>
        <translation>Geben Sie die Serveradresse, Ihre Anmelde-ID und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>CertTrack only connects over HTTPS. Use an address starting with https://.</source>
        <translation>CertTrack verbindet sich nur über HTTPS. Verwenden Sie eine Adresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Certificate authority of the server</source>
        <translation>Zertifizierungsstelle des Servers</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The login ID or password is not correct. Check them and try again.</source>
        <translation>Anmelde-ID oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection.
%1</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.
%1</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it.
%1
If this server uses its own certificate authority, choose its CA file above.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, daher wurde nichts an ihn gesendet.
%1
Verwendet dieser Server eine eigene Zertifizierungsstelle, wählen Sie oben deren CA-Datei.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes before trying again.</source>
        <translation>Zu viele Anmeldeversuche. Warten Sie einige Minuten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. You can try again in %1.</source>
        <translation>Zu viele Anmeldeversuche. Sie können es in %1 erneut versuchen.</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Sie können sich jetzt erneut anmelden.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in (%1)</source>
        <translation>Anmelden (%1)</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The server sent data that could not be read (%1).</source>
        <translation>Der Server hat Daten gesendet, die nicht gelesen werden konnten (%1).</translation>
    </message>
    <message>
        <source>This computer&apos;s disk is full, so the data just synced could not be saved; the copy from the previous sync is kept. Free some space and sync again.</source>
        <translation>Der Datenträger dieses Computers ist voll, daher konnten die gerade synchronisierten Daten nicht gespeichert werden; die Kopie der vorherigen Synchronisierung bleibt erhalten. Geben Sie Speicherplatz frei und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>The data just synced could not be saved on this computer (%1); the copy from the previous sync is kept.</source>
        <translation>Die gerade synchronisierten Daten konnten auf diesem Computer nicht gespeichert werden (%1); die Kopie der vorherigen Synchronisierung bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1: not a list of resources</source>
        <translation>%1: keine Liste von Ressourcen</translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot draw %1.</source>
        <translation>%1 kann nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
</context>
<context>
    <name>TestingHistoryPage</name>
    <message>
        <source>Testing history sections</source>
        <translation>Bereiche der Prüfungshistorie</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>E&amp;xams</source>
        <translation>Prü&amp;fungen</translation>
    </message>
    <message>
        <source>Click a column heading to sort in ascending or descending order.</source>
        <translation>Klicken Sie auf eine Spaltenüberschrift, um auf- oder absteigend zu sortieren.</translation>
    </message>
    <message>
        <source>Certification agreements</source>
        <translation>Zertifizierungsvereinbarungen</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>&amp;Vereinbarungen</translation>
    </message>
    <message>
        <source>Double-click an agreement, or press Enter on it, to read it.</source>
        <translation>Doppelklicken Sie auf eine Vereinbarung oder drücken Sie darauf die Eingabetaste, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Continuing education activities</source>
        <translation>Weiterbildungsaktivitäten</translation>
    </message>
    <message>
        <source>CE Acti&amp;vities</source>
        <translation>&amp;CE-Aktivitäten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>E-commerce transactions</source>
        <translation>E-Commerce-Transaktionen</translation>
    </message>
    <message>
        <source>E-co&amp;mmerce Transactions</source>
        <translation>E-Co&amp;mmerce-Transaktionen</translation>
    </message>
</context>
<context>
    <name>TokenJob</name>
    <message>
        <source>The server&apos;s sign-in answer could not be read (%1).</source>
        <translation>Die Anmeldeantwort des Servers konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The login ID or password is incorrect.</source>
        <translation>Anmelde-ID oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server refused the sign-in request (%1).</source>
        <translation>Der Server hat die Anmeldeanfrage abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>TranscriptFormDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Active certifications</source>
        <translation>Aktive Zertifizierungen</translation>
    </message>
    <message>
        <source>All New Certificates</source>
        <translation>Alle neuen Zertifikate</translation>
    </message>
    <message>
        <source>Only the certifications chosen below</source>
        <translation>Nur die unten gewählten Zertifizierungen</translation>
    </message>
    <message>
        <source>Edit transcript</source>
        <translation>Leistungsnachweis bearbeiten</translation>
    </message>
    <message>
        <source>Create new transcript</source>
        <translation>Neuen Leistungsnachweis erstellen</translation>
    </message>
    <message>
        <source>Transcript ID</source>
        <translation>Leistungsnachweis-ID</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Display the name</source>
        <translation>Namen anzeigen</translation>
    </message>
    <message>
        <source>Display the address</source>
        <translation>Adresse anzeigen</translation>
    </message>
    <message>
        <source>Display the email address</source>
        <translation>E-Mail-Adresse anzeigen</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Läuft ab nach</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Who it is for, e.g. &quot;Acme Networks application&quot;</source>
        <translation>Für wen er ist, z. B. „Bewerbung bei Acme Networks“</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Shows whatever certifications are active when the transcript is viewed.</source>
        <translation>Zeigt alle Zertifizierungen, die beim Aufruf des Leistungsnachweises aktiv sind.</translation>
    </message>
    <message>
        <source>Shows the certifications ticked below and every certification you earn from now on.</source>
        <translation>Zeigt die unten markierten Zertifizierungen und jede, die Sie ab jetzt erwerben.</translation>
    </message>
    <message>
        <source>Shows exactly the certifications ticked below.</source>
        <translation>Zeigt genau die unten markierten Zertifizierungen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;reate transcript</source>
        <translation>Leistungsnachweis &amp;erstellen</translation>
    </message>
    <message>
        <source>Transcript ID:</source>
        <translation>Leistungsnachweis-ID:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Display options:</source>
        <translation>Anzeigeoptionen:</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>Läuft a&amp;b nach:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>An&amp;merkungen:</translation>
    </message>
    <message>
        <source>Disclose:</source>
        <translation>Offenlegen:</translation>
    </message>
    <message>
        <source>Assigned by the server when you create the transcript</source>
        <translation>Wird beim Erstellen des Leistungsnachweises vom Server vergeben</translation>
    </message>
    <message>
        <source>Certifications to display in the transcript</source>
        <translation>Im Leistungsnachweis anzuzeigende Zertifizierungen</translation>
    </message>
    <message>
        <source>Certification Name</source>
        <translation>Name der Zertifizierung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Talking to the server…</source>
        <translation>Verbindung zum Server…</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Bitte korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>This transcript was changed elsewhere since you opened it. The current version is shown; make your change again.</source>
        <translation>Dieser Leistungsnachweis wurde an anderer Stelle geändert, seit Sie ihn geöffnet haben. Die aktuelle Fassung wird angezeigt; nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>Transcript created. Its ID is %1; share it from the list.</source>
        <translation>Leistungsnachweis erstellt. Seine ID ist %1; teilen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>TranscriptPreviewDialog</name>
    <message>
        <source>Preview of transcript %1</source>
        <translation>Vorschau des Leistungsnachweises %1</translation>
    </message>
    <message>
        <source>Transcript preview</source>
        <translation>Vorschau des Leistungsnachweises</translation>
    </message>
    <message>
        <source>This is what a person opening the link sees now. Previews are not counted as views.</source>
        <translation>So sieht ihn jetzt jemand, der den Link öffnet. Vorschauen zählen nicht als Aufrufe.</translation>
    </message>
</context>
<context>
    <name>TranscriptShareDialog</name>
    <message>
        <source>&amp;Preview Email</source>
        <translation>E-Mail-&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Email this Transcript</source>
        <translation>Diesen Leistungsnachweis per E-Mail senden</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>E-Mail-Vorschau</translation>
    </message>
    <message>
        <source>Preview Email shows the message here before you send it.</source>
        <translation>„E-Mail-Vorschau“ zeigt die Nachricht hier, bevor Sie sie senden.</translation>
    </message>
    <message>
        <source>Transcript link</source>
        <translation>Link zum Leistungsnachweis</translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Share the link</source>
        <translation>Link teilen</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>My certification transcript</source>
        <translation>Mein Zertifizierungs-Leistungsnachweis</translation>
    </message>
    <message>
        <source>&amp;Facebook</source>
        <translation>&amp;Facebook</translation>
    </message>
    <message>
        <source>&amp;X</source>
        <translation>&amp;X</translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation>&amp;LinkedIn</translation>
    </message>
    <message>
        <source>Opens your web browser to share the link</source>
        <translation>Öffnet Ihren Webbrowser, um den Link zu teilen</translation>
    </message>
    <message>
        <source>Transcript &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>Leistungsnachweis &lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s email address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Empfängers ein.</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>An: %1
Betreff: %2

%3</translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation>(noch nicht eingegeben)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>Der Link ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>TranscriptsModel</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Läuft ab nach</translation>
    </message>
    <message>
        <source>Display Options</source>
        <translation>Anzeigeoptionen</translation>
    </message>
    <message>
        <source># Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Last viewed</source>
        <translation>Zuletzt aufgerufen</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Email, link, Facebook, X, LinkedIn</source>
        <translation>E-Mail, Link, Facebook, X, LinkedIn</translation>
    </message>
    <message>
        <source>Not shareable (%1)</source>
        <translation>Nicht teilbar (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>TranscriptsPage</name>
    <message>
        <source>Transcripts</source>
        <translation>Leistungsnachweise</translation>
    </message>
    <message>
        <source>Create &amp;new transcript</source>
        <translation>&amp;Neuer Leistungsnachweis</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Bearbe&amp;iten</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>V&amp;orschau</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>T&amp;eilen…</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <source>Create a new transcript or edit an existing one. Then, select the transcript and enter an email address to send directions on how to access your transcripts.</source>
        <translation>Erstellen Sie einen neuen Leistungsnachweis oder bearbeiten Sie einen vorhandenen. Wählen Sie dann den Leistungsnachweis aus und geben Sie eine E-Mail-Adresse ein, um eine Anleitung zum Abrufen Ihrer Leistungsnachweise zu senden.</translation>
    </message>
    <message>
        <source>Change the selected transcript</source>
        <translation>Ausgewählten Leistungsnachweis ändern</translation>
    </message>
    <message>
        <source>See the selected transcript as its readers do (not counted as a view)</source>
        <translation>Ausgewählten Leistungsnachweis so sehen, wie seine Leser ihn sehen (zählt nicht als Aufruf)</translation>
    </message>
    <message>
        <source>Email the link, copy it, or share it on Facebook, X or LinkedIn</source>
        <translation>Link per E-Mail senden, kopieren oder auf Facebook, X oder LinkedIn teilen</translation>
    </message>
    <message>
        <source>Withdraw the selected transcript: its link stops working</source>
        <translation>Ausgewählten Leistungsnachweis zurückziehen: Sein Link funktioniert dann nicht mehr</translation>
    </message>
    <message>
        <source>Transcript %1 has expired or was deactivated: its link shows only that it is no longer available.</source>
        <translation>Leistungsnachweis %1 ist abgelaufen oder wurde deaktiviert: Sein Link zeigt nur noch, dass er nicht mehr verfügbar ist.</translation>
    </message>
    <message>
        <source>Deactivate transcript</source>
        <translation>Leistungsnachweis deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate the transcript &quot;%1&quot;? Its link will stop working for everyone, and it cannot be activated again.</source>
        <translation>Leistungsnachweis „%1“ deaktivieren? Sein Link funktioniert dann für niemanden mehr, und er kann nicht wieder aktiviert werden.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Holder: %1 (a hashed email address: the person is not named)</source>
        <translation>Inhaber: %1 (eine gehashte E-Mail-Adresse: Die Person wird nicht genannt)</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation>Leistung: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Issuer: %1 (%2)</source>
        <translation>Aussteller: %1 (%2)</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Ausgestellt: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>Reason for revocation: %1</source>
        <translation>Widerrufsgrund: %1</translation>
    </message>
    <message>
        <source>Checked offline against the issuer&apos;s keys fetched %1</source>
        <translation>Offline geprüft mit den Schlüsseln des Ausstellers, abgerufen %1</translation>
    </message>
    <message>
        <source>and its revocation list fetched %1</source>
        <translation>und mit seiner Sperrliste, abgerufen %1</translation>
    </message>
</context>
<context>
    <name>VerificationFetcher</name>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>%1 is not an https:// address, and only those are fetched.</source>
        <translation>%1 ist keine https://-Adresse, und nur solche werden abgerufen.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 KiB, more than any credential material needs.</source>
        <translation>%1 hat mehr als %2 KiB gesendet, mehr als jedes Nachweismaterial benötigt.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for %3.</source>
        <translation>%1 hat für %3 mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>The connection to %1 is not trusted (%2).</source>
        <translation>Der Verbindung zu %1 wird nicht vertraut (%2).</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2).</source>
        <translation>%1 ist nicht erreichbar (%2).</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>no local copy of %1: remember the account (in CertTrack, or with certtrack certificate --remember) so its server&apos;s keys are cached.</source>
        <translation>keine lokale Kopie von %1: Lassen Sie das Konto speichern (in CertTrack oder mit certtrack certificate --remember), damit die Schlüssel seines Servers zwischengespeichert werden.</translation>
    </message>
    <message>
        <source>%1 is remembered on several servers: choose one with --server.</source>
        <translation>%1 ist auf mehreren Servern gespeichert: Wählen Sie einen mit --server.</translation>
    </message>
    <message>
        <source>no local copy of %1 on %2.</source>
        <translation>keine lokale Kopie von %1 auf %2.</translation>
    </message>
    <message>
        <source>(see certtrack verify --help)</source>
        <translation>(siehe certtrack verify --help)</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential.</source>
        <translation>%1 ist zu groß für einen Nachweis.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>VerifyCredentialDialog</name>
    <message>
        <source>Verify a Credential</source>
        <translation>Nachweis prüfen</translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation>Nachweis prüfen</translation>
    </message>
    <message>
        <source>Choose a badge image (PNG or SVG), a credential file (JSON) or a JWT, or drop one here. Credentials of your programme are checked against its keys from your last sync; other issuers&apos; are checked over the network.</source>
        <translation>Wählen Sie ein Badge-Bild (PNG oder SVG), eine Nachweisdatei (JSON) oder ein JWT, oder ziehen Sie eines hierher. Nachweise Ihres Programms werden mit dessen Schlüsseln aus Ihrer letzten Synchronisierung geprüft, die anderer Aussteller über das Netz.</translation>
    </message>
    <message>
        <source>How to verify</source>
        <translation>So prüfen Sie</translation>
    </message>
    <message>
        <source>&amp;Choose a File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a file to verify</source>
        <translation>Zu prüfende Datei wählen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Verdict details</source>
        <translation>Details zum Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>&amp;Keep This Credential</source>
        <translation>Nachweis &amp;behalten</translation>
    </message>
    <message>
        <source>Keep this credential on my account</source>
        <translation>Diesen Nachweis in meinem Konto behalten</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential.</source>
        <translation>%1 ist zu groß für einen Nachweis.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Choose a Credential</source>
        <translation>Nachweis wählen</translation>
    </message>
    <message>
        <source>Credentials (*.png *.svg *.json *.jwt *.txt);;All files (*)</source>
        <translation>Nachweise (*.png *.svg *.json *.jwt *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Issued by your programme&apos;s server.</source>
        <translation>Vom Server Ihres Programms ausgestellt.</translation>
    </message>
    <message>
        <source>Keeping the credential on your account…</source>
        <translation>Nachweis wird in Ihrem Konto gespeichert…</translation>
    </message>
    <message>
        <source>The credential was not kept: %1</source>
        <translation>Der Nachweis wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Kept on your account.</source>
        <translation>In Ihrem Konto gespeichert.</translation>
    </message>
</context>
<context>
    <name>WaitingStep</name>
    <message>
        <source>&amp;Copy the address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open the payment page again</source>
        <translation>Bezahlseite erneut &amp;öffnen</translation>
    </message>
    <message>
        <source>Pay &amp;later</source>
        <translation>&amp;Später bezahlen</translation>
    </message>
    <message>
        <source>&amp;Abandon order</source>
        <translation>Bestellung &amp;verwerfen</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Warten auf Zahlung</translation>
    </message>
    <message>
        <source>Copy the checkout page&apos;s address</source>
        <translation>Adresse der Bezahlseite kopieren</translation>
    </message>
    <message>
        <source>Checkout page: %1</source>
        <translation>Bezahlseite: %1</translation>
    </message>
    <message>
        <source>The web browser did not open</source>
        <translation>Der Webbrowser hat sich nicht geöffnet</translation>
    </message>
    <message>
        <source>CertTrack could not open the checkout page in a web browser. Copy its address below into a browser to pay; this window still notices by itself when the payment is approved, declined or cancelled. You can also close this window and pay later from the fulfillment history.</source>
        <translation>CertTrack konnte die Bezahlseite nicht in einem Webbrowser öffnen. Kopieren Sie die Adresse unten in einen Browser, um zu bezahlen; dieses Fenster bemerkt trotzdem selbst, wenn die Zahlung genehmigt, abgelehnt oder abgebrochen wird. Sie können dieses Fenster auch schließen und später aus dem Bestellverlauf bezahlen.</translation>
    </message>
    <message>
        <source>Waiting for payment in your browser…</source>
        <translation>Warten auf die Zahlung in Ihrem Browser…</translation>
    </message>
    <message>
        <source>Complete the payment on the checkout page that opened in your web browser. This window notices by itself when the payment is approved, declined or cancelled.

Closed the browser? Open the page again. You can also close this window and pay later from the fulfillment history.</source>
        <translation>Schließen Sie die Zahlung auf der Bezahlseite ab, die sich in Ihrem Webbrowser geöffnet hat. Dieses Fenster bemerkt selbst, wenn die Zahlung genehmigt, abgelehnt oder abgebrochen wird.

Browser geschlossen? Öffnen Sie die Seite erneut. Sie können dieses Fenster auch schließen und später aus dem Bestellverlauf bezahlen.</translation>
    </message>
    <message>
        <source>&amp;Try the browser again</source>
        <translation>Browser &amp;erneut versuchen</translation>
    </message>
</context>
<context>
    <name>certtrack::app</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>A folder to write the record into, or a FILE.zip to write it as one zip file.</source>
        <translation>Ein Ordner, in den die Unterlagen geschrieben werden, oder eine DATEI.zip für eine einzige ZIP-Datei.</translation>
    </message>
    <message>
        <source>(see certtrack archive --help)</source>
        <translation>(siehe certtrack archive --help)</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>unerwartetes Argument %1.</translation>
    </message>
    <message>
        <source>--output DIR|FILE.zip is required.</source>
        <translation>--output DIR|FILE.zip ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is a file: give a folder, or a name ending in .zip.</source>
        <translation>%1 ist eine Datei: Geben Sie einen Ordner an oder einen Namen, der auf .zip endet.</translation>
    </message>
    <message>
        <source>The certification, by acronym or id.</source>
        <translation>Die Zertifizierung, nach Kürzel oder ID.</translation>
    </message>
    <message>
        <source>Every eligible certification.</source>
        <translation>Jede berechtigte Zertifizierung.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Where --all writes ACRONYM-CODE.pdf files.</source>
        <translation>Wohin --all die Dateien KÜRZEL-CODE.pdf schreibt.</translation>
    </message>
    <message>
        <source>(see certtrack certificate --help)</source>
        <translation>(siehe certtrack certificate --help)</translation>
    </message>
    <message>
        <source>give either --certification or --all.</source>
        <translation>Geben Sie entweder --certification oder --all an.</translation>
    </message>
    <message>
        <source>--certification needs --output FILE.pdf.</source>
        <translation>--certification braucht --output DATEI.pdf.</translation>
    </message>
    <message>
        <source>--all needs --output-dir DIR.</source>
        <translation>--all braucht --output-dir ORDNER.</translation>
    </message>
    <message>
        <source>CertTrack: your certifications on your desktop.
Starting it again brings the running window forward.</source>
        <translation>CertTrack: Ihre Zertifizierungen auf Ihrem Desktop.
Ein erneuter Start holt das laufende Fenster nach vorn.</translation>
    </message>
    <message>
        <source>Start a private demo server and sign in to it. A demo runs beside any other CertTrack window.</source>
        <translation>Einen privaten Demo-Server starten und sich dort anmelden. Eine Demo läuft neben jedem anderen CertTrack-Fenster.</translation>
    </message>
    <message>
        <source>Address of the server, e.g. https://host:8443.</source>
        <translation>Adresse des Servers, z. B. https://host:8443.</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM) for the server.</source>
        <translation>Diesem CA-Zertifikat (PEM) für den Server zusätzlich vertrauen.</translation>
    </message>
    <message>
        <source>Shared machine: nobody is remembered and nothing of a person is kept on this computer. An administrator can turn this on for everybody with kiosk=true in the system-wide settings.</source>
        <translation>Gemeinsam genutzter Rechner: Niemand wird gespeichert, und nichts von einer Person bleibt auf diesem Computer. Eine Administratorin oder ein Administrator kann dies mit kiosk=true in den systemweiten Einstellungen für alle einschalten.</translation>
    </message>
    <message>
        <source>With --kiosk: sign out after this many minutes without input (at least 1; default 10).</source>
        <translation>Mit --kiosk: nach so vielen Minuten ohne Eingabe abmelden (mindestens 1; Standard 10).</translation>
    </message>
    <message>
        <source>--kiosk-idle-minutes needs a whole number of minutes, at least 1</source>
        <translation>--kiosk-idle-minutes braucht eine ganze Zahl von Minuten, mindestens 1</translation>
    </message>
    <message>
        <source>--server needs an https:// address</source>
        <translation>--server braucht eine https://-Adresse</translation>
    </message>
    <message>
        <source>--demo runs its own server; leave out --server</source>
        <translation>--demo startet einen eigenen Server; lassen Sie --server weg</translation>
    </message>
    <message>
        <source>Checks an Open Badges credential (a baked PNG or SVG, credential JSON or a VC-JWT) without opening a window.
A credential of the account&apos;s own server is checked against the keys and revocation list cached at its last sync; another issuer&apos;s is checked over the network.
Exit status: 0 valid, 1 not valid (forged, altered, expired or revoked), 2 wrong usage, 3 cannot be checked here.</source>
        <translation>Prüft einen Open-Badges-Nachweis (ein PNG oder SVG mit eingebettetem Nachweis, Nachweis-JSON oder ein VC-JWT), ohne ein Fenster zu öffnen.
Ein Nachweis vom eigenen Server des Kontos wird mit den Schlüsseln und der Sperrliste aus seiner letzten Synchronisierung geprüft; der eines anderen Ausstellers über das Netz.
Exit-Status: 0 gültig, 1 ungültig (gefälscht, verändert, abgelaufen oder widerrufen), 2 falscher Aufruf, 3 hier nicht prüfbar.</translation>
    </message>
    <message>
        <source>A remembered account whose server&apos;s cached keys check its own credentials offline.</source>
        <translation>Ein gespeichertes Konto, mit dessen zwischengespeicherten Serverschlüsseln seine eigenen Nachweise offline geprüft werden.</translation>
    </message>
    <message>
        <source>The server (https://host:port) the login is remembered on, when it is remembered on several.</source>
        <translation>Der Server (https://host:port), auf dem die Anmeldung gespeichert ist, falls sie auf mehreren gespeichert ist.</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM) when fetching.</source>
        <translation>Diesem CA-Zertifikat (PEM) beim Abrufen zusätzlich vertrauen.</translation>
    </message>
    <message>
        <source>Use no network: only what is cached is used.</source>
        <translation>Kein Netzwerk verwenden: nur Zwischengespeichertes.</translation>
    </message>
    <message>
        <source>The credential file.</source>
        <translation>Die Nachweisdatei.</translation>
    </message>
    <message>
        <source>give the credential file to check.</source>
        <translation>Geben Sie die zu prüfende Nachweisdatei an.</translation>
    </message>
    <message>
        <source>give one file at a time.</source>
        <translation>Geben Sie jeweils nur eine Datei an.</translation>
    </message>
    <message>
        <source>--server needs an https:// address.</source>
        <translation>--server braucht eine https://-Adresse.</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>there is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>Writes a candidate&apos;s whole record without opening a window: every PDF certificate, the badges baked as PNG images, the transcripts, every table as CSV, the renewal plan as iCalendar and an index.html page.
From the local copy of a remembered account, or after signing in with --server and --password-stdin.
Exit status: 0 written, 2 wrong usage, 3 no local copy of the account, 5 sign-in or sync failed, 6 the archive could not be written, 7 written, but the local copy could not be updated (a full disk).</source>
        <translation>Schreibt die gesamten Unterlagen eines Kandidaten, ohne ein Fenster zu öffnen: jedes PDF-Zertifikat, die Badges als PNG-Bilder mit eingebettetem Nachweis, die Leistungsnachweise, jede Tabelle als CSV, den Verlängerungsplan als iCalendar und eine Seite index.html.
Aus der lokalen Kopie eines gespeicherten Kontos oder nach einer Anmeldung mit --server und --password-stdin.
Exit-Status: 0 geschrieben, 2 falscher Aufruf, 3 keine lokale Kopie des Kontos, 5 Anmeldung oder Synchronisierung fehlgeschlagen, 6 Archiv konnte nicht geschrieben werden, 7 geschrieben, aber die lokale Kopie konnte nicht aktualisiert werden (Datenträger voll).</translation>
    </message>
    <message>
        <source>Saves PDF certificates of a candidate&apos;s certifications without opening a window.
From the local copy of a remembered account, or after signing in with --server and --password-stdin.
Exit status: 0 written, 2 wrong usage, 3 no local copy of the account, 4 unknown or ineligible certification, 5 sign-in or sync failed, 6 the file could not be written, 7 written, but the local copy could not be updated (a full disk).</source>
        <translation>Speichert PDF-Zertifikate der Zertifizierungen eines Kandidaten, ohne ein Fenster zu öffnen.
Aus der lokalen Kopie eines gespeicherten Kontos oder nach einer Anmeldung mit --server und --password-stdin.
Exit-Status: 0 geschrieben, 2 falscher Aufruf, 3 keine lokale Kopie des Kontos, 4 unbekannte oder nicht berechtigte Zertifizierung, 5 Anmeldung oder Synchronisierung fehlgeschlagen, 6 Datei konnte nicht geschrieben werden, 7 geschrieben, aber die lokale Kopie konnte nicht aktualisiert werden (Datenträger voll).</translation>
    </message>
</context>
<context>
    <name>certtrack::app::AccountCommand</name>
    <message>
        <source>The candidate&apos;s login id.</source>
        <translation>Die Anmelde-ID des Kandidaten.</translation>
    </message>
    <message>
        <source>The server (https://host:port): picks among several remembered servers, or the one to sign in to.</source>
        <translation>Der Server (https://host:port): wählt unter mehreren gespeicherten Servern aus oder ist der, bei dem angemeldet wird.</translation>
    </message>
    <message>
        <source>Trust this CA certificate (PEM) for the server.</source>
        <translation>Diesem CA-Zertifikat (PEM) für den Server vertrauen.</translation>
    </message>
    <message>
        <source>Sign in with the password on standard input and sync before writing.</source>
        <translation>Mit dem Passwort von der Standardeingabe anmelden und vor dem Schreiben synchronisieren.</translation>
    </message>
    <message>
        <source>Keep the synced copy on disk (and the sign-in in the keychain) for later offline use.</source>
        <translation>Die synchronisierte Kopie auf der Festplatte (und die Anmeldung im Schlüsselbund) für spätere Offline-Nutzung behalten.</translation>
    </message>
    <message>
        <source>(see certtrack %1 --help)</source>
        <translation>(siehe certtrack %1 --help)</translation>
    </message>
    <message>
        <source>--login is required.</source>
        <translation>--login ist erforderlich.</translation>
    </message>
    <message>
        <source>--server needs an https:// address.</source>
        <translation>--server braucht eine https://-Adresse.</translation>
    </message>
    <message>
        <source>--password-stdin needs --server.</source>
        <translation>--password-stdin braucht --server.</translation>
    </message>
    <message>
        <source>--remember needs --password-stdin (it keeps what a sign-in fetched).</source>
        <translation>--remember braucht --password-stdin (es behält, was eine Anmeldung abgerufen hat).</translation>
    </message>
    <message>
        <source>--remember is not available: this computer is in kiosk mode, where nothing of a person is kept.</source>
        <translation>--remember ist nicht verfügbar: Dieser Computer ist im Kioskmodus, in dem nichts von einer Person aufbewahrt wird.</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>no local copy of %1: sign in once with --server URL --password-stdin --remember (or remember the account in CertTrack).</source>
        <translation>keine lokale Kopie von %1: Melden Sie sich einmal mit --server URL --password-stdin --remember an (oder lassen Sie das Konto in CertTrack speichern).</translation>
    </message>
    <message>
        <source>no local copy of %1 on %2: sign in once with --password-stdin --remember.</source>
        <translation>keine lokale Kopie von %1 auf %2: Melden Sie sich einmal mit --password-stdin --remember an.</translation>
    </message>
    <message>
        <source>%1 is remembered on several servers (%2): choose one with --server.</source>
        <translation>%1 ist auf mehreren Servern gespeichert (%2): Wählen Sie einen mit --server.</translation>
    </message>
    <message>
        <source>no local copy of %1 on %2%3.</source>
        <translation>keine lokale Kopie von %1 auf %2%3.</translation>
    </message>
    <message>
        <source>the local copy of %1 is empty: sync it first.</source>
        <translation>Die lokale Kopie von %1 ist leer: Synchronisieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>the local copy of %1 cannot be read: %2</source>
        <translation>Die lokale Kopie von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no local copy can be kept: %1</source>
        <translation>Es kann keine lokale Kopie aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>sign-in to %1 failed: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>sync with %1 failed: %2</source>
        <translation>Synchronisierung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no keychain is available (%1): the local copy is kept, but the next online use needs the password again.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Die lokale Kopie bleibt erhalten, aber die nächste Online-Nutzung braucht wieder das Passwort.</translation>
    </message>
</context>
<context>
    <name>certtrack::app::ArchiveCommand</name>
    <message>
        <source>no password on standard input.</source>
        <translation>Kein Passwort auf der Standardeingabe.</translation>
    </message>
</context>
<context>
    <name>certtrack::app::CertificateCommand</name>
    <message>
        <source>no password on standard input.</source>
        <translation>Kein Passwort auf der Standardeingabe.</translation>
    </message>
</context>
<context>
    <name>certtrack::app::ClientApplication</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Please sign in again. %1</source>
        <translation>Bitte melden Sie sich erneut an. %1</translation>
    </message>
    <message>
        <source>You were signed out: %1</source>
        <translation>Sie wurden abgemeldet: %1</translation>
    </message>
    <message>
        <source>You were signed out because nobody used CertTrack for a while.</source>
        <translation>Sie wurden abgemeldet, weil CertTrack eine Weile nicht benutzt wurde.</translation>
    </message>
</context>
<context>
    <name>certtrack::app::DemoServer</name>
    <message>
        <source>No temporary folder for the demo server: %1</source>
        <translation>Kein temporärer Ordner für den Demo-Server: %1</translation>
    </message>
    <message>
        <source>The demo server %1 was not found. Build it, or point CERTTRACKD at it.</source>
        <translation>Der Demo-Server %1 wurde nicht gefunden. Bauen Sie ihn, oder lassen Sie CERTTRACKD auf ihn zeigen.</translation>
    </message>
    <message>
        <source>The demo server crashed.
%1</source>
        <translation>Der Demo-Server ist abgestürzt.
%1</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1).
%2</source>
        <translation>Der Demo-Server wurde beendet (Exit-Code %1).
%2</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>certtrack::client::LocalCache</name>
    <message>
        <source>The local copy of this account was damaged and has been discarded (%1).</source>
        <translation>Die lokale Kopie dieses Kontos war beschädigt und wurde verworfen (%1).</translation>
    </message>
    <message>
        <source>the local copy %1 cannot be opened (%2); it is kept as it is. Is the disk full or read-only?</source>
        <translation>die lokale Kopie %1 kann nicht geöffnet werden (%2); sie bleibt unverändert erhalten. Ist der Datenträger voll oder schreibgeschützt?</translation>
    </message>
</context>
<context>
    <name>certtrack::records::BadgeFiles</name>
    <message>
        <source>%1 badge.png</source>
        <translation>%1 Badge.png</translation>
    </message>
    <message>
        <source>%1 badge.svg</source>
        <translation>%1 Badge.svg</translation>
    </message>
    <message>
        <source>%1 credential.jwt</source>
        <translation>%1 Nachweis.jwt</translation>
    </message>
    <message>
        <source>%1 assertion.json</source>
        <translation>%1 Assertion.json</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Open Badges 3.0 credentials (*.jwt)</source>
        <translation>Open-Badges-3.0-Nachweise (*.jwt)</translation>
    </message>
    <message>
        <source>Open Badges 2.0 assertions (*.json)</source>
        <translation>Open-Badges-2.0-Assertions (*.json)</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this badge&apos;s credential was not kept at the last sync. Try again once you are back online.</source>
        <translation>Der Server ist nicht erreichbar, und der Nachweis dieses Badges wurde bei der letzten Synchronisierung nicht aufbewahrt. Versuchen Sie es erneut, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>This badge was revoked: a revoked badge is not baked into an image.</source>
        <translation>Dieses Badge wurde widerrufen: Ein widerrufenes Badge wird nicht in ein Bild eingebettet.</translation>
    </message>
    <message>
        <source>The badge&apos;s image could not be drawn.</source>
        <translation>Das Bild des Badges konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The badge could not be baked here (%1).</source>
        <translation>Das Badge konnte hier nicht eingebettet werden (%1).</translation>
    </message>
</context>
<context>
    <name>certtrack::ui::BadgeActions</name>
    <message>
        <source>Badge image (&amp;PNG)…</source>
        <translation>Badge-Bild (&amp;PNG)…</translation>
    </message>
    <message>
        <source>Badge image (&amp;SVG)…</source>
        <translation>Badge-Bild (&amp;SVG)…</translation>
    </message>
    <message>
        <source>Open Badges 3.0 &amp;credential (.jwt)…</source>
        <translation>Open-Badges-3.0-&amp;Nachweis (.jwt)…</translation>
    </message>
    <message>
        <source>Open Badges 2.0 &amp;assertion (.json)…</source>
        <translation>Open-Badges-2.0-&amp;Assertion (.json)…</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Add to &amp;LinkedIn profile…</source>
        <translation>Zum &amp;LinkedIn-Profil hinzufügen…</translation>
    </message>
    <message>
        <source>Post on Linked&amp;In…</source>
        <translation>Auf Linked&amp;In posten…</translation>
    </message>
    <message>
        <source>Post on &amp;X…</source>
        <translation>Auf &amp;X posten…</translation>
    </message>
    <message>
        <source>Share on &amp;Facebook…</source>
        <translation>Auf &amp;Facebook teilen…</translation>
    </message>
    <message>
        <source>Send by &amp;email…</source>
        <translation>Per &amp;E-Mail senden…</translation>
    </message>
</context>
</TS>
