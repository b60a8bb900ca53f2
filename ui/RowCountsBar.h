#pragma once
// A stacked bar of a file's rows: added, updated, skipped, failed, each in its colour and labelled
// in the legend, so the share of failed rows is seen before it is read.

#include <QWidget>

#include <array>

class RowCountsBar final : public QWidget
{
    Q_OBJECT
public:
    explicit RowCountsBar(QWidget *parent = nullptr);

    // added, updated, skipped, failed
    void setCounts(const std::array<qint64, 4> &counts);
    std::array<qint64, 4> counts() const { return m_counts; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPoint> legendPlaces(int width) const;

    std::array<qint64, 4> m_counts{};
};
