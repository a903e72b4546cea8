// The pictures of things being edited: account mapping from the sign-in dialog, Personal Info,
// transcripts. Part of ScreenshotTaker (see ScreenshotTaker.h).
#include "ScreenshotTaker.h"

#include "Script.h"
#include "client/AccountController.h"
#include "client/PersonalInfoService.h"
#include "ui/AccountMappingDialog.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/personalinfo/PersonalInfoPage.h"
#include "ui/transcripts/TranscriptFormDialog.h"
#include "ui/transcripts/TranscriptPreviewDialog.h"
#include "ui/transcripts/TranscriptShareDialog.h"
#include "ui/transcripts/TranscriptsPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>

namespace certtrack::screenshots {

namespace {

// The demo seed's password (server/app/DemoSeed.h), for the second sign-in.
const QString kDemoPassword = QStringLiteral("certtrack-demo");
const QString kTranscriptDescription = QStringLiteral("Application at Acme Networks");

// The visible dialog of type T that root opened; null when there is none yet.
template <typename T> T *openDialog(QObject *root) {
    for (T *dialog : root->findChildren<T *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

bool isShown(QWidget *root, const char *name) {
    auto *widget = root ? root->findChild<QWidget *>(QString::fromLatin1(name)) : nullptr;
    return widget && widget->isVisible();
}

bool isEnabled(QWidget *root, const char *name) {
    auto *widget = root ? root->findChild<QWidget *>(QString::fromLatin1(name)) : nullptr;
    return widget && widget->isEnabled();
}

} // namespace

void ScreenshotTaker::addSignIn() {
    m_script->add(QStringLiteral("open the sign-in dialog"), [this] {
        m_signIn = new ui::SignInDialog(m_controller, m_window);
        m_signIn->setEndpoint(m_controller->endpoint());
        m_signIn->setLoginId(m_controller->loginId());
        m_signIn->adjustSize();
        m_signIn->show();
    });
    shot(QStringLiteral("00-sign-in"), [this] { return m_signIn.data(); });

    // "First time signing in?" with an address: once the answer shows answer (a widget's name),
    // the dialog is saved as picture and closed.
    const auto mapAddress = [this](const QString &email, const char *answer,
                                   const QString &picture) {
        m_script->add(
            QStringLiteral("First time signing in? for %1").arg(picture),
            [this] { click(m_signIn, "firstTimeButton"); },
            [this] {
                m_dialog = m_signIn ? openDialog<ui::AccountMappingDialog>(m_signIn) : nullptr;
                return !m_dialog.isNull();
            });
        m_script->add(
            QStringLiteral("map %1").arg(email),
            [this, email] {
                type(m_dialog, "mappingEmailEdit", email);
                click(m_dialog, "byEmailSubmit");
            },
            [this, answer] {
                auto *dialog = qobject_cast<ui::AccountMappingDialog *>(m_dialog);
                return !dialog || (!dialog->isBusy() && isShown(dialog, answer));
            });
        shot(picture, [this] { return m_dialog.data(); });
        m_script->add(
            QStringLiteral("close the mapping dialog"), [this] { click(m_dialog, "closeButton"); },
            [this] { return !m_dialog; });
    };
    // An address on more than one record: the guide's error, inline.
    mapAddress(QStringLiteral("shared@example.com"), "byEmailError",
               QStringLiteral("account-mapping"));
    // An address on one record: the link is mailed (to the demo server's outbox).
    mapAddress(QStringLiteral("new.candidate@example.com"), "mappingSentNotice",
               QStringLiteral("account-mapping-sent"));
    m_script->add(QStringLiteral("close the sign-in dialog"), [this] {
        if (m_signIn)
            m_signIn->deleteLater();
    });
}

void ScreenshotTaker::addPersonalInfo() {
    const auto page = [this] {
        return static_cast<ui::PersonalInfoPage *>(m_window->page(ui::MainWindow::PersonalInfoTab));
    };
    const auto whole = [this] { return static_cast<QWidget *>(m_window); };
    const auto settled = [this, page] {
        return !page()->hasUnsavedChanges() &&
               m_controller->syncState() == client::AccountController::SyncState::Idle;
    };
    m_script->add(QStringLiteral("show the settings"), [this, page] {
        m_window->tabs()->setCurrentIndex(ui::MainWindow::PersonalInfoTab);
        page()->tabs()->setCurrentIndex(0);
    });
    // Every question answered: No, and Yes to letting employers verify.
    m_script->add(
        QStringLiteral("answer the settings questions"),
        [this] {
            for (const domain::SettingsQuestion &question :
                 m_controller->data().settings.questions) {
                const bool yes = question.id == QLatin1String("verificationConsent");
                const QString name =
                    (yes ? QStringLiteral("settingsYes_") : QStringLiteral("settingsNo_")) +
                    question.id;
                if (auto *answer = m_window->findChild<QAbstractButton *>(name))
                    answer->click();
                else
                    m_script->fail(QStringLiteral("no answer %1").arg(name));
            }
        },
        [this] { return isEnabled(m_window, "settingsConfirm"); });
    shot(QStringLiteral("personal-info-settings-edit"), whole);
    m_script->add(
        QStringLiteral("confirm the settings"), [this] { click(m_window, "settingsConfirm"); },
        [this, settled] {
            auto *confirmed = m_window->findChild<QLabel *>(QStringLiteral("settingsConfirmed"));
            // In the language of the pictures ("Confirmed on %1." in English).
            const QString confirmedOn =
                QCoreApplication::translate("SettingsView", "Confirmed on %1.").section(u'%', 0, 0);
            return confirmed && confirmed->text().startsWith(confirmedOn) && settled();
        });

    // Another device signs in and answers a question while this one is editing.
    m_script->add(
        QStringLiteral("sign in elsewhere"),
        [this] {
            client::AccountController::Options options;
            options.useKeychain = false;
            m_elsewhere = new client::AccountController(options, this);
            m_elsewhere->signIn(m_controller->endpoint(), m_controller->loginId(), kDemoPassword,
                                false);
        },
        [this] {
            return m_elsewhere && m_elsewhere->lastSynced().isValid() &&
                   m_elsewhere->syncState() == client::AccountController::SyncState::Idle;
        });
    m_script->add(
        QStringLiteral("change a setting here and elsewhere"),
        [this] {
            click(m_window, "settingsYes_ciscoEmployee");
            auto *service = new client::PersonalInfoService(m_elsewhere, m_elsewhere);
            service->saveSettings(
                m_elsewhere->resourceEtag(QStringLiteral("me/settings")),
                {{QStringLiteral("emailNotifications"), true}}, this,
                [this](const client::PersonalInfoReply &reply) {
                    if (reply.error)
                        m_script->fail(
                            QStringLiteral("saving elsewhere: %1").arg(reply.error->message));
                    m_savedElsewhere = true;
                });
        },
        [this] { return m_savedElsewhere; });
    m_script->add(
        QStringLiteral("confirm the settings changed elsewhere"),
        [this] { click(m_window, "settingsConfirm"); },
        [this] { return isShown(m_window, "settingsConflict"); });
    shot(QStringLiteral("personal-info-settings-conflict"), whole);
    m_script->add(
        QStringLiteral("reload the settings"),
        [this] {
            click(m_window, "settingsReload");
            if (m_elsewhere)
                m_elsewhere->deleteLater();
        },
        [this, settled] { return !isShown(m_window, "settingsConflict") && settled(); });

    // The job title, the one attribute the person may change, typed and then saved.
    m_script->add(
        QStringLiteral("edit the job title"),
        [this, page] {
            page()->tabs()->setCurrentIndex(1);
            type(m_window, "attribute_jobTitle", QStringLiteral("  Chief Jester  "));
        },
        [this] { return isEnabled(m_window, "attributesConfirm"); });
    shot(QStringLiteral("personal-info-attributes-edit"), whole);
    m_script->add(
        QStringLiteral("save the job title"), [this] { click(m_window, "attributesConfirm"); },
        settled);

    m_script->add(QStringLiteral("show the identifiers"),
                  [page] { page()->tabs()->setCurrentIndex(2); });
    shot(QStringLiteral("personal-info-identification"), whole);
    m_script->add(QStringLiteral("back to the settings"),
                  [page] { page()->tabs()->setCurrentIndex(0); });
}

void ScreenshotTaker::addTranscripts() {
    const auto page = [this] {
        return static_cast<ui::TranscriptsPage *>(m_window->page(ui::MainWindow::TranscriptsTab));
    };
    const auto dialog = [this] { return m_dialog.data(); };
    m_script->add(
        QStringLiteral("show the transcripts"),
        [this] { m_window->tabs()->setCurrentIndex(ui::MainWindow::TranscriptsTab); },
        [page] { return isEnabled(page(), "createTranscript"); });
    m_script->add(
        QStringLiteral("create a transcript"), [page] { page()->createTranscript(); },
        [this, page] {
            m_dialog = openDialog<ui::TranscriptFormDialog>(page());
            return !m_dialog.isNull();
        });
    // A description, the email shown, only the CCNA disclosed.
    m_script->add(QStringLiteral("fill in the transcript"), [this] {
        if (auto *selected = find<QAbstractButton>(m_dialog, "disclosureSelected"))
            selected->setChecked(true);
        type(m_dialog, "description", kTranscriptDescription);
        type(m_dialog, "remarks", QStringLiteral("Sent with my CV"));
        if (auto *email = find<QCheckBox>(m_dialog, "showEmail"))
            email->setChecked(true);
        auto *table = find<QTableWidget>(m_dialog, "transcriptCertifications");
        for (int row = 0; table && row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String("CCNA Routing and Switching (CCNA)"))
                table->item(row, 0)->setCheckState(Qt::Checked);
        }
    });
    shot(QStringLiteral("transcript-create"), dialog);
    m_script->add(
        QStringLiteral("save the transcript"), [this] { click(m_dialog, "saveTranscript"); },
        [this] {
            static const QRegularExpression id(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{16}$"));
            auto *label =
                m_dialog ? m_dialog->findChild<QLabel *>(QStringLiteral("transcriptId")) : nullptr;
            return !label || id.match(label->text()).hasMatch();
        });
    // The list revalidates and shows it; it is chosen there and shared.
    m_script->add(
        QStringLiteral("select the new transcript"),
        [this] {
            if (auto *form = qobject_cast<QDialog *>(m_dialog))
                form->reject();
        },
        [page] {
            auto *view = page()->findChild<QTreeView *>(QStringLiteral("transcriptsView"));
            QAbstractItemModel *model = view ? view->model() : nullptr;
            for (int row = 0; model && row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data().toString() == kTranscriptDescription)
                    view->setCurrentIndex(index);
            }
            return isEnabled(page(), "shareTranscript");
        });
    m_script->add(
        QStringLiteral("share the transcript"), [page] { page()->shareSelected(); },
        [this, page] {
            m_dialog = openDialog<ui::TranscriptShareDialog>(page());
            return !m_dialog.isNull();
        });
    m_script->add(
        QStringLiteral("preview the email"),
        [this] {
            // Tall enough for the whole message.
            if (m_dialog)
                m_dialog->resize(560, 580);
            type(m_dialog, "shareTo", QStringLiteral("hr@acme.example"));
            click(m_dialog, "sharePreviewEmail");
        },
        [this] {
            auto *message =
                m_dialog ? m_dialog->findChild<QPlainTextEdit *>(QStringLiteral("shareMessage"))
                         : nullptr;
            const QString subject =
                QCoreApplication::translate("TranscriptShareDialog", "To: %1\nSubject: %2\n\n%3")
                    .section(u'\n', 1, 1)
                    .section(u'%', 0, 0);
            return !message || message->toPlainText().contains(subject);
        });
    shot(QStringLiteral("transcript-share"), dialog);
    m_script->add(QStringLiteral("close the share dialog"), [this] {
        if (auto *share = qobject_cast<QDialog *>(m_dialog))
            share->reject();
    });
    // The owner's preview: the public page as its readers see it, inside the application.
    m_script->add(
        QStringLiteral("preview the transcript"), [page] { page()->previewSelected(); },
        [this, page] {
            m_dialog = openDialog<ui::TranscriptPreviewDialog>(page());
            return !m_dialog.isNull();
        });
    shot(QStringLiteral("transcript-preview"), dialog);
    m_script->add(QStringLiteral("close the preview"), [this] {
        if (auto *preview = qobject_cast<QDialog *>(m_dialog))
            preview->reject();
    });
}

} // namespace certtrack::screenshots
