#include "wizard/ImagePage.h"

#include "api/CloudQueries.h"
#include "api/ServerText.h"
#include "order/OrderDraft.h"
#include "wizard/FittedList.h"
#include "wizard/LookupStatus.h"
#include "wizard/ProblemLabel.h"
#include "wizard/WizardContext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

ImagePage::ImagePage(WizardContext *context, QWidget *parent)
    : OrderPage(context, {u"imageType"_s, u"imageId"_s}, parent)
{
    setTitle(tr("Image"));
    setSubTitle(tr("The operating system image the instances start from."));
    connect(context, &WizardContext::connectionChanged, this, [this] { m_loadedKey.clear(); });
}

void ImagePage::build()
{
    m_imageType = new QComboBox(this);
    m_search = new QLineEdit(this);
    m_images = new FittedList(4, 10, this);
    m_status = new LookupStatus(this);
    m_manualId = new QLineEdit(this);
    m_manualFamily = new QComboBox(this);
    m_imageType->setObjectName(u"imageType"_s);
    m_search->setObjectName(u"imageSearch"_s);
    m_images->setObjectName(u"images"_s);
    m_status->setObjectName(u"imageStatus"_s);
    m_manualId->setObjectName(u"imageId"_s);
    m_manualFamily->setObjectName(u"osFamily"_s);
    m_osMismatch = new ProblemLabel(this);
    m_osMismatch->setObjectName(u"osMismatch"_s);
    m_osMismatch->setField(m_manualFamily);

    m_imageType->addItem(tr("Public images"), 2);
    m_imageType->addItem(tr("Private images"), 1);
    m_imageType->addItem(tr("Marketplace images"), 3);
    m_imageType->addItem(tr("Shared images"), 4);
    m_search->setPlaceholderText(tr("Filter by name or id"));
    m_search->setClearButtonEnabled(true);
    m_manualId->setPlaceholderText(tr("img-xxxxxxxx"));
    m_manualFamily->addItem(tr("Linux"), int(PurchaseOrder::OsFamily::Linux));
    m_manualFamily->addItem(tr("Windows"), int(PurchaseOrder::OsFamily::Windows));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("Image &type:"), m_imageType, {u"imageType"_s});
    addRow(form, tr("&Search:"), m_search, {});
    addRow(form, tr("Ima&ges:"), m_images, {});
    form->addRow(QString(), m_status);
    addRow(form, tr("Image &id:"), m_manualId, {u"imageId"_s});
    addRow(form, tr("&Operating system:"), m_manualFamily, {});
    form->addRow(QString(), m_osMismatch);

    connect(m_imageType, &QComboBox::currentIndexChanged, this, [this] {
        draft()->update([this](PurchaseOrder &o) { o.imageType = m_imageType->currentData().toInt(); });
        loadImages();
    });
    connect(m_search, &QLineEdit::textChanged, this, &ImagePage::showImages);
    connect(m_images, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        const auto family = PurchaseOrder::OsFamily(item->data(Qt::UserRole + 1).toInt());
        chooseImage(item->data(Qt::UserRole).toString(), family);
    });
    // Typing an id by hand is the way on when the list cannot be loaded; the OS family is then the user's to say.
    connect(m_manualId, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QSignalBlocker blocker(m_images);
        m_images->clearSelection();
        m_images->setCurrentItem(nullptr);
        chooseImage(text.trimmed(), PurchaseOrder::OsFamily(m_manualFamily->currentData().toInt()));
    });
    connect(m_manualFamily, &QComboBox::currentIndexChanged, this, [this] {
        chooseImage(draft()->order().imageId, PurchaseOrder::OsFamily(m_manualFamily->currentData().toInt()));
    });
    connect(m_status, &LookupStatus::retryRequested, this, &ImagePage::loadImages);
    connect(context()->queries(), &CloudQueries::imagesReady, this,
            [this](const ApiResult &result, const QList<ApiReplies::Image> &images) {
                m_loaded = images;
                if (result.ok())
                    m_status->showLoaded(images.isEmpty() ? tr("The cloud has no images of this type for you.")
                                                          : tr("Images from the cloud."));
                else
                    m_status->showFailed(tr("Could not load the images: %1 You can type an image id below.")
                                             .arg(result.describe()));
                showImages();
                showOsFamily();
            });
}

void ImagePage::syncFromOrder()
{
    const PurchaseOrder &order = draft()->order();
    {
        const QSignalBlocker typeBlocker(m_imageType);
        const QSignalBlocker familyBlocker(m_manualFamily);
        m_imageType->setCurrentIndex(std::max(0, m_imageType->findData(order.imageType)));
        m_manualFamily->setCurrentIndex(m_manualFamily->findData(int(order.osFamily)));
    }
    if (m_manualId->text() != order.imageId)
        m_manualId->setText(order.imageId);
    if (m_loadedKey != order.region + QString::number(order.imageType))
        loadImages();
    else
        showImages(); // the order's image highlighted, and none when it has none
    showOsFamily();
}

