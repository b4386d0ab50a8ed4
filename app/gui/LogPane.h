#pragma once

#include "domain/Outcome.h"

#include <QWidget>
#include <memory>

class LogModel;
class LogFilterModel;
class QLabel;
namespace Ui {
class LogPane;
}

// The log pane: every outcome with time, database, kind and email, filtered by kind, copied or
// saved (the latest LogModel::ShownLimit are shown, every one the journal keeps is saved).
class LogPane : public QWidget
{
    Q_OBJECT

public:
    explicit LogPane(QWidget *parent = nullptr);
    ~LogPane() override;

    LogModel *model() const { return m_model; }
    // Shows the entries of this database, those of earlier sessions included (LogModel).
    void setDatabase(const QString &name, const QString &journalPath);

public slots:
    void append(const Outcome &outcome);
    void appendAll(const QList<Outcome> &outcomes);
    void copySelection();
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillKindFilter();
    void fitColumns();
    int widthFor(int column, const QStringList &values) const;
    void widenForRows(int first, int last);
    void showHiddenCount();
    // The selected entries shown, or every shown entry when none is selected.
    QStringList shownLines(bool selectedOnly) const;

    const std::unique_ptr<Ui::LogPane> m_ui;
    LogModel *m_model;
    LogFilterModel *m_filter;
    // "N earlier entries are not shown", while some are not.
    QLabel *m_hiddenLabel;
};
