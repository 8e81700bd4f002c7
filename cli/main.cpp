#include "cliapp.h"
#include "kontakt_version.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kontaktctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("kontakt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTAKT_VERSION));
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return CliApp(args, in, out, err).run();
}
