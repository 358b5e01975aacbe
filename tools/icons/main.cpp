// pokee-icon-render: turns the app icon's SVG into what each platform installs, at build time
// (tools/icons/CMakeLists.txt runs it):
//   OUTDIR/hicolor/<N>x<N>/apps/ai.pokee.Desktop.png   the freedesktop icon theme sizes
//   OUTDIR/pokee-desktop.ico                            Windows (the .rc and the NSIS installer)
//   OUTDIR/pokee-desktop.icns                           macOS (the bundle's Resources)
// Usage: pokee-icon-render SVG OUTDIR
#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <iterator>

namespace {

// Every size each platform asks for is rendered from the SVG, never scaled down from a big
// bitmap, so the small ones stay as sharp as the renderer can make them.
constexpr int themeSizes[] = {16, 22, 24, 32, 48, 64, 128, 256, 512};
// Windows picks the entry nearest to what it draws (16 in lists, 32 and 48 on the desktop,
// 256 in large views).
constexpr int icoSizes[] = {16, 24, 32, 48, 256};
// The icns types macOS looks up (icp4, icp5, ic07, ic08, ic09, and ic10 for 512 at 2x); 64 px
// (icp6) is left out, as macOS does not use it and some Qt versions refuse to write it.
constexpr int icnsSizes[] = {16, 32, 128, 256, 512, 1024};

void fail(const QString &message)
{
    std::fprintf(stderr, "pokee-icon-render: %s\n", qPrintable(message));
}

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

// Empty on failure, with the reason in *error.
QByteArray encode(const QImage &image, const QByteArray &format, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QImageWriter writer(&buffer, format);
    if (!buffer.open(QIODevice::WriteOnly) || !writer.write(image)) {
        *error = QStringLiteral("cannot encode a %1 px %2 image: %3")
                     .arg(image.width())
                     .arg(QString::fromLatin1(format), writer.errorString());
        return {};
    }
    return bytes;
}

// Through QSaveFile, so an interrupted run never leaves a truncated file that the build
// would then take for up to date.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

// Qt's ico writer puts exactly one image in a file (one QImageWriter::write, one file), so
// the single-image files are merged here: a 6-byte header (reserved, type 1, count), one
// 16-byte entry per image whose last 4 bytes are the image's offset in the file, then the
// images. All little-endian.
QByteArray mergeIco(const QList<QByteArray> &singles, QString *error)
{
    constexpr qsizetype headerSize = 6;
    constexpr qsizetype entrySize = 16;
    const qsizetype count = singles.size();
    QByteArray entries;
    QByteArray images;
    for (const QByteArray &single : singles) {
        if (single.size() < headerSize + entrySize ||
            qFromLittleEndian<quint16>(single.constData() + 2) != 1 ||
            qFromLittleEndian<quint16>(single.constData() + 4) != 1) {
            *error = QStringLiteral("Qt's ico writer did not write a single-image icon");
            return {};
        }
        const char *entry = single.constData() + headerSize;
        const quint64 length = qFromLittleEndian<quint32>(entry + 8);
        const quint64 offset = qFromLittleEndian<quint32>(entry + 12);
        if (offset + length > quint64(single.size())) {
            *error = QStringLiteral("Qt's ico writer wrote an entry past the end of its file");
            return {};
        }
        QByteArray merged(entry, entrySize);
        qToLittleEndian<quint32>(quint32(headerSize + count * entrySize + images.size()),
                                 merged.data() + 12);
        entries += merged;
        images += single.mid(qsizetype(offset), qsizetype(length));
    }
    QByteArray header(headerSize, '\0');
    qToLittleEndian<quint16>(1, header.data() + 2);
    qToLittleEndian<quint16>(quint16(count), header.data() + 4);
    return header + entries + images;
}

// Qt's icns writer also writes one image per file. An icns file is a sequence of blocks, each
// a 4-byte type and a big-endian length that counts its own 8-byte header: first "icns" (its
// length is the file's), then an optional "TOC " listing the type and length of each image
// block, then the image blocks. The image blocks of all files go under one header and one
// table of contents that lists them all (a table naming only the first image would hide
// the rest from readers that trust it).
QByteArray mergeIcns(const QList<QByteArray> &singles, QString *error)
{
    constexpr qsizetype blockHeaderSize = 8;
    QByteArray toc;
    QByteArray images;
    for (const QByteArray &single : singles) {
        if (single.size() < blockHeaderSize || !single.startsWith("icns") ||
            qFromBigEndian<quint32>(single.constData() + 4) != quint32(single.size())) {
            *error = QStringLiteral("Qt's icns writer wrote an unexpected file");
            return {};
        }
        qsizetype pos = blockHeaderSize;
        while (pos < single.size()) {
            const quint64 length = pos + blockHeaderSize <= single.size()
                                       ? qFromBigEndian<quint32>(single.constData() + pos + 4)
                                       : 0u;
            if (length < quint64(blockHeaderSize) ||
                quint64(pos) + length > quint64(single.size())) {
                *error = QStringLiteral("Qt's icns writer wrote a block past the end of its file");
                return {};
            }
            const QByteArray block = single.mid(pos, qsizetype(length));
            if (!block.startsWith("TOC ")) {
                toc += block.left(blockHeaderSize);
                images += block;
            }
            pos += qsizetype(length);
        }
    }
    QByteArray tocHeader("TOC ");
    tocHeader.resize(blockHeaderSize);
    qToBigEndian<quint32>(quint32(blockHeaderSize + toc.size()), tocHeader.data() + 4);
    QByteArray fileHeader("icns");
    fileHeader.resize(blockHeaderSize);
    qToBigEndian<quint32>(quint32(blockHeaderSize + tocHeader.size() + toc.size() + images.size()),
                          fileHeader.data() + 4);
    return fileHeader + tocHeader + toc + images;
}

// Renders and encodes each size, then merges the files. Empty on failure.
QByteArray multiSize(QSvgRenderer &svg, const QByteArray &format, const QList<int> &sizes,
                     QByteArray (*merge)(const QList<QByteArray> &, QString *), QString *error)
{
    QList<QByteArray> singles;
    for (const int size : sizes) {
        QByteArray bytes = encode(render(svg, size), format, error);
        if (bytes.isEmpty())
            return {};
        singles.append(bytes);
    }
    return merge(singles, error);
}

} // namespace

