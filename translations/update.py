#!/usr/bin/env python3
"""Runs lupdate over app/ and ui/ for German, French and the English plural forms.

Some layers translate through small helpers, translated("text") or translated("Context", "text"),
which lupdate cannot read; their literals are handed to it as QT_TRANSLATE_NOOP lines in a
temporary file. Run inside the build environment (tools/dev shell -c translations/update.py).
"""
import pathlib, re, subprocess, tempfile

top = pathlib.Path(__file__).resolve().parent.parent
lupdate = "/usr/lib/qt6/bin/lupdate"
one_arg = {"app/cli/CommandLine.cpp": "CommandLine", "app/storage/Database.cpp": "Database"}
literal = r'"(?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")*'
lines = []
for path in sorted(top.glob("app/**/*.cpp")):
    text = path.read_text()
    rel = str(path.relative_to(top))
    # A file's own one-argument helper names its context: translate("Context", text).
    helper = re.search(r'QString\s+translated\(\s*const\s+char\s*\*\s*(\w+)\s*\)\s*\{\s*'
                       r'return\s+QCoreApplication::translate\(\s*"(\w+)",\s*\1\s*\)', text)
    if helper:
        one_arg.setdefault(rel, helper.group(2))
    for context, strings in re.findall(r'translated\(\s*"(\w+)",\s*(' + literal + r')\s*\)', text):
        lines.append(f'QT_TRANSLATE_NOOP("{context}", {strings})')
    if rel in one_arg:
        for strings in re.findall(r'translated\(\s*(' + literal + r')\s*\)', text):
            lines.append(f'QT_TRANSLATE_NOOP("{one_arg[rel]}", {strings})')
with tempfile.TemporaryDirectory() as tmp:
    wrapped = pathlib.Path(tmp) / "wrapped-strings.cpp"
    wrapped.write_text("\n".join(lines) + "\n")
    ts = [f"translations/useradmin_{lang}.ts" for lang in ("de", "fr")]
    subprocess.run([lupdate, "-locations", "none", "-no-obsolete", "app", "ui", str(wrapped),
                    "-ts", *ts], cwd=top, check=True)
    subprocess.run([lupdate, "-locations", "none", "-pluralonly", "app", "ui", str(wrapped),
                    "-ts", "translations/useradmin_en.ts"], cwd=top, check=True)
