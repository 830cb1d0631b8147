#include "tests/support/fakecms.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif
#ifdef QALAM_FAKECMS_OPENSSL
#include <openssl/evp.h>
#endif

namespace Qalam::Test {

namespace {

constexpr qint64 s_maxHeaderBytes = 64 * 1024;
constexpr qint64 s_imageHeadBytes = 64 * 1024;
constexpr qint64 s_maxBufferedBody = 8 * 1024 * 1024;
constexpr qint64 s_readChunk = 256 * 1024;
constexpr int s_wordPressUserId = 1;
constexpr int s_defaultCategory = 1; // "Uncategorized"

enum class RouteKind { WordPress, Ninjs, Other };

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

bool methodMatches(const QString &pattern, const QString &method)
{
    return pattern.isEmpty() || pattern == QLatin1String("*") ||
           pattern.compare(method, Qt::CaseInsensitive) == 0;
}

// A route pattern: a prefix, "{id}" for one segment, a trailing "$" for the
// whole route.
bool routeMatches(const QString &pattern, const QString &route)
{
    if (pattern.isEmpty())
        return true;
    QString prefix = pattern;
    const bool whole = prefix.endsWith(QLatin1Char('$'));
    if (whole)
        prefix.chop(1);
    if (!prefix.contains(QLatin1String("{id}")))
        return whole ? route == prefix : route.startsWith(prefix);
    QString expression = QRegularExpression::escape(prefix);
    expression.replace(QLatin1String("\\{id\\}"), QLatin1String("[^/]+"));
    const QRegularExpression re(QLatin1Char('^') + expression +
                                (whole ? QLatin1String("$") : QLatin1String("")));
    return re.match(route).hasMatch();
}

QString nowGmt()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

// WordPress's sanitize_title, roughly: lower case, dashes for spaces and
// punctuation, non-ASCII letters percent-encoded in lower-case hex.
QString sanitizeSlug(const QString &text)
{
    QString slug;
    for (const QChar ch : text.toLower()) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
            (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || ch == QLatin1Char('_') ||
            ch == QLatin1Char('-'))
            slug += ch;
        else if (ch.unicode() > 0x7f && ch.isLetterOrNumber())
            slug += QString::fromLatin1(QUrl::toPercentEncoding(QString(ch)).toLower());
        else if (ch.isSpace() || ch == QLatin1Char('.') || ch == QLatin1Char('/'))
            slug += QLatin1Char('-');
    }
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    slug.replace(dashes, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

// WordPress accepts a text field as a string or as {"raw": ...}.
QString rawText(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().value(QLatin1String("raw")).toString();
    return value.toString();
}

QJsonObject rendered(const QString &raw, const QString &html, bool edit)
{
    QJsonObject o{{QStringLiteral("rendered"), html}};
    if (edit)
        o.insert(QStringLiteral("raw"), raw);
    return o;
}

QString paragraph(const QString &raw)
{
    return raw.isEmpty() ? QString() : QStringLiteral("<p>") + raw + QStringLiteral("</p>\n");
}

QList<int> intList(const QJsonValue &value)
{
    QList<int> ids;
    if (value.isArray()) {
        for (const QJsonValue v : value.toArray())
            ids.append(v.toVariant().toInt());
    } else if (value.isString()) {
        for (const QString &part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids.append(part.trimmed().toInt());
    } else if (value.isDouble()) {
        ids.append(value.toInt());
    }
    return ids;
}

QJsonArray toJsonArray(const QList<int> &ids)
{
    QJsonArray a;
    for (int id : ids)
        a.append(id);
    return a;
}

// Content-Disposition: attachment; filename="a.jpg" (or filename*=UTF-8''...).
QString dispositionFileName(const QByteArray &header)
{
    QString name;
    for (const QByteArray &rawPart : header.split(';')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = part.left(eq).trimmed().toLower();
        QByteArray value = part.mid(eq + 1).trimmed();
        if (key == "filename*") {
            const qsizetype quote = value.indexOf("''");
            if (quote >= 0)
                return QUrl::fromPercentEncoding(value.mid(quote + 2));
        } else if (key == "filename") {
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            name = QString::fromUtf8(value);
        }
    }
    // WordPress keeps the base name only.
    const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    return slash >= 0 ? name.mid(slash + 1) : name;
}

QString baseName(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? fileName.left(dot) : fileName;
}

QJsonObject queryAsObject(const QUrlQuery &query)
{
    QJsonObject o;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        o.insert(item.first, item.second);
    return o;
}

// A request body as WordPress reads it: JSON when sent as JSON, form fields otherwise.
bool bodyFields(const QByteArray &body, bool json, QJsonObject *fields)
{
    if (body.trimmed().isEmpty()) {
        *fields = {};
        return true;
    }
    if (!json) {
        QString form = QString::fromUtf8(body);
        form.replace(QLatin1Char('+'), QLatin1String("%20"));
        *fields = queryAsObject(QUrlQuery(form));
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *fields = doc.object();
    return true;
}

// SHA-256 over a stream. OpenSSL's, where the build found it, runs several
// times faster than QCryptographicHash's portable code: the upload benchmark
// measures the client, not this server's hashing.
class StreamHash
{
public:
#ifdef QALAM_FAKECMS_OPENSSL
    StreamHash() : m_context(EVP_MD_CTX_new())
    {
        reset();
    }
    ~StreamHash()
    {
        EVP_MD_CTX_free(m_context);
    }
    void reset()
    {
        EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr);
    }
    void addData(QByteArrayView bytes)
    {
        EVP_DigestUpdate(m_context, bytes.data(), size_t(bytes.size()));
    }
    QByteArray hexResult()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_context, digest, &length);
        return QByteArray(reinterpret_cast<const char *>(digest), length).toHex();
    }
    Q_DISABLE_COPY_MOVE(StreamHash)

private:
    EVP_MD_CTX *m_context;
#else
    void reset()
    {
        m_hash.reset();
    }
    void addData(QByteArrayView bytes)
    {
        m_hash.addData(bytes);
    }
    QByteArray hexResult()
    {
        return m_hash.result().toHex();
    }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
#endif
};

} // namespace

struct FakeCms::Incoming
{
    QString method;
    QString route;
    QString query; // as recorded: encoded, without rest_route
    QUrlQuery params;
    RouteKind kind = RouteKind::Other;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;                              // buffered bodies only
    qint64 bodySize = 0;
    bool streamed = false;
    QByteArray sha256; // streamed bodies
    QByteArray head;   // streamed bodies: the first bytes