int main(int argc, char *argv[])
{
    // Runs in builds without a display (CI, the Debian build root); offscreen needs none.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        fail(QStringLiteral("usage: pokee-icon-render SVG OUTDIR"));
        return 2;
    }
    const QString svgPath = args.at(1);
    const QDir outDir(args.at(2));

    if (!QFileInfo(svgPath).isFile()) {
        fail(QStringLiteral("no such file: %1").arg(QDir::toNativeSeparators(svgPath)));
        return 1;
    }
    QSvgRenderer svg(svgPath);
    if (!svg.isValid()) {
        fail(QStringLiteral("%1 is not an SVG that Qt can render (Qt supports SVG Tiny 1.2)")
                 .arg(QDir::toNativeSeparators(svgPath)));
        return 1;
    }

    QString error;
    for (const int size : themeSizes) {
        const QString path =
            outDir.filePath(QStringLiteral("hicolor/%1x%1/apps/ai.pokee.Desktop.png").arg(size));
        const QByteArray png = encode(render(svg, size), QByteArrayLiteral("png"), &error);
        if (png.isEmpty() || !writeFile(path, png, &error)) {
            fail(error);
            return 1;
        }
    }

    // The ico handler lives in qtbase, so a Qt without it is broken: that is an error.
    const QByteArray ico =
        multiSize(svg, QByteArrayLiteral("ico"),
                  QList<int>(std::begin(icoSizes), std::end(icoSizes)), mergeIco, &error);
    if (ico.isEmpty() ||
        !writeFile(outDir.filePath(QStringLiteral("pokee-desktop.ico")), ico, &error)) {
        fail(error);
        return 1;
    }

    // The icns handler comes from Qt Image Formats (qt6-image-formats-plugins on Debian), which
    // only macOS builds need.
    if (!QImageWriter::supportedImageFormats().contains(QByteArrayLiteral("icns"))) {
        std::fprintf(stderr,
                     "pokee-icon-render: warning: Qt has no icns writer here (Qt Image Formats is "
                     "missing); pokee-desktop.icns is not written\n");
        return 0;
    }
    const QByteArray icns =
        multiSize(svg, QByteArrayLiteral("icns"),
                  QList<int>(std::begin(icnsSizes), std::end(icnsSizes)), mergeIcns, &error);
    if (icns.isEmpty() ||
        !writeFile(outDir.filePath(QStringLiteral("pokee-desktop.icns")), icns, &error)) {
        fail(error);
        return 1;
    }
    return 0;
}
