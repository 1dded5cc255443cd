"""The etr-java kernel end to end: the real JJava kernel with our extension, through jupyter_client.

Expected values come from the committed data package (datasets/data), never from literals.
"""
import base64
import csv
import json
import struct
from pathlib import Path

import pytest
from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parents[4]
DATA = ROOT / "datasets" / "data"
EXT_JAR = ROOT / "kernel-ext" / "target" / "etr-kernel-ext.jar"


def rows(name):
    with open(DATA / f"{name}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def table_names():
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    return [r["path"][: -len(".csv")] for r in package["resources"]]


def result(outputs, kind="execute_result"):
    found = [c for t, c in outputs if t == kind]
    assert found, f"no {kind} in {outputs}"
    return found[-1]


def error_text(reply, outputs):
    """The error as the user sees it: the reply's evalue and the first traceback line."""
    assert reply["status"] == "error", reply
    err = result(outputs, "error")
    return reply["evalue"] + "\n" + "\n".join(err["traceback"][:1])


def still_answers(kernel, run):
    reply, outputs = run(kernel, "6 * 7")
    assert reply["status"] == "ok"
    assert result(outputs)["data"]["text/plain"] == "42"


def png_size(data):
    raw = base64.b64decode(data)
    assert raw[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert raw[12:16] == b"IHDR"
    return struct.unpack(">II", raw[16:24])


def test_roster_renders_as_html_with_every_council_member_and_plain_text(kernel, run):
    reply, outputs = run(kernel, "Etr.roster()")
    assert reply["status"] == "ok", reply
    data = result(outputs)["data"]
    html, text = data["text/html"], data["text/plain"]
    members = rows("roster")
    assert len(members) == 18
    for m in members:
        assert m["name"] in html, m["name"]
        assert f'{m["source"]} line {m["line"]}' in html, "each row carries its source and line"
    assert f"{len(members)} rows × 6 columns" in html
    assert "<table>" in html and "<script" not in html
    assert members[0]["name"] in text and "[18 rows × 6 columns]" in text


def test_no_import_line_is_needed_for_tablesaw_and_xchart(kernel, run):
    reply, outputs = run(kernel, 'Etr.troops().where(Etr.troops().stringColumn("side").isEqualTo("ETR")).rowCount()')
    assert reply["status"] == "ok", reply
    expected = sum(1 for r in rows("troops") if r["side"] == "ETR")
    assert result(outputs)["data"]["text/plain"] == str(expected)


def test_chart_as_last_expression_is_a_valid_png_of_its_size(kernel, run):
    code = """
    var t = Etr.roster().countBy("ethnicity");
    var chart = new CategoryChartBuilder().width(640).height(360).title("Council by ethnicity")
        .xAxisTitle("ethnicity").yAxisTitle("members").build();
    chart.addSeries("members", t.stringColumn(0).asList(), t.intColumn(1).asList());
    chart
    """
    reply, outputs = run(kernel, code)
    assert reply["status"] == "ok", reply
    out = result(outputs)
    assert png_size(out["data"]["image/png"]) == (640, 360)
    assert "CategoryChart 'Council by ethnicity'" in out["data"]["text/plain"]


def test_chart_renders_as_svg_when_asked(kernel, run):
    code = """
    var xy = new XYChartBuilder().width(300).height(200).title("xy").build();
    xy.addSeries("s", new double[] {1, 2, 3}, new double[] {2, 1, 3});
    display(xy, "image/svg+xml");
    """
    reply, outputs = run(kernel, code)
    assert reply["status"] == "ok", reply
    shown = result(outputs, "display_data")["data"]
    assert "<svg" in shown["image/svg+xml"]


def test_datasets_magic_lists_every_table(kernel, run):
    reply, outputs = run(kernel, "%datasets")
    assert reply["status"] == "ok", reply
    html = result(outputs, "display_data")["data"]["text/html"]
    for name in table_names():
        assert f"<td>{name}</td>" in html, name
    assert str(len(rows("mentions"))) in html


def test_export_writes_header_and_rows_then_refuses_a_second_write(kernel, run, tmp_path):
    target = tmp_path / "out" / "roster.csv"
    reply, outputs = run(kernel, f"%export roster {target}")
    assert reply["status"] == "ok", reply
    printed = "".join(c["text"] for t, c in outputs if t == "stream")
    assert str(target) in printed and "18 rows" in printed
    with open(target, encoding="utf-8", newline="") as f:
        written = list(csv.reader(f))
    assert written[0] == ["name", "ethnicity", "position", "body", "source", "line"]
    assert [r[0] for r in written[1:]] == [m["name"] for m in rows("roster")]

    target.write_text("keep", encoding="utf-8")
    reply, outputs = run(kernel, f"%export roster {target}")
    assert "already exists; add --overwrite" in error_text(reply, outputs)
    assert target.read_text(encoding="utf-8") == "keep"
    reply, outputs = run(kernel, f"%export roster {target} --overwrite")
    assert reply["status"] == "ok", reply
    assert target.read_text(encoding="utf-8").startswith("name,")
    still_answers(kernel, run)


@pytest.mark.parametrize("code, names", [
    ("%export rooster /tmp/never.csv", ["no table 'rooster'", "tables: roster"]),
    ("%export roster", ["missing PATH", "usage: %export NAME PATH [--overwrite]"]),
    ("%export", ["missing NAME and PATH"]),
    ("%export roster a.csv b.csv", ["unexpected argument 'b.csv'"]),
    ("%export roster a.csv --force", ["unknown option '--force'"]),
    ("%datasets extra", ["%datasets takes no arguments"]),
    ('Etr.table("rooster")', ["no table 'rooster'", "tables: roster"]),
])
def test_mistakes_give_an_error_naming_them_and_the_kernel_survives(kernel, run, code, names):
    reply, outputs = run(kernel, code)
    text = error_text(reply, outputs)
    for n in names:
        assert n in text, (n, text)
    assert not Path("/tmp/never.csv").exists()
    still_answers(kernel, run)


def test_export_to_a_directory_or_unwritable_place_fails_cleanly(kernel, run, tmp_path):
    reply, outputs = run(kernel, f"%export roster {tmp_path}")
    assert "is a directory" in error_text(reply, outputs)
    reply, outputs = run(kernel, "%export roster /proc/etr/roster.csv")
    assert "cannot be written" in error_text(reply, outputs)
    still_answers(kernel, run)


def test_each_call_returns_a_fresh_copy(kernel, run):
    code = 'var t = Etr.roster(); t.stringColumn("name").set(0, "changed"); ' \
           't.stringColumn("name").get(0) + "/" + Etr.roster().stringColumn("name").get(0)'
    reply, outputs = run(kernel, code)
    assert reply["status"] == "ok", reply
    assert result(outputs)["data"]["text/plain"] == f"changed/{rows('roster')[0]['name']}"


def test_display_options_elide_long_tables(kernel, run):
    try:
        reply, outputs = run(kernel, "Etr.display().maxRows(6).minRows(4); Etr.timeline()")
        assert reply["status"] == "ok", reply
        html = result(outputs)["data"]["text/html"]
        assert html.count('class="gap"') == 1
        assert f"{len(rows('timeline'))} rows" in html
    finally:
        run(kernel, "Etr.display().reset();")


def test_extension_jar_works_in_a_plain_jjava_kernel_through_jars_magic(run):
    km = KernelManager(kernel_name="java")
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        reply, outputs = run(kc, f"%jars {EXT_JAR}")
        assert reply["status"] == "ok", reply
        reply, outputs = run(kc, "Etr.roster()")
        assert reply["status"] == "ok", reply
        assert rows("roster")[0]["name"] in result(outputs)["data"]["text/html"]
        reply, outputs = run(kc, "%datasets")
        assert reply["status"] == "ok", reply
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
