#include "EmailValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

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

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

// --- Python's encodings.idna (RFC 3490 ToASCII with RFC 3491 nameprep, AllowUnassigned) ---
// Reproduced rather than delegated to QUrl::toAce: Qt implements UTS #46 (IDNA 2008 era), which
// refuses code points unassigned in Unicode 3.2 and labels starting with a combining mark, and
// skips the RFC 3454 bidi rule; Python accepts the former and enforces the latter, and Django's
// verdict follows Python. Unicode 3.2 data comes from QChar::unicodeVersion and
// QString::normalized(..., QChar::Unicode_3_2).

bool assignedIn32(char32_t cp)
{
    const QChar::UnicodeVersion v = QChar::unicodeVersion(cp);
    return v != QChar::Unicode_Unassigned && v <= QChar::Unicode_3_2;
}

QChar::Category category32(char32_t cp)
{
    return assignedIn32(cp) ? QChar::category(cp) : QChar::Other_NotAssigned;
}

// stringprep table B.1: mapped to nothing.
bool inB1(char32_t cp)
{
    switch (cp) {
    case 0xAD:
    case 0x34F:
    case 0x1806:
    case 0x180B:
    case 0x180C:
    case 0x180D:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return true;
    default:
        return cp >= 0xFE00 && cp <= 0xFE0F;
    }
}

// NFKC as of Unicode 3.2 (Python's unicodedata.ucd_3_2_0.normalize).
QString nfkc32(const QString &text)
{
    // Qt 6.8 garbles the four supplementary-plane code points of the normalization corrections
    // when asked for 3.2 (it emits a lone surrogate and U+FFFD); their 3.2 decompositions are
    // singletons, so substitute them first and leave Qt nothing to correct.
    static constexpr std::pair<char32_t, char16_t> corrections[] = {
        {0x2F874, 0x5F33}, {0x2F91F, 0x43AB}, {0x2F95F, 0x7AAE}, {0x2F9BF, 0x4D57}};
    QString input = text;
    for (const auto &[from, to] : corrections) {
        const char32_t source[] = {from};
        input.replace(QString::fromUcs4(source, 1), QString(QChar(to)));
    }
    return input.normalized(QString::NormalizationForm_KC, QChar::Unicode_3_2);
}

// stringprep.map_table_b3 (case folding for NFKC): Python's str.lower() except 650 listed code
// points. Those that still matter after the later NFKC are full foldings of ß, final sigma and
// the iota subscript (U+0345, also inside precomposed Greek letters); everything else in the list
// ends up identical after mapB2 and NFKC. No test checks that: this logic, replayed in Python
// against stringprep.map_table_b2 over every code point assigned in Unicode 3.2, agreed.
QString mapB3(char32_t cp)
{
    switch (cp) {
    case 0xDF:
        return QStringLiteral("ss");
    case 0x3C2:
        return QString(QChar(0x3C3));
    case 0x345:
        return QString(QChar(0x3B9));
    default:
        break;
    }
    QString lower = QStringView(QChar::fromUcs4(cp)).toString().toLower();
    const QString decomposed = lower.normalized(QString::NormalizationForm_D, QChar::Unicode_3_2);
    if (decomposed.contains(QChar(0x345))) {
        lower = decomposed;
        lower.replace(QChar(0x345), QChar(0x3B9));
    }
    return lower;
}

// stringprep.map_table_b2: B.3, plus what NFKC needs to stay closed under case folding.
QString mapB2(char32_t cp)
{
    const QString al = mapB3(cp);
    const QString b = nfkc32(al);
    QString bl;
    for (const char32_t c : b.toUcs4()) {
        bl += mapB3(c);
    }
    const QString c = nfkc32(bl);
    return b != c ? c : al;
}

// stringprep tables C.1.2 and C.2.2 to C.9, as Python's stringprep module defines them.
bool isProhibited(char32_t cp)
{
    const QChar::Category cat = category32(cp);
    if ((cat == QChar::Separator_Space && cp != 0x20) || cat == QChar::Other_PrivateUse ||
        cat == QChar::Other_Surrogate || (cp >= 128 && cat == QChar::Other_Control)) {
        return true;
    }
    switch (cp) {
    case 1757:
    case 1807:
    case 6158:
    case 8204:
    case 8205:
    case 8232:
    case 8233:
    case 65279:
    case 832:
    case 833:
    case 8206:
    case 8207:
    case 917505:
        return true;
    default:
        break;
    }
    return (cp >= 8288 && cp < 8292) || (cp >= 8298 && cp < 8304) || (cp >= 65529 && cp < 65534) ||
           (cp >= 119155 && cp < 119163) || (cp >= 0xFDD0 && cp < 0xFDF0) ||
           (cp & 0xFFFF) >= 0xFFFE || (cp >= 12272 && cp < 12284) || (cp >= 8234 && cp < 8239) ||
           (cp >= 917536 && cp < 917632);
}

