// The executable's window start as bench_startup drives it: with IMPORTSCOPE_EXIT_AFTER_SHOW set it
// paints the window, says "shown" and exits cleanly — fresh, and for a returning demo user, whose
// window reconnects to the demo at once and so quits with calls in flight.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAppStart final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitsAfterFirstPaint();
};

void TestAppStart::exitsAfterFirstPaint()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        env.insert(QString::fromLatin1(name), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("IMPORTSCOPE_EXIT_AFTER_SHOW"), QStringLiteral("1"));
    // Fresh; then --demo (which remembers the demo profile); then a start that reconnects to it.
    for (const QStringList &arguments :
         {QStringList(), QStringList{QStringLiteral("--demo")}, QStringList()}) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(IMPORTSCOPE_BINARY), arguments);
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), QByteArray("shown\n"));
    }
}

QTEST_GUILESS_MAIN(TestAppStart)
#include "tst_appstart.moc"
