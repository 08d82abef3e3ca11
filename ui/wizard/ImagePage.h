#pragma once

#include "protocol/ApiReplies.h"
#include "wizard/OrderPage.h"

class LookupStatus;
class QComboBox;
class QLineEdit;
class QListWidget;

// Step 4: the image, from DescribeImages with a search, or typed by hand.
// The image decides the OS family, which drives the login and disk rules.
class ImagePage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePage)

public:
    explicit ImagePage(WizardContext *context, QWidget *parent = nullptr);

protected:
    void build() override;
    void syncFromOrder() override;

private:
    void loadImages();
    void showImages();
    void chooseImage(const QString &imageId, PurchaseOrder::OsFamily family);

    QComboBox *m_imageType = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_images = nullptr;
    LookupStatus *m_status = nullptr;
    QLineEdit *m_manualId = nullptr;
    QComboBox *m_manualFamily = nullptr;
    QList<ApiReplies::Image> m_loaded;
    QString m_loadedKey;
};
