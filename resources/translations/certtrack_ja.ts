<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccountController</name>
    <message>
        <source>The local copy of this account cannot be stored (%1); it is kept in memory until you quit.</source>
        <translation>このアカウントのローカルコピーを保存できません（%1）。終了するまでメモリ上に保持されます。</translation>
    </message>
    <message>
        <source>The local copy of this account could not be read and will be fetched again (%1).</source>
        <translation>このアカウントのローカルコピーを読み込めなかったため、再取得します（%1）。</translation>
    </message>
    <message>
        <source>Saved sign-ins are not used in this mode. Sign in with your password.</source>
        <translation>このモードでは保存されたサインイン情報は使用されません。パスワードでサインインしてください。</translation>
    </message>
    <message>
        <source>No saved sign-in was found for %1. Sign in with your password.</source>
        <translation>%1 の保存されたサインイン情報が見つかりません。パスワードでサインインしてください。</translation>
    </message>
    <message>
        <source>You will need to sign in again next time: %1</source>
        <translation>次回は再度サインインが必要です: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>AccountMappingDialog</name>
    <message>
        <source>First time signing in</source>
        <translation>初めてのサインイン</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>パスワードを忘れた場合</translation>
    </message>
    <message>
        <source>First time signing in?</source>
        <translation>初めてサインインしますか？</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>パスワードをお忘れですか？</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>The system will send an email that includes a link which will allow you to set your password and obtain your login ID. The email address we have on file is most commonly the same one you supplied the last time you took an exam.</source>
        <translation>パスワードを設定してログイン ID を取得するためのリンクを記載したメールをお送りします。登録されているメールアドレスは、通常、前回試験を受験した際に入力したものと同じです。</translation>
    </message>
    <message>
        <source>By email address</source>
        <translation>メールアドレスで</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Submit email address</source>
        <translation>メールアドレスを送信</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>Please use your email address to begin the process. If, for some reason, you cannot use the email address you last used to take an exam, you may instead use your score report to begin the process.</source>
        <translation>メールアドレスを使用して手続きを開始してください。前回の受験時に使用したメールアドレスを何らかの理由で使用できない場合は、代わりにスコアレポートを使用して手続きを開始できます。</translation>
    </message>
    <message>
        <source>By score report</source>
        <translation>スコアレポートで</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>The registration number printed on your score report.</source>
        <translation>スコアレポートに記載されている登録番号です。</translation>
    </message>
    <message>
        <source>New email address</source>
        <translation>新しいメールアドレス</translation>
    </message>
    <message>
        <source>Submit score report</source>
        <translation>スコアレポートを送信</translation>
    </message>
    <message>
        <source>&amp;Last name *:</source>
        <translation>姓 *(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Registration number *:</source>
        <translation>登録番号 *(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;New email address *:</source>
        <translation>新しいメールアドレス *(&amp;N):</translation>
    </message>
    <message>
        <source>Please enter the requested data from your score report to begin the process. When this method is successful, the matched account will have its email address updated to the one supplied below.</source>
        <translation>手続きを開始するには、スコアレポートに記載されている情報を入力してください。照合に成功すると、該当するアカウントのメールアドレスが下に入力したものに更新されます。</translation>
    </message>
    <message>
        <source>Login ID or email address</source>
        <translation>ログイン ID またはメールアドレス</translation>
    </message>
    <message>
        <source>Send a link</source>
        <translation>リンクを送信</translation>
    </message>
    <message>
        <source>&amp;Login ID or email:</source>
        <translation>ログイン ID またはメール(&amp;L):</translation>
    </message>
    <message>
        <source>Enter your login ID or the email address of your account. We will send a link to that account&apos;s email address that lets you choose a new password.</source>
        <translation>アカウントのログイン ID またはメールアドレスを入力してください。そのアカウントのメールアドレスに、新しいパスワードを設定するためのリンクをお送りします。</translation>
    </message>
    <message>
        <source>Check your email; the link expires in 24 hours.</source>
        <translation>メールを確認してください。リンクの有効期限は 24 時間です。</translation>
    </message>
    <message>
        <source>Open the link to choose your password; the page shows your login ID. Then sign in here with that login ID and the new password. If the email does not arrive within 2 hours, check that it was not flagged as spam before contacting support.</source>
        <translation>リンクを開いてパスワードを設定してください。ページにログイン ID が表示されます。その後、そのログイン ID と新しいパスワードでここからサインインしてください。2 時間以内にメールが届かない場合は、サポートに問い合わせる前に迷惑メールとして扱われていないか確認してください。</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>再送信(&amp;R)</translation>
    </message>
    <message>
        <source>Send the link again</source>
        <translation>リンクを再送信します</translation>
    </message>
    <message>
        <source>The link was sent again. Use the newest email.</source>
        <translation>リンクを再送信しました。最新のメールを使用してください。</translation>
    </message>
    <message>
        <source>A link was sent to %1, the email address we have on file.</source>
        <translation>登録されているメールアドレス %1 にリンクを送信しました。</translation>
    </message>
    <message>
        <source>Your score report matched. The account&apos;s email address is now %1, and a link was sent there.</source>
        <translation>スコアレポートが一致しました。アカウントのメールアドレスは %1 になり、そのアドレスにリンクを送信しました。</translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a link was sent to that account&apos;s email address.</source>
        <translation>%1 がアカウントに登録されている場合は、そのアカウントのメールアドレスにリンクを送信しました。</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>サーバーに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>要求が失敗しました。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes before trying again.</source>
        <translation>試行回数が多すぎます。数分待ってから再度お試しください。</translation>
    </message>
    <message>
        <source>Too many attempts. You can try again in %1.</source>
        <translation>試行回数が多すぎます。%1 後に再度お試しいただけます。</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Active date</source>
        <translation>有効日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The CA file %1 could not be read as PEM certificates.</source>
        <translation>CA ファイル %1 を PEM 証明書として読み込めませんでした。</translation>
    </message>
    <message>
        <source>The server address %1 is not a valid https:// URL.</source>
        <translation>サーバーアドレス %1 は有効な https:// URL ではありません。</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>%1 のサーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>要求はキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is too large (over %n MB).</source>
        <translation>
            <numerusform>サーバーの応答が大きすぎます（%n MB 超）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in.</source>
        <translation>サーバーはこのサインインを受け付けなくなりました。</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>試行回数が多すぎます。%n 秒後に再度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>サーバーがエラーを返しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If %2 uses its own certificate authority, give its CA file.</source>
        <translation>サーバーの証明書は信頼されていません（%1）。%2 が独自の認証局を使用している場合は、その CA ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2).</source>
        <translation>%1 のサーバーに接続できません（%2）。</translation>
    </message>
    <message>
        <source>The connection to %1 broke off (%2).</source>
        <translation>%1 への接続が切断されました（%2）。</translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>&amp;Update/Confirm</source>
        <translation>更新/確認(&amp;U)</translation>
    </message>
    <message>
        <source>Candidate Attributes</source>
        <translation>受験者属性</translation>
    </message>
    <message>
        <source>The numbers and titles recorded for your account. You can only change your job title here.</source>
        <translation>アカウントに記録されている番号と役職です。ここで変更できるのは役職のみです。</translation>
    </message>
    <message>
        <source>Your attributes were changed elsewhere since this page loaded them, so your change was not saved. What you typed is still shown below. Reload to see the saved values, then make your change again.</source>
        <translation>このページで読み込んだ後に属性が別の場所で変更されたため、変更は保存されませんでした。入力した内容は下に表示されたままです。再読み込みして保存済みの値を確認してから、もう一度変更してください。</translation>
    </message>
    <message>
        <source>Reload attributes</source>
        <translation>属性を再読み込み</translation>
    </message>
    <message>
        <source>Update and confirm attributes</source>
        <translation>属性を更新して確認</translation>
    </message>
    <message>
        <source>%1 needs 1 to %2 characters.</source>
        <translation>%1 は 1～%2 文字で入力してください。</translation>
    </message>
    <message>
        <source>%1 cannot contain control characters.</source>
        <translation>%1 に制御文字は使用できません。</translation>
    </message>
    <message>
        <source>[Nothing set]</source>
        <translation>[未設定]</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>AttributesModel</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>[Nothing set]</source>
        <translation>[未設定]</translation>
    </message>
    <message>
        <source>You can change this value.</source>
        <translation>この値は変更できます。</translation>
    </message>
</context>
<context>
    <name>AuthorizedRequest</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>要求はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <source>&amp;Accept (makes it public)</source>
        <translation>承認（公開されます）(&amp;A)</translation>
    </message>
    <message>
        <source>Make p&amp;rivate</source>
        <translation>非公開にする(&amp;R)</translation>
    </message>
    <message>
        <source>Make p&amp;ublic</source>
        <translation>公開する(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>共有(&amp;H)</translation>
    </message>
    <message>
        <source>This badge was changed elsewhere since it was last loaded, so nothing was changed here. It is being reloaded: check it, then try again.</source>
        <translation>前回の読み込み以降にこのバッジが別の場所で変更されたため、ここでは何も変更されませんでした。再読み込み中です。内容を確認してから再度お試しください。</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>承認中…</translation>
    </message>
    <message>
        <source>Accepted. It is public now: anyone with its link can see it and check it with its issuer. You can make it private at any time.</source>
        <translation>承認しました。バッジは公開されています。リンクを知っている人は誰でも閲覧でき、発行者に確認できます。いつでも非公開にできます。</translation>
    </message>
    <message>
        <source>Making it public…</source>
        <translation>公開中…</translation>
    </message>
    <message>
        <source>Making it private…</source>
        <translation>非公開に設定中…</translation>
    </message>
    <message>
        <source>Public: anyone with its link can see it and check it with its issuer.</source>
        <translation>公開: リンクを知っている人は誰でも閲覧でき、発行者に確認できます。</translation>
    </message>
    <message>
        <source>Private: its link now shows nothing of you.</source>
        <translation>非公開: リンクからはあなたに関する情報は何も表示されません。</translation>
    </message>
    <message>
        <source>Download Badge</source>
        <translation>バッジのダウンロード</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved to %1, made from the copy kept at the last sync (the server cannot be reached).</source>
        <translation>前回の同期時に保存したコピーから %1 に保存しました（サーバーに接続できません）。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>My %1 badge, issued by %2</source>
        <translation>%2 が発行した私の %1 バッジ</translation>
    </message>
    <message>
        <source>My %1 badge</source>
        <translation>私の %1 バッジ</translation>
    </message>
    <message>
        <source>I hold the %1 badge, issued by %2. You can see it, and check it with its issuer, here:
%3</source>
        <translation>%2 が発行した %1 バッジを保有しています。こちらから閲覧でき、発行者に確認することもできます:
%3</translation>
    </message>
    <message>
        <source>The link is on the clipboard: %1</source>
        <translation>リンクをクリップボードにコピーしました: %1</translation>
    </message>
    <message>
        <source>Opened a new message in your mail program.</source>
        <translation>メールプログラムで新しいメッセージを開きました。</translation>
    </message>
    <message>
        <source>Opened in your web browser.</source>
        <translation>Web ブラウザーで開きました。</translation>
    </message>
    <message>
        <source>This badge is private, so its link shows nothing to anyone. Make it public now, then share it?</source>
        <translation>このバッジは非公開のため、リンクからは誰にも何も表示されません。今すぐ公開してから共有しますか？</translation>
    </message>
    <message>
        <source>You have not accepted this badge yet, so its link shows nothing to anyone. Accept it now, then share it? Accepting makes it public; you can make it private again at any time.</source>
        <translation>このバッジはまだ承認されていないため、リンクからは誰にも何も表示されません。今すぐ承認してから共有しますか？承認すると公開されます。いつでも非公開に戻せます。</translation>
    </message>
    <message>
        <source>Share Badge</source>
        <translation>バッジの共有</translation>
    </message>
    <message>
        <source>Not shared: the badge stays as it was.</source>
        <translation>共有しませんでした。バッジは変更されていません。</translation>
    </message>
</context>
<context>
    <name>BadgeDetailDialog</name>
    <message>
        <source>Badge name</source>
        <translation>バッジ名</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>取得基準</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>公開範囲</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>共有(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Digital Badge</source>
        <translation>デジタルバッジ</translation>
    </message>
    <message>
        <source>Accept the badge</source>
        <translation>バッジを承認</translation>
    </message>
    <message>
        <source>Accepting makes the badge public: anyone with its link can see it.</source>
        <translation>承認するとバッジが公開され、リンクを知っている人は誰でも閲覧できるようになります。</translation>
    </message>
    <message>
        <source>Download the badge</source>
        <translation>バッジをダウンロード</translation>
    </message>
    <message>
        <source>Share the badge</source>
        <translation>バッジを共有</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>取得基準:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>発行日:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>公開範囲:</translation>
    </message>
    <message>
        <source>%1 badge image</source>
        <translation>%1 のバッジ画像</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>Not stated by the issuer</source>
        <translation>発行者による記載なし</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Revoked by its issuer</source>
        <translation>発行者により取り消し済み</translation>
    </message>
    <message>
        <source>%1 (as the server reported at the last sync, %2)</source>
        <translation>%1（前回の同期 %2 時点でのサーバーの情報）</translation>
    </message>
    <message>
        <source>Waiting for you to accept it. Until then its link shows nothing of you. Accepting makes it public; you can make it private again at any time.</source>
        <translation>承認待ちです。承認するまで、リンクからはあなたに関する情報は何も表示されません。承認すると公開されます。いつでも非公開に戻せます。</translation>
    </message>
    <message>
        <source>Public: anyone with its link can see it and check it with its issuer.</source>
        <translation>公開: リンクを知っている人は誰でも閲覧でき、発行者に確認できます。</translation>
    </message>
    <message>
        <source>Private: its link shows nothing of you.</source>
        <translation>非公開: リンクからはあなたに関する情報は何も表示されません。</translation>
    </message>
    <message>
        <source>Make p&amp;rivate</source>
        <translation>非公開にする(&amp;R)</translation>
    </message>
    <message>
        <source>Make p&amp;ublic</source>
        <translation>公開する(&amp;U)</translation>
    </message>
    <message>
        <source>Make the badge private</source>
        <translation>バッジを非公開にする</translation>
    </message>
    <message>
        <source>Make the badge public</source>
        <translation>バッジを公開する</translation>
    </message>
</context>
<context>
    <name>BadgeFeedback</name>
    <message>
        <source>Badge message</source>
        <translation>バッジのメッセージ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
</context>
<context>
    <name>BadgesModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Issued %1
Expires %2</source>
        <translation>発行日 %1
有効期限 %2</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>You have no digital badges yet.</source>
        <translation>デジタルバッジはまだありません。</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>開く(&amp;N)</translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation>ダウンロード(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>共有(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Filter digital badges</source>
        <translation>デジタルバッジを絞り込む</translation>
    </message>
    <message>
        <source>Digital badges</source>
        <translation>デジタルバッジ</translation>
    </message>
    <message>
        <source>Open the selected badge</source>
        <translation>選択したバッジを開く</translation>
    </message>
    <message>
        <source>Download the selected badge</source>
        <translation>選択したバッジをダウンロード</translation>
    </message>
    <message>
        <source>Share the selected badge</source>
        <translation>選択したバッジを共有</translation>
    </message>
    <message>
        <source>Badges issued for your certifications, as Open Badges credentials. Open one to accept it, choose who sees it, download it or share it.</source>
        <translation>取得した認定に対して発行された Open Badges 形式のバッジです。バッジを開くと、承認、公開範囲の選択、ダウンロード、共有ができます。</translation>
    </message>
    <message>
        <source>Credentials from other issuers</source>
        <translation>他の発行者の資格情報</translation>
    </message>
    <message>
        <source>Remove the selected credential from your account</source>
        <translation>選択した資格情報をアカウントから削除</translation>
    </message>
    <message>
        <source>&amp;Verify a Credential…</source>
        <translation>資格情報の検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Check a badge or credential file, ours or another issuer&apos;s. You can also drop the file on this page.</source>
        <translation>当社または他の発行者のバッジや資格情報ファイルを確認します。このページにファイルをドロップすることもできます。</translation>
    </message>
    <message>
        <source>The credential was removed from your account.</source>
        <translation>資格情報をアカウントから削除しました。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential.</source>
        <translation>%1 は資格情報としては大きすぎます。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>The initial kit of a certification you achieved: free, once.</source>
        <translation>取得した認定の初回キットです（1 回限り無料）。</translation>
    </message>
</context>
<context>
    <name>CatalogueStep</name>
    <message>
        <source>There is nothing to claim or buy at the moment: kits are offered for the certifications you hold.</source>
        <translation>現在、申し込みまたは購入できるものはありません。キットは保有している認定に対して提供されます。</translation>
    </message>
    <message>
        <source>&amp;Purchase</source>
        <translation>購入(&amp;P)</translation>
    </message>
    <message>
        <source>Certification kits</source>
        <translation>認定キット</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; Initial kits that have not been claimed show at a price of $0.00. Trackable shipping is available for a fee: check the box next to &quot;Tracking&quot;.&lt;br&gt;The following payment methods are available for certificate purchases: PayPal, Debit Card, Credit Card.</source>
        <translation>&lt;b&gt;注:&lt;/b&gt; 未申請の初回キットは $0.00 と表示されます。追跡可能な配送は有料でご利用いただけます。「追跡」の横にあるチェックボックスをオンにしてください。&lt;br&gt;証明書の購入には、PayPal、デビットカード、クレジットカードのお支払い方法をご利用いただけます。</translation>
    </message>
    <message>
        <source>Tracking: for Printed Certificates</source>
        <translation>追跡: 印刷された証明書用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tracking is offered with printed certificates.</source>
        <translation>追跡は印刷された証明書でご利用いただけます。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計: %1</translation>
    </message>
</context>
<context>
    <name>CeActivitiesModel</name>
    <message>
        <source>Import Source %1</source>
        <translation>インポート元 %1</translation>
    </message>
    <message>
        <source>External Id %1</source>
        <translation>外部 ID %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Active date</source>
        <translation>有効日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審査</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Provider Name</source>
        <translation>プロバイダー名</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
</context>
<context>
    <name>CeCreditsModel</name>
    <message>
        <source>Active Date</source>
        <translation>有効日</translation>
    </message>
    <message>
        <source>Inactive Date</source>
        <translation>失効日</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>PDF Certificate - %1 (%2)</source>
        <translation>PDF 証明書 - %1（%2）</translation>
    </message>
    <message>
        <source>Verification code &lt;b&gt;%1&lt;/b&gt; &amp;middot; anyone can check it at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>検証コード &lt;b&gt;%1&lt;/b&gt; &amp;middot; &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; で誰でも確認できます</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF として保存</translation>
    </message>
    <message>
        <source>The QR code on this certificate will not verify: you answered &quot;No&quot; to &quot;%1&quot;, so the verification page shows no one your name or this certification. To let it verify, change that answer in Personal Info, Settings.</source>
        <translation>この証明書の QR コードでは検証できません。「%1」に「いいえ」と回答しているため、検証ページにはあなたの名前もこの認定も表示されません。検証できるようにするには、個人情報の設定でその回答を変更してください。</translation>
    </message>
    <message>
        <source>%1 it anyway?</source>
        <translation>それでも%1しますか？</translation>
    </message>
    <message>
        <source>The certificate could not be sent to %1.</source>
        <translation>証明書を %1 に送信できませんでした。</translation>
    </message>
    <message>
        <source>Print Certificate</source>
        <translation>証明書の印刷</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 に送信しました。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save Certificate as PDF</source>
        <translation>証明書を PDF として保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>CertificateEligibility</name>
    <message>
        <source>Revoked on %1</source>
        <translation>%1 に取り消し済み</translation>
    </message>
    <message>
        <source>Not yet active: active from %1</source>
        <translation>まだ有効ではありません（%1 から有効）</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>This certification is not active</source>
        <translation>この認定は有効ではありません</translation>
    </message>
    <message>
        <source>No PDF certificate is offered for this certification</source>
        <translation>この認定には PDF 証明書が提供されていません</translation>
    </message>
    <message>
        <source>This certification has no verification code yet</source>
        <translation>この認定にはまだ検証コードがありません</translation>
    </message>
</context>
<context>
    <name>CertificateExporter</name>
    <message>
        <source>%1 holds no certifications.</source>
        <translation>%1 は認定を保有していません。</translation>
    </message>
    <message>
        <source>%1 holds no certification &quot;%2&quot; (it holds: %3).</source>
        <translation>%1 は認定「%2」を保有していません（保有している認定: %3）。</translation>
    </message>
    <message>
        <source>No PDF certificate for %1: %2.</source>
        <translation>%1 の PDF 証明書はありません: %2。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 をスキップしました: %2。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>%1 has no certification with a PDF certificate.</source>
        <translation>%1 には PDF 証明書のある認定がありません。</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate %1 for %2</source>
        <translation>%2 の証明書 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot draw the certificate into %1</source>
        <translation>%1 に証明書を描画できません</translation>
    </message>
</context>
<context>
    <name>CertificatePreview</name>
    <message>
        <source>Certificate preview</source>
        <translation>証明書のプレビュー</translation>
    </message>
</context>
<context>
    <name>CertificateRenderer</name>
    <message>
        <source>Certificate</source>
        <translation>認定証</translation>
    </message>
    <message>
        <source>of Achievement</source>
        <translation>Certificate of Achievement</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>下記の者が</translation>
    </message>
    <message>
        <source>has met every requirement of the certification</source>
        <translation>次の認定のすべての要件を満たしたことをここに証明します</translation>
    </message>
    <message>
        <source>Date achieved</source>
        <translation>取得日</translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>検証コード</translation>
    </message>
    <message>
        <source>Scan or visit to verify</source>
        <translation>スキャンまたはアクセスして検証</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certification fulfillment kit history &amp; status</source>
        <translation>認定キットの履歴と状況</translation>
    </message>
    <message>
        <source>Claim &amp;&amp; P&amp;urchase Fulfillment…</source>
        <translation>キットの申請と購入(&amp;U)…</translation>
    </message>
    <message>
        <source>Pa&amp;y for this order…</source>
        <translation>この注文の支払い(&amp;Y)…</translation>
    </message>
    <message>
        <source>A&amp;bandon this order</source>
        <translation>この注文を破棄(&amp;B)</translation>
    </message>
    <message>
        <source>Printed certificates, plaques and letters sent to you, with the code that verifies each of them.</source>
        <translation>お客様に送付された印刷証明書、盾、レター、およびそれぞれを検証するためのコードです。</translation>
    </message>
    <message>
        <source>Claim &amp; Purchase Fulfillment</source>
        <translation>キットの申請と購入</translation>
    </message>
    <message>
        <source>Claim the initial kit of a new certification, or buy printed certificates and plaques</source>
        <translation>新しい認定の初回キットを申請するか、印刷証明書や盾を購入します</translation>
    </message>
    <message>
        <source>Pay for this order</source>
        <translation>この注文の支払い</translation>
    </message>
    <message>
        <source>Pay for the selected order, which is still waiting for its payment</source>
        <translation>支払い待ちの選択した注文の支払いを行います</translation>
    </message>
    <message>
        <source>Abandon this order</source>
        <translation>この注文を破棄</translation>
    </message>
    <message>
        <source>Give up the selected unpaid order: nothing is charged</source>
        <translation>選択した未払いの注文を取りやめます。料金は請求されません</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; Please allow 6-8 weeks for processing and shipping</source>
        <translation>&lt;b&gt;注:&lt;/b&gt; 処理と発送には 6～8 週間かかります</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not paid yet: select one of its rows to pay for it or to abandon it.</source>
        <translation>
            <numerusform>未払いの注文が %n 件あります。行を選択すると、支払いまたは破棄ができます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to claim or buy kits.</source>
        <translation>キットを申請または購入するにはサインインしてください。</translation>
    </message>
    <message>
        <source>Claiming and buying kits needs the server. %1 CertTrack keeps trying; try again once it is back.</source>
        <translation>キットの申請と購入にはサーバーが必要です。%1 CertTrack は接続を試行し続けます。サーバーが復旧したら再度お試しください。</translation>
    </message>
    <message>
        <source>Abandon order</source>
        <translation>注文の破棄</translation>
    </message>
    <message>
        <source>Abandon order %1? Nothing is charged for it, and it cannot be paid any more.</source>
        <translation>注文 %1 を破棄しますか？料金は請求されず、今後この注文の支払いはできなくなります。</translation>
    </message>
    <message>
        <source>Order %1 was abandoned.</source>
        <translation>注文 %1 を破棄しました。</translation>
    </message>
</context>
<context>
    <name>CertificationAgreementDialog</name>
    <message>
        <source>Certification Agreement</source>
        <translation>認定契約</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>契約文</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Version %1 · accepted %2 · expires %3</source>
        <translation>バージョン %1 · 同意日 %2 · 有効期限 %3</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>The programme has not sent the text of this agreement.</source>
        <translation>プログラムからこの契約の本文が送信されていません。</translation>
    </message>
    <message>
        <source>No certification agreement on record</source>
        <translation>認定契約の記録がありません</translation>
    </message>
    <message>
        <source>The agreement appears here once you have accepted one, usually when you take your first exam.</source>
        <translation>契約に同意すると、ここに表示されます。通常は最初の試験を受験したときです。</translation>
    </message>
</context>
<context>
    <name>CertificationDetailView</name>
    <message>
        <source>Select a certification above to see its progress, continuing education credits and history.</source>
        <translation>上の一覧から認定を選択すると、進捗状況、継続教育単位、履歴が表示されます。</translation>
    </message>
    <message>
        <source>This certification has no requirements to track.</source>
        <translation>この認定には追跡する要件がありません。</translation>
    </message>
    <message>
        <source>Continuing education credits</source>
        <translation>継続教育単位</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Current progress</source>
        <translation>現在の進捗状況</translation>
    </message>
    <message>
        <source>Credits and history</source>
        <translation>単位と履歴</translation>
    </message>
    <message>
        <source>CE Credits</source>
        <translation>CE 単位</translation>
    </message>
    <message>
        <source>Icon legend</source>
        <translation>アイコンの凡例</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation>%1 まで有効</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>Active from %1</source>
        <translation>%1 から有効</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <translation>+%1 %2</translation>
    </message>
    <message>
        <source>CE Credits (%1)</source>
        <translation>CE 単位（%1）</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>履歴（%1）</translation>
    </message>
    <message>
        <source>Certification details</source>
        <translation>認定の詳細</translation>
    </message>
</context>
<context>
    <name>CertificationHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
</context>
<context>
    <name>CertificationsModel</name>
    <message>
        <source>Expired certifications (%1)</source>
        <translation>期限切れの認定（%1）</translation>
    </message>
    <message>
        <source>Inactive certifications (%1)</source>
        <translation>無効な認定（%1）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>PDF Certificate</source>
        <translation>PDF 証明書</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>CertificationsPage</name>
    <message>
        <source>Your certifications</source>
        <translation>保有している認定</translation>
    </message>
    <message>
        <source>PDF Cert&amp;ificate…</source>
        <translation>PDF 証明書(&amp;I)…</translation>
    </message>
    <message>
        <source>PDF certificate of the selected certification</source>
        <translation>選択した認定の PDF 証明書</translation>
    </message>
    <message>
        <source>Certifications sections</source>
        <translation>認定のセクション</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>認定</translation>
    </message>
    <message>
        <source>Recertification planner</source>
        <translation>再認定プランナー</translation>
    </message>
    <message>
        <source>Certification A&amp;greement…</source>
        <translation>認定契約(&amp;G)…</translation>
    </message>
    <message>
        <source>Show the certification agreement</source>
        <translation>認定契約を表示します</translation>
    </message>
    <message>
        <source>Do&amp;wnload Logos…</source>
        <translation>ロゴのダウンロード(&amp;W)…</translation>
    </message>
    <message>
        <source>Download certification logos</source>
        <translation>認定ロゴをダウンロードします</translation>
    </message>
    <message>
        <source>PDF &amp;Certificate…</source>
        <translation>PDF 証明書(&amp;C)…</translation>
    </message>
    <message>
        <source>Download &amp;Logos…</source>
        <translation>ロゴのダウンロード(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Ways to renew</source>
        <translation>更新方法(&amp;W)</translation>
    </message>
    <message>
        <source>Select a certification first</source>
        <translation>先に認定を選択してください</translation>
    </message>
    <message>
        <source>Preview, print or save the certificate of %1</source>
        <translation>%1 の証明書をプレビュー、印刷、または PDF として保存します</translation>
    </message>
</context>
<context>
    <name>ConfirmationStep</name>
    <message>
        <source>The following fulfillment kits have been successfully purchased and submitted.</source>
        <translation>次の認定キットの購入と申し込みが完了しました。</translation>
    </message>
    <message>
        <source>&lt;b&gt;NOTE:&lt;/b&gt; Please allow 6-8 weeks for processing and shipping</source>
        <translation>&lt;b&gt;注:&lt;/b&gt; 処理と発送には 6～8 週間かかります</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available (%1). On Linux, a Secret Service such as GNOME Keyring or KWallet must be running.</source>
        <translation>キーチェーンを使用できません（%1）。Linux では、GNOME Keyring や KWallet などの Secret Service が実行されている必要があります。</translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation>キーチェーンへのアクセスが拒否されました（%1）。</translation>
    </message>
    <message>
        <source>The keychain failed (%1). Is a Secret Service such as GNOME Keyring or KWallet running?</source>
        <translation>キーチェーンでエラーが発生しました（%1）。GNOME Keyring や KWallet などの Secret Service は実行されていますか？</translation>
    </message>
    <message>
        <source>The keychain failed (%1).</source>
        <translation>キーチェーンでエラーが発生しました（%1）。</translation>
    </message>
</context>
<context>
    <name>CredentialVerifier</name>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込み中…</translation>
    </message>
    <message>
        <source>It needs %1 from the network, and this check is offline.</source>
        <translation>ネットワークから %1 を取得する必要がありますが、この確認はオフラインで行われています。</translation>
    </message>
    <message>
        <source>Judged as plain JSON without JSON-LD processing: no @context is fetched, so a context that does not resolve changes nothing here.</source>
        <translation>JSON-LD 処理を行わずにプレーン JSON として判定しました。@context は取得しないため、解決できないコンテキストがあってもここでは影響しません。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, larger than any credential.</source>
        <translation>ファイルが %1 MiB を超えています。資格情報としては大きすぎます。</translation>
    </message>
    <message>
        <source>The PNG image cannot be used: %1</source>
        <translation>PNG 画像を使用できません: %1</translation>
    </message>
    <message>
        <source>The SVG image cannot be used: %1</source>
        <translation>SVG 画像を使用できません: %1</translation>
    </message>
    <message>
        <source>The JSON cannot be read: %1 (at byte %2).</source>
        <translation>JSON を読み込めません: %1（%2 バイト目）。</translation>
    </message>
    <message>
        <source>It is a signed Open Badges 2.0 assertion; only hosted 2.0 assertions and 3.0 credentials are checked here.</source>
        <translation>署名付きの Open Badges 2.0 アサーションです。ここで確認できるのは、ホスト型の 2.0 アサーションと 3.0 資格情報のみです。</translation>
    </message>
    <message>
        <source>This is not a credential: neither an Open Badges image, nor credential JSON, nor a JWT.</source>
        <translation>これは資格情報ではありません。Open Badges 画像、資格情報 JSON、JWT のいずれでもありません。</translation>
    </message>
    <message>
        <source>This Open Badges 2.0 assertion is not hosted (verification type &quot;%1&quot;); only hosted assertions are checked here.</source>
        <translation>この Open Badges 2.0 アサーションはホスト型ではありません（検証タイプ「%1」）。ここで確認できるのはホスト型アサーションのみです。</translation>
    </message>
    <message>
        <source>The assertion names no id, so it cannot be fetched from its issuer.</source>
        <translation>アサーションに ID が指定されていないため、発行者から取得できません。</translation>
    </message>
    <message>
        <source>This JSON is not an Open Badges credential: it is neither an Assertion nor a VerifiableCredential.</source>
        <translation>この JSON は Open Badges 資格情報ではありません。Assertion でも VerifiableCredential でもありません。</translation>
    </message>
    <message>
        <source>It carries an embedded Data Integrity proof, which cannot be checked here (it needs RDF canonicalisation). The same credential as a VC-JWT can be.</source>
        <translation>埋め込みの Data Integrity 証明が含まれていますが、ここでは確認できません（RDF 正規化が必要です）。VC-JWT 形式の同じ資格情報であれば確認できます。</translation>
    </message>
    <message>
        <source>It carries no proof: nothing shows that its issuer made it.</source>
        <translation>証明が含まれていません。発行者が作成したことを示すものがありません。</translation>
    </message>
    <message>
        <source>The JWT cannot be read: %1</source>
        <translation>JWT を読み込めません: %1</translation>
    </message>
    <message>
        <source>It is signed with algorithm &quot;%1&quot;, which is never accepted (only RS256, ES256 and EdDSA are).</source>
        <translation>アルゴリズム「%1」で署名されていますが、このアルゴリズムは受け付けられません（受け付けられるのは RS256、ES256、EdDSA のみです）。</translation>
    </message>
    <message>
        <source>The JWT&apos;s payload is not a JSON object.</source>
        <translation>JWT のペイロードが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The JWT is not a verifiable credential (its type does not say VerifiableCredential).</source>
        <translation>JWT は検証可能な資格情報ではありません（type に VerifiableCredential が含まれていません）。</translation>
    </message>
    <message>
        <source>The credential names no issuer.</source>
        <translation>資格情報に発行者が指定されていません。</translation>
    </message>
    <message>
        <source>The JWT&apos;s iss (%1) and the credential&apos;s issuer (%2) differ.</source>
        <translation>JWT の iss（%1）と資格情報の発行者（%2）が異なります。</translation>
    </message>
    <message>
        <source>It is signed with a key of %1 but names another issuer, %2.</source>
        <translation>%1 の鍵で署名されていますが、別の発行者 %2 が指定されています。</translation>
    </message>
    <message>
        <source>Fetching the issuer&apos;s key…</source>
        <translation>発行者の鍵を取得中…</translation>
    </message>
    <message>
        <source>It is signed with a key (%1) that this server had not published when its keys were last fetched (%2): it is forged, or signed after that; sync and check again.</source>
        <translation>前回鍵を取得した時点（%2）でこのサーバーが公開していなかった鍵（%1）で署名されています。偽造されたものか、その後に署名されたものです。同期してから再度確認してください。</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>The cached key %1 cannot be read: %2</source>
        <translation>キャッシュされた鍵 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The JWT names no key (kid), so the issuer&apos;s key cannot be found.</source>
        <translation>JWT に鍵（kid）が指定されていないため、発行者の鍵を見つけられません。</translation>
    </message>
    <message>
        <source>It is signed with a key of %1, not of the issuer it names (%2).</source>
        <translation>指定されている発行者（%2）ではなく、%1 の鍵で署名されています。</translation>
    </message>
    <message>
        <source>The key %1 cannot be read: %2</source>
        <translation>鍵 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Its key is a %1 DID, which cannot be resolved here (did:key and did:web can).</source>
        <translation>鍵は %1 DID であり、ここでは解決できません（解決できるのは did:key と did:web です）。</translation>
    </message>
    <message>
        <source>Its key (%1) cannot be resolved here: only https:// addresses, did:key and did:web are.</source>
        <translation>鍵（%1）はここでは解決できません。解決できるのは https:// アドレス、did:key、did:web のみです。</translation>
    </message>
    <message>
        <source>The issuer does not publish the key %1 (HTTP %2).</source>
        <translation>発行者は鍵 %1 を公開していません（HTTP %2）。</translation>
    </message>
    <message>
        <source>The issuer&apos;s key cannot be fetched: %1</source>
        <translation>発行者の鍵を取得できません: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has no key %1.</source>
        <translation>発行者の鍵セットに鍵 %1 がありません。</translation>
    </message>
    <message>
        <source>%1 answers with another key (%2).</source>
        <translation>%1 は別の鍵（%2）を返しました。</translation>
    </message>
    <message>
        <source>The issuer&apos;s key %1 cannot be read: %2</source>
        <translation>発行者の鍵 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a well-formed did:web.</source>
        <translation>%1 は正しい形式の did:web ではありません。</translation>
    </message>
    <message>
        <source>The issuer&apos;s DID document cannot be fetched: %1</source>
        <translation>発行者の DID ドキュメントを取得できません: %1</translation>
    </message>
    <message>
        <source>The DID document fetched for %1 is another one&apos;s.</source>
        <translation>%1 について取得した DID ドキュメントは別のものです。</translation>
    </message>
    <message>
        <source>The key %1 is not given as a JWK that can be read here: %2</source>
        <translation>鍵 %1 は、ここで読み込める JWK として指定されていません: %2</translation>
    </message>
    <message>
        <source>The issuer&apos;s DID document has no key %1.</source>
        <translation>発行者の DID ドキュメントに鍵 %1 がありません。</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>署名を確認中…</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed, or it is forged.</source>
        <translation>署名が一致しません。資格情報が署名後に変更されたか、偽造されています。</translation>
    </message>
    <message>
        <source>It is not valid before %1.</source>
        <translation>%1 より前は有効ではありません。</translation>
    </message>
    <message>
        <source>It names no revocation status, so it cannot be revoked.</source>
        <translation>失効ステータスが指定されていないため、失効させることはできません。</translation>
    </message>
    <message>
        <source>Its revocation status (of type &quot;%1&quot;) cannot be checked here.</source>
        <translation>失効ステータス（タイプ「%1」）はここでは確認できません。</translation>
    </message>
    <message>
        <source>Its revocation status entry is malformed (no list or no index).</source>
        <translation>失効ステータスのエントリが不正な形式です（リストまたはインデックスがありません）。</translation>
    </message>
    <message>
        <source>Its revocation list (%1) is not its issuer&apos;s.</source>
        <translation>失効リスト（%1）は発行者のものではありません。</translation>
    </message>
    <message>
        <source>The signature is good, but the issuer&apos;s revocation list has not been fetched yet: sync once online and check again.</source>
        <translation>署名は正しいですが、発行者の失効リストがまだ取得されていません。オンラインで同期してから再度確認してください。</translation>
    </message>
    <message>
        <source>Fetching the revocation list…</source>
        <translation>失効リストを取得中…</translation>
    </message>
    <message>
        <source>The revocation list cannot be fetched: %1</source>
        <translation>失効リストを取得できません: %1</translation>
    </message>
    <message>
        <source>The revocation list is not a signed VC-JWT that can be checked here: %1</source>
        <translation>失効リストは、ここで確認できる署名付き VC-JWT ではありません: %1</translation>
    </message>
    <message>
        <source>%1 is not a Bitstring Status List credential.</source>
        <translation>%1 は Bitstring Status List 資格情報ではありません。</translation>
    </message>
    <message>
        <source>The revocation list is issued by %1, not by the credential&apos;s issuer.</source>
        <translation>失効リストの発行者は資格情報の発行者ではなく %1 です。</translation>
    </message>
    <message>
        <source>The revocation list fetched from %1 says it is %2.</source>
        <translation>%1 から取得した失効リストは、自身を %2 としています。</translation>
    </message>
    <message>
        <source>The revocation list&apos;s signature does not match: %1</source>
        <translation>失効リストの署名が一致しません: %1</translation>
    </message>
    <message>
        <source>The status list is for %1, the credential asks about %2.</source>
        <translation>ステータスリストは %1 のものですが、資格情報は %2 について問い合わせています。</translation>
    </message>
    <message>
        <source>The revocation list cannot be read: %1</source>
        <translation>失効リストを読み込めません: %1</translation>
    </message>
    <message>
        <source>Its status index %1 lies outside the issuer&apos;s list.</source>
        <translation>ステータスインデックス %1 が発行者のリストの範囲外です。</translation>
    </message>
    <message>
        <source>The issuer has suspended it.</source>
        <translation>発行者により一時停止されています。</translation>
    </message>
    <message>
        <source>A hosted Open Badges 2.0 assertion is checked by fetching it from its issuer (%1), and this check is offline.</source>
        <translation>ホスト型の Open Badges 2.0 アサーションは発行者（%1）から取得して確認しますが、この確認はオフラインで行われています。</translation>
    </message>
    <message>
        <source>Fetching the assertion from its issuer…</source>
        <translation>発行者からアサーションを取得中…</translation>
    </message>
    <message>
        <source>Its issuer does not host this assertion (HTTP %1): it was withdrawn, made private, or never issued.</source>
        <translation>発行者はこのアサーションをホストしていません（HTTP %1）。取り下げられたか、非公開にされたか、発行されていません。</translation>
    </message>
    <message>
        <source>The assertion cannot be fetched: %1</source>
        <translation>アサーションを取得できません: %1</translation>
    </message>
    <message>
        <source>%1 does not answer with an assertion.</source>
        <translation>%1 はアサーションを返しません。</translation>
    </message>
    <message>
        <source>The assertion at %1 says it is another one (%2).</source>
        <translation>%1 のアサーションは別のもの（%2）であることを示しています。</translation>
    </message>
    <message>
        <source>This copy differs from the one its issuer hosts (%1).</source>
        <translation>このコピーは発行者がホストしているもの（%1）と異なります。</translation>
    </message>
    <message>
        <source>The assertion is hosted at %1, not by its issuer (%2).</source>
        <translation>アサーションは発行者（%2）ではなく %1 でホストされています。</translation>
    </message>
    <message>
        <source>Fetching the issuer…</source>
        <translation>発行者を取得中…</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile cannot be fetched: %1</source>
        <translation>発行者のプロファイルを取得できません: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile at %1 is another one&apos;s.</source>
        <translation>%1 の発行者プロファイルは別のものです。</translation>
    </message>
    <message>
        <source>Fetching the badge class…</source>
        <translation>バッジクラスを取得中…</translation>
    </message>
    <message>
        <source>The badge class cannot be fetched: %1</source>
        <translation>バッジクラスを取得できません: %1</translation>
    </message>
    <message>
        <source>The badge class at %1 is another one&apos;s.</source>
        <translation>%1 のバッジクラスは別のものです。</translation>
    </message>
    <message>
        <source>Its issuer has revoked it.</source>
        <translation>発行者により取り消されています。</translation>
    </message>
    <message>
        <source>It was genuine, but its validity ended %1.</source>
        <translation>正規のものですが、有効期間は %1 に終了しました。</translation>
    </message>
    <message>
        <source>The signature is the issuer&apos;s and it is not revoked (checked offline).</source>
        <translation>署名は発行者のものであり、取り消されていません（オフラインで確認）。</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>すべての確認に合格しました。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
</context>
<context>
    <name>EditFeedback</name>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ExamsModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>成績</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>ExternalCredentialsModel</name>
    <message>
        <source>Achievement</source>
        <translation>達成内容</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Kept since</source>
        <translation>保存日</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
</context>
<context>
    <name>FetchJob</name>
    <message>
        <source>The server said &quot;not modified&quot; to a first request.</source>
        <translation>サーバーが初回の要求に対して「変更なし」と応答しました。</translation>
    </message>
</context>
<context>
    <name>FulfillmentDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>確定(&amp;C)</translation>
    </message>
    <message>
        <source>Claim &amp; Purchase Fulfillment</source>
        <translation>キットの申請と購入</translation>
    </message>
    <message>
        <source>This order is waiting for its payment.</source>
        <translation>この注文は支払い待ちです。</translation>
    </message>
    <message>
        <source>Step 1 · Check the kits to claim or buy, then Purchase</source>
        <translation>ステップ 1 · 申請または購入するキットを選択し、[購入] をクリックします</translation>
    </message>
    <message>
        <source>Step 2 · Confirm that the shipping information is correct</source>
        <translation>ステップ 2 · 配送先情報が正しいことを確認します</translation>
    </message>
    <message>
        <source>Order %1 · Abandoned</source>
        <translation>注文 %1 · 破棄済み</translation>
    </message>
    <message>
        <source>Step 3 · Choose how to pay %1</source>
        <translation>ステップ 3 · %1 の支払い方法を選択します</translation>
    </message>
    <message>
        <source>Step 3 · Pay %1 on the checkout page</source>
        <translation>ステップ 3 · チェックアウトページで %1 を支払います</translation>
    </message>
    <message>
        <source>Order %1 · Confirmation</source>
        <translation>注文 %1 · 確認</translation>
    </message>
    <message>
        <source>%1 Nothing was lost: try again when the server can be reached.</source>
        <translation>%1 データは失われていません。サーバーに接続できるようになったら再度お試しください。</translation>
    </message>
    <message>
        <source>Some shipping details need changing: see the messages under the fields.</source>
        <translation>一部の配送先情報を修正する必要があります。各フィールドの下のメッセージを確認してください。</translation>
    </message>
    <message>
        <source>Abandon order</source>
        <translation>注文の破棄</translation>
    </message>
    <message>
        <source>Abandon this order? Nothing is charged for it, and it cannot be paid any more.</source>
        <translation>この注文を破棄しますか？料金は請求されず、今後この注文の支払いはできなくなります。</translation>
    </message>
    <message>
        <source>The payment was declined. Choose a payment method to try again, pay later from the history, or abandon the order.</source>
        <translation>支払いが拒否されました。支払い方法を選択して再度お試しいただくか、後で履歴から支払うか、注文を破棄してください。</translation>
    </message>
    <message>
        <source>The payment was cancelled. Choose a payment method to try again, pay later from the history, or abandon the order.</source>
        <translation>支払いがキャンセルされました。支払い方法を選択して再度お試しいただくか、後で履歴から支払うか、注文を破棄してください。</translation>
    </message>
    <message>
        <source>This order was abandoned: it was not paid within 24 hours, or it was abandoned in another window. Nothing was charged for it and it can no longer be paid. To order these kits, start a new purchase.</source>
        <translation>この注文は破棄されました。24 時間以内に支払いが行われなかったか、別のウィンドウで破棄されました。料金は請求されておらず、今後支払うことはできません。これらのキットを注文するには、新しく購入を開始してください。</translation>
    </message>
</context>
<context>
    <name>FulfillmentModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Verification Code</source>
        <translation>検証コード</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>処理待ち</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>CertTrack Help</source>
        <translation>CertTrack ヘルプ</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>戻る (Alt+←)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>進む (Alt+→)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目次(&amp;C)</translation>
    </message>
    <message>
        <source>The list of sections at the top of the guide</source>
        <translation>ガイドの先頭にある章の一覧</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your certifications</source>
        <translation>保有している認定</translation>
    </message>
    <message>
        <source>Certifications expiring soon</source>
        <translation>まもなく期限切れになる認定</translation>
    </message>
    <message>
        <source>Login ID:</source>
        <translation>ログイン ID:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>ようこそ、%1 さん</translation>
    </message>
    <message>
        <source>Active certifications: %1 of %2</source>
        <translation>有効な認定: %2 件中 %1 件</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;planner:%1&quot;&gt;%2&lt;/a&gt; expires %3 (%4)</source>
        <translation>&lt;a href=&quot;planner:%1&quot;&gt;%2&lt;/a&gt; の有効期限: %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>Recertification due within %n day(s):</source>
        <translation>
            <numerusform>%n 日以内に再認定が必要:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the recertification planner</source>
        <translation>再認定プランナーを開く</translation>
    </message>
</context>
<context>
    <name>IdentifiersModel</name>
    <message>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>IdentifiersView</name>
    <message>
        <source>Candidate IDs used externally</source>
        <translation>外部で使用される受験者 ID</translation>
    </message>
    <message>
        <source>Below are the different IDs assigned to your account including Testing IDs and System IDs.</source>
        <translation>以下は、受験 ID やシステム ID など、アカウントに割り当てられているさまざまな ID です。</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>識別子</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message>
        <source>Still there?</source>
        <translation>まだ使用中ですか？</translation>
    </message>
    <message>
        <source>Nobody has used CertTrack for a while.</source>
        <translation>CertTrack はしばらく使用されていません。</translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>サインインしたままにする(&amp;S)</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>サインインしたままにする</translation>
    </message>
    <message numerus="yes">
        <source>You will be signed out in %n second(s), and everything shown here will be removed.</source>
        <translation>
            <numerusform>%n 秒後にサインアウトされ、ここに表示されている内容はすべて削除されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoFileWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>Files cannot be saved in %1: %2</source>
        <translation>%1 にファイルを保存できません: %2</translation>
    </message>
    <message>
        <source>The logo %1 is not a readable SVG image.</source>
        <translation>ロゴ %1 は読み込み可能な SVG 画像ではありません。</translation>
    </message>
</context>
<context>
    <name>LogoService</name>
    <message>
        <source>not an SVG image</source>
        <translation>SVG 画像ではありません</translation>
    </message>
</context>
<context>
    <name>LogosDialog</name>
    <message>
        <source>&amp;Download…</source>
        <translation>ダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Download Logos</source>
        <translation>ロゴのダウンロード</translation>
    </message>
    <message>
        <source>Certification Logos</source>
        <translation>認定ロゴ</translation>
    </message>
    <message>
        <source>By selecting and downloading a logo, you agree to the logo guidelines and agreement below. Each logo is saved as SVG and PNG into a folder you choose.</source>
        <translation>ロゴを選択してダウンロードすることにより、以下のロゴガイドラインおよび契約に同意したものとみなされます。各ロゴは、選択したフォルダーに SVG と PNG で保存されます。</translation>
    </message>
    <message>
        <source>Available logo files</source>
        <translation>利用可能なロゴファイル</translation>
    </message>
    <message>
        <source>Preview of the selected logo</source>
        <translation>選択したロゴのプレビュー</translation>
    </message>
    <message>
        <source>Download the checked logos</source>
        <translation>チェックしたロゴをダウンロードします</translation>
    </message>
    <message>
        <source>Check every logo</source>
        <translation>すべてのロゴをチェックします</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進捗状況</translation>
    </message>
    <message>
        <source>Saved as %1.svg and %1.png</source>
        <translation>%1.svg と %1.png として保存しました</translation>
    </message>
    <message>
        <source>Use a logo only as the programme&apos;s logo guidelines allow.</source>
        <translation>ロゴは、プログラムのロゴガイドラインで許可されている範囲でのみ使用してください。</translation>
    </message>
    <message>
        <source>There are no logo files for your certifications.</source>
        <translation>保有している認定のロゴファイルはありません。</translation>
    </message>
    <message>
        <source>Select a logo to see it.</source>
        <translation>ロゴを選択すると表示されます。</translation>
    </message>
    <message>
        <source>A preview appears once the logo guidelines are accepted: your first download asks.</source>
        <translation>ロゴガイドラインに同意するとプレビューが表示されます。初回のダウンロード時に確認されます。</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>プレビューを読み込み中…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>プレビューなし: %1</translation>
    </message>
    <message>
        <source>Saved as %1.svg and %1.png (%2 × %3 pixels)</source>
        <translation>%1.svg と %1.png として保存しました（%2 × %3 ピクセル）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Your first download asks you to accept these guidelines and the %1.</source>
        <translation>初回のダウンロード時に、このガイドラインと%1への同意を求められます。</translation>
    </message>
    <message>
        <source>You accepted the logo guidelines and the %1 on %2.</source>
        <translation>%2 にロゴガイドラインと%1に同意しました。</translation>
    </message>
    <message>
        <source>You have accepted the logo guidelines and the %1.</source>
        <translation>ロゴガイドラインと%1に同意済みです。</translation>
    </message>
    <message>
        <source>Downloading also confirms the %1 (%2).</source>
        <translation>ダウンロードすると、%1（%2）にも同意したことになります。</translation>
    </message>
    <message>
        <source>Do you accept the logo guidelines and the agreement?</source>
        <translation>ロゴガイドラインと契約に同意しますか？</translation>
    </message>
    <message>
        <source>Logo guidelines and agreement</source>
        <translation>ロゴガイドラインと契約</translation>
    </message>
    <message>
        <source>Check the logos to download first.</source>
        <translation>先にダウンロードするロゴをチェックしてください。</translation>
    </message>
    <message>
        <source>Nothing downloaded: logos can be downloaded once the guidelines and agreement are accepted.</source>
        <translation>何もダウンロードされませんでした。ロゴはガイドラインと契約に同意するとダウンロードできます。</translation>
    </message>
    <message>
        <source>Save the logos in</source>
        <translation>ロゴの保存先</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Recording your acceptance…</source>
        <translation>同意を記録中…</translation>
    </message>
    <message>
        <source>Your acceptance could not be recorded: %1</source>
        <translation>同意を記録できませんでした: %1</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation>%1 をダウンロード中（%3 件中 %2 件目）…</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 をダウンロードできませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n logo(s) as SVG and PNG in %1.</source>
        <translation>
            <numerusform>%n 個のロゴを SVG と PNG で %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logo(s) were saved before this.</source>
        <translation>
            <numerusform>これより前に %n 個のロゴが保存されています。</numerusform>
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
        <translation>ホーム(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Personal Info</source>
        <translation>個人情報(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Testing History</source>
        <translation>受験履歴(&amp;T)</translation>
    </message>
    <message>
        <source>Certi&amp;fications</source>
        <translation>認定(&amp;F)</translation>
    </message>
    <message>
        <source>Certificates &amp;&amp; P&amp;laques</source>
        <translation>証明書と盾(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;ranscripts</source>
        <translation>成績証明書(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Digital Badges</source>
        <translation>デジタルバッジ(&amp;D)</translation>
    </message>
    <message>
        <source>Account sections</source>
        <translation>アカウントのセクション</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>同期中</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch the latest data from the server (F5)</source>
        <translation>サーバーから最新のデータを取得します（F5）</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>サインアウト(&amp;O)…</translation>
    </message>
    <message>
        <source>Sign out of this account (Ctrl+Shift+O)</source>
        <translation>このアカウントからサインアウトします（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find in Table</source>
        <translation>表内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About CertTrack</source>
        <translation>CertTrack について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Next Section</source>
        <translation>次のセクション</translation>
    </message>
    <message>
        <source>Previous Section</source>
        <translation>前のセクション</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation>記録(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>%1（%2）としてサインイン中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Syncing… (last synced %1)</source>
        <translation>同期中…（前回の同期: %1）</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>前回の同期: %1</translation>
    </message>
    <message>
        <source>Offline — last synced %1. Retrying…</source>
        <translation>オフライン — 前回の同期: %1。再試行中…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out of %1? Anything CertTrack keeps for this account on this computer is removed.</source>
        <translation>%1 からサインアウトしますか？このコンピューターに保存されているこのアカウントのデータはすべて削除されます。</translation>
    </message>
    <message>
        <source>About CertTrack</source>
        <translation>CertTrack について</translation>
    </message>
    <message>
        <source>CertTrack &amp;Help</source>
        <translation>CertTrack ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>The user guide, at the section of the tab in front</source>
        <translation>表示中のタブの章を開いたユーザーガイド</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外観(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>CertTrack will use the chosen language from its next start.</source>
        <translation>選択した言語は、次回 CertTrack を起動したときから使われます。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertTrack %1&lt;/h3&gt;&lt;p&gt;Your certifications, exams, continuing education, certificates, transcripts and badges, on your desktop and offline.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Made with:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CertTrack %1&lt;/h3&gt;&lt;p&gt;認定、試験、継続教育、証明書、成績証明書、バッジを、デスクトップでオフラインでも確認できます。&lt;/p&gt;&lt;p&gt;Apache License 2.0 の下でライセンスされています。&lt;/p&gt;&lt;p&gt;使用しているコンポーネント:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>%1 を Web ブラウザーで開きます</translation>
    </message>
    <message>
        <source>No Web Browser</source>
        <translation>Web ブラウザーがありません</translation>
    </message>
    <message>
        <source>No web browser could be started to open %1.</source>
        <translation>%1 を開くための Web ブラウザーを起動できませんでした。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを閉じます</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>Tracking</source>
        <translation>追跡</translation>
    </message>
    <message>
        <source>Trackable shipping for printed certificates</source>
        <translation>印刷証明書の追跡可能な配送</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
</context>
<context>
    <name>OrderSummary</name>
    <message>
        <source>Items and prices</source>
        <translation>品目と価格</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計: %1</translation>
    </message>
</context>
<context>
    <name>OrderWatcher</name>
    <message>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>サーバーの応答を読み込めませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>PaymentStep</name>
    <message>
        <source>Payment method</source>
        <translation>支払い方法</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Co&amp;ntinue to payment</source>
        <translation>支払いに進む(&amp;N)</translation>
    </message>
    <message>
        <source>Pay &amp;later</source>
        <translation>後で支払う(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Abandon order</source>
        <translation>注文を破棄(&amp;A)</translation>
    </message>
    <message>
        <source>Start a &amp;new purchase</source>
        <translation>新しく購入を開始(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Pay&amp;Pal</source>
        <translation>PayPal(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Debit Card</source>
        <translation>デビットカード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Credit Card</source>
        <translation>クレジットカード(&amp;C)</translation>
    </message>
    <message>
        <source>The checkout page opens in your web browser. CertTrack never sees your card or account details; it notices by itself when the payment is done.</source>
        <translation>チェックアウトページは Web ブラウザーで開きます。CertTrack がカード情報やアカウント情報を目にすることはありません。支払いが完了すると自動的に検知します。</translation>
    </message>
    <message>
        <source>Back to the shipping information</source>
        <translation>配送先情報に戻ります</translation>
    </message>
    <message>
        <source>Close this window: the order waits in the history, where you can pay for it or abandon it</source>
        <translation>このウィンドウを閉じます。注文は履歴で待機し、そこから支払いまたは破棄ができます</translation>
    </message>
    <message>
        <source>Back to the catalogue, to order the kits again</source>
        <translation>カタログに戻り、キットを再度注文します</translation>
    </message>
    <message>
        <source>Choose a payment method first</source>
        <translation>先に支払い方法を選択してください</translation>
    </message>
</context>
<context>
    <name>PersonalInfoPage</name>
    <message>
        <source>Personal information sections</source>
        <translation>個人情報のセクション</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Attri&amp;butes</source>
        <translation>属性(&amp;B)</translation>
    </message>
    <message>
        <source>Identificatio&amp;n</source>
        <translation>本人確認(&amp;N)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>You changed your answers in Settings but did not save them. Save them now?</source>
        <translation>設定の回答を変更しましたが、保存されていません。今すぐ保存しますか？</translation>
    </message>
    <message>
        <source>You changed your attributes but did not save them. Save them now?</source>
        <translation>属性を変更しましたが、保存されていません。今すぐ保存しますか？</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>まだ保存できません</translation>
    </message>
    <message>
        <source>Answer every required question first.</source>
        <translation>先に必須の質問すべてに回答してください。</translation>
    </message>
    <message>
        <source>Correct the highlighted field first.</source>
        <translation>先に強調表示されているフィールドを修正してください。</translation>
    </message>
</context>
<context>
    <name>RecertificationPlanModel</name>
    <message>
        <source>pass %1</source>
        <translation>%1 に合格</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>あと %1 %2</translation>
    </message>
    <message>
        <source>CE credits</source>
        <translation>CE 単位</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>%1 を保有</translation>
    </message>
    <message>
        <source>renew %1, which renews this</source>
        <translation>%1 を更新（これによりこの認定も更新されます）</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>次のいずれか: %1</translation>
    </message>
    <message>
        <source>any %1 of: %2</source>
        <translation>次のうち任意の %1 件: %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>nothing more: ready to renew</source>
        <translation>これ以上必要なし: 更新可能</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>本日期限切れ</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>expired yesterday</source>
        <translation>昨日期限切れ</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>%1 日前に期限切れ</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 日後</translation>
    </message>
    <message>
        <source>Expired: earn it again</source>
        <translation>期限切れ: 再取得が必要です</translation>
    </message>
    <message>
        <source>Renewing it also renews %1</source>
        <translation>これを更新すると %1 も更新されます</translation>
    </message>
    <message>
        <source>One way to renew</source>
        <translation>更新方法（1 通り）</translation>
    </message>
    <message>
        <source>%1 ways to renew</source>
        <translation>更新方法（%1 通り）</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最長 %1</translation>
    </message>
    <message>
        <source>%1 if renewed today</source>
        <translation>本日更新した場合 %1</translation>
    </message>
    <message>
        <source>%1 if earned today</source>
        <translation>本日取得した場合 %1</translation>
    </message>
    <message>
        <source>Renewing today loses no time: the new period starts on the expiry day.</source>
        <translation>本日更新しても期間は失われません。新しい期間は有効期限日から始まります。</translation>
    </message>
    <message>
        <source>A renewal counts from the day it is done, not from the current expiry: renewing today gives %1, %2 days earlier than renewing on %3 (which gives %4).</source>
        <translation>更新は現在の有効期限からではなく、更新を行った日から計算されます。本日更新すると %1 となり、%3 に更新した場合（%4）より %2 日早くなります。</translation>
    </message>
    <message>
        <source>Expires within %1 days</source>
        <translation>%1 日以内に期限切れ</translation>
    </message>
    <message>
        <source>Certification / way to renew</source>
        <translation>認定 / 更新方法</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>残りの要件</translation>
    </message>
    <message>
        <source>New expiry</source>
        <translation>新しい有効期限</translation>
    </message>
</context>
<context>
    <name>RecertificationPlannerView</name>
    <message>
        <source>Recertification planner</source>
        <translation>再認定プランナー</translation>
    </message>
    <message>
        <source>Most urgent first. Each certification lists every way to renew it, what that way still needs and the expiry it gives. Certifications expiring within %1 days are flagged.</source>
        <translation>緊急度の高い順に表示されます。各認定には、すべての更新方法と、それぞれに残っている要件、更新後の有効期限が表示されます。%1 日以内に期限切れになる認定には印が付きます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Renewing early does not add to your current period.&lt;/b&gt; A renewal counts from the day it is done: the new expiry is the renewal date plus the certification&apos;s period, so renewing today gives an earlier expiry than renewing on the expiry day. Each certification row shows what a renewal on its last day would give.</source>
        <translation>&lt;b&gt;早めに更新しても現在の有効期間には加算されません。&lt;/b&gt;更新は実施日から計算されます。新しい有効期限は更新日に認定の有効期間を加えた日付となるため、本日更新すると有効期限日に更新する場合よりも有効期限が早くなります。各認定の行には、最終日に更新した場合の有効期限が表示されます。</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>表を CSV としてエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print Table…</source>
        <translation>表を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Renewal Plan as &amp;iCalendar…</source>
        <translation>更新計画を iCalendar としてエクスポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Archive Everything…</source>
        <translation>すべてをアーカイブ(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reminder Settings…</source>
        <translation>リマインダーの設定(&amp;R)…</translation>
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
        <translation>表示中の表を表示どおりに CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Print the table in front, its headers on every page</source>
        <translation>表示中の表を、各ページに見出しを付けて印刷します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Save every renewal deadline, with reminders at your lead times, for your calendar</source>
        <translation>すべての更新期限を、指定した日数前のリマインダー付きでカレンダー用に保存します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Save certificates, badges, transcripts, tables and the renewal plan as one zip file</source>
        <translation>証明書、バッジ、成績証明書、表、更新計画を 1 つの zip ファイルとして保存します</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>表のエクスポート</translation>
    </message>
    <message>
        <source>This tab has no table to export.</source>
        <translation>このタブにはエクスポートできる表がありません。</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Print Table</source>
        <translation>表の印刷</translation>
    </message>
    <message>
        <source>This tab has no table to print.</source>
        <translation>このタブには印刷できる表がありません。</translation>
    </message>
    <message>
        <source>%1 (%2), printed %3</source>
        <translation>%1（%2）、%3 に印刷</translation>
    </message>
    <message>
        <source>The table could not be sent to %1.</source>
        <translation>表を %1 に送信できませんでした。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 を印刷</translation>
    </message>
    <message>
        <source>Export Renewal Plan</source>
        <translation>更新計画のエクスポート</translation>
    </message>
    <message>
        <source>Renewal plan.ics</source>
        <translation>更新計画.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>CertTrack record %1 %2.zip</source>
        <translation>CertTrack 記録 %1 %2.zip</translation>
    </message>
    <message>
        <source>Archive Everything</source>
        <translation>すべてをアーカイブ</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Saved %1 files in %2.</source>
        <translation>%1 個のファイルを %2 に保存しました。</translation>
    </message>
</context>
<context>
    <name>RecordArchive</name>
    <message>
        <source>No PDF certificate for %1: %2.</source>
        <translation>%1 の PDF 証明書はありません: %2。</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be drawn.</source>
        <translation>%1 の証明書を描画できませんでした。</translation>
    </message>
    <message>
        <source>No baked image of the badge %1: it is not a credential yet (sync once more to fetch it).</source>
        <translation>バッジ %1 のベイク済み画像がありません。まだ資格情報になっていません（もう一度同期すると取得されます）。</translation>
    </message>
    <message>
        <source>No baked image of the badge %1: %2</source>
        <translation>バッジ %1 のベイク済み画像がありません: %2</translation>
    </message>
    <message>
        <source>Transcript ID</source>
        <translation>成績証明書 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>表示内容</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>認定</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>閲覧数</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Public page</source>
        <translation>公開ページ</translation>
    </message>
    <message>
        <source>Certifications shown</source>
        <translation>表示する認定</translation>
    </message>
    <message>
        <source>It also shows every certification earned after it was made.</source>
        <translation>作成後に取得したすべての認定も表示されます。</translation>
    </message>
    <message>
        <source>Record of %1</source>
        <translation>%1 の記録</translation>
    </message>
    <message>
        <source>Login ID %1 at %2. Data as of %3; archived on %4.</source>
        <translation>%2 のログイン ID %1。%3 時点のデータ。%4 にアーカイブ。</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>PDF certificates</source>
        <translation>PDF 証明書</translation>
    </message>
    <message>
        <source>Badges (PNG images with their credential inside)</source>
        <translation>バッジ（資格情報を含む PNG 画像）</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>成績証明書</translation>
    </message>
    <message>
        <source>Tables (CSV)</source>
        <translation>表（CSV）</translation>
    </message>
    <message>
        <source>Renewal plan (iCalendar)</source>
        <translation>更新計画（iCalendar）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 を書き込めません: フォルダー %2 が存在しません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (%3)</source>
        <translation>%1 を書き込めません: %2（%3）</translation>
    </message>
    <message>
        <source>closing the archive</source>
        <translation>アーカイブを閉じています</translation>
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
        <translation>%1 の有効期限は本日です</translation>
    </message>
    <message>
        <source>%1 expires tomorrow</source>
        <translation>%1 の有効期限は明日です</translation>
    </message>
    <message>
        <source>%1 expires in %2 days</source>
        <translation>%1 の有効期限は %2 日後です</translation>
    </message>
    <message>
        <source>%1 expires on %2. Renew it by then: the recertification planner in CertTrack shows every way.</source>
        <translation>%1 の有効期限は %2 です。それまでに更新してください。CertTrack の再認定プランナーにすべての更新方法が表示されます。</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>&amp;Remind me of expiring certifications and renewal deadlines</source>
        <translation>期限切れになる認定と更新期限を通知する(&amp;R)</translation>
    </message>
    <message>
        <source>Reminder Settings</source>
        <translation>リマインダーの設定</translation>
    </message>
    <message>
        <source>Days before each deadline</source>
        <translation>各期限の何日前</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>既定値に戻す(&amp;D)</translation>
    </message>
    <message>
        <source>CertTrack shows a desktop notification when a deadline is this many days away, and at its next start for anything that fell due while it was closed. The renewal plan exported for your calendar carries the same alarms.</source>
        <translation>期限までの日数がこの値になると、CertTrack はデスクトップ通知を表示します。CertTrack の終了中に期限を迎えたものは、次回起動時に通知します。カレンダー用にエクスポートした更新計画にも同じアラームが設定されます。</translation>
    </message>
    <message>
        <source>Days &amp;before each deadline:</source>
        <translation>各期限の何日前(&amp;B):</translation>
    </message>
    <message>
        <source>Give whole numbers of days from 1 to 3660, separated by commas.</source>
        <translation>1～3660 の整数の日数をコンマ区切りで入力してください。</translation>
    </message>
</context>
<context>
    <name>RenewalCalendar</name>
    <message>
        <source>pass the exam %1</source>
        <translation>試験 %1 に合格</translation>
    </message>
    <message>
        <source>earn %1 more CE credits</source>
        <translation>CE 単位をあと %1 取得</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>%1 を保有</translation>
    </message>
    <message>
        <source>renew %1</source>
        <translation>%1 を更新</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 of: %2</source>
        <translation>次のうち %1 件: %2</translation>
    </message>
    <message>
        <source>%1 expires on %2; it can be renewed up to that day.</source>
        <translation>%1 の有効期限は %2 です。その日まで更新できます。</translation>
    </message>
    <message>
        <source>Renewing it also renews %1.</source>
        <translation>これを更新すると %1 も更新されます。</translation>
    </message>
    <message>
        <source>%1: every requirement is met.</source>
        <translation>%1: すべての要件を満たしています。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>Certification renewals</source>
        <translation>認定の更新</translation>
    </message>
    <message>
        <source>Last day to renew %1</source>
        <translation>%1 の更新最終日</translation>
    </message>
    <message>
        <source>Certification renewal</source>
        <translation>認定の更新</translation>
    </message>
    <message>
        <source>%1 expires today</source>
        <translation>%1 の有効期限は本日です</translation>
    </message>
    <message>
        <source>%1 expires tomorrow</source>
        <translation>%1 の有効期限は明日です</translation>
    </message>
    <message>
        <source>%1 expires in %2 days</source>
        <translation>%1 の有効期限は %2 日後です</translation>
    </message>
</context>
<context>
    <name>RequirementProgressModel</name>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>ServiceRequests</name>
    <message>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>サーバーの応答を読み込めませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>セッションの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>要求はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>SettingsQuestionsModel</name>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Required — not answered</source>
        <translation>必須 — 未回答</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>&amp;Update/Confirm</source>
        <translation>更新/確認(&amp;U)</translation>
    </message>
    <message>
        <source>Your settings were changed elsewhere since this page loaded them, so your answers were not saved. They are still shown below. Reload to see the saved answers, then make your change again.</source>
        <translation>このページで読み込んだ後に設定が別の場所で変更されたため、回答は保存されませんでした。回答は下に表示されたままです。再読み込みして保存済みの回答を確認してから、もう一度変更してください。</translation>
    </message>
    <message>
        <source>Reload settings</source>
        <translation>設定を再読み込み</translation>
    </message>
    <message>
        <source>Update and confirm settings</source>
        <translation>設定を更新して確認</translation>
    </message>
    <message>
        <source>Settings questions</source>
        <translation>設定の質問</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>%1: Yes</source>
        <translation>%1: はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1: No</source>
        <translation>%1: いいえ</translation>
    </message>
    <message>
        <source>Required *</source>
        <translation>必須 *</translation>
    </message>
    <message>
        <source>Confirmed on %1.</source>
        <translation>%1 に確認済み。</translation>
    </message>
    <message>
        <source>Your answers have not been confirmed yet. Answer every required question, then choose Update/Confirm.</source>
        <translation>回答はまだ確認されていません。必須の質問すべてに回答してから、[更新/確認] を選択してください。</translation>
    </message>
    <message>
        <source>Answer every required question (*) first.</source>
        <translation>先に必須の質問（*）すべてに回答してください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>ShippingForm</name>
    <message>
        <source>First Name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Address (Cont)</source>
        <translation>住所（続き）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation>都道府県/州</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>国を選択してください</translation>
    </message>
    <message>
        <source>Demographics - English (Roman) alphabet only</source>
        <translation>基本情報 - 英字（ローマ字）のみ</translation>
    </message>
    <message>
        <source>Localized - Double byte characters allowed</source>
        <translation>現地表記 - 全角文字を使用できます</translation>
    </message>
    <message>
        <source>Review and update the information below before proceeding</source>
        <translation>続行する前に、以下の情報を確認して更新してください</translation>
    </message>
    <message>
        <source>Optional: your name and address in your own script</source>
        <translation>省略可: ご自身の言語の文字で表記した氏名と住所</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>このコンピューターにサインイン情報を保存する(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in to CertTrack</source>
        <translation>CertTrack へのサインイン</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign in with the login ID and password of your certification account.</source>
        <translation>認定アカウントのログイン ID とパスワードでサインインしてください。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーアドレス</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>認証局ファイル</translation>
    </message>
    <message>
        <source>Optional: the server&apos;s own CA certificate (PEM)</source>
        <translation>省略可: サーバー独自の CA 証明書（PEM）</translation>
    </message>
    <message>
        <source>Choose certificate authority file</source>
        <translation>認証局ファイルの選択</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>ログイン ID</translation>
    </message>
    <message>
        <source>The login ID from your welcome email</source>
        <translation>ウェルカムメールに記載されているログイン ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>サインイン情報を保存</translation>
    </message>
    <message>
        <source>Keeps you signed in and your data available offline. Do not use on a shared computer.</source>
        <translation>サインインしたままになり、オフラインでもデータを利用できます。共有のコンピューターでは使用しないでください。</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>サインイン中</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>認証局(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation>ログイン ID(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;First time signing in?</source>
        <translation>初めてサインインしますか？(&amp;F)</translation>
    </message>
    <message>
        <source>First time signing in</source>
        <translation>初めてのサインイン</translation>
    </message>
    <message>
        <source>Map your account and set your password by email.</source>
        <translation>メールでアカウントを関連付けてパスワードを設定します。</translation>
    </message>
    <message>
        <source>F&amp;orgot password?</source>
        <translation>パスワードをお忘れですか？(&amp;O)</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>パスワードを忘れた場合</translation>
    </message>
    <message>
        <source>Enter the server address first: the link comes from that server.</source>
        <translation>先にサーバーアドレスを入力してください。リンクはそのサーバーから送信されます。</translation>
    </message>
    <message>
        <source>Enter the server address, your login ID and your password.</source>
        <translation>サーバーアドレス、ログイン ID、パスワードを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>「%1」はサーバーアドレスではありません。</translation>
    </message>
    <message>
        <source>CertTrack only connects over HTTPS. Use an address starting with https://.</source>
        <translation>CertTrack は HTTPS でのみ接続します。https:// で始まるアドレスを使用してください。</translation>
    </message>
    <message>
        <source>Certificate authority of the server</source>
        <translation>サーバーの認証局</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The login ID or password is not correct. Check them and try again.</source>
        <translation>ログイン ID またはパスワードが正しくありません。確認してから再度お試しください。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection.
%1</source>
        <translation>サーバーに接続できません。アドレスとネットワーク接続を確認してください。
%1</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>サーバーが時間内に応答しませんでした。しばらくしてから再度お試しください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it.
%1
If this server uses its own certificate authority, choose its CA file above.</source>
        <translation>サーバーの証明書が信頼されていないため、何も送信されませんでした。
%1
このサーバーが独自の認証局を使用している場合は、上でその CA ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>サインインに失敗しました。</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes before trying again.</source>
        <translation>サインインの試行回数が多すぎます。数分待ってから再度お試しください。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. You can try again in %1.</source>
        <translation>サインインの試行回数が多すぎます。%1 後に再度お試しいただけます。</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>再度サインインできるようになりました。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
    <message>
        <source>Sign in (%1)</source>
        <translation>サインイン（%1）</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The server sent data that could not be read (%1).</source>
        <translation>サーバーから読み込めないデータが送信されました（%1）。</translation>
    </message>
    <message>
        <source>This computer&apos;s disk is full, so the data just synced could not be saved; the copy from the previous sync is kept. Free some space and sync again.</source>
        <translation>このコンピューターのディスクがいっぱいのため、同期したデータを保存できませんでした。前回の同期のコピーはそのまま残っています。空き容量を確保してから、もう一度同期してください。</translation>
    </message>
    <message>
        <source>The data just synced could not be saved on this computer (%1); the copy from the previous sync is kept.</source>
        <translation>同期したデータをこのコンピューターに保存できませんでした (%1)。前回の同期のコピーはそのまま残っています。</translation>
    </message>
    <message>
        <source>%1: not a list of resources</source>
        <translation>%1: リソースの一覧ではありません</translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot draw %1.</source>
        <translation>%1 を描画できません。</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 を絞り込む</translation>
    </message>
</context>
<context>
    <name>TestingHistoryPage</name>
    <message>
        <source>Testing history sections</source>
        <translation>受験履歴のセクション</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>E&amp;xams</source>
        <translation>試験(&amp;X)</translation>
    </message>
    <message>
        <source>Click a column heading to sort in ascending or descending order.</source>
        <translation>列見出しをクリックすると、昇順または降順で並べ替えられます。</translation>
    </message>
    <message>
        <source>Certification agreements</source>
        <translation>認定契約</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>契約(&amp;G)</translation>
    </message>
    <message>
        <source>Double-click an agreement, or press Enter on it, to read it.</source>
        <translation>契約をダブルクリックするか、選択して Enter キーを押すと内容を表示できます。</translation>
    </message>
    <message>
        <source>Continuing education activities</source>
        <translation>継続教育活動</translation>
    </message>
    <message>
        <source>CE Acti&amp;vities</source>
        <translation>CE 活動(&amp;V)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>E-commerce transactions</source>
        <translation>電子商取引</translation>
    </message>
    <message>
        <source>E-co&amp;mmerce Transactions</source>
        <translation>電子商取引(&amp;M)</translation>
    </message>
</context>
<context>
    <name>TokenJob</name>
    <message>
        <source>The server&apos;s sign-in answer could not be read (%1).</source>
        <translation>サーバーのサインイン応答を読み込めませんでした（%1）。</translation>
    </message>
    <message>
        <source>The login ID or password is incorrect.</source>
        <translation>ログイン ID またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>サインインの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server refused the sign-in request (%1).</source>
        <translation>サーバーがサインイン要求を拒否しました（%1）。</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支払い方法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
</context>
<context>
    <name>TranscriptFormDialog</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Active certifications</source>
        <translation>有効な認定</translation>
    </message>
    <message>
        <source>All New Certificates</source>
        <translation>すべての新しい認定</translation>
    </message>
    <message>
        <source>Only the certifications chosen below</source>
        <translation>下で選択した認定のみ</translation>
    </message>
    <message>
        <source>Edit transcript</source>
        <translation>成績証明書の編集</translation>
    </message>
    <message>
        <source>Create new transcript</source>
        <translation>成績証明書の新規作成</translation>
    </message>
    <message>
        <source>Transcript ID</source>
        <translation>成績証明書 ID</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Display the name</source>
        <translation>名前を表示</translation>
    </message>
    <message>
        <source>Display the address</source>
        <translation>住所を表示</translation>
    </message>
    <message>
        <source>Display the email address</source>
        <translation>メールアドレスを表示</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Who it is for, e.g. &quot;Acme Networks application&quot;</source>
        <translation>提出先（例:「Acme Networks への応募」）</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Shows whatever certifications are active when the transcript is viewed.</source>
        <translation>成績証明書の閲覧時点で有効なすべての認定を表示します。</translation>
    </message>
    <message>
        <source>Shows the certifications ticked below and every certification you earn from now on.</source>
        <translation>下でチェックした認定と、今後取得するすべての認定を表示します。</translation>
    </message>
    <message>
        <source>Shows exactly the certifications ticked below.</source>
        <translation>下でチェックした認定のみを表示します。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;reate transcript</source>
        <translation>成績証明書を作成(&amp;R)</translation>
    </message>
    <message>
        <source>Transcript ID:</source>
        <translation>成績証明書 ID:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>Display options:</source>
        <translation>表示オプション:</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>有効期間(&amp;X):</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>説明(&amp;R):</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>備考(&amp;M):</translation>
    </message>
    <message>
        <source>Disclose:</source>
        <translation>開示内容:</translation>
    </message>
    <message>
        <source>Assigned by the server when you create the transcript</source>
        <translation>成績証明書の作成時にサーバーが割り当てます</translation>
    </message>
    <message>
        <source>Certifications to display in the transcript</source>
        <translation>成績証明書に表示する認定</translation>
    </message>
    <message>
        <source>Certification Name</source>
        <translation>認定名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Talking to the server…</source>
        <translation>サーバーと通信中…</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>赤で示されたフィールドを修正してください。</translation>
    </message>
    <message>
        <source>This transcript was changed elsewhere since you opened it. The current version is shown; make your change again.</source>
        <translation>この成績証明書は、開いた後に別の場所で変更されました。現在のバージョンが表示されています。もう一度変更してください。</translation>
    </message>
    <message>
        <source>Transcript created. Its ID is %1; share it from the list.</source>
        <translation>成績証明書を作成しました。ID は %1 です。一覧から共有できます。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TranscriptPreviewDialog</name>
    <message>
        <source>Preview of transcript %1</source>
        <translation>成績証明書 %1 のプレビュー</translation>
    </message>
    <message>
        <source>Transcript preview</source>
        <translation>成績証明書のプレビュー</translation>
    </message>
    <message>
        <source>This is what a person opening the link sees now. Previews are not counted as views.</source>
        <translation>リンクを開いた人に現在表示される内容です。プレビューは閲覧数に含まれません。</translation>
    </message>
</context>
<context>
    <name>TranscriptShareDialog</name>
    <message>
        <source>&amp;Preview Email</source>
        <translation>メールのプレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Email this Transcript</source>
        <translation>この成績証明書をメールで送信</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>メールのプレビュー</translation>
    </message>
    <message>
        <source>Preview Email shows the message here before you send it.</source>
        <translation>[メールのプレビュー] をクリックすると、送信前にここにメッセージが表示されます。</translation>
    </message>
    <message>
        <source>Transcript link</source>
        <translation>成績証明書のリンク</translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation>メールで送信</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>宛先(&amp;T):</translation>
    </message>
    <message>
        <source>Share the link</source>
        <translation>リンクを共有</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>My certification transcript</source>
        <translation>私の認定成績証明書</translation>
    </message>
    <message>
        <source>&amp;Facebook</source>
        <translation>Facebook(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;X</source>
        <translation>X(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;LinkedIn</source>
        <translation>LinkedIn(&amp;L)</translation>
    </message>
    <message>
        <source>Opens your web browser to share the link</source>
        <translation>Web ブラウザーを開いてリンクを共有します</translation>
    </message>
    <message>
        <source>Transcript &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>成績証明書 &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s email address.</source>
        <translation>受信者のメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>宛先: %1
件名: %2

%3</translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation>（未入力）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 に送信しました。</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>リンクをクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>TranscriptsModel</name>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>Display Options</source>
        <translation>表示オプション</translation>
    </message>
    <message>
        <source># Views</source>
        <translation>閲覧数</translation>
    </message>
    <message>
        <source>Last viewed</source>
        <translation>最終閲覧日</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>無効化済み</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Email, link, Facebook, X, LinkedIn</source>
        <translation>メール、リンク、Facebook、X、LinkedIn</translation>
    </message>
    <message>
        <source>Not shareable (%1)</source>
        <translation>共有不可（%1）</translation>
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
        <translation>成績証明書</translation>
    </message>
    <message>
        <source>Create &amp;new transcript</source>
        <translation>成績証明書を新規作成(&amp;N)</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>編集(&amp;I)</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>プレビュー(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>共有(&amp;S)…</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>無効化(&amp;V)</translation>
    </message>
    <message>
        <source>Create a new transcript or edit an existing one. Then, select the transcript and enter an email address to send directions on how to access your transcripts.</source>
        <translation>成績証明書を新規作成するか、既存の成績証明書を編集します。次に、成績証明書を選択してメールアドレスを入力すると、成績証明書の閲覧方法を記載した案内を送信できます。</translation>
    </message>
    <message>
        <source>Change the selected transcript</source>
        <translation>選択した成績証明書を変更します</translation>
    </message>
    <message>
        <source>See the selected transcript as its readers do (not counted as a view)</source>
        <translation>選択した成績証明書を閲覧者と同じように表示します（閲覧数には含まれません）</translation>
    </message>
    <message>
        <source>Email the link, copy it, or share it on Facebook, X or LinkedIn</source>
        <translation>リンクをメールで送信、コピー、または Facebook、X、LinkedIn で共有します</translation>
    </message>
    <message>
        <source>Withdraw the selected transcript: its link stops working</source>
        <translation>選択した成績証明書を取り下げます。リンクは機能しなくなります</translation>
    </message>
    <message>
        <source>Transcript %1 has expired or was deactivated: its link shows only that it is no longer available.</source>
        <translation>成績証明書 %1 は期限切れか無効化されています。リンクには、利用できなくなったことのみが表示されます。</translation>
    </message>
    <message>
        <source>Deactivate transcript</source>
        <translation>成績証明書の無効化</translation>
    </message>
    <message>
        <source>Deactivate the transcript &quot;%1&quot;? Its link will stop working for everyone, and it cannot be activated again.</source>
        <translation>成績証明書「%1」を無効化しますか？リンクはすべての人に対して機能しなくなり、再度有効にすることはできません。</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>確認できません</translation>
    </message>
    <message>
        <source>Holder: %1 (a hashed email address: the person is not named)</source>
        <translation>保有者: %1（ハッシュ化されたメールアドレス。氏名は記載されていません）</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>保有者: %1</translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation>達成内容: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>Issuer: %1 (%2)</source>
        <translation>発行者: %1（%2）</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>発行日: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>有効期限: %1</translation>
    </message>
    <message>
        <source>Reason for revocation: %1</source>
        <translation>取り消しの理由: %1</translation>
    </message>
    <message>
        <source>Checked offline against the issuer&apos;s keys fetched %1</source>
        <translation>%1 に取得した発行者の鍵でオフラインで確認済み</translation>
    </message>
    <message>
        <source>and its revocation list fetched %1</source>
        <translation>（%1 に取得した失効リストも使用）</translation>
    </message>
</context>
<context>
    <name>VerificationFetcher</name>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>CA ファイル %1 に証明書が含まれていません。</translation>
    </message>
    <message>
        <source>%1 is not an https:// address, and only those are fetched.</source>
        <translation>%1 は https:// アドレスではありません。取得できるのは https:// アドレスのみです。</translation>
    </message>
    <message>
        <source>%1 sent more than %2 KiB, more than any credential material needs.</source>
        <translation>%1 から %2 KiB を超えるデータが送信されました。資格情報に必要な量を超えています。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for %3.</source>
        <translation>%1 が %3 に対して HTTP %2 を返しました。</translation>
    </message>
    <message>
        <source>The connection to %1 is not trusted (%2).</source>
        <translation>%1 への接続は信頼されていません（%2）。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2).</source>
        <translation>%1 に接続できません（%2）。</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>no local copy of %1: remember the account (in CertTrack, or with certtrack certificate --remember) so its server&apos;s keys are cached.</source>
        <translation>%1 のローカルコピーがありません: アカウントを保存してください（CertTrack で、または certtrack certificate --remember で）。これにより、そのサーバーの鍵がキャッシュされます。</translation>
    </message>
    <message>
        <source>%1 is remembered on several servers: choose one with --server.</source>
        <translation>%1 は複数のサーバーに保存されています: --server で 1 つを選択してください。</translation>
    </message>
    <message>
        <source>no local copy of %1 on %2.</source>
        <translation>%2 に %1 のローカルコピーがありません。</translation>
    </message>
    <message>
        <source>(see certtrack verify --help)</source>
        <translation>（certtrack verify --help を参照）</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential.</source>
        <translation>%1 は資格情報としては大きすぎます。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>VerifyCredentialDialog</name>
    <message>
        <source>Verify a Credential</source>
        <translation>資格情報の検証</translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation>資格情報を検証</translation>
    </message>
    <message>
        <source>Choose a badge image (PNG or SVG), a credential file (JSON) or a JWT, or drop one here. Credentials of your programme are checked against its keys from your last sync; other issuers&apos; are checked over the network.</source>
        <translation>バッジ画像（PNG または SVG）、資格情報ファイル（JSON）、JWT のいずれかを選択するか、ここにドロップしてください。所属プログラムの資格情報は前回の同期時に取得した鍵で確認し、他の発行者の資格情報はネットワーク経由で確認します。</translation>
    </message>
    <message>
        <source>How to verify</source>
        <translation>検証方法</translation>
    </message>
    <message>
        <source>&amp;Choose a File…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a file to verify</source>
        <translation>検証するファイルを選択します</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>現在のステップ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Verdict details</source>
        <translation>判定の詳細</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>ダイアログのボタン</translation>
    </message>
    <message>
        <source>&amp;Keep This Credential</source>
        <translation>この資格情報を保存(&amp;K)</translation>
    </message>
    <message>
        <source>Keep this credential on my account</source>
        <translation>この資格情報をアカウントに保存します</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込み中…</translation>
    </message>
    <message>
        <source>%1 is too large to be a credential.</source>
        <translation>%1 は資格情報としては大きすぎます。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Choose a Credential</source>
        <translation>資格情報の選択</translation>
    </message>
    <message>
        <source>Credentials (*.png *.svg *.json *.jwt *.txt);;All files (*)</source>
        <translation>資格情報 (*.png *.svg *.json *.jwt *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Issued by your programme&apos;s server.</source>
        <translation>所属プログラムのサーバーが発行しました。</translation>
    </message>
    <message>
        <source>Keeping the credential on your account…</source>
        <translation>資格情報をアカウントに保存中…</translation>
    </message>
    <message>
        <source>The credential was not kept: %1</source>
        <translation>資格情報は保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Kept on your account.</source>
        <translation>アカウントに保存しました。</translation>
    </message>
</context>
<context>
    <name>WaitingStep</name>
    <message>
        <source>&amp;Copy the address</source>
        <translation>アドレスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open the payment page again</source>
        <translation>支払いページを再度開く(&amp;O)</translation>
    </message>
    <message>
        <source>Pay &amp;later</source>
        <translation>後で支払う(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Abandon order</source>
        <translation>注文を破棄(&amp;A)</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>支払い待ち</translation>
    </message>
    <message>
        <source>Copy the checkout page&apos;s address</source>
        <translation>チェックアウトページのアドレスをコピーします</translation>
    </message>
    <message>
        <source>Checkout page: %1</source>
        <translation>チェックアウトページ: %1</translation>
    </message>
    <message>
        <source>The web browser did not open</source>
        <translation>Web ブラウザーが開きませんでした</translation>
    </message>
    <message>
        <source>CertTrack could not open the checkout page in a web browser. Copy its address below into a browser to pay; this window still notices by itself when the payment is approved, declined or cancelled. You can also close this window and pay later from the fulfillment history.</source>
        <translation>CertTrack はチェックアウトページを Web ブラウザーで開けませんでした。下のアドレスをブラウザーにコピーして支払いを行ってください。支払いが承認、拒否、またはキャンセルされると、このウィンドウで自動的に検知します。このウィンドウを閉じて、後でキットの履歴から支払うこともできます。</translation>
    </message>
    <message>
        <source>Waiting for payment in your browser…</source>
        <translation>ブラウザーでの支払いを待っています…</translation>
    </message>
    <message>
        <source>Complete the payment on the checkout page that opened in your web browser. This window notices by itself when the payment is approved, declined or cancelled.

Closed the browser? Open the page again. You can also close this window and pay later from the fulfillment history.</source>
        <translation>Web ブラウザーで開いたチェックアウトページで支払いを完了してください。支払いが承認、拒否、またはキャンセルされると、このウィンドウで自動的に検知します。

ブラウザーを閉じてしまった場合は、ページを再度開いてください。このウィンドウを閉じて、後でキットの履歴から支払うこともできます。</translation>
    </message>
    <message>
        <source>&amp;Try the browser again</source>
        <translation>ブラウザーで再試行(&amp;T)</translation>
    </message>
</context>
<context>
    <name>certtrack::app</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>A folder to write the record into, or a FILE.zip to write it as one zip file.</source>
        <translation>記録の書き出し先フォルダー、または 1 つの zip ファイルとして書き出す場合は FILE.zip。</translation>
    </message>
    <message>
        <source>(see certtrack archive --help)</source>
        <translation>（certtrack archive --help を参照）</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>予期しない引数 %1 があります。</translation>
    </message>
    <message>
        <source>--output DIR|FILE.zip is required.</source>
        <translation>--output DIR|FILE.zip が必要です。</translation>
    </message>
    <message>
        <source>%1 is a file: give a folder, or a name ending in .zip.</source>
        <translation>%1 はファイルです: フォルダーを指定するか、.zip で終わる名前を指定してください。</translation>
    </message>
    <message>
        <source>The certification, by acronym or id.</source>
        <translation>認定（略称または ID で指定）。</translation>
    </message>
    <message>
        <source>Every eligible certification.</source>
        <translation>対象となるすべての認定。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>書き出す PDF ファイル。</translation>
    </message>
    <message>
        <source>Where --all writes ACRONYM-CODE.pdf files.</source>
        <translation>--all で ACRONYM-CODE.pdf ファイルを書き出す場所。</translation>
    </message>
    <message>
        <source>(see certtrack certificate --help)</source>
        <translation>（certtrack certificate --help を参照）</translation>
    </message>
    <message>
        <source>give either --certification or --all.</source>
        <translation>--certification または --all のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--certification needs --output FILE.pdf.</source>
        <translation>--certification には --output FILE.pdf が必要です。</translation>
    </message>
    <message>
        <source>--all needs --output-dir DIR.</source>
        <translation>--all には --output-dir DIR が必要です。</translation>
    </message>
    <message>
        <source>CertTrack: your certifications on your desktop.
Starting it again brings the running window forward.</source>
        <translation>CertTrack: 保有する認定をデスクトップで確認できます。
再度起動すると、実行中のウィンドウが前面に表示されます。</translation>
    </message>
    <message>
        <source>Start a private demo server and sign in to it. A demo runs beside any other CertTrack window.</source>
        <translation>専用のデモサーバーを起動してサインインします。デモは他の CertTrack ウィンドウと並行して実行されます。</translation>
    </message>
    <message>
        <source>Address of the server, e.g. https://host:8443.</source>
        <translation>サーバーのアドレス（例: https://host:8443）。</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM) for the server.</source>
        <translation>サーバーに対してこの CA 証明書（PEM）も信頼します。</translation>
    </message>
    <message>
        <source>Shared machine: nobody is remembered and nothing of a person is kept on this computer. An administrator can turn this on for everybody with kiosk=true in the system-wide settings.</source>
        <translation>共有コンピューター: サインイン情報は保存されず、個人のデータはこのコンピューターに残りません。管理者は、システム全体の設定で kiosk=true にすることで、すべてのユーザーに対して有効にできます。</translation>
    </message>
    <message>
        <source>With --kiosk: sign out after this many minutes without input (at least 1; default 10).</source>
        <translation>--kiosk 使用時: 入力がないまま指定した分数が経過するとサインアウトします（1 以上、既定値 10）。</translation>
    </message>
    <message>
        <source>--kiosk-idle-minutes needs a whole number of minutes, at least 1</source>
        <translation>--kiosk-idle-minutes には 1 以上の整数の分数を指定してください</translation>
    </message>
    <message>
        <source>--server needs an https:// address</source>
        <translation>--server には https:// アドレスを指定してください</translation>
    </message>
    <message>
        <source>--demo runs its own server; leave out --server</source>
        <translation>--demo は独自のサーバーを実行します。--server は指定しないでください</translation>
    </message>
    <message>
        <source>Checks an Open Badges credential (a baked PNG or SVG, credential JSON or a VC-JWT) without opening a window.
A credential of the account&apos;s own server is checked against the keys and revocation list cached at its last sync; another issuer&apos;s is checked over the network.
Exit status: 0 valid, 1 not valid (forged, altered, expired or revoked), 2 wrong usage, 3 cannot be checked here.</source>
        <translation>ウィンドウを開かずに Open Badges 資格情報（ベイク済みの PNG または SVG、資格情報 JSON、VC-JWT）を確認します。
アカウント自身のサーバーの資格情報は、前回の同期時にキャッシュした鍵と失効リストで確認し、他の発行者の資格情報はネットワーク経由で確認します。
終了ステータス: 0 有効、1 無効（偽造、改ざん、期限切れ、または取り消し）、2 使用方法の誤り、3 ここでは確認できない。</translation>
    </message>
    <message>
        <source>A remembered account whose server&apos;s cached keys check its own credentials offline.</source>
        <translation>サーバーのキャッシュ済みの鍵で自身の資格情報をオフラインで確認する、保存済みアカウント。</translation>
    </message>
    <message>
        <source>The server (https://host:port) the login is remembered on, when it is remembered on several.</source>
        <translation>ログインが複数のサーバーに保存されている場合に、保存先のサーバー（https://host:port）。</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM) when fetching.</source>
        <translation>取得時にこの CA 証明書（PEM）も信頼します。</translation>
    </message>
    <message>
        <source>Use no network: only what is cached is used.</source>
        <translation>ネットワークを使用しません: キャッシュされた情報のみを使用します。</translation>
    </message>
    <message>
        <source>The credential file.</source>
        <translation>資格情報ファイル。</translation>
    </message>
    <message>
        <source>give the credential file to check.</source>
        <translation>確認する資格情報ファイルを指定してください。</translation>
    </message>
    <message>
        <source>give one file at a time.</source>
        <translation>ファイルは 1 つずつ指定してください。</translation>
    </message>
    <message>
        <source>--server needs an https:// address.</source>
        <translation>--server には https:// アドレスを指定してください。</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist.</source>
        <translation>CA ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>there is no file %1.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>Writes a candidate&apos;s whole record without opening a window: every PDF certificate, the badges baked as PNG images, the transcripts, every table as CSV, the renewal plan as iCalendar and an index.html page.
From the local copy of a remembered account, or after signing in with --server and --password-stdin.
Exit status: 0 written, 2 wrong usage, 3 no local copy of the account, 5 sign-in or sync failed, 6 the archive could not be written, 7 written, but the local copy could not be updated (a full disk).</source>
        <translation>ウィンドウを開かずに受験者の記録全体を書き出します: すべての PDF 証明書、PNG 画像にベイクしたバッジ、成績証明書、CSV 形式のすべての表、iCalendar 形式の更新計画、および index.html ページです。
保存済みアカウントのローカルコピーから、または --server と --password-stdin でサインインした後に書き出します。
終了ステータス: 0 書き出し完了、2 使用方法の誤り、3 アカウントのローカルコピーなし、5 サインインまたは同期の失敗、6 アーカイブを書き込めなかった、7 書き出し完了、ただしローカルコピーを更新できなかった (ディスクの空き不足)。</translation>
    </message>
    <message>
        <source>Saves PDF certificates of a candidate&apos;s certifications without opening a window.
From the local copy of a remembered account, or after signing in with --server and --password-stdin.
Exit status: 0 written, 2 wrong usage, 3 no local copy of the account, 4 unknown or ineligible certification, 5 sign-in or sync failed, 6 the file could not be written, 7 written, but the local copy could not be updated (a full disk).</source>
        <translation>ウィンドウを開かずに受験者の認定の PDF 証明書を保存します。
保存済みアカウントのローカルコピーから、または --server と --password-stdin でサインインした後に保存します。
終了ステータス: 0 書き出し完了、2 使用方法の誤り、3 アカウントのローカルコピーなし、4 不明または対象外の認定、5 サインインまたは同期の失敗、6 ファイルを書き込めなかった、7 書き出し完了、ただしローカルコピーを更新できなかった (ディスクの空き不足)。</translation>
    </message>
</context>
<context>
    <name>certtrack::app::AccountCommand</name>
    <message>
        <source>The candidate&apos;s login id.</source>
        <translation>受験者のログイン ID。</translation>
    </message>
    <message>
        <source>The server (https://host:port): picks among several remembered servers, or the one to sign in to.</source>
        <translation>サーバー（https://host:port）: 保存済みの複数のサーバーから選択するか、サインイン先のサーバーを指定します。</translation>
    </message>
    <message>
        <source>Trust this CA certificate (PEM) for the server.</source>
        <translation>サーバーに対してこの CA 証明書（PEM）を信頼します。</translation>
    </message>
    <message>
        <source>Sign in with the password on standard input and sync before writing.</source>
        <translation>標準入力のパスワードでサインインし、書き出す前に同期します。</translation>
    </message>
    <message>
        <source>Keep the synced copy on disk (and the sign-in in the keychain) for later offline use.</source>
        <translation>後でオフラインで使用できるよう、同期したコピーをディスクに（サインイン情報をキーチェーンに）保存します。</translation>
    </message>
    <message>
        <source>(see certtrack %1 --help)</source>
        <translation>（certtrack %1 --help を参照）</translation>
    </message>
    <message>
        <source>--login is required.</source>
        <translation>--login が必要です。</translation>
    </message>
    <message>
        <source>--server needs an https:// address.</source>
        <translation>--server には https:// アドレスを指定してください。</translation>
    </message>
    <message>
        <source>--password-stdin needs --server.</source>
        <translation>--password-stdin には --server が必要です。</translation>
    </message>
    <message>
        <source>--remember needs --password-stdin (it keeps what a sign-in fetched).</source>
        <translation>--remember には --password-stdin が必要です（サインインで取得した内容を保存するため）。</translation>
    </message>
    <message>
        <source>--remember is not available: this computer is in kiosk mode, where nothing of a person is kept.</source>
        <translation>--remember は使用できません: このコンピューターはキオスクモードであり、個人のデータは保存されません。</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist.</source>
        <translation>CA ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>no local copy of %1: sign in once with --server URL --password-stdin --remember (or remember the account in CertTrack).</source>
        <translation>%1 のローカルコピーがありません: --server URL --password-stdin --remember で一度サインインしてください（または CertTrack でアカウントを保存してください）。</translation>
    </message>
    <message>
        <source>no local copy of %1 on %2: sign in once with --password-stdin --remember.</source>
        <translation>%2 に %1 のローカルコピーがありません: --password-stdin --remember で一度サインインしてください。</translation>
    </message>
    <message>
        <source>%1 is remembered on several servers (%2): choose one with --server.</source>
        <translation>%1 は複数のサーバー（%2）に保存されています: --server で 1 つを選択してください。</translation>
    </message>
    <message>
        <source>no local copy of %1 on %2%3.</source>
        <translation>%2 に %1 のローカルコピーがありません%3。</translation>
    </message>
    <message>
        <source>the local copy of %1 is empty: sync it first.</source>
        <translation>%1 のローカルコピーが空です: 先に同期してください。</translation>
    </message>
    <message>
        <source>the local copy of %1 cannot be read: %2</source>
        <translation>%1 のローカルコピーを読み込めません: %2</translation>
    </message>
    <message>
        <source>no local copy can be kept: %1</source>
        <translation>ローカルコピーを保存できません: %1</translation>
    </message>
    <message>
        <source>sign-in to %1 failed: %2</source>
        <translation>%1 へのサインインに失敗しました: %2</translation>
    </message>
    <message>
        <source>sync with %1 failed: %2</source>
        <translation>%1 との同期に失敗しました: %2</translation>
    </message>
    <message>
        <source>no keychain is available (%1): the local copy is kept, but the next online use needs the password again.</source>
        <translation>キーチェーンを使用できません（%1）: ローカルコピーは保存されますが、次回オンラインで使用する際にはパスワードが再度必要です。</translation>
    </message>
</context>
<context>
    <name>certtrack::app::ArchiveCommand</name>
    <message>
        <source>no password on standard input.</source>
        <translation>標準入力にパスワードがありません。</translation>
    </message>
</context>
<context>
    <name>certtrack::app::CertificateCommand</name>
    <message>
        <source>no password on standard input.</source>
        <translation>標準入力にパスワードがありません。</translation>
    </message>
</context>
<context>
    <name>certtrack::app::ClientApplication</name>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Please sign in again. %1</source>
        <translation>もう一度サインインしてください。%1</translation>
    </message>
    <message>
        <source>You were signed out: %1</source>
        <translation>サインアウトされました: %1</translation>
    </message>
    <message>
        <source>You were signed out because nobody used CertTrack for a while.</source>
        <translation>CertTrack がしばらく使用されなかったため、サインアウトされました。</translation>
    </message>
</context>
<context>
    <name>certtrack::app::DemoServer</name>
    <message>
        <source>No temporary folder for the demo server: %1</source>
        <translation>デモサーバー用の一時フォルダーがありません: %1</translation>
    </message>
    <message>
        <source>The demo server %1 was not found. Build it, or point CERTTRACKD at it.</source>
        <translation>デモサーバー %1 が見つかりませんでした。ビルドするか、CERTTRACKD でその場所を指定してください。</translation>
    </message>
    <message>
        <source>The demo server crashed.
%1</source>
        <translation>デモサーバーがクラッシュしました。
%1</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1).
%2</source>
        <translation>デモサーバーが停止しました（終了コード %1）。
%2</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>デモサーバーを起動できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>certtrack::client::LocalCache</name>
    <message>
        <source>The local copy of this account was damaged and has been discarded (%1).</source>
        <translation>このアカウントのローカルコピーが破損していたため、破棄しました（%1）。</translation>
    </message>
    <message>
        <source>the local copy %1 cannot be opened (%2); it is kept as it is. Is the disk full or read-only?</source>
        <translation>ローカルコピー %1 を開けません (%2)。コピーはそのまま残しています。ディスクがいっぱいか、読み取り専用になっていませんか?</translation>
    </message>
</context>
<context>
    <name>certtrack::records::BadgeFiles</name>
    <message>
        <source>%1 badge.png</source>
        <translation>%1 バッジ.png</translation>
    </message>
    <message>
        <source>%1 badge.svg</source>
        <translation>%1 バッジ.svg</translation>
    </message>
    <message>
        <source>%1 credential.jwt</source>
        <translation>%1 資格情報.jwt</translation>
    </message>
    <message>
        <source>%1 assertion.json</source>
        <translation>%1 アサーション.json</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>Open Badges 3.0 credentials (*.jwt)</source>
        <translation>Open Badges 3.0 資格情報 (*.jwt)</translation>
    </message>
    <message>
        <source>Open Badges 2.0 assertions (*.json)</source>
        <translation>Open Badges 2.0 アサーション (*.json)</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this badge&apos;s credential was not kept at the last sync. Try again once you are back online.</source>
        <translation>サーバーに接続できず、前回の同期時にこのバッジの資格情報が保存されていませんでした。オンラインに戻ってから再度お試しください。</translation>
    </message>
    <message>
        <source>This badge was revoked: a revoked badge is not baked into an image.</source>
        <translation>このバッジは取り消されています。取り消されたバッジは画像にベイクされません。</translation>
    </message>
    <message>
        <source>The badge&apos;s image could not be drawn.</source>
        <translation>バッジの画像を描画できませんでした。</translation>
    </message>
    <message>
        <source>The badge could not be baked here (%1).</source>
        <translation>ここではバッジをベイクできませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>certtrack::ui::BadgeActions</name>
    <message>
        <source>Badge image (&amp;PNG)…</source>
        <translation>バッジ画像 (PNG)(&amp;P)…</translation>
    </message>
    <message>
        <source>Badge image (&amp;SVG)…</source>
        <translation>バッジ画像 (SVG)(&amp;S)…</translation>
    </message>
    <message>
        <source>Open Badges 3.0 &amp;credential (.jwt)…</source>
        <translation>Open Badges 3.0 資格情報 (.jwt)(&amp;C)…</translation>
    </message>
    <message>
        <source>Open Badges 2.0 &amp;assertion (.json)…</source>
        <translation>Open Badges 2.0 アサーション (.json)(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Add to &amp;LinkedIn profile…</source>
        <translation>LinkedIn プロフィールに追加(&amp;L)…</translation>
    </message>
    <message>
        <source>Post on Linked&amp;In…</source>
        <translation>LinkedIn に投稿(&amp;I)…</translation>
    </message>
    <message>
        <source>Post on &amp;X…</source>
        <translation>X に投稿(&amp;X)…</translation>
    </message>
    <message>
        <source>Share on &amp;Facebook…</source>
        <translation>Facebook で共有(&amp;F)…</translation>
    </message>
    <message>
        <source>Send by &amp;email…</source>
        <translation>メールで送信(&amp;E)…</translation>
    </message>
</context>
</TS>
