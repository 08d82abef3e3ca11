#pragma once

#include <QDialog>

// Help → About CVM Purchaser: the version, the Qt and QtKeychain versions, the licence, where this run
// keeps its purchase history, settings and secrets, and where the documentation is.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    struct Facts
    {
        QString dataFolder;   // the folder of the purchase history (a temporary one on the sandbox)
        QString settingsFile; // empty when the run writes no settings (the sandbox)
        bool sandbox = false;
    };

    explicit AboutDialog(const Facts &facts, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The installed README.md (share/doc/cvm-purchaser beside the program's bin/), or empty when there is
    // none (a program copied elsewhere).
    static QString readmePath();
    // "GPL-3.0-or-later", as the AppStream metainfo says.
    static QString licenceId();
};
