<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LiveDesk</source>
        <translation>LiveDesk について</translation>
    </message>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>Gemini Live API のためのデスクトップ音声・ビデオアシスタントです。</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>このビルドには含まれていません</translation>
    </message>
    <message>
        <source>Features of this build</source>
        <translation>このビルドの機能</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>利用できません</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>バージョン情報をコピー</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>CaptionsView</name>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
</context>
<context>
    <name>CaptionsWindow</name>
    <message>
        <source>LiveDesk captions</source>
        <translation>LiveDesk 字幕</translation>
    </message>
    <message>
        <source>Captions appear here</source>
        <translation>ここに字幕が表示されます</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>A conversation is running</source>
        <translation>会話中です</translation>
    </message>
    <message>
        <source>Keep talking with the window hidden (LiveDesk stays in the system tray), or end the conversation and quit?</source>
        <translation>ウィンドウを隠したまま会話を続けますか（LiveDesk はシステムトレイに残ります）、それとも会話を終えて終了しますか？</translation>
    </message>
    <message>
        <source>Keep talking with the window minimised, or end the conversation and quit?</source>
        <translation>ウィンドウを最小化したまま会話を続けますか、それとも会話を終えて終了しますか？</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>この選択を記憶する</translation>
    </message>
    <message>
        <source>Keep in tray</source>
        <translation>トレイに残す</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>End and quit</source>
        <translation>終了する</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Allow “%1”?</source>
        <translation>「%1」を許可しますか？</translation>
    </message>
    <message>
        <source>The model wants to run a tool that can change something or share your data.</source>
        <translation>モデルが、何かを変更したりデータを共有したりできるツールを実行しようとしています。</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more waiting</source>
        <translation>
            <numerusform>ほかに %Ln 件が待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>今回だけ許可</translation>
    </message>
    <message>
        <source>Allow for this session</source>
        <translation>このセッション中は許可</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>常に許可</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Hold Space or the Talk button while you speak, or type below.</source>
        <translation>話す間はスペースキーか「話す」ボタンを押し続けるか、下に入力してください。</translation>
    </message>
    <message>
        <source>Just start speaking, or type below.</source>
        <translation>そのまま話しかけるか、下に入力してください。</translation>
    </message>
    <message>
        <source>Start a conversation, then speak naturally. Share your camera or screen for help with what you see.</source>
        <translation>会話を始めて、自然に話しかけてください。カメラや画面を共有すると、見ているものについて手伝ってもらえます。</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>会話を始める</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>オフラインデモ</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>マイクのミュートを解除</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>マイクをミュート</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>カメラの共有を停止</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>カメラを共有</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>画面の共有を停止</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>画面を共有</translation>
    </message>
    <message>
        <source>Camera, screen and tool calls</source>
        <translation>カメラ、画面、ツール呼び出し</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>会話を終了</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字起こし</translation>
    </message>
    <message>
        <source>Stop recording (Ctrl+R)</source>
        <translation>録音を停止 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record the conversation (Ctrl+R)</source>
        <translation>会話を録音 (Ctrl+R)</translation>
    </message>
    <message>
        <source>New reply: %1</source>
        <translation>新しい返答: %1</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>返答</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Search what was said</source>
        <translation>話した内容を検索</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>履歴を検索</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>無期限</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Days to keep conversations (0 keeps them forever)</source>
        <translation>会話を保存する日数 (0 は無期限)</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>過去の会話</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>「%1」を含む会話はありません。</translation>
    </message>
    <message>
        <source>Conversations are saved here as you have them.</source>
        <translation>会話はここに随時保存されます。</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>無題の会話</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Markdown として書き出す</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>JSON として書き出す</translation>
    </message>
    <message>
        <source>Delete this conversation</source>
        <translation>この会話を削除</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>ツール %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Choose a conversation to read it again.</source>
        <translation>読み返す会話を選んでください。</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown ファイル (*.md)</translation>
    </message>
    <message>
        <source>Delete this conversation?</source>
        <translation>この会話を削除しますか?</translation>
    </message>
    <message>
        <source>It is removed from the history for good. A recording of it stays where it was saved.</source>
        <translation>履歴から完全に削除されます。録音は保存された場所に残ります。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to %1 days.</source>
        <translation>会話の保存期間は 0（無期限）から %1 日までです。</translation>
    </message>
    <message>
        <source>Move the damaged history aside and start a new one</source>
        <translation>破損した履歴を退避して新しい履歴を開始</translation>
    </message>
</context>
<context>
    <name>ListenSourcePicker</name>
    <message>
        <source>Listen to</source>
        <translation>入力元</translation>
    </message>
    <message>
        <source>As a microphone</source>
        <translation>マイクとして使う</translation>
    </message>
    <message>
        <source>Other programs (a call) can pick “LiveDesk translation” as their microphone.</source>
        <translation>ほかのプログラム（通話など）で「LiveDesk translation」をマイクとして選べます。</translation>
    </message>
    <message>
        <source>Captions window</source>
        <translation>字幕ウィンドウ</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Hold to talk (push-to-talk mode)</source>
        <translation>押している間だけ話す（プッシュトゥトークモード）</translation>
    </message>
    <message>
        <source>Talk: start or end your turn, or interrupt the model</source>
        <translation>話す：自分の番を始める・終える、またはモデルを遮る</translation>
    </message>
    <message>
        <source>Start or end the conversation</source>
        <translation>会話を開始・終了</translation>
    </message>
    <message>
        <source>Start the offline demo</source>
        <translation>オフラインデモを開始</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>マイクのミュート・解除</translation>
    </message>
    <message>
        <source>Share the camera, or stop</source>
        <translation>カメラを共有・停止</translation>
    </message>
    <message>
        <source>Share the screen, or stop</source>
        <translation>画面を共有・停止</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>メッセージを入力</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>文字起こしをコピー</translation>
    </message>
    <message>
        <source>Larger or smaller transcript text</source>
        <translation>文字起こしの文字を大きく・小さく</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>ページへ移動</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Mini mode</source>
        <translation>ミニモード</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Record the conversation, or stop</source>
        <translation>会話を録音、または停止</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Type a message…</source>
        <translation>メッセージを入力…</translation>
    </message>
    <message>
        <source>Start a conversation to type</source>
        <translation>入力するには会話を始めてください</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <source>LiveDesk mini mode</source>
        <translation>LiveDesk ミニモード</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>マイクのミュートを解除</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>マイクをミュート</translation>
    </message>
    <message>
        <source>Leave mini mode</source>
        <translation>ミニモードを終了</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>会話を終了</translation>
    </message>
</context>
<context>
    <name>ModePicker</name>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>言語 1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>翻訳元</translation>
    </message>
    <message>
        <source>Mode&apos;s default</source>
        <translation>モードの既定</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>話す言語</translation>
    </message>
    <message>
        <source>and</source>
        <translation>と</translation>
    </message>
    <message>
        <source>into</source>
        <translation>翻訳先</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>翻訳先の言語</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Mini mode (Ctrl+Shift+M)</source>
        <translation>ミニモード（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>キーボードショートカット（F1）</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>LiveDesk について</translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>Dismiss note</source>
        <translation>お知らせを閉じる</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>録音を再生</translation>
    </message>
    <message>
        <source>Show the recording&apos;s folder</source>
        <translation>録音のフォルダーを表示</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>Recording</source>
        <translation>録音</translation>
    </message>
</context>
<context>
    <name>ScreenShareDialog</name>
    <message>
        <source>Share your screen</source>
        <translation>画面を共有</translation>
    </message>
    <message>
        <source>Choose what the model sees. It receives a picture of it about once a second until you stop sharing.</source>
        <translation>モデルに見せるものを選んでください。共有を止めるまで、約 1 秒ごとにその画像を受け取ります。</translation>
    </message>
    <message>
        <source>Screens and windows</source>
        <translation>画面とウィンドウ</translation>
    </message>
    <message>
        <source>No screen or window can be shared.</source>
        <translation>共有できる画面やウィンドウがありません。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Saved: %1</source>
        <translation>保存済み：%1</translation>
    </message>
    <message>
        <source>Hide what you type</source>
        <translation>入力内容を隠す</translation>
    </message>
    <message>
        <source>Show what you type</source>
        <translation>入力内容を表示</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>In use until you quit: %1</source>
        <translation>終了するまで使用: %1</translation>
    </message>
</context>
<context>
    <name>SettingChoice</name>
    <message>
        <source>%1 (not available)</source>
        <translation>%1（利用できません）</translation>
    </message>
