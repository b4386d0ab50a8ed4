#include "domain/DisplayText.h"
#include "gui/LogJournal.h"
#include "gui/LogModel.h"
#include "gui/PickerModels.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The window's own models, checked by QAbstractItemModelTester as they change.
class TestWindowModels : public QObject
{
    Q_OBJECT

private slots:
    void logModelAndFilter()
    {
        LogModel model;
        LogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.append(Outcome::created(QStringLiteral("a@example.com")));
        model.append(Outcome::skippedExisting(QStringLiteral("b@example.com")));
        model.append(Outcome::created(QStringLiteral("c@example.com")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(LogModel::ColumnCount));
        QCOMPARE(model.index(1, LogModel::MessageColumn).data().toString(),
                 QStringLiteral("User: b@example.com exists, use --force-update to force."));
        QCOMPARE(model.index(0, LogModel::KindColumn).data().toString(), QStringLiteral("created"));
        // The window's one date format, with seconds: no zone name, which German spells
        // "Koordinierte Weltzeit".
        QCOMPARE(model.index(0, LogModel::TimeColumn).data().toString(),
                 DisplayText::dateTime(model.outcomeAt(0).time));

        filter.setKind(Outcome::Kind::Created);
        QCOMPARE(filter.rowCount(), 2);
        filter.setKind(Outcome::Kind::SkippedExisting);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, LogModel::EmailColumn).data().toString(),
                 QStringLiteral("b@example.com"));
        filter.setKind(std::nullopt);
        QCOMPARE(filter.rowCount(), 3);

