"""The etr-java kernel end to end: the real JJava kernel with our extension, through jupyter_client.

Expected values come from the committed data package (datasets/data), never from literals.
Errors are checked as JupyterLab shows them (`shown_error`): the traceback lines of the `error`
output, joined, without colours.
"""
import base64
import contextlib
import csv
import json
import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from jupyter_client.manager import KernelManager

from conftest import KERNEL_NAME, shown_error

ROOT = Path(__file__).resolve().parents[4]
DATA = ROOT / "datasets" / "data"
EXT_JAR = ROOT / "kernel-ext" / "target" / "etr-kernel-ext.jar"


def rows(name, data=DATA):
    with open(data / f"{name}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def table_names():
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    return [r["path"][: -len(".csv")] for r in package["resources"]]


@contextlib.contextmanager
def another_kernel(name=KERNEL_NAME, **env):
    """A second kernel of its own (`env` added to the kernelspec's), ready, shut down at the end."""
    km = KernelManager(kernel_name=name)
    if env:
        km.kernel_spec.env = {**km.kernel_spec.env, **env}
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        yield kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def result(outputs, kind="execute_result"):
    found = [c for t, c in outputs if t == kind]
    assert found, f"no {kind} in {outputs}"
    return found[-1]


def one_line_error(reply, outputs):
    """The error a cell shows, checked to be what a user mistake must look like: the cell failed, one
    error output, and the text JupyterLab shows is one line (a second one for a hint at most) naming
    the kit's error type, with no Java stack frame, no "Caused by" and no JJava wrapper."""
    assert reply["status"] == "error", reply
    errors = [c for t, c in outputs if t == "error"]
    assert len(errors) == 1, outputs
    shown = shown_error(errors[0])
    lines = shown.splitlines()
    assert 1 <= len(lines) <= 2, f"{len(lines)} lines shown:\n{shown}"
    assert "\tat " not in shown and "Caused by" not in shown, shown
    assert "Exception running line magic" not in shown, shown
    assert lines[0].lstrip("| ").startswith(("org.etrkit.kernel.error.EtrException: ",
                                             "org.etrkit.kernel.error.MagicError: ",
                                             "org.etrkit.plot.PlotException: ")), shown
    return shown


def still_answers(kernel, run):
    """The kernel answers the next request (within a minute) with the right result."""
    reply, outputs = run(kernel, "1 + 1", timeout=60)
    assert reply["status"] == "ok", reply
    assert result(outputs)["data"]["text/plain"] == "2"


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
        assert f'<tr title="{m["source"]}:{m["line"]}">' in html, "each row carries its source and line"
    assert f"{len(members)} rows × 6 columns" in html
    assert "<table>" in html and "<script" not in html and "<style" not in html
    assert members[0]["name"] in text and "[18 rows × 6 columns]" in text


def test_missing_values_show_as_null_or_nan(kernel, run):
    reply, outputs = run(kernel, "Etr.display().maxRows(100); Etr.demographics()")
    run(kernel, "Etr.display().reset();")
    assert reply["status"] == "ok", reply
    html = result(outputs)["data"]["text/html"]
    shares = [r["share_pct"] for r in rows("demographics")]
    assert "" in shares, "the demographics table has a missing share"
    assert 'opacity:0.55">NaN</td>' in html


def test_a_summary_table_is_not_shown_as_from_the_package(kernel, run):
    reply, outputs = run(kernel, "Etr.describe(Etr.roster())")
    assert reply["status"] == "ok", reply
    html = result(outputs)["data"]["text/html"]
    assert "<tr title=" not in html and "hover a row" not in html
    assert ">top<" in html and f">{len(rows('roster'))}</td>" in html, "count of each column"


def test_describe_gives_pandas_statistics(kernel, run):
    code = 'var d = Etr.describe(Etr.demographics()); d.doubleColumn("share_pct").get(d.stringColumn("statistic").indexOf("mean"))'
    reply, outputs = run(kernel, code)
    assert reply["status"] == "ok", reply
    shares = [float(r["share_pct"]) for r in rows("demographics") if r["share_pct"]]
    assert float(result(outputs)["data"]["text/plain"]) == pytest.approx(sum(shares) / len(shares))


def test_display_shows_the_table_and_no_output_id(kernel, run):
    reply, outputs = run(kernel, "display(Etr.roster());")
    assert reply["status"] == "ok", reply
    assert [t for t, _ in outputs] == ["display_data"], outputs
    assert rows("roster")[0]["name"] in result(outputs, "display_data")["data"]["text/html"]
    reply, outputs = run(kernel, 'var xy = new XYChartBuilder().width(300).height(200).build(); '
                                 'xy.addSeries("s", new double[] {1, 2}, new double[] {2, 1}); display(xy, "image/svg+xml");')
    assert reply["status"] == "ok", reply
    assert [t for t, _ in outputs] == ["display_data"], outputs


def test_no_import_line_is_needed_for_tablesaw_and_xchart(kernel, run):
    reply, outputs = run(kernel, 'Etr.troops().where(Etr.troops().stringColumn("side").isEqualTo("ETR")).rowCount()')
    assert reply["status"] == "ok", reply
    expected = sum(1 for r in rows("troops") if r["side"] == "ETR")
    assert result(outputs)["data"]["text/plain"] == str(expected)


def test_dates_are_filtered_with_no_import_line(kernel, run):
    code = 'Etr.troops().where(Etr.troops().dateColumn("date_from").isOnOrAfter(LocalDate.of(1945, 1, 1))).rowCount()'
    reply, outputs = run(kernel, code)
    assert reply["status"] == "ok", reply
    expected = sum(1 for r in rows("troops") if r["date_from"] and r["date_from"] >= "1945-01-01")
    assert expected > 0
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
        assert f">{name}</td>" in html, name
    assert str(len(rows("mentions"))) in html
    printed = "".join(c["text"] for t, c in outputs if t == "stream")
    assert "Etr.help() lists the API; %help NAME shows a method or class." in printed


def test_help_shows_the_javadoc_of_etr_and_of_a_method(kernel, run):
    reply, outputs = run(kernel, "Etr.help()")
    assert reply["status"] == "ok", reply
    text = result(outputs)["data"]["text/plain"]
    assert text.startswith("Etr\n    The tables of the ETR notebook kit"), text
    assert "Table roster()" in text and "Table describe(Table table)" in text
    reply, outputs = run(kernel, "%help DisplayOptions.precision")
    assert reply["status"] == "ok", reply
    printed = "".join(c["text"] for t, c in outputs if t == "stream")
    assert printed.startswith("int DisplayOptions.precision()\n    Decimals shown for doubles"), printed
    reply, outputs = run(kernel, "%help rooster")
    assert "no help for 'rooster'; topics: " in one_line_error(reply, outputs)


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
    shown = one_line_error(reply, outputs)
    assert shown == f"org.etrkit.kernel.error.MagicError: %export: '{target}' already exists; add --overwrite to replace it"
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
    ("%export roster 'my never.csv'", ["single quotes do not quote", '%export roster "my file.csv"']),
    ("%datasets extra", ["%datasets takes no arguments"]),
    ('Etr.table("rooster")', ["no table 'rooster'", "tables: roster"]),
    ('Etr.describe("rooster")', ["no table 'rooster'"]),
    ("Etr.display().maxRows(0)", ["maxRows must be at least 1, got 0"]),
    ("Etr.display().precision(99)", ["precision must be between 0 and 15"]),
    ("Etr.display().maxChartPixels(5)", ["maxChartPixels must be at least 10,000, got 5"]),
    ("Etr.display().maxInteractivePoints(-1)", ["maxInteractivePoints must be at least 0, got -1"]),
    ("Etr.display().maxChartPoints(0)", ["maxChartPoints must be at least 1, got 0"]),
    ("Etr.display().chartScale(9)", ["chartScale must be between 0.25 and 4, got 9.0"]),
    ("Etr.display().maxTableBytes(5)", ["maxTableBytes must be at least 10,000, got 5"]),
    ("Etr.display().minRows(1)", ["minRows must be at least 2, got 1"]),
    ("Etr.display().maxColumns(1)", ["maxColumns must be at least 2, got 1"]),
    ("Etr.display().maxColumnWidth(3)", ["maxColumnWidth must be at least 4, got 3"]),
    ('Etr.use("/nonexistent/package")', ["/nonexistent/package holds no datapackage.json"]),
    ('Etr.export(Etr.roster(), "/proc/etr/never.csv", false)', ["Etr.export: '/proc/etr/never.csv' cannot be written"]),
    ('Plot.bar(null, "side", "count_high")', ["VerticalBarPlot: the table is null; pass a table"]),
    ('Plot.bar(Etr.troops(), "sid", "count_high")', ["VerticalBarPlot: no column 'sid' in table 'troops'", "columns: force"]),
    ('ScatterPlot.builder(Etr.troops(), "date_from", "count_low").xTo("force")',
     ["ScatterPlot: xTo needs dates in 'date_from' and 'force'"]),
])
def test_mistakes_show_one_line_fail_the_cell_and_the_kernel_survives(kernel, run, code, names):
    reply, outputs = run(kernel, code)
    shown = one_line_error(reply, outputs)
    for n in names:
        assert n in shown, (n, shown)
    assert not Path("/tmp/never.csv").exists() and not Path("my never.csv").exists()
    still_answers(kernel, run)