</context>
<context>
    <name>SettingText</name>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>モデルと音声</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>話し方</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <source>Camera and screen</source>
        <translation>カメラと画面</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定のセクション</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Where the conversation runs. The offline demo needs no key and no network.</source>
        <translation>会話を実行する場所です。オフラインデモにはキーもネットワークも不要です。</translation>
    </message>
    <message>
        <source>Gemini API</source>
        <translation>Gemini API</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>Ephemeral-token server</source>
        <translation>エフェメラルトークンサーバー</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>カスタム URL</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>オフラインデモ</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini API キー</translation>
    </message>
    <message>
        <source>Paste your key from Google AI Studio</source>
        <translation>Google AI Studio のキーを貼り付け</translation>
    </message>
    <message>
        <source>Google Cloud project</source>
        <translation>Google Cloud プロジェクト</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ロケーション</translation>
    </message>
    <message>
        <source>A region such as us-central1, or global.</source>
        <translation>us-central1 などのリージョン、または global。</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth アクセストークン</translation>
    </message>
    <message>
        <source>Express-mode API key</source>
        <translation>エクスプレスモードの API キー</translation>
    </message>
    <message>
        <source>Vertex AI credential</source>
        <translation>Vertex AI の認証情報</translation>
    </message>
    <message>
        <source>Access token or API key</source>
        <translation>アクセストークンまたは API キー</translation>
    </message>
    <message>
        <source>Token server</source>
        <translation>トークンサーバー</translation>
    </message>
    <message>
        <source>Your server that creates short-lived tokens, so the API key never leaves it.</source>
        <translation>短時間だけ有効なトークンを発行する独自サーバーです。API キーがそこから外に出ることはありません。</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <source>A Live API compatible WebSocket server.</source>
        <translation>Live API 互換の WebSocket サーバー。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Add a model by name</source>
        <translation>モデル名を指定して追加</translation>
    </message>
    <message>
        <source>Model name to add</source>
        <translation>追加するモデル名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Response language</source>
        <translation>応答の言語</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>システム指示</translation>
    </message>
    <message>
        <source>How the model should behave, in your words.</source>
        <translation>モデルにどう振る舞ってほしいかを、自分の言葉で。</translation>
    </message>
    <message>
        <source>You are a friendly assistant who answers briefly.</source>
        <translation>あなたは簡潔に答える親切なアシスタントです。</translation>
    </message>
    <message>
        <source>Affective dialog</source>
        <translation>感情対話</translation>
    </message>
    <message>
        <source>The model adapts its tone to how you sound.</source>
        <translation>モデルがあなたの話し方に合わせて口調を変えます。</translation>
    </message>
    <message>
        <source>Proactive audio</source>
        <translation>プロアクティブ音声</translation>
    </message>
    <message>
        <source>The model may stay silent when a reply is not needed.</source>
        <translation>返答が不要なときはモデルが黙っていることがあります。</translation>
    </message>
    <message>
        <source>Transcribe what you say</source>
        <translation>自分の発話を文字起こし</translation>
    </message>
    <message>
        <source>Transcribe what the model says</source>
        <translation>モデルの発話を文字起こし</translation>
    </message>
    <message>
        <source>Context compression</source>
        <translation>コンテキスト圧縮</translation>
    </message>
    <message>
        <source>Lets conversations run longer than 15 minutes (2 with video).</source>
        <translation>15 分（ビデオありは 2 分）を超える会話ができるようにします。</translation>
    </message>
    <message>
        <source>Talk mode</source>
        <translation>話し方モード</translation>
    </message>
    <message>
        <source>Applies to the next conversation.</source>
        <translation>次の会話から適用されます。</translation>
    </message>
    <message>
        <source>Hands-free (the service detects speech)</source>
        <translation>ハンズフリー（サービスが発話を検出）</translation>
    </message>
    <message>
        <source>Hands-free (LiveDesk detects speech)</source>
        <translation>ハンズフリー（LiveDesk が発話を検出）</translation>
    </message>
    <message>
        <source>Push to talk (click, or hold Space)</source>
        <translation>プッシュトゥトーク（クリック、またはスペースキーを押し続ける）</translation>
    </message>
    <message>
        <source>When you speak over the model</source>
        <translation>モデルの話の途中で話したとき</translation>
    </message>
    <message>
        <source>Interrupt it</source>
        <translation>遮る</translation>
    </message>
    <message>
        <source>Let it finish</source>
        <translation>最後まで話させる</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>発話開始の感度</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>サービスの既定値</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>End-of-speech sensitivity</source>
        <translation>発話終了の感度</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>自分の番を終える無音の長さ</translation>
    </message>
    <message>
        <source>0 uses the service&apos;s default.</source>
        <translation>0 はサービスの既定値を使います。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Speech needed to start a turn</source>
        <translation>番を始めるのに必要な発話の長さ</translation>
    </message>
    <message>
        <source>Local barge-in</source>
        <translation>ローカルでの割り込み</translation>
    </message>
    <message>
        <source>What LiveDesk does at once when you start talking while the model speaks.</source>
        <translation>モデルが話している最中にあなたが話し始めたとき、LiveDesk がすぐに行うこと。</translation>
    </message>
    <message>
        <source>Lower the model&apos;s voice</source>
        <translation>モデルの声を小さくする</translation>
    </message>
    <message>
        <source>Stop the model</source>
        <translation>モデルを止める</translation>
    </message>
    <message>
        <source>Nothing (wait for the service)</source>
        <translation>何もしない（サービスを待つ）</translation>
    </message>
    <message>
        <source>Barge-in sensitivity</source>
        <translation>割り込みの感度</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>スピーカー</translation>
    </message>
    <message>
        <source>Echo cancellation</source>
        <translation>エコーキャンセル</translation>
    </message>
    <message>
        <source>Keeps the model from hearing itself through your speakers.</source>
        <translation>スピーカーから出たモデル自身の声をモデルが聞かないようにします。</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>ノイズ抑制</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>話す速さ</translation>
    </message>
    <message>
        <source>From 0.5 (slower) to 2 (faster); the pitch stays the same.</source>
        <translation>0.5（遅い）から 2（速い）まで。声の高さは変わりません。</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <source>At most one frame per second; fewer costs less.</source>
        <translation>最大で毎秒 1 フレーム。少ないほど安くなります。</translation>
    </message>
    <message>
        <source>frames/s</source>
        <translation>フレーム/秒</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Higher shows more detail and costs more tokens per frame.</source>
        <translation>高いほど細部まで見え、1 フレームあたりのトークンが増えます。</translation>
    </message>
    <message>
        <source>Low (512 px)</source>
        <translation>低（512 px）</translation>
    </message>
    <message>
        <source>Medium (1024 px)</source>
        <translation>中（1024 px）</translation>
    </message>
    <message>
        <source>High (1536 px)</source>
        <translation>高（1536 px）</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>JPEG 品質</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>Google 検索</translation>
    </message>
    <message>
        <source>The model may search the web; its sources show under the answer.</source>
        <translation>モデルがウェブを検索できます。出典は回答の下に表示されます。</translation>
    </message>
    <message>
        <source>Tools file</source>
        <translation>ツールファイル</translation>
    </message>
    <message>
        <source>A JSON file of your own tools (commands or web requests).</source>
        <translation>独自ツール（コマンドや Web リクエスト）を定義した JSON ファイル。</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP サーバー</translation>
    </message>
    <message>
        <source>A JSON file in the common “mcpServers” format.</source>
        <translation>一般的な「mcpServers」形式の JSON ファイル。</translation>
    </message>
    <message>
        <source>Always allowed</source>
        <translation>常に許可</translation>
    </message>
    <message>
        <source>Tools you allowed for good. Remove one to be asked again.</source>
        <translation>恒久的に許可したツールです。削除すると再び確認されます。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Stop always allowing %1</source>
        <translation>%1 の常時許可を取り消す</translation>
    </message>
    <message>
        <source>Use my own prices</source>
        <translation>独自の料金を使う</translation>
    </message>
    <message>
        <source>Otherwise the published prices of the chosen model are used. The cost shown is an estimate.</source>
        <translation>使わない場合は、選んだモデルの公開料金を使います。表示される費用は概算です。</translation>
    </message>
    <message>
        <source>Text input</source>
        <translation>テキスト入力</translation>
    </message>
    <message>
        <source>US$ per million tokens</source>
        <translation>100 万トークンあたり US$</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>音声入力</translation>
    </message>
    <message>
        <source>Image and video input</source>
        <translation>画像・ビデオ入力</translation>
    </message>
    <message>
        <source>Text output</source>
        <translation>テキスト出力</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>音声出力</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Transcript text size</source>
        <translation>文字起こしの文字サイズ</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus change it too.</source>
        <translation>Ctrl+プラス と Ctrl+マイナス でも変更できます。</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Closing the window during a conversation</source>
        <translation>会話中にウィンドウを閉じたとき</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>確認する</translation>
    </message>
    <message>
        <source>Keep running in the background</source>
        <translation>バックグラウンドで続ける</translation>
    </message>
    <message>
        <source>End the conversation and quit</source>
        <translation>会話を終えて終了する</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>描画</translation>
    </message>
    <message>
        <source>Software drawing repaints only what changes and uses less power where there is no graphics driver. Applies when LiveDesk starts again.</source>
        <translation>ソフトウェア描画は変化した部分だけを描き直し、グラフィックドライバーがない環境で電力を節約します。LiveDesk の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Graphics card (OpenGL)</source>
        <translation>グラフィックカード (OpenGL)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Hear the original quietly</source>
        <translation>原音を小さく聞く</translation>
    </message>
    <message>
        <source>When translating the computer or an application: the original plays under the translation.</source>
        <translation>コンピューターまたはアプリを翻訳するとき、原音を翻訳の下で再生します。</translation>
    </message>
    <message>
        <source>Level of the original</source>
        <translation>原音のレベル</translation>
    </message>
    <message>
        <source>Below its full level, from -60 to 0 dB (-22 dB is 8 %).</source>
        <translation>本来のレベルより下げる量。-60〜0 dB（-22 dB で 8 %）。</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Send the original when there is no translation</source>
        <translation>翻訳がないときは原音を送る</translation>
    </message>
    <message>
        <source>With “As a microphone”: the call hears the original until the translation speaks.</source>
        <translation>「マイクとして」使用時：翻訳が話し始めるまで、通話相手には原音が聞こえます。</translation>
    </message>
</context>
<context>
    <name>SharingIndicator</name>
    <message>
        <source>Camera paused</source>
        <translation>カメラ一時停止中</translation>
    </message>
    <message>
        <source>Screen sharing paused</source>
        <translation>画面共有一時停止中</translation>
    </message>
    <message>
        <source>Sharing the camera</source>
        <translation>カメラを共有中</translation>
    </message>
    <message>
        <source>Sharing the screen</source>
        <translation>画面を共有中</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>カメラの共有を停止</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>画面の共有を停止</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <comment>key</comment>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <comment>key</comment>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <comment>key</comment>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>key</comment>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>key</comment>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Preparing…</source>
        <translation>準備中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Live (offline demo)</source>
        <translation>ライブ（オフラインデモ）</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>終了中…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了しました</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態：%1</translation>
    </message>
    <message>
        <source>Session time %1</source>
        <translation>セッション時間 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>再接続 %Ln 回</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>In: %1 · Out: %2</source>
        <translation>入力：%1 · 出力：%2</translation>
    </message>
    <message>
        <source>≈ US$%1</source>
        <translation>≈ US$%1</translation>
    </message>
    <message>
        <source>Estimated cost %1 US dollars</source>
        <translation>推定費用 %1 米ドル</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>話す</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>遮る</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>聞いています</translation>
    </message>
    <message>
        <source>Click to start or end your turn, or hold to talk. Space also holds.</source>
        <translation>クリックで自分の番を開始・終了、長押しで話します。スペースキーでも長押しできます。</translation>
    </message>
    <message>
        <source>The microphone is open. Click to interrupt the model.</source>
        <translation>マイクはオンです。クリックするとモデルを遮ります。</translation>
    </message>
    <message>
        <source>Starts a conversation.</source>
        <translation>会話を開始します。</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Tool call %1: %2</source>
        <translation>ツール呼び出し %1：%2</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>引数: %1</translation>
    </message>
