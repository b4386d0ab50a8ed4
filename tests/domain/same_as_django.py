"""Exits 0 when the given gzip file holds the same passwords as the installed Django's list."""
import gzip
import pathlib
import sys

import django.contrib.auth

committed = pathlib.Path(sys.argv[1])
installed = pathlib.Path(django.contrib.auth.__file__).parent / "common-passwords.txt.gz"
if gzip.decompress(committed.read_bytes()) != gzip.decompress(installed.read_bytes()):
    sys.exit(f"{committed} differs from {installed}: copy Django's list again")
print(f"{committed} holds the same passwords as {installed}")
