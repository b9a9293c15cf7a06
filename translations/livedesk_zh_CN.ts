<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LiveDesk</source>
        <translation>关于 LiveDesk</translation>
    </message>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>面向 Gemini Live API 的桌面语音与视频助手。</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>未包含在此版本中</translation>
    </message>
    <message>
        <source>Features of this build</source>
        <translation>此版本的功能</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>译文</translation>
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
        <translation>字幕将显示在这里</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>A conversation is running</source>
        <translation>对话正在进行</translation>
    </message>
    <message>
        <source>Keep talking with the window hidden (LiveDesk stays in the system tray), or end the conversation and quit?</source>
        <translation>隐藏窗口继续对话（LiveDesk 会留在系统托盘中），还是结束对话并退出？</translation>
    </message>
    <message>
        <source>Keep talking with the window minimised, or end the conversation and quit?</source>
        <translation>最小化窗口继续对话，还是结束对话并退出？</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>记住我的选择</translation>
    </message>
    <message>
        <source>Keep in tray</source>
        <translation>留在托盘</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>End and quit</source>
        <translation>结束并退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Allow “%1”?</source>
        <translation>允许“%1”吗？</translation>
    </message>
    <message>
        <source>The model wants to run a tool that can change something or share your data.</source>
        <translation>模型想运行一个可能会更改内容或分享你数据的工具。</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more waiting</source>
        <translation>
            <numerusform>还有 %Ln 个在等待</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <source>Allow for this session</source>
        <translation>本次会话内允许</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Hold Space or the Talk button while you speak, or type below.</source>
        <translation>说话时按住空格键或“说话”按钮，或在下方输入。</translation>
    </message>
    <message>
        <source>Just start speaking, or type below.</source>
        <translation>直接开口说话，或在下方输入。</translation>
    </message>
    <message>
        <source>Start a conversation, then speak naturally. Share your camera or screen for help with what you see.</source>
        <translation>开始对话后自然地说话即可。分享摄像头或屏幕，就能针对你看到的内容获得帮助。</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>开始对话</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>离线演示</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>取消麦克风静音</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>麦克风静音</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>停止分享摄像头</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>分享摄像头</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>停止分享屏幕</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>分享屏幕</translation>
    </message>
    <message>
        <source>Camera, screen and tool calls</source>
        <translation>摄像头、屏幕和工具调用</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>结束对话</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>转录</translation>
    </message>
    <message>
        <source>Stop recording (Ctrl+R)</source>
        <translation>停止录制 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record the conversation (Ctrl+R)</source>
        <translation>录制对话 (Ctrl+R)</translation>
    </message>
    <message>
        <source>New reply: %1</source>
        <translation>新回复：%1</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Search what was said</source>
        <translation>搜索说过的内容</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>永久</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Days to keep conversations (0 keeps them forever)</source>
        <translation>对话保留天数（0 表示永久保留）</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>过去的对话</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>没有对话提到“%1”。</translation>
    </message>
    <message>
        <source>Conversations are saved here as you have them.</source>
        <translation>对话会在进行时保存在这里。</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>无标题对话</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>导出为 Markdown</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>导出为 JSON</translation>
    </message>
    <message>
        <source>Delete this conversation</source>
        <translation>删除此对话</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>工具 %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Choose a conversation to read it again.</source>
        <translation>选择一个对话以重新阅读。</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Delete this conversation?</source>
        <translation>删除此对话？</translation>
    </message>
    <message>
        <source>It is removed from the history for good. A recording of it stays where it was saved.</source>
        <translation>它将从历史记录中永久删除。其录音仍保留在保存的位置。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to %1 days.</source>
        <translation>对话保留天数为 0（永久）到 %1 天。</translation>
    </message>
    <message>
        <source>Move the damaged history aside and start a new one</source>
        <translation>将损坏的历史记录移到一旁并新建一个</translation>
    </message>
</context>
<context>
    <name>ListenSourcePicker</name>
    <message>
        <source>Listen to</source>
        <translation>收听</translation>
    </message>
    <message>
        <source>As a microphone</source>
        <translation>用作麦克风</translation>
    </message>
    <message>
        <source>Other programs (a call) can pick “LiveDesk translation” as their microphone.</source>
        <translation>其他程序（如通话）可以选择“LiveDesk translation”作为麦克风。</translation>
    </message>
    <message>
        <source>Captions window</source>
        <translation>字幕窗口</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Hold to talk (push-to-talk mode)</source>
        <translation>按住说话（按键说话模式）</translation>
    </message>
    <message>
        <source>Talk: start or end your turn, or interrupt the model</source>
        <translation>说话：开始或结束你的发言，或打断模型</translation>
    </message>
    <message>
        <source>Start or end the conversation</source>
        <translation>开始或结束对话</translation>
    </message>
    <message>
        <source>Start the offline demo</source>
        <translation>开始离线演示</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>麦克风静音或取消静音</translation>
    </message>
    <message>
        <source>Share the camera, or stop</source>
        <translation>分享摄像头或停止</translation>
    </message>
    <message>
        <source>Share the screen, or stop</source>
        <translation>分享屏幕或停止</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>输入消息</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>复制文字记录</translation>
    </message>
    <message>
        <source>Larger or smaller transcript text</source>
        <translation>放大或缩小文字记录</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>转到某个页面</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Mini mode</source>
        <translation>迷你模式</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Record the conversation, or stop</source>
        <translation>录制对话，或停止录制</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Type a message…</source>
        <translation>输入消息…</translation>
    </message>
    <message>
        <source>Start a conversation to type</source>
        <translation>开始对话后即可输入</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <source>LiveDesk mini mode</source>
        <translation>LiveDesk 迷你模式</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>取消麦克风静音</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>麦克风静音</translation>
    </message>
    <message>
        <source>Leave mini mode</source>
        <translation>退出迷你模式</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>结束对话</translation>
    </message>
</context>
<context>
    <name>ModePicker</name>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>在</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Mode&apos;s default</source>
        <translation>模式默认</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>说话的语言</translation>
    </message>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>into</source>
        <translation>译为</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>目标语言</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Mini mode (Ctrl+Shift+M)</source>
        <translation>迷你模式（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>键盘快捷键（F1）</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>关于 LiveDesk</translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>Dismiss note</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>播放录音</translation>
    </message>
    <message>
        <source>Show the recording&apos;s folder</source>
        <translation>显示录音所在文件夹</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
</context>
<context>
    <name>ScreenShareDialog</name>
    <message>
        <source>Share your screen</source>
        <translation>共享屏幕</translation>
    </message>
    <message>
        <source>Choose what the model sees. It receives a picture of it about once a second until you stop sharing.</source>
        <translation>选择模型能看到的内容。在您停止共享之前，它大约每秒收到一张画面。</translation>
    </message>
    <message>
        <source>Screens and windows</source>
        <translation>屏幕和窗口</translation>
    </message>
    <message>
        <source>No screen or window can be shared.</source>
        <translation>没有可共享的屏幕或窗口。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Hide what you type</source>
        <translation>隐藏输入内容</translation>
    </message>
    <message>
        <source>Show what you type</source>
        <translation>显示输入内容</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>In use until you quit: %1</source>
        <translation>退出前有效：%1</translation>
    </message>
</context>
<context>
    <name>SettingChoice</name>
    <message>
        <source>%1 (not available)</source>
        <translation>%1（不可用）</translation>
    </message>