</context>
<context>
    <name>ToolCallsPanel</name>
    <message>
        <source>Tool calls</source>
        <translation>ツール呼び出し</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln 件実行中</numerusform>
        </translation>
    </message>
    <message>
        <source>When the model uses a tool, it shows here.</source>
        <translation>モデルがツールを使うと、ここに表示されます。</translation>
    </message>
</context>
<context>
    <name>TranscriptBubble</name>
    <message>
        <source>You said: %1</source>
        <translation>あなたの発言：%1</translation>
    </message>
    <message>
        <source>The model said: %1</source>
        <translation>モデルの発言：%1</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>(no words recognised)</source>
        <translation>（言葉を認識できませんでした）</translation>
    </message>
    <message>
        <source>Interrupted · struck-out words were not heard</source>
        <translation>中断 · 取り消し線の部分は聞こえていません</translation>
    </message>
    <message>
        <source>Copy your message %1</source>
        <translation>あなたのメッセージ %1 をコピー</translation>
    </message>
    <message>
        <source>Copy answer %1</source>
        <translation>返答 %1 をコピー</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>会話の文字起こし</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信済み</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新へ</translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message>
        <source>Camera and screen</source>
        <translation>カメラと画面</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共有中</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>カメラの共有を停止</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>カメラを共有</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>画面の共有を停止</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>画面を共有</translation>
    </message>
    <message>
        <source>Resume sharing</source>
        <translation>共有を再開</translation>
    </message>
    <message>
        <source>Pause sharing</source>
        <translation>共有を一時停止</translation>
    </message>
    <message>
        <source>The frame last sent to the model</source>
        <translation>モデルに最後に送ったフレーム</translation>
    </message>
    <message>
        <source>Waiting for the first frame…</source>
        <translation>最初のフレームを待っています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln frame(s) sent</source>
        <translation>
            <numerusform>%1 · %Ln フレーム送信済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a conversation to share your camera or screen.</source>
        <translation>カメラや画面を共有するには会話を始めてください。</translation>
    </message>
</context>
<context>
    <name>VoiceVisual</name>
    <message>
        <source>Microphone off</source>
        <translation>マイクはオフ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>聞いています</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>聞き取り中</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>話しています</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Voice: %1</source>
        <translation>音声：%1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>LiveDesk へようこそ</translation>
    </message>
    <message>
        <source>Talk with Gemini in real time, and show it your camera or screen.</source>
        <translation>Gemini とリアルタイムで話し、カメラや画面を見せましょう。</translation>
    </message>
    <message>
        <source>Try it without a key</source>
        <translation>キーなしで試す</translation>
    </message>
    <message>
        <source>The offline demo runs a stand-in for the Live API on this computer: no account, no network. It answers with a synthetic voice and shows how tools and transcripts work.</source>
        <translation>オフラインデモは、このコンピューター上で Live API の代わりに動きます。アカウントもネットワークも不要です。合成音声で答え、ツールや文字起こしの動きを見せます。</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>オフラインデモを試す</translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation>API キーを入力</translation>
    </message>
    <message>
        <source>Create a free key at &lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt;. LiveDesk keeps it in your system keychain.</source>
        <translation>&lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt; で無料のキーを作成できます。LiveDesk はキーをシステムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini API キー</translation>
    </message>
    <message>
        <source>Paste your key here</source>
        <translation>ここにキーを貼り付け</translation>
    </message>
    <message>
        <source>Vertex AI and other ways to connect…</source>
        <translation>Vertex AI やその他の接続方法…</translation>
    </message>
