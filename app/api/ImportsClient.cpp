#include "ImportsClient.h"

#include "ApiClient.h"

#include <memory>

QString describeConnectionTest(const ImportsOutcome &outcome)
{
    if (!outcome.error) {
        return ImportsClient::tr("Authenticated: the workspace lists %n import(s) (HTTP 200).", nullptr,
                                 static_cast<int>(outcome.totalCount));
    }
    const ApiError &error = *outcome.error;
    switch (error.kind) {
    case ApiError::Kind::Authentication:
        return ImportsClient::tr("Wrong workspace ID or key (HTTP %1).").arg(error.httpStatus);
    case ApiError::Kind::Forbidden:
        return ImportsClient::tr("The account is blocked (HTTP %1).").arg(error.httpStatus);
    case ApiError::Kind::RateLimited:
        return ImportsClient::tr("Rate limited (HTTP 429): try again in a minute.");
    case ApiError::Kind::Tls:
        return ImportsClient::tr("TLS failure: %1").arg(error.message);
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return ImportsClient::tr("Host unreachable: %1").arg(error.message);
    default:
        return error.httpStatus ? ImportsClient::tr("%1 (HTTP %2)").arg(error.message).arg(error.httpStatus)
                                : error.message;
    }
}

ImportsClient::ImportsClient(ApiClient *api, QObject *parent) : QObject(parent), m_api(api) {}

ImportsClient::~ImportsClient()
{
    cancel();
}

void ImportsClient::fetch(const Connection &connection, bool firstPageOnly)
{
    cancel();
    ++m_generation;
    m_connection = connection;
    m_firstPageOnly = firstPageOnly;
    m_outcome = {};
    requestPage(1);
}

void ImportsClient::cancel()
{
    if (m_callId && m_api)
        m_api->abort(m_callId);
    m_callId = 0;
}

void ImportsClient::requestPage(int page)
{
    auto parsed = std::make_shared<ImportsPage>();
    const quint64 generation = m_generation;
    m_callId = m_api->post(
        m_connection, QString::fromLatin1(kPath), "{\"offset\":" + QByteArray::number(page) + '}',
        [parsed](const QByteArray &body) -> std::optional<QString> {
            auto result = ResponseParser::parseImportsPage(body);
            if (!result)
                return result.error();
            *parsed = std::move(result.value());
            return std::nullopt;
        },
        [this, generation, page, parsed](const std::optional<ApiError> &error) {
            if (generation != m_generation)
                return;
            m_callId = 0;
            if (error) {
                m_outcome.error = error;
                m_outcome.httpStatus = error->httpStatus;
                Q_EMIT finished(m_outcome);
                return;
            }
            m_outcome.httpStatus = 200;
            m_outcome.totalCount = parsed->totalCount;
            m_outcome.imports += parsed->imports;
            if (page == 1)
                m_announcedPages = (parsed->totalCount + 49) / 50;
            const bool more =
                parsed->moreFiles && !parsed->imports.isEmpty() && qint64(page) * 50 < parsed->totalCount;
            if (more && !m_firstPageOnly) {
                // A total_count that grows with every page would otherwise keep us paging forever.
                if (page >= kMaxPages || page >= m_announcedPages + kGrowthPages) {
                    ApiError growing;
                    growing.kind = ApiError::Kind::Server;
                    growing.httpStatus = 200;
                    growing.message = tr("The workspace's list of imports kept growing while it was read (%1 "
                                         "pages, page 1 announced %2): try again later.")
                                          .arg(page)
                                          .arg(m_announcedPages);
                    m_outcome.error = growing;
                    Q_EMIT finished(m_outcome);
                    return;
                }
                requestPage(page + 1);
            } else {
                Q_EMIT finished(m_outcome);
            }
        });
}
