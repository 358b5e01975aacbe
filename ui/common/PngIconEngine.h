#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QIconEnginePlugin>

namespace pokee::ui {

// The icon engine for .png files (QIcon("x.png"), and the PNGs Qt's styles draw dock buttons
// and clear buttons from when no icon theme offers them). Qt's own engine asks QImageReader to
// detect the format, and that asks every image-format plugin whether it reads PNG before its
// built-in reader does: the first dock built at start loaded all eleven plugins, 0.8 MB of
// idle RSS for a window that shows no image (issue 26; paired runs in bench/README.md).
// This engine reads the file as PNG with detection off (a file named .png that is not one is
// still detected, as before) and hands the pixmaps to Qt's pixmap engine, which chooses,
// scales and greys them exactly as for any icon.
class PngIconEngine : public QIconEngine
{
public:
    PngIconEngine() = default;

    void addFile(const QString &fileName, const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    void addPixmap(const QPixmap &pixmap, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    bool isNull() override;
    QString key() const override;
    QIconEngine *clone() const override;

private:
    QIcon m_pixmaps; // Qt's pixmap engine, given pixmaps only
};

// Registers PngIconEngine for the "png" suffix; main() imports it (Q_IMPORT_PLUGIN).
class PngIconEnginePlugin : public QIconEnginePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QIconEngineFactoryInterface_iid FILE "PngIconEngine.json")

public:
    QIconEngine *create(const QString &fileName = QString()) override;
};

} // namespace pokee::ui
