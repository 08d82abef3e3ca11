#pragma once

#include "wizard/OrderPage.h"

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// Step 9: the instance settings of RunInstances beyond the options: tags, the start-up script (userData)
// and protection from termination through the API. An order of an API without them (2.0) shows them
// disabled, with the reason.
class TagsPage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsPage)

public:
    explicit TagsPage(WizardContext *context, QWidget *parent = nullptr);

    // The start-up script from a file, as "Load from file…" reads it; false (and a line saying why) when it
    // cannot be read as text.
    bool loadUserData(const QString &path);

protected:
    void build() override;
    void syncFromOrder() override;
    // Not while two tags have one key: the order would keep only one of them.
    bool pageComplete() const override;

private:
    // The tags as the table holds them, row by row.
    QList<QPair<QString, QString>> tableTags() const;
    QStringList duplicateKeys() const;
    void tagsEdited();
    void addTag();
    void removeTag();
    void showUserDataSize();

    QLabel *m_reason = nullptr;
    QTableWidget *m_tags = nullptr;
    QPushButton *m_addTag = nullptr;
    QPushButton *m_removeTag = nullptr;
    QLabel *m_tagsNote = nullptr;
    ProblemLabel *m_duplicates = nullptr;
    QPlainTextEdit *m_userData = nullptr;
    QPushButton *m_loadUserData = nullptr;
    QLabel *m_userDataSize = nullptr;
    QLabel *m_loadProblem = nullptr;
    QCheckBox *m_protect = nullptr;
    QLabel *m_protectNote = nullptr;
};
