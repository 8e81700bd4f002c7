#include "benchrunner.h"
#include "cliapp.h"

#include <QJsonArray>
#include <QJsonDocument>

int CliApp::cmdBench()
{
    // bench [--cases N] [--reps R] [--seed S] [--role LOGIN] [--only NAME,...] [--json]
    BenchRunner::Options options;
    QString text;
    if (takeOption(QStringLiteral("--cases"), &text)) {
        bool ok = false;
        options.cases = text.toInt(&ok);
        if (!ok || options.cases < 1)
            return usage(QStringLiteral("--cases needs a positive number"));
    }
    if (takeOption(QStringLiteral("--reps"), &text)) {
        bool ok = false;
        options.repetitions = text.toInt(&ok);
        if (!ok || options.repetitions < 1 || options.repetitions > 10000)
            return usage(QStringLiteral("--reps needs a number from 1 to 10000"));
    }
    if (takeOption(QStringLiteral("--seed"), &text)) {
        bool ok = false;
        options.seed = text.toLongLong(&ok);
        if (!ok || options.seed < 0)
            return usage(QStringLiteral("--seed needs a non-negative integer"));
    }
    if (takeOption(QStringLiteral("--role"), &text))
        options.role = text;
    if (takeOption(QStringLiteral("--only"), &text))
        options.only = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool json = takeFlag(QStringLiteral("--json"));
    if (m_args.size() != 1)
        return usage(
            QStringLiteral("bench takes only --cases, --reps, --seed, --role, --only and --json"));

    QString error;
    QSqlDatabase db = connect(&error);
    if (!error.isEmpty())
        return fail(Usage, error);
    const ConnectParams params = connectParams();
    QTextStream &log = m_err;
    const QJsonObject report = BenchRunner(params, options).run(log, &error);
    if (!error.isEmpty())
        return fail(Usage, error);
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        m_out << "cases: " << report.value(QStringLiteral("cases")).toInteger() << Qt::endl;
        for (const QJsonValue &v : report.value(QStringLiteral("scenarios")).toArray()) {
            const QJsonObject o = v.toObject();
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        }
    }
    return Ok;
}