</context>
<context>
    <name>livedesk::app</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a URL (expected e.g. ws://127.0.0.1:8765).</source>
        <translation>エンドポイント「%1」は URL ではありません（例：ws://127.0.0.1:8765）。</translation>
    </message>
    <message>
        <source>No model given and the model table has no default.</source>
        <translation>モデルが指定されておらず、モデル表にも既定値がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 30 prebuilt voices; the service may reject it.</source>
        <translation>「%1」は 30 種類の既定音声にありません。サービスに拒否される可能性があります。</translation>
    </message>
    <message>
        <source>%1 has been retired by the service (it answers 1008 &quot;not found&quot;); use %2.</source>
        <translation>%1 はサービスで提供終了になりました（1008「not found」が返ります）。%2 を使ってください。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>not recorded (the app stopped, or the session is still running)</source>
        <translation>記録なし (アプリが停止したか、セッションが継続中)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>使用量:</translation>
    </message>
    <message>
        <source>%1 prompt tokens, %2 response tokens, about %3 USD</source>
        <translation>入力トークン %1、応答トークン %2、約 %3 USD</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>録音:</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字起こし</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(中断)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Tool `%1`: %2</source>
        <translation>ツール `%1`: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cannot write the transcript %1: %2</source>
        <translation>文字起こし %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Visual help</source>
        <translation>ビジュアルヘルプ</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>cue %1: &quot;%2&quot; is not a valid timing</source>
        <translation>キュー %1: 「%2」は有効なタイミングではありません</translation>
    </message>
    <message>
        <source>cue %1: it ends before it starts</source>
        <translation>キュー %1: 開始より前に終了しています</translation>
    </message>
    <message>
        <source>not a WebVTT file: it must start with WEBVTT</source>
        <translation>WebVTT ファイルではありません: WEBVTT で始まる必要があります</translation>
    </message>
    <message>
        <source>cue %1: no timing line (start --&gt; end)</source>
        <translation>キュー %1: タイミング行 (開始 --&gt; 終了) がありません</translation>
    </message>
    <message>
        <source>cue %1: expected a number, then a timing line</source>
        <translation>キュー %1: 番号とタイミング行が必要です</translation>
    </message>
    <message>
        <source>%1: subtitles must be .vtt (WebVTT) or .srt</source>
        <translation>%1: 字幕は .vtt (WebVTT) か .srt である必要があります</translation>
    </message>
    <message>
        <source>Cannot write the subtitles %1: %2</source>
        <translation>字幕 %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Translation needs a target language (e.g. de-DE).</source>
        <translation>翻訳には翻訳先の言語が必要です (例: de-DE)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. de-DE or fr).</source>
        <translation>「%1」は言語コードではありません (例: de-DE、fr)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. en-US, or auto).</source>
        <translation>「%1」は言語コードではありません (例: en-US、または auto)。</translation>
    </message>
    <message>
        <source>Interpreting needs both languages: the source language of one person and the target language of the other.</source>
        <translation>通訳には両方の言語が必要です: 一方の人の言語と、もう一方の人の言語です。</translation>
    </message>
    <message>
        <source>The source and target languages are the same (%1).</source>
        <translation>翻訳元と翻訳先の言語が同じです (%1)。</translation>
    </message>
    <message>
        <source>%1 translates into one language only: everything will be translated into %2, not both ways. Choose a general model to interpret between two people.</source>
        <translation>%1 は一方向にしか翻訳しません: すべて %2 に翻訳され、双方向にはなりません。二人の間で通訳するには汎用モデルを選んでください。</translation>
    </message>
    <message>
        <source>%1 takes no instructions: the names and terms to keep were not sent.</source>
        <translation>%1 は指示を受け付けません: 保持する名前や用語は送信されませんでした。</translation>
    </message>
    <message>
        <source>%1 takes no system instruction; yours was not sent.</source>
        <translation>%1 はシステム指示を受け付けません。あなたの指示は送信されませんでした。</translation>
    </message>
    <message>
        <source>%1 neither translates nor takes instructions: it will answer rather than translate.</source>
        <translation>%1 は翻訳も指示の受け付けもしません: 翻訳せずに応答します。</translation>
    </message>
    <message>
        <source>%1 takes spoken audio only; typed text is not sent.</source>
        <translation>%1 は音声入力のみに対応しています。入力したテキストは送信されません。</translation>
    </message>
    <message>
        <source>pactl could not be started (install pulseaudio-utils)</source>
        <translation>pactl を起動できませんでした（pulseaudio-utils をインストールしてください）</translation>
    </message>
    <message>
        <source>pactl %1 did not answer within %2 s</source>
        <translation>pactl %1 が %2 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>--listen app:NAME needs the application&apos;s name, e.g. app:firefox</source>
        <translation>--listen app:NAME にはアプリケーション名が必要です（例: app:firefox）</translation>
    </message>
    <message>
        <source>--listen expects system, app:NAME or mic, not &quot;%1&quot;</source>
        <translation>--listen には system、app:NAME、mic のいずれかを指定してください（「%1」は使えません）</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AboutText</name>
    <message>
        <source>Application framework, audio and camera devices, interface</source>
        <translation>アプリケーションフレームワーク、オーディオ・カメラデバイス、インターフェース</translation>
    </message>
    <message>
        <source>Resizing and JPEG encoding of camera and screen frames</source>
        <translation>カメラと画面のフレームの縮小と JPEG エンコード</translation>
    </message>
    <message>
        <source>Echo cancellation, noise suppression and gain control</source>
        <translation>エコーキャンセル、ノイズ抑制、ゲイン制御</translation>
    </message>
    <message>
        <source>Sample-rate conversion</source>
        <translation>サンプルレート変換</translation>
    </message>
    <message>
        <source>Speech rate without a change of pitch</source>
        <translation>声の高さを変えずに話す速さを変更</translation>
    </message>
    <message>
        <source>Opus audio codec for recordings</source>
        <translation>録音用の Opus 音声コーデック</translation>
    </message>
    <message>
        <source>Ogg Opus files for recordings</source>
        <translation>録音用の Ogg Opus ファイル</translation>
    </message>
    <message>
        <source>Speech for the offline demo</source>
        <translation>オフラインデモの音声</translation>
    </message>
    <message>
        <source>Keeps the API key in the system keychain</source>
        <translation>API キーをシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>Echo cancellation and noise suppression</source>
        <translation>エコーキャンセルとノイズ抑制</translation>
    </message>
    <message>
        <source>Adjustable speech rate</source>
        <translation>話す速さの調整</translation>
    </message>
    <message>
        <source>Recording conversations as Ogg Opus</source>
        <translation>会話を Ogg Opus で録音</translation>
    </message>
    <message>
        <source>Spoken answers in the offline demo</source>
        <translation>オフラインデモでの音声応答</translation>
    </message>
    <message>
        <source>API key in the system keychain</source>
        <translation>システムのキーチェーンへの API キー保存</translation>
    </message>
    <message>
        <source>Video files as a frame source</source>
        <translation>フレームソースとしてのビデオファイル</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppController</name>
    <message>
        <source>The offline demo could not start</source>
        <translation>オフラインデモを開始できませんでした</translation>
    </message>
    <message>
        <source>No token server</source>
        <translation>トークンサーバーがありません</translation>
    </message>
    <message>
        <source>Enter the address of your token server in the settings.</source>
        <translation>設定でトークンサーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>No token from the token server</source>
        <translation>トークンサーバーからトークンを取得できませんでした</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>API キーがありません</translation>
    </message>
    <message>
        <source>Enter a Vertex AI access token or express-mode API key in the settings.</source>
        <translation>設定で Vertex AI のアクセストークンまたはエクスプレスモードの API キーを入力してください。</translation>
    </message>
    <message>
        <source>Enter your Gemini API key in the settings, or try the offline demo.</source>
        <translation>設定で Gemini API キーを入力するか、オフラインデモを試してください。</translation>
    </message>
    <message>
        <source>These settings cannot work</source>
        <translation>この設定では動作しません</translation>
    </message>
    <message>
        <source>The tools could not be loaded</source>
        <translation>ツールを読み込めませんでした</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>タイマー：%1</translation>
    </message>
    <message>
        <source>The chosen device could not be opened.</source>
        <translation>選んだデバイスを開けませんでした。</translation>
    </message>
    <message>
        <source>Your saved modes could not be read: %1</source>
        <translation>保存したモードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>録音</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>録音を保存しました: %1</translation>
    </message>
    <message>
        <source>The history cannot be saved: %1</source>
        <translation>履歴を保存できません: %1</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to 36500 days.</source>
        <translation>会話の保存期間は 0 (無期限) から 36500 日です。</translation>
    </message>
    <message>
        <source>This conversation is not saved in the history: %1</source>
        <translation>この会話は履歴に保存されません: %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>履歴: %1</translation>
    </message>
    <message>
        <source>Start a conversation to record it.</source>
        <translation>録音するには会話を開始してください。</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>まだ応答がありません</translation>
    </message>
    <message numerus="yes">
        <source>The model has not answered for %n second(s).</source>
        <translation>
            <numerusform>モデルは %n 秒間応答していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to ask again.</source>
        <translation>再度尋ねる内容はありません。</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>オフラインデモ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The history is not damaged.</source>
        <translation>履歴は破損していません。</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1, but a new one cannot be started: %2</source>
        <translation>破損した履歴を %1 に移動しましたが、新しい履歴を開始できません: %2</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1; a new one was started.</source>
        <translation>破損した履歴を %1 に移動し、新しい履歴を開始しました。</translation>
    </message>
    <message>
        <source>The translation listens to the microphone: %1</source>
        <translation>翻訳はマイクの音声を聞きます: %1</translation>
    </message>
    <message>
        <source>The events or metrics file cannot be written</source>
        <translation>イベントまたはメトリクスのファイルに書き込めません</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>書き込まれていません: %1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppSettings</name>
    <message>
        <source>The settings file %1 could not be read, so LiveDesk uses its defaults. The file was left as it is; fix or remove it to get your settings back.</source>
        <translation>設定ファイル %1 を読み込めなかったため、LiveDesk は既定値を使用しています。ファイルはそのまま残してあります。設定を元に戻すには、ファイルを修正するか削除してください。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read or written; changes will not be kept.</source>
        <translation>設定ファイル %1 の読み書きができません。変更は保存されません。</translation>
    </message>
    <message>
        <source>These settings in %1 had values LiveDesk cannot use and were ignored (their defaults apply until you change them): %2.</source>
        <translation>%1 の次の設定には LiveDesk で使用できない値があったため、無視されました（変更するまでは既定値が適用されます）: %2。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ChoiceText</name>
    <message>
        <source>Bright</source>
        <translation>明るい</translation>
    </message>
    <message>
        <source>Upbeat</source>
        <translation>陽気</translation>
    </message>
    <message>
        <source>Informative</source>
        <translation>知的</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>きっぱり</translation>
    </message>
    <message>
        <source>Excitable</source>
        <translation>興奮気味</translation>
    </message>
    <message>
        <source>Youthful</source>
        <translation>若々しい</translation>
    </message>
    <message>
        <source>Breezy</source>
        <translation>軽やか</translation>
    </message>
    <message>
        <source>Easy-going</source>
        <translation>おおらか</translation>
    </message>
    <message>
        <source>Breathy</source>
        <translation>息まじり</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>明瞭</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>なめらか</translation>
    </message>
    <message>
        <source>Gravelly</source>
        <translation>しゃがれ声</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>やわらか</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>落ち着いた</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>大人びた</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>率直</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>親しみやすい</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>カジュアル</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>穏やか</translation>
    </message>
    <message>
        <source>Lively</source>
        <translation>生き生き</translation>
    </message>
    <message>
        <source>Knowledgeable</source>
        <translation>博識</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>温かい</translation>
    </message>
    <message>
        <source>Default (Puck)</source>
        <translation>既定（Puck）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>The model answers in the language you speak</source>
        <translation>あなたが話す言語でモデルが答えます</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Cli</name>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>Gemini Live API のためのデスクトップ音声・ビデオアシスタントです。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Conversation</name>
    <message>
        <source>Reconnected</source>
        <translation>再接続しました</translation>
    </message>
    <message numerus="yes">
        <source>Context restored from the last %n turn(s): the model no longer remembers what it heard or saw before.</source>
        <translation>
            <numerusform>直近 %n ターンから文脈を復元しました: モデルはそれ以前に聞いたことや見たことを覚えていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedesk::app::DeviceModel</name>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>画面 %1（%2 × %3）</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>メイン画面</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ErrorText</name>
    <message>
        <source>close code %1</source>
        <translation>クローズコード %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>API キーが受け付けられませんでした</translation>
    </message>
    <message>
        <source>Check that the key is complete and belongs to a project with the Gemini API enabled, then enter it again.</source>
        <translation>キーが欠けていないか、Gemini API が有効なプロジェクトのものかを確認して、もう一度入力してください。</translation>
    </message>
    <message>
        <source>Usage limit reached</source>
        <translation>利用上限に達しました</translation>
    </message>
    <message>
        <source>Your project has used its quota or has too many conversations open. Try again in a few minutes.</source>
        <translation>プロジェクトの割り当てを使い切ったか、開いている会話が多すぎます。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The model is not available</source>
        <translation>モデルを利用できません</translation>
    </message>
    <message>
        <source>The service does not offer this model for live conversations. Choose another model.</source>
        <translation>このモデルはライブ会話に対応していません。別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>The service does not offer “%1” for live conversations. Choose another model.</source>
        <translation>「%1」はライブ会話に対応していません。別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>The settings were not accepted</source>
        <translation>設定が受け付けられませんでした</translation>
    </message>
    <message>
        <source>The service refused this combination of settings. Check the model and its options.</source>
        <translation>サービスがこの設定の組み合わせを拒否しました。モデルとそのオプションを確認してください。</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>LiveDesk cannot reach the service. Check your internet connection and try again.</source>
        <translation>LiveDesk がサービスに接続できません。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The service had a problem</source>
        <translation>サービスで問題が発生しました</translation>
    </message>
    <message>
        <source>The conversation ended on the service&apos;s side. Start it again.</source>
        <translation>サービス側で会話が終了しました。もう一度始めてください。</translation>
    </message>
    <message>
        <source>The service refused the conversation</source>
        <translation>サービスが会話を拒否しました</translation>
    </message>
    <message>
        <source>This may be a regional restriction or a content policy. The details below say what the service reported.</source>
        <translation>地域の制限やコンテンツポリシーによる可能性があります。サービスからの報告内容は下の詳細をご覧ください。</translation>
    </message>
    <message>
        <source>The service did not answer</source>
        <translation>サービスが応答しませんでした</translation>
    </message>
    <message>
        <source>The conversation could not start in time. Try again.</source>
        <translation>会話を時間内に開始できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>A message from the service was skipped</source>
        <translation>サービスからのメッセージを 1 件スキップしました</translation>
    </message>
    <message>
        <source>The conversation goes on.</source>
        <translation>会話は続いています。</translation>
    </message>
    <message>
        <source>The microphone is silent</source>
        <translation>マイクが無音です</translation>
    </message>
    <message>
        <source>No sound arrives from the microphone. It may be muted in the system or unplugged; choose another one if needed.</source>
        <translation>マイクから音が届いていません。システムでミュートされているか、接続が外れている可能性があります。必要なら別のマイクを選んでください。</translation>
    </message>
    <message>
        <source>Microphone disconnected</source>
        <translation>マイクが切断されました</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default microphone.</source>
        <translation>LiveDesk はシステムの既定のマイクに切り替えました。</translation>
    </message>
    <message>
        <source>Speaker disconnected</source>
        <translation>スピーカーが切断されました</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default speaker.</source>
        <translation>LiveDesk はシステムの既定のスピーカーに切り替えました。</translation>
    </message>
    <message>
        <source>The microphone could not be used</source>
        <translation>マイクを使用できませんでした</translation>
    </message>
    <message>
        <source>Choose another microphone.</source>
        <translation>別のマイクを選んでください。</translation>
    </message>
    <message>
        <source>The speaker could not be used</source>
        <translation>スピーカーを使用できませんでした</translation>
    </message>
    <message>
        <source>Choose another speaker.</source>
        <translation>別のスピーカーを選んでください。</translation>
    </message>
    <message>
        <source>Echo cancellation is not available</source>
        <translation>エコーキャンセルは利用できません</translation>
    </message>
    <message>
        <source>Use headphones so the model does not hear itself.</source>
        <translation>モデルが自分の声を聞かないよう、ヘッドホンを使ってください。</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed</source>
        <translation>話す速さは変更できません</translation>
    </message>
    <message>
        <source>The model speaks at its normal rate.</source>
        <translation>モデルは通常の速さで話します。</translation>
    </message>
    <message>
        <source>Some microphone audio was lost</source>
        <translation>マイクの音声の一部が失われました</translation>
    </message>
    <message>
        <source>The computer was too busy for a moment.</source>
        <translation>コンピューターが一時的に混み合っていました。</translation>
    </message>
    <message>
        <source>No microphone or speaker</source>
        <translation>マイクもスピーカーもありません</translation>
    </message>
    <message>
        <source>LiveDesk could not open any audio device. Connect one or choose another.</source>
        <translation>LiveDesk はオーディオデバイスを開けませんでした。デバイスを接続するか、別のものを選んでください。</translation>
    </message>
    <message>
        <source>The camera could not be shared</source>
        <translation>カメラを共有できませんでした</translation>
    </message>
    <message>
        <source>The screen could not be shared</source>
        <translation>画面を共有できませんでした</translation>
    </message>
    <message>
        <source>Enter key</source>
        <translation>キーを入力</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>モデルを選ぶ</translation>
    </message>
    <message>
        <source>Choose a microphone</source>
        <translation>マイクを選ぶ</translation>
    </message>
    <message>
        <source>Choose a speaker</source>
        <translation>スピーカーを選ぶ</translation>
    </message>
    <message>
        <source>Choose a camera</source>
        <translation>カメラを選ぶ</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>もう一度尋ねる</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistoryListModel</name>
    <message>
        <source>The history is not open.</source>
        <translation>履歴が開かれていません。</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>無題の会話</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistorySessionModel</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>先に会話を開いてください。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>書き出し先のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Unknown export format: %1</source>
        <translation>不明な書き出し形式: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>≈ US$%1</source>
        <translation>≈ US$%1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistoryStore</name>
    <message>
        <source>The history needs Qt&apos;s SQLite driver, which is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>履歴には Qt の SQLite ドライバーが必要ですが、インストールされていません (Debian: libqt6sql6-sqlite)。</translation>
    </message>
    <message>
        <source>The history database %1 is a folder.</source>
        <translation>履歴データベース %1 はフォルダーです。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>履歴用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (not SQLite); it was left untouched.</source>
        <translation>%1 は LiveDesk の履歴データベースではありません (SQLite ではありません)。変更していません。</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>履歴データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 は使用できる SQLite データベースではありません: %2</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer LiveDesk (schema %2); this one reads schema %3. It was left untouched.</source>
        <translation>履歴 %1 は新しい LiveDesk (スキーマ %2) で書かれています。このバージョンが読めるのはスキーマ %3 です。変更していません。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a LiveDesk history; it was left untouched.</source>
        <translation>%1 は SQLite データベースですが LiveDesk の履歴ではありません。変更していません。</translation>
    </message>
    <message>
        <source>Cannot switch the history %1 to write-ahead logging: %2</source>
        <translation>履歴 %1 を先行書き込みログに切り替えられません: %2</translation>
    </message>
    <message>
        <source>Cannot set up the history database %1: %2</source>
        <translation>履歴データベース %1 を準備できません: %2</translation>
    </message>
    <message>
        <source>The SQLite library in use has no full-text search (FTS5): history search finds exact text only, without ranking.</source>
        <translation>使用中の SQLite ライブラリには全文検索 (FTS5) がありません: 履歴の検索は完全一致のみで、順位付けはされません。</translation>
    </message>
    <message>
        <source>Cannot add the session to the history: %1</source>
        <translation>セッションを履歴に追加できません: %1</translation>
    </message>
    <message>
        <source>Cannot save to the history: %1</source>
        <translation>履歴に保存できません: %1</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>セッション %1 はありません</translation>
    </message>
    <message>
        <source>Cannot delete from the history: %1</source>
        <translation>履歴から削除できません: %1</translation>
    </message>
    <message>
        <source>There is no session %1 in the history.</source>
        <translation>履歴にセッション %1 はありません。</translation>
    </message>
    <message>
        <source>The retention must be 0 (keep everything) or a number of days.</source>
        <translation>保存期間は 0 (すべて保存) または日数で指定してください。</translation>
    </message>
    <message>
        <source>Cannot apply the retention: %1</source>
        <translation>保存期間を適用できません: %1</translation>
    </message>
    <message>
        <source>Cannot read the history database %1: %2</source>
        <translation>履歴データベース %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (it has no LiveDesk tables); it was left untouched.</source>
        <translation>%1 は LiveDesk の履歴データベースではありません（LiveDesk のテーブルがありません）。変更せずにそのままにしています。</translation>
    </message>
    <message>
        <source>There is no history at %1 to move aside.</source>
        <translation>%1 には退避する履歴がありません。</translation>
    </message>
    <message>
        <source>Cannot move the history %1 aside to %2.</source>
        <translation>履歴 %1 を %2 に退避できません。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ListenSourceModel</name>
    <message>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <source>Everything the computer plays</source>
        <translation>コンピューターで再生されるすべての音</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeListModel</name>
    <message>
        <source>Give the mode a name.</source>
        <translation>モードに名前を付けてください。</translation>
    </message>
    <message>
        <source>Unknown kind of mode: %1</source>
        <translation>不明な種類のモード: %1</translation>
    </message>
    <message>
        <source>Choose the language to translate into.</source>
        <translation>翻訳先の言語を選んでください。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModePreset</name>
    <message>
        <source>A mode needs a name.</source>
        <translation>モードには名前が必要です。</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; has no kind (assistant, visual-help, translator or interpreter).</source>
        <translation>モード「%1」に種類がありません (assistant、visual-help、translator、interpreter)。</translation>
    </message>
    <message>
        <source>The level of the original must be between -60 and 0 dB (got %1).</source>
        <translation>原音のレベルは -60〜0 dB である必要があります (指定値: %1)。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeStore</name>
    <message>
        <source>Cannot read the modes file %1: %2</source>
        <translation>モードファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The modes file %1 is not valid: %2</source>
        <translation>モードファイル %1 は無効です: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>%1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Cannot write the modes file %1: %2</source>
        <translation>モードファイル %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>A mode needs a name with letters or digits.</source>
        <translation>モード名には文字か数字が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in mode; save yours under another name.</source>
        <translation>「%1」は組み込みのモードです。別の名前で保存してください。</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>オフセット %1 で JSON が無効です: %2</translation>
    </message>
    <message>
        <source>version: expected 1</source>
        <translation>version: 1 である必要があります</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: 不明なキー「%2」</translation>
    </message>
    <message>
        <source>%1.kind: &quot;%2&quot; is not one of assistant, visual-help, translator, interpreter</source>
        <translation>%1.kind: 「%2」は assistant、visual-help、translator、interpreter のいずれでもありません</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelListModel</name>
    <message>
        <source>Default: %1</source>
        <translation>既定：%1</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>感情対話</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>プロアクティブ音声</translation>
    </message>
    <message>
        <source>background tools</source>
        <translation>バックグラウンドツール</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>追加したモデル</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>レガシー</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>プレビュー</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelNotice</name>
    <message>
        <source>%1 has been retired by the service and no longer answers; use %2.</source>
        <translation>%1 はサービスで提供終了になり、応答しなくなりました。%2 を使ってください。</translation>
    </message>
    <message>
        <source>This model is being shut down</source>
        <translation>このモデルは提供終了予定です</translation>
    </message>
    <message>
        <source>This model is a legacy model</source>
        <translation>このモデルはレガシーモデルです</translation>
    </message>
    <message>
        <source>This model has been retired</source>
        <translation>このモデルは提供終了しました</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Pages</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>livedesk::app::PulseRoutes</name>
    <message>
        <source>no PulseAudio server answers (pactl info failed)</source>
        <translation>応答する PulseAudio サーバーがありません（pactl info が失敗しました）</translation>
    </message>
    <message>
        <source>no PulseAudio server: %1</source>
        <translation>PulseAudio サーバーがありません: %1</translation>
    </message>
    <message>
        <source>PulseAudio could not load %1: %2</source>
        <translation>PulseAudio が %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>another LiveDesk is already listening to the computer (the PulseAudio sink %1 exists)</source>
        <translation>別の LiveDesk がすでにコンピューターの音声を聞いています（PulseAudio のシンク %1 があります）</translation>
    </message>
    <message>
        <source>there is no output device to listen to</source>
        <translation>聞き取れる出力デバイスがありません</translation>
    </message>
    <message>
        <source>PulseAudio did not accept %1 as the default sink: %2</source>
        <translation>PulseAudio が %1 を既定のシンクとして受け入れませんでした: %2</translation>
    </message>
    <message>
        <source>another LiveDesk already has the virtual microphone &quot;%1&quot;</source>
        <translation>別の LiveDesk がすでに仮想マイク「%1」を使っています</translation>
    </message>
    <message>
        <source>PulseAudio loaded the loopback %1 but it has no streams</source>
        <translation>PulseAudio はループバック %1 を読み込みましたが、ストリームがありません</translation>
    </message>
