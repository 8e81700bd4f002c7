#include "passwordstore.h"

#ifdef KONTAKT_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace {
const char *const kService = "kontakt";
}

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{}

bool PasswordStore::isAvailable()
{
#ifdef KONTAKT_HAVE_KEYCHAIN
    // Tests and kiosks can switch it off; a desk without a secret service just asks.
    return qgetenv("KONTAKT_NO_KEYCHAIN").isEmpty();
#else
    return false;
#endif
}

void PasswordStore::read(const QString &key, std::function<void(QString)> done)
{
#ifdef KONTAKT_HAVE_KEYCHAIN
    if (isAvailable()) {
        auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService), this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
            done(read->error() == QKeychain::NoError ? read->textData() : QString());
        });
        job->start();
        return;
    }
#endif
    done(QString());
}

void PasswordStore::write(const QString &key, const QString &password)
{
#ifdef KONTAKT_HAVE_KEYCHAIN
    if (!isAvailable())
        return;
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    job->start();
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
#endif
}

void PasswordStore::remove(const QString &key)
{
#ifdef KONTAKT_HAVE_KEYCHAIN
    if (!isAvailable())
        return;
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
#else
    Q_UNUSED(key)
#endif
}
