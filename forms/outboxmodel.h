#pragma once

#include "outboxmessage.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

// The outbox as a table: one row per message, newest first as the repository gives them. The
// model says what a row is (semantic roles, raw values for sorting); the window decides how it
// looks. It knows no database: the controller fills it.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Created,
        Kind,
        Recipient,
        Subject,
        CaseIndex,
        Status,
        Attempts,
        SentAt,
        LastError,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        AppealIdRole, // qint64, 0 when the message is about no case
        KindRole,     // the kind's key ("escalation_2")
        StatusRole,   // the status key ("failed")
        RawValueRole, // the value behind the text (dates as QDateTime, attempts as int)
        VersionRole   // for the retry's version check
    };

    explicit OutboxModel(QObject *parent = nullptr);

    void setMessages(const QList<OutboxMessage> &messages);
    const QList<OutboxMessage> &messages() const { return m_rows; }
    std::optional<OutboxMessage> message(int row) const;
    // The row of a message id, -1 when it is not listed.
    int rowOf(qint64 id) const;

    // Translated words for the keys the database stores.
    static QString kindName(const QString &kind);
    static QString statusName(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<OutboxMessage> m_rows;
};
