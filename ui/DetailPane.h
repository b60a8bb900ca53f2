#pragma once
// Everything about one file: what it is, how it ended and why, and what became of its rows, as
// numbers and as a bar; plus the row exactly as the API sent it.

#include "api/FileRun.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class RowCountsBar;

class DetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    void showFile(const FileRun &run, const QTimeZone &workspace, const QTimeZone &display);
    void clear();
    // For tests and accessibility: the value shown for a field ("added", "failed", "status", ...);
    // "" while no file is selected.
    QString fieldText(const QString &field) const;
    static QString rawJson(const FileRun &run);

private:
    QLabel *addField(const QString &key, const QString &title);

    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    QHash<QString, QLabel *> m_fields;
    QLabel *m_statusBadge;
    QPlainTextEdit *m_message;
    RowCountsBar *m_bar;
    QWidget *m_auxBox;
    QPlainTextEdit *m_json;
    QToolButton *m_copyId;
    QString m_id;
    QString m_fileName; // as the API sent it, for Copy file name
};