</context>
<context>
    <name>SettingText</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>选择%1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>模型与语音</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>说话</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Camera and screen</source>
        <translation>摄像头与屏幕</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分区</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Where the conversation runs. The offline demo needs no key and no network.</source>
        <translation>对话在哪里运行。离线演示不需要密钥，也不需要网络。</translation>
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
        <translation>临时令牌服务器</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>离线演示</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini API 密钥</translation>
    </message>
    <message>
        <source>Paste your key from Google AI Studio</source>
        <translation>粘贴你在 Google AI Studio 获取的密钥</translation>
    </message>
    <message>
        <source>Google Cloud project</source>
        <translation>Google Cloud 项目</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>A region such as us-central1, or global.</source>
        <translation>例如 us-central1 这样的区域，或 global。</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth 访问令牌</translation>
    </message>
    <message>
        <source>Express-mode API key</source>
        <translation>快捷模式 API 密钥</translation>
    </message>
    <message>
        <source>Vertex AI credential</source>
        <translation>Vertex AI 凭据</translation>
    </message>
    <message>
        <source>Access token or API key</source>
        <translation>访问令牌或 API 密钥</translation>
    </message>
    <message>
        <source>Token server</source>
        <translation>令牌服务器</translation>
    </message>
    <message>
        <source>Your server that creates short-lived tokens, so the API key never leaves it.</source>
        <translation>你自己的服务器，用来签发短期令牌，API 密钥始终不离开它。</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <source>A Live API compatible WebSocket server.</source>
        <translation>与 Live API 兼容的 WebSocket 服务器。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Add a model by name</source>
        <translation>按名称添加模型</translation>
    </message>
    <message>
        <source>Model name to add</source>
        <translation>要添加的模型名称</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Response language</source>
        <translation>回答语言</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>系统指令</translation>
    </message>
    <message>
        <source>How the model should behave, in your words.</source>
        <translation>用你自己的话说明模型应如何表现。</translation>
    </message>
    <message>
        <source>You are a friendly assistant who answers briefly.</source>
        <translation>你是一个友善的助手，回答简洁。</translation>
    </message>
    <message>
        <source>Affective dialog</source>
        <translation>情感对话</translation>
    </message>
    <message>
        <source>The model adapts its tone to how you sound.</source>
        <translation>模型会根据你的语气调整自己的语调。</translation>
    </message>
    <message>
        <source>Proactive audio</source>
        <translation>主动音频</translation>
    </message>
    <message>
        <source>The model may stay silent when a reply is not needed.</source>
        <translation>不需要回答时，模型可以保持沉默。</translation>
    </message>
    <message>
        <source>Transcribe what you say</source>
        <translation>转写你说的话</translation>
    </message>
    <message>
        <source>Transcribe what the model says</source>
        <translation>转写模型说的话</translation>
    </message>
    <message>
        <source>Context compression</source>
        <translation>上下文压缩</translation>
    </message>
    <message>
        <source>Lets conversations run longer than 15 minutes (2 with video).</source>
        <translation>让对话可以超过 15 分钟（有视频时为 2 分钟）。</translation>
    </message>
    <message>
        <source>Talk mode</source>
        <translation>说话模式</translation>
    </message>
    <message>
        <source>Applies to the next conversation.</source>
        <translation>从下一次对话开始生效。</translation>
    </message>
    <message>
        <source>Hands-free (the service detects speech)</source>
        <translation>免提（由服务检测说话）</translation>
    </message>
    <message>
        <source>Hands-free (LiveDesk detects speech)</source>
        <translation>免提（由 LiveDesk 检测说话）</translation>
    </message>
    <message>
        <source>Push to talk (click, or hold Space)</source>
        <translation>按键说话（点击，或按住空格键）</translation>
    </message>
    <message>
        <source>When you speak over the model</source>
        <translation>在模型说话时你开口</translation>
    </message>
    <message>
        <source>Interrupt it</source>
        <translation>打断它</translation>
    </message>
    <message>
        <source>Let it finish</source>
        <translation>让它说完</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>开始说话灵敏度</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>服务默认值</translation>
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
        <translation>结束说话灵敏度</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>结束你发言的静音时长</translation>
    </message>
    <message>
        <source>0 uses the service&apos;s default.</source>
        <translation>0 表示使用服务默认值。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Speech needed to start a turn</source>
        <translation>开始一次发言所需的说话时长</translation>
    </message>
    <message>
        <source>Local barge-in</source>
        <translation>本地打断</translation>
    </message>
    <message>
        <source>What LiveDesk does at once when you start talking while the model speaks.</source>
        <translation>模型说话时你一开口，LiveDesk 立即采取的动作。</translation>
    </message>
    <message>
        <source>Lower the model&apos;s voice</source>
        <translation>降低模型音量</translation>
    </message>
    <message>
        <source>Stop the model</source>
        <translation>让模型停下</translation>
    </message>
    <message>
        <source>Nothing (wait for the service)</source>
        <translation>不做处理（等待服务）</translation>
    </message>
    <message>
        <source>Barge-in sensitivity</source>
        <translation>打断灵敏度</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <source>Echo cancellation</source>
        <translation>回声消除</translation>
    </message>
    <message>
        <source>Keeps the model from hearing itself through your speakers.</source>
        <translation>防止模型从你的扬声器里听到自己的声音。</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>降噪</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>From 0.5 (slower) to 2 (faster); the pitch stays the same.</source>
        <translation>从 0.5（更慢）到 2（更快），音调保持不变。</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>At most one frame per second; fewer costs less.</source>
        <translation>最多每秒一帧；帧越少费用越低。</translation>
    </message>
    <message>
        <source>frames/s</source>
        <translation>帧/秒</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Higher shows more detail and costs more tokens per frame.</source>
        <translation>越高细节越多，每帧消耗的令牌也越多。</translation>
    </message>
    <message>
        <source>Low (512 px)</source>
        <translation>低（512 像素）</translation>
    </message>
    <message>
        <source>Medium (1024 px)</source>
        <translation>中（1024 像素）</translation>
    </message>
    <message>
        <source>High (1536 px)</source>
        <translation>高（1536 像素）</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>JPEG 质量</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>Google 搜索</translation>
    </message>
    <message>
        <source>The model may search the web; its sources show under the answer.</source>
        <translation>模型可以搜索网络，来源会显示在回答下方。</translation>
    </message>
    <message>
        <source>Tools file</source>
        <translation>工具文件</translation>
    </message>
    <message>
        <source>A JSON file of your own tools (commands or web requests).</source>
        <translation>包含你自定义工具（命令或网络请求）的 JSON 文件。</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>A JSON file in the common “mcpServers” format.</source>
        <translation>采用常见“mcpServers”格式的 JSON 文件。</translation>
    </message>
    <message>
        <source>Always allowed</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <source>Tools you allowed for good. Remove one to be asked again.</source>
        <translation>你已永久允许的工具。移除后会再次询问。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Stop always allowing %1</source>
        <translation>不再始终允许 %1</translation>
    </message>
    <message>
        <source>Use my own prices</source>
        <translation>使用我自己的价格</translation>
    </message>
    <message>
        <source>Otherwise the published prices of the chosen model are used. The cost shown is an estimate.</source>
        <translation>否则使用所选模型的公开价格。显示的费用为估算值。</translation>
    </message>
    <message>
        <source>Text input</source>
        <translation>文本输入</translation>
    </message>
    <message>
        <source>US$ per million tokens</source>
        <translation>美元/百万令牌</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>音频输入</translation>
    </message>
    <message>
        <source>Image and video input</source>
        <translation>图片和视频输入</translation>
    </message>
    <message>
        <source>Text output</source>
        <translation>文本输出</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>音频输出</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Transcript text size</source>
        <translation>文字记录字号</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus change it too.</source>
        <translation>也可以用 Ctrl+加号 和 Ctrl+减号 调整。</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>磅</translation>
    </message>
    <message>
        <source>Closing the window during a conversation</source>
        <translation>对话进行中关闭窗口时</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Keep running in the background</source>
        <translation>在后台继续运行</translation>
    </message>
    <message>
        <source>End the conversation and quit</source>
        <translation>结束对话并退出</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Software drawing repaints only what changes and uses less power where there is no graphics driver. Applies when LiveDesk starts again.</source>
        <translation>软件绘制只重绘发生变化的部分，在没有显卡驱动的环境中更省电。下次启动 LiveDesk 时生效。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Graphics card (OpenGL)</source>
        <translation>显卡 (OpenGL)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Hear the original quietly</source>
        <translation>小声播放原声</translation>
    </message>
    <message>
        <source>When translating the computer or an application: the original plays under the translation.</source>
        <translation>翻译电脑或某个应用的声音时：原声在译文下方播放。</translation>
    </message>
    <message>
        <source>Level of the original</source>
        <translation>原声音量</translation>
    </message>
    <message>
        <source>Below its full level, from -60 to 0 dB (-22 dB is 8 %).</source>
        <translation>低于原始音量，-60 到 0 dB（-22 dB 即 8 %）。</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Send the original when there is no translation</source>
        <translation>没有译文时发送原声</translation>
    </message>
    <message>
        <source>With “As a microphone”: the call hears the original until the translation speaks.</source>
        <translation>启用“作为麦克风”时：在译文开始前，通话对方听到的是原声。</translation>
    </message>
</context>
<context>
    <name>SharingIndicator</name>
    <message>
        <source>Camera paused</source>
        <translation>摄像头已暂停</translation>
    </message>
    <message>
        <source>Screen sharing paused</source>
        <translation>屏幕共享已暂停</translation>
    </message>
    <message>
        <source>Sharing the camera</source>
        <translation>正在共享摄像头</translation>
    </message>
    <message>
        <source>Sharing the screen</source>
        <translation>正在共享屏幕</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>停止共享摄像头</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>停止共享屏幕</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>空格</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>key</comment>
        <translation>回车</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Live (offline demo)</source>
        <translation>已连接（离线演示）</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>正在结束…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Session time %1</source>
        <translation>会话时长 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>重连 %Ln 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个令牌</translation>
    </message>
    <message>
        <source>In: %1 · Out: %2</source>
        <translation>输入：%1 · 输出：%2</translation>
    </message>
    <message>
        <source>≈ US$%1</source>
        <translation>≈ %1 美元</translation>
    </message>
    <message>
        <source>Estimated cost %1 US dollars</source>
        <translation>估算费用 %1 美元</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>说话</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>打断</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <source>Click to start or end your turn, or hold to talk. Space also holds.</source>
        <translation>点击开始或结束你的发言，或按住说话。空格键也可以按住。</translation>
    </message>
    <message>
        <source>The microphone is open. Click to interrupt the model.</source>
        <translation>麦克风已打开。点击可打断模型。</translation>
    </message>
    <message>
        <source>Starts a conversation.</source>
        <translation>开始对话。</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Tool call %1: %2</source>
        <translation>工具调用 %1：%2</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>参数：%1</translation>
    </message>
</context>
<context>
    <name>ToolCallsPanel</name>
    <message>
        <source>Tool calls</source>
        <translation>工具调用</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln 个运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>When the model uses a tool, it shows here.</source>
        <translation>模型使用工具时会显示在这里。</translation>
    </message>
