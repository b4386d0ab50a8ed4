#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <string>
#include <unordered_map>

// Sentry's AUTH_PASSWORD_VALIDATORS with Django 4.2's semantics. Python works on code points, so
// the password is decoded into a UTF-32 buffer that is wiped before returning; the Unicode
// properties Python uses (str.lower, isdigit, isspace, \w) are rebuilt from Qt's tables, which
// carry the same Unicode version (15.1) as Debian 13's Python 3.13.
namespace {

Q_LOGGING_CATEGORY(lcPolicy, "useradmin.domain.passwordpolicy", QtWarningMsg)

using Text = std::u32string;

// Overwrites a transient copy of the password.
void wipe(Text &text)
{
    std::fill(text.begin(), text.end(), U'\0');
}

void wipe(QString &text)
{
    text.fill(QChar(0));
}

Text toCodePoints(QStringView text)
{
    Text out;
    out.reserve(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            out.push_back(c.unicode());
        }
    }
    return out;
}

// Python's str.isspace (what str.strip() removes): categories Zs, Zl, Zp and bidi classes
// WS, B, S; QChar::isSpace misses U+001C..U+001F.
bool isPythonSpace(char32_t cp)
{
    return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Python's \w: str.isalnum() or "_", which is exactly Qt's letter-or-number categories.
bool isPythonWord(char32_t cp)
{
    return cp == U'_' || QChar::isLetterOrNumber(cp);
}

// CPython's _PyUnicode_IsCased, approximated: a letter with case, or anything with a case mapping.
bool isCased(char32_t cp)
{
    return QChar::isLower(cp) || QChar::isUpper(cp) || QChar::isTitleCase(cp) ||
           QChar::toLower(cp) != cp || QChar::toUpper(cp) != cp;
}

// CPython's _PyUnicode_IsCaseIgnorable: Mn, Me, Cf, Lm, Sk, and Word_Break MidLetter,
// MidNumLet and Single_Quote.
bool isCaseIgnorable(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Letter_Modifier:
    case QChar::Symbol_Modifier:
        return true;
    default:
        break;
    }
    switch (cp) {
    case 0x27:
    case 0x2E:
    case 0x3A:
    case 0xB7:
    case 0x387:
    case 0x55F:
    case 0x5F4:
    case 0x2018:
    case 0x2019:
    case 0x2024:
    case 0x2027:
    case 0xFE13:
    case 0xFE52:
    case 0xFE55:
    case 0xFF07:
    case 0xFF0E:
    case 0xFF1A:
        return true;
    default:
        return false;
    }
}

// Python's str.lower(): full lowercase mappings (U+0130 becomes two code points) and the
// Final_Sigma rule, which QString::toLower does not apply.
Text pythonLower(const Text &text)
{
    Text out;
    out.reserve(text.size() + 4);
    for (size_t i = 0; i < text.size(); ++i) {
        const char32_t cp = text[i];
        if (cp == 0x3A3) {
            size_t j = i;
            while (j > 0 && isCaseIgnorable(text[j - 1])) {
                --j;
            }
            bool finalSigma = j > 0 && isCased(text[j - 1]);
            if (finalSigma) {
                size_t k = i + 1;
                while (k < text.size() && isCaseIgnorable(text[k])) {
                    ++k;
                }
                finalSigma = k == text.size() || !isCased(text[k]);
            }
            out.push_back(finalSigma ? 0x3C2 : 0x3C3);
            continue;
        }
        if (cp < 0x80) {
            out.push_back(cp >= U'A' && cp <= U'Z' ? cp + 32 : cp);
            continue;
        }
        // Through QString for the multi-character special casings; never for the password as a
        // whole, so no long-lived copy arises.
        QString one = QStringView(QChar::fromUcs4(cp)).toString().toLower();
        const Text mapped = toCodePoints(one);
        wipe(one);
        out += mapped;
    }
    return out;
}