</context>
<context>
    <name>livedesk::app::RecordingController</name>
    <message>
        <source>Cannot create the folder for the recording %1.</source>
        <translation>録音 %1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>LiveDesk conversation, %1</source>
        <translation>LiveDesk の会話、%1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SecretStore</name>
    <message>
        <source>Reading the keychain…</source>
        <translation>キーチェーンを読み込んでいます…</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>キーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>No key saved yet.</source>
        <translation>キーはまだ保存されていません。</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>システムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>No keychain is available: the key is kept until you quit and is not saved.</source>
        <translation>キーチェーンを利用できません。キーは終了するまで保持され、保存はされません。</translation>
    </message>
    <message>
        <source>No keychain is available: a key you enter is kept until you quit and is not saved.</source>
        <translation>キーチェーンを利用できません。入力したキーは終了するまで保持され、保存はされません。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SettingsText</name>
    <message>
        <source>A project ID has 6 to 30 lower-case letters, digits or hyphens and starts with a letter.</source>
        <translation>プロジェクト ID は 6〜30 文字の英小文字・数字・ハイフンで、英字で始まります。</translation>
    </message>
    <message>
        <source>Enter a location such as us-central1, europe-west4 or global.</source>
        <translation>us-central1、europe-west4、global などのロケーションを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not one of the prebuilt voices.</source>
        <translation>「%1」は既定の音声にありません。</translation>
    </message>
    <message>
        <source>The instruction is too long (%1 characters; at most %2).</source>
        <translation>指示が長すぎます（%1 文字。上限は %2 文字）。</translation>
    </message>
    <message>
        <source>“%1” is not a tool name.</source>
        <translation>「%1」はツール名ではありません。</translation>
    </message>
    <message>
        <source>This is not a device ID.</source>
        <translation>これはデバイス ID ではありません。</translation>
    </message>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>「%1」という設定はありません。</translation>
    </message>
    <message>
        <source>Expected on or off.</source>
        <translation>オンまたはオフを指定してください。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>数値を入力してください。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>整数を入力してください。</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>%1 から %2 までの値を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>「%1」は選択肢にありません。</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>テキストを指定してください。</translation>
    </message>
    <message>
        <source>Enter a URL such as wss://example.com or ws://127.0.0.1:8765.</source>
        <translation>wss://example.com や ws://127.0.0.1:8765 のような URL を入力してください。</translation>
    </message>
    <message>
        <source>Enter a URL such as https://example.com/token.</source>
        <translation>https://example.com/token のような URL を入力してください。</translation>
    </message>
    <message>
        <source>A model name has letters, digits, dots, dashes or slashes, such as gemini-live-2.5-flash-preview.</source>
        <translation>モデル名は英字・数字・ドット・ハイフン・スラッシュで構成されます（例：gemini-live-2.5-flash-preview）。</translation>
    </message>
    <message>
        <source>Enter a language code such as en-US, de-DE or ja-JP.</source>
        <translation>en-US、de-DE、ja-JP のような言語コードを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not the name of a mode.</source>
        <translation>「%1」はモードの名前ではありません。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>ファイル「%1」は存在しません。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>ファイル「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>The file “%1” is too large (more than %2 MB).</source>
        <translation>ファイル「%1」が大きすぎます（%2 MB 超）。</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2 at %3.</source>
        <translation>「%1」は有効な JSON ではありません: %3 で %2。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>“%1”, server “%2”: %3</source>
        <translation>「%1」、サーバー「%2」: %3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>“%1” is not mic, system or app:NAME.</source>
        <translation>「%1」は mic、system、app:NAME のいずれでもありません。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TokenServerClient</name>
    <message>
        <source>The token server %1 could not be reached: %2</source>
        <translation>トークンサーバー %1 に接続できません：%2</translation>
    </message>
    <message>
        <source>The token server answered HTTP %1.</source>
        <translation>トークンサーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The token server&apos;s answer contains no token.</source>
        <translation>トークンサーバーの応答にトークンが含まれていません。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolCallModel</name>
    <message>
        <source>Received</source>
        <translation>受信済み</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Built into LiveDesk</source>
        <translation>LiveDesk 内蔵</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolConfirmation</name>
    <message>
        <source>Built into LiveDesk</source>
        <translation>LiveDesk に組み込み</translation>
    </message>
    <message>
        <source>Your tools file: %1</source>
        <translation>ツールファイル：%1</translation>
    </message>
    <message>
        <source>MCP server “%1”</source>
        <translation>MCP サーバー「%1」</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Transcript</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation> （中断）</translation>
    </message>
    <message>
        <source>Tool %1: %2</source>
        <translation>ツール %1：%2</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TrayIcon</name>
    <message>
        <source>Quit LiveDesk</source>
        <translation>LiveDesk を終了</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>ウィンドウを隠す</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>ウィンドウを表示</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>会話を始める</translation>
    </message>
    <message>
        <source>End my turn</source>
        <translation>自分の番を終える</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>話す</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>マイクをミュート</translation>
    </message>
    <message>
        <source>LiveDesk: conversation running</source>
        <translation>LiveDesk：会話中</translation>
    </message>
