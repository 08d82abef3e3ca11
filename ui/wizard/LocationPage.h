#pragma once

#include "api/ApiResult.h"
#include "protocol/ApiReplies.h"
#include "wizard/OrderPage.h"

class LookupStatus;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;

// Step 2: region, then zone. Zones come from the live API, with the built-in
// catalog when the cloud cannot be asked; the page says which is shown.
class LocationPage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationPage)

public:
    explicit LocationPage(WizardContext *context, QWidget *parent = nullptr);
    // Entered without a zone (a new order), the first zone on sale is chosen, as the console does.
    void initializePage() override;

protected:
    void build() override;
    void syncFromOrder() override;

private:
    void fillRegions();
    void loadZones();
    void showZones(const QList<ApiReplies::Zone> &zones);
    void chooseFirstZone();
    // The zones of the built-in list, when the cloud could not be asked; a zone may then be typed too.
    void showBuiltInZones(const ApiResult &failure);

    QComboBox *m_region = nullptr;
    QListWidget *m_zones = nullptr;
    LookupStatus *m_status = nullptr;
    QLineEdit *m_typedZone = nullptr; // offered with the built-in list, for a zone the list lacks
    QFormLayout *m_form = nullptr;
    QString m_loadedRegion;
    int m_regionsApi = -1; // the API whose regions the list holds
};