    QByteArray header(const char *name) const
    {
        for (const auto &h : headers) {
            if (h.first == name)
                return h.second;
        }
        return {};
    }
    QString param(const QString &name) const { return params.queryItemValue(name, QUrl::FullyDecoded); }
    bool editContext() const { return param(QStringLiteral("context")) == QLatin1String("edit"); }
    bool isJson() const { return header("content-type").toLower().contains("json"); }
};

struct FakeCms::Response
{
    int status = 200;
    QByteArray contentType = "application/json; charset=UTF-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(int status, const QJsonValue &value)
    {
        Response r;
        r.status = status;
        r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return r;
    }
    static Response wpError(int status, const QString &code, const QString &message, QJsonObject data = {})
    {
        // In WordPress's own key order (QJsonObject would sort them).
        data.insert(QStringLiteral("status"), status);
        const auto text = [](const QString &s) {
            const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
            return array.mid(1, array.size() - 2);
        };
        Response r;
        r.status = status;
        r.body = "{\"code\":" + text(code) + ",\"message\":" + text(message) +
                 ",\"data\":" + QJsonDocument(data).toJson(QJsonDocument::Compact) + '}';
        return r;
    }
    static Response invalidParam(const QString &param, const QString &why)
    {
        return wpError(400, QStringLiteral("rest_invalid_param"),
                       QStringLiteral("Invalid parameter(s): ") + param,
                       {{QStringLiteral("params"), QJsonObject{{param, why}}}});
    }
    static Response wpNoRoute()
    {
        return wpError(404, QStringLiteral("rest_no_route"),
                       QStringLiteral("No route was found matching the URL and request method."));
    }
    static Response wpInvalidId()
    {
        return wpError(404, QStringLiteral("rest_post_invalid_id"), QStringLiteral("Invalid post ID."));
    }
    static Response wpInvalidJson()
    {
        return wpError(400, QStringLiteral("rest_invalid_json"), QStringLiteral("Invalid JSON body passed."));
    }
    static Response wpCannotCreate(bool anonymous)
    {
        return wpError(anonymous ? 401 : 403, QStringLiteral("rest_cannot_create"),
                       QStringLiteral("Sorry, you are not allowed to create posts as this user."));
    }
    static Response wpCannotEdit(bool authenticated)
    {
        return wpError(authenticated ? 403 : 401, QStringLiteral("rest_cannot_edit"),
                       QStringLiteral("Sorry, you are not allowed to edit this post."));
    }
    static Response wpCollection(const QJsonArray &items)
    {
        Response r = json(200, items);
        r.headers.append({"X-WP-Total", QByteArray::number(items.size())});
        r.headers.append({"X-WP-TotalPages", QByteArray(items.isEmpty() ? "0" : "1")});
        return r;
    }
    static Response ninjsError(int status, const QString &text)
    {
        return json(status, QJsonObject{{QStringLiteral("error"), text}});
    }
    static Response html(int status, const QByteArray &page)
    {
        Response r;
        r.status = status;
        r.contentType = "text/html; charset=UTF-8";
        r.body = page;
        return r;
    }
};

struct FakeCms::Connection
{
    enum class Phase { RequestLine, Headers, Body, Ignore };
    Phase phase = Phase::RequestLine;
    qint64 headerBytes = 0;
    QByteArray version;
    Incoming in;
    qint64 contentLength = 0;
    qint64 received = 0;
    qint64 resetAt = -1; // ResetMidBody: received bytes after which to reset
    bool bodyTooLarge = false;
    bool closeAfter = false;
    bool recorded = true; // whether the current request was recorded (true between requests)
    Fault fault = Fault::None;
    int retryAfter = 1;
    StreamHash hash;
};

FakeCms::FakeCms(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeCms::acceptConnections);
}

FakeCms::~FakeCms()
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        it.key()->disconnect(this);
        delete it.value();
    }
    m_connections.clear();
}

bool FakeCms::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeCms::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server->serverPort());
    return u;
}

QUrl FakeCms::ninjsUrl() const
{
    QUrl u = url();
    u.setPath(QStringLiteral("/ninjs"));
    return u;
}

void FakeCms::setWordPressCredentials(const QString &login, const QString &applicationPassword)
{
    m_login = login;
    m_applicationPassword = applicationPassword;
}

void FakeCms::setWordPressCapabilities(const QJsonObject &capabilities)
{
    m_capabilities = capabilities;
}

void FakeCms::setBearerToken(const QString &token)
{
    m_bearerToken = token;
}

void FakeCms::setCustomHeader(const QString &name, const QString &value)
{
    m_customHeaderName = name.toLatin1().toLower();
    m_customHeaderValue = value;
}

void FakeCms::addFault(const QString &method, const QString &route, Fault fault, int count,
                       int retryAfterSeconds)
{
    if (count == 0)
        return;
    m_faults.append(FaultRule{method, route, fault, count, retryAfterSeconds});
}

void FakeCms::clearFaults()
{
    m_faults.clear();
}

QList<FakeCms::Media> FakeCms::media() const
{
    return m_media;
}

QList<FakeCms::Post> FakeCms::posts() const
{
    return m_posts;
}

QHash<QString, QJsonObject> FakeCms::ninjsDocuments() const
{
    QHash<QString, QJsonObject> documents;
    for (auto it = m_ninjsDocuments.cbegin(); it != m_ninjsDocuments.cend(); ++it)
        documents.insert(it.key(), it.value().document);
    return documents;
}

QHash<QString, QByteArray> FakeCms::ninjsMediaSha256() const
{
    return m_ninjsMedia;
}

QList<FakeCms::Request> FakeCms::requests() const
{
    return m_requests;
}

int FakeCms::count(const QString &method, const QString &route) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &r) {
        return methodMatches(method, r.method) && routeMatches(route, r.route);
    }));
}

qint64 FakeCms::largestBufferedBody() const
{
    return m_largestBufferedBody;
}

FakeCms::Fault FakeCms::takeFault(const QString &method, const QString &route, int *retryAfter)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultRule &rule = m_faults[i];
        if (!methodMatches(rule.method, method) || !routeMatches(rule.route, route))
            continue;
        const Fault fault = rule.fault;
        *retryAfter = rule.retryAfterSeconds;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_faults.removeAt(i);
        return fault;
    }
    return Fault::None;
}

