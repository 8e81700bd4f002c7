#pragma once

#include "caseactions.h"
#include "casedetails.h"
#include "deadlinestatus.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <memory>

class QPushButton;
namespace Ui {
class CaseCardWindow;
}

// The case card: the whole case on one screen (card, executors, replies and calls, history),
// the actions the person may take now as buttons with shortcuts, and who else has the case
// open. It shows what it is given and asks for actions by signal; the app does the work.
class CaseCardWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CaseCardWindow(QWidget *parent = nullptr);
    ~CaseCardWindow() override;

    void setCalendar(const WorkingCalendar &calendar) { m_calendar = calendar; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Classifier names for codes (topic, result) in the card.
    void setNames(const QHash<QString, QString> &codeNames) { m_names = codeNames; }

    void showCase(const CaseDetails &details, const QList<HistoryEvent> &history,
                  const QList<CaseAction> &actions);
    const CaseDetails &details() const { return m_details; }
    qint64 appealId() const { return m_details.id; }
    // Others who have the case open now ("Full Name, Full Name"); empty hides the banner.
    void setPresence(const QString &others);
    // While an action runs, the buttons wait; a message says what happened afterwards.
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    QPushButton *actionButton(CaseAction action) const;
    // Printing the card needs the registration card printer (desks that register).
    void setPrintAvailable(bool available);
    // Files of the case, its replies and inspections: (id, "name — size, whose").
    void setAttachments(const QList<QPair<qint64, QString>> &files);
    // Opens a file the app fetched (a copy in a private temporary folder).
    void openFile(const QString &fileName, const QByteArray &data);

signals:
    void actionRequested(CaseAction action);
    void printRequested();
    void reloadRequested();
    void attachmentRequested(qint64 attachmentId);
    void closed(qint64 appealId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fillDetails();
    void fillExecutors();
    void fillReplies();
    void fillHistory(const QList<HistoryEvent> &history);
    void fillActions(const QList<CaseAction> &actions);
    QString name(const QString &code) const;

    std::unique_ptr<Ui::CaseCardWindow> ui;
    CaseDetails m_details;
    WorkingCalendar m_calendar;
    std::function<QDateTime()> m_clock;
    QHash<QString, QString> m_names;
    QHash<int, QPushButton *> m_buttons;
};
