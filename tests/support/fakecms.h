#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Qalam::Test {

// A fault-injecting HTTP/1.1 server on 127.0.0.1 that imitates the parts of
// the WordPress 6.1 REST API and of a ninjs-over-HTTP collection that Qalam's
// publisher uses, with WordPress's quiet habits: a taken slug gets "-2", an
// unknown featured_media becomes 0, a wrong application password makes the
// request anonymous, posts and media share ids and slugs. It lives in the
// thread that creates it and answers from that thread's event loop, so tests
// wait with QSignalSpy::wait / QTRY_*, never with blocking waits. Media
// bodies are hashed as they arrive and never held whole.
//
// Mind that QNetworkAccessManager silently sends a request again when a fresh
// connection closes before the answer: a ResetMidBody or LoseResponse hit
// once may never reach the client, and a lost POST may be applied twice.
class FakeCms : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        Stall,         // read the whole request, never answer (the client times out)
        ResetMidBody,  // reset the connection after about half of the request body
        Status500,     // WordPress's "critical error" JSON
        Status502,     // a proxy's HTML page
        Status503,     // a maintenance HTML page
        TooMany,       // 429 with Retry-After: <retryAfterSeconds>
        Unauthorized,  // 401 with the route's error body (WordPress or ninjs style)
        BadRequest,    // 400 rest_invalid_param (ninjs: {"error":...})
        MalformedJson, // the request is applied; its answer's JSON body is cut in half
        HtmlNotFound,  // 404 text/html, as a WordPress answers for a wrong host name
        LoseResponse,  // the request is applied, then the connection is reset unanswered
    };
    // Only MalformedJson and LoseResponse apply the request; the faults that
    // answer with an error leave the server's data alone.
    Q_ENUM(Fault)

    explicit FakeCms(QObject *parent = nullptr);
    ~FakeCms() override;

    bool listen();         // 127.0.0.1, a free port
    QUrl url() const;      // http://127.0.0.1:PORT (the WordPress site root)
    QUrl ninjsUrl() const; // url() + "/ninjs" (the ninjs collection)

    // WordPress application password over HTTP Basic. Spaces in the password
    // do not matter, as in WordPress. With no credentials set, every request
    // is anonymous.
    void setWordPressCredentials(const QString &login, const QString &applicationPassword);
    // Merged over the defaults (upload_files, publish_posts, edit_posts,
    // delete_posts… all true): what GET /wp/v2/users/me?context=edit reports
    // and what the writes allow (403 rest_cannot_create / rest_cannot_publish).
    void setWordPressCapabilities(const QJsonObject &capabilities);
    // ninjs: "Authorization: Bearer TOKEN"; empty = no token needed.
    void setBearerToken(const QString &token);
    // ninjs: an alternative (or additional accepted) header; empty name = none.
    void setCustomHeader(const QString &name, const QString &value);

    // The next `count` requests (count < 0: every one) whose method matches
    // (empty = any) and whose route starts with `route` get the fault. Routes
    // are "/wp/v2/media", "/wp/v2/posts/12", "/ninjs", "/ninjs/media/a.jpg".
    // In `route`, "{id}" stands for one path segment, and a trailing "$"
    // asks for the whole route ("/wp/v2/media$" is the upload, not
    // "/wp/v2/media/5"). Faults are used in the order they were added.
    void addFault(const QString &method, const QString &route, Fault fault, int count = 1,
                  int retryAfterSeconds = 1);
    void clearFaults();

    struct Media
    {
        int id = 0;
        QString slug;
        QString fileName;  // from Content-Disposition (ninjs: from the path)
        QByteArray sha256; // hex, lower case, of the bytes received
        qint64 size = 0;
        QString caption, altText, description, title;
        QString mimeType, dateGmt;
        int width = 0, height = 0; // 0 when the first 64 KB do not tell
    };
    struct Post
    {
        int id = 0;
        QString slug, status, title, content, excerpt, dateGmt;
        int featuredMedia = 0;
        int author = 0;
        QList<int> categories, tags;
    };
    QList<Media> media() const;                          // WordPress media, by id
    QList<Post> posts() const;                           // WordPress posts, by id, trashed ones included
    QHash<QString, QJsonObject> ninjsDocuments() const;  // by uri, as stored
    QHash<QString, QByteArray> ninjsMediaSha256() const; // hex, by file name

    struct Request
    {
        QString method;
        QString route;   // "/wp/v2/posts/3", "/ninjs"; other paths as they came
        QString query;   // without rest_route, still encoded
        int status = -1; // -1 when not answered (stall, reset, lost, client gone)
        qint64 bodyBytes = 0;
        QByteArray authorization; // the header as sent: a secret, never print it
    };
    QList<Request> requests() const; // every request seen, in order
    // How many requests match, with the same rules as addFault().
    int count(const QString &method, const QString &route) const;
    // The largest request body ever held in memory whole (JSON bodies);
    // streamed media bodies never are.
    qint64 largestBufferedBody() const;

signals:
    void requestFinished(const QString &method, const QString &route, int status);

private:
    struct Connection;
    struct Response;
    struct Incoming;
    struct FaultRule
    {
        QString method;
        QString route;
        Fault fault = Fault::None;
        int remaining = 1;
        int retryAfterSeconds = 1;
    };
    struct NinjsDocument
    {
        QJsonObject document;
        int number = 0;
    };

    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    bool parseHeaders(Connection &c, const QByteArray &line);
    bool startBody(QTcpSocket *socket, Connection &c);
    void finishRequest(QTcpSocket *socket, Connection &c);
    void send(QTcpSocket *socket, Connection &c, const Response &response);
    void record(Connection &c, int status);
    void resetConnection(QTcpSocket *socket);
    Fault takeFault(const QString &method, const QString &route, int *retryAfter);

    Response dispatch(const Incoming &in);
    Response faultResponse(Fault fault, const Incoming &in, int retryAfter) const;
    Response wordPress(const Incoming &in);
    Response wordPressMedia(const Incoming &in, bool authenticated);
    Response wordPressPosts(const Incoming &in, bool authenticated);
    Response createMedia(const Incoming &in);
    Response updatePost(Post &post, const QJsonObject &fields, bool creating);
    Response ninjs(const Incoming &in);

    bool authenticatedWordPress(const Incoming &in) const;
    bool authorizedNinjs(const Incoming &in) const;
    bool can(const QString &capability) const;
    QString uniqueSlug(const QString &wanted, int exceptId) const;
    QJsonObject mediaJson(const Media &m, bool edit) const;
    QJsonObject postJson(const Post &p, bool edit) const;

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection *> m_connections;
    QList<FaultRule> m_faults;

    QString m_login;
    QString m_applicationPassword;
    QJsonObject m_capabilities;
    QString m_bearerToken;
    QByteArray m_customHeaderName;
    QString m_customHeaderValue;

    int m_nextWordPressId = 10; // posts and media share one sequence, as in WordPress
    QList<Media> m_media;
    QList<Post> m_posts;
    QHash<QString, NinjsDocument> m_ninjsDocuments;
    int m_nextNinjsNumber = 1;
    QHash<QString, QByteArray> m_ninjsMedia;

    QList<Request> m_requests;
    qint64 m_largestBufferedBody = 0;
};

} // namespace Qalam::Test
