<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccountController</name>
    <message>
        <source>The local copy of this account cannot be stored (%1); it is kept in memory until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of this account could not be read and will be fetched again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved sign-ins are not used in this mode. Sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in was found for %1. Sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will need to sign in again next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountMappingDialog</name>
    <message>
        <source>First time signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time signing in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system will send an email that includes a link which will allow you to set your password and obtain your login ID. The email address we have on file is most commonly the same one you supplied the last time you took an exam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use your email address to begin the process. If, for some reason, you cannot use the email address you last used to take an exam, you may instead use your score report to begin the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration number printed on your score report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit score report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registration number *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New email address *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the requested data from your score report to begin the process. When this method is successful, the matched account will have its email address updated to the one supplied below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID or email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login ID or email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login ID or the email address of your account. We will send a link to that account&apos;s email address that lets you choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your email; the link expires in 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link to choose your password; the page shows your login ID. Then sign in here with that login ID and the new password. If the email does not arrive within 2 hours, check that it was not flagged as spam before contacting support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the link again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was sent again. Use the newest email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link was sent to %1, the email address we have on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score report matched. The account&apos;s email address is now %1, and a link was sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a link was sent to that account&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. You can try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The CA file %1 could not be read as PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 is not a valid https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is too large (over %n MB).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If %2 uses its own certificate authority, give its CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>&amp;Update/Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers and titles recorded for your account. You can only change your job title here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your attributes were changed elsewhere since this page loaded them, so your change was not saved. What you typed is still shown below. Reload to see the saved values, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update and confirm attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs 1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Nothing set]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributesModel</name>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Nothing set]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change this value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizedRequest</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <source>&amp;Accept (makes it public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make p&amp;rivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make p&amp;ublic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge was changed elsewhere since it was last loaded, so nothing was changed here. It is being reloaded: check it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted. It is public now: anyone with its link can see it and check it with its issuer. You can make it private at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making it public…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making it private…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: anyone with its link can see it and check it with its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: its link now shows nothing of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1, made from the copy kept at the last sync (the server cannot be reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My %1 badge, issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My %1 badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I hold the %1 badge, issued by %2. You can see it, and check it with its issuer, here:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is on the clipboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a new message in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge is private, so its link shows nothing to anyone. Make it public now, then share it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not accepted this badge yet, so its link shows nothing to anyone. Accept it now, then share it? Accepting makes it public; you can make it private again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared: the badge stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeDetailDialog</name>
    <message>
        <source>Badge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting makes the badge public: anyone with its link can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated by the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked by its issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as the server reported at the last sync, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to accept it. Until then its link shows nothing of you. Accepting makes it public; you can make it private again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: anyone with its link can see it and check it with its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: its link shows nothing of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make p&amp;rivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make p&amp;ublic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the badge private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the badge public</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeFeedback</name>
    <message>
        <source>Badge message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1
Expires %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>You have no digital badges yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter digital badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the selected badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges issued for your certifications, as Open Badges credentials. Open one to accept it, choose who sees it, download it or share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials from other issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected credential from your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a Credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a badge or credential file, ours or another issuer&apos;s. You can also drop the file on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential was removed from your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial kit of a certification you achieved: free, once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueStep</name>
    <message>
        <source>There is nothing to claim or buy at the moment: kits are offered for the certifications you hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; Initial kits that have not been claimed show at a price of $0.00. Trackable shipping is available for a fee: check the box next to &quot;Tracking&quot;.&lt;br&gt;The following payment methods are available for certificate purchases: PayPal, Debit Card, Credit Card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking: for Printed Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking is offered with printed certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeActivitiesModel</name>
    <message>
        <source>Import Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External Id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeCreditsModel</name>
    <message>
        <source>Active Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Certificate - %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code &lt;b&gt;%1&lt;/b&gt; &amp;middot; anyone can check it at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code on this certificate will not verify: you answered &quot;No&quot; to &quot;%1&quot;, so the verification page shows no one your name or this certification. To let it verify, change that answer in Personal Info, Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Certificate as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateEligibility</name>
    <message>
        <source>Revoked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet active: active from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certification is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF certificate is offered for this certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certification has no verification code yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateExporter</name>
    <message>
        <source>%1 holds no certifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certification &quot;%2&quot; (it holds: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF certificate for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no certification with a PDF certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the certificate into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePreview</name>
    <message>
        <source>Certificate preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateRenderer</name>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has met every requirement of the certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or visit to verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certification fulfillment kit history &amp; status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;&amp; P&amp;urchase Fulfillment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;y for this order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bandon this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed certificates, plaques and letters sent to you, with the code that verifies each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp; Purchase Fulfillment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the initial kit of a new certification, or buy printed certificates and plaques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for the selected order, which is still waiting for its payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up the selected unpaid order: nothing is charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; Please allow 6-8 weeks for processing and shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not paid yet: select one of its rows to pay for it or to abandon it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to claim or buy kits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming and buying kits needs the server. %1 CertTrack keeps trying; try again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon order %1? Nothing is charged for it, and it cannot be paid any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationAgreementDialog</name>
    <message>
        <source>Certification Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · accepted %2 · expires %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has not sent the text of this agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certification agreement on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement appears here once you have accepted one, usually when you take your first exam.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationDetailView</name>
    <message>
        <source>Select a certification above to see its progress, continuing education credits and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certification has no requirements to track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing education credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CE Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CE Credits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationsModel</name>
    <message>
        <source>Expired certifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive certifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationsPage</name>
    <message>
        <source>Your certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Cert&amp;ificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF certificate of the selected certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recertification planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification A&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the certification agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload Logos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download certification logos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;Logos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ways to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certification first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save the certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationStep</name>
    <message>
        <source>The following fulfillment kits have been successfully purchased and submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;NOTE:&lt;/b&gt; Please allow 6-8 weeks for processing and shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available (%1). On Linux, a Secret Service such as GNOME Keyring or KWallet must be running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed (%1). Is a Secret Service such as GNOME Keyring or KWallet running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialVerifier</name>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs %1 from the network, and this check is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged as plain JSON without JSON-LD processing: no @context is fetched, so a context that does not resolve changes nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, larger than any credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON cannot be read: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a signed Open Badges 2.0 assertion; only hosted 2.0 assertions and 3.0 credentials are checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a credential: neither an Open Badges image, nor credential JSON, nor a JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Open Badges 2.0 assertion is not hosted (verification type &quot;%1&quot;); only hosted assertions are checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion names no id, so it cannot be fetched from its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON is not an Open Badges credential: it is neither an Assertion nor a VerifiableCredential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries an embedded Data Integrity proof, which cannot be checked here (it needs RDF canonicalisation). The same credential as a VC-JWT can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries no proof: nothing shows that its issuer made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed with algorithm &quot;%1&quot;, which is never accepted (only RS256, ES256 and EdDSA are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT&apos;s payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT is not a verifiable credential (its type does not say VerifiableCredential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential names no issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT&apos;s iss (%1) and the credential&apos;s issuer (%2) differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed with a key of %1 but names another issuer, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the issuer&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed with a key (%1) that this server had not published when its keys were last fetched (%2): it is forged, or signed after that; sync and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached key %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT names no key (kid), so the issuer&apos;s key cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed with a key of %1, not of the issuer it names (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is a %1 DID, which cannot be resolved here (did:key and did:web can).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key (%1) cannot be resolved here: only https:// addresses, did:key and did:web are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer does not publish the key %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key cannot be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has no key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers with another key (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a well-formed did:web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s DID document cannot be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DID document fetched for %1 is another one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is not given as a JWK that can be read here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s DID document has no key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed, or it is forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names no revocation status, so it cannot be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its revocation status (of type &quot;%1&quot;) cannot be checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its revocation status entry is malformed (no list or no index).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its revocation list (%1) is not its issuer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is good, but the issuer&apos;s revocation list has not been fetched yet: sync once online and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the revocation list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list cannot be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list is not a signed VC-JWT that can be checked here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Bitstring Status List credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list is issued by %1, not by the credential&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list fetched from %1 says it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list&apos;s signature does not match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list is for %1, the credential asks about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status index %1 lies outside the issuer&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has suspended it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosted Open Badges 2.0 assertion is checked by fetching it from its issuer (%1), and this check is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the assertion from its issuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its issuer does not host this assertion (HTTP %1): it was withdrawn, made private, or never issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion cannot be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer with an assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion at %1 says it is another one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy differs from the one its issuer hosts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion is hosted at %1, not by its issuer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the issuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile cannot be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile at %1 is another one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the badge class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge class cannot be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge class at %1 is another one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its issuer has revoked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was genuine, but its validity ended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is the issuer&apos;s and it is not revoked (checked offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditFeedback</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamsModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalCredentialsModel</name>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchJob</name>
    <message>
        <source>The server said &quot;not modified&quot; to a first request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfillmentDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp; Purchase Fulfillment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is waiting for its payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 · Check the kits to claim or buy, then Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 · Confirm that the shipping information is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 · Choose how to pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 · Pay %1 on the checkout page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was lost: try again when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some shipping details need changing: see the messages under the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon this order? Nothing is charged for it, and it cannot be paid any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was declined. Choose a payment method to try again, pay later from the history, or abandon the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was cancelled. Choose a payment method to try again, pay later from the history, or abandon the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was abandoned: it was not paid within 24 hours, or it was abandoned in another window. Nothing was charged for it and it can no longer be paid. To order these kits, start a new purchase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfillmentModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active certifications: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;planner:%1&quot;&gt;%2&lt;/a&gt; expires %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recertification due within %n day(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the recertification planner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifiersModel</name>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifiersView</name>
    <message>
        <source>Candidate IDs used externally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below are the different IDs assigned to your account including Testing IDs and System IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has used CertTrack for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You will be signed out in %n second(s), and everything shown here will be removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoFileWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files cannot be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 is not a readable SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoService</name>
    <message>
        <source>not an SVG image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogosDialog</name>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Logos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification Logos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By selecting and downloading a logo, you agree to the logo guidelines and agreement below. Each logo is saved as SVG and PNG into a folder you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available logo files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the selected logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the checked logos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.svg and %1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a logo only as the programme&apos;s logo guidelines allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no logo files for your certifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a logo to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview appears once the logo guidelines are accepted: your first download asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.svg and %1.png (%2 × %3 pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first download asks you to accept these guidelines and the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accepted the logo guidelines and the %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have accepted the logo guidelines and the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading also confirms the %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you accept the logo guidelines and the agreement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo guidelines and agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the logos to download first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing downloaded: logos can be downloaded once the guidelines and agreement are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the logos in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording your acceptance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your acceptance could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n logo(s) as SVG and PNG in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logo(s) were saved before this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CertTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Testing History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certi&amp;fications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates &amp;&amp; P&amp;laques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ranscripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digital Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the latest data from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of this account (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CertTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… (last synced %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — last synced %1. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1? Anything CertTrack keeps for this account on this computer is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CertTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertTrack %1&lt;/h3&gt;&lt;p&gt;Your certifications, exams, continuing education, certificates, transcripts and badges, on your desktop and offline.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackable shipping for printed certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderSummary</name>
    <message>
        <source>Items and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderWatcher</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentStep</name>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntinue to payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abandon order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay&amp;Pal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debit Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkout page opens in your web browser. CertTrack never sees your card or account details; it notices by itself when the payment is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the shipping information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window: the order waits in the history, where you can pay for it or abandon it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the catalogue, to order the kits again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payment method first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalInfoPage</name>
    <message>
        <source>Personal information sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attri&amp;butes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identificatio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed your answers in Settings but did not save them. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed your attributes but did not save them. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every required question first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the highlighted field first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecertificationPlanModel</name>
    <message>
        <source>pass %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CE credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew %1, which renews this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any %1 of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing more: ready to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: earn it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing it also renews %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One way to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ways to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 if renewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 if earned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing today loses no time: the new period starts on the expiry day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal counts from the day it is done, not from the current expiry: renewing today gives %1, %2 days earlier than renewing on %3 (which gives %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification / way to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecertificationPlannerView</name>
    <message>
        <source>Recertification planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most urgent first. Each certification lists every way to renew it, what that way still needs and the expiry it gives. Certifications expiring within %1 days are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Renewing early does not add to your current period.&lt;/b&gt; A renewal counts from the day it is done: the new expiry is the renewal date plus the certification&apos;s period, so renewing today gives an earlier expiry than renewing on the expiry day. Each certification row shows what a renewal on its last day would give.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Renewal Plan as &amp;iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table in front as a CSV file, as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the table in front, its headers on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every renewal deadline, with reminders at your lead times, for your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificates, badges, transcripts, tables and the renewal plan as one zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab has no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab has no table to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), printed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Renewal Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal plan.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertTrack record %1 %2.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 files in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordArchive</name>
    <message>
        <source>No PDF certificate for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baked image of the badge %1: it is not a credential yet (sync once more to fetch it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baked image of the badge %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also shows every certification earned after it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID %1 at %2. Data as of %3; archived on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges (PNG images with their credential inside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal plan (iCalendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>CertTrack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSchedule</name>
    <message>
        <source>%1 expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires in %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires on %2. Renew it by then: the recertification planner in CertTrack shows every way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>&amp;Remind me of expiring certifications and renewal deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before each deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertTrack shows a desktop notification when a deadline is this many days away, and at its next start for anything that fell due while it was closed. The renewal plan exported for your calendar carries the same alarms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days &amp;before each deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give whole numbers of days from 1 to 3660, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewalCalendar</name>
    <message>
        <source>pass the exam %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earn %1 more CE credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires on %2; it can be renewed up to that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing it also renews %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every requirement is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to renew %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires in %2 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementProgressModel</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceRequests</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsQuestionsModel</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required — not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>&amp;Update/Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings were changed elsewhere since this page loaded them, so your answers were not saved. They are still shown below. Reload to see the saved answers, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update and confirm settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers have not been confirmed yet. Answer every required question, then choose Update/Confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every required question (*) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShippingForm</name>
    <message>
        <source>First Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (Cont)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographics - English (Roman) alphabet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localized - Double byte characters allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and update the information below before proceeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your name and address in your own script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to CertTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the login ID and password of your certification account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the server&apos;s own CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login ID from your welcome email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps you signed in and your data available offline. Do not use on a shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First time signing in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map your account and set your password by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address first: the link comes from that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, your login ID and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertTrack only connects over HTTPS. Use an address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login ID or password is not correct. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it.
%1
If this server uses its own certificate authority, choose its CA file above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts. You can try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The server sent data that could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestingHistoryPage</name>
    <message>
        <source>Testing history sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column heading to sort in ascending or descending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an agreement, or press Enter on it, to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing education activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CE Acti&amp;vities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-commerce transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-co&amp;mmerce Transactions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenJob</name>
    <message>
        <source>The server&apos;s sign-in answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login ID or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptFormDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All New Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the certifications chosen below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is for, e.g. &quot;Acme Networks application&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows whatever certifications are active when the transcript is viewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the certifications ticked below and every certification you earn from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows exactly the certifications ticked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by the server when you create the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications to display in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transcript was changed elsewhere since you opened it. The current version is shown; make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript created. Its ID is %1; share it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPreviewDialog</name>
    <message>
        <source>Preview of transcript %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what a person opening the link sees now. Previews are not counted as views.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptShareDialog</name>
    <message>
        <source>&amp;Preview Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email this Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview Email shows the message here before you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My certification transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your web browser to share the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptsModel</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, link, Facebook, X, LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shareable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptsPage</name>
    <message>
        <source>Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;new transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new transcript or edit an existing one. Then, select the transcript and enter an email address to send directions on how to access your transcripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the selected transcript as its readers do (not counted as a view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the link, copy it, or share it on Facebook, X or LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected transcript: its link stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript %1 has expired or was deactivated: its link shows only that it is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the transcript &quot;%1&quot;? Its link will stop working for everyone, and it cannot be activated again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder: %1 (a hashed email address: the person is not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for revocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked offline against the issuer&apos;s keys fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and its revocation list fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationFetcher</name>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an https:// address, and only those are fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 KiB, more than any credential material needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not trusted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>no local copy of %1: remember the account (in CertTrack, or with certtrack certificate --remember) so its server&apos;s keys are cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is remembered on several servers: choose one with --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local copy of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see certtrack verify --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCredentialDialog</name>
    <message>
        <source>Verify a Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a badge image (PNG or SVG), a credential file (JSON) or a JWT, or drop one here. Credentials of your programme are checked against its keys from your last sync; other issuers&apos; are checked over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep This Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this credential on my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (*.png *.svg *.json *.jwt *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by your programme&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the credential on your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on your account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingStep</name>
    <message>
        <source>&amp;Copy the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the payment page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abandon order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the checkout page&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web browser did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertTrack could not open the checkout page in a web browser. Copy its address below into a browser to pay; this window still notices by itself when the payment is approved, declined or cancelled. You can also close this window and pay later from the fulfillment history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the payment on the checkout page that opened in your web browser. This window notices by itself when the payment is approved, declined or cancelled.

Closed the browser? Open the page again. You can also close this window and pay later from the fulfillment history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the browser again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certtrack::app</name>
    <message>
        <source>Writes a candidate&apos;s whole record without opening a window: every PDF certificate, the badges baked as PNG images, the transcripts, every table as CSV, the renewal plan as iCalendar and an index.html page.
From the local copy of a remembered account, or after signing in with --server and --password-stdin.
Exit status: 0 written, 2 wrong usage, 3 no local copy of the account, 5 sign-in or sync failed, 6 the archive could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder to write the record into, or a FILE.zip to write it as one zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see certtrack archive --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output DIR|FILE.zip is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file: give a folder, or a name ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves PDF certificates of a candidate&apos;s certifications without opening a window.
From the local copy of a remembered account, or after signing in with --server and --password-stdin.
Exit status: 0 written, 2 wrong usage, 3 no local copy of the account, 4 unknown or ineligible certification, 5 sign-in or sync failed, 6 the file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification, by acronym or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every eligible certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where --all writes ACRONYM-CODE.pdf files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see certtrack certificate --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --certification or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--certification needs --output FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all needs --output-dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertTrack: your certifications on your desktop.
Starting it again brings the running window forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a private demo server and sign in to it. A demo runs beside any other CertTrack window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the server, e.g. https://host:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM) for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared machine: nobody is remembered and nothing of a person is kept on this computer. An administrator can turn this on for everybody with kiosk=true in the system-wide settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --kiosk: sign out after this many minutes without input (at least 1; default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kiosk-idle-minutes needs a whole number of minutes, at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo runs its own server; leave out --server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an Open Badges credential (a baked PNG or SVG, credential JSON or a VC-JWT) without opening a window.
A credential of the account&apos;s own server is checked against the keys and revocation list cached at its last sync; another issuer&apos;s is checked over the network.
Exit status: 0 valid, 1 not valid (forged, altered, expired or revoked), 2 wrong usage, 3 cannot be checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remembered account whose server&apos;s cached keys check its own credentials offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server (https://host:port) the login is remembered on, when it is remembered on several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM) when fetching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use no network: only what is cached is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the credential file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one file at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certtrack::app::AccountCommand</name>
    <message>
        <source>The candidate&apos;s login id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server (https://host:port): picks among several remembered servers, or the one to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this CA certificate (PEM) for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the password on standard input and sync before writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the synced copy on disk (and the sign-in in the keychain) for later offline use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see certtrack %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin needs --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remember needs --password-stdin (it keeps what a sign-in fetched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remember is not available: this computer is in kiosk mode, where nothing of a person is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local copy of %1: sign in once with --server URL --password-stdin --remember (or remember the account in CertTrack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local copy of %1 on %2: sign in once with --password-stdin --remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is remembered on several servers (%2): choose one with --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local copy of %1 on %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local copy of %1 is empty: sync it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local copy of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local copy can be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available (%1): the local copy is kept, but the next online use needs the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certtrack::app::ArchiveCommand</name>
    <message>
        <source>no password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certtrack::app::CertificateCommand</name>
    <message>
        <source>no password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certtrack::app::ClientApplication</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out because nobody used CertTrack for a while.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certtrack::app::DemoServer</name>
    <message>
        <source>No temporary folder for the demo server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server %1 was not found. Build it, or point CERTTRACKD at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server crashed.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1).
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certtrack::client::LocalCache</name>
    <message>
        <source>The local copy of this account was damaged and has been discarded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certtrack::records::BadgeFiles</name>
    <message>
        <source>%1 badge.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 badge.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credential.jwt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assertion.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 3.0 credentials (*.jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 2.0 assertions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, and this badge&apos;s credential was not kept at the last sync. Try again once you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge was revoked: a revoked badge is not baked into an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge&apos;s image could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge could not be baked here (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certtrack::ui::BadgeActions</name>
    <message>
        <source>Badge image (&amp;PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge image (&amp;SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 3.0 &amp;credential (.jwt)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 2.0 &amp;assertion (.json)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;LinkedIn profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post on Linked&amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post on &amp;X…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share on &amp;Facebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by &amp;email…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