// ---------------------------------------------------------------------------
// HTTP/1.1 on the socket

void FakeCms::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (Connection *c = m_connections.take(socket)) {
                if (!c->recorded)
                    record(*c, -1); // the client went away mid-request, or gave up on a stall
                delete c;
            }
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void FakeCms::resetConnection(QTcpSocket *socket)
{
    socket->disconnect(this);
    delete m_connections.take(socket);
#ifdef Q_OS_UNIX
    // No lingering: close() sends a reset, as a dropped proxy or NAT does.
    const struct linger noLinger = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
#endif
    socket->abort();
    socket->deleteLater();
}

void FakeCms::readFrom(QTcpSocket *socket)
{
    static thread_local QByteArray chunk(s_readChunk, Qt::Uninitialized);
    while (true) {
        Connection *c = m_connections.value(socket);
        if (!c)
            return;
        switch (c->phase) {
        case Connection::Phase::Ignore:
            socket->skip(socket->bytesAvailable());
            return;
        case Connection::Phase::RequestLine:
        case Connection::Phase::Headers: {
            if (!socket->canReadLine()) {
                if (c->headerBytes + socket->bytesAvailable() > s_maxHeaderBytes) {
                    c->closeAfter = true;
                    record(*c, 431);
                    send(socket, *c, Response::html(431, "<h1>Request Header Fields Too Large</h1>"));
                }
                return;
            }
            const QByteArray line = socket->readLine();
            c->headerBytes += line.size();
            if (!parseHeaders(*c, line.trimmed())) {
                c->closeAfter = true;
                record(*c, 400);
                send(socket, *c, Response::html(400, "<h1>Bad Request</h1>"));
                return;
            }
            if (c->phase == Connection::Phase::Body) {
                if (!startBody(socket, *c))
                    return; // answered or reset already
                if (c->phase == Connection::Phase::Body && c->received == c->contentLength) {
                    finishRequest(socket, *c);
                    continue;
                }
            }
            break;
        }
        case Connection::Phase::Body: {
            const qint64 available = socket->bytesAvailable();
            if (available <= 0)
                return;
            qint64 want = std::min({c->contentLength - c->received, available, s_readChunk});
            if (c->resetAt >= 0)
                want = std::min(want, c->resetAt - c->received);
            const qint64 got = socket->read(chunk.data(), want);
            if (got <= 0)
                return;
            const QByteArrayView bytes(chunk.constData(), got);
            if (c->in.streamed) {
                c->hash.addData(bytes);
                if (c->in.head.size() < s_imageHeadBytes)
                    c->in.head.append(bytes.first(std::min(got, s_imageHeadBytes - c->in.head.size())));
            } else if (!c->bodyTooLarge) {
                c->in.body.append(bytes);
            }
            c->received += got;
            if (c->resetAt >= 0 && c->received >= c->resetAt) {
                record(*c, -1);
                resetConnection(socket);
                return;
            }
            if (c->received == c->contentLength)
                finishRequest(socket, *c);
            break;
        }
        }
    }
}

// One line of the request head (without its line break). Moves to the Body
// phase when the head is complete.
bool FakeCms::parseHeaders(Connection &c, const QByteArray &line)
{
    if (c.phase == Connection::Phase::RequestLine) {
        if (line.isEmpty())
            return true; // a stray line break between requests
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1."))
            return false;
        c.in = Incoming();
        c.version = parts.at(2);
        c.in.method = QString::fromLatin1(parts.at(0)).toUpper();
        c.contentLength = 0;
        c.received = 0;
        c.resetAt = -1;
        c.bodyTooLarge = false;
        c.recorded = false;
        c.fault = Fault::None;
        c.hash.reset();

        QByteArray target = parts.at(1);
        if (target.startsWith("http://") || target.startsWith("https://")) {
            const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
            target = slash < 0 ? QByteArray("/") : target.mid(slash);
        }
        const qsizetype question = target.indexOf('?');
        const QString path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
        // PHP reads '+' in a query as a space.
        QString rawQuery = question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1));
        rawQuery.replace(QLatin1Char('+'), QLatin1String("%20"));
        c.in.params = QUrlQuery(rawQuery);

        if ((path == QLatin1String("/") || path == QLatin1String("/index.php")) &&
            c.in.params.hasQueryItem(QStringLiteral("rest_route"))) {
            c.in.kind = RouteKind::WordPress;
            c.in.route = c.in.params.queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded);
            c.in.params.removeAllQueryItems(QStringLiteral("rest_route"));
        } else if (path == QLatin1String("/wp-json") || path.startsWith(QLatin1String("/wp-json/"))) {
            c.in.kind = RouteKind::WordPress;
            c.in.route = path.mid(8);
        } else if (path == QLatin1String("/ninjs") || path.startsWith(QLatin1String("/ninjs/"))) {
            c.in.kind = RouteKind::Ninjs;
            c.in.route = path;
        } else {
            c.in.route = path;
        }
        if (c.in.route.isEmpty())
            c.in.route = QStringLiteral("/");
        while (c.in.route.size() > 1 && c.in.route.endsWith(QLatin1Char('/')))
            c.in.route.chop(1);
        c.in.query = c.in.params.query(QUrl::FullyEncoded);
        c.phase = Connection::Phase::Headers;
        return true;
    }

    if (!line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        c.in.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        return true;
    }

    // The head is complete.
    c.phase = Connection::Phase::Body;
    return true;
}

