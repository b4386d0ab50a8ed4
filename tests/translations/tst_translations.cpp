#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
const QStringList translatedFiles{QStringLiteral("useradmin_de.ts"),
                                  QStringLiteral("useradmin_fr.ts")};
// Holds only the English plural forms ("%n user(s)").
const QString pluralsFile = QStringLiteral("useradmin_en.ts");

QString committedFile(const QString &name)
{
    return QDir(QString::fromUtf8(TestPaths::sourceDir))
        .filePath(QStringLiteral("translations/") + name);
}

// One line per entry a translator still has to look at: unfinished (new or changed in the
// sources), vanished or obsolete (gone from the sources), or with an empty translation.
QStringList unfinishedEntries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    const QString name = QFileInfo(path).fileName();
    QStringList found;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString problem = !type.isEmpty()            ? type
                                    : text.trimmed().isEmpty() ? QStringLiteral("empty")
                                                               : QString();
            if (!problem.isEmpty())
                found << QStringLiteral("%1: %2: \"%3\" is %4").arg(name, context, source, problem);
        }
    }
    if (xml.hasError())
        found << QStringLiteral("%1: not valid XML: %2").arg(name, xml.errorString());
    return found;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300'000))
        return QStringLiteral("%1 did not finish").arg(program);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2")
            .arg(program, QString::fromLocal8Bit(process.readAll()));
    return {};
}
} // namespace

// Every entry of the German and French files is translated, and nothing in them is left over
// from strings the sources no longer have; the same holds after lupdate reads today's sources.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void committedFilesAreFinished_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : translatedFiles + QStringList{pluralsFile})
            QTest::newRow(qPrintable(name)) << name;
    }

    void committedFilesAreFinished()
    {
        QFETCH(QString, name);
        const QStringList unfinished = unfinishedEntries(committedFile(name));
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
    }

    // What the update_translations target would write, run into copies: a string added, changed
    // or removed in the sources without its translation shows up as unfinished or vanished.
    void sourcesHaveNothingUntranslated()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(LUPDATE_PROJECT)), LUPDATE_PROJECT);
        const QString project = work.filePath(QStringLiteral("project.json"));
        QString failure = run(QStringLiteral(CMAKE_EXECUTABLE),
                              {QStringLiteral("-DIN_FILE=" LUPDATE_PROJECT),
                               QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                               QStringLiteral(LUPDATE_PROJECT_GENERATOR)});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QStringList copies;
        for (const QString &name : translatedFiles + QStringList{pluralsFile}) {
            copies << work.filePath(name);
            QVERIFY(QFile::copy(committedFile(name), copies.last()));
        }
        const QStringList options{QStringLiteral("-project"), project, QStringLiteral("-locations"),
                                  QStringLiteral("none")};
        failure = run(QStringLiteral(LUPDATE_EXECUTABLE),
                      options + QStringList{QStringLiteral("-ts")} + copies.first(2));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = run(QStringLiteral(LUPDATE_EXECUTABLE),
                      options + QStringList{QStringLiteral("-pluralonly"), QStringLiteral("-ts"),
                                            copies.last()});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QStringList unfinished;
        for (const QString &copy : std::as_const(copies))
            unfinished << unfinishedEntries(copy);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("Run the update_translations target and translate:\n") +
                            unfinished.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
