<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LiveDesk</source>
        <translation>حول LiveDesk</translation>
    </message>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>مساعد صوتي ومرئي لسطح المكتب يعمل مع Gemini Live API.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>المكتبات</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>غير مضمّنة في هذا الإصدار</translation>
    </message>
    <message>
        <source>Features of this build</source>
        <translation>ميزات هذا الإصدار</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>غير متاحة</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>نسخ معلومات الإصدار</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CaptionsView</name>
    <message>
        <source>Captions</source>
        <translation>الترجمة المصاحبة</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
</context>
<context>
    <name>CaptionsWindow</name>
    <message>
        <source>LiveDesk captions</source>
        <translation>الترجمة المصاحبة في LiveDesk</translation>
    </message>
    <message>
        <source>Captions appear here</source>
        <translation>تظهر الترجمة المصاحبة هنا</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>A conversation is running</source>
        <translation>توجد محادثة جارية</translation>
    </message>
    <message>
        <source>Keep talking with the window hidden (LiveDesk stays in the system tray), or end the conversation and quit?</source>
        <translation>هل تريد مواصلة الحديث مع إخفاء النافذة (يبقى LiveDesk في علبة النظام)، أم إنهاء المحادثة والخروج؟</translation>
    </message>
    <message>
        <source>Keep talking with the window minimised, or end the conversation and quit?</source>
        <translation>هل تريد مواصلة الحديث مع تصغير النافذة، أم إنهاء المحادثة والخروج؟</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>تذكّر اختياري</translation>
    </message>
    <message>
        <source>Keep in tray</source>
        <translation>إبقاء في العلبة</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>End and quit</source>
        <translation>إنهاء وخروج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Allow “%1”?</source>
        <translation>هل تسمح بتشغيل «%1»؟</translation>
    </message>
    <message>
        <source>The model wants to run a tool that can change something or share your data.</source>
        <translation>يريد النموذج تشغيل أداة قد تغيّر شيئًا أو تشارك بياناتك.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>الوسائط</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more waiting</source>
        <translation>
            <numerusform>لا طلبات أخرى في الانتظار</numerusform>
            <numerusform>طلب واحد آخر في الانتظار</numerusform>
            <numerusform>طلبان آخران في الانتظار</numerusform>
            <numerusform>%Ln طلبات أخرى في الانتظار</numerusform>
            <numerusform>%Ln طلبًا آخر في الانتظار</numerusform>
            <numerusform>%Ln طلب آخر في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>السماح مرة واحدة</translation>
    </message>
    <message>
        <source>Allow for this session</source>
        <translation>السماح لهذه الجلسة</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>السماح دائمًا</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>رفض</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Hold Space or the Talk button while you speak, or type below.</source>
        <translation>اضغط مع الاستمرار على مفتاح المسافة أو زر «تحدّث» أثناء الكلام، أو اكتب في الأسفل.</translation>
    </message>
    <message>
        <source>Just start speaking, or type below.</source>
        <translation>ابدأ الكلام مباشرة، أو اكتب في الأسفل.</translation>
    </message>
    <message>
        <source>Start a conversation, then speak naturally. Share your camera or screen for help with what you see.</source>
        <translation>ابدأ محادثة ثم تحدّث بشكل طبيعي. شارك الكاميرا أو الشاشة لتحصل على مساعدة بشأن ما تراه.</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>بدء المحادثة</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>عرض تجريبي دون اتصال</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>إلغاء كتم الميكروفون</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>كتم الميكروفون</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>إيقاف مشاركة الكاميرا</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>مشاركة الكاميرا</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>إيقاف مشاركة الشاشة</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>مشاركة الشاشة</translation>
    </message>
    <message>
        <source>Camera, screen and tool calls</source>
        <translation>الكاميرا والشاشة واستدعاءات الأدوات</translation>
    </message>
    <message>
        <source>End</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>إنهاء المحادثة</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>الترجمة المصاحبة</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Stop recording (Ctrl+R)</source>
        <translation>إيقاف التسجيل (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record the conversation (Ctrl+R)</source>
        <translation>تسجيل المحادثة (Ctrl+R)</translation>
    </message>
    <message>
        <source>New reply: %1</source>
        <translation>رد جديد: %1</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide details</source>
        <translation>إخفاء التفاصيل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Search what was said</source>
        <translation>ابحث فيما قيل</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>ابحث في السجل</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>الاحتفاظ لمدة</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>دائمًا</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Days to keep conversations (0 keeps them forever)</source>
        <translation>عدد أيام الاحتفاظ بالمحادثات (0 للاحتفاظ بها دائمًا)</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>المحادثات السابقة</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>لا توجد محادثة تذكر «%1».</translation>
    </message>
    <message>
        <source>Conversations are saved here as you have them.</source>
        <translation>تُحفظ المحادثات هنا أثناء إجرائها.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>محادثة بلا عنوان</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>تصدير بصيغة Markdown</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>تصدير بصيغة JSON</translation>
    </message>
    <message>
        <source>Delete this conversation</source>
        <translation>حذف هذه المحادثة</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>الأداة %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Choose a conversation to read it again.</source>
        <translation>اختر محادثة لقراءتها مرة أخرى.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message>
        <source>Delete this conversation?</source>
        <translation>هل تريد حذف هذه المحادثة؟</translation>
    </message>
    <message>
        <source>It is removed from the history for good. A recording of it stays where it was saved.</source>
        <translation>ستُحذف من السجل نهائيًا. يبقى تسجيلها حيث حُفظ.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to %1 days.</source>
        <translation>احتفظ بالمحادثات من 0 (للأبد) إلى %1 يومًا.</translation>
    </message>
    <message>
        <source>Move the damaged history aside and start a new one</source>
        <translation>انقل السجل التالف جانبًا وابدأ سجلًا جديدًا</translation>
    </message>
</context>
<context>
    <name>ListenSourcePicker</name>
    <message>
        <source>Listen to</source>
        <translation>الاستماع إلى</translation>
    </message>
    <message>
        <source>As a microphone</source>
        <translation>كميكروفون</translation>
    </message>
    <message>
        <source>Other programs (a call) can pick “LiveDesk translation” as their microphone.</source>
        <translation>يمكن للبرامج الأخرى (كمكالمة) اختيار «LiveDesk translation» ميكروفونًا لها.</translation>
    </message>
    <message>
        <source>Captions window</source>
        <translation>نافذة الترجمة المصاحبة</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Hold to talk (push-to-talk mode)</source>
        <translation>اضغط مع الاستمرار للتحدث (وضع الضغط للتحدث)</translation>
    </message>
    <message>
        <source>Talk: start or end your turn, or interrupt the model</source>
        <translation>تحدّث: ابدأ دورك أو أنهِه، أو قاطع النموذج</translation>
    </message>
    <message>
        <source>Start or end the conversation</source>
        <translation>بدء المحادثة أو إنهاؤها</translation>
    </message>
    <message>
        <source>Start the offline demo</source>
        <translation>بدء العرض التجريبي دون اتصال</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>كتم الميكروفون أو إلغاء كتمه</translation>
    </message>
    <message>
        <source>Share the camera, or stop</source>
        <translation>مشاركة الكاميرا أو إيقافها</translation>
    </message>
    <message>
        <source>Share the screen, or stop</source>
        <translation>مشاركة الشاشة أو إيقافها</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>كتابة رسالة</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>نسخ النص المفرّغ</translation>
    </message>
    <message>
        <source>Larger or smaller transcript text</source>
        <translation>تكبير نص المحادثة أو تصغيره</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>الانتقال إلى صفحة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Mini mode</source>
        <translation>الوضع المصغّر</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Record the conversation, or stop</source>
        <translation>تسجيل المحادثة أو إيقاف التسجيل</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Type a message…</source>
        <translation>اكتب رسالة…</translation>
    </message>
    <message>
        <source>Start a conversation to type</source>
        <translation>ابدأ محادثة لتتمكن من الكتابة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <source>LiveDesk mini mode</source>
        <translation>الوضع المصغّر في LiveDesk</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>إلغاء كتم الميكروفون</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>كتم الميكروفون</translation>
    </message>
    <message>
        <source>Leave mini mode</source>
        <translation>الخروج من الوضع المصغّر</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>إنهاء المحادثة</translation>
    </message>
</context>
<context>
    <name>ModePicker</name>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>بين</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Mode&apos;s default</source>
        <translation>افتراضي الوضع</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>اللغة المنطوقة</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>into</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>اللغة المترجم إليها</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Mini mode (Ctrl+Shift+M)</source>
        <translation>الوضع المصغّر (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>اختصارات لوحة المفاتيح (F1)</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>حول LiveDesk</translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>Dismiss note</source>
        <translation>إغلاق الملاحظة</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>تشغيل التسجيل</translation>
    </message>
    <message>
        <source>Show the recording&apos;s folder</source>
        <translation>إظهار مجلد التسجيل</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>Recording</source>
        <translation>التسجيل</translation>
    </message>
</context>
<context>
    <name>ScreenShareDialog</name>
    <message>
        <source>Share your screen</source>
        <translation>مشاركة الشاشة</translation>
    </message>
    <message>
        <source>Choose what the model sees. It receives a picture of it about once a second until you stop sharing.</source>
        <translation>اختر ما يراه النموذج. يتلقى صورة منه مرة في الثانية تقريبًا حتى توقف المشاركة.</translation>
    </message>
    <message>
        <source>Screens and windows</source>
        <translation>الشاشات والنوافذ</translation>
    </message>
    <message>
        <source>No screen or window can be shared.</source>
        <translation>لا توجد شاشة أو نافذة يمكن مشاركتها.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Saved: %1</source>
        <translation>محفوظ: %1</translation>
    </message>
    <message>
        <source>Hide what you type</source>
        <translation>إخفاء ما تكتبه</translation>
    </message>
    <message>
        <source>Show what you type</source>
        <translation>إظهار ما تكتبه</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>In use until you quit: %1</source>
        <translation>قيد الاستخدام حتى الخروج: %1</translation>
    </message>
</context>
<context>
    <name>SettingChoice</name>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (غير متاح)</translation>
    </message>
</context>
<context>
    <name>SettingText</name>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>اختيار %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>النموذج والصوت</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>التحدث</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Camera and screen</source>
        <translation>الكاميرا والشاشة</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>أقسام الإعدادات</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Where the conversation runs. The offline demo needs no key and no network.</source>
        <translation>مكان تشغيل المحادثة. لا يحتاج العرض التجريبي دون اتصال إلى مفتاح ولا إلى شبكة.</translation>
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
        <translation>خادم رموز مؤقتة</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>عنوان URL مخصص</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>عرض تجريبي دون اتصال</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>مفتاح Gemini API</translation>
    </message>
    <message>
        <source>Paste your key from Google AI Studio</source>
        <translation>الصق مفتاحك من Google AI Studio</translation>
    </message>
    <message>
        <source>Google Cloud project</source>
        <translation>مشروع Google Cloud</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>A region such as us-central1, or global.</source>
        <translation>منطقة مثل us-central1 أو global.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>بيانات الاعتماد</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>رمز وصول OAuth</translation>
    </message>
    <message>
        <source>Express-mode API key</source>
        <translation>مفتاح API للوضع السريع</translation>
    </message>
    <message>
        <source>Vertex AI credential</source>
        <translation>بيانات اعتماد Vertex AI</translation>
    </message>
    <message>
        <source>Access token or API key</source>
        <translation>رمز وصول أو مفتاح API</translation>
    </message>
    <message>
        <source>Token server</source>
        <translation>خادم الرموز</translation>
    </message>
    <message>
        <source>Your server that creates short-lived tokens, so the API key never leaves it.</source>
        <translation>خادمك الذي يصدر رموزًا قصيرة الأجل، فلا يغادره مفتاح API أبدًا.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>عنوان URL للخادم</translation>
    </message>
    <message>
        <source>A Live API compatible WebSocket server.</source>
        <translation>خادم WebSocket متوافق مع Live API.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Add a model by name</source>
        <translation>إضافة نموذج بالاسم</translation>
    </message>
    <message>
        <source>Model name to add</source>
        <translation>اسم النموذج المراد إضافته</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Response language</source>
        <translation>لغة الرد</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>تعليمات النظام</translation>
    </message>
    <message>
        <source>How the model should behave, in your words.</source>
        <translation>كيف ينبغي أن يتصرف النموذج، بكلماتك.</translation>
    </message>
    <message>
        <source>You are a friendly assistant who answers briefly.</source>
        <translation>أنت مساعد ودود يجيب باختصار.</translation>
    </message>
    <message>
        <source>Affective dialog</source>
        <translation>الحوار العاطفي</translation>
    </message>
    <message>
        <source>The model adapts its tone to how you sound.</source>
        <translation>يكيّف النموذج نبرته مع طريقة حديثك.</translation>
    </message>
    <message>
        <source>Proactive audio</source>
        <translation>الصوت الاستباقي</translation>
    </message>
    <message>
        <source>The model may stay silent when a reply is not needed.</source>
        <translation>قد يلتزم النموذج الصمت حين لا يلزم الرد.</translation>
    </message>
    <message>
        <source>Transcribe what you say</source>
        <translation>تفريغ ما تقوله نصيًا</translation>
    </message>
    <message>
        <source>Transcribe what the model says</source>
        <translation>تفريغ ما يقوله النموذج نصيًا</translation>
    </message>
    <message>
        <source>Context compression</source>
        <translation>ضغط السياق</translation>
    </message>
    <message>
        <source>Lets conversations run longer than 15 minutes (2 with video).</source>
        <translation>يتيح محادثات أطول من 15 دقيقة (دقيقتان مع الفيديو).</translation>
    </message>
    <message>
        <source>Talk mode</source>
        <translation>وضع التحدث</translation>
    </message>
    <message>
        <source>Applies to the next conversation.</source>
        <translation>يُطبَّق على المحادثة التالية.</translation>
    </message>
    <message>
        <source>Hands-free (the service detects speech)</source>
        <translation>دون استخدام اليدين (تكتشف الخدمة الكلام)</translation>
    </message>
    <message>
        <source>Hands-free (LiveDesk detects speech)</source>
        <translation>دون استخدام اليدين (يكتشف LiveDesk الكلام)</translation>
    </message>
    <message>
        <source>Push to talk (click, or hold Space)</source>
        <translation>الضغط للتحدث (انقر، أو اضغط مع الاستمرار على المسافة)</translation>
    </message>
    <message>
        <source>When you speak over the model</source>
        <translation>عندما تتكلم أثناء حديث النموذج</translation>
    </message>
    <message>
        <source>Interrupt it</source>
        <translation>قاطِعه</translation>
    </message>
    <message>
        <source>Let it finish</source>
        <translation>دعه يُكمل</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>حساسية بدء الكلام</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>الافتراضي للخدمة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>End-of-speech sensitivity</source>
        <translation>حساسية انتهاء الكلام</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>الصمت الذي ينهي دورك</translation>
    </message>
    <message>
        <source>0 uses the service&apos;s default.</source>
        <translation>القيمة 0 تستخدم الافتراضي للخدمة.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ملّي ث</translation>
    </message>
    <message>
        <source>Speech needed to start a turn</source>
        <translation>الكلام اللازم لبدء دور</translation>
    </message>
    <message>
        <source>Local barge-in</source>
        <translation>المقاطعة المحلية</translation>
    </message>
    <message>
        <source>What LiveDesk does at once when you start talking while the model speaks.</source>
        <translation>ما يفعله LiveDesk فورًا عندما تبدأ الكلام أثناء حديث النموذج.</translation>
    </message>
    <message>
        <source>Lower the model&apos;s voice</source>
        <translation>خفض صوت النموذج</translation>
    </message>
    <message>
        <source>Stop the model</source>
        <translation>إيقاف النموذج</translation>
    </message>
    <message>
        <source>Nothing (wait for the service)</source>
        <translation>لا شيء (انتظار الخدمة)</translation>
    </message>
    <message>
        <source>Barge-in sensitivity</source>
        <translation>حساسية المقاطعة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>مكبر الصوت</translation>
    </message>
    <message>
        <source>Echo cancellation</source>
        <translation>إلغاء الصدى</translation>
    </message>
    <message>
        <source>Keeps the model from hearing itself through your speakers.</source>
        <translation>يمنع النموذج من سماع نفسه عبر مكبرات الصوت.</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>كبت الضوضاء</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>سرعة الكلام</translation>
    </message>
    <message>
        <source>From 0.5 (slower) to 2 (faster); the pitch stays the same.</source>
        <translation>من 0.5 (أبطأ) إلى 2 (أسرع)؛ تبقى طبقة الصوت كما هي.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>معدل الإطارات</translation>
    </message>
    <message>
        <source>At most one frame per second; fewer costs less.</source>
        <translation>إطار واحد في الثانية على الأكثر؛ الأقل أرخص.</translation>
    </message>
    <message>
        <source>frames/s</source>
        <translation>إطار/ث</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Higher shows more detail and costs more tokens per frame.</source>
        <translation>الأعلى يُظهر تفاصيل أكثر ويكلّف رموزًا أكثر لكل إطار.</translation>
    </message>
    <message>
        <source>Low (512 px)</source>
        <translation>منخفضة (512 بكسل)</translation>
    </message>
    <message>
        <source>Medium (1024 px)</source>
        <translation>متوسطة (1024 بكسل)</translation>
    </message>
    <message>
        <source>High (1536 px)</source>
        <translation>عالية (1536 بكسل)</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>جودة JPEG</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>بحث Google</translation>
    </message>
    <message>
        <source>The model may search the web; its sources show under the answer.</source>
        <translation>يمكن للنموذج البحث في الويب؛ تظهر مصادره تحت الإجابة.</translation>
    </message>
    <message>
        <source>Tools file</source>
        <translation>ملف الأدوات</translation>
    </message>
    <message>
        <source>A JSON file of your own tools (commands or web requests).</source>
        <translation>ملف JSON لأدواتك الخاصة (أوامر أو طلبات ويب).</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>خوادم MCP</translation>
    </message>
    <message>
        <source>A JSON file in the common “mcpServers” format.</source>
        <translation>ملف JSON بتنسيق «mcpServers» الشائع.</translation>
    </message>
    <message>
        <source>Always allowed</source>
        <translation>مسموح بها دائمًا</translation>
    </message>
    <message>
        <source>Tools you allowed for good. Remove one to be asked again.</source>
        <translation>الأدوات التي سمحت بها نهائيًا. أزِل إحداها ليُطلب إذنك مجددًا.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Stop always allowing %1</source>
        <translation>التوقف عن السماح دائمًا بـ %1</translation>
    </message>
    <message>
        <source>Use my own prices</source>
        <translation>استخدام أسعاري الخاصة</translation>
    </message>
    <message>
        <source>Otherwise the published prices of the chosen model are used. The cost shown is an estimate.</source>
        <translation>وإلا تُستخدم الأسعار المنشورة للنموذج المختار. التكلفة المعروضة تقديرية.</translation>
    </message>
    <message>
        <source>Text input</source>
        <translation>إدخال النص</translation>
    </message>
    <message>
        <source>US$ per million tokens</source>
        <translation>دولار أمريكي لكل مليون رمز</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>إدخال الصوت</translation>
    </message>
    <message>
        <source>Image and video input</source>
        <translation>إدخال الصور والفيديو</translation>
    </message>
    <message>
        <source>Text output</source>
        <translation>إخراج النص</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>إخراج الصوت</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>Transcript text size</source>
        <translation>حجم نص المحادثة</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus change it too.</source>
        <translation>يمكن أيضًا استخدام Ctrl+زائد وCtrl+ناقص.</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <source>Closing the window during a conversation</source>
        <translation>إغلاق النافذة أثناء محادثة</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Keep running in the background</source>
        <translation>مواصلة العمل في الخلفية</translation>
    </message>
    <message>
        <source>End the conversation and quit</source>
        <translation>إنهاء المحادثة والخروج</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>الرسم</translation>
    </message>
    <message>
        <source>Software drawing repaints only what changes and uses less power where there is no graphics driver. Applies when LiveDesk starts again.</source>
        <translation>الرسم البرمجي يعيد رسم ما يتغير فقط ويستهلك طاقة أقل حيث لا يوجد برنامج تشغيل للرسومات. يُطبَّق عند تشغيل LiveDesk من جديد.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Graphics card (OpenGL)</source>
        <translation>بطاقة الرسومات (OpenGL)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>برمجي</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON ‏(*.json)</translation>
    </message>
    <message>
        <source>Hear the original quietly</source>
        <translation>سماع الأصل بصوت منخفض</translation>
    </message>
    <message>
        <source>When translating the computer or an application: the original plays under the translation.</source>
        <translation>عند ترجمة صوت الحاسوب أو أحد التطبيقات: يُشغَّل الأصل تحت الترجمة.</translation>
    </message>
    <message>
        <source>Level of the original</source>
        <translation>مستوى الأصل</translation>
    </message>
    <message>
        <source>Below its full level, from -60 to 0 dB (-22 dB is 8 %).</source>
        <translation>أقل من مستواه الكامل، من ‎-60 إلى 0 ديسيبل (‎-22 ديسيبل تساوي 8 %).</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>ديسيبل</translation>
    </message>
    <message>
        <source>Send the original when there is no translation</source>
        <translation>إرسال الأصل عند عدم وجود ترجمة</translation>
    </message>
    <message>
        <source>With “As a microphone”: the call hears the original until the translation speaks.</source>
        <translation>مع «كميكروفون»: تسمع المكالمة الأصل حتى تبدأ الترجمة.</translation>
    </message>
</context>
<context>
    <name>SharingIndicator</name>
    <message>
        <source>Camera paused</source>
        <translation>الكاميرا متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Screen sharing paused</source>
        <translation>مشاركة الشاشة متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Sharing the camera</source>
        <translation>تتم مشاركة الكاميرا</translation>
    </message>
    <message>
        <source>Sharing the screen</source>
        <translation>تتم مشاركة الشاشة</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>إيقاف مشاركة الكاميرا</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>إيقاف مشاركة الشاشة</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
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
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>key</comment>
        <translation>إدخال</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Live (offline demo)</source>
        <translation>مباشر (عرض تجريبي دون اتصال)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>جارٍ الإنهاء…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Session time %1</source>
        <translation>مدة الجلسة %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>لا إعادة اتصال</numerusform>
            <numerusform>إعادة اتصال واحدة</numerusform>
            <numerusform>إعادتا اتصال</numerusform>
            <numerusform>%Ln إعادات اتصال</numerusform>
            <numerusform>%Ln إعادة اتصال</numerusform>
            <numerusform>%Ln إعادة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 رمز</translation>
    </message>
    <message>
        <source>In: %1 · Out: %2</source>
        <translation>الداخل: %1 · الخارج: %2</translation>
    </message>
    <message>
        <source>≈ US$%1</source>
        <translation>≈ %1 دولار أمريكي</translation>
    </message>
    <message>
        <source>Estimated cost %1 US dollars</source>
        <translation>التكلفة التقديرية %1 دولار أمريكي</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>تحدّث</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>مقاطعة</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>يستمع</translation>
    </message>
    <message>
        <source>Click to start or end your turn, or hold to talk. Space also holds.</source>
        <translation>انقر لبدء دورك أو إنهائه، أو اضغط مع الاستمرار للتحدث. مفتاح المسافة يعمل أيضًا.</translation>
    </message>
    <message>
        <source>The microphone is open. Click to interrupt the model.</source>
        <translation>الميكروفون مفتوح. انقر لمقاطعة النموذج.</translation>
    </message>
    <message>
        <source>Starts a conversation.</source>
        <translation>يبدأ محادثة.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ملّي ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Tool call %1: %2</source>
        <translation>استدعاء الأداة %1: %2</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>الوسائط: %1</translation>
    </message>
</context>
<context>
    <name>ToolCallsPanel</name>
    <message>
        <source>Tool calls</source>
        <translation>استدعاءات الأدوات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>لا شيء قيد التشغيل</numerusform>
            <numerusform>واحد قيد التشغيل</numerusform>
            <numerusform>اثنان قيد التشغيل</numerusform>
            <numerusform>%Ln قيد التشغيل</numerusform>
            <numerusform>%Ln قيد التشغيل</numerusform>
            <numerusform>%Ln قيد التشغيل</numerusform>
        </translation>
    </message>
    <message>
        <source>When the model uses a tool, it shows here.</source>
        <translation>عندما يستخدم النموذج أداة، تظهر هنا.</translation>
    </message>
</context>
<context>
    <name>TranscriptBubble</name>
    <message>
        <source>You said: %1</source>
        <translation>قلتَ: %1</translation>
    </message>
    <message>
        <source>The model said: %1</source>
        <translation>قال النموذج: %1</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>مقاطَع</translation>
    </message>
    <message>
        <source>(no words recognised)</source>
        <translation>(لم يُتعرّف على أي كلمات)</translation>
    </message>
    <message>
        <source>Interrupted · struck-out words were not heard</source>
        <translation>مقاطَع · لم تُسمع الكلمات المشطوبة</translation>
    </message>
    <message>
        <source>Copy your message %1</source>
        <translation>نسخ رسالتك %1</translation>
    </message>
    <message>
        <source>Copy answer %1</source>
        <translation>نسخ الرد %1</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>النص المفرّغ للمحادثة</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>بانتظار التأكيد</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>الأحدث</translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message>
        <source>Camera and screen</source>
        <translation>الكاميرا والشاشة</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>تتم المشاركة</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>إيقاف مشاركة الكاميرا</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>مشاركة الكاميرا</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>إيقاف مشاركة الشاشة</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>مشاركة الشاشة</translation>
    </message>
    <message>
        <source>Resume sharing</source>
        <translation>استئناف المشاركة</translation>
    </message>
    <message>
        <source>Pause sharing</source>
        <translation>إيقاف المشاركة مؤقتًا</translation>
    </message>
    <message>
        <source>The frame last sent to the model</source>
        <translation>آخر إطار أُرسل إلى النموذج</translation>
    </message>
    <message>
        <source>Waiting for the first frame…</source>
        <translation>بانتظار الإطار الأول…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln frame(s) sent</source>
        <translation>
            <numerusform>%1 · لم يُرسل أي إطار</numerusform>
            <numerusform>%1 · أُرسل إطار واحد</numerusform>
            <numerusform>%1 · أُرسل إطاران</numerusform>
            <numerusform>%1 · أُرسلت %Ln إطارات</numerusform>
            <numerusform>%1 · أُرسل %Ln إطارًا</numerusform>
            <numerusform>%1 · أُرسل %Ln إطار</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a conversation to share your camera or screen.</source>
        <translation>ابدأ محادثة لمشاركة الكاميرا أو الشاشة.</translation>
    </message>
</context>
<context>
    <name>VoiceVisual</name>
    <message>
        <source>Microphone off</source>
        <translation>الميكروفون مغلق</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>يستمع</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>أسمعك</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>يفكّر…</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>يتحدث</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>مقاطَع</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Voice: %1</source>
        <translation>الصوت: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>مرحبًا بك في LiveDesk</translation>
    </message>
    <message>
        <source>Talk with Gemini in real time, and show it your camera or screen.</source>
        <translation>تحدّث مع Gemini في الوقت الفعلي، وأرِه الكاميرا أو الشاشة.</translation>
    </message>
    <message>
        <source>Try it without a key</source>
        <translation>جرّبه دون مفتاح</translation>
    </message>
    <message>
        <source>The offline demo runs a stand-in for the Live API on this computer: no account, no network. It answers with a synthetic voice and shows how tools and transcripts work.</source>
        <translation>يحاكي العرض التجريبي دون اتصال واجهة Live API على هذا الحاسوب: دون حساب ودون شبكة. يجيب بصوت مُركّب ويُظهر كيف تعمل الأدوات والنصوص المفرّغة.</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>جرّب العرض التجريبي دون اتصال</translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation>أدخل مفتاح API</translation>
    </message>
    <message>
        <source>Create a free key at &lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt;. LiveDesk keeps it in your system keychain.</source>
        <translation>أنشئ مفتاحًا مجانيًا على &lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt;. يحفظه LiveDesk في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>مفتاح Gemini API</translation>
    </message>
    <message>
        <source>Paste your key here</source>
        <translation>الصق مفتاحك هنا</translation>
    </message>
    <message>
        <source>Vertex AI and other ways to connect…</source>
        <translation>Vertex AI وطرق اتصال أخرى…</translation>
    </message>
</context>
<context>
    <name>livedesk::app</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a URL (expected e.g. ws://127.0.0.1:8765).</source>
        <translation>نقطة النهاية «%1» ليست عنوان URL (مثلًا ws://127.0.0.1:8765).</translation>
    </message>
    <message>
        <source>No model given and the model table has no default.</source>
        <translation>لم يُحدَّد نموذج، وليس في جدول النماذج نموذج افتراضي.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 30 prebuilt voices; the service may reject it.</source>
        <translation>«%1» ليس من الأصوات المُعدّة مسبقًا الثلاثين؛ قد ترفضه الخدمة.</translation>
    </message>
    <message>
        <source>%1 has been retired by the service (it answers 1008 &quot;not found&quot;); use %2.</source>
        <translation>أوقفت الخدمة %1 (تردّ بـ 1008 «not found»)؛ استخدم %2.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>البدء:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>الانتهاء:</translation>
    </message>
    <message>
        <source>not recorded (the app stopped, or the session is still running)</source>
        <translation>غير مسجّل (توقف التطبيق أو لا تزال الجلسة جارية)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>الوضع:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>الاستخدام:</translation>
    </message>
    <message>
        <source>%1 prompt tokens, %2 response tokens, about %3 USD</source>
        <translation>%1 رمز إدخال، %2 رمز استجابة، نحو %3 دولار أمريكي</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>التسجيل:</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(مقاطَع)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Tool `%1`: %2</source>
        <translation>الأداة `%1`: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ملّي ث</translation>
    </message>
    <message>
        <source>Cannot write the transcript %1: %2</source>
        <translation>تعذّرت كتابة النص %1: %2</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>Visual help</source>
        <translation>مساعدة مرئية</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>الترجمان</translation>
    </message>
    <message>
        <source>cue %1: &quot;%2&quot; is not a valid timing</source>
        <translation>المقطع %1: «%2» ليس توقيتًا صالحًا</translation>
    </message>
    <message>
        <source>cue %1: it ends before it starts</source>
        <translation>المقطع %1: ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <source>not a WebVTT file: it must start with WEBVTT</source>
        <translation>ليس ملف WebVTT: يجب أن يبدأ بـ WEBVTT</translation>
    </message>
    <message>
        <source>cue %1: no timing line (start --&gt; end)</source>
        <translation>المقطع %1: لا يوجد سطر توقيت (البداية --&gt; النهاية)</translation>
    </message>
    <message>
        <source>cue %1: expected a number, then a timing line</source>
        <translation>المقطع %1: يُتوقع رقم ثم سطر توقيت</translation>
    </message>
    <message>
        <source>%1: subtitles must be .vtt (WebVTT) or .srt</source>
        <translation>%1: يجب أن تكون الترجمة بصيغة ‎.vtt (WebVTT) أو ‎.srt</translation>
    </message>
    <message>
        <source>Cannot write the subtitles %1: %2</source>
        <translation>تعذّرت كتابة الترجمة %1: %2</translation>
    </message>
    <message>
        <source>Translation needs a target language (e.g. de-DE).</source>
        <translation>تحتاج الترجمة إلى لغة هدف (مثل de-DE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. de-DE or fr).</source>
        <translation>«%1» ليس رمز لغة (المتوقع مثل de-DE أو fr).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. en-US, or auto).</source>
        <translation>«%1» ليس رمز لغة (المتوقع مثل en-US أو auto).</translation>
    </message>
    <message>
        <source>Interpreting needs both languages: the source language of one person and the target language of the other.</source>
        <translation>تحتاج الترجمة الفورية إلى اللغتين: لغة الشخص الأول ولغة الشخص الآخر.</translation>
    </message>
    <message>
        <source>The source and target languages are the same (%1).</source>
        <translation>اللغة المصدر واللغة الهدف متطابقتان (%1).</translation>
    </message>
    <message>
        <source>%1 translates into one language only: everything will be translated into %2, not both ways. Choose a general model to interpret between two people.</source>
        <translation>%1 يترجم إلى لغة واحدة فقط: سيُترجم كل شيء إلى %2 وليس في الاتجاهين. اختر نموذجًا عامًا للترجمة الفورية بين شخصين.</translation>
    </message>
    <message>
        <source>%1 takes no instructions: the names and terms to keep were not sent.</source>
        <translation>%1 لا يقبل تعليمات: لم تُرسل الأسماء والمصطلحات المراد الإبقاء عليها.</translation>
    </message>
    <message>
        <source>%1 takes no system instruction; yours was not sent.</source>
        <translation>%1 لا يقبل تعليمات النظام؛ لم تُرسل تعليماتك.</translation>
    </message>
    <message>
        <source>%1 neither translates nor takes instructions: it will answer rather than translate.</source>
        <translation>%1 لا يترجم ولا يقبل تعليمات: سيجيب بدلًا من أن يترجم.</translation>
    </message>
    <message>
        <source>%1 takes spoken audio only; typed text is not sent.</source>
        <translation>لا يقبل %1 إلا الصوت المنطوق؛ لا يُرسل النص المكتوب.</translation>
    </message>
    <message>
        <source>pactl could not be started (install pulseaudio-utils)</source>
        <translation>تعذّر تشغيل pactl (ثبّت pulseaudio-utils)</translation>
    </message>
    <message>
        <source>pactl %1 did not answer within %2 s</source>
        <translation>لم يستجب pactl %1 خلال %2 ث</translation>
    </message>
    <message>
        <source>--listen app:NAME needs the application&apos;s name, e.g. app:firefox</source>
        <translation>يحتاج ‎--listen app:NAME إلى اسم التطبيق، مثل app:firefox</translation>
    </message>
    <message>
        <source>--listen expects system, app:NAME or mic, not &quot;%1&quot;</source>
        <translation>يتوقع ‎--listen القيمة system أو app:NAME أو mic، وليس «%1»</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AboutText</name>
    <message>
        <source>Application framework, audio and camera devices, interface</source>
        <translation>إطار التطبيق، وأجهزة الصوت والكاميرا، والواجهة</translation>
    </message>
    <message>
        <source>Resizing and JPEG encoding of camera and screen frames</source>
        <translation>تغيير حجم إطارات الكاميرا والشاشة وترميزها بصيغة JPEG</translation>
    </message>
    <message>
        <source>Echo cancellation, noise suppression and gain control</source>
        <translation>إلغاء الصدى وكبت الضوضاء والتحكم في الكسب</translation>
    </message>
    <message>
        <source>Sample-rate conversion</source>
        <translation>تحويل معدل العيّنات</translation>
    </message>
    <message>
        <source>Speech rate without a change of pitch</source>
        <translation>تغيير سرعة الكلام دون تغيير طبقة الصوت</translation>
    </message>
    <message>
        <source>Opus audio codec for recordings</source>
        <translation>ترميز الصوت Opus للتسجيلات</translation>
    </message>
    <message>
        <source>Ogg Opus files for recordings</source>
        <translation>ملفات Ogg Opus للتسجيلات</translation>
    </message>
    <message>
        <source>Speech for the offline demo</source>
        <translation>الكلام في العرض التجريبي دون اتصال</translation>
    </message>
    <message>
        <source>Keeps the API key in the system keychain</source>
        <translation>يحفظ مفتاح API في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Echo cancellation and noise suppression</source>
        <translation>إلغاء الصدى وكبت الضوضاء</translation>
    </message>
    <message>
        <source>Adjustable speech rate</source>
        <translation>سرعة كلام قابلة للضبط</translation>
    </message>
    <message>
        <source>Recording conversations as Ogg Opus</source>
        <translation>تسجيل المحادثات بصيغة Ogg Opus</translation>
    </message>
    <message>
        <source>Spoken answers in the offline demo</source>
        <translation>إجابات منطوقة في العرض التجريبي دون اتصال</translation>
    </message>
    <message>
        <source>API key in the system keychain</source>
        <translation>مفتاح API في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Video files as a frame source</source>
        <translation>ملفات الفيديو كمصدر للإطارات</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppController</name>
    <message>
        <source>The offline demo could not start</source>
        <translation>تعذّر بدء العرض التجريبي دون اتصال</translation>
    </message>
    <message>
        <source>No token server</source>
        <translation>لا يوجد خادم رموز</translation>
    </message>
    <message>
        <source>Enter the address of your token server in the settings.</source>
        <translation>أدخل عنوان خادم الرموز في الإعدادات.</translation>
    </message>
    <message>
        <source>No token from the token server</source>
        <translation>لم يُرسل خادم الرموز أي رمز</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>لا يوجد مفتاح API</translation>
    </message>
    <message>
        <source>Enter a Vertex AI access token or express-mode API key in the settings.</source>
        <translation>أدخل في الإعدادات رمز وصول Vertex AI أو مفتاح API للوضع السريع.</translation>
    </message>
    <message>
        <source>Enter your Gemini API key in the settings, or try the offline demo.</source>
        <translation>أدخل مفتاح Gemini API في الإعدادات، أو جرّب العرض التجريبي دون اتصال.</translation>
    </message>
    <message>
        <source>These settings cannot work</source>
        <translation>هذه الإعدادات لا يمكن أن تعمل</translation>
    </message>
    <message>
        <source>The tools could not be loaded</source>
        <translation>تعذّر تحميل الأدوات</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>مؤقّت: %1</translation>
    </message>
    <message>
        <source>The chosen device could not be opened.</source>
        <translation>تعذّر فتح الجهاز المختار.</translation>
    </message>
    <message>
        <source>Your saved modes could not be read: %1</source>
        <translation>تعذّرت قراءة أوضاعك المحفوظة: %1</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>حُفظ التسجيل: %1</translation>
    </message>
    <message>
        <source>The history cannot be saved: %1</source>
        <translation>لا يمكن حفظ السجل: %1</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to 36500 days.</source>
        <translation>احتفظ بالمحادثات من 0 (دائمًا) إلى 36500 يوم.</translation>
    </message>
    <message>
        <source>This conversation is not saved in the history: %1</source>
        <translation>هذه المحادثة غير محفوظة في السجل: %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>السجل: %1</translation>
    </message>
    <message>
        <source>Start a conversation to record it.</source>
        <translation>ابدأ محادثة لتسجيلها.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>لا توجد إجابة بعد</translation>
    </message>
    <message numerus="yes">
        <source>The model has not answered for %n second(s).</source>
        <translation>
            <numerusform>لم يُجب النموذج منذ %n ثانية.</numerusform>
            <numerusform>لم يُجب النموذج منذ ثانية واحدة.</numerusform>
            <numerusform>لم يُجب النموذج منذ ثانيتين.</numerusform>
            <numerusform>لم يُجب النموذج منذ %n ثوانٍ.</numerusform>
            <numerusform>لم يُجب النموذج منذ %n ثانية.</numerusform>
            <numerusform>لم يُجب النموذج منذ %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to ask again.</source>
        <translation>لا يوجد ما يُسأل عنه مجددًا.</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>العرض التجريبي دون اتصال</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The history is not damaged.</source>
        <translation>السجل غير تالف.</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1, but a new one cannot be started: %2</source>
        <translation>نُقل السجل التالف إلى %1، لكن تعذّر بدء سجل جديد: %2</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1; a new one was started.</source>
        <translation>نُقل السجل التالف إلى %1؛ وبُدئ سجل جديد.</translation>
    </message>
    <message>
        <source>The translation listens to the microphone: %1</source>
        <translation>تستمع الترجمة إلى الميكروفون: %1</translation>
    </message>
    <message>
        <source>The events or metrics file cannot be written</source>
        <translation>تعذّرت كتابة ملف الأحداث أو المقاييس</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>لم تُكتب: %1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppSettings</name>
    <message>
        <source>The settings file %1 could not be read, so LiveDesk uses its defaults. The file was left as it is; fix or remove it to get your settings back.</source>
        <translation>تعذّرت قراءة ملف الإعدادات %1، لذا يستخدم LiveDesk الإعدادات الافتراضية. تُرك الملف كما هو؛ أصلحه أو احذفه لاستعادة إعداداتك.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read or written; changes will not be kept.</source>
        <translation>تعذّرت قراءة ملف الإعدادات %1 أو الكتابة فيه؛ لن تُحفظ التغييرات.</translation>
    </message>
    <message>
        <source>These settings in %1 had values LiveDesk cannot use and were ignored (their defaults apply until you change them): %2.</source>
        <translation>كانت لهذه الإعدادات في %1 قيم لا يستطيع LiveDesk استخدامها فتم تجاهلها (تُطبَّق قيمها الافتراضية حتى تغيّرها): %2.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ChoiceText</name>
    <message>
        <source>Bright</source>
        <translation>مشرق</translation>
    </message>
    <message>
        <source>Upbeat</source>
        <translation>مرح</translation>
    </message>
    <message>
        <source>Informative</source>
        <translation>إخباري</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>حازم</translation>
    </message>
    <message>
        <source>Excitable</source>
        <translation>متحمّس</translation>
    </message>
    <message>
        <source>Youthful</source>
        <translation>شبابي</translation>
    </message>
    <message>
        <source>Breezy</source>
        <translation>منساب</translation>
    </message>
    <message>
        <source>Easy-going</source>
        <translation>هادئ الطبع</translation>
    </message>
    <message>
        <source>Breathy</source>
        <translation>هامس</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>واضح</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>ناعم</translation>
    </message>
    <message>
        <source>Gravelly</source>
        <translation>أجشّ</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>رقيق</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>متّزن</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>ناضج</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>ودود</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>عفوي</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>لطيف</translation>
    </message>
    <message>
        <source>Lively</source>
        <translation>حيوي</translation>
    </message>
    <message>
        <source>Knowledgeable</source>
        <translation>واسع المعرفة</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>دافئ</translation>
    </message>
    <message>
        <source>Default (Puck)</source>
        <translation>الافتراضي (Puck)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>The model answers in the language you speak</source>
        <translation>يجيب النموذج باللغة التي تتحدث بها</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Cli</name>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>مساعد صوتي ومرئي لسطح المكتب يعمل مع Gemini Live API.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Conversation</name>
    <message>
        <source>Reconnected</source>
        <translation>أُعيد الاتصال</translation>
    </message>
    <message numerus="yes">
        <source>Context restored from the last %n turn(s): the model no longer remembers what it heard or saw before.</source>
        <translation>
            <numerusform>استُعيد السياق من آخر %n أدوار: لم يعد النموذج يتذكر ما سمعه أو رآه من قبل.</numerusform>
            <numerusform>استُعيد السياق من آخر دور: لم يعد النموذج يتذكر ما سمعه أو رآه من قبل.</numerusform>
            <numerusform>استُعيد السياق من آخر دورين: لم يعد النموذج يتذكر ما سمعه أو رآه من قبل.</numerusform>
            <numerusform>استُعيد السياق من آخر %n أدوار: لم يعد النموذج يتذكر ما سمعه أو رآه من قبل.</numerusform>
            <numerusform>استُعيد السياق من آخر %n دورًا: لم يعد النموذج يتذكر ما سمعه أو رآه من قبل.</numerusform>
            <numerusform>استُعيد السياق من آخر %n دور: لم يعد النموذج يتذكر ما سمعه أو رآه من قبل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedesk::app::DeviceModel</name>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>الشاشة %1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>الشاشة الرئيسية</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>الافتراضي للنظام</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ErrorText</name>
    <message>
        <source>close code %1</source>
        <translation>رمز الإغلاق %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>لم يُقبل مفتاح API</translation>
    </message>
    <message>
        <source>Check that the key is complete and belongs to a project with the Gemini API enabled, then enter it again.</source>
        <translation>تحقّق من أن المفتاح كامل وأنه يتبع مشروعًا مفعّلًا فيه Gemini API، ثم أدخله من جديد.</translation>
    </message>
    <message>
        <source>Usage limit reached</source>
        <translation>بلغتَ حد الاستخدام</translation>
    </message>
    <message>
        <source>Your project has used its quota or has too many conversations open. Try again in a few minutes.</source>
        <translation>استنفد مشروعك حصته أو لديه محادثات مفتوحة كثيرة. حاول مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>The model is not available</source>
        <translation>النموذج غير متاح</translation>
    </message>
    <message>
        <source>The service does not offer this model for live conversations. Choose another model.</source>
        <translation>لا تقدّم الخدمة هذا النموذج للمحادثات المباشرة. اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>The service does not offer “%1” for live conversations. Choose another model.</source>
        <translation>لا تقدّم الخدمة «%1» للمحادثات المباشرة. اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>The settings were not accepted</source>
        <translation>لم تُقبل الإعدادات</translation>
    </message>
    <message>
        <source>The service refused this combination of settings. Check the model and its options.</source>
        <translation>رفضت الخدمة هذه المجموعة من الإعدادات. تحقّق من النموذج وخياراته.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>لا يوجد اتصال</translation>
    </message>
    <message>
        <source>LiveDesk cannot reach the service. Check your internet connection and try again.</source>
        <translation>لا يستطيع LiveDesk الوصول إلى الخدمة. تحقّق من اتصالك بالإنترنت وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The service had a problem</source>
        <translation>واجهت الخدمة مشكلة</translation>
    </message>
    <message>
        <source>The conversation ended on the service&apos;s side. Start it again.</source>
        <translation>أنهت الخدمة المحادثة من جهتها. ابدأها من جديد.</translation>
    </message>
    <message>
        <source>The service refused the conversation</source>
        <translation>رفضت الخدمة المحادثة</translation>
    </message>
    <message>
        <source>This may be a regional restriction or a content policy. The details below say what the service reported.</source>
        <translation>قد يكون ذلك قيدًا إقليميًا أو سياسة محتوى. تُظهر التفاصيل أدناه ما أبلغت عنه الخدمة.</translation>
    </message>
    <message>
        <source>The service did not answer</source>
        <translation>لم تستجب الخدمة</translation>
    </message>
    <message>
        <source>The conversation could not start in time. Try again.</source>
        <translation>تعذّر بدء المحادثة في الوقت المحدد. حاول مجددًا.</translation>
    </message>
    <message>
        <source>A message from the service was skipped</source>
        <translation>تم تخطي رسالة من الخدمة</translation>
    </message>
    <message>
        <source>The conversation goes on.</source>
        <translation>المحادثة مستمرة.</translation>
    </message>
    <message>
        <source>The microphone is silent</source>
        <translation>الميكروفون صامت</translation>
    </message>
    <message>
        <source>No sound arrives from the microphone. It may be muted in the system or unplugged; choose another one if needed.</source>
        <translation>لا يصل أي صوت من الميكروفون. قد يكون مكتومًا في النظام أو غير موصول؛ اختر ميكروفونًا آخر إن لزم.</translation>
    </message>
    <message>
        <source>Microphone disconnected</source>
        <translation>انفصل الميكروفون</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default microphone.</source>
        <translation>انتقل LiveDesk إلى الميكروفون الافتراضي للنظام.</translation>
    </message>
    <message>
        <source>Speaker disconnected</source>
        <translation>انفصل مكبر الصوت</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default speaker.</source>
        <translation>انتقل LiveDesk إلى مكبر الصوت الافتراضي للنظام.</translation>
    </message>
    <message>
        <source>The microphone could not be used</source>
        <translation>تعذّر استخدام الميكروفون</translation>
    </message>
    <message>
        <source>Choose another microphone.</source>
        <translation>اختر ميكروفونًا آخر.</translation>
    </message>
    <message>
        <source>The speaker could not be used</source>
        <translation>تعذّر استخدام مكبر الصوت</translation>
    </message>
    <message>
        <source>Choose another speaker.</source>
        <translation>اختر مكبر صوت آخر.</translation>
    </message>
    <message>
        <source>Echo cancellation is not available</source>
        <translation>إلغاء الصدى غير متاح</translation>
    </message>
    <message>
        <source>Use headphones so the model does not hear itself.</source>
        <translation>استخدم سماعات رأس حتى لا يسمع النموذج نفسه.</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed</source>
        <translation>لا يمكن تغيير سرعة الكلام</translation>
    </message>
    <message>
        <source>The model speaks at its normal rate.</source>
        <translation>يتحدث النموذج بسرعته العادية.</translation>
    </message>
    <message>
        <source>Some microphone audio was lost</source>
        <translation>فُقد جزء من صوت الميكروفون</translation>
    </message>
    <message>
        <source>The computer was too busy for a moment.</source>
        <translation>كان الحاسوب مشغولًا جدًا للحظة.</translation>
    </message>
    <message>
        <source>No microphone or speaker</source>
        <translation>لا ميكروفون ولا مكبر صوت</translation>
    </message>
    <message>
        <source>LiveDesk could not open any audio device. Connect one or choose another.</source>
        <translation>تعذّر على LiveDesk فتح أي جهاز صوت. صِل جهازًا أو اختر غيره.</translation>
    </message>
    <message>
        <source>The camera could not be shared</source>
        <translation>تعذّرت مشاركة الكاميرا</translation>
    </message>
    <message>
        <source>The screen could not be shared</source>
        <translation>تعذّرت مشاركة الشاشة</translation>
    </message>
    <message>
        <source>Enter key</source>
        <translation>إدخال المفتاح</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>اختيار نموذج</translation>
    </message>
    <message>
        <source>Choose a microphone</source>
        <translation>اختيار ميكروفون</translation>
    </message>
    <message>
        <source>Choose a speaker</source>
        <translation>اختيار مكبر صوت</translation>
    </message>
    <message>
        <source>Choose a camera</source>
        <translation>اختيار كاميرا</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>اسأل مجددًا</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistoryListModel</name>
    <message>
        <source>The history is not open.</source>
        <translation>السجل غير مفتوح.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>محادثة بلا عنوان</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistorySessionModel</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>افتح محادثة أولًا.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>اختر ملفًا للتصدير إليه.</translation>
    </message>
    <message>
        <source>Unknown export format: %1</source>
        <translation>صيغة تصدير غير معروفة: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>≈ US$%1</source>
        <translation>≈ %1 دولار أمريكي</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistoryStore</name>
    <message>
        <source>The history needs Qt&apos;s SQLite driver, which is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>يحتاج السجل إلى برنامج تشغيل SQLite الخاص بـ Qt، وهو غير مثبت (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The history database %1 is a folder.</source>
        <translation>قاعدة بيانات السجل %1 مجلد.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>تعذّر إنشاء المجلد %1 للسجل.</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (not SQLite); it was left untouched.</source>
        <translation>%1 ليست قاعدة بيانات سجل LiveDesk (ليست SQLite)؛ تُركت دون تغيير.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>تعذّر فتح قاعدة بيانات السجل %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 ليست قاعدة بيانات SQLite صالحة للاستخدام: %2</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer LiveDesk (schema %2); this one reads schema %3. It was left untouched.</source>
        <translation>كُتب السجل %1 بإصدار أحدث من LiveDesk (المخطط %2)؛ هذا الإصدار يقرأ المخطط %3. تُرك دون تغيير.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a LiveDesk history; it was left untouched.</source>
        <translation>%1 قاعدة بيانات SQLite لكنها ليست سجل LiveDesk؛ تُركت دون تغيير.</translation>
    </message>
    <message>
        <source>Cannot switch the history %1 to write-ahead logging: %2</source>
        <translation>تعذّر تحويل السجل %1 إلى التسجيل المسبق للكتابة: %2</translation>
    </message>
    <message>
        <source>Cannot set up the history database %1: %2</source>
        <translation>تعذّر إعداد قاعدة بيانات السجل %1: %2</translation>
    </message>
    <message>
        <source>The SQLite library in use has no full-text search (FTS5): history search finds exact text only, without ranking.</source>
        <translation>مكتبة SQLite المستخدمة لا تدعم البحث في النص الكامل (FTS5): يجد البحث في السجل النص المطابق فقط دون ترتيب.</translation>
    </message>
    <message>
        <source>Cannot add the session to the history: %1</source>
        <translation>تعذّرت إضافة الجلسة إلى السجل: %1</translation>
    </message>
    <message>
        <source>Cannot save to the history: %1</source>
        <translation>تعذّر الحفظ في السجل: %1</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>لا توجد جلسة %1</translation>
    </message>
    <message>
        <source>Cannot delete from the history: %1</source>
        <translation>تعذّر الحذف من السجل: %1</translation>
    </message>
    <message>
        <source>There is no session %1 in the history.</source>
        <translation>لا توجد جلسة %1 في السجل.</translation>
    </message>
    <message>
        <source>The retention must be 0 (keep everything) or a number of days.</source>
        <translation>يجب أن تكون مدة الاحتفاظ 0 (الاحتفاظ بكل شيء) أو عددًا من الأيام.</translation>
    </message>
    <message>
        <source>Cannot apply the retention: %1</source>
        <translation>تعذّر تطبيق مدة الاحتفاظ: %1</translation>
    </message>
    <message>
        <source>Cannot read the history database %1: %2</source>
        <translation>تعذّرت قراءة قاعدة بيانات السجل %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (it has no LiveDesk tables); it was left untouched.</source>
        <translation>%1 ليست قاعدة بيانات سجل لـ LiveDesk (لا تحتوي على جداول LiveDesk)؛ تُركت دون تغيير.</translation>
    </message>
    <message>
        <source>There is no history at %1 to move aside.</source>
        <translation>لا يوجد سجل في %1 لنقله جانبًا.</translation>
    </message>
    <message>
        <source>Cannot move the history %1 aside to %2.</source>
        <translation>تعذّر نقل السجل %1 جانبًا إلى %2.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ListenSourceModel</name>
    <message>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>Everything the computer plays</source>
        <translation>كل ما يشغّله الحاسوب</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeListModel</name>
    <message>
        <source>Give the mode a name.</source>
        <translation>أعطِ الوضع اسمًا.</translation>
    </message>
    <message>
        <source>Unknown kind of mode: %1</source>
        <translation>نوع وضع غير معروف: %1</translation>
    </message>
    <message>
        <source>Choose the language to translate into.</source>
        <translation>اختر اللغة المترجم إليها.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModePreset</name>
    <message>
        <source>A mode needs a name.</source>
        <translation>يحتاج الوضع إلى اسم.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; has no kind (assistant, visual-help, translator or interpreter).</source>
        <translation>الوضع «%1» بلا نوع (assistant أو visual-help أو translator أو interpreter).</translation>
    </message>
    <message>
        <source>The level of the original must be between -60 and 0 dB (got %1).</source>
        <translation>يجب أن يكون مستوى الأصل بين ‎-60 و0 ديسيبل (القيمة: %1).</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeStore</name>
    <message>
        <source>Cannot read the modes file %1: %2</source>
        <translation>تعذّرت قراءة ملف الأوضاع %1: %2</translation>
    </message>
    <message>
        <source>The modes file %1 is not valid: %2</source>
        <translation>ملف الأوضاع %1 غير صالح: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>تعذّر إنشاء المجلد لـ %1.</translation>
    </message>
    <message>
        <source>Cannot write the modes file %1: %2</source>
        <translation>تعذّرت كتابة ملف الأوضاع %1: %2</translation>
    </message>
    <message>
        <source>A mode needs a name with letters or digits.</source>
        <translation>يحتاج الوضع إلى اسم يحتوي على حروف أو أرقام.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in mode; save yours under another name.</source>
        <translation>«%1» وضع مدمج؛ احفظ وضعك باسم آخر.</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON غير صالح عند الموضع %1: %2</translation>
    </message>
    <message>
        <source>version: expected 1</source>
        <translation>version: المتوقع 1</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: مفتاح غير معروف «%2»</translation>
    </message>
    <message>
        <source>%1.kind: &quot;%2&quot; is not one of assistant, visual-help, translator, interpreter</source>
        <translation>%1.kind: «%2» ليس من assistant أو visual-help أو translator أو interpreter</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelListModel</name>
    <message>
        <source>Default: %1</source>
        <translation>الافتراضي: %1</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>الحوار العاطفي</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>الصوت الاستباقي</translation>
    </message>
    <message>
        <source>background tools</source>
        <translation>أدوات في الخلفية</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>أضفته أنت</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>مُهمَل</translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>معاينة</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelNotice</name>
    <message>
        <source>%1 has been retired by the service and no longer answers; use %2.</source>
        <translation>أوقفت الخدمة %1 ولم يعد يستجيب؛ استخدم %2.</translation>
    </message>
    <message>
        <source>This model is being shut down</source>
        <translation>سيتوقف العمل بهذا النموذج</translation>
    </message>
    <message>
        <source>This model is a legacy model</source>
        <translation>هذا النموذج قديم</translation>
    </message>
    <message>
        <source>This model has been retired</source>
        <translation>توقف العمل بهذا النموذج</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Pages</name>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
</context>
<context>
    <name>livedesk::app::PulseRoutes</name>
    <message>
        <source>no PulseAudio server answers (pactl info failed)</source>
        <translation>لا يستجيب أي خادم PulseAudio (فشل pactl info)</translation>
    </message>
    <message>
        <source>no PulseAudio server: %1</source>
        <translation>لا يوجد خادم PulseAudio: %1</translation>
    </message>
    <message>
        <source>PulseAudio could not load %1: %2</source>
        <translation>تعذّر على PulseAudio تحميل %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>another LiveDesk is already listening to the computer (the PulseAudio sink %1 exists)</source>
        <translation>هناك LiveDesk آخر يستمع بالفعل إلى ما يشغّله الحاسوب (مخرج PulseAudio ‏%1 موجود)</translation>
    </message>
    <message>
        <source>there is no output device to listen to</source>
        <translation>لا يوجد جهاز إخراج للاستماع إليه</translation>
    </message>
    <message>
        <source>PulseAudio did not accept %1 as the default sink: %2</source>
        <translation>لم يقبل PulseAudio ‏%1 مخرجًا افتراضيًا: %2</translation>
    </message>
    <message>
        <source>another LiveDesk already has the virtual microphone &quot;%1&quot;</source>
        <translation>هناك LiveDesk آخر يستخدم الميكروفون الافتراضي «%1» بالفعل</translation>
    </message>
    <message>
        <source>PulseAudio loaded the loopback %1 but it has no streams</source>
        <translation>حمّل PulseAudio الحلقة %1 لكن لا توجد لها تدفقات</translation>
    </message>
</context>
<context>
    <name>livedesk::app::RecordingController</name>
    <message>
        <source>Cannot create the folder for the recording %1.</source>
        <translation>تعذّر إنشاء المجلد للتسجيل %1.</translation>
    </message>
    <message>
        <source>LiveDesk conversation, %1</source>
        <translation>محادثة LiveDesk، %1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SecretStore</name>
    <message>
        <source>Reading the keychain…</source>
        <translation>جارٍ قراءة سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>جارٍ الحفظ في سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>No key saved yet.</source>
        <translation>لم يُحفظ أي مفتاح بعد.</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>محفوظ في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>No keychain is available: the key is kept until you quit and is not saved.</source>
        <translation>لا تتوفر سلسلة مفاتيح: يُحتفظ بالمفتاح حتى الخروج ولا يُحفظ.</translation>
    </message>
    <message>
        <source>No keychain is available: a key you enter is kept until you quit and is not saved.</source>
        <translation>لا تتوفر سلسلة مفاتيح: يُحتفظ بأي مفتاح تدخله حتى الخروج ولا يُحفظ.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SettingsText</name>
    <message>
        <source>A project ID has 6 to 30 lower-case letters, digits or hyphens and starts with a letter.</source>
        <translation>يتكون معرّف المشروع من 6 إلى 30 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة، ويبدأ بحرف.</translation>
    </message>
    <message>
        <source>Enter a location such as us-central1, europe-west4 or global.</source>
        <translation>أدخل موقعًا مثل us-central1 أو europe-west4 أو global.</translation>
    </message>
    <message>
        <source>“%1” is not one of the prebuilt voices.</source>
        <translation>«%1» ليس من الأصوات المُعدّة مسبقًا.</translation>
    </message>
    <message>
        <source>The instruction is too long (%1 characters; at most %2).</source>
        <translation>التعليمات طويلة جدًا (%1 حرفًا؛ الحد الأقصى %2).</translation>
    </message>
    <message>
        <source>“%1” is not a tool name.</source>
        <translation>«%1» ليس اسم أداة.</translation>
    </message>
    <message>
        <source>This is not a device ID.</source>
        <translation>هذا ليس معرّف جهاز.</translation>
    </message>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>لا يوجد إعداد باسم «%1».</translation>
    </message>
    <message>
        <source>Expected on or off.</source>
        <translation>المتوقع: تشغيل أو إيقاف.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>أدخل رقمًا.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>أدخل عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>أدخل قيمة من %1 إلى %2.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>«%1» ليس من الخيارات المتاحة.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>المتوقع نص.</translation>
    </message>
    <message>
        <source>Enter a URL such as wss://example.com or ws://127.0.0.1:8765.</source>
        <translation>أدخل عنوان URL مثل wss://example.com أو ws://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>Enter a URL such as https://example.com/token.</source>
        <translation>أدخل عنوان URL مثل https://example.com/token.</translation>
    </message>
    <message>
        <source>A model name has letters, digits, dots, dashes or slashes, such as gemini-live-2.5-flash-preview.</source>
        <translation>يتكون اسم النموذج من حروف وأرقام ونقاط وشرطات أو خطوط مائلة، مثل gemini-live-2.5-flash-preview.</translation>
    </message>
    <message>
        <source>Enter a language code such as en-US, de-DE or ja-JP.</source>
        <translation>أدخل رمز لغة مثل en-US أو de-DE أو ja-JP.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a mode.</source>
        <translation>«%1» ليس اسم وضع.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>الملف «%1» غير موجود.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>تتعذر قراءة الملف «%1».</translation>
    </message>
    <message>
        <source>The file “%1” is too large (more than %2 MB).</source>
        <translation>الملف «%1» كبير جدًا (أكثر من %2 ميغابايت).</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2 at %3.</source>
        <translation>«%1» ليس JSON صالحًا: %2 في %3.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1”, server “%2”: %3</source>
        <translation>«%1»، الخادم «%2»: %3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
    <message>
        <source>“%1” is not mic, system or app:NAME.</source>
        <translation>«%1» ليست mic ولا system ولا app:NAME.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TokenServerClient</name>
    <message>
        <source>The token server %1 could not be reached: %2</source>
        <translation>تعذّر الوصول إلى خادم الرموز %1: %2</translation>
    </message>
    <message>
        <source>The token server answered HTTP %1.</source>
        <translation>ردّ خادم الرموز بـ HTTP %1.</translation>
    </message>
    <message>
        <source>The token server&apos;s answer contains no token.</source>
        <translation>لا يتضمن رد خادم الرموز أي رمز.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolCallModel</name>
    <message>
        <source>Received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>بانتظار التأكيد</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Built into LiveDesk</source>
        <translation>مدمج في LiveDesk</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolConfirmation</name>
    <message>
        <source>Built into LiveDesk</source>
        <translation>مدمجة في LiveDesk</translation>
    </message>
    <message>
        <source>Your tools file: %1</source>
        <translation>ملف أدواتك: %1</translation>
    </message>
    <message>
        <source>MCP server “%1”</source>
        <translation>خادم MCP «%1»</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Transcript</name>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation> (مقاطَع)</translation>
    </message>
    <message>
        <source>Tool %1: %2</source>
        <translation>الأداة %1: %2</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TrayIcon</name>
    <message>
        <source>Quit LiveDesk</source>
        <translation>الخروج من LiveDesk</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>إخفاء النافذة</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>إظهار النافذة</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>بدء المحادثة</translation>
    </message>
    <message>
        <source>End my turn</source>
        <translation>إنهاء دوري</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>تحدّث</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>كتم الميكروفون</translation>
    </message>
    <message>
        <source>LiveDesk: conversation running</source>
        <translation>LiveDesk: محادثة جارية</translation>
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
        <translation>الشاشة كاملة %1 (الرئيسية)</translation>
    </message>
    <message>
        <source>Whole screen %1</source>
        <translation>الشاشة كاملة %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>نافذة</translation>
    </message>
</context>
<context>
    <name>livedesk::audio</name>
    <message>
        <source>the device could not be opened (in use, or gone)</source>
        <translation>تعذّر فتح الجهاز (قيد الاستخدام أو لم يعد موجودًا)</translation>
    </message>
    <message>
        <source>reading or writing failed</source>
        <translation>فشلت القراءة أو الكتابة</translation>
    </message>
    <message>
        <source>audio arrived too late</source>
        <translation>وصل الصوت متأخرًا جدًا</translation>
    </message>
    <message>
        <source>the audio system failed (is the sound server running?)</source>
        <translation>تعطّل نظام الصوت (هل خادم الصوت يعمل؟)</translation>
    </message>
    <message>
        <source>unknown error %1</source>
        <translation>خطأ غير معروف %1</translation>
    </message>
    <message>
        <source>Could not open the microphone “%1”: %2</source>
        <translation>تعذّر فتح الميكروفون «%1»: %2</translation>
    </message>
    <message>
        <source>The microphone “%1” stopped: %2</source>
        <translation>توقف الميكروفون «%1»: %2</translation>
    </message>
    <message>
        <source>Could not open the speaker “%1”: %2</source>
        <translation>تعذّر فتح مكبر الصوت «%1»: %2</translation>
    </message>
    <message>
        <source>The speaker “%1” stopped: %2</source>
        <translation>توقف مكبر الصوت «%1»: %2</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed: LiveDesk was built without the sonic library.</source>
        <translation>لا يمكن تغيير سرعة الكلام: بُني LiveDesk دون مكتبة sonic.</translation>
    </message>
    <message>
        <source>Echo cancellation is unavailable: LiveDesk was built without the WebRTC audio processing library. Use headphones so the assistant does not hear itself.</source>
        <translation>إلغاء الصدى غير متاح: بُني LiveDesk دون مكتبة معالجة الصوت من WebRTC. استخدم سماعات رأس حتى لا يسمع المساعد نفسه.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioEngine</name>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>يجب أن يكون %1 بين %2 و%3 (القيمة المُعطاة %4).</translation>
    </message>
    <message>
        <source>The chunk duration must be a multiple of 10 ms between 10 and 1000 ms (got %1 ms).</source>
        <translation>يجب أن تكون مدة المقطع من مضاعفات 10 ملّي ث بين 10 و1000 ملّي ث (القيمة المُعطاة %1 ملّي ث).</translation>
    </message>
    <message>
        <source>The speech rate</source>
        <translation>سرعة الكلام</translation>
    </message>
    <message>
        <source>The playback prebuffer (ms)</source>
        <translation>التخزين المسبق للتشغيل (ملّي ث)</translation>
    </message>
    <message>
        <source>The largest jitter buffer (ms)</source>
        <translation>أكبر مخزن لتذبذب التأخير (ملّي ث)</translation>
    </message>
    <message>
        <source>The flush fade (ms)</source>
        <translation>التلاشي عند التفريغ (ملّي ث)</translation>
    </message>
    <message>
        <source>The minimum speech duration (ms)</source>
        <translation>أقل مدة للكلام (ملّي ث)</translation>
    </message>
    <message>
        <source>The end-of-speech silence (ms)</source>
        <translation>صمت نهاية الكلام (ملّي ث)</translation>
    </message>
    <message>
        <source>The pre-roll (ms)</source>
        <translation>التسجيل المسبق (ملّي ث)</translation>
    </message>
    <message>
        <source>The barge-in confirmation window (ms)</source>
        <translation>نافذة تأكيد المقاطعة (ملّي ث)</translation>
    </message>
    <message>
        <source>The ducking gain (dB)</source>
        <translation>كسب الخفض (ديسيبل)</translation>
    </message>
    <message>
        <source>The input buffer (ms)</source>
        <translation>مخزن الإدخال (ملّي ث)</translation>
    </message>
    <message>
        <source>The output buffer (ms)</source>
        <translation>مخزن الإخراج (ملّي ث)</translation>
    </message>
    <message>
        <source>The no-signal warning delay (ms)</source>
        <translation>مهلة تحذير انعدام الإشارة (ملّي ث)</translation>
    </message>
    <message>
        <source>The audio engine needs a microphone, a speaker, or both.</source>
        <translation>يحتاج محرك الصوت إلى ميكروفون أو مكبر صوت أو كليهما.</translation>
    </message>
    <message>
        <source>The chosen microphone is not connected; using “%1”.</source>
        <translation>الميكروفون المختار غير موصول؛ يُستخدم «%1».</translation>
    </message>
    <message>
        <source>The chosen speaker is not connected; using “%1”.</source>
        <translation>مكبر الصوت المختار غير موصول؛ يُستخدم «%1».</translation>
    </message>
    <message>
        <source>No audio device could be opened.</source>
        <translation>تعذّر فتح أي جهاز صوت.</translation>
    </message>
    <message>
        <source>There is no microphone. Connect one, or check the system&apos;s sound settings.</source>
        <translation>لا يوجد ميكروفون. صِل واحدًا أو تحقّق من إعدادات الصوت في النظام.</translation>
    </message>
    <message>
        <source>There is no speaker or headphone output. Connect one, or check the system&apos;s sound settings.</source>
        <translation>لا يوجد مكبر صوت ولا مخرج لسماعات الرأس. صِل واحدًا أو تحقّق من إعدادات الصوت في النظام.</translation>
    </message>
    <message>
        <source>The microphone “%1” was disconnected; using “%2” instead.</source>
        <translation>انفصل الميكروفون «%1»؛ يُستخدم «%2» بدلًا منه.</translation>
    </message>
    <message>
        <source>The speaker “%1” was disconnected; using “%2” instead.</source>
        <translation>انفصل مكبر الصوت «%1»؛ يُستخدم «%2» بدلًا منه.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioProcessor</name>
    <message>
        <source>The computer is too busy: %1 ms of microphone audio were lost.</source>
        <translation>الحاسوب مشغول جدًا: فُقد %1 ملّي ث من صوت الميكروفون.</translation>
    </message>
    <message>
        <source>No sound from the microphone: it delivers only silence. Check that it is not muted in the system settings and that the right input is selected.</source>
        <translation>لا يصل صوت من الميكروفون: لا يُرسل إلا الصمت. تحقّق من أنه غير مكتوم في إعدادات النظام ومن اختيار المُدخل الصحيح.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioRecorder</name>
    <message>
        <source>Recording is unavailable: LiveDesk was built without the libopusenc library.</source>
        <translation>التسجيل غير متاح: بُني LiveDesk دون مكتبة libopusenc.</translation>
    </message>
    <message>
        <source>A recording is already running (%1).</source>
        <translation>يوجد تسجيل جارٍ بالفعل (%1).</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::RecordingWriter</name>
    <message>
        <source>Cannot create the recording %1: %2</source>
        <translation>تعذّر إنشاء التسجيل %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the Opus encoder: %1</source>
        <translation>تعذّر تشغيل مُرمِّز Opus: %1</translation>
    </message>
    <message>
        <source>Cannot write the recording %1: %2</source>
        <translation>تعذّرت كتابة التسجيل %1: %2</translation>
    </message>
    <message>
        <source>Writing the recording %1 failed: %2</source>
        <translation>فشلت كتابة التسجيل %1: %2</translation>
    </message>
    <message>
        <source>Finishing the recording %1 failed: %2</source>
        <translation>فشل إنهاء التسجيل %1: %2</translation>
    </message>
</context>
<context>
    <name>livedesk::session</name>
    <message>
        <source>No credential: Vertex AI needs an access token (or an express-mode API key).</source>
        <translation>لا توجد بيانات اعتماد: يحتاج Vertex AI إلى رمز وصول (أو مفتاح API للوضع السريع).</translation>
    </message>
    <message>
        <source>No API key: pass one, or set GEMINI_API_KEY.</source>
        <translation>لا يوجد مفتاح API: مرّر واحدًا أو عيّن GEMINI_API_KEY.</translation>
    </message>
    <message>
        <source>Vertex AI with an access token needs a project and a location.</source>
        <translation>يحتاج Vertex AI مع رمز وصول إلى مشروع وموقع.</translation>
    </message>
    <message>
        <source>Ephemeral tokens exist only on the Gemini API, not on Vertex AI.</source>
        <translation>الرموز المؤقتة موجودة في Gemini API فقط، وليس في Vertex AI.</translation>
    </message>
    <message>
        <source>The endpoint is not a valid URL.</source>
        <translation>نقطة النهاية ليست عنوان URL صالحًا.</translation>
    </message>
    <message>
        <source>The endpoint must be a ws://, wss://, http:// or https:// URL.</source>
        <translation>يجب أن تكون نقطة النهاية عنوان URL من نوع ws:// أو wss:// أو http:// أو https://.</translation>
    </message>
    <message>
        <source>%1 does not support %2; the field was not sent.</source>
        <translation>لا يدعم %1 ميزة %2؛ لم يُرسَل الحقل.</translation>
    </message>
    <message>
        <source>Transparent resumption exists only on Vertex AI; the field was not sent.</source>
        <translation>الاستئناف الشفاف موجود في Vertex AI فقط؛ لم يُرسَل الحقل.</translation>
    </message>
    <message>
        <source>Explicit VAD signals exist only on Vertex AI; the field was not sent.</source>
        <translation>إشارات VAD الصريحة موجودة في Vertex AI فقط؛ لم يُرسَل الحقل.</translation>
    </message>
    <message>
        <source>%1 is not in the model table: the setup is sent unchecked. If the session never starts, remove optional features.</source>
        <translation>%1 غير موجود في جدول النماذج: يُرسل الإعداد دون تحقق. إن لم تبدأ الجلسة أبدًا، فأزل الميزات الاختيارية.</translation>
    </message>
    <message>
        <source>%1 is listed for %2 only; the service may not know it.</source>
        <translation>%1 مُدرج لـ %2 فقط؛ قد لا تعرفه الخدمة.</translation>
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
        <translation>لا يستطيع %1 الرد بـ %2؛ لم تُطلب هذه الوسيلة.</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>الحوار العاطفي</translation>
    </message>
    <message>
        <source>%1 always uses affective dialog; the field was not sent.</source>
        <translation>يستخدم %1 الحوار العاطفي دائمًا؛ لم يُرسَل الحقل.</translation>
    </message>
    <message>
        <source>a thinking configuration</source>
        <translation>إعداد للتفكير</translation>
    </message>
    <message>
        <source>%1 takes a thinking budget, not a thinking level; the level was not sent.</source>
        <translation>يقبل %1 ميزانية تفكير لا مستوى تفكير؛ لم يُرسَل المستوى.</translation>
    </message>
    <message>
        <source>%1 takes a thinking level, not a thinking budget; the budget was not sent.</source>
        <translation>يقبل %1 مستوى تفكير لا ميزانية تفكير؛ لم تُرسَل الميزانية.</translation>
    </message>
    <message>
        <source>speech translation</source>
        <translation>الترجمة الصوتية</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>الصوت الاستباقي</translation>
    </message>
    <message>
        <source>%1 always uses proactive audio and rejects the setting; the field was not sent.</source>
        <translation>يستخدم %1 الصوت الاستباقي دائمًا ويرفض هذا الإعداد؛ لم يُرسَل الحقل.</translation>
    </message>
    <message>
        <source>input transcription</source>
        <translation>تفريغ الإدخال نصيًا</translation>
    </message>
    <message>
        <source>output transcription</source>
        <translation>تفريغ الإخراج نصيًا</translation>
    </message>
    <message>
        <source>system instructions</source>
        <translation>تعليمات النظام</translation>
    </message>
    <message>
        <source>function calling</source>
        <translation>استدعاء الدوال</translation>
    </message>
    <message>
        <source>%1 has no asynchronous (NON_BLOCKING) functions; %2 runs as a blocking call.</source>
        <translation>ليس لدى %1 دوال غير متزامنة (NON_BLOCKING)؛ يعمل %2 كاستدعاء حاجب.</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>بحث Google</translation>
    </message>
    <message>
        <source>code execution</source>
        <translation>تنفيذ التعليمات البرمجية</translation>
    </message>
    <message>
        <source>URL context</source>
        <translation>سياق URL</translation>
    </message>
    <message>
        <source>Google Maps grounding</source>
        <translation>الاستناد إلى خرائط Google</translation>
    </message>
    <message>
        <source>Authentication failed: check the API key or token</source>
        <translation>فشلت المصادقة: تحقّق من مفتاح API أو الرمز</translation>
    </message>
    <message>
        <source>The model or the session configuration was rejected</source>
        <translation>رُفض النموذج أو إعداد الجلسة</translation>
    </message>
    <message>
        <source>Quota or rate limit reached: wait and try again</source>
        <translation>بلغتَ الحصة أو حد المعدل: انتظر ثم حاول مجددًا</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>عطل في الشبكة</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>أنهى الخادم الجلسة</translation>
    </message>
    <message>
        <source>The service refused the request for policy reasons</source>
        <translation>رفضت الخدمة الطلب لأسباب تتعلق بالسياسة</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>لم يستجب الخادم في الوقت المحدد</translation>
    </message>
    <message>
        <source>The server sent a message that could not be read</source>
        <translation>أرسل الخادم رسالة تتعذر قراءتها</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>المضيف غير موجود</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>انتهت مهلة الاتصال</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>أغلق الخادم الاتصال</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>فشلت مصافحة TLS</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>الشبكة غير قابلة للوصول</translation>
    </message>
    <message>
        <source>initial history in clientContent</source>
        <translation>السجل الأولي في clientContent</translation>
    </message>
    <message>
        <source>%1 (its close frame could not be read: %2)</source>
        <translation>%1 (تعذّرت قراءة إطار الإغلاق: %2)</translation>
    </message>
    <message>
        <source>%1 is deprecated and will be shut down.</source>
        <translation>%1 مُهمَل وسيتوقف العمل به.</translation>
    </message>
    <message>
        <source>%1 is deprecated since %2 and will be shut down.</source>
        <translation>%1 مُهمَل منذ %2 وسيتوقف العمل به.</translation>
    </message>
    <message>
        <source>%1 is a legacy model.</source>
        <translation>%1 نموذج قديم.</translation>
    </message>
    <message>
        <source>%1 is a legacy model since %2.</source>
        <translation>%1 نموذج قديم منذ %2.</translation>
    </message>
    <message>
        <source>Use %1 instead.</source>
        <translation>استخدم %1 بدلًا منه.</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API; LiveDesk connects to %3 instead of %4.</source>
        <translation>لا يتوفر %2 في %1 إلا على واجهة %3 API؛ لذا يتصل LiveDesk بـ %3 بدلًا من %4.</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API, and %4 was chosen; the field was not sent.</source>
        <translation>لا يتوفر %2 في %1 إلا على واجهة %3 API، وقد اختير %4؛ لذا لم يُرسل الحقل.</translation>
    </message>
    <message>
        <source>%1 ignores the silence duration and ends turns by its own timing; the field was not sent. For your own timing, let LiveDesk detect the turns (local-voice talk mode).</source>
        <translation>يتجاهل %1 مدة الصمت وينهي الأدوار بتوقيته الخاص؛ لم يُرسَل الحقل. لتوقيتك الخاص، دع LiveDesk يكتشف الأدوار (وضع التحدث «الصوت المحلي»).</translation>
    </message>
</context>
<context>
    <name>livedesk::session::EphemeralTokenClient</name>
    <message>
        <source>Creating an ephemeral token needs the long-lived API key.</source>
        <translation>يتطلب إنشاء رمز مؤقت مفتاح API الدائم.</translation>
    </message>
    <message>
        <source>The token service did not answer within %1 s.</source>
        <translation>لم تستجب خدمة الرموز خلال %1 ث.</translation>
    </message>
    <message>
        <source>The token service answered without an auth_tokens/… name.</source>
        <translation>ردّت خدمة الرموز دون اسم auth_tokens/….</translation>
    </message>
</context>
<context>
    <name>livedesk::session::LiveSession</name>
    <message>
        <source>Network failure: no connection to the server after %1 s</source>
        <translation>عطل في الشبكة: لا اتصال بالخادم بعد %1 ث</translation>
    </message>
    <message>
        <source>The server did not confirm the setup within %1 s (no setupComplete)</source>
        <translation>لم يؤكد الخادم الإعداد خلال %1 ث (لا setupComplete)</translation>
    </message>
    <message>
        <source>The setup names no model.</source>
        <translation>لا يحدد الإعداد أي نموذج.</translation>
    </message>
    <message>
        <source>the setup is sent by the session itself, once per connection</source>
        <translation>الإعداد تُرسله الجلسة بنفسها، مرة واحدة لكل اتصال</translation>
    </message>
    <message>
        <source>%1 messages are already waiting for the session to start</source>
        <translation>هناك %1 رسالة تنتظر بالفعل بدء الجلسة</translation>
    </message>
    <message>
        <source>the session is not open (state %1)</source>
        <translation>الجلسة غير مفتوحة (الحالة %1)</translation>
    </message>
    <message>
        <source>A server message could not be read and was skipped: %1</source>
        <translation>تعذّرت قراءة رسالة من الخادم فتم تخطيها: %1</translation>
    </message>
    <message>
        <source>Network failure: the connection dropped without a close frame (1006)</source>
        <translation>عطل في الشبكة: انقطع الاتصال دون إطار إغلاق (1006)</translation>
    </message>
    <message>
        <source>Network failure: the connection closed during the upgrade</source>
        <translation>عطل في الشبكة: أُغلق الاتصال أثناء الترقية</translation>
    </message>
    <message>
        <source>The server closed the connection before confirming the setup (close %1%2)</source>
        <translation>أغلق الخادم الاتصال قبل تأكيد الإعداد (إغلاق %1%2)</translation>
    </message>
    <message>
        <source>Network failure: nothing received from the server for %1 s (no pong, no data)</source>
        <translation>عطل في الشبكة: لم يصل شيء من الخادم طوال %1 ث (لا pong ولا بيانات)</translation>
    </message>
    <message>
        <source>No endpoint to connect to.</source>
        <translation>لا توجد نقطة نهاية للاتصال بها.</translation>
    </message>
    <message>
        <source>No reply arrived; reconnecting to ask again.</source>
        <translation>لم تصل إجابة؛ تجري إعادة الاتصال للسؤال مجددًا.</translation>
    </message>
    <message>
        <source>The server asked to move to a new connection (goAway).</source>
        <translation>طلب الخادم الانتقال إلى اتصال جديد (goAway).</translation>
    </message>
    <message>
        <source>Protocol error: the server sent content before setupComplete; the connection was dropped</source>
        <translation>خطأ في البروتوكول: أرسل الخادم محتوى قبل setupComplete؛ تم قطع الاتصال</translation>
    </message>
    <message>
        <source>Model audio labelled &quot;%1&quot; was skipped: LiveDesk plays audio at %2–%3 Hz (%4 skipped so far)</source>
        <translation>تم تخطي صوت النموذج الموسوم «%1»: يشغّل LiveDesk الصوت بتردد %2–%3 Hz (تم تخطي %4 حتى الآن)</translation>
    </message>
    <message>
        <source>The server sent a message larger than %1 MiB, more than any Live API message needs; the connection was closed (1009)</source>
        <translation>أرسل الخادم رسالة أكبر من %1 ميبيبايت، وهو أكثر مما تحتاجه أي رسالة من Live API؛ أُغلق الاتصال (1009)</translation>
    </message>
</context>
<context>
    <name>livedesk::tools::BuiltinTools</name>
    <message>
        <source>LiveDesk timer</source>
        <translation>مؤقّت LiveDesk</translation>
    </message>
</context>
<context>
    <name>livedesk::video</name>
    <message>
        <source>No file or folder to share was given.</source>
        <translation>لم يُحدَّد ملف أو مجلد للمشاركة.</translation>
    </message>
    <message>
        <source>“%1” is not a screen number (0, 1, …).</source>
        <translation>«%1» ليس رقم شاشة (0، 1، …).</translation>
    </message>
    <message>
        <source>No window to share was given.</source>
        <translation>لم تُحدَّد نافذة للمشاركة.</translation>
    </message>
    <message>
        <source>No window has “%1” in its title.</source>
        <translation>لا توجد نافذة في عنوانها «%1».</translation>
    </message>
    <message>
        <source>%1 windows have “%2” in their title; give its id instead.</source>
        <translation>توجد %1 نوافذ في عنوانها «%2»؛ أعطِ معرّفها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>No video source was chosen.</source>
        <translation>لم يُختر مصدر فيديو.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::CameraSource</name>
    <message>
        <source>No camera found.</source>
        <translation>لم يُعثر على كاميرا.</translation>
    </message>
    <message>
        <source>Camera “%1” not found; available: %2.</source>
        <translation>لم يُعثر على الكاميرا «%1»؛ المتاح: %2.</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>الكاميرا: %1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Camera access was denied. Allow it in the system&apos;s privacy settings.</source>
        <translation>رُفض الوصول إلى الكاميرا. اسمح به في إعدادات الخصوصية في النظام.</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>تعطّلت الكاميرا: %1</translation>
    </message>
    <message>
        <source>The camera stopped unexpectedly.</source>
        <translation>توقفت الكاميرا على نحو غير متوقع.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::FileSource</name>
    <message>
        <source>Folder: %1</source>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>الفيديو: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>The image “%1” cannot be read: %2.</source>
        <translation>تتعذر قراءة الصورة «%1»: %2.</translation>
    </message>
    <message>
        <source>The image “%1” is too large (%2 MB; the limit is %3 MB).</source>
        <translation>الصورة «%1» كبيرة جدًا (%2 ميغابايت؛ الحد %3 ميغابايت).</translation>
    </message>
    <message>
        <source>“%1” is not an image that can be read (the file is corrupt or in an unsupported format).</source>
        <translation>«%1» ليست صورة قابلة للقراءة (الملف تالف أو بتنسيق غير مدعوم).</translation>
    </message>
    <message>
        <source>No file or folder was given.</source>
        <translation>لم يُحدَّد ملف أو مجلد.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» غير موجود.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (permission denied).</source>
        <translation>تتعذر قراءة «%1» (الإذن مرفوض).</translation>
    </message>
    <message>
        <source>The folder “%1” contains no images (looked for %2).</source>
        <translation>لا يحتوي المجلد «%1» على صور (تم البحث عن %2).</translation>
    </message>
    <message>
        <source>The video “%1” is empty.</source>
        <translation>الفيديو «%1» فارغ.</translation>
    </message>
    <message>
        <source>“%1” could not be opened as a video (the file is corrupt or in a format this build cannot decode).</source>
        <translation>تعذّر فتح «%1» كفيديو (الملف تالف أو بتنسيق لا يستطيع هذا الإصدار فك ترميزه).</translation>
    </message>
    <message>
        <source>“%1” contains no video frames that can be decoded.</source>
        <translation>لا يحتوي «%1» على إطارات فيديو قابلة لفك الترميز.</translation>
    </message>
    <message>
        <source>“%1” looks like a video, but this build cannot read video files (OpenCV&apos;s videoio module is missing).</source>
        <translation>يبدو «%1» فيديو، لكن هذا الإصدار لا يستطيع قراءة ملفات الفيديو (وحدة videoio من OpenCV مفقودة).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) in “%1” can be read.</source>
        <translation>
            <numerusform>لا توجد صور قابلة للقراءة في «%1».</numerusform>
            <numerusform>تتعذر قراءة الصورة الوحيدة في «%1».</numerusform>
            <numerusform>تتعذر قراءة أيٍّ من الصورتين في «%1».</numerusform>
            <numerusform>تتعذر قراءة أيٍّ من الصور الـ%n في «%1».</numerusform>
            <numerusform>تتعذر قراءة أيٍّ من الصور الـ%n في «%1».</numerusform>
            <numerusform>تتعذر قراءة أيٍّ من الصور الـ%n في «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame %1 of “%2” cannot be decoded (the file is corrupt).</source>
        <translation>يتعذر فك ترميز الإطار %1 من «%2» (الملف تالف).</translation>
    </message>
    <message>
        <source>Frame %1 of “%2” has a pixel format that cannot be shown.</source>
        <translation>للإطار %1 من «%2» تنسيق بكسلات لا يمكن عرضه.</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation>فشلت قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>The image “%1” is too large: %2×%3 pixels (the limit is %4 megapixels).</source>
        <translation>الصورة «%1» كبيرة جدًا: %2×%3 بكسل (الحد %4 ميغابكسل).</translation>
    </message>
</context>
<context>
    <name>livedesk::video::ScreenSource</name>
    <message>
        <source>Screen capture needs a graphical application; this process has none.</source>
        <translation>يتطلب التقاط الشاشة تطبيقًا رسوميًا؛ وهذه العملية ليست كذلك.</translation>
    </message>
    <message>
        <source>Window sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>مشاركة نافذة غير متاحة بعد في Wayland: تتطلب بوابة سطح المكتب (xdg-desktop-portal)، التي لا يستخدمها LiveDesk. شارك كاميرا أو ملفًا، أو سجّل الدخول إلى جلسة X11.</translation>
    </message>
    <message>
        <source>Screen sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>مشاركة الشاشة غير متاحة بعد في Wayland: تتطلب بوابة سطح المكتب (xdg-desktop-portal)، التي لا يستخدمها LiveDesk. شارك كاميرا أو ملفًا، أو سجّل الدخول إلى جلسة X11.</translation>
    </message>
    <message>
        <source>Window sharing is not available: LiveDesk runs through XWayland in a Wayland session, where other windows can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>مشاركة نافذة غير متاحة: يعمل LiveDesk عبر XWayland في جلسة Wayland، حيث لا تُقرأ النوافذ الأخرى إلا عبر بوابة سطح المكتب، التي لا يستخدمها LiveDesk بعد.</translation>
    </message>
    <message>
        <source>Screen sharing is not available: LiveDesk runs through XWayland in a Wayland session, where the screen can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>مشاركة الشاشة غير متاحة: يعمل LiveDesk عبر XWayland في جلسة Wayland، حيث لا تُقرأ الشاشة إلا عبر بوابة سطح المكتب، التي لا يستخدمها LiveDesk بعد.</translation>
    </message>
    <message>
        <source>Screen capture needs a display; this process runs without one (Qt platform “%1”).</source>
        <translation>يتطلب التقاط الشاشة وجود شاشة عرض؛ وهذه العملية تعمل دونها (منصة Qt «%1»).</translation>
    </message>
    <message>
        <source>Sharing a single window is only supported on X11 so far; share the screen or a region of it instead.</source>
        <translation>لا تمكن مشاركة نافذة واحدة حتى الآن إلا في X11؛ شارك الشاشة أو جزءًا منها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Window 0x%1</source>
        <translation>النافذة 0x%1</translation>
    </message>
    <message>
        <source>Primary screen%1</source>
        <translation>الشاشة الرئيسية%1</translation>
    </message>
    <message>
        <source>Screen %1%2</source>
        <translation>الشاشة %1%2</translation>
    </message>
    <message numerus="yes">
        <source>Screen %1 not found; there are %n screen(s).</source>
        <translation>
            <numerusform>لم يُعثر على الشاشة %1؛ لا توجد شاشات.</numerusform>
            <numerusform>لم يُعثر على الشاشة %1؛ توجد شاشة واحدة.</numerusform>
            <numerusform>لم يُعثر على الشاشة %1؛ توجد شاشتان.</numerusform>
            <numerusform>لم يُعثر على الشاشة %1؛ توجد %n شاشات.</numerusform>
            <numerusform>لم يُعثر على الشاشة %1؛ توجد %n شاشة.</numerusform>
            <numerusform>لم يُعثر على الشاشة %1؛ توجد %n شاشة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Window 0x%1 not found; it may have been closed.</source>
        <translation>لم يُعثر على النافذة 0x%1؛ ربما أُغلقت.</translation>
    </message>
    <message>
        <source>The region %1,%2 %3×%4 lies outside what is shared (%5×%6).</source>
        <translation>المنطقة %1,%2 %3×%4 تقع خارج ما تتم مشاركته (%5×%6).</translation>
    </message>
    <message>
        <source>The shared screen was disconnected.</source>
        <translation>انفصلت الشاشة المُشارَكة.</translation>
    </message>
    <message>
        <source>The shared window was closed.</source>
        <translation>أُغلقت النافذة المُشارَكة.</translation>
    </message>
    <message>
        <source>The platform returned no picture for %1.</source>
        <translation>لم تُرجع المنصة أي صورة لـ %1.</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11.</source>
        <translation>لا يمكن سرد النوافذ إلا في X11.</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11, and this build has no xcb support.</source>
        <translation>لا يمكن سرد النوافذ إلا في X11، وهذا الإصدار لا يدعم xcb.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::VideoSettings</name>
    <message>
        <source>The frame rate must be above 0 and at most 1 frame per second (got %1).</source>
        <translation>يجب أن يكون معدل الإطارات أكبر من 0 وألا يتجاوز إطارًا واحدًا في الثانية (القيمة المُعطاة %1).</translation>
    </message>
    <message>
        <source>The idle frame rate must be above 0 (got %1).</source>
        <translation>يجب أن يكون معدل الإطارات في وضع الخمول أكبر من 0 (القيمة المُعطاة %1).</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100 (got %1).</source>
        <translation>يجب أن تكون جودة JPEG بين 1 و100 (القيمة المُعطاة %1).</translation>
    </message>
    <message>
        <source>The longest side must be between %1 and %2 pixels (got %3).</source>
        <translation>يجب أن يكون الضلع الأطول بين %1 و%2 بكسل (القيمة المُعطاة %3).</translation>
    </message>
    <message>
        <source>The keep-alive interval cannot be negative (got %1 ms).</source>
        <translation>لا يمكن أن تكون فترة الإبقاء على الاتصال سالبة (القيمة المُعطاة %1 ملّي ث).</translation>
    </message>
</context>
</TS>
