#include "server/badges/BadgeArtwork.h"

namespace certtrack::server {

namespace {

struct Palette {
    const char *fill;
    const char *ring;
};

Palette paletteFor(BadgeArtwork::Level level) {
    switch (level) {
    case BadgeArtwork::Level::Entry:
        return {"#2f7d6d", "#a7dccf"};
    case BadgeArtwork::Level::Associate:
        return {"#1f5fa8", "#9cc3ef"};
    case BadgeArtwork::Level::Professional:
        return {"#5b3a9b", "#c9b6ee"};
    case BadgeArtwork::Level::Specialist:
        return {"#a55a14", "#f1c89b"};
    case BadgeArtwork::Level::Expert:
        break;
    }
    return {"#7a1f2b", "#eab0b8"};
}

QString escaped(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

QString BadgeArtwork::svg(const QString &acronym, const QString &caption, Level level) {
    const Palette palette = paletteFor(level);
    // Long acronyms get a smaller type so they stay inside the hexagon.
    const int acronymSize = acronym.size() <= 4 ? 44 : (acronym.size() <= 6 ? 34 : 24);
    return QStringLiteral(
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"220\" "
               "viewBox=\"0 0 200 220\" role=\"img\" aria-label=\"%1 badge\">"
               "<polygon points=\"100,6 190,58 190,162 100,214 10,162 10,58\" fill=\"%3\"/>"
               "<polygon points=\"100,20 178,65 178,155 100,200 22,155 22,65\" fill=\"none\" "
               "stroke=\"%4\" stroke-width=\"4\"/>"
               "<text x=\"100\" y=\"112\" text-anchor=\"middle\" font-family=\"DejaVu Sans, "
               "sans-serif\" font-weight=\"bold\" font-size=\"%5\" fill=\"#ffffff\">%1</text>"
               "<text x=\"100\" y=\"146\" text-anchor=\"middle\" font-family=\"DejaVu Sans, "
               "sans-serif\" font-size=\"13\" fill=\"%4\">%2</text>"
               "</svg>")
        .arg(escaped(acronym), escaped(caption), QLatin1String(palette.fill),
             QLatin1String(palette.ring), QString::number(acronymSize));
}

} // namespace certtrack::server
