#pragma once

#include <QObject>
#include <functional>

// Passwords live only in the OS keychain (QtKeychain, no plain-text fallback). Without a
// keychain the desk simply asks every time.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    explicit PasswordStore(QObject *parent = nullptr);

    static bool isAvailable();
    // `done` gets the stored password or an empty string.
    void read(const QString &key, std::function<void(QString)> done);
    void write(const QString &key, const QString &password);
    void remove(const QString &key);
};
