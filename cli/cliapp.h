#pragma once

#include "databaseconnector.h"
#include "workflowerror.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

// `kontaktctl`: the administrators' and scripts' interface (DESIGN.md §4). Exit codes are part
// of the contract: 0 success, 1 a finding or rule violation, 2 bad usage or unusable input.
class CliApp
{
public:
    enum Exit { Ok = 0, Finding = 1, Usage = 2 };

    CliApp(QStringList args, QTextStream &in, QTextStream &out, QTextStream &err);
    int run();

private:
    int usage(const QString &message);
    int fail(int code, const QString &message);
    int cmdLocal(const QString &verb);
    int cmdDb(const QString &verb);
    int cmdUserAdd();
    int cmdAppeal(const QString &verb);
    int cmdDemo();
    int cmdBench();                     // benchcommand.cpp
    int cmdCase(const QString &verb);   // casecommand.cpp
    int cmdOutbox(const QString &verb); // outboxcommand.cpp
    int cmdReport(const QString &verb); // reportcommand.cpp
    int cmdKb(const QString &verb);     // kbcommand.cpp
    int cmdOutage(const QString &verb); // kbcommand.cpp
    int cmdPetition(const QString &verb); // petitioncommand.cpp
    int cmdMailIntake();                  // mailcommand.cpp
    int cmdPetitionCheck();
    int cmdPetitionAdd();
    int cmdPetitionSign();
    int cmdPetitionStatus();
    int cmdPetitionImport();
    int workflowFailure(const WorkflowError &e, const QString &where = QString());
    int printJson(const QJsonObject &json);
    bool takeOption(const QString &name, QString *value);
    bool takeFlag(const QString &name);
    QSqlDatabase connect(QString *error);
    // The parameters connect() used (for commands that open more connections).
    ConnectParams connectParams() const { return m_params; }

    QStringList m_args;
    QTextStream &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_db;
    bool m_dbOnCommandLine = false; // --db given (not only KONTAKT_DB)
    ConnectParams m_params;
};