</context>
<context>
    <name>TranscriptBubble</name>
    <message>
        <source>You said: %1</source>
        <translation>你说：%1</translation>
    </message>
    <message>
        <source>The model said: %1</source>
        <translation>模型说：%1</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已打断</translation>
    </message>
    <message>
        <source>(no words recognised)</source>
        <translation>（未识别出文字）</translation>
    </message>
    <message>
        <source>Interrupted · struck-out words were not heard</source>
        <translation>已打断 · 带删除线的文字你没有听到</translation>
    </message>
    <message>
        <source>Copy your message %1</source>
        <translation>复制您的消息 %1</translation>
    </message>
    <message>
        <source>Copy answer %1</source>
        <translation>复制回复 %1</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>对话文字记录</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>等待确认</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message>
        <source>Camera and screen</source>
        <translation>摄像头与屏幕</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>正在分享</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>停止分享摄像头</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>分享摄像头</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>停止分享屏幕</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>分享屏幕</translation>
    </message>
    <message>
        <source>Resume sharing</source>
        <translation>继续分享</translation>
    </message>
    <message>
        <source>Pause sharing</source>
        <translation>暂停分享</translation>
    </message>
    <message>
        <source>The frame last sent to the model</source>
        <translation>最近一次发送给模型的画面</translation>
    </message>
    <message>
        <source>Waiting for the first frame…</source>
        <translation>正在等待第一帧…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln frame(s) sent</source>
        <translation>
            <numerusform>%1 · 已发送 %Ln 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a conversation to share your camera or screen.</source>
        <translation>开始对话后即可分享摄像头或屏幕。</translation>
    </message>
</context>
<context>
    <name>VoiceVisual</name>
    <message>
        <source>Microphone off</source>
        <translation>麦克风已关闭</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>正在听你说</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>正在说话</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已打断</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Voice: %1</source>
        <translation>语音：%1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>欢迎使用 LiveDesk</translation>
    </message>
    <message>
        <source>Talk with Gemini in real time, and show it your camera or screen.</source>
        <translation>与 Gemini 实时对话，并让它看到你的摄像头或屏幕。</translation>
    </message>
    <message>
        <source>Try it without a key</source>
        <translation>无需密钥即可试用</translation>
    </message>
    <message>
        <source>The offline demo runs a stand-in for the Live API on this computer: no account, no network. It answers with a synthetic voice and shows how tools and transcripts work.</source>
        <translation>离线演示会在这台电脑上模拟 Live API：不需要账号，也不需要网络。它用合成语音回答，并展示工具和文字记录的效果。</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>试用离线演示</translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation>输入 API 密钥</translation>
    </message>
    <message>
        <source>Create a free key at &lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt;. LiveDesk keeps it in your system keychain.</source>
        <translation>在 &lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt; 免费创建密钥。LiveDesk 会把它保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini API 密钥</translation>
    </message>
    <message>
        <source>Paste your key here</source>
        <translation>在此粘贴密钥</translation>
    </message>
    <message>
        <source>Vertex AI and other ways to connect…</source>
        <translation>Vertex AI 和其他连接方式…</translation>
    </message>
