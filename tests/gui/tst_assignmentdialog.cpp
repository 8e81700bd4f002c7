#include "assignmentdialog.h"
#include "dialogtesthelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace DialogTest;

namespace {

const QDate Today(2026, 3, 10);
const QDate MaxTerm(2026, 4, 20);
const QDate DefaultTerm(2026, 4, 9);

QList<OrgChoice> orgs()
{
    auto org = [](qint64 id, qint64 parent, const char *code, const QString &name,
                  QStringList topics, bool active = true) {
        OrgChoice o;
        o.id = id;
        o.parentId = parent;
        o.code = QString::fromLatin1(code);
        o.name = name;
        o.kind = QStringLiteral("department");
        o.topicCodes = topics;
        o.active = active;
        return o;
    };
    return {
        org(1, 0, "VK", QStringLiteral("Виконавчий комітет міської ради"), {}),
        org(2, 1, "UZhKG", QStringLiteral("Управління житлово-комунального господарства"),
            {QStringLiteral("009")}),
        org(3, 2, "BTVE", QStringLiteral("КП «Броваритепловодоенергія»"),
            {QStringLiteral("009.003")}),
        org(4, 2, "BBL", QStringLiteral("КП «Бровари-Благоустрій»"),
            {QStringLiteral("009.001"), QStringLiteral("011")}),
        org(5, 1, "USZN", QStringLiteral("Управління соціального захисту населення"),
            {QStringLiteral("006")}),
        org(6, 1, "UO", QStringLiteral("Управління освіти і науки"), {QStringLiteral("015")}),
        org(7, 1, "OLD", QStringLiteral("Відділ комунального майна (ліквідовано)"),
            {QStringLiteral("009")}, false),
    };
}

const QStringList Templates{QStringLiteral("Check on site and reply to the citizen."),
                            QStringLiteral("Restore the service and report.")};

} // namespace

class TestAssignmentDialog : public QObject
{
    Q_OBJECT
private slots:
    void searchFiltersTheTree_data();
    void searchFiltersTheTree();
    void recommendedListShowsCompetentOrganisationsFirst();
    void okDisabledWithAReasonUntilValid();
    void termBeyondTheLegalMaximumImpossible();
    void routesByKeyboardOnly();
    void mainIsNeverACoExecutor();
    void headEditsAProposal();

private:
    std::unique_ptr<AssignmentDialog> newDialog(QDate defaultTerm = DefaultTerm)
    {
        auto d = std::make_unique<AssignmentDialog>(orgs(), QStringLiteral("009.003"),
                                                    QStringLiteral("Теплопостачання"), Today,
                                                    MaxTerm, defaultTerm, Templates);
        return d;
    }
    template <typename T> static T *child(QWidget &w, const char *name)
    {
        auto *c = w.findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    static QTreeWidgetItem *item(QWidget &w, qint64 id)
    {
        auto *tree = child<QTreeWidget>(w, "orgTree");
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole + 1).toLongLong() == id)
                return *it;
        }
        return nullptr;
    }
};

void TestAssignmentDialog::searchFiltersTheTree_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QList<qint64>>("visible");
    QTest::addColumn<QString>("status");
    // A match keeps its parents (and shows its own subdivisions).
    QTest::newRow("part of a name")
        << QStringLiteral("тепло") << QList<qint64>{1, 2, 3} << QStringLiteral("1 found");
    QTest::newRow("upper case") << QStringLiteral("ОСВІТИ") << QList<qint64>{1, 6}
                                << QStringLiteral("1 found");
    QTest::newRow("code, any case")
        << QStringLiteral("bbl") << QList<qint64>{1, 2, 4} << QStringLiteral("1 found");
    QTest::newRow("parent match shows its subdivisions")
        << QStringLiteral("житлово") << QList<qint64>{1, 2, 3, 4} << QStringLiteral("1 found");
    QTest::newRow("several") << QStringLiteral("комунальн") << QList<qint64>{1, 2, 3, 4, 7}
                             << QStringLiteral("2 found");
    QTest::newRow("nothing") << QStringLiteral("ґанок") << QList<qint64>{}
                             << QStringLiteral("nothing found");
}

void TestAssignmentDialog::searchFiltersTheTree()
{
    QFETCH(QString, typed);
    QFETCH(QList<qint64>, visible);
    QFETCH(QString, status);
    auto d = newDialog();
    QVERIFY(showAndActivate(d.get()));
    QCOMPARE(focused(), child<QLineEdit>(*d, "searchEdit"));
    type(typed);
    QCOMPARE(child<QLineEdit>(*d, "searchEdit")->text(), typed);
    QList<qint64> shown;
    for (qint64 id = 1; id <= 7; ++id) {
        if (!item(*d, id)->isHidden())
            shown << id;
    }
    QCOMPARE(shown, visible);
    QCOMPARE(child<QLabel>(*d, "searchStatusLabel")->text(), status);
    // Clearing the search shows everything again.
    child<QLineEdit>(*d, "searchEdit")->clear();
    for (qint64 id = 1; id <= 7; ++id)
        QVERIFY(!item(*d, id)->isHidden());
}