bool isRandAL(char32_t cp)
{
    if (!assignedIn32(cp)) {
        return false;
    }
    const QChar::Direction d = QChar::direction(cp);
    return d == QChar::DirR || d == QChar::DirAL;
}

bool isBidiL(char32_t cp)
{
    return assignedIn32(cp) && QChar::direction(cp) == QChar::DirL;
}

std::optional<QString> nameprep(const QString &label)
{
    QString mapped;
    for (const char32_t cp : label.toUcs4()) {
        if (!inB1(cp)) {
            mapped += mapB2(cp);
        }
    }
    const QString prepared = nfkc32(mapped);
    const QList<uint> cps = prepared.toUcs4();
    bool anyRandAL = false;
    for (const char32_t cp : cps) {
        if (isProhibited(cp)) {
            return std::nullopt;
        }
        anyRandAL = anyRandAL || isRandAL(cp);
    }
    if (anyRandAL) {
        // RFC 3454 section 6: no LCat at all, and RandALCat at both ends.
        if (std::any_of(cps.begin(), cps.end(), isBidiL) || !isRandAL(cps.front()) ||
            !isRandAL(cps.back())) {
            return std::nullopt;
        }
    }
    return prepared;
}

// RFC 3492 punycode of a label with at least one non-ASCII code point.
QString punycode(const QList<uint> &input)
{
    constexpr qint64 base = 36, tmin = 1, tmax = 26, skew = 38, damp = 700;
    const auto adapt = [&](qint64 delta, qint64 points, bool first) {
        delta = first ? delta / damp : delta / 2;
        delta += delta / points;
        qint64 k = 0;
        while (delta > ((base - tmin) * tmax) / 2) {
            delta /= base - tmin;
            k += base;
        }
        return k + (base - tmin + 1) * delta / (delta + skew);
    };
    const auto digit = [](qint64 d) { return QChar(char16_t(d < 26 ? 'a' + d : '0' + d - 26)); };
    QString out;
    for (const uint cp : input) {
        if (cp < 128) {
            out += QChar(char16_t(cp));
        }
    }
    const qint64 basic = out.size();
    qint64 handled = basic;
    if (basic > 0) {
        out += u'-';
    }
    qint64 n = 128, delta = 0, bias = 72;
    while (handled < input.size()) {
        qint64 m = std::numeric_limits<qint64>::max();
        for (const uint cp : input) {
            if (cp >= n && cp < m) {
                m = cp;
            }
        }
        delta += (m - n) * (handled + 1);
        n = m;
        for (const uint cp : input) {
            if (cp < n) {
                ++delta;
            } else if (cp == n) {
                qint64 q = delta;
                for (qint64 k = base;; k += base) {
                    const qint64 t = k <= bias ? tmin : (k >= bias + tmax ? tmax : k - bias);
                    if (q < t) {
                        break;
                    }
                    out += digit(t + (q - t) % (base - t));
                    q = (q - t) / (base - t);
                }
                out += digit(q);
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                ++handled;
            }
        }
        ++delta;
        ++n;
    }
    return out;
}

// encodings.idna.ToASCII of one label; nullopt where Python raises UnicodeError.
std::optional<QString> labelToAscii(const QString &label)
{
    if (isAscii(label)) {
        return (label.isEmpty() || label.size() >= 64) ? std::nullopt : std::optional(label);
    }
    const std::optional<QString> prepared = nameprep(label);
    if (!prepared) {
        return std::nullopt;
    }
    if (isAscii(*prepared)) {
        return (prepared->isEmpty() || prepared->size() >= 64) ? std::nullopt : prepared;
    }
    if (prepared->toLower().startsWith(u"xn--")) {
        return std::nullopt;
    }
    const QString ace = QStringLiteral("xn--") + punycode(prepared->toUcs4());
    return ace.size() < 64 ? std::optional(ace) : std::nullopt;
}

// Python's domain.encode("idna") as Django's punycode() calls it.
std::optional<QString> idnaToAscii(const QString &domain)
{
    if (domain.isEmpty()) {
        return QString();
    }
    if (isAscii(domain)) {
        // Unchanged by the codec; it fails on an empty inner label or one of 64+ characters.
        const auto labels = QStringView(domain).split(u'.');
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if ((labels[i].isEmpty() && i + 1 < labels.size()) || labels[i].size() >= 64) {
                return std::nullopt;
            }
        }
        return domain;
    }
    static const QRegularExpression dots(QStringLiteral("[.\\x{3002}\\x{FF0E}\\x{FF61}]"));
    QStringList labels = domain.split(dots);
    QString trailingDot;
    if (!labels.isEmpty() && labels.back().isEmpty()) {
        trailingDot = QStringLiteral(".");
        labels.removeLast();
    }
    QStringList out;
    for (const QString &label : std::as_const(labels)) {
        const std::optional<QString> ascii = labelToAscii(label);
        if (!ascii) {
            return std::nullopt;
        }
        out.append(*ascii);
    }
    return out.join(u'.') + trailingDot;
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
    const std::optional<QString> ace = idnaToAscii(domain);
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
