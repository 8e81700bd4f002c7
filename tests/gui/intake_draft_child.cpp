// A desk that is killed mid-call: opens the intake form offscreen, types a call, reports the
// draft's id on stdout and then waits to be killed (tst_intakecrash does the killing).
#include "intakedialog.h"
#include "intakeservice.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <cstdio>

namespace {
// Answers lookups with "nobody" and never answers a submission: the process dies first.
class SilentIntakeService : public IntakeService
{
public:
    void lookupPhone(const QString &e164) override { emit callersFound(e164, {}); }
    void loadHistory(qint64 callerId) override { emit historyLoaded(callerId, {}); }
    void findSameProblem(const QString &, const QString &, qint64) override {}
    void submit(const AppealInput &) override {}
};

void type(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    DraftStore drafts(QString::fromLocal8Bit(argv[1]));
    IntakeReference reference;
    reference.classifier = {
        {QStringLiteral("topic"), QStringLiteral("009"), QStringLiteral("Комунальне господарство"),
         false},
        {QStringLiteral("kind"), QStringLiteral("3.2"), QStringLiteral("Заява (клопотання)"),
         false},
        {QStringLiteral("subject"), QStringLiteral("5.1"), QStringLiteral("Індивідуальне"), false}};
    SilentIntakeService service;
    IntakeDialog dialog(&service, reference, &drafts);
    dialog.show();
    type(dialog.findChild<QLineEdit *>(QStringLiteral("phoneEdit")), QStringLiteral("0671112233"));
    type(dialog.findChild<QLineEdit *>(QStringLiteral("surnameEdit")), QStringLiteral("Кравченко"));
    type(dialog.findChild<QLineEdit *>(QStringLiteral("summaryEdit")),
         QStringLiteral("Прорвало трубу в підвалі"));
    std::printf("typed %s\n", qPrintable(dialog.draftId().toString(QUuid::WithoutBraces)));
    std::fflush(stdout);
    return app.exec();
}
