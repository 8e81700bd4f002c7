#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Plain values that the routing and control dialogs take and give back. The dialogs know no
// database: the caller fills these from its repositories and stores what comes back.

// An organisation (city department, utility, district office) that can execute an appeal.
struct OrgChoice {
    qint64 id = 0;
    qint64 parentId = 0; // 0 = top level
    QString code, name, kind;
    QStringList topicCodes; // classifier topics it is competent for ("009" covers "009.001")
    bool active = true;     // inactive ones are shown greyed and cannot be chosen
};

// The routing of one appeal as proposed by the operator or edited by the head.
struct RoutingDraft {
    qint64 mainOrgId = 0;
    QList<qint64> coOrgIds; // never contains mainOrgId; in the order of the organisation list
    QString instruction;    // trimmed
    QDate term;
};

// One attached file held in memory (the database stores it with its size, type and hash).
struct AttachmentFile {
    QString fileName, mimeType;
    QByteArray data;
    QByteArray sha256Hex; // lower-case hex of SHA-256(data)
    qint64 id = 0;        /* 0 = new */
    qint64 size() const { return data.size(); }
};

// The executor's reply.
struct ReplyDraft {
    QString result; /* done|explained|refused|impossible_now */
    QString text, answerIndex;
    QDate answerDate; // invalid when no outgoing letter is given
    QList<AttachmentFile> files;
};

// One callback to the citizen.
struct CallbackDraft {
    bool reached = false;
    QString outcome; /* confirmed|partly|not_done or empty */
    int rating = 0;  // 1-5, 0 = not given
    QString comment;
    bool sendToRework = false;
    QString citizenWords;
    QDate reworkTerm; // invalid = the current term is kept
    int attempt = 0;  // the number of this attempt (previous attempts + 1)
};

struct ExtensionRequestDraft {
    QDate requestedDue;
    QString reason;
};

struct ExtensionDecisionDraft {
    bool granted = false;
    QDate due; // the granted term; invalid when refused
    QString note;
    bool authorNotified = false;
};

// An on-site inspection (regulation 3.7).
struct InspectionDraft {
    QString inspector;
    QDateTime inspectedAt;
    QString findings;
    QList<AttachmentFile> photos;
};

// An instruction (доручення) of the mayor or a deputy mayor.
struct InstructionDraft {
    QString number, authorName, text;
    QDate dueDate;
    QStringList regIndexes;
};

// One instruction as the list shows it.
struct InstructionRow {
    qint64 id = 0;
    int version = 0;
    QString number, authorName, text, status; // status: open, done, cancelled
    QDate dueDate;
    QDateTime issuedAt;
    QStringList regIndexes;
};
