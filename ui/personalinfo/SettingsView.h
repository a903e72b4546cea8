#pragma once

#include "domain/Candidate.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace certtrack::client {
class PersonalInfoService;
struct PersonalInfoReply;
} // namespace certtrack::client

namespace certtrack::ui {

class EditFeedback;

// Personal Info → Settings: each programme question in full (its wording comes from the server)
// with Yes / No, and Update/Confirm, enabled once every required question is answered. A save
// carries the ETag of the version shown; when the settings changed elsewhere meanwhile the view
// says so and offers Reload, keeping the person's answers on screen until they reload. Data
// arriving from a sync replaces the form only while it has no unsaved answers.
class SettingsView : public QWidget {
    Q_OBJECT
public:
    explicit SettingsView(QWidget *parent = nullptr);
    void setService(client::PersonalInfoService *service);
    void setSettings(const domain::Settings &settings, const QByteArray &etag = {});

    bool hasUnsavedChanges() const;
    bool canSave() const;
    // Sends the answers; onSaved runs after the server accepted them.
    void save(std::function<void()> onSaved = {});
    // Back to the answers last loaded.
    void discard();
    void reload();

signals:
    void saved();

private:
    void load(const domain::Settings &settings, const QByteArray &etag);
    QWidget *makeCard(const domain::SettingsQuestion &question);
    void showAnswers();
    void updateState();
    void showReply(const client::PersonalInfoReply &reply, const std::function<void()> &onSaved);

    QPointer<client::PersonalInfoService> m_service;
    domain::Settings m_loaded;
    QByteArray m_etag;
    QHash<QString, bool> m_answers; // what the person chose, by question id
    QHash<QString, QButtonGroup *> m_groups;
    QHash<QString, QLabel *> m_fieldErrors;
    bool m_busy = false;

    QLabel *m_confirmed;
    EditFeedback *m_feedback = nullptr;
    QPushButton *m_confirm;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
};

} // namespace certtrack::ui