void ImagePage::orderReplaced()
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    syncFromOrder();
}

std::optional<PurchaseOrder::OsFamily> ImagePage::describedFamily(const QString &imageId) const
{
    for (const ApiReplies::Image &image : std::as_const(m_loaded))
        if (image.imageId == imageId)
            return image.isWindows ? PurchaseOrder::OsFamily::Windows : PurchaseOrder::OsFamily::Linux;
    return std::nullopt;
}

bool ImagePage::osDisagreesWithImage() const
{
    const PurchaseOrder &order = draft()->order();
    const std::optional<PurchaseOrder::OsFamily> described = describedFamily(order.imageId);
    return described && *described != order.osFamily;
}

bool ImagePage::pageComplete() const
{
    return !isBuilt() || !osDisagreesWithImage();
}

void ImagePage::showOsFamily()
{
    const PurchaseOrder &order = draft()->order();
    const bool described = describedFamily(order.imageId).has_value();
    const bool disagrees = osDisagreesWithImage();
    {
        const QSignalBlocker blocker(m_manualFamily);
        m_manualFamily->setCurrentIndex(m_manualFamily->findData(int(order.osFamily)));
    }
    // Asked only for an image no lookup describes, or to mend an order that disagrees with its image (a
    // template's): otherwise it follows from the image, shown and not editable.
    m_manualFamily->setEnabled(!described || disagrees);
    m_manualFamily->setToolTip(
        described && !disagrees ? tr("The operating system follows from the chosen image.") : QString());
    QList<FieldProblem> problems;
    if (disagrees)
        problems.append({u"osFamily"_s, u"followsImage"_s,
                         order.osFamily == PurchaseOrder::OsFamily::Linux
                             ? tr("The image %1 runs Windows: choose Windows as the operating system, or "
                                  "another image.")
                                   .arg(order.imageId)
                             : tr("The image %1 runs Linux: choose Linux as the operating system, or another "
                                  "image.")
                                   .arg(order.imageId)});
    m_osMismatch->setProblems(problems);
    Q_EMIT completeChanged();
}

void ImagePage::loadImages()
{
    const PurchaseOrder &order = draft()->order();
    m_loadedKey = order.region + QString::number(order.imageType);
    m_loaded.clear();
    showImages();
    showOsFamily();
    // One whole sentence per image type: a word lower-cased into another sentence does not translate.
    switch (order.imageType) {
    case 1:
        m_status->showLoading(tr("Loading private images from the cloud…"));
        break;
    case 3:
        m_status->showLoading(tr("Loading marketplace images from the cloud…"));
        break;
    case 4:
        m_status->showLoading(tr("Loading shared images from the cloud…"));
        break;
    default:
        m_status->showLoading(tr("Loading public images from the cloud…"));
        break;
    }
    context()->queries()->queryImages(order.region, order.imageType);
}

void ImagePage::showImages()
{
    const QSignalBlocker blocker(m_images);
    m_images->clear();
    const QString filter = m_search->text().trimmed();
    // Grouped by OS (the cloud's order kept within each), each image under its OS: its versions side by side.
    QList<ApiReplies::Image> images = m_loaded;
    std::stable_sort(images.begin(), images.end(),
                     [](const ApiReplies::Image &a, const ApiReplies::Image &b) {
                         return a.platform.compare(b.platform, Qt::CaseInsensitive) < 0;
                     });
    for (const ApiReplies::Image &image : std::as_const(images)) {
        if (!filter.isEmpty() && !image.imageName.contains(filter, Qt::CaseInsensitive) &&
            !image.imageId.contains(filter, Qt::CaseInsensitive) &&
            !image.osName.contains(filter, Qt::CaseInsensitive) &&
            !image.platform.contains(filter, Qt::CaseInsensitive))
            continue;
        const QString text = u"%1 · %2"_s.arg(image.imageName, image.imageId);
        auto *item = new QListWidgetItem(
            image.platform.isEmpty() ? text : tr("%1: %2").arg(ServerText::shown(image.platform), text),
            m_images);
        item->setData(Qt::UserRole, image.imageId);
        item->setData(Qt::UserRole + 1,
                      int(image.isWindows ? PurchaseOrder::OsFamily::Windows : PurchaseOrder::OsFamily::Linux));
        item->setToolTip(image.osName);
        if (image.imageId == draft()->order().imageId)
            m_images->setCurrentItem(item);
    }
}

void ImagePage::chooseImage(const QString &imageId, PurchaseOrder::OsFamily asked)
{
    // The OS follows from the image, always; it is the user's to say only for an image no lookup describes.
    const PurchaseOrder::OsFamily family = describedFamily(imageId).value_or(asked);
    if (m_manualId->text() != imageId)
        m_manualId->setText(imageId);
    // What the system takes (no SSH key on Windows, its disk sizes) follows in the draft, which says so.
    draft()->update([&](PurchaseOrder &o) {
        o.imageId = imageId;
        o.osFamily = family;
    });
    showOsFamily();
}
