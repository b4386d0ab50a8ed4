#include "EmailValidator.h"

#include "Idna.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <optional>

// A port of django.core.validators.EmailValidator (Django 4.2/5.x) plus the MaxLengthValidator of
// Sentry's User.email column. Python's re works on code points and Django compiles its patterns
// with re.IGNORECASE; the patterns below spell out the case folding instead of relying on PCRE's.
namespace {

// Python's IGNORECASE makes [A-Z] (and [a-z]) also match U+0130 (İ), U+0131 (ı), U+017F (ſ) and
// U+212A (Kelvin sign), because their case mappings reach ASCII letters. Django therefore accepts
// them wherever its classes hold letters; listing them keeps us identical.
#define FOLDED_LETTERS "A-Za-z\\x{130}\\x{131}\\x{17F}\\x{212A}"

const QRegularExpression &userRegex()
{
    // \z, not \Z or $: Python's \Z never matches before a final newline, PCRE's \Z does.
    static const QRegularExpression re(QStringLiteral(
        // dot-atom
        "^[-!#$%&'*+/=?^_`{}|~0-9" FOLDED_LETTERS "]+"
        "(?:\\.[-!#$%&'*+/=?^_`{}|~0-9" FOLDED_LETTERS "]+)*\\z"
        // quoted-string; the ASCII ranges !#-[ and ]-\x7F hold the letters, hence the extras
        "|^\"(?:[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F!#-\\[\\]-\\x7F\\x{130}\\x{131}\\x{17F}\\x{212A}]"
        "|\\\\[\\x01-\\x09\\x0B\\x0C\\x0E-\\x7F\\x{130}\\x{131}\\x{17F}\\x{212A}])*\"\\z"));
    return re;
}

const QRegularExpression &domainRegex()
{
    // Labels of at most 63 characters; the last one (the TLD) may hold hyphens, not at its end.
    static const QRegularExpression re(QStringLiteral(
        "^(?:[0-9" FOLDED_LETTERS "](?:[-0-9" FOLDED_LETTERS "]{0,61}[0-9" FOLDED_LETTERS "])?\\.)+"
        "[-0-9" FOLDED_LETTERS "]{2,63}(?<!-)\\z"));
    return re;
}

const QRegularExpression &literalRegex()
{
    static const QRegularExpression re(QStringLiteral("^\\[([A-Fa-f0-9:.]+)\\]\\z"));
    return re;
}

#undef FOLDED_LETTERS

// Python's ipaddress.IPv4Address: four decimal octets 0-255, no leading zeros.
bool isIPv4(QStringView text)
{
    const auto octets = text.split(u'.');
    if (octets.size() != 4) {
        return false;
    }
    for (const QStringView octet : octets) {
        if (octet.isEmpty() || octet.size() > 3 || (octet.size() > 1 && octet.front() == u'0')) {
            return false;
        }
        int value = 0;
        for (const QChar c : octet) {
            if (c < u'0' || c > u'9') {
                return false;
            }
            value = value * 10 + (c.unicode() - u'0');
        }
        if (value > 255) {
            return false;
        }
    }
    return true;
}

bool isHextet(QStringView text)
{
    // Python's _parse_hextet: 1 to 4 hex digits (an empty one fails int()).
    if (text.isEmpty() || text.size() > 4) {
        return false;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F'))) {
            return false;
        }
    }
    return true;
}

// Django's is_valid_ipv6_address: at most 39 characters (Django 4.2.18+), then Python's
// ipaddress.IPv6Address._ip_int_from_string, step by step.
bool isIPv6(QStringView text)
{
    constexpr int hextetCount = 8;
    if (text.isEmpty() || text.size() > 39) {
        return false;
    }
    QList<QStringView> parts = text.split(u':');
    if (parts.size() < 3) {
        return false;
    }
    if (parts.back().contains(u'.')) {
        if (!isIPv4(parts.back())) {
            return false;
        }
        // Python replaces it by two hextets; their text no longer matters once it is valid.
        parts.back() = u"0";
        parts.append(u"0");
    }
    if (parts.size() > hextetCount + 1) {
        return false;
    }
    qsizetype skipIndex = -1;
    for (qsizetype i = 1; i < parts.size() - 1; ++i) {
        if (parts[i].isEmpty()) {
            if (skipIndex >= 0) {
                return false; // more than one "::"
            }
            skipIndex = i;
        }
    }
    qsizetype hi = 0;
    qsizetype lo = 0;
    if (skipIndex >= 0) {
        hi = skipIndex;
        lo = parts.size() - skipIndex - 1;
        if (parts.front().isEmpty() && --hi != 0) {
            return false; // a leading ':' only as part of "::"
        }
        if (parts.back().isEmpty() && --lo != 0) {
            return false;
        }
        if (hextetCount - (hi + lo) < 1) {
            return false;
        }
    } else {
        if (parts.size() != hextetCount || parts.front().isEmpty() || parts.back().isEmpty()) {
            return false;
        }
        hi = parts.size();
    }
    for (qsizetype i = 0; i < hi; ++i) {
        if (!isHextet(parts[i])) {
            return false;
        }
    }
    for (qsizetype i = parts.size() - lo; i < parts.size(); ++i) {
        if (!isHextet(parts[i])) {
            return false;
        }
    }
    return true;
}

bool validateDomainPart(const QString &domain)
{
    if (domainRegex().matchView(domain).hasMatch()) {
        return true;
    }
    const QRegularExpressionMatch literal = literalRegex().matchView(domain);
    if (literal.hasMatch()) {
        const QStringView ip = literal.capturedView(1);
        return isIPv4(ip) || isIPv6(ip);
    }
    return false;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        }
        ++count;
    }
    return count;
}

bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (text[i].isSurrogate()) {
            return true;
        }
    }
    return false;
}

bool isValidFormat(const QString &email, qsizetype length)
{
    // RFC 3696's 320 characters, counted as Python counts them (code points).
    if (email.isEmpty() || !email.contains(u'@') || length > 320) {
        return false;
    }
    // Python would reject one in every branch (no pattern admits it, nameprep prohibits it), and
    // PCRE refuses to match ill-formed UTF-16, so say so up front.
    if (hasLoneSurrogate(email)) {
        return false;
    }
    const qsizetype at = email.lastIndexOf(u'@');
    const QString user = email.left(at);
    const QString domain = email.mid(at + 1);
    if (!userRegex().matchView(user).hasMatch()) {
        return false;
    }
    if (domain == u"localhost" || validateDomainPart(domain)) {
        return true;
    }
    const std::optional<QString> ace = Idna::toAscii(domain);
    return ace && validateDomainPart(*ace);
}

} // namespace

namespace EmailValidator {

QString problem(const QString &email, int maxLength)
{
    const qsizetype length = codePointCount(email);
    if (!isValidFormat(email, length)) {
        return QCoreApplication::translate("EmailValidator", "Enter a valid email address.");
    }
    if (length > maxLength) {
        // Django's MaxLengthValidator, whose ngettext picks the form by the limit.
        const char *text =
            maxLength == 1
                //: %1 is the limit, %2 the actual length.
                ? QT_TRANSLATE_NOOP("EmailValidator",
                                    "Ensure this value has at most %1 character (it has %2).")
                //: %1 is the limit, %2 the actual length.
                : QT_TRANSLATE_NOOP("EmailValidator",
                                    "Ensure this value has at most %1 characters (it has %2).");
        return QCoreApplication::translate("EmailValidator", text).arg(maxLength).arg(length);
    }
    return {};
}

} // namespace EmailValidator
