#include "cliapp.h"
#include "petitionchecker.h"
#include "petitionjson.h"
#include "petitionrepository.h"

#include <QFile>

// kontaktctl petition check FILE|- [--duplicates]: the formal checks of art. 23-1 on a petition
// in JSON. Works without a database; the duplicate check compares with the active petitions in
// the database and runs only when asked: --duplicates, or a --db given on the command line.
int CliApp::cmdPetitionCheck()
{
    const bool duplicates = takeFlag(QStringLiteral("--duplicates")) || m_dbOnCommandLine;
    for (const QString &a : std::as_const(m_args)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(QStringLiteral("unknown option %1 for petition check").arg(a));
    }
    if (m_args.size() != 3)
        return usage(QStringLiteral("petition check takes one FILE or -"));
    const QString path = m_args.at(2);
    QByteArray data;
    if (path == QLatin1String("-")) {
        data = m_in.readAll().toUtf8();
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Usage, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
        data = f.readAll();
    }
    PetitionSubmission petition;
    QString error;
    if (!PetitionJson::parseSubmission(data, &petition, &error))
        return fail(Usage, error);

    PetitionChecker checker;
    if (!checker.loadError().isEmpty())
        return fail(Usage, QStringLiteral("lexicons: %1").arg(checker.loadError()));
    QList<PetitionReference> active;
    if (duplicates) {
        QString connectError;
        QSqlDatabase db = connect(&connectError);
        if (!connectError.isEmpty())
            return fail(Usage, connectError);
        DbError dbError;
        active = PetitionRepository(db).activeReferences(&dbError);
        if (dbError.isError())
            return fail(Usage,
                        QStringLiteral("cannot read the active petitions: %1").arg(dbError.detail));
    }
    const QList<PetitionFinding> findings = checker.check(petition, active);
    printJson(PetitionJson::findingsToJson(findings));
    return findings.isEmpty() ? Ok : Finding;
}

int CliApp::cmdPetition(const QString &verb)
{
    if (verb == QLatin1String("check"))
        return cmdPetitionCheck();
    return usage(QStringLiteral("petition takes check"));
}
