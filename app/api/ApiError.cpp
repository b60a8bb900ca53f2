#include "ApiError.h"

int ApiError::exitCode() const
{
    switch (kind) {
    case Kind::InvalidInput:
        return 2;
    case Kind::Authentication:
    case Kind::Forbidden:
        return 3;
    case Kind::Rejected:
        return 4;
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Malformed:
        return 5;
    case Kind::Cancelled:
        return 130;
    case Kind::Local:
        return 1;
    }
    return 1;
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
