#pragma once

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace pokee {

class ApiClient;

// The first few megabytes of a workspace file, for a preview: asked for with a Range (a
// server that ignores it is cut off at the limit), never more held in memory, and sorted
// into what can be shown — text (highlighted by its file name), Markdown, an image — or
// not. The bytes arrive on the network's schedule; nothing here blocks.
class FilePreview : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePreview)
public:
    enum class Kind { Text, Markdown, Image, Other };
    Q_ENUM(Kind)
    static constexpr qint64 MaxBytes = 4 * 1024 * 1024;

    explicit FilePreview(ApiClient *api, QObject *parent = nullptr);
    ~FilePreview() override;

    void load(const QString &sessionId, const QString &remotePath, const QString &name);
    void cancel();

    // What a file is, from its name and its first bytes: text is valid UTF-8 without NULs.
    static Kind kindOf(const QString &name, const QByteArray &head);

Q_SIGNALS:
    // `truncated` when the file is longer than what was read.
    void loaded(pokee::FilePreview::Kind kind, const QByteArray &bytes, bool truncated);
    void failed(const QString &message);

private:
    void onFinished();

    ApiClient *m_api; // not owned
    QPointer<QNetworkReply> m_reply;
    QByteArray m_bytes;
    QString m_name;
    bool m_truncated = false;
};

} // namespace pokee
