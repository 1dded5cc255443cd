"""The committed data package passes the reference Frictionless validator, which rejects broken copies.

`make test` runs this with the `frictionless` pinned in requirements.txt: the validator reads
datasets/data/datapackage.json and checks every resource against its Table Schema (types,
constraints), its byte count and its SHA-256 hash.
"""

import shutil
from pathlib import Path

import frictionless
import pytest

DATA = Path(__file__).resolve().parents[3] / "data"


def error_types(report):
    return sorted({e.type for e in report.errors} | {e.type for t in report.tasks for e in t.errors})


def validate(package_dir):
    return frictionless.validate(str(package_dir / "datapackage.json"))


def test_committed_package_is_valid():
    report = validate(DATA)
    assert report.valid, report.flatten(["type", "note"])
    names = [t.name for t in report.tasks]
    assert {"roster", "demographics", "aid", "troops", "mentions", "timeline", "infobox"} <= set(names)
    assert all(t.stats["rows"] > 0 for t in report.tasks if t.name == "roster")


def replace_in(name, old, new, count=1):
    def mutate(d):
        p = d / name
        data = p.read_bytes()
        assert old in data, f"{old!r} not in {name}: the broken copy would not be broken"
        p.write_bytes(data.replace(old, new, count))

    return mutate


# A broken copy of the package for each kind of damage, with the error the validator must report.
BROKEN = {
    "text in an integer column": (replace_in("roster.csv", b",85\r\n", b",eighty-five\r\n"), "type-error"),
    "an extra cell": (replace_in("roster.csv", b",85\r\n", b",85,x\r\n"), "extra-cell"),
    "a cell changed after writing": (replace_in("roster.csv", b"Elihan", b"Elihaa"), "hash-count"),
    "a row with a missing cell": (replace_in("infobox.csv", b"\r\n", b"\r\nonly-one-cell\r\n", 2), "missing-cell"),
    "a line number over 32 bits": (replace_in("roster.csv", b",85\r\n", b",3000000000\r\n"), "constraint-error"),
    "a missing CSV file": (lambda d: (d / "aid.csv").unlink(), "scheme-error"),
    "an unknown field type": (replace_in("datapackage.json", b'"integer"', b'"integr"'), "field-error"),
}


@pytest.mark.parametrize("damage", sorted(BROKEN))
def test_validator_rejects_a_broken_copy(tmp_path, damage):
    mutate, expected = BROKEN[damage]
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    assert validate(copy).valid, "the copy is valid before it is broken"
    mutate(copy)
    report = validate(copy)
    assert not report.valid
    assert expected in error_types(report), error_types(report)