void TestAssignmentDialog::recommendedListShowsCompetentOrganisationsFirst()
{
    auto d = newDialog();
    // Exact topic first, then the broader one; the inactive competent one is not offered.
    QCOMPARE(d->recommendedOrgIds(), (QList<qint64>{3, 2}));
    auto *list = child<QListWidget>(*d, "recommendedList");
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Броваритепловодоенергія")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("житлово-комунального")));
    // Marked in the tree too; others not.
    QVERIFY(item(*d, 3)->font(0).bold());
    QVERIFY(item(*d, 2)->font(0).bold());
    QVERIFY(!item(*d, 4)->font(0).bold());
    QVERIFY(item(*d, 3)->toolTip(0).contains(QStringLiteral("Recommended")));
    // The recommended list sits above the tree in the focus chain.
    QVERIFY(showAndActivate(d.get()));
    key(Qt::Key_Tab);
    QCOMPARE(focused(), list);
    key(Qt::Key_Space); // the first recommendation becomes the main executor
    QCOMPARE(d->draft().mainOrgId, qint64(3));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("main executor")));
}

void TestAssignmentDialog::okDisabledWithAReasonUntilValid()
{
    auto d = newDialog(QDate()); // no proposed term
    QVERIFY(showAndActivate(d.get()));
    auto *ok = child<QPushButton>(*d, "okButton");
    auto *reason = child<QLabel>(*d, "validationLabel");
    QVERIFY(!ok->isEnabled());
    QVERIFY(reason->text().contains(QStringLiteral("main executor")));
    QCOMPARE(ok->toolTip(), reason->text());
    QVERIFY(shot(d.get(), QStringLiteral("assignment_empty")));
    // Enter does nothing while invalid.
    key(Qt::Key_Return);
    QVERIFY(d->isVisible());
    QCOMPARE(d->result(), int(QDialog::Rejected));

    type(QStringLiteral("освіти"));
    key(Qt::Key_Down);
    QCOMPARE(focused(), child<QTreeWidget>(*d, "orgTree"));
    key(Qt::Key_Space);
    QCOMPARE(d->draft().mainOrgId, qint64(6));
    QVERIFY(!ok->isEnabled());
    QVERIFY(reason->text().contains(QStringLiteral("term")));
    QVERIFY(!d->draft().term.isValid());
    // The main executor is not competent for the topic: said, not forbidden.
    QVERIFY(child<QLabel>(*d, "executorsLabel")->text().contains(QStringLiteral("not registered")));

    QVERIFY(tabTo(QStringLiteral("termEdit")));
    key(Qt::Key_Up); // from "not chosen" to today
    QCOMPARE(d->draft().term, Today);
    QVERIFY(ok->isEnabled());
    QVERIFY(reason->text().isEmpty());
    key(Qt::Key_Return);
    QCOMPARE(d->result(), int(QDialog::Accepted));
}

void TestAssignmentDialog::termBeyondTheLegalMaximumImpossible()
{
    auto d = newDialog();
    QVERIFY(showAndActivate(d.get()));
    auto *term = child<QDateEdit>(*d, "termEdit");
    QCOMPARE(term->date(), DefaultTerm);
    QCOMPARE(term->maximumDate(), MaxTerm);
    QVERIFY(child<QLabel>(*d, "termHintLabel")->text().contains(QStringLiteral("20.04.2026")));
    QVERIFY(child<QLabel>(*d, "termHintLabel")->text().contains(QStringLiteral("45 days")));
    QVERIFY(tabTo(QStringLiteral("termEdit")));
    term->setDate(MaxTerm);
    key(Qt::Key_Up);
    key(Qt::Key_PageUp);
    QCOMPARE(term->date(), MaxTerm);
    // Typing a later date is not taken either.
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("21.05.2026"));
    key(Qt::Key_Tab);
    QVERIFY(term->date() <= MaxTerm);
    QVERIFY(d->draft().term <= MaxTerm);
    term->setDate(MaxTerm.addDays(30));
    QCOMPARE(d->draft().term, MaxTerm);
    // A default term past the maximum is cut to it.
    auto late = newDialog(MaxTerm.addDays(5));
    QCOMPARE(late->draft().term, MaxTerm);
}

