#pragma once

#include <QObject>
#include <QString>

#include <deque>
#include <functional>

namespace certtrack::screenshots {

// Steps run one after another on the application's own event loop: nothing blocks and no nested
// event loop runs. A step does its action, then waits (checked every 100 ms on timers) until its
// condition holds, then leaves the widgets one more turn to lay out and paint before the next
// step starts. A condition that does not hold within 20 s fails the run, and so does fail();
// finished() is emitted once, when the last step is done or the run failed.
class Script : public QObject {
    Q_OBJECT
public:
    using Action = std::function<void()>;
    using Condition = std::function<bool()>;

    explicit Script(QObject *parent = nullptr);

    // Appends a step; what names it in the message when its condition never holds. No condition:
    // done as soon as the action returns.
    void add(const QString &what, Action action, Condition until = {});
    void start();
    // Drops the steps left and ends the run as failed; why goes to the log.
    void fail(const QString &why);
    bool hasFailed() const { return m_failed; }

signals:
    void finished(bool succeeded);

private:
    struct Step {
        QString what;
        Action action;
        Condition until;
    };

    void runNext();
    void waitFor(const Step &step);
    void settleThenRunNext();

    std::deque<Step> m_steps;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace certtrack::screenshots
