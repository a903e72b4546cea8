#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace certtrack::test {

// Runs a command-line tool (pdftotext, pdfinfo, pdffonts, pdftoppm, zbarimg) and returns its
// standard output; *ok false when it could not run or failed.
inline QString runTool(const QString &program, const QStringList &arguments, bool *ok = nullptr) {
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext output made comparable: ligatures and compatibility forms folded (NFKC), the bidi
// controls it wraps right-to-left text in (U+202A..U+202E, U+2066..U+2069) removed.
inline QString normalisedPdfText(const QString &text) {
    static const QRegularExpression bidi(
        QStringLiteral("[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    QString normalised = text.normalized(QString::NormalizationForm_KC);
    normalised.remove(bidi);
    return normalised;
}

inline QString pdfText(const QString &pdfPath) {
    return normalisedPdfText(
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")}));
}

} // namespace certtrack::test
