#include "users/ServerLogin.h"

#include "database/CompanyDatabase.h"
#include "database/data/Database.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlError>
#include <QUrl>

namespace shopdesk {

QString ServerLogin::nameOf(const QString &database, const QString &userName)
{
    // Only ASCII letters fold, as the users table's NOCASE does: two names it tells apart stay
    // two logins. The same fold as the owner's function (ServerRoles).
    QString folded = userName;
    for (QChar &c : folded)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    return database + u'.' + folded;
}

bool ServerLogin::isPersonalAddress(const QString &location)
{
    return Database::isServerUrl(location) && QUrl(location).userName().isEmpty();
}

QString ServerLogin::addressOf(const QString &personalAddress, const QString &userName, const QString &password)
{
    QUrl address(personalAddress);
    address.setUserName(nameOf(address.path().mid(1), userName));
    address.setPassword(password);
    return address.toString();
}

QString ServerLogin::gateOf(const QString &database)
{
    return database + QStringLiteral("_gate");
}

Result<std::shared_ptr<Database>> ServerLogin::open(const QString &personalAddress, const QString &userName,
                                                    const QString &password, bool migrate)
{
    QUrl gateAddress(personalAddress);
    const QString gateName = gateOf(gateAddress.path().mid(1));
    gateAddress.setUserName(gateName);
    gateAddress.setPassword(gateName);
    auto gate = Database::open(gateAddress.toString());
    if (gate) { // a server set up before the gate existed has none: then nothing is counted
        QSqlQuery opens = (*gate)->query();
        Database::execPrepared(opens, QStringLiteral("SELECT shopdesk_sign_in_opens(?)"), {userName});
    }
    auto opened = CompanyDatabase::open(addressOf(personalAddress, userName, password), migrate);
    if (opened || !opened.failure().refusedPassword || !gate)
        return opened;
    QSqlQuery counted = (*gate)->query();
    if (!Database::execPrepared(
            counted, QStringLiteral("SELECT attempts_left, lock_minutes FROM shopdesk_sign_in_refused(?)"), {userName})
        || !counted.next() || counted.value(0).isNull())
        return opened;
    // The words AuthService::login says on a file.
    const QString wrong = QCoreApplication::translate("AuthService", "Wrong user name or password.");
    const int left = counted.value(0).toInt();
    if (left > 0)
        return fail(wrong + QLatin1Char(' ')
                    + QCoreApplication::translate("AuthService", "%n attempt(s) left before the account is locked.",
                                                  nullptr, left));
    return fail(
        QCoreApplication::translate("AuthService", "Too many wrong passwords: the account %1 is locked for %2 minutes.")
            .arg(userName)
            .arg(counted.value(1).toInt()));
}

QString ServerLogin::scramVerifier(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return scramVerifier(password, salt, 4096); // the iterations PostgreSQL itself uses
}

QString ServerLogin::scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    // The server prepares a password with SASLprep before hashing it; for the passwords DB-03
    // allows NFKC is what that amounts to (ASCII is unchanged).
    const QByteArray prepared = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, prepared, salt, iterations, 32);
    const auto hmac = [&](const char *text) {
        return QMessageAuthenticationCode::hash(QByteArray(text), salted, QCryptographicHash::Sha256);
    };
    const QByteArray storedKey = QCryptographicHash::hash(hmac("Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac("Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

bool ServerLogin::isSetUp(Database &db)
{
    if (!db.isOnServer())
        return false;
    QSqlQuery q = db.query();
    return q.exec(QStringLiteral("SELECT to_regprocedure('public.%1(text, text)') IS NOT NULL")
                      .arg(QLatin1String(kSyncFunction)))
        && q.next() && q.value(0).toBool();
}

Status ServerLogin::keep(Database &db, const QString &userName, const QString &password)
{
    if (!isSetUp(db))
        return success();
    QSqlQuery q = db.query();
    const QVariant verifier = password.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : scramVerifier(password);
    if (!q.prepare(QStringLiteral("SELECT %1(?, ?)").arg(QLatin1String(kSyncFunction))))
        return Database::failure(q);
    Database::addBindValues(q, {userName, verifier});
    if (q.exec())
        return success();
    if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
        return fail(password.isEmpty()
                        ? tr("Only a database administrator's own login makes %1 a database administrator on the "
                             "server.")
                              .arg(userName)
                        : tr("Only %1 or a database administrator may set the password of %1 on the server: "
                             "sign in to the server as yourself.")
                              .arg(userName));
    return Database::failure(q);
}

} // namespace shopdesk
