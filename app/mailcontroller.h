#pragma once

#include "incomingmailwindow.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class IntakeController;
class MailRepository;
class MainWindow;
class PasswordStore;
class QLabel;

// E-mail at the desk: View ▸ Incoming e-mail (Ctrl+Shift+M) for those who register appeals, a
// count of waiting letters in the status bar, and File ▸ Mail settings… for the administrator
// (with Test connection). Registering a letter opens the intake form filled from it. Every
// database read and write runs on the session's database thread, and the connection test on a
// worker: the GUI thread never waits.
class MailController : public QObject
{
    Q_OBJECT
public:
    MailController(const Session &session, MainWindow *window, IntakeController *intake);

    static bool mayRead(const SessionInfo &info);
    static bool mayConfigure(const SessionInfo &info);

    void open();
    void openSettings();
    IncomingMailWindow *window() const { return m_list; }

signals:
    void loaded(int rows);
    void detailsLoaded(qint64 id);
    void discarded(qint64 id, bool ok);
    void openRequested(qint64 appealId);
    void waitingCounted(int count);
    void settingsSaved(bool ok);
    void testFinished(bool ok);

private:
    void load();
    void loadDetails(qint64 id);
    // One letter with its text and files, read on the database thread.
    void findLetter(qint64 id, std::function<void(std::optional<IncomingMail>, DbError)> done);
    void registerLetter(qint64 id);
    void discard(qint64 id, const QString &reason, int version);
    void saveOriginal(qint64 id, const QString &path);
    void saveFile(qint64 attachmentId, const QString &path);
    // Reads bytes on the database thread and writes them to `path` (atomically).
    void saveBytes(std::function<QByteArray(MailRepository &, DbError *)> read,
                   const QString &path);
    void countWaiting();
    void countFailed();
    // A count read on the database thread, shown when it arrives (a status-bar label).
    void count(std::function<int(QSqlDatabase &, DbError *)> read, std::function<void(int)> show);

    Session m_session;
    QPointer<MainWindow> m_window;
    QPointer<IntakeController> m_intake;
    QPointer<IncomingMailWindow> m_list;
    PasswordStore *m_passwords; // outlives the dialog: keychain writes finish later
    QLabel *m_waitingLabel = nullptr;
    QLabel *m_failedLabel = nullptr; // administrator: outbox messages that failed
    QTimer m_poll;
    quint64 m_generation = 0;
};
