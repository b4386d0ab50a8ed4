#include "Idna.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <limits>
#include <utility>

// Python's encodings.idna: RFC 3490 ToASCII with RFC 3491 nameprep, AllowUnassigned.
// Reproduced rather than delegated to QUrl::toAce: Qt implements UTS #46 (IDNA 2008 era), which
// refuses code points unassigned in Unicode 3.2 and labels starting with a combining mark, and
// skips the RFC 3454 bidi rule; Python accepts the former and enforces the latter, and Django's
// verdict follows Python. Unicode 3.2 data comes from QChar::unicodeVersion and
// QString::normalized(..., QChar::Unicode_3_2).
namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

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
// ends up identical once normalized. No test checks that: this logic, replayed in Python against
// stringprep.map_table_b2 over every code point assigned in Unicode 3.2, agreed.
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

} // namespace

namespace Idna {

std::optional<QString> toAscii(const QString &domain)
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

} // namespace Idna