</context>
<context>
    <name>livedesk::app</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a URL (expected e.g. ws://127.0.0.1:8765).</source>
        <translation>端点“%1”不是 URL（例如 ws://127.0.0.1:8765）。</translation>
    </message>
    <message>
        <source>No model given and the model table has no default.</source>
        <translation>未指定模型，模型表中也没有默认模型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 30 prebuilt voices; the service may reject it.</source>
        <translation>“%1”不是 30 种预设语音之一，服务可能会拒绝。</translation>
    </message>
    <message>
        <source>%1 has been retired by the service (it answers 1008 &quot;not found&quot;); use %2.</source>
        <translation>服务已停用 %1（会返回 1008“not found”）；请使用 %2。</translation>
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
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>not recorded (the app stopped, or the session is still running)</source>
        <translation>未记录（应用已停止，或会话仍在进行）</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用量：</translation>
    </message>
    <message>
        <source>%1 prompt tokens, %2 response tokens, about %3 USD</source>
        <translation>输入 %1 个令牌，回复 %2 个令牌，约 %3 美元</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>录音：</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>转录</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>（已中断）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tool `%1`: %2</source>
        <translation>工具 `%1`：%2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Cannot write the transcript %1: %2</source>
        <translation>无法写入转录 %1：%2</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Visual help</source>
        <translation>视觉帮助</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>口译</translation>
    </message>
    <message>
        <source>cue %1: &quot;%2&quot; is not a valid timing</source>
        <translation>字幕 %1：“%2”不是有效的时间</translation>
    </message>
    <message>
        <source>cue %1: it ends before it starts</source>
        <translation>字幕 %1：结束时间早于开始时间</translation>
    </message>
    <message>
        <source>not a WebVTT file: it must start with WEBVTT</source>
        <translation>不是 WebVTT 文件：必须以 WEBVTT 开头</translation>
    </message>
    <message>
        <source>cue %1: no timing line (start --&gt; end)</source>
        <translation>字幕 %1：缺少时间行（开始 --&gt; 结束）</translation>
    </message>
    <message>
        <source>cue %1: expected a number, then a timing line</source>
        <translation>字幕 %1：应为编号，然后是时间行</translation>
    </message>
    <message>
        <source>%1: subtitles must be .vtt (WebVTT) or .srt</source>
        <translation>%1：字幕必须是 .vtt（WebVTT）或 .srt</translation>
    </message>
    <message>
        <source>Cannot write the subtitles %1: %2</source>
        <translation>无法写入字幕 %1：%2</translation>
    </message>
    <message>
        <source>Translation needs a target language (e.g. de-DE).</source>
        <translation>翻译需要目标语言（例如 de-DE）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. de-DE or fr).</source>
        <translation>“%1”不是语言代码（应为如 de-DE 或 fr）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. en-US, or auto).</source>
        <translation>“%1”不是语言代码（应为如 en-US 或 auto）。</translation>
    </message>
    <message>
        <source>Interpreting needs both languages: the source language of one person and the target language of the other.</source>
        <translation>口译需要两种语言：一方的源语言和另一方的目标语言。</translation>
    </message>
    <message>
        <source>The source and target languages are the same (%1).</source>
        <translation>源语言和目标语言相同（%1）。</translation>
    </message>
    <message>
        <source>%1 translates into one language only: everything will be translated into %2, not both ways. Choose a general model to interpret between two people.</source>
        <translation>%1 只能译为一种语言：所有内容都将译为 %2，而不是双向翻译。要在两人之间口译，请选择通用模型。</translation>
    </message>
    <message>
        <source>%1 takes no instructions: the names and terms to keep were not sent.</source>
        <translation>%1 不接受指令：未发送需保留的名称和术语。</translation>
    </message>
    <message>
        <source>%1 takes no system instruction; yours was not sent.</source>
        <translation>%1 不接受系统指令；您的指令未发送。</translation>
    </message>
    <message>
        <source>%1 neither translates nor takes instructions: it will answer rather than translate.</source>
        <translation>%1 既不翻译也不接受指令：它会回答而不是翻译。</translation>
    </message>
    <message>
        <source>%1 takes spoken audio only; typed text is not sent.</source>
        <translation>%1 只接受语音输入；键入的文字不会发送。</translation>
    </message>
    <message>
        <source>pactl could not be started (install pulseaudio-utils)</source>
        <translation>无法启动 pactl（请安装 pulseaudio-utils）</translation>
    </message>
    <message>
        <source>pactl %1 did not answer within %2 s</source>
        <translation>pactl %1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>--listen app:NAME needs the application&apos;s name, e.g. app:firefox</source>
        <translation>--listen app:NAME 需要应用程序名称，例如 app:firefox</translation>
    </message>
    <message>
        <source>--listen expects system, app:NAME or mic, not &quot;%1&quot;</source>
        <translation>--listen 应为 system、app:NAME 或 mic，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AboutText</name>
    <message>
        <source>Application framework, audio and camera devices, interface</source>
        <translation>应用框架、音频和摄像头设备、界面</translation>
    </message>
    <message>
        <source>Resizing and JPEG encoding of camera and screen frames</source>
        <translation>摄像头和屏幕画面的缩放与 JPEG 编码</translation>
    </message>
    <message>
        <source>Echo cancellation, noise suppression and gain control</source>
        <translation>回声消除、降噪和增益控制</translation>
    </message>
    <message>
        <source>Sample-rate conversion</source>
        <translation>采样率转换</translation>
    </message>
    <message>
        <source>Speech rate without a change of pitch</source>
        <translation>调整语速而不改变音调</translation>
    </message>
    <message>
        <source>Opus audio codec for recordings</source>
        <translation>用于录音的 Opus 音频编解码器</translation>
    </message>
    <message>
        <source>Ogg Opus files for recordings</source>
        <translation>用于录音的 Ogg Opus 文件</translation>
    </message>
    <message>
        <source>Speech for the offline demo</source>
        <translation>离线演示的语音</translation>
    </message>
    <message>
        <source>Keeps the API key in the system keychain</source>
        <translation>将 API 密钥保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Echo cancellation and noise suppression</source>
        <translation>回声消除和降噪</translation>
    </message>
    <message>
        <source>Adjustable speech rate</source>
        <translation>可调语速</translation>
    </message>
    <message>
        <source>Recording conversations as Ogg Opus</source>
        <translation>将对话录制为 Ogg Opus</translation>
    </message>
    <message>
        <source>Spoken answers in the offline demo</source>
        <translation>离线演示中的语音回答</translation>
    </message>
    <message>
        <source>API key in the system keychain</source>
        <translation>系统钥匙串中的 API 密钥</translation>
    </message>
    <message>
        <source>Video files as a frame source</source>
        <translation>以视频文件作为画面来源</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppController</name>
    <message>
        <source>The offline demo could not start</source>
        <translation>无法启动离线演示</translation>
    </message>
    <message>
        <source>No token server</source>
        <translation>没有令牌服务器</translation>
    </message>
    <message>
        <source>Enter the address of your token server in the settings.</source>
        <translation>请在设置中填写令牌服务器的地址。</translation>
    </message>
    <message>
        <source>No token from the token server</source>
        <translation>未从令牌服务器获得令牌</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>没有 API 密钥</translation>
    </message>
    <message>
        <source>Enter a Vertex AI access token or express-mode API key in the settings.</source>
        <translation>请在设置中填写 Vertex AI 访问令牌或快捷模式 API 密钥。</translation>
    </message>
    <message>
        <source>Enter your Gemini API key in the settings, or try the offline demo.</source>
        <translation>请在设置中填写 Gemini API 密钥，或试用离线演示。</translation>
    </message>
    <message>
        <source>These settings cannot work</source>
        <translation>这些设置无法工作</translation>
    </message>
    <message>
        <source>The tools could not be loaded</source>
        <translation>无法加载工具</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>计时器：%1</translation>
    </message>
    <message>
        <source>The chosen device could not be opened.</source>
        <translation>无法打开所选设备。</translation>
    </message>
    <message>
        <source>Your saved modes could not be read: %1</source>
        <translation>无法读取您保存的模式：%1</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>录音已保存：%1</translation>
    </message>
    <message>
        <source>The history cannot be saved: %1</source>
        <translation>无法保存历史记录：%1</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to 36500 days.</source>
        <translation>对话保留 0（永久）到 36500 天。</translation>
    </message>
    <message>
        <source>This conversation is not saved in the history: %1</source>
        <translation>此对话未保存到历史记录：%1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>历史记录：%1</translation>
    </message>
    <message>
        <source>Start a conversation to record it.</source>
        <translation>开始对话后才能录制。</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>尚无回复</translation>
    </message>
    <message numerus="yes">
        <source>The model has not answered for %n second(s).</source>
        <translation>
            <numerusform>模型已有 %n 秒没有回复。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to ask again.</source>
        <translation>没有可以重新提问的内容。</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>离线演示</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The history is not damaged.</source>
        <translation>历史记录没有损坏。</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1, but a new one cannot be started: %2</source>
        <translation>损坏的历史记录已移至 %1，但无法新建历史记录：%2</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1; a new one was started.</source>
        <translation>损坏的历史记录已移至 %1；已新建历史记录。</translation>
    </message>
    <message>
        <source>The translation listens to the microphone: %1</source>
        <translation>翻译将收听麦克风：%1</translation>
    </message>
    <message>
        <source>The events or metrics file cannot be written</source>
        <translation>无法写入事件或指标文件</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>未写入：%1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppSettings</name>
    <message>
        <source>The settings file %1 could not be read, so LiveDesk uses its defaults. The file was left as it is; fix or remove it to get your settings back.</source>
        <translation>无法读取设置文件 %1，因此 LiveDesk 使用默认设置。该文件保持原样；修复或删除它即可恢复你的设置。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read or written; changes will not be kept.</source>
        <translation>无法读取或写入设置文件 %1；更改将不会保存。</translation>
    </message>
    <message>
        <source>These settings in %1 had values LiveDesk cannot use and were ignored (their defaults apply until you change them): %2.</source>
        <translation>%1 中的以下设置的值 LiveDesk 无法使用，已被忽略（在你更改之前使用其默认值）：%2。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ChoiceText</name>
    <message>
        <source>Bright</source>
        <translation>明亮</translation>
    </message>
    <message>
        <source>Upbeat</source>
        <translation>欢快</translation>
    </message>
    <message>
        <source>Informative</source>
        <translation>知性</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>坚定</translation>
    </message>
    <message>
        <source>Excitable</source>
        <translation>兴奋</translation>
    </message>
    <message>
        <source>Youthful</source>
        <translation>年轻</translation>
    </message>
    <message>
        <source>Breezy</source>
        <translation>轻快</translation>
    </message>
    <message>
        <source>Easy-going</source>
        <translation>随和</translation>
    </message>
    <message>
        <source>Breathy</source>
        <translation>气声</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清晰</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>柔顺</translation>
    </message>
    <message>
        <source>Gravelly</source>
        <translation>沙哑</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>轻柔</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>成熟</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>直率</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>友好</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>随意</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>温和</translation>
    </message>
    <message>
        <source>Lively</source>
        <translation>活泼</translation>
    </message>
    <message>
        <source>Knowledgeable</source>
        <translation>博学</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>温暖</translation>
    </message>
    <message>
        <source>Default (Puck)</source>
        <translation>默认（Puck）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The model answers in the language you speak</source>
        <translation>模型用你说的语言回答</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Cli</name>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>面向 Gemini Live API 的桌面语音与视频助手。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Conversation</name>
    <message>
        <source>Reconnected</source>
        <translation>已重新连接</translation>
    </message>
    <message numerus="yes">
        <source>Context restored from the last %n turn(s): the model no longer remembers what it heard or saw before.</source>
        <translation>
            <numerusform>已根据最近 %n 轮对话恢复上下文：模型不再记得之前听到或看到的内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedesk::app::DeviceModel</name>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>屏幕 %1（%2 × %3）</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>主屏幕</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ErrorText</name>
    <message>
        <source>close code %1</source>
        <translation>关闭代码 %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>API 密钥未被接受</translation>
    </message>
    <message>
        <source>Check that the key is complete and belongs to a project with the Gemini API enabled, then enter it again.</source>
        <translation>请检查密钥是否完整，并且属于已启用 Gemini API 的项目，然后重新输入。</translation>
    </message>
    <message>
        <source>Usage limit reached</source>
        <translation>已达到用量上限</translation>
    </message>
    <message>
        <source>Your project has used its quota or has too many conversations open. Try again in a few minutes.</source>
        <translation>你的项目已用完配额，或打开的对话过多。请几分钟后再试。</translation>
    </message>
    <message>
        <source>The model is not available</source>
        <translation>模型不可用</translation>
    </message>
    <message>
        <source>The service does not offer this model for live conversations. Choose another model.</source>
        <translation>该服务不提供此模型的实时对话。请选择其他模型。</translation>
    </message>
    <message>
        <source>The service does not offer “%1” for live conversations. Choose another model.</source>
        <translation>该服务不提供“%1”的实时对话。请选择其他模型。</translation>
    </message>
    <message>
        <source>The settings were not accepted</source>
        <translation>设置未被接受</translation>
    </message>
    <message>
        <source>The service refused this combination of settings. Check the model and its options.</source>
        <translation>服务拒绝了这组设置。请检查模型及其选项。</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>无网络连接</translation>
    </message>
    <message>
        <source>LiveDesk cannot reach the service. Check your internet connection and try again.</source>
        <translation>LiveDesk 无法连接到服务。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The service had a problem</source>
        <translation>服务出现问题</translation>
    </message>
    <message>
        <source>The conversation ended on the service&apos;s side. Start it again.</source>
        <translation>服务端结束了对话。请重新开始。</translation>
    </message>
    <message>
        <source>The service refused the conversation</source>
        <translation>服务拒绝了对话</translation>
    </message>
    <message>
        <source>This may be a regional restriction or a content policy. The details below say what the service reported.</source>
        <translation>可能是地区限制或内容政策导致的。下方详情显示了服务报告的内容。</translation>
    </message>
    <message>
        <source>The service did not answer</source>
        <translation>服务没有响应</translation>
    </message>
    <message>
        <source>The conversation could not start in time. Try again.</source>
        <translation>对话未能及时开始。请重试。</translation>
    </message>
    <message>
        <source>A message from the service was skipped</source>
        <translation>跳过了一条来自服务的消息</translation>
    </message>
    <message>
        <source>The conversation goes on.</source>
        <translation>对话仍在继续。</translation>
    </message>
    <message>
        <source>The microphone is silent</source>
        <translation>麦克风没有声音</translation>
    </message>
    <message>
        <source>No sound arrives from the microphone. It may be muted in the system or unplugged; choose another one if needed.</source>
        <translation>麦克风没有传来声音。它可能在系统中被静音或已拔出；如有需要请选择其他麦克风。</translation>
    </message>
    <message>
        <source>Microphone disconnected</source>
        <translation>麦克风已断开</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default microphone.</source>
        <translation>LiveDesk 已切换到系统默认麦克风。</translation>
    </message>
    <message>
        <source>Speaker disconnected</source>
        <translation>扬声器已断开</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default speaker.</source>
        <translation>LiveDesk 已切换到系统默认扬声器。</translation>
    </message>
    <message>
        <source>The microphone could not be used</source>
        <translation>无法使用该麦克风</translation>
    </message>
    <message>
        <source>Choose another microphone.</source>
        <translation>请选择其他麦克风。</translation>
    </message>
    <message>
        <source>The speaker could not be used</source>
        <translation>无法使用该扬声器</translation>
    </message>
    <message>
        <source>Choose another speaker.</source>
        <translation>请选择其他扬声器。</translation>
    </message>
    <message>
        <source>Echo cancellation is not available</source>
        <translation>回声消除不可用</translation>
    </message>
    <message>
        <source>Use headphones so the model does not hear itself.</source>
        <translation>请使用耳机，以免模型听到自己的声音。</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed</source>
        <translation>无法更改语速</translation>
    </message>
    <message>
        <source>The model speaks at its normal rate.</source>
        <translation>模型以正常语速说话。</translation>
    </message>
    <message>
        <source>Some microphone audio was lost</source>
        <translation>丢失了部分麦克风音频</translation>
    </message>
    <message>
        <source>The computer was too busy for a moment.</source>
        <translation>电脑刚才过于繁忙。</translation>
    </message>
    <message>
        <source>No microphone or speaker</source>
        <translation>没有麦克风或扬声器</translation>
    </message>
    <message>
        <source>LiveDesk could not open any audio device. Connect one or choose another.</source>
        <translation>LiveDesk 无法打开任何音频设备。请连接一个设备或选择其他设备。</translation>
    </message>
    <message>
        <source>The camera could not be shared</source>
        <translation>无法分享摄像头</translation>
    </message>
    <message>
        <source>The screen could not be shared</source>
        <translation>无法分享屏幕</translation>
    </message>
    <message>
        <source>Enter key</source>
        <translation>输入密钥</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <source>Choose a microphone</source>
        <translation>选择麦克风</translation>
    </message>
    <message>
        <source>Choose a speaker</source>
        <translation>选择扬声器</translation>
    </message>
    <message>
        <source>Choose a camera</source>
        <translation>选择摄像头</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>重新提问</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistoryListModel</name>
    <message>
        <source>The history is not open.</source>
        <translation>历史记录未打开。</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>无标题对话</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistorySessionModel</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>请先打开一个对话。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Unknown export format: %1</source>
        <translation>未知的导出格式：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>≈ US$%1</source>
        <translation>≈ %1 美元</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistoryStore</name>
    <message>
        <source>The history needs Qt&apos;s SQLite driver, which is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>历史记录需要 Qt 的 SQLite 驱动，但未安装（Debian：libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The history database %1 is a folder.</source>
        <translation>历史数据库 %1 是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>无法为历史记录创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (not SQLite); it was left untouched.</source>
        <translation>%1 不是 LiveDesk 历史数据库（不是 SQLite）；未作改动。</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>无法打开历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 不是可用的 SQLite 数据库：%2</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer LiveDesk (schema %2); this one reads schema %3. It was left untouched.</source>
        <translation>历史记录 %1 由较新的 LiveDesk 写入（架构 %2）；此版本读取架构 %3。未作改动。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a LiveDesk history; it was left untouched.</source>
        <translation>%1 是 SQLite 数据库，但不是 LiveDesk 历史记录；未作改动。</translation>
    </message>
    <message>
        <source>Cannot switch the history %1 to write-ahead logging: %2</source>
        <translation>无法将历史记录 %1 切换为预写日志：%2</translation>
    </message>
    <message>
        <source>Cannot set up the history database %1: %2</source>
        <translation>无法设置历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>The SQLite library in use has no full-text search (FTS5): history search finds exact text only, without ranking.</source>
        <translation>正在使用的 SQLite 库没有全文搜索（FTS5）：历史记录搜索只能查找完全匹配的文本，且不排序。</translation>
    </message>
    <message>
        <source>Cannot add the session to the history: %1</source>
        <translation>无法将会话添加到历史记录：%1</translation>
    </message>
    <message>
        <source>Cannot save to the history: %1</source>
        <translation>无法保存到历史记录：%1</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>没有会话 %1</translation>
    </message>
    <message>
        <source>Cannot delete from the history: %1</source>
        <translation>无法从历史记录中删除：%1</translation>
    </message>
    <message>
        <source>There is no session %1 in the history.</source>
        <translation>历史记录中没有会话 %1。</translation>
    </message>
    <message>
        <source>The retention must be 0 (keep everything) or a number of days.</source>
        <translation>保留期限必须为 0（全部保留）或天数。</translation>
    </message>
    <message>
        <source>Cannot apply the retention: %1</source>
        <translation>无法应用保留期限：%1</translation>
    </message>
    <message>
        <source>Cannot read the history database %1: %2</source>
        <translation>无法读取历史记录数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (it has no LiveDesk tables); it was left untouched.</source>
        <translation>%1 不是 LiveDesk 历史记录数据库（其中没有 LiveDesk 表）；未对其做任何更改。</translation>
    </message>
    <message>
        <source>There is no history at %1 to move aside.</source>
        <translation>%1 处没有可移到一旁的历史记录。</translation>
    </message>
    <message>
        <source>Cannot move the history %1 aside to %2.</source>
        <translation>无法将历史记录 %1 移到 %2。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ListenSourceModel</name>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Everything the computer plays</source>
        <translation>电脑播放的所有声音</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeListModel</name>
    <message>
        <source>Give the mode a name.</source>
        <translation>请为模式命名。</translation>
    </message>
    <message>
        <source>Unknown kind of mode: %1</source>
        <translation>未知的模式类型：%1</translation>
    </message>
    <message>
        <source>Choose the language to translate into.</source>
        <translation>请选择目标语言。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModePreset</name>
    <message>
        <source>A mode needs a name.</source>
        <translation>模式需要一个名称。</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; has no kind (assistant, visual-help, translator or interpreter).</source>
        <translation>模式“%1”没有类型（assistant、visual-help、translator 或 interpreter）。</translation>
    </message>
    <message>
        <source>The level of the original must be between -60 and 0 dB (got %1).</source>
        <translation>原声音量必须在 -60 到 0 dB 之间（收到 %1）。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeStore</name>
    <message>
        <source>Cannot read the modes file %1: %2</source>
        <translation>无法读取模式文件 %1：%2</translation>
    </message>
    <message>
        <source>The modes file %1 is not valid: %2</source>
        <translation>模式文件 %1 无效：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the modes file %1: %2</source>
        <translation>无法写入模式文件 %1：%2</translation>
    </message>
    <message>
        <source>A mode needs a name with letters or digits.</source>
        <translation>模式名称需要包含字母或数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in mode; save yours under another name.</source>
        <translation>“%1”是内置模式；请用其他名称保存您的模式。</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>偏移 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>version: expected 1</source>
        <translation>version：应为 1</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1：未知的键“%2”</translation>
    </message>
    <message>
        <source>%1.kind: &quot;%2&quot; is not one of assistant, visual-help, translator, interpreter</source>
        <translation>%1.kind：“%2”不是 assistant、visual-help、translator、interpreter 之一</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelListModel</name>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>情感对话</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>主动音频</translation>
    </message>
    <message>
        <source>background tools</source>
        <translation>后台工具</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>你添加的</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>旧版</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览版</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelNotice</name>
    <message>
        <source>%1 has been retired by the service and no longer answers; use %2.</source>
        <translation>服务已停用 %1，它不再响应；请使用 %2。</translation>
    </message>
    <message>
        <source>This model is being shut down</source>
        <translation>此模型即将停止服务</translation>
    </message>
    <message>
        <source>This model is a legacy model</source>
        <translation>此模型是旧版模型</translation>
    </message>
    <message>
        <source>This model has been retired</source>
        <translation>此模型已停用</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Pages</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>livedesk::app::PulseRoutes</name>
    <message>
        <source>no PulseAudio server answers (pactl info failed)</source>
        <translation>没有 PulseAudio 服务器响应（pactl info 失败）</translation>
    </message>
    <message>
        <source>no PulseAudio server: %1</source>
        <translation>没有 PulseAudio 服务器：%1</translation>
    </message>
    <message>
        <source>PulseAudio could not load %1: %2</source>
        <translation>PulseAudio 无法加载 %1：%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>another LiveDesk is already listening to the computer (the PulseAudio sink %1 exists)</source>
        <translation>另一个 LiveDesk 已在收听电脑播放的声音（PulseAudio 输出 %1 已存在）</translation>
    </message>
    <message>
        <source>there is no output device to listen to</source>
        <translation>没有可收听的输出设备</translation>
    </message>
    <message>
        <source>PulseAudio did not accept %1 as the default sink: %2</source>
        <translation>PulseAudio 未接受将 %1 设为默认输出：%2</translation>
    </message>
    <message>
        <source>another LiveDesk already has the virtual microphone &quot;%1&quot;</source>
        <translation>另一个 LiveDesk 已占用虚拟麦克风“%1”</translation>
    </message>
    <message>
        <source>PulseAudio loaded the loopback %1 but it has no streams</source>
        <translation>PulseAudio 已加载回环 %1，但它没有任何音频流</translation>
    </message>
