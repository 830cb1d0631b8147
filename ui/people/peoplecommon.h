#pragma once

#include <QColor>
#include <QFutureWatcher>
#include <QLabel>
#include <QObject>
#include <QPalette>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam::People {

// Runs `work` on the global thread pool and hands its value to `done` on the
// receiver's thread; nothing happens if the receiver is gone by then. The
// people dialogs and the Authors dock use it for every store call: password
// hashing takes a noticeable fraction of a second, and SQL never runs on the
// GUI thread.
template <typename Work, typename Done> void inBackground(QObject *receiver, Work work, Done done)
{
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// A label for an inline error ("wrong login or password"): red that reads on
// light and dark palettes, word-wrapped, hidden until there is a message.
inline void makeErrorLabel(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x16, 0x1e));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
}

inline void showInlineError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace Qalam::People
