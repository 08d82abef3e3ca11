// The application's style (DeferredIconStyle) reads the menu bar's extension icon and the line edit's clear
// icon only when they are first needed: what a user sees must be what the plain style shows.
#include "DeferredIconStyle.h"

#include <QApplication>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// A field with text, shown long enough for the clear button to fade in.
QImage render(QStyle *style, bool clearButton = true)
{
    QLineEdit edit;
    edit.setStyle(style);
    edit.setClearButtonEnabled(clearButton);
    edit.setText(u"https://cvm.api.qcloud.com/v2/index.php"_s);
    edit.resize(320, edit.sizeHint().height());
    edit.show();
    if (!QTest::qWaitForWindowExposed(&edit))
        return {};
    QTest::qWait(400);
    return edit.grab().toImage();
}
} // namespace

class TestDeferredIconStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deferredIconsLookLikeTheBaseStylesIcons_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("clear button") << int(QStyle::SP_LineEditClearButton);
        QTest::newRow("menu bar extension") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
        QTest::newRow("vertical extension") << int(QStyle::SP_ToolBarVerticalExtensionButton);
        QTest::newRow("not deferred") << int(QStyle::SP_MessageBoxWarning);
    }
    void deferredIconsLookLikeTheBaseStylesIcons()
    {
        QFETCH(int, which);
        const auto icon = QStyle::StandardPixmap(which);
        DeferredIconStyle style(u"Fusion"_s);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        const QIcon deferred = style.standardIcon(icon);
        const QIcon plain = fusion->standardIcon(icon);
        QVERIFY(!deferred.isNull());
        QCOMPARE(deferred.availableSizes(), plain.availableSizes());
        for (const int extent : {16, 24, 32}) {
            QCOMPARE(deferred.actualSize(QSize(extent, extent)), plain.actualSize(QSize(extent, extent)));
            QCOMPARE(deferred.pixmap(extent).toImage(), plain.pixmap(extent).toImage());
            QCOMPARE(deferred.pixmap(QSize(extent, extent), 2.0).toImage(),
                     plain.pixmap(QSize(extent, extent), 2.0).toImage());
        }
    }

    // The endpoint field's clear button, pixel for pixel.
    void aLineEditLooksTheSame()
    {
        DeferredIconStyle style(u"Fusion"_s);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        const QImage withDeferred = render(&style);
        QCOMPARE(withDeferred, render(fusion.get()));
        // The button is there: the field with the clear button differs from one without.
        QVERIFY(render(fusion.get(), false) != withDeferred);
    }
};

QTEST_MAIN(TestDeferredIconStyle)
#include "tst_deferred_icon_style.moc"