// Decides how the body is read; false when the request was already answered
// or the connection reset.
bool FakeCms::startBody(QTcpSocket *socket, Connection &c)
{
    Incoming &in = c.in;
    const QByteArray connection = in.header("connection").toLower();
    c.closeAfter =
        connection.contains("close") || (c.version == "HTTP/1.0" && !connection.contains("keep-alive"));
    c.fault = takeFault(in.method, in.route, &c.retryAfter);

    if (in.header("transfer-encoding").toLower().contains("chunked")) {
        c.closeAfter = true;
        record(c, 411);
        send(socket, c, Response::html(411, "<h1>Length Required</h1>"));
        return false;
    }
    bool ok = true;
    const QByteArray length = in.header("content-length");
    c.contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || c.contentLength < 0) {
        c.closeAfter = true;
        record(c, 400);
        send(socket, c, Response::html(400, "<h1>Bad Request</h1>"));
        return false;
    }

    const bool wordPressUpload = in.kind == RouteKind::WordPress && in.method == QLatin1String("POST") &&
                                 in.route == QLatin1String("/wp/v2/media");
    const bool ninjsUpload = in.kind == RouteKind::Ninjs && in.method == QLatin1String("PUT") &&
                             in.route.startsWith(QLatin1String("/ninjs/media/"));
    in.streamed = wordPressUpload || ninjsUpload;
    if (!in.streamed) {
        c.bodyTooLarge = c.contentLength > s_maxBufferedBody;
        if (!c.bodyTooLarge)
            in.body.reserve(c.contentLength);
    }

    if (c.fault == Fault::ResetMidBody) {
        c.resetAt = c.contentLength / 2;
        if (c.resetAt == 0) {
            record(c, -1);
            resetConnection(socket);
            return false;
        }
    }
    if (c.contentLength > 0 && in.header("expect").toLower().contains("100-continue"))
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

void FakeCms::finishRequest(QTcpSocket *socket, Connection &c)
{
    Incoming &in = c.in;
    in.bodySize = c.received;
    if (in.streamed)
        in.sha256 = c.hash.hexResult();
    else if (!c.bodyTooLarge)
        m_largestBufferedBody = std::max(m_largestBufferedBody, qint64(in.body.size()));
    c.phase = Connection::Phase::RequestLine;
    c.headerBytes = 0;

    if (c.fault == Fault::Stall) {
        record(c, -1);
        c.phase = Connection::Phase::Ignore;
        return;
    }

    Response response;
    if (c.bodyTooLarge) {
        response = in.kind == RouteKind::Ninjs ? Response::ninjsError(413, QStringLiteral("too large"))
                                               : Response::wpError(413, QStringLiteral("rest_too_large"),
                                                                   QStringLiteral("Body too large."));
    } else if (c.fault == Fault::None || c.fault == Fault::LoseResponse || c.fault == Fault::MalformedJson) {
        response = dispatch(in);
    } else {
        response = faultResponse(c.fault, in, c.retryAfter);
    }

    if (c.fault == Fault::LoseResponse) {
        record(c, -1);
        resetConnection(socket);
        return;
    }
    if (c.fault == Fault::MalformedJson) {
        response.contentType = "application/json; charset=UTF-8";
        response.body.truncate(std::max<qsizetype>(1, response.body.size() / 2));
    }
    record(c, response.status);
    send(socket, c, response);
}

void FakeCms::send(QTcpSocket *socket, Connection &c, const Response &response)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Server: fakecms\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += c.closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    if (c.in.method != QLatin1String("HEAD"))
        out += response.body;
    socket->write(out);
    if (c.closeAfter) {
        c.phase = Connection::Phase::Ignore;
        socket->disconnectFromHost();
    }
}

void FakeCms::record(Connection &c, int status)
{
    if (c.recorded)
        return;
    c.recorded = true;
    m_requests.append(
        Request{c.in.method, c.in.route, c.in.query, status, c.received, c.in.header("authorization")});
    emit requestFinished(c.in.method, c.in.route, status);
}

// ---------------------------------------------------------------------------
// What the server answers

FakeCms::Response FakeCms::dispatch(const Incoming &in)
{
    switch (in.kind) {
    case RouteKind::WordPress:
        return wordPress(in);
    case RouteKind::Ninjs:
        return ninjs(in);
    case RouteKind::Other:
        break;
    }
    if (in.route == QLatin1String("/") && in.method == QLatin1String("GET"))
        return Response::html(200, "<!DOCTYPE html><html><head><title>Qalam test site</title></head>"
                                   "<body><h1>Qalam test site</h1></body></html>");
    return faultResponse(Fault::HtmlNotFound, in, 0);
}

FakeCms::Response FakeCms::faultResponse(Fault fault, const Incoming &in, int retryAfter) const
{
    const bool ninjsRoute = in.kind == RouteKind::Ninjs;
    switch (fault) {
    case Fault::Status500:
        if (ninjsRoute)
            return Response::ninjsError(500, QStringLiteral("internal server error"));
        return Response::wpError(500, QStringLiteral("internal_server_error"),
                                 QStringLiteral("<p>There has been a critical error on this website.</p>"));
    case Fault::Status502:
        return Response::html(502,
                              "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                              "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                              "</body>\r\n</html>\r\n");
    case Fault::Status503:
        return Response::html(503,
                              "<!DOCTYPE html><html><head><title>Maintenance</title></head><body>"
                              "<p>Briefly unavailable for scheduled maintenance. Check back in a minute.</p>"
                              "</body></html>");
    case Fault::TooMany: {
        Response r = ninjsRoute ? Response::ninjsError(429, QStringLiteral("too many requests"))
                                : Response::wpError(429, QStringLiteral("rest_too_many_requests"),
                                                    QStringLiteral("Too many requests. Try again later."));
        r.headers.append({"Retry-After", QByteArray::number(retryAfter)});
        return r;
    }
    case Fault::Unauthorized:
        if (ninjsRoute)
            return Response::ninjsError(401, QStringLiteral("unauthorized"));
        if (in.method == QLatin1String("GET"))
            return Response::wpError(401, QStringLiteral("rest_not_logged_in"),
                                     QStringLiteral("You are not currently logged in."));
        return Response::wpError(401, QStringLiteral("rest_cannot_create"),
                                 QStringLiteral("Sorry, you are not allowed to create posts as this user."));
    case Fault::BadRequest:
        if (ninjsRoute)
            return Response::ninjsError(400, QStringLiteral("invalid document"));
        return Response::wpError(400, QStringLiteral("rest_invalid_param"),
                                 QStringLiteral("Invalid parameter(s): slug"));
    case Fault::HtmlNotFound:
        return Response::html(404,
                              "<!DOCTYPE html>\n<html><head><title>Page not found</title></head>"
                              "<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p>"
                              "</body></html>\n");
    case Fault::None:
    case Fault::Stall:
    case Fault::ResetMidBody:
    case Fault::MalformedJson:
    case Fault::LoseResponse:
        break;
    }
    return Response::html(500, "<h1>fakecms: no response for this fault</h1>");
}

// ---------------------------------------------------------------------------
// WordPress

