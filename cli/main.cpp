#include "cliapp.h"
#include "kontakt_version.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    // The benchmark drives the real queue view and reports lay out text and print (fonts,
    // QPrinter), offscreen: only they need a QApplication.
    bool bench = false;
    for (int i = 1; i < argc; ++i)
        bench = bench || std::strcmp(argv[i], "bench") == 0 || std::strcmp(argv[i], "report") == 0;
    if (bench && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appPtr(bench ? new QApplication(argc, argv)
                                                   : new QCoreApplication(argc, argv));
    QCoreApplication &app = *appPtr;
    Q_UNUSED(app)
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
