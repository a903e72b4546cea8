#pragma once

#include "domain/Candidate.h"
#include "domain/Order.h"
#include "domain/Problem.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace certtrack::ui {

// Claim & Purchase Fulfillment, step 2: the shipping details as the guide lays them out, the
// "Demographics - English (Roman) alphabet only" block beside the optional "Localized"
// block. The shipping rules of the domain (the server's own) check each field as the person
// types; a field error shows under its field and names the field and the offending character.
// Child objectNames are the wire paths' field names: "firstName", "localizedCity" ... with
// "<name>Error" for their error labels.
class ShippingForm : public QWidget {
    Q_OBJECT
public:
    explicit ShippingForm(QWidget *parent = nullptr);

    void setDetails(const domain::ShippingDetails &details);
    domain::ShippingDetails details() const;
    // The profile's name, email, phone and address.
    static domain::ShippingDetails fromProfile(const domain::Profile &profile);

    // Checks every field, also the untouched ones; true when nothing is refused.
    bool validateAll();
    // The server's 422 errors, shown under the fields they name; returns the messages of the
    // errors that name no field of this form.
    QStringList showServerErrors(const QList<domain::Problem::FieldError> &errors);
    QString errorText(const QString &field) const;

signals:
    void edited();

private:
    static QGridLayout *makeGrid();
    void addRow(QGridLayout *grid, const QString &field, const QString &label, QWidget *input);
    QLineEdit *addField(QGridLayout *grid, const QString &field, const QString &label);
    void onEdited(const QString &field);
    void showErrors(const QList<domain::FieldError> &errors);
    QString text(const QString &field) const;

    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_errors;
    QComboBox *m_country = nullptr;
    QSet<QString> m_touched;
};

} // namespace certtrack::ui
