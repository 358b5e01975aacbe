#include "common/PngIconEngine.h"

#include <QFile>
#include <QImageReader>
#include <QPainter>

namespace pokee::ui {

void PngIconEngine::addFile(const QString &fileName, const QSize &, QIcon::Mode mode, QIcon::State state)
{
    // Styles name sizes they do not ship; for a missing file any QImageReader tries the name
    // with every known suffix, and listing the suffixes loads every plugin.
    if (!QFile::exists(fileName))
        return;
    QImageReader asPng(fileName, QByteArrayLiteral("png"));
    asPng.setAutoDetectImageFormat(false);
    QImage image = asPng.read();
    if (image.isNull() && asPng.error() != QImageReader::DeviceError) {
        // Named .png but something else: Qt's detection, as its own engine would.
        QImageReader detected(fileName);
        image = detected.read();
    }
    if (!image.isNull())
        m_pixmaps.addPixmap(QPixmap::fromImage(std::move(image)), mode, state);
}

void PngIconEngine::addPixmap(const QPixmap &pixmap, QIcon::Mode mode, QIcon::State state)
{
    m_pixmaps.addPixmap(pixmap, mode, state);
}

void PngIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    m_pixmaps.paint(painter, rect, Qt::AlignCenter, mode, state);
}

QPixmap PngIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap PngIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    return m_pixmaps.pixmap(size, scale, mode, state);
}

QSize PngIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return m_pixmaps.actualSize(size, mode, state);
}

QList<QSize> PngIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return m_pixmaps.availableSizes(mode, state);
}

bool PngIconEngine::isNull()
{
    return m_pixmaps.isNull();
}

QString PngIconEngine::key() const
{
    return QStringLiteral("PngIconEngine");
}

QIconEngine *PngIconEngine::clone() const
{
    return new PngIconEngine(*this);
}

QIconEngine *PngIconEnginePlugin::create(const QString &fileName)
{
    auto *engine = new PngIconEngine;
    if (!fileName.isEmpty())
        engine->addFile(fileName, {}, QIcon::Normal, QIcon::Off);
    return engine;
}

} // namespace pokee::ui
