#pragma once

#include "domain/Candidate.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace certtrack::ui {

// Personal Info → Settings: each programme question in full with its current answer, as a
// stack of cards (the long consent text does not fit a table cell). Read-only for now.
class SettingsView : public QWidget {
    Q_OBJECT
public:
    explicit SettingsView(QWidget *parent = nullptr);
    void setSettings(const domain::Settings &settings);

private:
    QWidget *makeCard(const domain::SettingsQuestion &question);

    QLabel *m_confirmed;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
};

} // namespace certtrack::ui