bool FakeCms::authenticatedWordPress(const Incoming &in) const
{
    if (m_login.isEmpty())
        return false;
    const QByteArray authorization = in.header("authorization");
    if (!authorization.toLower().startsWith("basic "))
        return false;
    const QString pair = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6).trimmed()));
    const qsizetype colon = pair.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    // WordPress drops everything but letters and digits from an application password.
    static const QRegularExpression noise(QStringLiteral("[^A-Za-z0-9]"));
    QString given = pair.mid(colon + 1);
    QString expected = m_applicationPassword;
    given.remove(noise);
    expected.remove(noise);
    return pair.left(colon) == m_login && !expected.isEmpty() && given == expected;
}

bool FakeCms::can(const QString &capability) const
{
    return m_capabilities.value(capability).toBool(true);
}

QString FakeCms::uniqueSlug(const QString &wanted, int exceptId) const
{
    // Posts and attachments share wp_posts: a slug is taken by either, in any status.
    const auto taken = [&](const QString &slug) {
        return std::any_of(m_posts.cbegin(), m_posts.cend(),
                           [&](const Post &p) { return p.id != exceptId && p.slug == slug; }) ||
               std::any_of(m_media.cbegin(), m_media.cend(),
                           [&](const Media &m) { return m.id != exceptId && m.slug == slug; });
    };
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = wanted + QLatin1Char('-') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

QJsonObject FakeCms::mediaJson(const Media &m, bool edit) const
{
    QUrl source = url();
    source.setPath(QStringLiteral("/wp-content/uploads/") + m.fileName);
    QUrl link = url();
    link.setPath(QStringLiteral("/"));
    link.setQuery(QStringLiteral("attachment_id=") + QString::number(m.id));
    QJsonObject o{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("date_gmt"), m.dateGmt},
        {QStringLiteral("slug"), m.slug},
        {QStringLiteral("status"), QStringLiteral("inherit")},
        {QStringLiteral("type"), QStringLiteral("attachment")},
        {QStringLiteral("link"), link.toString(QUrl::FullyEncoded)},
        {QStringLiteral("title"), rendered(m.title, m.title, edit)},
        {QStringLiteral("author"), s_wordPressUserId},
        {QStringLiteral("caption"), rendered(m.caption, paragraph(m.caption), edit)},
        {QStringLiteral("alt_text"), m.altText},
        {QStringLiteral("description"), rendered(m.description, paragraph(m.description), edit)},
        {QStringLiteral("media_type"),
         m.mimeType.startsWith(QLatin1String("image/")) ? QStringLiteral("image") : QStringLiteral("file")},
        {QStringLiteral("mime_type"), m.mimeType},
        {QStringLiteral("media_details"), QJsonObject{{QStringLiteral("width"), m.width},
                                                      {QStringLiteral("height"), m.height},
                                                      {QStringLiteral("file"), m.fileName},
                                                      {QStringLiteral("filesize"), m.size}}},
        {QStringLiteral("source_url"), source.toString(QUrl::FullyEncoded)},
    };
    return o;
}

QJsonObject FakeCms::postJson(const Post &p, bool edit) const
{
    QUrl link = url();
    link.setPath(QStringLiteral("/"));
    link.setQuery(QStringLiteral("p=") + QString::number(p.id));
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("date_gmt"), p.dateGmt},
        {QStringLiteral("slug"), p.slug},
        {QStringLiteral("status"), p.status},
        {QStringLiteral("type"), QStringLiteral("post")},
        {QStringLiteral("link"), link.toString(QUrl::FullyEncoded)},
        {QStringLiteral("title"), rendered(p.title, p.title, edit)},
        {QStringLiteral("content"), rendered(p.content, p.content, edit)},
        {QStringLiteral("excerpt"), rendered(p.excerpt, paragraph(p.excerpt), edit)},
        {QStringLiteral("author"), p.author},
        {QStringLiteral("featured_media"), p.featuredMedia},
        {QStringLiteral("categories"), toJsonArray(p.categories)},
        {QStringLiteral("tags"), toJsonArray(p.tags)},
    };
}

FakeCms::Response FakeCms::wordPress(const Incoming &in)
{
    const bool authenticated = authenticatedWordPress(in);
    const QString &method = in.method;
    const bool get = method == QLatin1String("GET") || method == QLatin1String("HEAD");
    const bool edit = in.editContext();
    // Asking for the edit context needs a login, except for users/me, which says "not logged in".
    if (edit && get && !authenticated && in.route != QLatin1String("/wp/v2/users/me"))
        return Response::wpError(
            401, QStringLiteral("rest_forbidden_context"),
            QStringLiteral("Sorry, you are not allowed to edit posts in this post type."));

    if (in.route == QLatin1String("/") && get) {
        const QString site = url().toString();
        return Response::json(
            200, QJsonObject{{QStringLiteral("name"), QStringLiteral("Qalam test site")},
                             {QStringLiteral("url"), site},
                             {QStringLiteral("home"), site},
                             {QStringLiteral("namespaces"),
                              QJsonArray{QStringLiteral("oembed/1.0"), QStringLiteral("wp/v2")}}});
    }

    if (in.route == QLatin1String("/wp/v2/users/me") && get) {
        if (!authenticated)
            return Response::wpError(401, QStringLiteral("rest_not_logged_in"),
                                     QStringLiteral("You are not currently logged in."));
        QJsonObject user{{QStringLiteral("id"), s_wordPressUserId},
                         {QStringLiteral("name"), m_login},
                         {QStringLiteral("slug"), sanitizeSlug(m_login)},
                         {QStringLiteral("link"), QString(url().toString() + QStringLiteral("/?author=1"))}};
        if (edit) {
            QJsonObject capabilities{{QStringLiteral("read"), true},
                                     {QStringLiteral("upload_files"), true},
                                     {QStringLiteral("publish_posts"), true},
                                     {QStringLiteral("edit_posts"), true},
                                     {QStringLiteral("edit_published_posts"), true},
                                     {QStringLiteral("delete_posts"), true},
                                     {QStringLiteral("delete_published_posts"), true},
                                     {QStringLiteral("editor"), true}};
            for (auto it = m_capabilities.constBegin(); it != m_capabilities.constEnd(); ++it)
                capabilities.insert(it.key(), it.value());
            user.insert(QStringLiteral("username"), m_login);
            user.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("editor")});
            user.insert(QStringLiteral("capabilities"), capabilities);
        }
        return Response::json(200, user);
    }

    if (in.route == QLatin1String("/wp/v2/media") || in.route.startsWith(QLatin1String("/wp/v2/media/")))
        return wordPressMedia(in, authenticated);
    if (in.route == QLatin1String("/wp/v2/posts") || in.route.startsWith(QLatin1String("/wp/v2/posts/")))
        return wordPressPosts(in, authenticated);
    return Response::wpNoRoute();
}