        const QStringList fields = model.formatLine(model.outcomeAt(0)).split(u'\t');
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(4), QStringLiteral("User created: a@example.com"));

        model.retranslate();
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
    }

    void aMillionEntriesShowTheLatestAndSaveThemAll()
    {
        LogModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy hiddenChanged(&model, &LogModel::hiddenCountChanged);
        constexpr int batch = 250;
        constexpr int total = 1'000'000;
        QList<Outcome> outcomes;
        for (int i = 0; i < total; ++i) {
            outcomes.append(i % 10 == 0 ? Outcome::error(QStringLiteral("u%1@x").arg(i),
                                                         QStringLiteral("failed"))
                                        : Outcome::created(QStringLiteral("u%1@x").arg(i)));
            if (outcomes.size() == batch) {
                model.append(outcomes);
                outcomes.clear();
            }
        }
        // One insertion a batch, however many rows the view holds.
        QCOMPARE(inserted.size(), total / batch);
        QCOMPARE(model.rowCount(), LogModel::ShownLimit);
        QCOMPARE(model.hiddenCount(), total - LogModel::ShownLimit);
        // Also once the rows are full before a batch (the pane's label follows this signal).
        QCOMPARE(hiddenChanged.last().first().toLongLong(), total - LogModel::ShownLimit);
        QCOMPARE(model.outcomeAt(LogModel::ShownLimit - 1).email, QStringLiteral("u999999@x"));

        QBuffer all;
        QVERIFY(all.open(QIODevice::WriteOnly));
        QVERIFY(model.writeAll(all, std::nullopt));
        const QList<QByteArray> lines = all.data().split('\n');
        QCOMPARE(lines.size(), total + 1); // and the empty rest after the last new line
        QVERIFY(lines.first().endsWith("\tu0@x\tfailed"));
        QBuffer errors;
        QVERIFY(errors.open(QIODevice::WriteOnly));
        QVERIFY(model.writeAll(errors, Outcome::Kind::Error));
        QCOMPARE(errors.data().count('\n'), total / 10);

        // A single batch larger than what is shown.
        model.clear();
        QCOMPARE(model.hiddenCount(), 0);
        QList<Outcome> many(LogModel::ShownLimit + 5, Outcome::created(QStringLiteral("m@x")));
        model.append(many);
        QCOMPARE(model.rowCount(), LogModel::ShownLimit);
        QCOMPARE(model.hiddenCount(), 5);
    }

    void journalEntriesKeepEveryCharacter()
    {
        Outcome odd = Outcome::error(QStringLiteral("a\tb\nc\\d\re\x1b@x"),
                                     QStringLiteral("line one\nline two\t\\n"));
        const QByteArray line = LogJournal::encode(odd);
        QVERIFY(!line.contains('\n'));
        QCOMPARE(line.count('\t'), 3);
        const std::optional<Outcome> back = LogJournal::decode(line + '\n');
        QVERIFY(back);
        QCOMPARE(back->kind, odd.kind);
        QCOMPARE(back->email, odd.email);
        QCOMPARE(back->message, odd.message);
        QCOMPARE(back->time, odd.time);
        QVERIFY(!LogJournal::decode("not an entry"));
    }

    void aJournalOfADatabaseIsReadBackAndMovedAsideBeyondItsLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log/db.log"));
        {
            LogModel model;
            model.setDatabase(QStringLiteral("db"), path);
            QTRY_VERIFY(!model.isLoading());
            QList<Outcome> outcomes;
            for (int i = 0; i < LogModel::ShownLimit + 50; ++i)
                outcomes.append(Outcome::created(QStringLiteral("u%1@x").arg(i)));
            model.append(outcomes);
        }
        LogModel model;
        QSignalSpy loaded(&model, &LogModel::loaded);
        model.setDatabase(QStringLiteral("db"), path);
        // Appended while the journal is read: after what it held.
        model.append(Outcome::notice(QStringLiteral("later")));
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), LogModel::ShownLimit);
        QCOMPARE(model.hiddenCount(), 51);
        QCOMPARE(model.outcomeAt(LogModel::ShownLimit - 1).message, QStringLiteral("later"));
        QCOMPARE(model.outcomeAt(LogModel::ShownLimit - 2).email,
                 QStringLiteral("u%1@x").arg(LogModel::ShownLimit + 49));

        // Beyond the limit, the journal moves aside once: at most two files' worth stay.
        LogJournal journal(dir.filePath(QStringLiteral("small.log")), 1000);
        for (int i = 0; i < 100; ++i)
            QVERIFY(journal.append({Outcome::created(QStringLiteral("s%1@x").arg(i))}));
        QVERIFY(journal.size() <= 1000);
        QVERIFY(QFileInfo(journal.path() + QStringLiteral(".1")).size() <= 1000);
        int kept = 0;
        QString last;
        QVERIFY(journal.forEach([&](const Outcome &outcome) {
            ++kept;
            last = outcome.email;
            return true;
        }));
        QCOMPARE(qint64(kept), journal.entryCount());
        QVERIFY(kept < 100);
        QCOMPARE(last, QStringLiteral("s99@x"));
        const LogJournal::Tail tail = LogJournal::readTail(journal.path(), journal.size(), 5);
        QCOMPARE(tail.older + tail.current, journal.entryCount());
        QCOMPARE(tail.outcomes.size(), 5);
        QCOMPARE(tail.outcomes.last().email, QStringLiteral("s99@x"));
    }

    void organizationModel()
    {
        OrganizationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("(default organization)"));
        QVERIFY(!model.organizationIdAt(0));

        model.setOrganizations({{7, QStringLiteral("Acme"), QStringLiteral("acme"), {}, 0},
                                {9, QStringLiteral("Sentry"), QStringLiteral("sentry"), {}, 0}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Acme (acme)"));
        QCOMPARE(model.organizationIdAt(2), std::optional<qint64>(9));
        QCOMPARE(model.rowOf(9), 2);
        QCOMPARE(model.rowOf(std::nullopt), 0);
        model.retranslate();
    }

    void teamModel()
    {
        TeamModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.choiceAt(0).mode, TeamChoice::Mode::Automatic);
        QCOMPARE(model.choiceAt(1).mode, TeamChoice::Mode::None);

        model.setTeams({{3, 7, QStringLiteral("Alpha"), QStringLiteral("alpha")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(),
                 QStringLiteral("(automatic: the organization's only team)"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Alpha (alpha)"));
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("(none)"));
        QCOMPARE(model.choiceAt(1).mode, TeamChoice::Mode::Specific);
        QCOMPARE(model.choiceAt(1).teamId, 3);
        QCOMPARE(model.choiceAt(2).mode, TeamChoice::Mode::None);
        model.retranslate();
    }
};

QTEST_GUILESS_MAIN(TestWindowModels)
#include "tst_windowmodels.moc"
