// Several ImportScope processes on one store at once, as the window, a watcher, a `check` from a timer
// and a script will be: 2, 3 and 8 real `importscope export --incremental` processes started together,
// on a store that does not exist yet and on one that does, round after round. Nothing may be moved
// aside, no answer lost, no process may fail or print a store notice, and afterwards every import's
// stored history must be what the API holds. Rounds: IMPORTSCOPE_RACE_ROUNDS (default 100; CI's
// sanitizer pass runs fewer, since each process starts several times slower there).
#include "StoreTestSupport.h"
#include "store/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace StoreTest;

namespace {

// The demo's small imports, one per racing process: each round stays short.
const QStringList kImports = {
    QStringLiteral("6650a1c2e4b0f3a9d2c71e04"), QStringLiteral("6650a1c2e4b0f3a9d2c71e05"),
    QStringLiteral("6650a1c2e4b0f3a9d2c71e06"), QStringLiteral("6650a1c2e4b0f3a9d2c71e0a"),
    QStringLiteral("6650a1c2e4b0f3a9d2c71e0c"), QStringLiteral("6650a1c2e4b0f3a9d2c71e03"),
    QStringLiteral("6650a1c2e4b0f3a9d2c71e0b"), QStringLiteral("6650a1c2e4b0f3a9d2c71e09"),
};

int rounds()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("IMPORTSCOPE_RACE_ROUNDS", &ok);
    return ok && n > 0 ? n : 100;
}

} // namespace

class TestStoreRace final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void processesRaceOnOneStore_data();
    void processesRaceOnOneStore();

private:
    QString storeKey() const
    {
        return HistoryStore::connectionKey(m_server->url(), DemoServer::workspaceId());
    }
    QStringList exportArguments(const QString &importId, const QString &output) const;
    // The store path's folder, with a store that holds every import's history already.
    void prepareExisting(const QString &dataHome);

    std::unique_ptr<DemoServerThread> m_server;
    QHash<QString, QList<FileRun>> m_expected; // import → what a full read gives
    QTemporaryDir m_dir;
    QString m_existing; // a store holding every import, copied for each "existing" round
};

void TestStoreRace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<DemoServerThread>();
    QVERIFY(m_server->url().isValid());
    for (const QString &id : kImports) {
        HistoryQuery query;
        query.importId = id;
        const FullFetch full = fullFetch(m_server->connection(), query);
        QVERIFY(full.outcome.complete());
        m_expected.insert(id, full.files);
    }
    const QString seed = m_dir.filePath(QStringLiteral("seed"));
    prepareExisting(seed);
    m_existing = seed + QStringLiteral("/ImportScope/history.sqlite");
    QVERIFY(QFileInfo::exists(m_existing));
}

QStringList TestStoreRace::exportArguments(const QString &importId, const QString &output) const
{
    return {QStringLiteral("export"),
            QStringLiteral("--base-url"),
            m_server->url().toString(),
            QStringLiteral("--workspace-id"),
            DemoServer::workspaceId(),
            QStringLiteral("--import-id"),
            importId,
            QStringLiteral("--incremental"),
            QStringLiteral("-o"),
            output};
}

void TestStoreRace::prepareExisting(const QString &dataHome)
{
    HistoryStore store(dataHome + QStringLiteral("/ImportScope/history.sqlite"));
    QVERIFY2(store.isOpen(), qPrintable(store.notice()));
    for (const QString &id : kImports) {
        StoredHistory history;
        history.importId = id;
        history.files = m_expected.value(id);
        history.totalCount = history.files.size();
        history.complete = true;
        QCOMPARE(store.save(storeKey(), history), std::nullopt);
    }
}

void TestStoreRace::processesRaceOnOneStore_data()
{
    QTest::addColumn<int>("processes");
    QTest::addColumn<bool>("existing");
    for (const int n : {2, 3, 8}) {
        QTest::addRow("%d processes, new store", n) << n << false;
        QTest::addRow("%d processes, existing store", n) << n << true;
    }
}

void TestStoreRace::processesRaceOnOneStore()
{
    QFETCH(int, processes);
    QFETCH(bool, existing);
    const int total = rounds();
    for (int round = 0; round < total; ++round) {
        const QString home =
            m_dir.filePath(QStringLiteral("%1-%2-%3").arg(processes).arg(existing).arg(round));
        const QString folder = home + QStringLiteral("/ImportScope");
        QVERIFY(QDir().mkpath(folder));
        if (existing)
            QVERIFY(QFile::copy(m_existing, folder + QStringLiteral("/history.sqlite")));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home);
        environment.insert(QStringLiteral("MOE_API_KEY"), DemoServer::apiKey());
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < processes; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(environment);
            process->start(QStringLiteral(IMPORTSCOPE_BINARY),
                           exportArguments(kImports.at(i), home + QStringLiteral("/out-%1.csv").arg(i)));
            running.push_back(std::move(process));
        }
        for (int i = 0; i < processes; ++i) {
            QProcess &process = *running.at(i);
            QVERIFY2(process.waitForFinished(120'000),
                     qPrintable(QStringLiteral("round %1: process %2 hung").arg(round).arg(i)));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     qPrintable(QStringLiteral("round %1, process %2: exit %3: %4")
                                    .arg(round)
                                    .arg(i)
                                    .arg(process.exitCode())
                                    .arg(err)));
            // A store notice (moved aside, locked, not stored) would be printed: none may be.
            QVERIFY2(err.isEmpty(),
                     qPrintable(QStringLiteral("round %1, process %2 said: %3").arg(round).arg(i).arg(err)));
            QFile out(home + QStringLiteral("/out-%1.csv").arg(i));
            QVERIFY(out.open(QIODevice::ReadOnly));
            QCOMPARE(out.readAll(), exported(m_expected.value(kImports.at(i)), ExportFormat::Csv));
        }
        const QStringList aside =
            QDir(folder).entryList({QStringLiteral("*.corrupt-*"), QStringLiteral("*.newer-*")}, QDir::Files);
        QVERIFY2(aside.isEmpty(),
                 qPrintable(QStringLiteral("round %1 moved aside: %2").arg(round).arg(aside.join(u' '))));
        // Nothing lost: every import raced on is stored whole, and an existing store keeps the rest.
        HistoryStore store(folder + QStringLiteral("/history.sqlite"));
        QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
        for (int i = 0; i < kImports.size(); ++i) {
            if (!existing && i >= processes)
                break;
            HistoryQuery query;
            query.importId = kImports.at(i);
            const auto history = store.load(storeKey(), query);
            QVERIFY2(history, qPrintable(QStringLiteral("round %1: %2 lost").arg(round).arg(kImports.at(i))));
            QVERIFY(history->complete);
            QCOMPARE(idsOf(history->files), idsOf(m_expected.value(kImports.at(i))));
        }
        QDir(home).removeRecursively();
    }
}

QTEST_GUILESS_MAIN(TestStoreRace)
#include "tst_storerace.moc"
