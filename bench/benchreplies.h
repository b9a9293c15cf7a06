// What the model says in the barge-in benchmarks (bench_selfinterrupt through livedesk-sim,
// bench_doubletalk offline): long enough that the echo outlasts the canceller's first second,
// short enough that a hundred turns take a quarter of an hour.
#pragma once

#include <QStringList>

namespace livedesk::bench {

inline QStringList modelReplies()
{
    using namespace Qt::StringLiterals;
    return {
            u"The museum opens at nine in the morning and closes at five, every day except "
            u"Mondays, and the cafe stays open a little longer."_s,
            u"Tomorrow will be cloudy in the morning with some sun later on, and the wind "
            u"drops in the evening."_s,
            u"Your next meeting is with the design team at three, and after that you are free "
            u"for the rest of the day."_s,
            u"The train to Berlin leaves at seven forty five from platform four, and it is "
            u"running on time."_s,
    };
}

} // namespace livedesk::bench