void TestAssignmentDialog::routesByKeyboardOnly()
{
    auto d = newDialog();
    QVERIFY(showAndActivate(d.get()));
    type(QStringLiteral("тепло"));
    key(Qt::Key_Down); // into the tree, on the first match
    key(Qt::Key_Space);
    QCOMPARE(d->draft().mainOrgId, qint64(3));
    key(Qt::Key_Up); // its parent, Управління ЖКГ
    key(Qt::Key_Insert);
    QCOMPARE(d->draft().coOrgIds, (QList<qint64>{2}));
    // Back to the search, clear it, find Благоустрій by code, Ctrl+Space: co-executor too.
    QVERIFY(tabTo(QStringLiteral("searchEdit")));
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_Backspace);
    type(QStringLiteral("BBL"));
    key(Qt::Key_Down);
    key(Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(d->draft().coOrgIds, (QList<qint64>{2, 4}));
    QCOMPARE(item(*d, 4)->text(2), QStringLiteral("Co-executor"));
    QCOMPARE(item(*d, 3)->text(2), QStringLiteral("Main executor"));
    // A template, then our own words, by keyboard.
    QVERIFY(tabTo(QStringLiteral("templateCombo")));
    key(Qt::Key_Down);
    QCOMPARE(child<QComboBox>(*d, "templateCombo")->currentIndex(), 1);
    key(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("insertTemplateButton"));
    key(Qt::Key_Space);
    QCOMPARE(focused()->objectName(), QStringLiteral("instructionEdit"));
    type(QStringLiteral(" Строк — до 09.04."));
    key(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("termEdit"));
    QVERIFY(child<QPushButton>(*d, "okButton")->isEnabled());
    QVERIFY(shot(d.get(), QStringLiteral("assignment_routed")));
    key(Qt::Key_Return);
    QCOMPARE(d->result(), int(QDialog::Accepted));
    const RoutingDraft r = d->draft();
    QCOMPARE(r.mainOrgId, qint64(3));
    QCOMPARE(r.coOrgIds, (QList<qint64>{2, 4}));
    QCOMPARE(r.instruction,
             QStringLiteral("Check on site and reply to the citizen. Строк — до 09.04."));
    QCOMPARE(r.term, DefaultTerm);
}

void TestAssignmentDialog::mainIsNeverACoExecutor()
{
    auto d = newDialog();
    QVERIFY(showAndActivate(d.get()));
    type(QStringLiteral("BBL"));
    key(Qt::Key_Down);
    key(Qt::Key_Insert); // Благоустрій: co-executor
    QCOMPARE(d->draft().coOrgIds, (QList<qint64>{4}));
    key(Qt::Key_Space); // now the main executor: no longer a co-executor
    QCOMPARE(d->draft().mainOrgId, qint64(4));
    QVERIFY(d->draft().coOrgIds.isEmpty());
    key(Qt::Key_Insert); // refused, with a reason
    QVERIFY(d->draft().coOrgIds.isEmpty());
    QVERIFY(child<QLabel>(*d, "validationLabel")->text().contains(QStringLiteral("main executor")));
    QVERIFY(!(item(*d, 4)->flags() & Qt::ItemIsUserCheckable));
    // The inactive one cannot be chosen at all.
    QVERIFY(tabTo(QStringLiteral("searchEdit")));
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_Backspace);
    type(QStringLiteral("OLD"));
    key(Qt::Key_Down);
    key(Qt::Key_Space);
    QCOMPARE(d->draft().mainOrgId, qint64(4));
    QVERIFY(child<QLabel>(*d, "validationLabel")->text().contains(QStringLiteral("inactive")));
}

void TestAssignmentDialog::headEditsAProposal()
{
    auto d = newDialog();
    RoutingDraft proposal;
    proposal.mainOrgId = 2;
    proposal.coOrgIds = {3, 2, 7, 99, 4};
    proposal.instruction = QStringLiteral("  Перевірити та відповісти.  ");
    proposal.term = MaxTerm.addDays(3);
    d->setDraft(proposal);
    const RoutingDraft r = d->draft();
    QCOMPARE(r.mainOrgId, qint64(2));
    QCOMPARE(r.coOrgIds, (QList<qint64>{3, 4}));
    QCOMPARE(r.instruction, QStringLiteral("Перевірити та відповісти."));
    QCOMPARE(r.term, MaxTerm);
    QVERIFY(child<QLabel>(*d, "validationLabel")->text().contains(QStringLiteral("ліквідовано")));
    QVERIFY(child<QPushButton>(*d, "okButton")->isEnabled());
    QVERIFY(showAndActivate(d.get()));
    QVERIFY(shot(d.get(), QStringLiteral("assignment_head_edit")));
    key(Qt::Key_Escape);
    QCOMPARE(d->result(), int(QDialog::Rejected));
    QVERIFY(!d->isVisible());
}

QTEST_MAIN(TestAssignmentDialog)
#include "tst_assignmentdialog.moc"