// Django's list of common passwords (lowercased), read once from the compiled-in resource.
const QSet<QString> &commonPasswords()
{
    static const QSet<QString> passwords = [] {
        QElapsedTimer timer;
        timer.start();
        QSet<QString> set;
        QFile file(QStringLiteral(":/domain/common-passwords.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcPolicy) << "common password list missing from the resources";
            return set;
        }
        const QByteArray data = file.readAll();
        set.reserve(20000);
        const QByteArrayView all(data);
        for (qsizetype start = 0; start < all.size();) {
            qsizetype end = all.indexOf('\n', start);
            if (end < 0) {
                end = all.size();
            }
            // Django strips each line with str.strip(); the list holds no exotic whitespace.
            const QByteArrayView entry = all.sliced(start, end - start).trimmed();
            if (!entry.isEmpty()) {
                set.insert(QString::fromUtf8(entry));
            }
            start = end + 1;
        }
        qCDebug(lcPolicy) << "loaded" << set.size() << "common passwords in"
                          << timer.nsecsElapsed() / 1000 << "us";
        return set;
    }();
    return passwords;
}

// Django's exceeds_maximum_length_ratio: skip parts that cannot reach the threshold anyway.
bool exceedsMaximumLengthRatio(size_t passwordLength, size_t valueLength)
{
    const double lengthBoundSimilarity =
        PasswordPolicy::MaximumSimilarity / 2 * double(passwordLength);
    return passwordLength >= 10 * valueLength && double(valueLength) < lengthBoundSimilarity;
}

// difflib.SequenceMatcher(a=password, b=value).quick_ratio(): twice the size of the multiset
// intersection over the total length.
double quickRatio(const Text &a, const Text &b)
{
    std::unordered_map<char32_t, qsizetype> available;
    for (const char32_t c : b) {
        ++available[c];
    }
    qsizetype matches = 0;
    for (const char32_t c : a) {
        auto it = available.find(c);
        if (it != available.end() && it->second > 0) {
            --it->second;
            ++matches;
        }
    }
    const size_t length = a.size() + b.size();
    return length ? 2.0 * double(matches) / double(length) : 1.0;
}

// re.split(r"\W+", value) + [value].
std::vector<Text> valueParts(const Text &value)
{
    std::vector<Text> parts(1);
    bool inSeparator = false;
    for (const char32_t c : value) {
        if (isPythonWord(c)) {
            parts.back().push_back(c);
            inSeparator = false;
        } else if (!inSeparator) {
            parts.emplace_back();
            inSeparator = true;
        }
    }
    parts.push_back(value);
    return parts;
}

bool isTooSimilar(const Text &lowerPassword, const QString &attribute)
{
    if (attribute.isEmpty()) {
        return false; // Django skips empty attributes
    }
    for (const Text &part : valueParts(pythonLower(toCodePoints(attribute)))) {
        if (exceedsMaximumLengthRatio(lowerPassword.size(), part.size())) {
            continue;
        }
        if (quickRatio(lowerPassword, part) >= PasswordPolicy::MaximumSimilarity) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace PasswordPolicy {

QString unusable(const Secret &password)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(password.utf8());
    const auto cleanup = qScopeGuard([&] { wipe(decoded); });
    if (decoder.hasError())
        return QCoreApplication::translate("PasswordPolicy",
                                           "The password is not valid UTF-8 text, so no sign-in "
                                           "can ever match it.");
    const bool control = std::any_of(decoded.cbegin(), decoded.cend(), [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0);
    });
    if (control)
        return QCoreApplication::translate("PasswordPolicy",
                                           "The password holds a control character (a NUL, a "
                                           "line break, a tab...), which a sign-in form cannot "
                                           "send.");
    return {};
}

QStringList problems(const Secret &password, const QString &email)
{
    QStringList out;
    // Not QString::fromUtf8(), which drops a leading U+FEFF that Python would keep and count.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString decoded = decoder.decode(password.utf8());
    Text text = toCodePoints(decoded);
    wipe(decoded);
    Text lower = pythonLower(text);
    const auto cleanup = qScopeGuard([&] {
        wipe(text);
        wipe(lower);
    });

    // UserAttributeSimilarityValidator: Sentry's user has username == email; the first similar
    // attribute ends the check.
    const struct
    {
        const QString &value;
        const char *verboseName;
    } attributes[] = {
        {email, QT_TRANSLATE_NOOP("PasswordPolicy", "username")},
        {email, QT_TRANSLATE_NOOP("PasswordPolicy", "email address")},
    };
    for (const auto &attribute : attributes) {
        if (isTooSimilar(lower, attribute.value)) {
            out << QCoreApplication::translate("PasswordPolicy",
                                               "The password is too similar to the %1.")
                       .arg(QCoreApplication::translate("PasswordPolicy", attribute.verboseName));
            break;
        }
    }

    if (text.size() < size_t(MinimumLength)) {
        out << QCoreApplication::translate(
                   "PasswordPolicy",
                   "This password is too short. It must contain at least %1 characters.")
                   .arg(MinimumLength);
    }
    if (text.size() > size_t(MaximumLength)) {
        // Sentry's own sentry.auth.password_validation.MaximumLengthValidator.
        out << QCoreApplication::translate(
                   "PasswordPolicy",
                   "This password is too long. It must contain no more than %1 characters.")
                   .arg(MaximumLength);
    }

    // CommonPasswordValidator: password.lower().strip().
    const auto first = std::find_if_not(lower.begin(), lower.end(), isPythonSpace);
    const auto last = std::find_if_not(lower.rbegin(), lower.rend(), isPythonSpace).base();
    if (first < last) {
        QString candidate;
        for (auto it = first; it != last; ++it) {
            candidate += QStringView(QChar::fromUcs4(*it)); // fromUcs4() would drop a BOM
        }
        const bool common = commonPasswords().contains(candidate);
        wipe(candidate);
        if (common) {
            out << QCoreApplication::translate("PasswordPolicy", "This password is too common.");
        }
    }

    // NumericPasswordValidator: str.isdigit() (Unicode digits, not only 0-9; false when empty).
    if (!text.empty() && std::all_of(text.begin(), text.end(),
                                     [](char32_t c) { return QChar::digitValue(c) >= 0; })) {
        out << QCoreApplication::translate("PasswordPolicy", "This password is entirely numeric.");
    }
    return out;
}

} // namespace PasswordPolicy
