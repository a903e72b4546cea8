#include "server/logos/LogoArtwork.h"

#include <QRegularExpression>
#include <QStringList>

namespace certtrack::server {

namespace {

struct Palette {
    const char *fill;
    const char *ring;
};

// The badge colours, chosen by the level the mark names.
Palette paletteFor(const QString &mark) {
    if (mark == QLatin1String("CCIE") || mark == QLatin1String("CCDE"))
        return {"#7a1f2b", "#eab0b8"};
    if (mark == QLatin1String("CCNP"))
        return {"#5b3a9b", "#c9b6ee"};
    if (mark == QLatin1String("CCNA"))
        return {"#1f5fa8", "#9cc3ef"};
    if (mark == QLatin1String("CCENT") || mark == QLatin1String("CCT"))
        return {"#2f7d6d", "#a7dccf"};
    return {"#a55a14", "#f1c89b"};
}

// Splits text into lines of at most width characters at spaces.
QStringList wrapped(const QString &text, int width) {
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

QString LogoArtwork::mark(const QString &logoName) {
    const QString head = logoName.section(QStringLiteral(" - "), 0, 0).trimmed();
    const QStringList words = head.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        const QString first = words.constFirst();
        if (first.size() >= 3 && first.size() <= 6 && first == first.toUpper() &&
            first.at(0).isLetter())
            return first;
    }
    QString initials;
    for (const QString &word : words) {
        if (word.at(0).isUpper())
            initials += word.at(0);
    }
    return initials.left(5).isEmpty() ? QStringLiteral("LOGO") : initials.left(5);
}

QString LogoArtwork::fileStem(const QString &logoName) {
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString stem = logoName.toLower().replace(other, QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("logo") : stem.left(80);
}

QString LogoArtwork::svg(const QString &logoName) {
    const QString acronym = mark(logoName);
    const Palette palette = paletteFor(acronym);
    const int acronymSize = acronym.size() <= 4 ? 40 : 30;
    const QString fill = QLatin1String(palette.fill);
    const QString ring = QLatin1String(palette.ring);

    QStringList lines = wrapped(logoName, 26);
    if (lines.size() > 3) {
        lines = lines.mid(0, 3);
        lines.last() += QStringLiteral("…");
    }
    QString text;
    const int lineHeight = 30;
    int y = 100 - (int(lines.size()) - 1) * lineHeight / 2 + 22;
    for (const QString &line : std::as_const(lines)) {
        text += QStringLiteral("<text x=\"196\" y=\"%1\" font-family=\"DejaVu Sans, sans-serif\" "
                               "font-size=\"24\" font-weight=\"bold\" fill=\"#1d2733\">%2</text>")
                    .arg(y)
                    .arg(line.toHtmlEscaped());
        y += lineHeight;
    }
    const int certifiedY = 100 - (int(lines.size()) - 1) * lineHeight / 2 - 14;
    return QStringLiteral(
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
               "viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\">"
               "<rect width=\"%1\" height=\"%2\" rx=\"18\" fill=\"#ffffff\"/>"
               "<polygon points=\"100,14 172,56 172,144 100,186 28,144 28,56\" fill=\"%4\"/>"
               "<polygon points=\"100,27 161,62 161,138 100,173 39,138 39,62\" fill=\"none\" "
               "stroke=\"%5\" stroke-width=\"4\"/>"
               "<text x=\"100\" y=\"%6\" text-anchor=\"middle\" font-family=\"DejaVu Sans, "
               "sans-serif\" font-weight=\"bold\" font-size=\"%7\" fill=\"#ffffff\">%8</text>"
               "<rect x=\"196\" y=\"%9\" width=\"6\" height=\"6\" fill=\"%4\"/>"
               "<text x=\"210\" y=\"%10\" font-family=\"DejaVu Sans, sans-serif\" "
               "font-size=\"15\" letter-spacing=\"4\" fill=\"%4\">CERTIFIED</text>"
               "%11</svg>")
        .arg(QString::number(kWidth), QString::number(kHeight), logoName.toHtmlEscaped(), fill,
             ring, QString::number(100 + acronymSize / 3), QString::number(acronymSize),
             acronym.toHtmlEscaped(), QString::number(certifiedY - 6))
        .arg(QString::number(certifiedY), text);
}

} // namespace certtrack::server
