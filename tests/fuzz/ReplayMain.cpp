// Runs a fuzz target's LLVMFuzzerTestOneInput over every file of the folders (or files) on
// its command line: how `./dev test` replays the corpora (tests/fuzz/corpus/TARGET) with the
// regular compiler, and how a finding from `./dev fuzz` becomes a regression test (its input
// is added to the corpus). A property that fails aborts, which fails the test.

#include <QByteArray>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    std::fprintf(stderr, "replay: %s\n", qPrintable(path)); // the last name printed is the culprit
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // As in the programs: Qt's per-thread caches (QCollator's default collator, …) are freed
    // with the application object; without one LeakSanitizer reports them as leaks.
    QCoreApplication app(argc, argv);
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            QStringList files;
            while (it.hasNext())
                files << it.next();
            files.sort(); // the same order on every machine
            for (const QString &f : std::as_const(files))
                inputs += runFile(f) ? 1 : 0;
        } else if (!runFile(arg)) {
            return 1;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "replay: no inputs found\n");
        return 1;
    }
    std::printf("replay: %d inputs, every property held\n", inputs);
    return 0;
}