</context>
<context>
    <name>livedesk::app::RecordingController</name>
    <message>
        <source>Cannot create the folder for the recording %1.</source>
        <translation>无法为录音 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>LiveDesk conversation, %1</source>
        <translation>LiveDesk 对话，%1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SecretStore</name>
    <message>
        <source>Reading the keychain…</source>
        <translation>正在读取钥匙串…</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>正在保存到钥匙串…</translation>
    </message>
    <message>
        <source>No key saved yet.</source>
        <translation>尚未保存密钥。</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>No keychain is available: the key is kept until you quit and is not saved.</source>
        <translation>没有可用的钥匙串：密钥只保留到退出为止，不会被保存。</translation>
    </message>
    <message>
        <source>No keychain is available: a key you enter is kept until you quit and is not saved.</source>
        <translation>没有可用的钥匙串：你输入的密钥只保留到退出为止，不会被保存。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SettingsText</name>
    <message>
        <source>A project ID has 6 to 30 lower-case letters, digits or hyphens and starts with a letter.</source>
        <translation>项目 ID 由 6 到 30 个小写字母、数字或连字符组成，并以字母开头。</translation>
    </message>
    <message>
        <source>Enter a location such as us-central1, europe-west4 or global.</source>
        <translation>请输入位置，例如 us-central1、europe-west4 或 global。</translation>
    </message>
    <message>
        <source>“%1” is not one of the prebuilt voices.</source>
        <translation>“%1”不是预设语音之一。</translation>
    </message>
    <message>
        <source>The instruction is too long (%1 characters; at most %2).</source>
        <translation>指令太长（%1 个字符；最多 %2 个）。</translation>
    </message>
    <message>
        <source>“%1” is not a tool name.</source>
        <translation>“%1”不是工具名称。</translation>
    </message>
    <message>
        <source>This is not a device ID.</source>
        <translation>这不是设备 ID。</translation>
    </message>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>没有名为“%1”的设置。</translation>
    </message>
    <message>
        <source>Expected on or off.</source>
        <translation>应为开或关。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的值。</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>“%1”不在可选项中。</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>应为文本。</translation>
    </message>
    <message>
        <source>Enter a URL such as wss://example.com or ws://127.0.0.1:8765.</source>
        <translation>请输入 URL，例如 wss://example.com 或 ws://127.0.0.1:8765。</translation>
    </message>
    <message>
        <source>Enter a URL such as https://example.com/token.</source>
        <translation>请输入 URL，例如 https://example.com/token。</translation>
    </message>
    <message>
        <source>A model name has letters, digits, dots, dashes or slashes, such as gemini-live-2.5-flash-preview.</source>
        <translation>模型名称由字母、数字、点、连字符或斜杠组成，例如 gemini-live-2.5-flash-preview。</translation>
    </message>
    <message>
        <source>Enter a language code such as en-US, de-DE or ja-JP.</source>
        <translation>请输入语言代码，例如 en-US、de-DE 或 ja-JP。</translation>
    </message>
    <message>
        <source>“%1” is not the name of a mode.</source>
        <translation>“%1”不是模式名称。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>The file “%1” is too large (more than %2 MB).</source>
        <translation>文件“%1”太大（超过 %2 MB）。</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2 at %3.</source>
        <translation>“%1”不是有效的 JSON：%3 处 %2。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1”, server “%2”: %3</source>
        <translation>“%1”，服务器“%2”：%3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>“%1” is not mic, system or app:NAME.</source>
        <translation>“%1”不是 mic、system 或 app:NAME。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TokenServerClient</name>
    <message>
        <source>The token server %1 could not be reached: %2</source>
        <translation>无法连接令牌服务器 %1：%2</translation>
    </message>
    <message>
        <source>The token server answered HTTP %1.</source>
        <translation>令牌服务器返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>The token server&apos;s answer contains no token.</source>
        <translation>令牌服务器的响应中没有令牌。</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolCallModel</name>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>等待确认</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Built into LiveDesk</source>
        <translation>LiveDesk 内置</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolConfirmation</name>
    <message>
        <source>Built into LiveDesk</source>
        <translation>LiveDesk 内置</translation>
    </message>
    <message>
        <source>Your tools file: %1</source>
        <translation>你的工具文件：%1</translation>
    </message>
    <message>
        <source>MCP server “%1”</source>
        <translation>MCP 服务器“%1”</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Transcript</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation> （已打断）</translation>
    </message>
    <message>
        <source>Tool %1: %2</source>
        <translation>工具 %1：%2</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TrayIcon</name>
    <message>
        <source>Quit LiveDesk</source>
        <translation>退出 LiveDesk</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>隐藏窗口</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>开始对话</translation>
    </message>
    <message>
        <source>End my turn</source>
        <translation>结束我的发言</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>说话</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>麦克风静音</translation>
    </message>
    <message>
        <source>LiveDesk: conversation running</source>
        <translation>LiveDesk：对话进行中</translation>
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
        <translation>整个屏幕 %1（主屏幕）</translation>
    </message>
    <message>
        <source>Whole screen %1</source>
        <translation>整个屏幕 %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
