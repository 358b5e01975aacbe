// The .png icon engine (common/PngIconEngine.h) draws every icon as Qt's own engine would: the
// same pixmaps at every size, mode, state and device pixel ratio. The oracle is Qt's pixmap
// engine fed by Qt's own detecting reader (QPixmap(file)).
#include "common/PngIconEngine.h"

#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QtPlugin>

Q_IMPORT_PLUGIN(PngIconEnginePlugin)

using namespace pokee::ui;
using namespace Qt::StringLiterals;

class PngIconEngineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsAsQtsOwnEngine();
    void aPngIconFileGoesThroughIt();
    void aFileNamedPngThatIsNotOneStillShows();
    void aMissingFileIsANullIcon();

private:
    // A picture with transparency and colour in every corner, so that a wrong scale, a lost
    // alpha channel or a mirrored copy would show.
    static QString writePicture(const QString &path, int side, const char *format = "png");
    QTemporaryDir m_dir;
};

QString PngIconEngineTest::writePicture(const QString &path, int side, const char *format)
{
    QImage image(side, side, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.fillRect(0, 0, side / 2, side / 2, QColor(200, 30, 30));
    painter.fillRect(side / 2, side / 2, side / 2, side / 2, QColor(30, 30, 200, 128));
    painter.setPen(Qt::darkGreen);
    painter.drawLine(0, side - 1, side - 1, 0);
    painter.end();
    QImageWriter writer(path, format);
    return writer.write(image) ? path : QString();
}

void PngIconEngineTest::drawsAsQtsOwnEngine()
{
    const QString small = writePicture(m_dir.filePath(u"small.png"_s), 16);
    const QString large = writePicture(m_dir.filePath(u"large.png"_s), 48);
    QVERIFY(!small.isEmpty() && !large.isEmpty());

    QIcon ours(new PngIconEngine);
    ours.addFile(small);
    ours.addFile(large, {}, QIcon::Normal, QIcon::On);
    QIcon qts;
    qts.addPixmap(QPixmap(small));
    qts.addPixmap(QPixmap(large), QIcon::Normal, QIcon::On);

    QVERIFY(!ours.isNull());
    for (const QIcon::State state : {QIcon::Off, QIcon::On}) {
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Active, QIcon::Selected}) {
            QCOMPARE(ours.availableSizes(mode, state), qts.availableSizes(mode, state));
            for (const int side : {10, 16, 20, 32, 48, 64}) {
                const QSize size(side, side);
                QCOMPARE(ours.actualSize(size, mode, state), qts.actualSize(size, mode, state));
                for (const qreal ratio : {1.0, 2.0}) {
                    const QImage a = ours.pixmap(size, ratio, mode, state).toImage();
                    const QImage b = qts.pixmap(size, ratio, mode, state).toImage();
                    QVERIFY2(a == b, qPrintable(u"%1 px at %2x, mode %3, state %4"_s.arg(side).arg(ratio).arg(mode).arg(state)));
                }
            }
        }
    }
}

void PngIconEngineTest::aPngIconFileGoesThroughIt()
{
    // QIcon(file) and QIcon::addFile pick the engine by the file's suffix, as a style does.
    const QString file = writePicture(m_dir.filePath(u"button.png"_s), 16);
    QIcon icon;
    icon.addFile(file, QSize(16, 16));
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.availableSizes(), QList<QSize>{QSize(16, 16)});
    QCOMPARE(icon.pixmap(16).toImage(), QPixmap(file).toImage());
}

void PngIconEngineTest::aFileNamedPngThatIsNotOneStillShows()
{
    // A BMP under a .png name: Qt's engine detected it, and so does this one.
    const QString file = writePicture(m_dir.filePath(u"really-a-bitmap.png"_s), 24, "bmp");
    QVERIFY(!file.isEmpty());
    const QIcon icon(file);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.pixmap(24).toImage().convertToFormat(QImage::Format_RGB32),
             QPixmap(file).toImage().convertToFormat(QImage::Format_RGB32));
}

void PngIconEngineTest::aMissingFileIsANullIcon()
{
    const QIcon icon(m_dir.filePath(u"nowhere.png"_s));
    QVERIFY(icon.isNull());
    QVERIFY(icon.pixmap(16).isNull());
}

QTEST_MAIN(PngIconEngineTest)
#include "PngIconEngineTest.moc"
