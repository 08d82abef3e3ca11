#pragma once

#include "ConnectionPanel.h"

#include <QMainWindow>

class QNetworkAccessManager;

// The application window: a sandbox banner when nothing is bought, and the
// connection check.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(QNetworkAccessManager *network, const ConnectionPanel::Setup &setup, QWidget *parent = nullptr);
};
