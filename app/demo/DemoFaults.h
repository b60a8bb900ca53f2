#pragma once
// Fault injection for the demo server: which request gets which failure, from a short spec such as
// "500@3,reset:0.05" (grammar in DemoFaultPlan::grammar()). Numbered rules make tests exact;
// probabilistic ones, drawn from a seeded generator, make soak runs repeatable.

#include "common/Expected.h"

#include <QList>
#include <QString>

enum class DemoFaultKind {
    None,
    ServerError,     // a 5xx status with the API's server-error body
    TooManyRequests, // 429 "Rate Limits Exceeded", whatever the real limit says
    Garbage,         // 200 with a body that is not JSON
    Truncate,        // the real answer with its JSON cut short (Content-Length matches the cut body)
    Reset,           // the connection is closed without an answer
    Stall,           // the request is accepted and never answered
    Shift,           // a new file appears at the top of the import before the real answer
};

struct DemoFault
{
    DemoFaultKind kind = DemoFaultKind::None;
    int status = 0; // ServerError only: 500..511

    friend bool operator==(const DemoFault &, const DemoFault &) = default;
};

class DemoFaultPlan final
{
public:
    static Expected<DemoFaultPlan> parse(const QString &spec);
    // The grammar, for --help.
    static QString grammar();

    bool isEmpty() const { return m_rules.isEmpty(); }
    // arrival: the request's 1-based number; roll: a uniform draw in [0, 1) made for every request.
    DemoFault pick(qint64 arrival, double roll) const;
    // The spec in canonical form ("500@3,garbage@2-4,reset:0.05").
    QString toString() const;

private:
    struct Rule
    {
        DemoFault fault;
        double probability = 0; // > 0: a probabilistic rule
        qint64 first = 0;       // numbered rule: first..last (last 0 = no end)
        qint64 last = 0;
    };
    QList<Rule> m_rules;
};
