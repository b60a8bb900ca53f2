#pragma once
// Turns SIGINT and SIGTERM into a Qt signal, safely: the handler only writes a byte to a pipe that a
// QSocketNotifier watches, so all real work happens in the event loop.

#include <QObject>

#include <atomic>

class QSocketNotifier;

class TerminationSignals final : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // Set by the handler itself, for a wait outside the event loop (a FIFO without a reader) to
    // poll: ExportControl::cancel takes it.
    static const std::atomic<bool> *requested();

Q_SIGNALS:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
