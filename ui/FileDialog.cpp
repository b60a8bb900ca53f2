#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace {
std::optional<QString> &nextFileName()
{
    static std::optional<QString> next;
    return next;
}
} // namespace

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                    const QString &filter)
{
    if (auto &next = nextFileName(); next) {
        const QString answer = *next;
        next.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &folder,
                                    const QString &filter)
{
    if (auto &next = nextFileName(); next) {
        const QString answer = *next;
        next.reset();
        return answer;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName() = fileName;
}