</context>
<context>
    <name>livedesk::audio</name>
    <message>
        <source>the device could not be opened (in use, or gone)</source>
        <translation>无法打开设备（正被占用或已移除）</translation>
    </message>
    <message>
        <source>reading or writing failed</source>
        <translation>读写失败</translation>
    </message>
    <message>
        <source>audio arrived too late</source>
        <translation>音频到达得太晚</translation>
    </message>
    <message>
        <source>the audio system failed (is the sound server running?)</source>
        <translation>音频系统出错（声音服务器在运行吗？）</translation>
    </message>
    <message>
        <source>unknown error %1</source>
        <translation>未知错误 %1</translation>
    </message>
    <message>
        <source>Could not open the microphone “%1”: %2</source>
        <translation>无法打开麦克风“%1”：%2</translation>
    </message>
    <message>
        <source>The microphone “%1” stopped: %2</source>
        <translation>麦克风“%1”已停止：%2</translation>
    </message>
    <message>
        <source>Could not open the speaker “%1”: %2</source>
        <translation>无法打开扬声器“%1”：%2</translation>
    </message>
    <message>
        <source>The speaker “%1” stopped: %2</source>
        <translation>扬声器“%1”已停止：%2</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed: LiveDesk was built without the sonic library.</source>
        <translation>无法更改语速：LiveDesk 在构建时未包含 sonic 库。</translation>
    </message>
    <message>
        <source>Echo cancellation is unavailable: LiveDesk was built without the WebRTC audio processing library. Use headphones so the assistant does not hear itself.</source>
        <translation>回声消除不可用：LiveDesk 在构建时未包含 WebRTC 音频处理库。请使用耳机，以免助手听到自己的声音。</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioEngine</name>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 必须在 %2 到 %3 之间（实际为 %4）。</translation>
    </message>
    <message>
        <source>The chunk duration must be a multiple of 10 ms between 10 and 1000 ms (got %1 ms).</source>
        <translation>音频块时长必须是 10 到 1000 毫秒之间 10 毫秒的倍数（实际为 %1 毫秒）。</translation>
    </message>
    <message>
        <source>The speech rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>The playback prebuffer (ms)</source>
        <translation>播放预缓冲（毫秒）</translation>
    </message>
    <message>
        <source>The largest jitter buffer (ms)</source>
        <translation>最大抖动缓冲（毫秒）</translation>
    </message>
    <message>
        <source>The flush fade (ms)</source>
        <translation>清空时的淡出（毫秒）</translation>
    </message>
    <message>
        <source>The minimum speech duration (ms)</source>
        <translation>最短说话时长（毫秒）</translation>
    </message>
    <message>
        <source>The end-of-speech silence (ms)</source>
        <translation>说话结束的静音（毫秒）</translation>
    </message>
    <message>
        <source>The pre-roll (ms)</source>
        <translation>预录时长（毫秒）</translation>
    </message>
    <message>
        <source>The barge-in confirmation window (ms)</source>
        <translation>打断确认窗口（毫秒）</translation>
    </message>
    <message>
        <source>The ducking gain (dB)</source>
        <translation>压低增益（dB）</translation>
    </message>
    <message>
        <source>The input buffer (ms)</source>
        <translation>输入缓冲（毫秒）</translation>
    </message>
    <message>
        <source>The output buffer (ms)</source>
        <translation>输出缓冲（毫秒）</translation>
    </message>
    <message>
        <source>The no-signal warning delay (ms)</source>
        <translation>无信号警告延迟（毫秒）</translation>
    </message>
    <message>
        <source>The audio engine needs a microphone, a speaker, or both.</source>
        <translation>音频引擎需要麦克风、扬声器或两者兼有。</translation>
    </message>
    <message>
        <source>The chosen microphone is not connected; using “%1”.</source>
        <translation>所选麦克风未连接；改用“%1”。</translation>
    </message>
    <message>
        <source>The chosen speaker is not connected; using “%1”.</source>
        <translation>所选扬声器未连接；改用“%1”。</translation>
    </message>
    <message>
        <source>No audio device could be opened.</source>
        <translation>无法打开任何音频设备。</translation>
    </message>
    <message>
        <source>There is no microphone. Connect one, or check the system&apos;s sound settings.</source>
        <translation>没有麦克风。请连接一个，或检查系统声音设置。</translation>
    </message>
    <message>
        <source>There is no speaker or headphone output. Connect one, or check the system&apos;s sound settings.</source>
        <translation>没有扬声器或耳机输出。请连接一个，或检查系统声音设置。</translation>
    </message>
    <message>
        <source>The microphone “%1” was disconnected; using “%2” instead.</source>
        <translation>麦克风“%1”已断开；改用“%2”。</translation>
    </message>
    <message>
        <source>The speaker “%1” was disconnected; using “%2” instead.</source>
        <translation>扬声器“%1”已断开；改用“%2”。</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioProcessor</name>
    <message>
        <source>The computer is too busy: %1 ms of microphone audio were lost.</source>
        <translation>电脑过于繁忙：丢失了 %1 毫秒的麦克风音频。</translation>
    </message>
    <message>
        <source>No sound from the microphone: it delivers only silence. Check that it is not muted in the system settings and that the right input is selected.</source>
        <translation>麦克风没有声音：它只传来静音。请检查它是否在系统设置中被静音，以及是否选择了正确的输入。</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioRecorder</name>
    <message>
        <source>Recording is unavailable: LiveDesk was built without the libopusenc library.</source>
        <translation>无法录制：LiveDesk 构建时未包含 libopusenc 库。</translation>
    </message>
    <message>
        <source>A recording is already running (%1).</source>
        <translation>已有录音正在进行（%1）。</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::RecordingWriter</name>
    <message>
        <source>Cannot create the recording %1: %2</source>
        <translation>无法创建录音 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the Opus encoder: %1</source>
        <translation>无法启动 Opus 编码器：%1</translation>
    </message>
    <message>
        <source>Cannot write the recording %1: %2</source>
        <translation>无法写入录音 %1：%2</translation>
    </message>
    <message>
        <source>Writing the recording %1 failed: %2</source>
        <translation>写入录音 %1 失败：%2</translation>
    </message>
    <message>
        <source>Finishing the recording %1 failed: %2</source>
        <translation>完成录音 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>livedesk::session</name>
    <message>
        <source>No credential: Vertex AI needs an access token (or an express-mode API key).</source>
        <translation>没有凭据：Vertex AI 需要访问令牌（或快捷模式 API 密钥）。</translation>
    </message>
    <message>
        <source>No API key: pass one, or set GEMINI_API_KEY.</source>
        <translation>没有 API 密钥：请提供一个，或设置 GEMINI_API_KEY。</translation>
    </message>
    <message>
        <source>Vertex AI with an access token needs a project and a location.</source>
        <translation>使用访问令牌的 Vertex AI 需要项目和位置。</translation>
    </message>
    <message>
        <source>Ephemeral tokens exist only on the Gemini API, not on Vertex AI.</source>
        <translation>临时令牌仅适用于 Gemini API，不适用于 Vertex AI。</translation>
    </message>
    <message>
        <source>The endpoint is not a valid URL.</source>
        <translation>端点不是有效的 URL。</translation>
    </message>
    <message>
        <source>The endpoint must be a ws://, wss://, http:// or https:// URL.</source>
        <translation>端点必须是 ws://、wss://、http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>%1 does not support %2; the field was not sent.</source>
        <translation>%1 不支持%2；该字段未发送。</translation>
    </message>
    <message>
        <source>Transparent resumption exists only on Vertex AI; the field was not sent.</source>
        <translation>透明恢复仅适用于 Vertex AI；该字段未发送。</translation>
    </message>
    <message>
        <source>Explicit VAD signals exist only on Vertex AI; the field was not sent.</source>
        <translation>显式 VAD 信号仅适用于 Vertex AI；该字段未发送。</translation>
    </message>
    <message>
        <source>%1 is not in the model table: the setup is sent unchecked. If the session never starts, remove optional features.</source>
        <translation>%1 不在模型表中：设置将不经检查直接发送。如果会话始终无法开始，请移除可选功能。</translation>
    </message>
    <message>
        <source>%1 is listed for %2 only; the service may not know it.</source>
        <translation>%1 仅列于 %2；服务可能不认识它。</translation>
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
        <translation>%1 无法以%2回答；未请求该模态。</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>情感对话</translation>
    </message>
    <message>
        <source>%1 always uses affective dialog; the field was not sent.</source>
        <translation>%1 始终使用情感对话；该字段未发送。</translation>
    </message>
    <message>
        <source>a thinking configuration</source>
        <translation>思考配置</translation>
    </message>
    <message>
        <source>%1 takes a thinking budget, not a thinking level; the level was not sent.</source>
        <translation>%1 接受思考预算而不是思考级别；级别未发送。</translation>
    </message>
    <message>
        <source>%1 takes a thinking level, not a thinking budget; the budget was not sent.</source>
        <translation>%1 接受思考级别而不是思考预算；预算未发送。</translation>
    </message>
    <message>
        <source>speech translation</source>
        <translation>语音翻译</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>主动音频</translation>
    </message>
    <message>
        <source>%1 always uses proactive audio and rejects the setting; the field was not sent.</source>
        <translation>%1 始终使用主动音频并拒绝该设置；该字段未发送。</translation>
    </message>
    <message>
        <source>input transcription</source>
        <translation>输入转写</translation>
    </message>
    <message>
        <source>output transcription</source>
        <translation>输出转写</translation>
    </message>
    <message>
        <source>system instructions</source>
        <translation>系统指令</translation>
    </message>
    <message>
        <source>function calling</source>
        <translation>函数调用</translation>
    </message>
    <message>
        <source>%1 has no asynchronous (NON_BLOCKING) functions; %2 runs as a blocking call.</source>
        <translation>%1 没有异步（NON_BLOCKING）函数；%2 将以阻塞调用方式运行。</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>Google 搜索</translation>
    </message>
    <message>
        <source>code execution</source>
        <translation>代码执行</translation>
    </message>
    <message>
        <source>URL context</source>
        <translation>URL 上下文</translation>
    </message>
    <message>
        <source>Google Maps grounding</source>
        <translation>Google 地图依据</translation>
    </message>
    <message>
        <source>Authentication failed: check the API key or token</source>
        <translation>身份验证失败：请检查 API 密钥或令牌</translation>
    </message>
    <message>
        <source>The model or the session configuration was rejected</source>
        <translation>模型或会话配置被拒绝</translation>
    </message>
    <message>
        <source>Quota or rate limit reached: wait and try again</source>
        <translation>已达到配额或速率限制：请稍候再试</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>网络故障</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>服务器结束了会话</translation>
    </message>
    <message>
        <source>The service refused the request for policy reasons</source>
        <translation>服务因政策原因拒绝了请求</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>The server sent a message that could not be read</source>
        <translation>服务器发送了无法读取的消息</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>initial history in clientContent</source>
        <translation>clientContent 中的初始历史记录</translation>
    </message>
    <message>
        <source>%1 (its close frame could not be read: %2)</source>
        <translation>%1（无法读取其关闭帧：%2）</translation>
    </message>
    <message>
        <source>%1 is deprecated and will be shut down.</source>
        <translation>%1 已弃用，并将停止服务。</translation>
    </message>
    <message>
        <source>%1 is deprecated since %2 and will be shut down.</source>
        <translation>%1 自 %2 起已弃用，并将停止服务。</translation>
    </message>
    <message>
        <source>%1 is a legacy model.</source>
        <translation>%1 是旧版模型。</translation>
    </message>
    <message>
        <source>%1 is a legacy model since %2.</source>
        <translation>%1 自 %2 起为旧版模型。</translation>
    </message>
    <message>
        <source>Use %1 instead.</source>
        <translation>请改用 %1。</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API; LiveDesk connects to %3 instead of %4.</source>
        <translation>%1 仅在 %3 API 上提供 %2；LiveDesk 将连接到 %3 而不是 %4。</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API, and %4 was chosen; the field was not sent.</source>
        <translation>%1 仅在 %3 API 上提供 %2，但已选择 %4；该字段未发送。</translation>
    </message>
    <message>
        <source>%1 ignores the silence duration and ends turns by its own timing; the field was not sent. For your own timing, let LiveDesk detect the turns (local-voice talk mode).</source>
        <translation>%1 会忽略静音时长，并按自己的时机结束轮次；该字段未发送。如需按您自己的时机，请让 LiveDesk 检测轮次（本地语音对话模式）。</translation>
    </message>
