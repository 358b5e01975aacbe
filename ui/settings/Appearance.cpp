#include "settings/Appearance.h"

#include "settings/VisibleOutlinesStyle.h"

#include <QApplication>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleHints>

namespace pokee::ui {

namespace {

const auto SchemeKey = QStringLiteral("appearance/colorScheme");

bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

// Fusion's dark colours, for platforms whose theme has no dark palette of its own.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x20, 0x23), text(0xe6, 0xe6, 0xe6),
        disabled(0x80, 0x80, 0x80), button(0x35, 0x37, 0x3c), highlight(0x5b, 0x6e, 0xe1);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, button.lighter(130));
    p.setColor(QPalette::Midlight, button.lighter(115));
    p.setColor(QPalette::Mid, button.darker(130));
    p.setColor(QPalette::Dark, base.darker(130));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

QString nameOf(Appearance::Scheme scheme)
{
    switch (scheme) {
    case Appearance::Scheme::Light:
        return QStringLiteral("light");
    case Appearance::Scheme::Dark:
        return QStringLiteral("dark");
    case Appearance::Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

Appearance::Appearance(QObject *parent) : QObject(parent) {}

Appearance *Appearance::instance()
{
    static QPointer<Appearance> one;
    if (!one)
        one = new Appearance(QCoreApplication::instance());
    return one;
}

Appearance::Scheme Appearance::savedScheme()
{
    const QString name = QSettings().value(SchemeKey).toString();
    if (name == u"light")
        return Scheme::Light;
    if (name == u"dark")
        return Scheme::Dark;
    return Scheme::System;
}

void Appearance::start()
{
    m_scheme = savedScheme();
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_scheme == Scheme::System)
            apply();
    });
    apply();
}

void Appearance::setScheme(Scheme scheme)
{
    if (scheme == Scheme::System)
        QSettings().remove(SchemeKey);
    else
        QSettings().setValue(SchemeKey, nameOf(scheme));
    m_scheme = scheme;
    apply();
}

void Appearance::apply()
{
    QStyleHints *hints = QGuiApplication::styleHints();
    // Ask the platform first (it knows the native look), starting from its own palette.
    if (m_ownPalette) {
        QApplication::setPalette(QPalette());
        m_ownPalette = false;
    }
    if (m_scheme != Scheme::System)
        hints->setColorScheme(m_scheme == Scheme::Dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
    else
        hints->unsetColorScheme();

    bool wantDark = m_scheme == Scheme::Dark;
    if (m_scheme == Scheme::System) {
        // A platform that names no scheme (qt6ct, a bare X server) still has a palette: the
        // system's choice is whatever that palette is.
        wantDark = hints->colorScheme() == Qt::ColorScheme::Unknown ? paletteIsDark(QApplication::palette())
                                                                    : hints->colorScheme() == Qt::ColorScheme::Dark;
    }
    if (paletteIsDark(QApplication::palette()) != wantDark) {
        // The theme did not follow: paint it ourselves, with Fusion, whose controls take any
        // palette (native styles such as windowsvista would draw light controls on it).
        if (!qobject_cast<VisibleOutlinesStyle *>(QApplication::style()))
            QApplication::setStyle(new VisibleOutlinesStyle); // Fusion, its outlines visible on dark
        QApplication::setPalette(wantDark ? darkPalette() : QApplication::style()->standardPalette());
        m_ownPalette = true;
    }
    if (wantDark != m_dark) {
        m_dark = wantDark;
        Q_EMIT darkChanged(m_dark);
    }
}

} // namespace pokee::ui
