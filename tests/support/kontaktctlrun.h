#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// One run of the built kontaktctl, as a script would run it (KONTAKT_DB removed, so that only
// the given arguments choose the database): exit code, standard output and error.
struct KontaktctlRun {
    int code = -1; // -1: did not finish within a minute
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }

    static KontaktctlRun start(const QString &exe, const QStringList &args,
                               const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KONTAKT_DB"));
        p.setProcessEnvironment(env);
        p.start(exe, args);
        p.write(stdinData);
        p.closeWriteChannel();
        KontaktctlRun r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
};
