#pragma once

#include "order/PurchaseOrder.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

// Review → Export…: the order handed to other tools (issue 18), as the RunInstances request body the official
// SDKs and tccli's --cli-input-json take, or as a Terraform resource; to copy or save. Neither holds the
// password or a client token (ApiProtocol::sdkRequestBody, ApiProtocol::terraformResource).
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const PurchaseOrder &order, QWidget *parent = nullptr);

    QString text() const;

private:
    void showFormat();
    void copy();
    void save();

    PurchaseOrder m_order;
    QComboBox *m_format = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_note = nullptr;
};
