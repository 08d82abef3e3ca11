#pragma once

#include "protocol/ApiReplies.h"
#include "wizard/OrderPage.h"

#include <optional>

class LookupStatus;
class ProblemLabel;
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
    // A new order's images are listed unfiltered.
    void orderReplaced() override;
    // An image and an operating system that disagree cannot be bought.
    bool pageComplete() const override;

private:
    void loadImages();
    void showImages();
    // The image, and the OS family a lookup gives it, or else the one given (a typed id no lookup describes).
    void chooseImage(const QString &imageId, PurchaseOrder::OsFamily asked);
    // The OS family of the image as a lookup describes it; none for an image no lookup describes.
    std::optional<PurchaseOrder::OsFamily> describedFamily(const QString &imageId) const;
    bool osDisagreesWithImage() const;
    // The operating system shown from the order: asked only where no lookup describes the image.
    void showOsFamily();

    QComboBox *m_imageType = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_images = nullptr;
    LookupStatus *m_status = nullptr;
    QLineEdit *m_manualId = nullptr;
    QComboBox *m_manualFamily = nullptr;
    ProblemLabel *m_osMismatch = nullptr;
    QList<ApiReplies::Image> m_loaded;
    QString m_loadedKey;
};
