#pragma once

#include "disciplinereport.h"

#include <QWidget>
#include <memory>

class DisciplineTableModel;
class DisciplineCasesModel;
class QSortFilterProxyModel;
class QTableView;
namespace Ui {
class DisciplineWindow;
}

// Reports ▸ Executive discipline: the figures per organisation and per executor for a period,
// worst first, and the drill-down: a figure (double-click or Enter) lists the cases it is made
// of, and a case opens its card. Knows no database: the controller reads and fills it.
class DisciplineWindow : public QWidget
{
    Q_OBJECT
public:
    DisciplineWindow(const QDate &from, const QDate &to, QWidget *parent = nullptr);
    ~DisciplineWindow() override;

    QDate from() const;
    QDate to() const;
    void setData(const DisciplineReportData &data);
    void setCases(const QList<DisciplineCase> &cases, int limit);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);

    DisciplineTableModel *organisations() const { return m_organisations; }
    DisciplineTableModel *executors() const { return m_executors; }
    DisciplineCasesModel *cases() const { return m_cases; }
    // Drill down from a cell of the organisations (executors = false) or executors table.
    void drillDown(bool executors, int row, DisciplineCategory category);

    static constexpr int CaseLimit = 500;

signals:
    void periodRequested(const QDate &from, const QDate &to);
    void casesRequested(qint64 orgId, const QString &executorLogin, DisciplineCategory category);
    void exportRequested(const QDate &from, const QDate &to);
    void openCaseRequested(qint64 appealId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpTable(QTableView *view, QSortFilterProxyModel *proxy, bool executors);
    void requestCases();
    QString categoryName(DisciplineCategory category) const;

    std::unique_ptr<Ui::DisciplineWindow> ui;
    DisciplineTableModel *m_organisations;
    DisciplineTableModel *m_executors;
    DisciplineCasesModel *m_cases;
    QSortFilterProxyModel *m_organisationsProxy;
    QSortFilterProxyModel *m_executorsProxy;
    QSortFilterProxyModel *m_casesProxy;
    bool m_drillExecutors = false;
    int m_drillRow = -1; // in the model (not the proxy)
};
