#pragma once
// What went wrong with a request, typed so callers can react (open the profile, wait, retry) and
// the CLI can map it to its documented exit codes. `message` is plain words for a person and never
// contains the API key.

#include <QString>

struct ApiError
{
    enum class Kind {
        InvalidInput,   // the query or connection was refused before anything was sent
        Authentication, // 401: wrong workspace ID or key, or a header problem
        Forbidden,      // 403: the account is blocked
        Rejected,       // any other 4xx, e.g. an unknown import or a bad date
        RateLimited,    // 429 and the wait budget is spent
        Server,         // 5xx after all retries
        Network,        // host unreachable, connection reset, DNS
        Timeout,        // no byte for the inactivity timeout, after all retries
        Tls,            // certificate or handshake failure (never ignored)
        Malformed,      // a 200 whose body is not the documented shape, after all retries
        Cancelled,      // the user or a newer query stopped it
        Local,          // this machine: a file that cannot be written, a keychain that is missing
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP answer was received
    QString apiType;    // the API's own error name ("Import Doesn't Exist", "AuthenticationInvalid")
    QString message;    // what happened and what to do

    // docs/API.md: 1 local, 2 bad input, 3 auth, 4 other 4xx, 5 network/server, 130 interrupted.
    int exitCode() const;
    // A short name for the kind, for logs and tests ("authentication", "rate-limited", ...).
    QString kindName() const;

    friend bool operator==(const ApiError &, const ApiError &) = default;
};
