#include "mailcontroller.h"

#include "imapclient.h"
#include "intakecontroller.h"
#include "mailendpoint.h"
#include "mailjobs.h"
#include "mailrepository.h"
#include "mailsettingsdialog.h"
#include "mailsettingsrepository.h"
#include "mainwindow.h"
#include "outboxrepository.h"
#include "passwordstore.h"
#include "smtpclient.h"

#include <QAction>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QSaveFile>
#include <QStatusBar>
#include <QtConcurrent>

namespace {
QString passwordKey(const QString &kind, const QString &login, const QString &host)
{
    return QStringLiteral("mail-%1:%2@%3").arg(kind, login, host);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}
} // namespace

MailController::MailController(const Session &session, MainWindow *window, IntakeController *intake)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_intake(intake)
    , m_passwords(new PasswordStore(this))
{
    if (mayRead(session.info)) {
        auto *action = new QAction(tr("&Incoming e-mail…"), window);
        action->setObjectName(QStringLiteral("incomingMailAction"));
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+M")));
        action->setToolTip(tr("Letters from the centre's mailbox waiting to be registered"));
        connect(action, &QAction::triggered, this, &MailController::open);
        window->addViewAction(action);

        m_waitingLabel = new QLabel(window);
        m_waitingLabel->setObjectName(QStringLiteral("waitingMailLabel"));
        m_waitingLabel->setToolTip(tr("Letters waiting for registration (Ctrl+Shift+M)"));
        m_waitingLabel->hide();
        window->statusBar()->addPermanentWidget(m_waitingLabel);
        m_poll.setInterval(30 * 1000);
        connect(&m_poll, &QTimer::timeout, this, [this]() {
            countWaiting();
            countFailed();
            if (m_list && m_list->isVisible())
                load();
        });
        m_poll.start();
        countWaiting();
    }
    if (mayConfigure(session.info)) {
        auto *settings = new QAction(tr("&Mail settings…"), window);
        settings->setObjectName(QStringLiteral("mailSettingsAction"));
        settings->setToolTip(tr("The centre's mailbox and the server that sends notices"));
        connect(settings, &QAction::triggered, this, &MailController::openSettings);
        window->addSettingsAction(settings);

        // Permanent failures wait for the administrator (View ▸ Outbox puts them back).
        m_failedLabel = new QLabel(window);
        m_failedLabel->setObjectName(QStringLiteral("failedMailLabel"));
        m_failedLabel->setStyleSheet(QStringLiteral("color:#8a1020"));
        m_failedLabel->setToolTip(
            tr("Notices that could not be sent: View ▸ Outbox (Ctrl+Shift+O), status Failed"));
        m_failedLabel->hide();
        window->statusBar()->addPermanentWidget(m_failedLabel);
        countFailed();
    }
    if (m_intake) {
        connect(m_intake, &IntakeController::appealRegistered, this, [this]() {
            countWaiting();
            if (m_list)
                load();
        });
    }
}

bool MailController::mayRead(const SessionInfo &info)
{
    // The groups the database lets read mail_message (0018_mail.sql).
    return info.role == StaffRole::Owner || info.role == StaffRole::Operator ||
           info.role == StaffRole::Head || info.role == StaffRole::Admin;
}

bool MailController::mayConfigure(const SessionInfo &info)
{
    return info.role == StaffRole::Owner || info.role == StaffRole::Admin;
}

void MailController::open()
{
    if (!m_list) {
        m_list = new IncomingMailWindow(m_window);
        m_list->setObjectName(QStringLiteral("incomingMailWindow"));
        m_list->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_list, &IncomingMailWindow::refreshRequested, this, &MailController::load);
        connect(m_list, &IncomingMailWindow::filterChanged, this, &MailController::load);
        connect(m_list, &IncomingMailWindow::detailsRequested, this, &MailController::loadDetails);
        connect(m_list, &IncomingMailWindow::registerRequested, this,
                &MailController::registerLetter);
        connect(m_list, &IncomingMailWindow::discardRequested, this, &MailController::discard);
        connect(m_list, &IncomingMailWindow::saveOriginalRequested, this,
                &MailController::saveOriginal);
        connect(m_list, &IncomingMailWindow::saveFileRequested, this, &MailController::saveFile);
        connect(m_list, &IncomingMailWindow::openCaseRequested, this,
                &MailController::openRequested);
    }
    m_list->show();
    m_list->raise();
    m_list->activateWindow();
    load();
}

