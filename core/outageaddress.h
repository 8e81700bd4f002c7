#pragma once

#include <QList>
#include <QString>
#include <optional>

// A house number as people write it: "12", "12-А", "12А", "12 а", "12a" (Latin), "12/1",
// "12 корп. 2". The letter is folded to Cyrillic lower case ("а"), a fraction kept as "/1", a
// building as "к2".
struct HouseNumber {
    int number = 0;
    QString suffix;

    bool isValid() const { return number > 0; }
    static HouseNumber parse(const QString &text);
    QString toString() const;
    bool operator==(const HouseNumber &o) const { return number == o.number && suffix == o.suffix; }
};

// The houses an outage covers, as utilities write them: "1-15 непарні", "2, 4, 6-10",
// "12-А", "з 1 по 9", "парна сторона", "вся вулиця" or nothing at all (the whole street).
// A single number covers exactly that building ("12" is not "12-А"); a range covers every
// building whose number is within it (12-А and 12/1 are within 10-14).
class HouseRangeSpec
{
public:
    enum class Parity { Any, Odd, Even };
    struct Item {
        int from = 0;
        int to = 0;
        QString suffix; // single buildings only
        Parity parity = Parity::Any;
        bool single = false;
    };

    // nullopt and *error (Ukrainian, for import messages) when a part cannot be read.
    static std::optional<HouseRangeSpec> parse(const QString &text, QString *error = nullptr);

    bool wholeStreet() const { return m_items.isEmpty(); }
    bool matches(const HouseNumber &house) const;
    const QList<Item> &items() const { return m_items; }

private:
    QList<Item> m_items; // empty: every house
};

namespace OutageAddress {
// The street without its type word ("вул.", "вулиця", "провулок", "просп." …) and the
// locality, each word stemmed: "вул. Київська" and "на Київській вулиці" give the same key.
QString streetKey(const QString &street);

struct Parsed {
    QString street; // as written, without the house and flat
    QString streetKey;
    HouseNumber house;
};
// "вул. Київська, 12-А, кв. 5", "Київська 12а кв 5", "Гетьмана Мазепи 3/1".
Parsed parse(const QString &address);
} // namespace OutageAddress