def test_export_api_hint_names_the_boolean(kernel, run, tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("keep", encoding="utf-8")
    reply, outputs = run(kernel, f'Etr.export(Etr.roster(), "{target}", false)')
    shown = one_line_error(reply, outputs)
    assert shown.endswith(f"Etr.export: '{target}' already exists; pass overwrite = true to replace it: "
                          "Etr.export(table, path, true)"), shown
    assert "--overwrite" not in shown
    reply, outputs = run(kernel, f'Etr.export(Etr.roster(), "{target}", true)')
    assert reply["status"] == "ok", reply


def test_export_under_a_file_names_the_file(kernel, run, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("a file", encoding="utf-8")
    reply, outputs = run(kernel, f"%export roster {notes}/r.csv")
    shown = one_line_error(reply, outputs)
    assert f"'{notes}' is a file, not a directory" in shown and "already exists" not in shown, shown
    assert notes.read_text(encoding="utf-8") == "a file"


def test_export_keeps_the_umask_and_the_mode_of_a_replaced_file(kernel, run, tmp_path):
    reference = tmp_path / "reference"
    reference.touch()
    new = tmp_path / "new.csv"
    reply, outputs = run(kernel, f"%export roster {new}")
    assert reply["status"] == "ok", reply
    assert new.stat().st_mode & 0o777 == reference.stat().st_mode & 0o777, "the kernel's umask, like any new file"
    shared = tmp_path / "shared.csv"
    shared.write_text("old", encoding="utf-8")
    shared.chmod(0o644)
    reply, outputs = run(kernel, f"%export roster {shared} --overwrite")
    assert reply["status"] == "ok", reply
    assert shared.stat().st_mode & 0o777 == 0o644


def test_export_quoting_spaces_backslashes_and_a_long_name(kernel, run, tmp_path):
    reply, outputs = run(kernel, f'%export roster "{tmp_path}/my file.csv"')
    assert reply["status"] == "ok", reply
    reply, outputs = run(kernel, f'%export roster "{tmp_path}/a\\\\b.csv"')
    assert reply["status"] == "ok", reply
    long_name = "r" * 251 + ".csv"
    reply, outputs = run(kernel, f"%export roster {tmp_path}/{long_name}")
    assert reply["status"] == "ok", reply
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a\\b.csv", "my file.csv", long_name]


def test_two_kernels_exporting_to_one_name_never_overwrite(kernel, run, tmp_path):
    with another_kernel() as kc2:
        for round_ in range(20):
            target = tmp_path / f"race-{round_}.csv"
            ids = [kc.execute(f"%export roster {target}", allow_stdin=False) for kc in (kernel, kc2)]
            statuses = []
            for kc, msg_id in zip((kernel, kc2), ids):
                while True:
                    reply = kc.get_shell_msg(timeout=60)
                    if reply["parent_header"].get("msg_id") == msg_id:
                        statuses.append(reply["content"]["status"])
                        break
            assert sorted(statuses) == ["error", "ok"], (round_, statuses)
        # the iopub messages of these requests are left unread: drain them
        for kc in (kernel, kc2):
            while kc.iopub_channel.msg_ready():
                kc.get_iopub_msg(timeout=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"race-{r}.csv" for r in range(20))


def test_ten_million_rows_with_no_row_limit_are_cut_and_the_kernel_answers(kernel, run):
    code = ('Etr.display().maxRows(Integer.MAX_VALUE); '
            'Table.create("big", IntColumn.indexColumn("id", 10_000_000, 0), '
            'DoubleColumn.create("half", java.util.stream.IntStream.range(0, 10_000_000).mapToDouble(i -> i * 0.5)))')
    try:
        reply, outputs = run(kernel, code, timeout=300)
        assert reply["status"] == "ok", reply
        data = result(outputs)["data"]
        html, text = data["text/html"], data["text/plain"]
        assert len(html.encode("utf-8")) <= 1_000_000
        assert len(text) <= 1_000_000
        assert "rows not shown: the output of a table stops at 1,000,000 bytes" in html
        assert "Etr.display().maxTableBytes(n) changes it" in html
        assert "<th>9999999</th>" in html and "<th>0</th>" in html, "both ends are shown"
        assert "10,000,000 rows × 2 columns" in html
    finally:
        run(kernel, "Etr.display().reset();")
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
        assert f"{len(rows('timeline')):,} rows" in html
    finally:
        run(kernel, "Etr.display().reset();")


OWN_ARTICLE = """= Kulja Trade Fair =

The Kulja Trade Fair was held in Kulja in September 1946. About 2,000 traders came from the Ili valley.

==Goods==
Some 300 camels carried wool to the fair.

==Traders==
| Year | Traders | Note |
| 1946 | 2,000 | about 2,000 |
| 1947 | 1,250 | |
"""


@pytest.fixture(scope="module")
def own_package(tmp_path_factory):
    """A data package built by the builder from the seeds plus one article of our own, as a user who
    adds an article to seeds/ and runs `make data` (here into a folder of its own) would get."""
    base = tmp_path_factory.mktemp("own")
    seeds = base / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / "kulja-trade-fair.txt").write_text(OWN_ARTICLE, encoding="utf-8")
    out = base / "out"
    jar = ROOT / "datasets" / "target" / "etr-datasets.jar"
    subprocess.run(["java", "-jar", str(jar), "build", "--seeds", str(seeds), "--out", str(out)],
                   check=True, capture_output=True, timeout=120)
    return out


def test_etr_use_reads_another_package(kernel, run, own_package):
    try:
        reply, outputs = run(kernel, f'Etr.use("{own_package}")')
        assert reply["status"] == "ok", reply
        assert result(outputs)["data"]["text/plain"].startswith(f"Etr reads {own_package}: "), outputs
        assert result(outputs)["data"]["text/plain"].endswith(" from 4 articles")
        reply, outputs = run(kernel, 'Etr.timeline().where(Etr.timeline().stringColumn("source")'
                                     '.isEqualTo("kulja-trade-fair.txt")).rowCount()')
        assert reply["status"] == "ok", reply
        assert int(result(outputs)["data"]["text/plain"]) >= 1, "the new article's dated sentence is in the timeline"
        # the article's own table: its plain numbers ("2,000") are number columns, so Plot.bar draws them
        reply, outputs = run(kernel, 'var fair = Etr.table("tables/kulja-trade-fair-1"); '
                                     'fair.intColumn("Traders").asList() + " " + fair.column("Note").type()')
        assert reply["status"] == "ok", reply
        assert result(outputs)["data"]["text/plain"] == "[2000, 1250] STRING", outputs
        reply, outputs = run(kernel, 'Plot.bar(Etr.table("tables/kulja-trade-fair-1"), "Year", "Traders")')
        assert reply["status"] == "ok", reply
        assert "image/png" in result(outputs)["data"], outputs
    finally:
        run(kernel, f'Etr.use("{DATA}")')
    reply, outputs = run(kernel, "Etr.datasets().sources().size()")
    assert result(outputs)["data"]["text/plain"] == "3"


def test_a_kernel_reads_the_package_named_by_etr_data(run, own_package):
    with another_kernel(ETR_DATA=str(own_package)) as kc:
        reply, outputs = run(kc, 'Etr.origin() + " " + Etr.datasets().sources().size()')
        assert reply["status"] == "ok", reply
        assert result(outputs)["data"]["text/plain"] == f"{own_package} 4"


def test_a_kernel_whose_etr_data_has_no_package_says_so_in_one_line(run, tmp_path):
    with another_kernel(ETR_DATA=str(tmp_path)) as kc:
        reply, outputs = run(kc, "Etr.roster()")
        shown = one_line_error(reply, outputs)
        assert f"ETR_DATA={tmp_path}: {tmp_path} holds no datapackage.json" in shown, shown
        assert "unset it to use the package shipped in the kernel jar" in shown.splitlines()[1], shown


def test_the_installed_kernelspec_reads_the_projects_data_folder():
    from jupyter_client.kernelspec import KernelSpecManager
    spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    assert os.path.realpath(spec.env["ETR_DATA"]) == os.path.realpath(DATA)


def test_extension_jar_works_in_a_plain_jjava_kernel_through_jars_magic(run):
    with another_kernel("java") as kc:
        reply, outputs = run(kc, f"%jars {EXT_JAR}")
        assert reply["status"] == "ok", reply
        reply, outputs = run(kc, "Etr.roster()")
        assert reply["status"] == "ok", reply
        assert rows("roster")[0]["name"] in result(outputs)["data"]["text/html"]
        reply, outputs = run(kc, "%datasets")
        assert reply["status"] == "ok", reply


def readme_block(after):
    """The statements of the README's first ```java block after the line that contains `after`: a line that
    starts with `.` continues the statement before it, and the `//` comments are left out."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index(after):].split("```java\n", 1)[1].split("```", 1)[0]
    statements = []
    for line in block.splitlines():
        code = re.sub(r"\s+//.*$", "", line).rstrip()
        if code.lstrip().startswith(".") and statements:
            statements[-1] += " " + code.strip()
        elif code:
            statements.append(code)
    return statements


# the tables the README's examples name without making them (`myTable`, `largest`, ...), made as a reader would
README_SETUP = """
Table troops = Etr.troops();
Table myTable = Etr.aid();
Table largest = troops.summarize("count_high", max).by("side");
largest.column(1).setName("count_high");
Table counts = Table.create("counts", StringColumn.create("ethnicity", "Uyghur", "Uyghur", "Kazakh"),
        StringColumn.create("record", "a", "b", "a"), IntColumn.create("Count", 3, 1, 2));
Table table = Table.create("people", StringColumn.create("group", "Uyghur", "Kazakh", "Hui"),
        IntColumn.create("year", 1941, 1944, 1949), LongColumn.create("population", 2_984_000, 319_000, 92_000));
Table t = Etr.aid();
Table army = troops.where(troops.stringColumn("side").isEqualTo("ETR")).first(1);
Table events = Etr.timeline();
LocalDate day = Etr.day("12 November 1944");
"""


def test_the_readmes_kernel_and_chart_examples_run_as_written(kernel, run, tmp_path):
    """Every line of the README's two example blocks (the kernel's and the charts') runs in the kernel as
    written, so that the README cannot drift from the API: each a value, a table or a chart (PNG and the
    Vega-Lite view), none an error."""
    kernel_lines = readme_block("In a notebook with this kernel there is no import")
    chart_lines = readme_block("A chart from a table in one call")
    assert len(kernel_lines) >= 10 and len(chart_lines) >= 13
    reply, outputs = run(kernel, README_SETUP)
    assert reply["status"] == "ok", [shown_error(c) for k, c in outputs if k == "error"]
    for code in kernel_lines + chart_lines:
        code = code.replace('"exports/mine.csv"', json.dumps(str(tmp_path / "mine.csv")))
        reply, outputs = run(kernel, code)
        assert reply["status"] == "ok", (code, [shown_error(c) for k, c in outputs if k == "error"])
        if code.split(".")[0] in ("Plot", "ScatterPlot", "VerticalBarPlot", "TimelinePlot", "HistogramPlot"):
            data = result(outputs)["data"]
            assert "image/png" in data and "application/vnd.vegalite.v5+json" in data, code
    assert (tmp_path / "mine.csv").exists()


def test_the_readmes_java_api_example_runs_as_written(kernel, run, tmp_path):
    """The README's "In Java" block, with its folders made absolute (`seeds` and `corpus` the seeds, `out` a
    temporary folder), runs in the kernel and writes the package."""
    lines = readme_block("### In Java")
    assert any("Datasets.build" in line for line in lines)
    reply, outputs = run(kernel, "import org.etrkit.datasets.*;\nimport org.etrkit.datasets.tables.Rules;\n"
                         "import java.nio.file.Path;\nRules rules = Rules.defaults();")
    assert reply["status"] == "ok", [shown_error(c) for k, c in outputs if k == "error"]
    seeds = json.dumps(str(ROOT / "seeds"))
    for i, code in enumerate(lines):
        code = (code.replace('Path.of("seeds")', f"Path.of({seeds})").replace('Path.of("corpus")', f"Path.of({seeds})")
                .replace('Path.of("out")', f"Path.of({json.dumps(str(tmp_path / f'out{i}'))})"))
        reply, outputs = run(kernel, code)
        assert reply["status"] == "ok", (code, [shown_error(c) for k, c in outputs if k == "error"])
    written = sorted(p.name for p in tmp_path.iterdir() if p.is_dir())
    assert len(written) == 2 and all((tmp_path / w / "datapackage.json").exists() for w in written)