void MailController::load()
{
    if (!m_list)
        return;
    struct Listed {
        QList<IncomingMail> rows;
        DbError error;
    };
    const IncomingMailFilter filter = m_list->filter();
    const quint64 generation = ++m_generation;
    m_session.db->run<Listed>(
        this,
        [filter](QSqlDatabase &db) {
            Listed l;
            l.rows = MailRepository(db).list(filter, &l.error);
            return l;
        },
        [this, generation](Listed l) {
            if (!m_list || generation != m_generation)
                return;
            m_list->showMessage(l.error.isError() ? l.error.userMessage() : QString(), true);
            m_list->setMessages(l.rows);
            emit loaded(int(l.rows.size()));
        });
}

void MailController::findLetter(qint64 id,
                                std::function<void(std::optional<IncomingMail>, DbError)> done)
{
    struct Loaded {
        std::optional<IncomingMail> mail;
        DbError error;
    };
    m_session.db->run<Loaded>(
        this,
        [id](QSqlDatabase &db) {
            Loaded l;
            l.mail = MailRepository(db).find(id, &l.error);
            return l;
        },
        [done](Loaded l) { done(l.mail, l.error); });
}

void MailController::loadDetails(qint64 id)
{
    findLetter(id, [this, id](std::optional<IncomingMail> mail, DbError error) {
        if (!m_list)
            return;
        if (error.isError())
            m_list->showMessage(error.userMessage(), true);
        if (mail)
            m_list->setDetails(*mail);
        emit detailsLoaded(id);
    });
}

void MailController::registerLetter(qint64 id)
{
    if (!m_intake) {
        if (m_list)
            m_list->showMessage(tr("Registering appeals is not part of your role."), true);
        return;
    }
    findLetter(id, [this](std::optional<IncomingMail> mail, DbError error) {
        if (!mail || !mail->isWaiting()) {
            if (m_list) {
                m_list->showMessage(error.isError() ? error.userMessage()
                                                    : tr("This letter has already been handled."),
                                    true);
                load();
            }
            return;
        }
        const IncomingMail &m = *mail;
        AppealInput in;
        in.channel = Channel::Email;
        in.receivedAt = m.receivedAt;
        in.author.email = m.replyTo.isEmpty() ? m.fromAddress : m.replyTo;
        IncomingMailNames::splitName(m.fromName, &in.author.surname, &in.author.firstName,
                                     &in.author.patronymic);
        in.summary = m.subject.left(1000);
        in.fullText = m.text.left(50000);
        in.mailId = m.id;
        m_intake->startFromMail(in);
    });
}

void MailController::discard(qint64 id, const QString &reason, int version)
{
    struct Done {
        bool ok = false;
        DbError error;
    };
    m_session.db->run<Done>(
        this,
        [id, reason, version](QSqlDatabase &db) {
            Done d;
            d.ok = MailRepository(db).discard(id, reason, version, &d.error);
            return d;
        },
        [this, id](Done d) {
            if (m_list) {
                if (d.error.isError())
                    m_list->showMessage(d.error.userMessage(), true);
                else if (!d.ok)
                    m_list->showMessage(
                        tr("Somebody handled this letter meanwhile: the list is refreshed."), true);
                else
                    m_list->showMessage(tr("The letter is out of the queue."), false);
                load();
            }
            countWaiting();
            emit discarded(id, d.ok);
        });
}

void MailController::saveOriginal(qint64 id, const QString &path)
{
    saveBytes([id](MailRepository &r, DbError *e) { return r.rawMessage(id, e); }, path);
}

void MailController::saveFile(qint64 attachmentId, const QString &path)
{
    saveBytes([attachmentId](MailRepository &r, DbError *e) { return r.fileData(attachmentId, e); },
              path);
}

void MailController::saveBytes(std::function<QByteArray(MailRepository &, DbError *)> read,
                               const QString &path)
{
    struct Read {
        QByteArray data;
        DbError error;
    };
    m_session.db->run<Read>(
        this,
        [read](QSqlDatabase &db) {
            Read r;
            MailRepository repository(db);
            r.data = read(repository, &r.error);
            return r;
        },
        [this, path](Read r) {
            if (!m_list)
                return;
            if (r.error.isError())
                m_list->showMessage(r.error.userMessage(), true);
            else if (!writeFile(path, r.data))
                m_list->showMessage(tr("Could not write %1.").arg(path), true);
            else
                m_list->showMessage(tr("Saved: %1").arg(path), false);
        });
}

void MailController::countWaiting()
{
    if (!m_waitingLabel)
        return;
    count([](QSqlDatabase &db, DbError *e) { return MailRepository(db).waitingCount(e); },
          [this](int n) {
              m_waitingLabel->setVisible(n > 0);
              m_waitingLabel->setText(tr("✉ %n letter(s) waiting", nullptr, n));
              emit waitingCounted(n);
          });
}

void MailController::countFailed()
{
    if (!m_failedLabel)
        return;
    count([](QSqlDatabase &db, DbError *e) { return OutboxRepository(db).failedCount(e); },
          [this](int n) {
              m_failedLabel->setVisible(n > 0);
              m_failedLabel->setText(tr("⚠ %n e-mail(s) not delivered", nullptr, n));
          });
}

