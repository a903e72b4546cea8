#include "ui/HelpDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

static void ensureHelpResources() {
    static const bool loaded = [] {
        Q_INIT_RESOURCE(help);
        return true;
    }();
    Q_UNUSED(loaded);
}

namespace certtrack::ui {

namespace {
const QUrl kGuide(QStringLiteral("qrc:/help/guide.html"));
} // namespace

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this)) {
    ensureHelpResources();
    setWindowTitle(tr("CertTrack Help"));
    setObjectName(QStringLiteral("helpDialog"));
    // A window of its own beside the main one, so the person can read and do at once.
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    // Links inside the guide move within it; one out of it goes to the person's browser.
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(16);

    m_back->setObjectName(QStringLiteral("helpBack"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward->setObjectName(QStringLiteral("helpForward"));
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    auto *contents = new QToolButton(this);
    contents->setObjectName(QStringLiteral("helpContents"));
    contents->setText(tr("&Contents"));
    contents->setToolTip(tr("The list of sections at the top of the guide"));
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(contents, &QToolButton::clicked, this, [this] { showSection(QString()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(contents);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(720, 640);
    m_browser->setSource(kGuide);
}

void HelpDialog::showSection(const QString &anchor) {
    QUrl url = kGuide;
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    if (m_browser->source() != url)
        m_browser->setSource(url);
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
    else
        m_browser->scrollToAnchor(anchor);
    show();
    raise();
    activateWindow();
    m_browser->setFocus();
}

} // namespace certtrack::ui