// /wp/v2/media and /wp/v2/media/{id}.
FakeCms::Response FakeCms::wordPressMedia(const Incoming &in, bool authenticated)
{
    static const QRegularExpression item(QStringLiteral("^/wp/v2/media/(\\d+)$"));
    const QString &method = in.method;
    const bool get = method == QLatin1String("GET") || method == QLatin1String("HEAD");
    const bool write =
        method == QLatin1String("POST") || method == QLatin1String("PUT") || method == QLatin1String("PATCH");
    const bool del = method == QLatin1String("DELETE");
    const bool force = in.param(QStringLiteral("force")) == QLatin1String("true") ||
                       in.param(QStringLiteral("force")) == QLatin1String("1");
    const bool edit = in.editContext();
    const QStringList slugs = in.param(QStringLiteral("slug")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    if (in.route == QLatin1String("/wp/v2/media")) {
        if (get) {
            QJsonArray items;
            for (auto it = m_media.crbegin(); it != m_media.crend(); ++it) {
                if (slugs.isEmpty() || slugs.contains(it->slug))
                    items.append(mediaJson(*it, edit));
            }
            return Response::wpCollection(items);
        }
        if (method == QLatin1String("POST")) {
            if (!authenticated || !can(QStringLiteral("edit_posts")))
                return Response::wpCannotCreate(!authenticated);
            if (!can(QStringLiteral("upload_files")))
                return Response::wpError(
                    403, QStringLiteral("rest_cannot_create"),
                    QStringLiteral("Sorry, you are not allowed to upload files on this site."));
            return createMedia(in);
        }
    }

    if (const QRegularExpressionMatch match = item.match(in.route); match.hasMatch()) {
        const int id = match.captured(1).toInt();
        const auto it =
            std::find_if(m_media.begin(), m_media.end(), [id](const Media &m) { return m.id == id; });
        if (get)
            return it == m_media.end() ? Response::wpInvalidId() : Response::json(200, mediaJson(*it, edit));
        if (write || del) {
            if (!authenticated)
                return del ? Response::wpError(
                                 401, QStringLiteral("rest_cannot_delete"),
                                 QStringLiteral("Sorry, you are not allowed to delete this post."))
                           : Response::wpCannotEdit(authenticated);
            if (it == m_media.end())
                return Response::wpInvalidId();
            if (del) {
                if (!force)
                    return Response::wpError(
                        501, QStringLiteral("rest_trash_not_supported"),
                        QStringLiteral("The media does not support trashing. Set 'force=true' to delete."));
                const QJsonObject previous = mediaJson(*it, true);
                m_media.erase(it);
                return Response::json(200, QJsonObject{{QStringLiteral("deleted"), true},
                                                       {QStringLiteral("previous"), previous}});
            }
            QJsonObject fields;
            if (!bodyFields(in.body, in.isJson(), &fields))
                return Response::wpInvalidJson();
            for (const QString &key : {QStringLiteral("caption"), QStringLiteral("alt_text"),
                                       QStringLiteral("description"), QStringLiteral("title")}) {
                if (!fields.contains(key))
                    continue;
                const QString value = rawText(fields.value(key));
                if (key == QLatin1String("caption"))
                    it->caption = value;
                else if (key == QLatin1String("alt_text"))
                    it->altText = value;
                else if (key == QLatin1String("description"))
                    it->description = value;
                else
                    it->title = value;
            }
            return Response::json(200, mediaJson(*it, true));
        }
    }

    return Response::wpNoRoute();
}

// /wp/v2/posts and /wp/v2/posts/{id}.
FakeCms::Response FakeCms::wordPressPosts(const Incoming &in, bool authenticated)
{
    static const QRegularExpression item(QStringLiteral("^/wp/v2/posts/(\\d+)$"));
    const QString &method = in.method;
    const bool get = method == QLatin1String("GET") || method == QLatin1String("HEAD");
    const bool write =
        method == QLatin1String("POST") || method == QLatin1String("PUT") || method == QLatin1String("PATCH");
    const bool del = method == QLatin1String("DELETE");
    const bool force = in.param(QStringLiteral("force")) == QLatin1String("true") ||
                       in.param(QStringLiteral("force")) == QLatin1String("1");
    const bool edit = in.editContext();
    const QStringList slugs = in.param(QStringLiteral("slug")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    if (in.route == QLatin1String("/wp/v2/posts")) {
        if (get) {
            QStringList statuses =
                in.param(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (statuses.isEmpty())
                statuses = {QStringLiteral("publish")};
            if (!authenticated && statuses != QStringList{QStringLiteral("publish")})
                return Response::invalidParam(QStringLiteral("status"),
                                              QStringLiteral("Status is forbidden."));
            const bool any = statuses.contains(QLatin1String("any"));
            QJsonArray items;
            for (auto it = m_posts.crbegin(); it != m_posts.crend(); ++it) {
                // "any" is every status but trash.
                const bool statusOk =
                    any ? it->status != QLatin1String("trash") : statuses.contains(it->status);
                if (statusOk && (slugs.isEmpty() || slugs.contains(it->slug)))
                    items.append(postJson(*it, edit));
            }
            return Response::wpCollection(items);
        }
        if (method == QLatin1String("POST")) {
            if (!authenticated || !can(QStringLiteral("edit_posts")))
                return Response::wpCannotCreate(!authenticated);
            QJsonObject fields;
            if (!bodyFields(in.body, in.isJson(), &fields))
                return Response::wpInvalidJson();
            Post post;
            post.author = s_wordPressUserId;
            post.categories = {s_defaultCategory};
            post.status = QStringLiteral("draft");
            post.dateGmt = nowGmt();
            Response r = updatePost(post, fields, true);
            if (r.status != 200)
                return r;
            post.id = m_nextWordPressId++;
            if (post.slug.isEmpty() && post.status != QLatin1String("draft"))
                post.slug = uniqueSlug(QString::number(post.id), post.id);
            m_posts.append(post);
            r = Response::json(201, postJson(post, true));
            r.headers.append({"Location", url().toString().toUtf8() + "/wp-json/wp/v2/posts/" +
                                              QByteArray::number(post.id)});
            return r;
        }
    }

    if (const QRegularExpressionMatch match = item.match(in.route); match.hasMatch()) {
        const int id = match.captured(1).toInt();
        const auto it =
            std::find_if(m_posts.begin(), m_posts.end(), [id](const Post &p) { return p.id == id; });
        if (get) {
            if (it == m_posts.end())
                return Response::wpInvalidId();
            if (!authenticated && it->status != QLatin1String("publish"))
                return Response::wpError(401, QStringLiteral("rest_forbidden"),
                                         QStringLiteral("Sorry, you are not allowed to do that."));
            return Response::json(200, postJson(*it, edit));
        }
        if (write) {
            if (!authenticated || !can(QStringLiteral("edit_posts")))
                return Response::wpCannotEdit(authenticated);
            if (it == m_posts.end())
                return Response::wpInvalidId();
            QJsonObject fields;
            if (!bodyFields(in.body, in.isJson(), &fields))
                return Response::wpInvalidJson();
            Post updated = *it;
            const Response r = updatePost(updated, fields, false);
            if (r.status != 200)
                return r;
            *it = updated;
            return Response::json(200, postJson(*it, true));
        }
        if (del) {
            if (!authenticated || !can(QStringLiteral("delete_posts")))
                return Response::wpError(authenticated ? 403 : 401, QStringLiteral("rest_cannot_delete"),
                                         QStringLiteral("Sorry, you are not allowed to delete this post."));
            if (it == m_posts.end())
                return Response::wpInvalidId();
            if (force) {
                const QJsonObject previous = postJson(*it, true);
                m_posts.erase(it);
                return Response::json(200, QJsonObject{{QStringLiteral("deleted"), true},
                                                       {QStringLiteral("previous"), previous}});
            }
            if (it->status == QLatin1String("trash"))
                return Response::wpError(410, QStringLiteral("rest_already_trashed"),
                                         QStringLiteral("The post has already been moved to the Trash."));
            it->status = QStringLiteral("trash");
            return Response::json(200, postJson(*it, true));
        }
    }

    return Response::wpNoRoute();
}

FakeCms::Response FakeCms::createMedia(const Incoming &in)
{
    const QByteArray contentType = in.header("content-type");
    if (in.bodySize == 0)
        return Response::wpError(400, QStringLiteral("rest_upload_no_data"),
                                 QStringLiteral("No data supplied."));
    if (contentType.isEmpty())
        return Response::wpError(400, QStringLiteral("rest_upload_no_content_type"),
                                 QStringLiteral("No Content-Type supplied."));
    if (contentType.toLower().startsWith("multipart/"))
        return Response::wpError(400, QStringLiteral("fakecms_multipart_unsupported"),
                                 QStringLiteral("The test server takes raw-body uploads only."));
    const QString fileName = dispositionFileName(in.header("content-disposition"));
    if (fileName.isEmpty())
        return Response::wpError(400, QStringLiteral("rest_upload_no_content_disposition"),
                                 QStringLiteral("No Content-Disposition supplied."));

    Media m;
    m.id = m_nextWordPressId++;
    m.fileName = fileName;
    m.slug = uniqueSlug(sanitizeSlug(baseName(fileName)), m.id);
    m.title = baseName(fileName);
    m.sha256 = in.sha256;
    m.size = in.bodySize;
    m.mimeType = QString::fromLatin1(contentType.split(';').constFirst().trimmed().toLower());
    m.dateGmt = nowGmt();
    QByteArray head = in.head;
    QBuffer buffer(&head);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid()) {
        m.width = size.width();
        m.height = size.height();
    }
    // WordPress also takes the text fields as query parameters of the upload.
    if (in.params.hasQueryItem(QStringLiteral("caption")))
        m.caption = in.param(QStringLiteral("caption"));
    if (in.params.hasQueryItem(QStringLiteral("alt_text")))
        m.altText = in.param(QStringLiteral("alt_text"));
    if (in.params.hasQueryItem(QStringLiteral("description")))
        m.description = in.param(QStringLiteral("description"));
    if (in.params.hasQueryItem(QStringLiteral("title")))
        m.title = in.param(QStringLiteral("title"));
    m_media.append(m);
    Response r = Response::json(201, mediaJson(m, true));
    r.headers.append(
        {"Location", url().toString().toUtf8() + "/wp-json/wp/v2/media/" + QByteArray::number(m.id)});
    return r;
}

// Applies the fields of a create or an update to `post`; status 200 when
// they are acceptable.
FakeCms::Response FakeCms::updatePost(Post &post, const QJsonObject &fields, bool creating)
{
    static const QStringList statuses{QStringLiteral("publish"), QStringLiteral("future"),
                                      QStringLiteral("draft"), QStringLiteral("pending"),
                                      QStringLiteral("private")};
    if (fields.contains(QLatin1String("status"))) {
        const QString status = fields.value(QLatin1String("status")).toString();
        if (!statuses.contains(status))
            return Response::invalidParam(
                QStringLiteral("status"),
                QStringLiteral("status is not one of publish, future, draft, pending, "
                               "private."));
        if ((status == QLatin1String("publish") || status == QLatin1String("future")) &&
            !can(QStringLiteral("publish_posts")))
            return Response::wpError(
                403, QStringLiteral("rest_cannot_publish"),
                QStringLiteral("Sorry, you are not allowed to publish posts in this post type."));
        post.status = status;
    }
    if (fields.contains(QLatin1String("date_gmt"))) {
        QString text = fields.value(QLatin1String("date_gmt")).toString();
        QDateTime date = QDateTime::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return Response::invalidParam(QStringLiteral("date_gmt"), QStringLiteral("Invalid date."));
        if (date.timeSpec() == Qt::LocalTime)
            date.setTimeSpec(Qt::UTC);
        post.dateGmt = date.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    if (fields.contains(QLatin1String("title")))
        post.title = rawText(fields.value(QLatin1String("title")));
    if (fields.contains(QLatin1String("content")))
        post.content = rawText(fields.value(QLatin1String("content")));
    if (fields.contains(QLatin1String("excerpt")))
        post.excerpt = rawText(fields.value(QLatin1String("excerpt")));
    if (fields.contains(QLatin1String("author")))
        post.author = fields.value(QLatin1String("author")).toVariant().toInt();
    if (fields.contains(QLatin1String("categories")))
        post.categories = intList(fields.value(QLatin1String("categories")));
    if (fields.contains(QLatin1String("tags")))
        post.tags = intList(fields.value(QLatin1String("tags")));
    if (fields.contains(QLatin1String("featured_media"))) {
        // An unknown attachment is dropped silently.
        const int mediaId = fields.value(QLatin1String("featured_media")).toVariant().toInt();
        const bool known = std::any_of(m_media.cbegin(), m_media.cend(),
                                       [mediaId](const Media &m) { return m.id == mediaId; });
        post.featuredMedia = known ? mediaId : 0;
    }

    // WordPress turns "publish" with a date more than a minute ahead into
    // "future", and a "future" whose date has come into "publish".
    const QDateTime date = QDateTime::fromString(post.dateGmt, Qt::ISODate).toUTC();
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(QDateTime(date.date(), date.time(), Qt::UTC));
    if (post.status == QLatin1String("publish") && ahead >= 60)
        post.status = QStringLiteral("future");
    else if (post.status == QLatin1String("future") && ahead < 60)
        post.status = QStringLiteral("publish");

    QString slug = post.slug;
    if (fields.contains(QLatin1String("slug")))
        slug = sanitizeSlug(fields.value(QLatin1String("slug")).toString());
    else if (creating)
        slug = sanitizeSlug(post.title);
    if (!slug.isEmpty())
        post.slug = uniqueSlug(slug, post.id);
    Response ok;
    ok.status = 200;
    return ok;
}

// ---------------------------------------------------------------------------
// ninjs over HTTP

bool FakeCms::authorizedNinjs(const Incoming &in) const
{
    if (m_bearerToken.isEmpty() && m_customHeaderName.isEmpty())
        return true;
    if (!m_bearerToken.isEmpty() && in.header("authorization") == "Bearer " + m_bearerToken.toUtf8())
        return true;
    return !m_customHeaderName.isEmpty() &&
           in.header(m_customHeaderName.constData()) == m_customHeaderValue.toUtf8();
}

FakeCms::Response FakeCms::ninjs(const Incoming &in)
{
    if (!authorizedNinjs(in))
        return Response::ninjsError(401, QStringLiteral("unauthorized"));
    const QString base = ninjsUrl().toString(QUrl::FullyEncoded);
    const auto documentUrl = [&](int number) -> QString {
        return base + QStringLiteral("/items/") + QString::number(number);
    };
    const auto withUrl = [&](const NinjsDocument &d) {
        QJsonObject o = d.document;
        o.insert(QStringLiteral("url"), documentUrl(d.number));
        return o;
    };
    const auto parseDocument = [&](QJsonObject *document) -> std::optional<Response> {
        if (!in.isJson())
            return Response::ninjsError(415, QStringLiteral("content type must be application/json"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(in.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return Response::ninjsError(400, QStringLiteral("invalid json"));
        *document = doc.object();
        return std::nullopt;
    };

    if (in.route == QLatin1String("/ninjs")) {
        const QString uri = in.param(QStringLiteral("uri"));
        if (in.method == QLatin1String("GET")) {
            if (uri.isEmpty())
                return Response::ninjsError(400, QStringLiteral("uri missing"));
            const auto it = m_ninjsDocuments.constFind(uri);
            return it == m_ninjsDocuments.cend() ? Response::ninjsError(404, QStringLiteral("not found"))
                                                 : Response::json(200, withUrl(*it));
        }
        if (in.method == QLatin1String("POST")) {
            QJsonObject document;
            if (const auto error = parseDocument(&document))
                return *error;
            const QString docUri = document.value(QLatin1String("uri")).toString();
            if (docUri.isEmpty())
                return Response::ninjsError(400, QStringLiteral("uri missing"));
            if (m_ninjsDocuments.contains(docUri))
                return Response::ninjsError(409, QStringLiteral("uri exists"));
            const NinjsDocument stored{document, m_nextNinjsNumber++};
            m_ninjsDocuments.insert(docUri, stored);
            Response r =
                Response::json(201, QJsonObject{{QStringLiteral("uri"), docUri},
                                                {QStringLiteral("url"), documentUrl(stored.number)}});
            r.headers.append({"Location", documentUrl(stored.number).toUtf8()});
            return r;
        }
        if (in.method == QLatin1String("PUT")) {
            if (uri.isEmpty())
                return Response::ninjsError(400, QStringLiteral("uri missing"));
            QJsonObject document;
            if (const auto error = parseDocument(&document))
                return *error;
            const auto it = m_ninjsDocuments.find(uri);
            if (it == m_ninjsDocuments.end())
                return Response::ninjsError(404, QStringLiteral("not found"));
            if (document.contains(QLatin1String("uri")) &&
                document.value(QLatin1String("uri")).toString() != uri)
                return Response::ninjsError(400, QStringLiteral("uri mismatch"));
            document.insert(QStringLiteral("uri"), uri);
            it->document = document;
            return Response::json(200, QJsonObject{{QStringLiteral("uri"), uri},
                                                   {QStringLiteral("url"), documentUrl(it->number)}});
        }
        return Response::ninjsError(405, QStringLiteral("method not allowed"));
    }

    if (in.route.startsWith(QLatin1String("/ninjs/items/")) && in.method == QLatin1String("GET")) {
        const int number = in.route.mid(13).toInt();
        for (const NinjsDocument &d : m_ninjsDocuments) {
            if (d.number == number)
                return Response::json(200, withUrl(d));
        }
        return Response::ninjsError(404, QStringLiteral("not found"));
    }

    if (in.route.startsWith(QLatin1String("/ninjs/media/")) && in.method == QLatin1String("PUT")) {
        const QString fileName = in.route.mid(13);
        if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')))
            return Response::ninjsError(400, QStringLiteral("bad file name"));
        const bool replaced = m_ninjsMedia.contains(fileName);
        m_ninjsMedia.insert(fileName, in.sha256);
        const QString href =
            base + QStringLiteral("/media/") + QString::fromLatin1(QUrl::toPercentEncoding(fileName));
        return Response::json(replaced ? 200 : 201, QJsonObject{{QStringLiteral("href"), href}});
    }

    return Response::ninjsError(404, QStringLiteral("not found"));
}

} // namespace Qalam::Test
