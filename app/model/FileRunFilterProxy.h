#pragma once
// Sorting and quick filtering over FileRunTableModel without going through QVariant for every
// comparison: the typed model compares its own rows. Setters re-filter only when a value changed.

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

class FileRunTableModel;

class FileRunFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FileRunFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Case-insensitive substring over file name, id and message.
    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_text; }
    // Only files scheduled on this day in the model's display zone (the trends chart sets it).
    void setDay(std::optional<QDate> day);
    std::optional<QDate> day() const { return m_day; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FileRunTableModel *m_model = nullptr;
    QString m_text;
    QByteArray m_needle; // lower-cased UTF-8 of m_text
    std::optional<QDate> m_day;
};
