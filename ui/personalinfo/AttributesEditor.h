#pragma once

#include "domain/Candidate.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace certtrack::client {
class PersonalInfoService;
struct PersonalInfoReply;
} // namespace certtrack::client

namespace certtrack::ui {

class EditFeedback;

// Personal Info → Attributes: every attribute with its programme label; the editable ones (Job
// Title) as a text field checked as typed (trimmed, 1–100 characters, any script), the others
// read-only, "[Nothing set]" when empty. Update/Confirm saves with the ETag of the version
// shown; a change made elsewhere meanwhile is reported with Reload, the typed text kept.
class AttributesEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxLength = 100;

    explicit AttributesEditor(QWidget *parent = nullptr);
    void setService(client::PersonalInfoService *service);
    void setAttributes(const domain::Attributes &attributes, const QByteArray &etag = {});

    bool hasUnsavedChanges() const;
    bool canSave() const;
    void save(std::function<void()> onSaved = {});
    void discard();
    void reload();
    // The client's own check of one editable value; empty when it is fine.
    static QString validate(const QString &label, const QString &text);

signals:
    void saved();

private:
    void load(const domain::Attributes &attributes, const QByteArray &etag);
    void updateState();
    void showReply(const client::PersonalInfoReply &reply, const std::function<void()> &onSaved);

    QPointer<client::PersonalInfoService> m_service;
    domain::Attributes m_loaded;
    QByteArray m_etag;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_values; // read-only attributes
    QHash<QString, QLabel *> m_fieldErrors;
    bool m_busy = false;

    EditFeedback *m_feedback = nullptr;
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QPushButton *m_confirm;
};

} // namespace certtrack::ui
