#pragma once

#include "wizard/OrderPage.h"

#include "protocol/ApiReplies.h"

class LookupStatus;
class QButtonGroup;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QTreeWidget;

// Step 3: instance type, then CPU and memory from a grid (cores down, memory
// across) in which only the combinations sold for the type can be chosen.
// With an API that has a live catalog (API 3.0), the zone's instance types
// instead, each with its cores and memory; sold-out ones are shown disabled
// with the cloud's reason.
class InstancePage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancePage)

public:
    explicit InstancePage(WizardContext *context, QWidget *parent = nullptr);

protected:
    void build() override;
    void syncFromOrder() override;
    // The note on a choice adjusted in the last order leaves with it.
    void orderReplaced() override;

private:
    void rebuildGrid();
    void typeChosen();
    // Whether the order's API has a live catalog of instance types.
    bool usesLiveCatalog() const;
    void loadLiveTypes();
    // builtIn: the built-in catalog's list, shown when the cloud could not be asked: no price, no stock.
    void showLiveTypes(const QList<ApiReplies::InstanceTypeConfig> &configs, bool builtIn = false);

    QComboBox *m_type = nullptr;
    QLabel *m_description = nullptr;
    QWidget *m_gridHost = nullptr;
    QGridLayout *m_grid = nullptr;
    QButtonGroup *m_choices = nullptr;
    QLabel *m_adjusted = nullptr;
    QFormLayout *m_form = nullptr;
    QTreeWidget *m_liveTypes = nullptr;
    LookupStatus *m_liveStatus = nullptr;
    QString m_loadedZone; // the zone m_liveTypes lists
};
