#pragma once

#include <QObject>

namespace pokee::ui {

// Light or dark: the system's choice (followed live) unless the user picked one in Settings.
// Qt's platform theme does the work where it can (Windows, macOS, GNOME and KDE via the
// portal); where the theme has no dark palette to give (a bare X server, some desktops),
// Fusion's colours are set by hand, so a choice always shows. Widgets follow through
// QEvent::PaletteChange (the chat view, code and JSON highlighting re-theme on it).
class Appearance : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Appearance)
public:
    enum class Scheme { System, Light, Dark };
    Q_ENUM(Scheme)

    explicit Appearance(QObject *parent = nullptr);
    // The app's one instance (a child of the application object, made on first use).
    static Appearance *instance();

    // Reads the setting and applies it; from then on follows the system when on System.
    void start();
    Scheme scheme() const { return m_scheme; }
    // Saves and applies the choice at once.
    void setScheme(Scheme scheme);
    bool isDark() const { return m_dark; }

    static Scheme savedScheme();

Q_SIGNALS:
    void darkChanged(bool dark);

private:
    void apply();

    Scheme m_scheme = Scheme::System;
    bool m_dark = false;
    bool m_ownPalette = false; // the palette was set by hand (the theme had none)
};

} // namespace pokee::ui
