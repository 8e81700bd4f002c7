#pragma once

#include "incomingmail.h"

#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class IncomingMailModel;
class QSortFilterProxyModel;
namespace Ui {
class IncomingMailWindow;
}

// View ▸ Incoming e-mail: the letters the mail service took from the centre's mailbox. Waiting
// ones (oldest first: the legal term runs from receipt) are registered with the intake form;
// one that is not an appeal is taken out with a reason. Bounces, auto-replies and spam are
// listed apart. Knows no database: the controller loads the rows and carries out the requests.
class IncomingMailWindow : public QWidget
{
    Q_OBJECT
public:
    explicit IncomingMailWindow(QWidget *parent = nullptr);
    ~IncomingMailWindow() override;

    void setMessages(const QList<IncomingMail> &messages);
    // The selected letter with its text and files (loaded on selection).
    void setDetails(const IncomingMail &mail);
    void showMessage(const QString &text, bool error);
    IncomingMailFilter filter() const;
    std::optional<IncomingMail> selected() const;
    bool select(qint64 id);
    IncomingMailModel *model() const { return m_model; }

signals:
    void filterChanged(const IncomingMailFilter &filter);
    void refreshRequested();
    void detailsRequested(qint64 id);
    void registerRequested(qint64 id);
    void discardRequested(qint64 id, const QString &reason, int version);
    void saveOriginalRequested(qint64 id, const QString &path);
    void saveFileRequested(qint64 attachmentId, const QString &path);
    void openCaseRequested(qint64 appealId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void selectionChanged();
    void activateCurrent();
    void discardCurrent();
    void saveOriginal();
    void saveFile();
    void saveLayout() const;
    void restoreLayout();

    std::unique_ptr<Ui::IncomingMailWindow> ui;
    IncomingMailModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer m_searchTimer;
    qint64 m_detailsId = 0;
};
