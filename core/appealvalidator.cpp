#include "appealvalidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AppealValidator", text);
}

bool hasControlChars(const QString &text, bool multiline)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (multiline && (u == '\n' || u == '\t' || u == '\r'))
            continue;
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

// The shape of a code of each classifier section (its existence is checked by the database).
bool hasCodeShape(const char *section, const QString &code)
{
    static const QHash<QString, QRegularExpression> shapes{
        {QStringLiteral("sex"), QRegularExpression(QStringLiteral("^4(\\.[0-9]+)+$"))},
        {QStringLiteral("kind"), QRegularExpression(QStringLiteral("^3(\\.[0-9]+)+$"))},
        {QStringLiteral("subject"), QRegularExpression(QStringLiteral("^5(\\.[0-9]+)+$"))},
        {QStringLiteral("author"), QRegularExpression(QStringLiteral("^7(\\.[0-9]+)+$"))},
        {QStringLiteral("social"), QRegularExpression(QStringLiteral("^8(\\.[0-9]+)+$"))},
        {QStringLiteral("topic"), QRegularExpression(QStringLiteral("^[0-9]{3}(\\.[0-9]+)*$"))},
    };
    return shapes.value(QString::fromLatin1(section)).match(code).hasMatch();
}
} // namespace

namespace AppealValidator {

bool isAnonymous(const AppealInput &in)
{
    return AppealKeys::isWrittenOrElectronic(in.channel) &&
           (in.author.surname.trimmed().isEmpty() || in.author.address.trimmed().isEmpty());
}

IntakeOutcome effectiveOutcome(const AppealInput &in)
{
    if (isAnonymous(in) && in.outcome == IntakeOutcome::Register)
        return IntakeOutcome::NotConsidered;
    return in.outcome;
}

QString anonymousReason()
{
    return tr("Anonymous written appeal: no author's name or residence (art. 8 of the Law on "
              "citizens' appeals)");
}

QString sanitized(const QString &text, bool multiline, bool *changed)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool keep = (multiline && (u == '\n' || u == '\t')) || (u >= 0x20 && u != 0x7f);
        if (keep)
            out += c;
        else if (!multiline && (u == '\n' || u == '\t'))
            out += QLatin1Char(' ');
    }
    out = multiline ? out.trimmed() : out.simplified();
    if (changed)
        *changed = out != text;
    return out;
}

QList<FieldError> validate(const AppealInput &in, const QDateTime &now)
{
    QList<FieldError> errors;
    auto add = [&](const char *field, const QString &message) {
        errors.append({QString::fromLatin1(field), message});
    };
    auto limit = [&](const char *field, const QString &value, int max, bool multiline = false) {
        if (value.size() > max)
            add(field, tr("Too long: %1 characters, at most %2.").arg(value.size()).arg(max));
        else if (hasControlChars(value, multiline))
            add(field, tr("Contains control characters; retype or paste plain text."));
    };
    const AppealAuthor &a = in.author;
    limit("author.last_name", a.surname, kNameMax);
    limit("author.first_name", a.firstName, kNameMax);
    limit("author.patronymic", a.patronymic, kNameMax);
    limit("author.address", a.address, kAddressMax);
    limit("author.phone", a.phone, kPhoneMax);
    limit("author.email", a.email, kEmailMax);
    limit("summary", in.summary, kSummaryMax, true);
    limit("text", in.fullText, kFullTextMax, true);
    limit("problem_address", in.problemAddress, kAddressMax);
    limit("reason", in.reason, kReasonMax, true);
    limit("forward_to", in.forwardTo, kForwardToMax);

    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!a.email.trimmed().isEmpty() && !email.match(a.email.trimmed()).hasMatch())
        add("author.email", tr("Not an e-mail address."));

    if (!in.receivedAt.isValid())
        add("received_at", tr("Enter the date and time of receipt."));
    else if (in.receivedAt > now.addSecs(5 * 60))
        add("received_at", tr("The time of receipt is in the future."));
    else if (in.receivedAt.date().year() < 2000)
        add("received_at", tr("The date of receipt is too early."));

    auto code = [&](const char *field, const char *section, const QString &value, bool required) {
        if (value.isEmpty()) {
            if (required)
                add(field, tr("Choose a value."));
        } else if (!hasCodeShape(section, value)) {
            add(field, tr("Unknown classifier code \"%1\".").arg(value));
        }
    };
    const IntakeOutcome outcome = effectiveOutcome(in);
    code("kind", "kind", in.kindCode, outcome != IntakeOutcome::Consultation);
    code("subject", "subject", in.subjectCode, outcome != IntakeOutcome::Consultation);
    code("author.sex", "sex", a.sexCode, false);
    code("author.social_status", "social", a.socialCode, false);
    for (const QString &c : a.categories)
        code("author.categories", "author", c, false);
    code("topic", "topic", in.topicCode, true);
    for (const QString &c : in.extraTopicCodes)
        code("topic", "topic", c, false);

    if (in.subjectCode == QLatin1String("5.2") && in.signatories < 2)
        add("signatories", tr("A collective appeal has at least 2 signatories."));
    if (in.signatories < 1 || in.signatories > 1000000)
        add("signatories", tr("The number of signatories must be from 1 to 1 000 000."));

    switch (outcome) {
    case IntakeOutcome::Register:
        if (in.summary.trimmed().isEmpty())
            add("summary", tr("Write the substance of the appeal."));
        if (in.channel == Channel::Email && a.email.trimmed().isEmpty())
            add("author.email",
                tr("An electronic appeal needs the author's e-mail for the answer."));
        break;
    case IntakeOutcome::Consultation:
        if (in.summary.trimmed().isEmpty())
            add("summary", tr("Write what the caller asked."));
        break;
    case IntakeOutcome::Forward:
        if (in.forwardTo.trimmed().isEmpty())
            add("forward_to", tr("Name the body the appeal is forwarded to (art. 7)."));
        if (in.summary.trimmed().isEmpty())
            add("summary", tr("Write the substance of the appeal."));
        break;
    case IntakeOutcome::Return:
    case IntakeOutcome::NotConsidered:
        if (in.reason.trimmed().isEmpty() && !isAnonymous(in))
            add("reason", tr("Give the reason; the author will be told."));
        break;
    }
    return errors;
}

} // namespace AppealValidator
