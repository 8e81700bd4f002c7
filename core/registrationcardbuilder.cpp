#include "registrationcardbuilder.h"

#include "deadlinecalculator.h"
#include "phonenumber.h"
#include "repeatrules.h"

namespace {
QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString coded(const IntakeReference &r, const QString &section, const QString &code)
{
    if (code.isEmpty())
        return {};
    const QString name = r.name(section, code);
    return name.isEmpty() ? code : QStringLiteral("%1 %2").arg(code, name);
}
} // namespace

namespace RegistrationCardBuilder {

RegistrationCard fromAppeal(const Appeal &a, const IntakeReference &r)
{
    const AppealInput &in = a.input;
    RegistrationCard c;
    // On control while the case is open (registered and later, until closed).
    c.controlMark = RepeatRules::isOpen(a.status) ? QStringLiteral("К") : QString();
    c.regIndex = a.regIndex;
    c.registeredOn = date(DeadlineCalculator::kyivDate(a.registeredAt));
    c.receivedOn = date(DeadlineCalculator::kyivDate(in.receivedAt));
    c.signedOn = c.receivedOn;
    c.authorName = in.author.fullName();
    c.authorAddress = in.author.address;
    c.authorPhone = in.author.phone.startsWith(QLatin1Char('+'))
                        ? PhoneNumber::format(in.author.phone)
                        : in.author.phone;
    c.authorEmail = in.author.email;
    QStringList categories;
    for (const QString &code : in.author.categories)
        categories << coded(r, QStringLiteral("author"), code);
    c.authorCategory = categories.join(QStringLiteral("; "));
    c.socialStatus = coded(r, QStringLiteral("social"), in.author.socialCode);
    c.sex = coded(r, QStringLiteral("sex"), in.author.sexCode);
    c.kind = coded(r, QStringLiteral("kind"), in.kindCode);
    c.subject = coded(r, QStringLiteral("subject"), in.subjectCode);
    if (in.subjectCode == QLatin1String("5.2"))
        c.subject += QStringLiteral(" (%1)").arg(in.signatories);
    c.arrival = coded(r, QStringLiteral("arrival"), a.arrivalCode);
    c.form = coded(r, QStringLiteral("form"), AppealKeys::formCode(in.channel));
    c.type = coded(r, QStringLiteral("type"), AppealKeys::typeCode(in.channel));
    QStringList earlier;
    for (const AppealLink &l : a.links)
        earlier << l.regIndex;
    c.earlierAppeals = earlier.join(QStringLiteral(", "));
    QStringList topics{coded(r, QStringLiteral("topic"), in.topicCode)};
    for (const QString &t : in.extraTopicCodes)
        topics << coded(r, QStringLiteral("topic"), t);
    topics.removeAll(QString());
    c.topics = topics.join(QStringLiteral("; "));
    c.summary = in.summary;
    c.problemAddress = in.problemAddress;
    if (a.dueDate)
        c.termOfExecution = date(*a.dueDate);
    c.termReason = a.dueReason;
    c.priority = a.priority;
    if (!in.forwardTo.isEmpty())
        c.movements.append(
            {in.forwardTo, c.registeredOn, QString(), AppealKeys::statusName(a.status)});
    if (!a.statusReason.isEmpty())
        c.progressNotes << a.statusReason;
    return c;
}

} // namespace RegistrationCardBuilder
