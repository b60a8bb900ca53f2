#pragma once
// The application's main window: query form, history table and detail pane.

#include <QMainWindow>

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
