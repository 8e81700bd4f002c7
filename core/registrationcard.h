#pragma once

#include <QList>
#include <QString>

// The registration-and-control card (РКК) of the Instruction (Cabinet resolution No. 348,
// LAW.md §3) as printable text: every value already formatted, so that the printer needs no
// database and no rules. Empty strings print as blank lines to fill in by hand.
struct RegistrationCard {
    // Front side
    QString controlMark;  // "К" when on control, else empty
    QString regIndex;     // К-1234
    QString registeredOn; // dd.MM.yyyy
    QString receivedOn;   // date of receipt
    QString signedOn;     // date of the call or of signing
    QString authorName;   // correspondent
    QString authorAddress;
    QString authorPhone;
    QString authorEmail;
    QString authorCategory; // 7.x names
    QString socialStatus;   // 8.x name
    QString sex;            // 4.x name
    QString kind;           // 3.x name
    QString subject;        // 5.x name (+ signatories for collective)
    QString arrival;        // 2.x name (primary, repeated, ...)
    QString form;           // 1.x name
    QString type;           // 6.x name
    QString sourceOrg;      // where it came from, that body's date and index
    QString earlierAppeals; // reg indexes of linked earlier appeals
    QString topics;         // "009 Комунальне господарство; ..."
    QString summary;
    QString problemAddress;
    QString resolution;      // instruction text, its author and date
    QString termOfExecution; // due date
    QString termReason;      // why that date
    bool priority = false;

    // Reverse side
    struct Movement {
        QString executor; // organisation / person
        QString handedOverOn;
        QString term;
        QString note;
    };
    QList<Movement> movements;
    QStringList progressNotes;
    QStringList controlMarks; // extensions and other control notes
    QString checkedOnSite;    // date, by whom
    QString answer;           // date and index of the answer, its addressee
    QString result;           // 9.x name
    QString takenOffControl;  // by whom, when
    QString caseFile;         // case file number, volume, sheets
};