</context>
<context>
    <name>livedesk::session::EphemeralTokenClient</name>
    <message>
        <source>Creating an ephemeral token needs the long-lived API key.</source>
        <translation>创建临时令牌需要长期有效的 API 密钥。</translation>
    </message>
    <message>
        <source>The token service did not answer within %1 s.</source>
        <translation>令牌服务在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>The token service answered without an auth_tokens/… name.</source>
        <translation>令牌服务的响应中没有 auth_tokens/… 名称。</translation>
    </message>
</context>
<context>
    <name>livedesk::session::LiveSession</name>
    <message>
        <source>Network failure: no connection to the server after %1 s</source>
        <translation>网络故障：%1 秒后仍无法连接到服务器</translation>
    </message>
    <message>
        <source>The server did not confirm the setup within %1 s (no setupComplete)</source>
        <translation>服务器未在 %1 秒内确认设置（没有 setupComplete）</translation>
    </message>
    <message>
        <source>The setup names no model.</source>
        <translation>设置中没有指定模型。</translation>
    </message>
    <message>
        <source>the setup is sent by the session itself, once per connection</source>
        <translation>设置由会话本身在每次连接时发送一次</translation>
    </message>
    <message>
        <source>%1 messages are already waiting for the session to start</source>
        <translation>已有 %1 条消息在等待会话开始</translation>
    </message>
    <message>
        <source>the session is not open (state %1)</source>
        <translation>会话未打开（状态 %1）</translation>
    </message>
    <message>
        <source>A server message could not be read and was skipped: %1</source>
        <translation>无法读取一条服务器消息，已跳过：%1</translation>
    </message>
    <message>
        <source>Network failure: the connection dropped without a close frame (1006)</source>
        <translation>网络故障：连接在没有关闭帧的情况下断开（1006）</translation>
    </message>
    <message>
        <source>Network failure: the connection closed during the upgrade</source>
        <translation>网络故障：连接在升级过程中被关闭</translation>
    </message>
    <message>
        <source>The server closed the connection before confirming the setup (close %1%2)</source>
        <translation>服务器在确认设置前关闭了连接（关闭 %1%2）</translation>
    </message>
    <message>
        <source>Network failure: nothing received from the server for %1 s (no pong, no data)</source>
        <translation>网络故障：%1 秒内未从服务器收到任何内容（没有 pong，也没有数据）</translation>
    </message>
    <message>
        <source>No endpoint to connect to.</source>
        <translation>没有可连接的端点。</translation>
    </message>
    <message>
        <source>No reply arrived; reconnecting to ask again.</source>
        <translation>未收到回复；正在重新连接以再次提问。</translation>
    </message>
    <message>
        <source>The server asked to move to a new connection (goAway).</source>
        <translation>服务器要求切换到新连接（goAway）。</translation>
    </message>
    <message>
        <source>Protocol error: the server sent content before setupComplete; the connection was dropped</source>
        <translation>协议错误：服务器在 setupComplete 之前发送了内容；连接已断开</translation>
    </message>
    <message>
        <source>Model audio labelled &quot;%1&quot; was skipped: LiveDesk plays audio at %2–%3 Hz (%4 skipped so far)</source>
        <translation>已跳过标记为“%1”的模型音频：LiveDesk 播放 %2–%3 Hz 的音频（目前已跳过 %4 个）</translation>
    </message>
    <message>
        <source>The server sent a message larger than %1 MiB, more than any Live API message needs; the connection was closed (1009)</source>
        <translation>服务器发送了大于 %1 MiB 的消息，超出任何 Live API 消息所需的大小；连接已关闭 (1009)</translation>
    </message>
