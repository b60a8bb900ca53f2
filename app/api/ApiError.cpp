#include "ApiError.h"

#include "common/ExitCode.h"

int ApiError::exitCode() const
{
    switch (kind) {
    case Kind::InvalidInput:
        return ExitCode::Usage;
    case Kind::Authentication:
    case Kind::Forbidden:
        return ExitCode::Auth;
    case Kind::Rejected:
        return ExitCode::Rejected;
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Malformed:
        return ExitCode::Network;
    case Kind::Cancelled:
        return ExitCode::Interrupted;
    case Kind::Local:
        return ExitCode::Local;
    }
    return ExitCode::Local;
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Local:
        return QStringLiteral("local");
    }
    return {};
}
