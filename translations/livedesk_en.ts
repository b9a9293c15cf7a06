<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConfirmationDialog</name>
    <message numerus="yes">
        <source>%Ln more waiting</source>
        <translation>
            <numerusform>%Ln more waiting</numerusform>
            <numerusform>%Ln more waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>%Ln reconnect</numerusform>
            <numerusform>%Ln reconnects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolCallsPanel</name>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln running</numerusform>
            <numerusform>%Ln running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message numerus="yes">
        <source>%1 · %Ln frame(s) sent</source>
        <translation>
            <numerusform>%1 · %Ln frame sent</numerusform>
            <numerusform>%1 · %Ln frames sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppController</name>
    <message numerus="yes">
        <source>The model has not answered for %n second(s).</source>
        <translation>
            <numerusform>The model has not answered for %n second.</numerusform>
            <numerusform>The model has not answered for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedesk::app::Conversation</name>
    <message numerus="yes">
        <source>Context restored from the last %n turn(s): the model no longer remembers what it heard or saw before.</source>
        <translation>
            <numerusform>Context restored from the last %n turn: the model no longer remembers what it heard or saw before.</numerusform>
            <numerusform>Context restored from the last %n turns: the model no longer remembers what it heard or saw before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedesk::video::FileSource</name>
    <message numerus="yes">
        <source>None of the %n image(s) in “%1” can be read.</source>
        <translation>
            <numerusform>None of the %n image in “%1” can be read.</numerusform>
            <numerusform>None of the %n images in “%1” can be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedesk::video::ScreenSource</name>
    <message numerus="yes">
        <source>Screen %1 not found; there are %n screen(s).</source>
        <translation>
            <numerusform>Screen %1 not found; there are %n screen.</numerusform>
            <numerusform>Screen %1 not found; there are %n screens.</numerusform>
        </translation>
    </message>
</context>
</TS>