</context>
<context>
    <name>livedesk::app::VideoControl</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Whole screen %1 (primary)</source>
        <translation>画面全体 %1（メイン）</translation>
    </message>
    <message>
        <source>Whole screen %1</source>
        <translation>画面全体 %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
</context>
<context>
    <name>livedesk::audio</name>
    <message>
        <source>the device could not be opened (in use, or gone)</source>
        <translation>デバイスを開けませんでした（使用中か、取り外されています）</translation>
    </message>
    <message>
        <source>reading or writing failed</source>
        <translation>読み書きに失敗しました</translation>
    </message>
    <message>
        <source>audio arrived too late</source>
        <translation>音声の到着が遅すぎました</translation>
    </message>
    <message>
        <source>the audio system failed (is the sound server running?)</source>
        <translation>オーディオシステムに障害が発生しました（サウンドサーバーは動いていますか？）</translation>
    </message>
    <message>
        <source>unknown error %1</source>
        <translation>不明なエラー %1</translation>
    </message>
    <message>
        <source>Could not open the microphone “%1”: %2</source>
        <translation>マイク「%1」を開けませんでした：%2</translation>
    </message>
    <message>
        <source>The microphone “%1” stopped: %2</source>
        <translation>マイク「%1」が停止しました：%2</translation>
    </message>
    <message>
        <source>Could not open the speaker “%1”: %2</source>
        <translation>スピーカー「%1」を開けませんでした：%2</translation>
    </message>
    <message>
        <source>The speaker “%1” stopped: %2</source>
        <translation>スピーカー「%1」が停止しました：%2</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed: LiveDesk was built without the sonic library.</source>
        <translation>話す速さは変更できません：LiveDesk は sonic ライブラリなしでビルドされています。</translation>
    </message>
    <message>
        <source>Echo cancellation is unavailable: LiveDesk was built without the WebRTC audio processing library. Use headphones so the assistant does not hear itself.</source>
        <translation>エコーキャンセルは利用できません：LiveDesk は WebRTC 音声処理ライブラリなしでビルドされています。アシスタントが自分の声を聞かないよう、ヘッドホンを使ってください。</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioEngine</name>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 は %2 から %3 の間でなければなりません（指定値：%4）。</translation>
    </message>
    <message>
        <source>The chunk duration must be a multiple of 10 ms between 10 and 1000 ms (got %1 ms).</source>
        <translation>チャンクの長さは 10〜1000 ミリ秒の範囲で 10 ミリ秒の倍数でなければなりません（指定値：%1 ミリ秒）。</translation>
    </message>
    <message>
        <source>The speech rate</source>
        <translation>話す速さ</translation>
    </message>
    <message>
        <source>The playback prebuffer (ms)</source>
        <translation>再生の事前バッファ（ミリ秒）</translation>
    </message>
    <message>
        <source>The largest jitter buffer (ms)</source>
        <translation>ジッターバッファの最大値（ミリ秒）</translation>
    </message>
    <message>
        <source>The flush fade (ms)</source>
        <translation>破棄時のフェード（ミリ秒）</translation>
    </message>
    <message>
        <source>The minimum speech duration (ms)</source>
        <translation>最短の発話時間（ミリ秒）</translation>
    </message>
    <message>
        <source>The end-of-speech silence (ms)</source>
        <translation>発話終了の無音（ミリ秒）</translation>
    </message>
    <message>
        <source>The pre-roll (ms)</source>
        <translation>プリロール（ミリ秒）</translation>
    </message>
    <message>
        <source>The barge-in confirmation window (ms)</source>
        <translation>割り込み確認の待ち時間（ミリ秒）</translation>
    </message>
    <message>
        <source>The ducking gain (dB)</source>
        <translation>ダッキングのゲイン（dB）</translation>
    </message>
    <message>
        <source>The input buffer (ms)</source>
        <translation>入力バッファ（ミリ秒）</translation>
    </message>
    <message>
        <source>The output buffer (ms)</source>
        <translation>出力バッファ（ミリ秒）</translation>
    </message>
    <message>
        <source>The no-signal warning delay (ms)</source>
        <translation>無信号警告までの時間（ミリ秒）</translation>
    </message>
    <message>
        <source>The audio engine needs a microphone, a speaker, or both.</source>
        <translation>オーディオエンジンにはマイク、スピーカー、またはその両方が必要です。</translation>
    </message>
    <message>
        <source>The chosen microphone is not connected; using “%1”.</source>
        <translation>選んだマイクが接続されていません。「%1」を使います。</translation>
    </message>
    <message>
        <source>The chosen speaker is not connected; using “%1”.</source>
        <translation>選んだスピーカーが接続されていません。「%1」を使います。</translation>
    </message>
    <message>
        <source>No audio device could be opened.</source>
        <translation>オーディオデバイスを開けませんでした。</translation>
    </message>
    <message>
        <source>There is no microphone. Connect one, or check the system&apos;s sound settings.</source>
        <translation>マイクがありません。接続するか、システムのサウンド設定を確認してください。</translation>
    </message>
    <message>
        <source>There is no speaker or headphone output. Connect one, or check the system&apos;s sound settings.</source>
        <translation>スピーカーやヘッドホンの出力がありません。接続するか、システムのサウンド設定を確認してください。</translation>
    </message>
    <message>
        <source>The microphone “%1” was disconnected; using “%2” instead.</source>
        <translation>マイク「%1」が切断されました。代わりに「%2」を使います。</translation>
    </message>
    <message>
        <source>The speaker “%1” was disconnected; using “%2” instead.</source>
        <translation>スピーカー「%1」が切断されました。代わりに「%2」を使います。</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioProcessor</name>
    <message>
        <source>The computer is too busy: %1 ms of microphone audio were lost.</source>
        <translation>コンピューターが混み合っています：マイクの音声 %1 ミリ秒分が失われました。</translation>
    </message>
    <message>
        <source>No sound from the microphone: it delivers only silence. Check that it is not muted in the system settings and that the right input is selected.</source>
        <translation>マイクから音が届きません：無音しか入力されていません。システム設定でミュートされていないか、正しい入力が選ばれているか確認してください。</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioRecorder</name>
    <message>
        <source>Recording is unavailable: LiveDesk was built without the libopusenc library.</source>
        <translation>録音は使用できません: LiveDesk は libopusenc ライブラリなしでビルドされています。</translation>
    </message>
    <message>
        <source>A recording is already running (%1).</source>
        <translation>録音はすでに実行中です (%1)。</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::RecordingWriter</name>
    <message>
        <source>Cannot create the recording %1: %2</source>
        <translation>録音 %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot start the Opus encoder: %1</source>
        <translation>Opus エンコーダーを開始できません: %1</translation>
    </message>
    <message>
        <source>Cannot write the recording %1: %2</source>
        <translation>録音 %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Writing the recording %1 failed: %2</source>
        <translation>録音 %1 の書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>Finishing the recording %1 failed: %2</source>
        <translation>録音 %1 の完了に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>livedesk::session</name>
    <message>
        <source>No credential: Vertex AI needs an access token (or an express-mode API key).</source>
        <translation>認証情報がありません：Vertex AI にはアクセストークン（またはエクスプレスモードの API キー）が必要です。</translation>
    </message>
    <message>
        <source>No API key: pass one, or set GEMINI_API_KEY.</source>
        <translation>API キーがありません：指定するか、GEMINI_API_KEY を設定してください。</translation>
    </message>
    <message>
        <source>Vertex AI with an access token needs a project and a location.</source>
        <translation>アクセストークンで Vertex AI を使うには、プロジェクトとロケーションが必要です。</translation>
    </message>
    <message>
        <source>Ephemeral tokens exist only on the Gemini API, not on Vertex AI.</source>
        <translation>エフェメラルトークンは Gemini API のみで、Vertex AI にはありません。</translation>
    </message>
    <message>
        <source>The endpoint is not a valid URL.</source>
        <translation>エンドポイントが正しい URL ではありません。</translation>
    </message>
    <message>
        <source>The endpoint must be a ws://, wss://, http:// or https:// URL.</source>
        <translation>エンドポイントは ws://、wss://、http://、https:// のいずれかの URL でなければなりません。</translation>
    </message>
    <message>
        <source>%1 does not support %2; the field was not sent.</source>
        <translation>%1 は %2 に対応していません。このフィールドは送信していません。</translation>
    </message>
    <message>
        <source>Transparent resumption exists only on Vertex AI; the field was not sent.</source>
        <translation>透過的な再開は Vertex AI のみの機能です。このフィールドは送信していません。</translation>
    </message>
    <message>
        <source>Explicit VAD signals exist only on Vertex AI; the field was not sent.</source>
        <translation>明示的な VAD シグナルは Vertex AI のみの機能です。このフィールドは送信していません。</translation>
    </message>
    <message>
        <source>%1 is not in the model table: the setup is sent unchecked. If the session never starts, remove optional features.</source>
        <translation>%1 はモデル表にありません：設定を確認せずに送信します。セッションが始まらない場合は、オプション機能を外してください。</translation>
    </message>
    <message>
        <source>%1 is listed for %2 only; the service may not know it.</source>
        <translation>%1 は %2 向けにのみ登録されています。サービスが認識しない可能性があります。</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>Gemini API</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>%1 cannot answer with %2; the modality was not requested.</source>
        <translation>%1 は %2 で応答できません。このモダリティは要求していません。</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>感情対話</translation>
    </message>
    <message>
        <source>%1 always uses affective dialog; the field was not sent.</source>
        <translation>%1 は常に感情対話を使います。このフィールドは送信していません。</translation>
    </message>
    <message>
        <source>a thinking configuration</source>
        <translation>思考の設定</translation>
    </message>
    <message>
        <source>%1 takes a thinking budget, not a thinking level; the level was not sent.</source>
        <translation>%1 は思考レベルではなく思考予算を受け付けます。レベルは送信していません。</translation>
    </message>
    <message>
        <source>%1 takes a thinking level, not a thinking budget; the budget was not sent.</source>
        <translation>%1 は思考予算ではなく思考レベルを受け付けます。予算は送信していません。</translation>
    </message>
    <message>
        <source>speech translation</source>
        <translation>音声翻訳</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>プロアクティブ音声</translation>
    </message>
    <message>
        <source>%1 always uses proactive audio and rejects the setting; the field was not sent.</source>
        <translation>%1 は常にプロアクティブ音声を使い、この設定を受け付けません。このフィールドは送信していません。</translation>
    </message>
    <message>
        <source>input transcription</source>
        <translation>入力の文字起こし</translation>
    </message>
    <message>
        <source>output transcription</source>
        <translation>出力の文字起こし</translation>
    </message>
    <message>
        <source>system instructions</source>
        <translation>システム指示</translation>
    </message>
    <message>
        <source>function calling</source>
        <translation>関数呼び出し</translation>
    </message>
    <message>
        <source>%1 has no asynchronous (NON_BLOCKING) functions; %2 runs as a blocking call.</source>
        <translation>%1 には非同期（NON_BLOCKING）関数がありません。%2 はブロッキング呼び出しとして実行されます。</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>Google 検索</translation>
    </message>
    <message>
        <source>code execution</source>
        <translation>コード実行</translation>
    </message>
    <message>
        <source>URL context</source>
        <translation>URL コンテキスト</translation>
    </message>
    <message>
        <source>Google Maps grounding</source>
        <translation>Google マップによるグラウンディング</translation>
    </message>
    <message>
        <source>Authentication failed: check the API key or token</source>
        <translation>認証に失敗しました：API キーまたはトークンを確認してください</translation>
    </message>
    <message>
        <source>The model or the session configuration was rejected</source>
        <translation>モデルまたはセッション設定が拒否されました</translation>
    </message>
    <message>
        <source>Quota or rate limit reached: wait and try again</source>
        <translation>割り当てまたはレート制限に達しました：しばらく待ってから再試行してください</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>ネットワーク障害</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>サーバーがセッションを終了しました</translation>
    </message>
    <message>
        <source>The service refused the request for policy reasons</source>
        <translation>サービスがポリシー上の理由でリクエストを拒否しました</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>The server sent a message that could not be read</source>
        <translation>サーバーから読み取れないメッセージが届きました</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>ネットワークに到達できません</translation>
    </message>
    <message>
        <source>initial history in clientContent</source>
        <translation>clientContent 内の初期履歴</translation>
    </message>
    <message>
        <source>%1 (its close frame could not be read: %2)</source>
        <translation>%1（クローズフレームを読み取れませんでした: %2）</translation>
    </message>
    <message>
        <source>%1 is deprecated and will be shut down.</source>
        <translation>%1 は非推奨で、提供が終了します。</translation>
    </message>
    <message>
        <source>%1 is deprecated since %2 and will be shut down.</source>
        <translation>%1 は %2 から非推奨となっており、提供が終了します。</translation>
    </message>
    <message>
        <source>%1 is a legacy model.</source>
        <translation>%1 はレガシーモデルです。</translation>
    </message>
    <message>
        <source>%1 is a legacy model since %2.</source>
        <translation>%1 は %2 からレガシーモデルです。</translation>
    </message>
    <message>
        <source>Use %1 instead.</source>
        <translation>代わりに %1 を使用してください。</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API; LiveDesk connects to %3 instead of %4.</source>
        <translation>%1 の %2 は %3 API でのみ利用できます。LiveDesk は %4 ではなく %3 に接続します。</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API, and %4 was chosen; the field was not sent.</source>
        <translation>%1 の %2 は %3 API でのみ利用できますが、%4 が選択されています。このフィールドは送信されませんでした。</translation>
    </message>
    <message>
        <source>%1 ignores the silence duration and ends turns by its own timing; the field was not sent. For your own timing, let LiveDesk detect the turns (local-voice talk mode).</source>
        <translation>%1 は無音の長さを無視し、独自のタイミングでターンを終えます。このフィールドは送信されませんでした。ご自身のタイミングにするには、LiveDesk にターンを検出させてください（ローカル音声の会話モード）。</translation>
    </message>
