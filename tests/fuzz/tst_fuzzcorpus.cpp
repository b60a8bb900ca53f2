// Replays the fuzz corpus (tests/fuzz/corpus) through the fuzz targets in the ordinary suite, so
// every shape the fuzzer was seeded with, and every input it ever found, stays covered by the g++
// build and its sanitizers too. The fuzzing itself: tests/fuzz/run-fuzz.sh (docs/SECURITY.md).
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzCorpus final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusRunsClean_data()
    {
        QTest::addColumn<QString>("path");
        const QDir corpus(QStringLiteral(IMPORTSCOPE_FUZZ_CORPUS));
        const QStringList names = corpus.entryList(QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 20);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << corpus.filePath(name);
    }
    void corpusRunsClean()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // Aborts on a broken promise: the test then fails by crashing, naming the input.
        FuzzTargets::run(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                         std::size_t(bytes.size()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