void MailController::count(std::function<int(QSqlDatabase &, DbError *)> read,
                           std::function<void(int)> show)
{
    struct Counted {
        int count = 0;
        DbError error;
    };
    m_session.db->run<Counted>(
        this,
        [read](QSqlDatabase &db) {
            Counted c;
            c.count = read(db, &c.error);
            return c;
        },
        [show](Counted c) {
            if (!c.error.isError()) // else the banner of the lost connection says enough
                show(c.count);
        });
}

void MailController::openSettings()
{
    struct Loaded {
        MailSettings settings;
        DbError error;
    };
    m_session.db->run<Loaded>(
        this,
        [](QSqlDatabase &db) {
            Loaded l;
            MailSettingsRepository(db).load(&l.settings, &l.error);
            return l;
        },
        [this](Loaded l) {
            if (l.error.isError()) {
                m_window->showMessage(l.error.userMessage());
                return;
            }
            auto *dialog = new MailSettingsDialog(m_window);
            dialog->setObjectName(QStringLiteral("mailSettingsDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setSettings(l.settings);
            PasswordStore *store = m_passwords;
            if (PasswordStore::isAvailable()) {
                const MailSettings s = l.settings;
                store->read(passwordKey(QStringLiteral("imap"), s.imapLogin, s.imapHost),
                            [dialog](const QString &imap) {
                                dialog->setPasswords(imap, dialog->smtpPassword());
                            });
                store->read(passwordKey(QStringLiteral("smtp"), s.smtpLogin, s.smtpHost),
                            [dialog](const QString &smtp) {
                                dialog->setPasswords(dialog->imapPassword(), smtp);
                            });
            }
            connect(dialog, &MailSettingsDialog::testRequested, this, [this, dialog]() {
                const MailSettings s = dialog->settings();
                const MailEndpoint imap = imapEndpoint(s, dialog->imapPassword());
                const MailEndpoint smtp = smtpEndpoint(s, dialog->smtpPassword());
                auto *watcher = new QFutureWatcher<QStringList>(dialog);
                connect(watcher, &QFutureWatcher<QStringList>::finished, dialog,
                        [this, watcher, dialog]() {
                            const QStringList r = watcher->result();
                            const bool ok = r.at(0).isEmpty() && r.at(1).isEmpty();
                            QStringList lines;
                            if (!r.at(2).isEmpty())
                                lines << (r.at(0).isEmpty() ? tr("Mailbox: connected, the folder "
                                                                 "is readable.")
                                                            : tr("Mailbox: %1").arg(r.at(0)));
                            if (!r.at(3).isEmpty())
                                lines
                                    << (r.at(1).isEmpty() ? tr("Sending: connected and logged in.")
                                                          : tr("Sending: %1").arg(r.at(1)));
                            dialog->showTestResult(lines.join(QLatin1Char('\n')), ok);
                            watcher->deleteLater();
                            emit testFinished(ok);
                        });
                const QString folder = s.inboxFolder;
                const bool testImap = s.intakeConfigured();
                const bool testSmtp = !s.smtpHost.isEmpty();
                watcher->setFuture(QtConcurrent::run([imap, smtp, folder, testImap, testSmtp]() {
                    // [imap error, smtp error, imap tested, smtp tested]
                    return QStringList{testImap ? ImapClient::testConnection(imap, folder)
                                                : QString(),
                                       testSmtp ? SmtpClient::testConnection(smtp) : QString(),
                                       testImap ? QStringLiteral("1") : QString(),
                                       testSmtp ? QStringLiteral("1") : QString()};
                }));
            });
            connect(dialog, &QDialog::accepted, this, [this, dialog, store]() {
                const MailSettings s = dialog->settings();
                if (PasswordStore::isAvailable()) {
                    if (!s.imapLogin.isEmpty())
                        store->write(passwordKey(QStringLiteral("imap"), s.imapLogin, s.imapHost),
                                     dialog->imapPassword());
                    if (!s.smtpLogin.isEmpty())
                        store->write(passwordKey(QStringLiteral("smtp"), s.smtpLogin, s.smtpHost),
                                     dialog->smtpPassword());
                }
                struct Saved {
                    bool ok = false;
                    DbError error;
                };
                m_session.db->run<Saved>(
                    this,
                    [s](QSqlDatabase &db) {
                        Saved r;
                        r.ok = MailSettingsRepository(db).save(s, &r.error);
                        return r;
                    },
                    [this](Saved r) {
                        if (m_window)
                            m_window->showMessage(r.ok ? tr("Mail settings saved.")
                                                       : r.error.userMessage());
                        emit settingsSaved(r.ok);
                    });
            });
            dialog->open();
        });
}
