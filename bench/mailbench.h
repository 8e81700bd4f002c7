#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QTextStream>
#include <functional>

// The mail scenarios of issue 9: `mail_store`, one letter (text, a 100 KB file, a reply thread
// to look up) stored as the mail service stores it, and `mail_queue`, the Incoming e-mail
// queue as a desk opens it over 10 000 waiting letters (seeded by the owner when missing,
// mailbox "bench@kontakt.local").
namespace MailBench {

QList<QJsonObject> run(QSqlDatabase &owner, QSqlDatabase &client,
                       const std::function<bool(const QString &)> &wanted, int warmup, int reps,
                       QTextStream &log, int waitingLetters = 10000);

} // namespace MailBench
