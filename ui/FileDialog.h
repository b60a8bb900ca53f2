#pragma once
// The one way the window asks for a file name, with a seam for tests (KeePassXC's FileDialog):
// a test sets the next answer and no native dialog opens.

#include <QString>

class QWidget;

class FileDialog final
{
public:
    // Empty when the user cancelled.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                   const QString &filter);
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &folder,
                                   const QString &filter);
    // The next call (save or open) returns this instead of asking (an empty string answers "cancelled").
    static void setNextFileName(const QString &fileName);

private:
    FileDialog() = delete;
};
