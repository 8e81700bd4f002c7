#pragma once

#include "incomingmail.h"

#include <QAbstractTableModel>
#include <optional>

// The Incoming e-mail queue as a table: one row per stored message (oldest waiting first, as the
// repository gives them). Semantic roles say what a row is; the window decides how it looks. It
// knows no database: the controller fills it.
class IncomingMailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Received, From, Subject, Files, Status, CaseIndex, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,     // the status key ("review")
        KindRole,       // normal, auto_reply, bounce, spam
        AppealIdRole,   // qint64, 0 until registered or attached
        RawValueRole,   // the value behind the text (dates as QDateTime, counts as int)
        NeedsReviewRole // bool: broken MIME, check against the original
    };

    explicit IncomingMailModel(QObject *parent = nullptr);

    void setMessages(const QList<IncomingMail> &messages);
    const QList<IncomingMail> &messages() const { return m_rows; }
    std::optional<IncomingMail> message(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<IncomingMail> m_rows;
};