</context>
<context>
    <name>livedesk::session::EphemeralTokenClient</name>
    <message>
        <source>Creating an ephemeral token needs the long-lived API key.</source>
        <translation>エフェメラルトークンの作成には長期有効な API キーが必要です。</translation>
    </message>
    <message>
        <source>The token service did not answer within %1 s.</source>
        <translation>トークンサービスが %1 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The token service answered without an auth_tokens/… name.</source>
        <translation>トークンサービスの応答に auth_tokens/… の名前がありませんでした。</translation>
    </message>
</context>
<context>
    <name>livedesk::session::LiveSession</name>
    <message>
        <source>Network failure: no connection to the server after %1 s</source>
        <translation>ネットワーク障害：%1 秒経ってもサーバーに接続できません</translation>
    </message>
    <message>
        <source>The server did not confirm the setup within %1 s (no setupComplete)</source>
        <translation>サーバーが %1 秒以内に設定を確認しませんでした（setupComplete なし）</translation>
    </message>
    <message>
        <source>The setup names no model.</source>
        <translation>設定にモデルが指定されていません。</translation>
    </message>
    <message>
        <source>the setup is sent by the session itself, once per connection</source>
        <translation>設定はセッション自身が接続ごとに 1 回送信します</translation>
    </message>
    <message>
        <source>%1 messages are already waiting for the session to start</source>
        <translation>すでに %1 件のメッセージがセッション開始を待っています</translation>
    </message>
    <message>
        <source>the session is not open (state %1)</source>
        <translation>セッションが開いていません（状態 %1）</translation>
    </message>
    <message>
        <source>A server message could not be read and was skipped: %1</source>
        <translation>サーバーのメッセージを読み取れなかったためスキップしました：%1</translation>
    </message>
    <message>
        <source>Network failure: the connection dropped without a close frame (1006)</source>
        <translation>ネットワーク障害：クローズフレームなしで接続が切れました（1006）</translation>
    </message>
    <message>
        <source>Network failure: the connection closed during the upgrade</source>
        <translation>ネットワーク障害：アップグレード中に接続が閉じられました</translation>
    </message>
    <message>
        <source>The server closed the connection before confirming the setup (close %1%2)</source>
        <translation>サーバーが設定を確認する前に接続を閉じました（クローズ %1%2）</translation>
    </message>
    <message>
        <source>Network failure: nothing received from the server for %1 s (no pong, no data)</source>
        <translation>ネットワーク障害：%1 秒間サーバーから何も届きません（pong もデータもなし）</translation>
    </message>
    <message>
        <source>No endpoint to connect to.</source>
        <translation>接続先のエンドポイントがありません。</translation>
    </message>
    <message>
        <source>No reply arrived; reconnecting to ask again.</source>
        <translation>応答がありません。再接続して再度尋ねます。</translation>
    </message>
    <message>
        <source>The server asked to move to a new connection (goAway).</source>
        <translation>サーバーが新しい接続への移行を求めました (goAway)。</translation>
    </message>
    <message>
        <source>Protocol error: the server sent content before setupComplete; the connection was dropped</source>
        <translation>プロトコルエラー: サーバーが setupComplete の前にコンテンツを送信しました。接続を切断しました</translation>
    </message>
    <message>
        <source>Model audio labelled &quot;%1&quot; was skipped: LiveDesk plays audio at %2–%3 Hz (%4 skipped so far)</source>
        <translation>「%1」とラベル付けされたモデル音声をスキップしました: LiveDesk が再生する音声は %2–%3 Hz です（これまでに %4 件スキップ）</translation>
    </message>
    <message>
        <source>The server sent a message larger than %1 MiB, more than any Live API message needs; the connection was closed (1009)</source>
        <translation>サーバーが %1 MiB を超えるメッセージを送信しました。Live API のメッセージに必要な大きさを超えています。接続を閉じました (1009)</translation>
    </message>
