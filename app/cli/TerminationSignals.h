#pragma once
// Turns SIGINT and SIGTERM into a Qt signal, safely: the handler only writes a byte to a pipe that a
// QSocketNotifier watches, so all real work happens in the event loop.

#include <QObject>

class QSocketNotifier;

class TerminationSignals final : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
