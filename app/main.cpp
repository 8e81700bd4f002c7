#include "kontakt_version.h"
#include "language.h"
#include "startupcontroller.h"

#include <QApplication>
#include <QIcon>
#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    // Answer --version/--help without a display or a database.
    StartupController::Options options;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-V") == 0) {
            std::printf("kontakt %s\n", KONTAKT_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: kontakt [--login]\n"
                        "  --login    always show the login dialog\n"
                        "  --version  print the version\n");
            return 0;
        }
        if (std::strcmp(argv[i], "--login") == 0)
            options.forceLoginDialog = true;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("kontakt"));
    QApplication::setApplicationName(QStringLiteral("kontakt"));
    QApplication::setApplicationVersion(QStringLiteral(KONTAKT_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Kontakt"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kontakt.svg")));
    QApplication::setDesktopFileName(QStringLiteral("kontakt"));
    Language::install(app);

    StartupController controller(options);
    QObject::connect(&controller, &StartupController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    controller.start();
    return app.exec();
}
