#pragma once

#include "order/PurchaseOrder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Catalog;

// One broken rule: the field is the API parameter name (or "password",
// "passwordConfirm"...), the rule a stable identifier tests and the UI can
// key on, the message one translated sentence naming the allowed values.
struct FieldProblem
{
    enum class Severity { Error, Warning };

    QString field;
    QString rule;
    QString message;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
};

// How a password fares against the policy of an OS family; each part is
// reported separately so the UI can tick a checklist.
struct PasswordCheck
{
    int minLength = 0;
    int maxLength = 0;
    int classesRequired = 0;
    int classesPresent = 0;
    bool lengthOk = false;
    QString invalidCharacters; // each offending character once, in order of appearance

    bool classesOk() const { return classesPresent >= classesRequired; }
    bool ok() const { return lengthOk && classesOk() && invalidCharacters.isEmpty(); }
};

// A protocol's password rules (PROTOCOL.md sections 4 and 10).
struct PasswordPolicy
{
    int minLength = 8;
    int maxLength = 16;
    int classesRequired = 2;
    bool casesApart = false; // upper and lower case count as two classes
    QString specials;
};

class OrderValidator final
{
    Q_DECLARE_TR_FUNCTIONS(OrderValidator)

public:
    explicit OrderValidator(const Catalog &catalog);

    // Every problem of the order at once, errors and warnings, by the rules of the order's API.
    QList<FieldProblem> validate(const PurchaseOrder &order) const;
    static bool hasErrors(const QList<FieldProblem> &problems);

    static PasswordCheck checkPassword(const QString &password, const PasswordPolicy &policy);
    static PasswordPolicy passwordPolicy(PurchaseOrder::Api api, PurchaseOrder::OsFamily family);
    // Characters for a message: "space, tab and “é”", each invisible one by its name.
    static QString describeCharacters(const QString &characters);
    // The special characters the policy of the family allows, for display.
    static QString allowedSpecials(PurchaseOrder::OsFamily family);

private:
    const Catalog &m_catalog;
};
