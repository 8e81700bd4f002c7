#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

// How an appeal reached the centre (the form of receipt is derived from it, classifier 1.x).
enum class Channel { Phone, Email, Web, Visit, Post };

// Lifecycle of a case; the text keys are the database's `appeal.status` values.
enum class AppealStatus {
    Draft,
    Consultation,
    Registered,
    RoutingProposed,
    Approved,
    InProgress,
    Replied,
    Callback,
    Rework,
    Closed,
    Forwarded,
    Returned,
    NotConsidered
};

// What the operator decided at first contact (issue: outcomes at intake).
enum class IntakeOutcome { Register, Consultation, Forward, Return, NotConsidered };

namespace AppealKeys {
QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(const QString &key);
QString channelName(Channel channel); // translated
QString statusKey(AppealStatus status);
std::optional<AppealStatus> statusFromKey(const QString &key);
QString statusName(AppealStatus status); // translated
QString outcomeKey(IntakeOutcome outcome);
std::optional<IntakeOutcome> outcomeFromKey(const QString &key);
// Written/electronic channels need a name and a residence, else the appeal is anonymous
// (art. 5, 8); oral ones (phone, visit) are written down by the operator.
bool isWrittenOrElectronic(Channel channel);
// Classifier 1.x form of receipt and 6.x type for a channel.
QString formCode(Channel channel);
QString typeCode(Channel channel);
} // namespace AppealKeys

struct AppealAuthor {
    QString surname;
    QString firstName;
    QString patronymic;
    QString phone; // as typed; normalised by PhoneNumber
    QString email;
    QString address; // residence, free text ("вул. Київська, 12, кв. 5, Бровари")
    QString sexCode;        // 4.x
    QStringList categories; // 7.x
    QString socialCode;     // 8.x

    QString fullName() const;
    bool hasName() const { return !surname.trimmed().isEmpty(); }
};

// Everything the operator knows at intake; the same structure comes from the form, from
// `kontaktctl appeal add` JSON and from e-mail intake.
struct AppealInput {
    Channel channel = Channel::Phone;
    QDateTime receivedAt;
    AppealAuthor author;
    qint64 callerId = 0; // an existing caller the operator picked (0: find or create)
    QString kindCode = QStringLiteral("3.2");
    QString subjectCode = QStringLiteral("5.1");
    int signatories = 1;
    QString topicCode;
    QStringList extraTopicCodes;
    QString summary;
    QString fullText;
    QString problemAddress;
    bool needsStudy = false;
    bool confidential = false;
    bool consentUpdates = false;
    IntakeOutcome outcome = IntakeOutcome::Register;
    QString reason;    // return / not considered
    QString forwardTo; // forward by competence (art. 7)
    QDate forwardedOn;
    bool authorNotified = false;
    qint64 coApplicantOf = 0; // "same problem": attach to this existing case
    qint64 kbArticleId = 0;   // a consultation answered from this knowledge-base article
    qint64 mailId = 0;        // registered from this message of the Incoming e-mail queue
    QUuid idempotencyKey;
};

struct AppealLink {
    QString kind; // repeated, duplicate, related
    qint64 appealId = 0;
    QString regIndex;
};

// A stored appeal as the card, the CLI and the lists see it.
struct Appeal {
    qint64 id = 0;
    QString regIndex;
    AppealStatus status = AppealStatus::Registered;
    QString arrivalCode = QStringLiteral("2.1");
    bool priority = false;
    std::optional<QDate> dueDate;
    QString dueReason;
    QDateTime registeredAt;
    QString operatorLogin;
    QString statusReason;
    QList<AppealLink> links;
    AppealInput input;
    int version = 1;
};