</context>
<context>
    <name>livedesk::tools::BuiltinTools</name>
    <message>
        <source>LiveDesk timer</source>
        <translation>LiveDesk 计时器</translation>
    </message>
</context>
<context>
    <name>livedesk::video</name>
    <message>
        <source>No file or folder to share was given.</source>
        <translation>未指定要分享的文件或文件夹。</translation>
    </message>
    <message>
        <source>“%1” is not a screen number (0, 1, …).</source>
        <translation>“%1”不是屏幕编号（0、1、…）。</translation>
    </message>
    <message>
        <source>No window to share was given.</source>
        <translation>未指定要分享的窗口。</translation>
    </message>
    <message>
        <source>No window has “%1” in its title.</source>
        <translation>没有标题包含“%1”的窗口。</translation>
    </message>
    <message>
        <source>%1 windows have “%2” in their title; give its id instead.</source>
        <translation>有 %1 个窗口的标题包含“%2”；请改用其 ID。</translation>
    </message>
    <message>
        <source>No video source was chosen.</source>
        <translation>未选择视频来源。</translation>
    </message>
</context>
<context>
    <name>livedesk::video::CameraSource</name>
    <message>
        <source>No camera found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <source>Camera “%1” not found; available: %2.</source>
        <translation>未找到摄像头“%1”；可用的有：%2。</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>摄像头：%1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Camera access was denied. Allow it in the system&apos;s privacy settings.</source>
        <translation>摄像头访问被拒绝。请在系统隐私设置中允许。</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>摄像头出错：%1</translation>
    </message>
    <message>
        <source>The camera stopped unexpectedly.</source>
        <translation>摄像头意外停止。</translation>
    </message>
</context>
<context>
    <name>livedesk::video::FileSource</name>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>视频：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>The image “%1” cannot be read: %2.</source>
        <translation>无法读取图片“%1”：%2。</translation>
    </message>
    <message>
        <source>The image “%1” is too large (%2 MB; the limit is %3 MB).</source>
        <translation>图片“%1”太大（%2 MB；上限为 %3 MB）。</translation>
    </message>
    <message>
        <source>“%1” is not an image that can be read (the file is corrupt or in an unsupported format).</source>
        <translation>“%1”不是可读取的图片（文件已损坏或格式不受支持）。</translation>
    </message>
    <message>
        <source>No file or folder was given.</source>
        <translation>未指定文件或文件夹。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (permission denied).</source>
        <translation>无法读取“%1”（权限被拒绝）。</translation>
    </message>
    <message>
        <source>The folder “%1” contains no images (looked for %2).</source>
        <translation>文件夹“%1”中没有图片（查找了 %2）。</translation>
    </message>
    <message>
        <source>The video “%1” is empty.</source>
        <translation>视频“%1”是空的。</translation>
    </message>
    <message>
        <source>“%1” could not be opened as a video (the file is corrupt or in a format this build cannot decode).</source>
        <translation>无法将“%1”作为视频打开（文件已损坏，或此版本无法解码该格式）。</translation>
    </message>
    <message>
        <source>“%1” contains no video frames that can be decoded.</source>
        <translation>“%1”中没有可解码的视频帧。</translation>
    </message>
    <message>
        <source>“%1” looks like a video, but this build cannot read video files (OpenCV&apos;s videoio module is missing).</source>
        <translation>“%1”看起来是视频，但此版本无法读取视频文件（缺少 OpenCV 的 videoio 模块）。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) in “%1” can be read.</source>
        <translation>
            <numerusform>“%1”中的 %n 张图片都无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame %1 of “%2” cannot be decoded (the file is corrupt).</source>
        <translation>无法解码“%2”的第 %1 帧（文件已损坏）。</translation>
    </message>
    <message>
        <source>Frame %1 of “%2” has a pixel format that cannot be shown.</source>
        <translation>“%2”的第 %1 帧像素格式无法显示。</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation>读取“%1”失败：%2</translation>
    </message>
    <message>
        <source>The image “%1” is too large: %2×%3 pixels (the limit is %4 megapixels).</source>
        <translation>图片“%1”过大：%2×%3 像素（上限为 %4 百万像素）。</translation>
    </message>
</context>
<context>
    <name>livedesk::video::ScreenSource</name>
    <message>
        <source>Screen capture needs a graphical application; this process has none.</source>
        <translation>屏幕截取需要图形界面应用程序；此进程不是。</translation>
    </message>
    <message>
        <source>Window sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>Wayland 下暂时无法分享窗口：这需要桌面门户（xdg-desktop-portal），而 LiveDesk 尚未使用它。请分享摄像头或文件，或登录 X11 会话。</translation>
    </message>
    <message>
        <source>Screen sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>Wayland 下暂时无法分享屏幕：这需要桌面门户（xdg-desktop-portal），而 LiveDesk 尚未使用它。请分享摄像头或文件，或登录 X11 会话。</translation>
    </message>
    <message>
        <source>Window sharing is not available: LiveDesk runs through XWayland in a Wayland session, where other windows can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>无法分享窗口：LiveDesk 在 Wayland 会话中通过 XWayland 运行，其他窗口只能通过桌面门户读取，而 LiveDesk 尚未使用它。</translation>
    </message>
    <message>
        <source>Screen sharing is not available: LiveDesk runs through XWayland in a Wayland session, where the screen can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>无法分享屏幕：LiveDesk 在 Wayland 会话中通过 XWayland 运行，屏幕只能通过桌面门户读取，而 LiveDesk 尚未使用它。</translation>
    </message>
    <message>
        <source>Screen capture needs a display; this process runs without one (Qt platform “%1”).</source>
        <translation>屏幕截取需要显示器；此进程没有（Qt 平台“%1”）。</translation>
    </message>
    <message>
        <source>Sharing a single window is only supported on X11 so far; share the screen or a region of it instead.</source>
        <translation>目前只有在 X11 下才能分享单个窗口；请分享整个屏幕或其中一个区域。</translation>
    </message>
    <message>
        <source>Window 0x%1</source>
        <translation>窗口 0x%1</translation>
    </message>
    <message>
        <source>Primary screen%1</source>
        <translation>主屏幕%1</translation>
    </message>
    <message>
        <source>Screen %1%2</source>
        <translation>屏幕 %1%2</translation>
    </message>
    <message numerus="yes">
        <source>Screen %1 not found; there are %n screen(s).</source>
        <translation>
            <numerusform>未找到屏幕 %1；共有 %n 个屏幕。</numerusform>
        </translation>
    </message>
    <message>
        <source>Window 0x%1 not found; it may have been closed.</source>
        <translation>未找到窗口 0x%1；它可能已被关闭。</translation>
    </message>
    <message>
        <source>The region %1,%2 %3×%4 lies outside what is shared (%5×%6).</source>
        <translation>区域 %1,%2 %3×%4 超出了分享范围（%5×%6）。</translation>
    </message>
    <message>
        <source>The shared screen was disconnected.</source>
        <translation>分享的屏幕已断开。</translation>
    </message>
    <message>
        <source>The shared window was closed.</source>
        <translation>分享的窗口已关闭。</translation>
    </message>
    <message>
        <source>The platform returned no picture for %1.</source>
        <translation>平台没有为 %1 返回画面。</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11.</source>
        <translation>只有在 X11 下才能列出窗口。</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11, and this build has no xcb support.</source>
        <translation>只有在 X11 下才能列出窗口，而此版本不支持 xcb。</translation>
    </message>
</context>
<context>
    <name>livedesk::video::VideoSettings</name>
    <message>
        <source>The frame rate must be above 0 and at most 1 frame per second (got %1).</source>
        <translation>帧率必须大于 0 且不超过每秒 1 帧（实际为 %1）。</translation>
    </message>
    <message>
        <source>The idle frame rate must be above 0 (got %1).</source>
        <translation>空闲帧率必须大于 0（实际为 %1）。</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100 (got %1).</source>
        <translation>JPEG 质量必须在 1 到 100 之间（实际为 %1）。</translation>
    </message>
    <message>
        <source>The longest side must be between %1 and %2 pixels (got %3).</source>
        <translation>最长边必须在 %1 到 %2 像素之间（实际为 %3）。</translation>
    </message>
    <message>
        <source>The keep-alive interval cannot be negative (got %1 ms).</source>
        <translation>保活间隔不能为负数（实际为 %1 毫秒）。</translation>
    </message>
</context>
</TS>
