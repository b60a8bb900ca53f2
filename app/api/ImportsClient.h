#pragma once
// Lists a workspace's imports through the Import Details API, page after page: what the import
// picker, `importscope imports` and a profile's "Test connection" all use.

#include "ApiError.h"
#include "Connection.h"
#include "PagingLimits.h"
#include "ResponseParser.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ApiClient;

// A connection test's outcome in words, with the HTTP status: "Authenticated: the workspace lists
// 12 imports (HTTP 200)", "Wrong workspace ID or key (HTTP 401)", "Host unreachable: ...".
QString describeConnectionTest(const struct ImportsOutcome &outcome);

struct ImportsOutcome
{
    std::optional<ApiError> error;
    QList<ImportSummary> imports;
    qint64 totalCount = 0;
    int httpStatus = 0; // of the last answer
};

class ImportsClient final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kPath = "/v1.0/data/fileimports/import/status";
    // docs/SECURITY.md, "Bounds": the paging limits both paging clients share.
    static constexpr int kMaxPages = PagingLimits::kMaxPages;
    static constexpr int kGrowthPages = PagingLimits::kGrowthPages;

    explicit ImportsClient(ApiClient *api, QObject *parent = nullptr);
    ~ImportsClient() override;

    // Every page, or only the first one (enough to prove the credentials work).
    void fetch(const Connection &connection, bool firstPageOnly = false);
    void cancel();
    bool isRunning() const { return m_callId != 0; }

Q_SIGNALS:
    void finished(const ImportsOutcome &outcome);

private:
    void requestPage(int page);

    // Guarded: at teardown the client may already be gone (Qt deletes siblings in creation order).
    QPointer<ApiClient> m_api;
    Connection m_connection;
    bool m_firstPageOnly = false;
    qint64 m_announcedPages = 0; // by page 1's total_count
    quint64 m_callId = 0;
    quint64 m_generation = 0;
    ImportsOutcome m_outcome;
};