</context>
<context>
    <name>livedesk::tools::BuiltinTools</name>
    <message>
        <source>LiveDesk timer</source>
        <translation>LiveDesk タイマー</translation>
    </message>
</context>
<context>
    <name>livedesk::video</name>
    <message>
        <source>No file or folder to share was given.</source>
        <translation>共有するファイルやフォルダーが指定されていません。</translation>
    </message>
    <message>
        <source>“%1” is not a screen number (0, 1, …).</source>
        <translation>「%1」は画面番号（0、1、…）ではありません。</translation>
    </message>
    <message>
        <source>No window to share was given.</source>
        <translation>共有するウィンドウが指定されていません。</translation>
    </message>
    <message>
        <source>No window has “%1” in its title.</source>
        <translation>タイトルに「%1」を含むウィンドウはありません。</translation>
    </message>
    <message>
        <source>%1 windows have “%2” in their title; give its id instead.</source>
        <translation>タイトルに「%2」を含むウィンドウが %1 個あります。代わりに ID を指定してください。</translation>
    </message>
    <message>
        <source>No video source was chosen.</source>
        <translation>ビデオソースが選ばれていません。</translation>
    </message>
</context>
<context>
    <name>livedesk::video::CameraSource</name>
    <message>
        <source>No camera found.</source>
        <translation>カメラが見つかりません。</translation>
    </message>
    <message>
        <source>Camera “%1” not found; available: %2.</source>
        <translation>カメラ「%1」が見つかりません。利用可能：%2。</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>カメラ：%1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Camera access was denied. Allow it in the system&apos;s privacy settings.</source>
        <translation>カメラへのアクセスが拒否されました。システムのプライバシー設定で許可してください。</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>カメラに障害が発生しました：%1</translation>
    </message>
    <message>
        <source>The camera stopped unexpectedly.</source>
        <translation>カメラが予期せず停止しました。</translation>
    </message>
</context>
<context>
    <name>livedesk::video::FileSource</name>
    <message>
        <source>Folder: %1</source>
        <translation>フォルダー：%1</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>ビデオ：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル：%1</translation>
    </message>
    <message>
        <source>The image “%1” cannot be read: %2.</source>
        <translation>画像「%1」を読み込めません：%2。</translation>
    </message>
    <message>
        <source>The image “%1” is too large (%2 MB; the limit is %3 MB).</source>
        <translation>画像「%1」が大きすぎます（%2 MB。上限は %3 MB）。</translation>
    </message>
    <message>
        <source>“%1” is not an image that can be read (the file is corrupt or in an unsupported format).</source>
        <translation>「%1」は読み込める画像ではありません（ファイルが壊れているか、対応していない形式です）。</translation>
    </message>
    <message>
        <source>No file or folder was given.</source>
        <translation>ファイルやフォルダーが指定されていません。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (permission denied).</source>
        <translation>「%1」を読み込めません（アクセスが拒否されました）。</translation>
    </message>
    <message>
        <source>The folder “%1” contains no images (looked for %2).</source>
        <translation>フォルダー「%1」に画像がありません（%2 を探しました）。</translation>
    </message>
    <message>
        <source>The video “%1” is empty.</source>
        <translation>ビデオ「%1」は空です。</translation>
    </message>
    <message>
        <source>“%1” could not be opened as a video (the file is corrupt or in a format this build cannot decode).</source>
        <translation>「%1」をビデオとして開けませんでした（ファイルが壊れているか、このビルドではデコードできない形式です）。</translation>
    </message>
    <message>
        <source>“%1” contains no video frames that can be decoded.</source>
        <translation>「%1」にはデコードできるビデオフレームがありません。</translation>
    </message>
    <message>
        <source>“%1” looks like a video, but this build cannot read video files (OpenCV&apos;s videoio module is missing).</source>
        <translation>「%1」はビデオのようですが、このビルドではビデオファイルを読み込めません（OpenCV の videoio モジュールがありません）。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) in “%1” can be read.</source>
        <translation>
            <numerusform>「%1」の %n 枚の画像はどれも読み込めません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame %1 of “%2” cannot be decoded (the file is corrupt).</source>
        <translation>「%2」のフレーム %1 をデコードできません（ファイルが壊れています）。</translation>
    </message>
    <message>
        <source>Frame %1 of “%2” has a pixel format that cannot be shown.</source>
        <translation>「%2」のフレーム %1 は表示できないピクセル形式です。</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation>「%1」の読み込みに失敗しました：%2</translation>
    </message>
    <message>
        <source>The image “%1” is too large: %2×%3 pixels (the limit is %4 megapixels).</source>
        <translation>画像「%1」が大きすぎます: %2×%3 ピクセル（上限は %4 メガピクセル）。</translation>
    </message>
</context>
<context>
    <name>livedesk::video::ScreenSource</name>
    <message>
        <source>Screen capture needs a graphical application; this process has none.</source>
        <translation>画面キャプチャにはグラフィカルなアプリケーションが必要ですが、このプロセスは違います。</translation>
    </message>
    <message>
        <source>Window sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>Wayland ではまだウィンドウを共有できません：デスクトップポータル（xdg-desktop-portal）が必要ですが、LiveDesk は使用していません。カメラやファイルを共有するか、X11 セッションでログインしてください。</translation>
    </message>
    <message>
        <source>Screen sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>Wayland ではまだ画面を共有できません：デスクトップポータル（xdg-desktop-portal）が必要ですが、LiveDesk は使用していません。カメラやファイルを共有するか、X11 セッションでログインしてください。</translation>
    </message>
    <message>
        <source>Window sharing is not available: LiveDesk runs through XWayland in a Wayland session, where other windows can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>ウィンドウを共有できません：LiveDesk は Wayland セッションの XWayland 上で動いており、他のウィンドウはデスクトップポータル経由でしか読み取れませんが、LiveDesk はまだそれを使用していません。</translation>
    </message>
    <message>
        <source>Screen sharing is not available: LiveDesk runs through XWayland in a Wayland session, where the screen can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>画面を共有できません：LiveDesk は Wayland セッションの XWayland 上で動いており、画面はデスクトップポータル経由でしか読み取れませんが、LiveDesk はまだそれを使用していません。</translation>
    </message>
    <message>
        <source>Screen capture needs a display; this process runs without one (Qt platform “%1”).</source>
        <translation>画面キャプチャにはディスプレイが必要ですが、このプロセスにはありません（Qt プラットフォーム「%1」）。</translation>
    </message>
    <message>
        <source>Sharing a single window is only supported on X11 so far; share the screen or a region of it instead.</source>
        <translation>単一ウィンドウの共有は今のところ X11 でのみ可能です。画面全体かその一部を共有してください。</translation>
    </message>
    <message>
        <source>Window 0x%1</source>
        <translation>ウィンドウ 0x%1</translation>
    </message>
    <message>
        <source>Primary screen%1</source>
        <translation>メイン画面%1</translation>
    </message>
    <message>
        <source>Screen %1%2</source>
        <translation>画面 %1%2</translation>
    </message>
    <message numerus="yes">
        <source>Screen %1 not found; there are %n screen(s).</source>
        <translation>
            <numerusform>画面 %1 が見つかりません。画面は %n 台です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Window 0x%1 not found; it may have been closed.</source>
        <translation>ウィンドウ 0x%1 が見つかりません。閉じられた可能性があります。</translation>
    </message>
    <message>
        <source>The region %1,%2 %3×%4 lies outside what is shared (%5×%6).</source>
        <translation>領域 %1,%2 %3×%4 は共有範囲（%5×%6）の外にあります。</translation>
    </message>
    <message>
        <source>The shared screen was disconnected.</source>
        <translation>共有中の画面が切断されました。</translation>
    </message>
    <message>
        <source>The shared window was closed.</source>
        <translation>共有中のウィンドウが閉じられました。</translation>
    </message>
    <message>
        <source>The platform returned no picture for %1.</source>
        <translation>プラットフォームから %1 の画像が返されませんでした。</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11.</source>
        <translation>ウィンドウの一覧は X11 でのみ取得できます。</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11, and this build has no xcb support.</source>
        <translation>ウィンドウの一覧は X11 でのみ取得でき、このビルドには xcb のサポートがありません。</translation>
    </message>
</context>
<context>
    <name>livedesk::video::VideoSettings</name>
    <message>
        <source>The frame rate must be above 0 and at most 1 frame per second (got %1).</source>
        <translation>フレームレートは 0 より大きく、毎秒 1 フレーム以下でなければなりません（指定値：%1）。</translation>
    </message>
    <message>
        <source>The idle frame rate must be above 0 (got %1).</source>
        <translation>アイドル時のフレームレートは 0 より大きくなければなりません（指定値：%1）。</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100 (got %1).</source>
        <translation>JPEG 品質は 1 から 100 の間でなければなりません（指定値：%1）。</translation>
    </message>
    <message>
        <source>The longest side must be between %1 and %2 pixels (got %3).</source>
        <translation>長辺は %1 から %2 ピクセルの間でなければなりません（指定値：%3）。</translation>
    </message>
    <message>
        <source>The keep-alive interval cannot be negative (got %1 ms).</source>
        <translation>キープアライブの間隔は負の値にできません（指定値：%1 ミリ秒）。</translation>
    </message>
</context>
</TS>
