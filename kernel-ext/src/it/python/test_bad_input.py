"""Inputs a historian or journalist plausibly gives the etr-java kernel one step off the path, each
shown as what a user sees: the cell fails with one clean line (or works), nothing of theirs is
replaced, and the kernel answers the next request.
"""
import csv
import json
import os
import shutil
import stat
import time
import uuid

from pathlib import Path

from conftest import shown_error
from test_etr_kernel import DATA, one_line_error, result, rows, still_answers


def test_export_with_overwrite_never_replaces_a_pipe_or_a_device(kernel, run, tmp_path):
    # run as root, `%export roster /dev/null --overwrite` turned the system's /dev/null into a regular file
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    for code in (f"%export roster {pipe} --overwrite", f'Etr.export(Etr.roster(), "{pipe}", true)'):
        reply, outputs = run(kernel, code)
        shown = one_line_error(reply, outputs)
        assert f"'{pipe}' cannot be written: is a device, a pipe or a socket, not a regular file" in shown, shown
        assert stat.S_ISFIFO(os.lstat(pipe).st_mode), "the pipe is still a pipe"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.csv"], "no temporary file left"
    still_answers(kernel, run)


NO_TROOPS = 'Etr.troops().where(Etr.troops().stringColumn("side").isEqualTo("nobody"))'


def test_a_plot_of_a_filter_that_kept_no_row_is_one_line_or_empty_axes(kernel, run):
    # a misspelt side in `where` keeps no row: bars were a 21-line XChart trace; a line plot draws empty axes
    for code in (f'Plot.bar({NO_TROOPS}, "side", "count_high")',
                 f'Plot.stackedBar({NO_TROOPS}, "side", "force", "count_high")'):
        reply, outputs = run(kernel, code)
        shown = one_line_error(reply, outputs)
        assert "VerticalBarPlot: table 'troops' has no rows; there is nothing to draw" in shown, shown
    reply, outputs = run(kernel, f'Plot.line({NO_TROOPS}, "date_from", "count_high")')
    assert reply["status"] == "ok", reply
    assert "image/png" in result(outputs)["data"]
    still_answers(kernel, run)


def test_infinite_values_are_left_out_of_a_plot_and_a_chart_xchart_cannot_paint_is_one_line(kernel, run):
    ratios = ('Table.create("ratios", DoubleColumn.create("x", 1, 2, 3), '
              'DoubleColumn.create("y", 1, Double.POSITIVE_INFINITY, 3))')
    for code in (f'Plot.line({ratios}, "x", "y")', f'Plot.scatter({ratios}, "x", "y")',
                 f'Plot.histogram({ratios}, "y")'):
        reply, outputs = run(kernel, code)
        assert reply["status"] == "ok", (code, reply)
        assert "image/png" in result(outputs)["data"], code
    reply, outputs = run(kernel, "new CategoryChartBuilder().title(\"nothing yet\").build()")
    shown = one_line_error(reply, outputs)
    assert "could not draw this chart: XChart cannot paint it (java.util.NoSuchElementException)" in shown, shown
    still_answers(kernel, run)


def edited_package(tmp_path, name, edit):
    """A copy of the committed package in tmp_path/name whose datapackage.json `edit` changed, as by hand."""
    edited = tmp_path / name
    shutil.copytree(DATA, edited)
    descriptor = edited / "datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    edit(package)
    descriptor.write_text(json.dumps(package, indent=2), encoding="utf-8")
    return edited


def unhashed(package, path):
    """The resource of `path`, its hash and size taken out, as after a hand edit of its CSV."""
    resource = next(r for r in package["resources"] if r["path"] == path)
    del resource["hash"], resource["bytes"]
    return resource


def test_a_package_edited_by_hand_is_refused_in_one_short_line(kernel, run, tmp_path):
    # a field taken out of roster's schema in datapackage.json: univocity's 2 KB parser configuration before
    edited = edited_package(tmp_path, "edited", lambda package: package["resources"][0]["schema"]["fields"].pop())
    reply, outputs = run(kernel, f'Etr.use("{edited}")')
    shown = one_line_error(reply, outputs)
    assert "Etr.use: roster.csv:1: the header has more columns than the 5 fields of the schema" in shown, shown
    assert len(shown) < 300 and "Parser Configuration" not in shown, shown
    reply, outputs = run(kernel, "Etr.origin()")
    assert result(outputs)["data"]["text/plain"] != str(edited), "the package in use is still the one before"
    still_answers(kernel, run)


def test_a_resource_path_edited_by_hand_is_named_in_one_line(kernel, run, tmp_path):
    # roster.csv renamed Roster.csv and the descriptor edited to match: an IllegalArgumentException trace before
    edited = edited_package(tmp_path, "renamed", lambda package: package["resources"][0].update(path="Roster.csv"))
    (edited / "roster.csv").rename(edited / "Roster.csv")
    reply, outputs = run(kernel, f'Etr.use("{edited}")')
    shown = one_line_error(reply, outputs)
    assert "resource 'roster': path 'Roster.csv' is no table file of a package" in shown, shown
    still_answers(kernel, run)


def test_a_day_before_the_common_era_is_refused_in_one_line(kernel, run):
    # "12 November 1944 BC" gave 1944-11-12: the era was ignored
    reply, outputs = run(kernel, 'Etr.day("12 November 44 BC")')
    shown = one_line_error(reply, outputs)
    assert "Etr.day: '12 November 44 BC' names a day before the Common Era; the kit's dates are all AD" in shown, shown
    reply, outputs = run(kernel, 'Etr.day("12 November 1944 AD")')
    assert result(outputs)["data"]["text/plain"] == "1944-11-12"
    still_answers(kernel, run)


def test_a_value_edited_by_hand_into_a_csv_is_named_by_file_and_line(kernel, run, tmp_path):
    # a line number typed as "12a" in a spreadsheet: Tablesaw's "Error while adding cell from row 3 ..." before
    edited = edited_package(tmp_path, "edited", lambda package: unhashed(package, "roster.csv"))
    lines = (edited / "roster.csv").read_bytes().split(b"\r\n")
    lines[3] = lines[3].rsplit(b",", 1)[0] + b",12a"
    (edited / "roster.csv").write_bytes(b"\r\n".join(lines))
    reply, outputs = run(kernel, f'Etr.use("{edited}")')
    shown = one_line_error(reply, outputs)
    assert "Etr.use: roster.csv:4: column 'line' holds integers; '12a' is not one" in shown, shown
    still_answers(kernel, run)


def test_export_to_a_path_starting_with_a_tilde_writes_in_the_home_folder_and_makes_no_folder(kernel, run):
    # a shell user's "~/r.csv" wrote <working dir>/~/r.csv, a folder named ~ in the kernel's folder
    reply, outputs = run(kernel, 'java.nio.file.Path.of("").toAbsolutePath().toString()')
    cwd = Path(result(outputs)["data"]["text/plain"])
    reply, outputs = run(kernel, 'System.getProperty("user.home")')
    home = Path(result(outputs)["data"]["text/plain"])
    had_tilde = (cwd / "~").exists()
    name = f"etr-it-{uuid.uuid4().hex}"
    try:
        for code, file in ((f"%export roster ~/{name}-magic.csv", f"{name}-magic.csv"),
                           (f'Etr.export(Etr.roster(), "~/{name}-api.csv", false)', f"{name}-api.csv")):
            reply, outputs = run(kernel, code)
            assert reply["status"] == "ok", (code, reply, outputs)
            assert (home / file).is_file(), (code, outputs)
            assert str(home / file) in "".join(str(o) for o in outputs), outputs
    finally:
        for suffix in ("magic", "api"):
            (home / f"{name}-{suffix}.csv").unlink(missing_ok=True)  # written by this test only
    assert had_tilde or not (cwd / "~").exists(), "no folder named ~"
    still_answers(kernel, run)


def test_export_to_a_spreadsheet_name_is_one_line_and_writes_nothing(kernel, run, tmp_path):
    # '%export roster r.xlsx' wrote CSV under a name a spreadsheet then refuses to open
    target = tmp_path / "roster.xlsx"
    reply, outputs = run(kernel, f'%export roster "{target}"')
    shown = one_line_error(reply, outputs)
    assert f"%export: '{target}' is named for another format (.xlsx); the file would hold CSV: name it roster.csv" in shown, shown
    assert not target.exists()
    still_answers(kernel, run)


def test_a_chart_of_the_rosters_positions_draws_the_missing_one(kernel, run):
    # the roster's empty positions are a category of their own: 'XChart cannot paint it (Zero length string ...)'
    reply, outputs = run(kernel, 'Plot.bar(Etr.roster().countBy("position"), "position", "Count")')
    assert reply["status"] == "ok", reply
    data = result(outputs)["data"]
    assert "image/png" in data
    assert '"x": "(missing)"' in json.dumps(data["application/vnd.vegalite.v5+json"]["data"]), "the empty position's bar"
    still_answers(kernel, run)


def test_columns_named_x_and_y_keep_the_interactive_view(kernel, run):
    # the view's positions were overwritten by the hover text "10,000": no line, no bars
    reply, outputs = run(kernel, 'Plot.line(Table.create("t", DoubleColumn.create("x", 10000, 20000), '
                                 'DoubleColumn.create("y", 1500, 2500)), "x", "y")')
    assert reply["status"] == "ok", reply
    values = result(outputs)["data"]["application/vnd.vegalite.v5+json"]["data"]["values"]
    assert [(v["x"], v["y"]) for v in values] == [(10000, 1500), (20000, 2500)], values
    assert [(v["_x"], v["_y"]) for v in values] == [("10,000", "1,500"), ("20,000", "2,500")], "the hover keeps the text"


def test_a_line_break_in_a_cell_keeps_each_row_of_the_text_form_on_one_line(kernel, run):
    reply, outputs = run(kernel, 'Table.create("notes", StringColumn.create("quote", "first line\\nsecond", "b"), '
                                 'IntColumn.create("n", 1, 2))')
    assert reply["status"] == "ok", reply
    text = result(outputs)["data"]["text/plain"]
    assert text.splitlines()[2].startswith("0  first line\\nsecond"), text
    assert len(text.splitlines()) == 5, text


def test_the_first_row_of_a_filter_that_kept_none_is_one_line(kernel, run):
    # a misspelt name keeps no row; its row(0) failed inside JJava's renderer with a 19-line trace
    reply, outputs = run(kernel, 'Etr.roster().where(Etr.roster().stringColumn("name").isEqualTo("Elihan Tora")).row(0)')
    shown = one_line_error(reply, outputs)
    assert "row 0 is past the end of its table, which has fewer rows (did a filter keep no row?" in shown, shown
    reply, outputs = run(kernel, "Etr.roster().row(0)")
    assert reply["status"] == "ok" and rows("roster")[0]["name"] in result(outputs)["data"]["text/plain"]
    still_answers(kernel, run)


def test_a_magic_typed_in_capitals_is_one_line_naming_the_one_meant(kernel, run):
    # '%Export roster r.csv' (a phone's or caps lock's capital) showed JJava's 4-line UndefinedMagicException trace
    for typed, meant in (("Export", "export"), ("EXPORT", "export"), ("Datasets", "datasets"), ("Help", "help")):
        reply, outputs = run(kernel, f"%{typed} roster r.csv")
        shown = one_line_error(reply, outputs)
        assert f"%{typed} is no magic; did you mean %{meant}?" in shown, shown
    reply = kernel.complete("%ex", 3, reply=True, timeout=60)
    assert reply["content"]["matches"] == ["%export"], "Tab offers no misspelling"
    reply, outputs = run(kernel, "%datasets")
    assert reply["status"] == "ok", reply
    still_answers(kernel, run)


def test_a_column_a_table_does_not_have_is_one_line_naming_the_columns_it_has(kernel, run):
    # a misspelt column name was Tablesaw's 4-line 'Column count_hgh does not exist in table troops' trace
    for code, table, column, meant in (('Etr.troops().column("count_hgh")', "troops", "count_hgh", "count_high"),
                                       ('Etr.troops().numberColumn("count_hgh")', "troops", "count_hgh", "count_high"),
                                       ('Etr.demographics().numberColumn("share")', "demographics", "share",
                                        "share_pct"),
                                       ('Etr.roster().column("Ethnicity")', "roster", "Ethnicity", None)):
        reply, outputs = run(kernel, code)
        if meant is None:  # Tablesaw finds a column whatever its case: that still works
            assert reply["status"] == "ok", (code, reply)
            continue
        shown = one_line_error(reply, outputs)
        assert len(shown.splitlines()) == 1, shown
        assert f"no column '{column}' in table '{table}'; did you mean {meant}? columns: " in shown, shown
    still_answers(kernel, run)


def test_a_column_a_package_lost_is_one_line_in_the_cell_using_it(kernel, run, tmp_path):
    # count_high taken out of troops.csv and its schema by hand: a prebuilt notebook's numberColumn("count_high")
    def without_count_high(package):
        schema = unhashed(package, "troops.csv")["schema"]
        schema["fields"] = [f for f in schema["fields"] if f["name"] != "count_high"]

    edited = edited_package(tmp_path, "lost", without_count_high)
    with open(edited / "troops.csv", newline="", encoding="utf-8") as f:
        table = list(csv.reader(f))
    drop = table[0].index("count_high")
    with open(edited / "troops.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(r[:drop] + r[drop + 1:] for r in table)
    try:
        reply, _ = run(kernel, f'Etr.use("{edited}")')
        assert reply["status"] == "ok", reply
        reply, outputs = run(kernel, 'Etr.troops().numberColumn("count_high").sum()')
        shown = one_line_error(reply, outputs)
        assert len(shown.splitlines()) == 1, shown
        assert "no column 'count_high' in table 'troops'; columns: force, side, date, date_from, date_to, count_low, " \
               "qualifier" in shown, shown
        still_answers(kernel, run)
    finally:
        run(kernel, f'Etr.use("{DATA}")')


def test_a_column_a_table_derived_from_etr_does_not_have_is_still_one_line(kernel, run):
    # a filtered, sorted, copied or narrowed troops table was Tablesaw's own: its 4-line 'Column count_hgh does not
    # exist in table troops' trace for the same misspelling that is one line on Etr.troops() itself
    columns = ", ".join(rows("troops")[0])
    for derived in ('Etr.troops().where(Etr.troops().stringColumn("side").isNotMissing())',
                    'Etr.troops().sortOn("-count_high")', "Etr.troops().copy()", "Etr.troops().first(5)",
                    'Etr.troops().dropWhere(Etr.troops().stringColumn("side").isMissing())',
                    "Etr.troops().dropDuplicateRows()",
                    'Etr.troops().where(Etr.troops().numberColumn("count_high").isGreaterThan(0)).sortOn("force")'):
        reply, outputs = run(kernel, f'{derived}.numberColumn("count_hgh")')
        shown = one_line_error(reply, outputs)
        assert len(shown.splitlines()) == 1, shown
        assert f"no column 'count_hgh' in table 'troops'; did you mean count_high? columns: {columns}" in shown, shown
    reply, outputs = run(kernel, 'Etr.troops().selectColumns("force", "side").column("count_high")')
    shown = one_line_error(reply, outputs)
    assert len(shown.splitlines()) == 1 and "no column 'count_high' in table 'troops'; columns: force, side" in shown
    still_answers(kernel, run)


def test_export_to_a_path_in_typographic_quotes_is_one_line_and_writes_nothing(kernel, run, tmp_path):
    # '%export roster “/home/me/r.csv”' (quotes a word processor or a phone typed) wrote a folder named “ in the
    # kernel's folder, and the file under it
    reply, outputs = run(kernel, 'java.nio.file.Path.of("").toAbsolutePath().toString()')
    cwd = Path(result(outputs)["data"]["text/plain"])
    before = sorted(p.name for p in cwd.iterdir())
    for quoted in (f"\u201c{tmp_path}/r.csv\u201d", f"\u201c{tmp_path}/my file.csv\u201d", "\u2018r.csv\u2019"):
        reply, outputs = run(kernel, f"%export roster {quoted}")
        shown = one_line_error(reply, outputs)
        assert "is in typographic quotes, which do not quote in a magic line and would be part of the name; use " \
               'straight double quotes: %export roster "my file.csv"' in shown, shown
    assert sorted(p.name for p in cwd.iterdir()) == before, "nothing made in the kernel's folder"
    assert list(tmp_path.iterdir()) == []
    still_answers(kernel, run)


def test_export_of_a_table_of_the_notebooks_own_says_how_to_write_it(kernel, run, tmp_path):
    # '%export mine mine.csv' for a filtered table: "no table 'mine'; tables: roster, ..." and no way out
    reply, _ = run(kernel, 'var mine = Etr.troops().where(Etr.troops().stringColumn("side").isNotMissing());')
    assert reply["status"] == "ok", reply
    target = tmp_path / "mine.csv"
    reply, outputs = run(kernel, f"%export mine {target}")
    shown = one_line_error(reply, outputs)
    hint = f'a table of your own is written with Etr.export(mine, "{target}", false)'
    assert "%export: no table 'mine'; tables: roster, " in shown and hint in shown, shown
    assert not target.exists()
    reply, outputs = run(kernel, hint.split("with ", 1)[1])
    assert reply["status"] == "ok", reply
    assert len(rows("mine", tmp_path)) == len([r for r in rows("troops") if r["side"]])
    still_answers(kernel, run)


def test_sorting_on_a_misspelt_column_or_asking_a_column_as_another_type_is_one_line(kernel, run):
    # sortOn("count_hgh") was Tablesaw's "Unrecognized Column: 'count_hgh'" with 3 frames; stringColumn("count_high")
    # a ClassCastException naming JJava's class loaders
    for code in ('Etr.troops().sortOn("count_hgh")', 'Etr.troops().first(5).sortOn("-count_hgh")'):
        reply, outputs = run(kernel, code)
        shown = one_line_error(reply, outputs)
        assert len(shown.splitlines()) == 1 and "no column 'count_hgh' in table 'troops'; did you mean count_high?" in shown
    reply, outputs = run(kernel, 'Etr.troops().stringColumn("count_high")')
    shown = one_line_error(reply, outputs)
    assert len(shown.splitlines()) == 1, shown
    assert "column 'count_high' of table 'troops' is a LongColumn, not a StringColumn; use longColumn(\"count_high\") " \
           "or numberColumn(\"count_high\")" in shown, shown
    still_answers(kernel, run)


def test_export_to_a_folder_path_or_a_name_of_spaces_is_one_line_and_writes_nothing(kernel, run, tmp_path):
    # '%export roster exports/' wrote a file named exports; Etr.export(t, "   ", false) a file named with 3 spaces
    reply, outputs = run(kernel, f"%export roster {tmp_path}/exports/")
    shown = one_line_error(reply, outputs)
    assert f"%export: '{tmp_path}/exports/' names a folder; give a file name such as {tmp_path}/exports/roster.csv" \
        in shown, shown
    reply, outputs = run(kernel, 'java.nio.file.Path.of("").toAbsolutePath().toString()')
    cwd = Path(result(outputs)["data"]["text/plain"])
    reply, outputs = run(kernel, 'Etr.export(Etr.roster(), "   ", false)')
    shown = one_line_error(reply, outputs)
    assert "Etr.export: '   ' is no file name; give one such as roster.csv" in shown, shown
    assert not (cwd / "   ").exists() and list(tmp_path.iterdir()) == []
    still_answers(kernel, run)


def test_a_negative_count_of_first_or_last_is_one_line_with_the_range_that_leaves_rows_out(kernel, run):
    # Etr.troops().first(-1) (pandas' head(-1): all rows but the last) was RoaringBitmap's "rangeEnd=-1 should be in
    # [0, 0xffffffff + 1]" in a 9-line trace
    troops = len(rows("troops"))
    for code, hint in (("Etr.troops().first(-1)", f"inRange(0, {troops - 1}) for all rows but the last 1"),
                       ('Etr.troops().sortOn("force").last(-1)', f"inRange(1, {troops}) for all rows but the first 1")):
        reply, outputs = run(kernel, code)
        shown = one_line_error(reply, outputs)
        assert len(shown.splitlines()) == 1, shown
        method = code.rsplit(".", 1)[1]
        assert f"{method} of table 'troops': a number of rows cannot be negative; give 0 to {troops} (its rows), " \
               f"or {hint}" in shown, shown
    still_answers(kernel, run)


def test_a_stray_quote_opening_a_cell_is_named_by_its_line_not_quoted_to_the_end_of_the_file(kernel, run, tmp_path):
    # a quote typed before a name in a spreadsheet or editor: the rest of the file was read into that cell and the
    # one line quoted it whole ("column 'name' holds text; 'Elihan Tore,Uzbek,...\r\nHakim Beg Khoja,..." to the end)
    edited = edited_package(tmp_path, "quoted", lambda package: unhashed(package, "roster.csv"))
    lines = (edited / "roster.csv").read_bytes().split(b"\r\n")
    lines[1] = b'"' + lines[1]
    (edited / "roster.csv").write_bytes(b"\r\n".join(lines))
    reply, outputs = run(kernel, f'Etr.use("{edited}")')
    shown = one_line_error(reply, outputs)
    assert "Etr.use: roster.csv:2: a quote opens the cell of column 'name' and is not closed on that line" in shown, shown
    assert "Hakim" not in shown and len(shown) < 300, shown
    still_answers(kernel, run)


def test_a_table_linked_out_of_its_package_or_to_a_pipe_or_device_is_one_line_at_once(kernel, run, tmp_path):
    # a package folder whose troops.csv is a link: to another folder's file it was read as the package's own, to
    # /dev/zero it filled the heap (OutOfMemoryError), to a named pipe the kernel hung until interrupted
    outside = tmp_path / "elsewhere.csv"
    shutil.copy(DATA / "troops.csv", outside)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for name, target, says in (("linked", outside, f"links to {outside.resolve()}, outside the package folder"),
                               ("zero", Path("/dev/zero"), "links to /dev/zero, outside the package folder"),
                               ("piped", None, "is a device, a pipe or a socket, not a regular file")):
        edited = tmp_path / name
        shutil.copytree(DATA, edited)
        (edited / "troops.csv").unlink()
        if target is None:
            os.mkfifo(edited / "troops.csv")
        else:
            (edited / "troops.csv").symlink_to(target)
        reply, outputs = run(kernel, f'Etr.use("{edited}")', timeout=60)
        shown = one_line_error(reply, outputs)
        assert f"Etr.use: {edited / 'troops.csv'}: resource 'troops' {says}" in shown, shown
        reply, outputs = run(kernel, "Etr.origin()")
        assert str(edited) not in result(outputs)["data"]["text/plain"], "the package in use is still the one before"
    assert outside.read_bytes() == (DATA / "troops.csv").read_bytes(), "the file linked to is left as it was"
    still_answers(kernel, run)


def test_interrupting_a_long_load_leaves_the_package_in_use_and_the_kernel_answering(kernel, kernel_manager, run,
                                                                                     tmp_path):
    # a large package read whole (its descriptor gives no sizes) interrupted with JupyterLab's stop button
    def grown(package):
        unhashed(package, "troops.csv")
    edited = edited_package(tmp_path, "large", grown)
    data = (edited / "troops.csv").read_bytes()
    header, body = data.split(b"\r\n", 1)
    with open(edited / "troops.csv", "wb") as f:
        f.write(header + b"\r\n")
        for _ in range(max(1, (150 << 20) // len(body))):
            f.write(body)
    msg_id = kernel.execute(f'Etr.use("{edited}")')
    time.sleep(3)
    kernel_manager.interrupt_kernel()
    reply = kernel.get_shell_msg(timeout=120)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kernel.get_shell_msg(timeout=120)
    assert reply["content"]["status"] in ("error", "abort"), reply["content"]
    shown = []
    while True:
        msg = kernel.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
        if msg["msg_type"] in ("error", "stream"):
            shown.append(shown_error(msg["content"]) if msg["msg_type"] == "error" else msg["content"]["text"])
    # what JupyterLab shows: the cell's line and JJava's own word for it, no Java trace
    assert len(shown) == 1 and shown[0].splitlines()[-1] == "Evaluation interrupted.", shown
    assert len(shown[0].splitlines()) <= 2 and "\tat " not in shown[0], shown
    reply, outputs = run(kernel, "Etr.troops().rowCount()", timeout=60)
    assert reply["status"] == "ok", outputs
    assert result(outputs)["data"]["text/plain"] == str(len(rows("troops"))), "the package in use before"
    still_answers(kernel, run)


def test_a_null_day_label_theme_or_hover_list_given_to_a_plot_is_one_line(kernel, run):
    # a missing date of a column (Tablesaw's get gives null) marked on a timeline, a null theme or hover list: Java
    # NullPointerExceptions with the plot API's stack frames before
    missing_day = 'Etr.troops().dateColumn("date_from").get(Etr.troops().dateColumn("date_from").isMissing().get(0))'
    reply, outputs = run(kernel, 'TimelinePlot.builder(Etr.timeline(), "date_from", "event")'
                                 f'.mark({missing_day}, "ETR declared").build()')
    shown = one_line_error(reply, outputs)
    assert "TimelinePlot: mark: the day is null" in shown and "'ETR declared'" in shown, shown
    for call, said in [('Plot.theme(null)', "Plot.theme: the theme is null; give PlotTheme.LIGHT or PlotTheme.DARK"),
                       ('ScatterPlot.builder(Etr.troops(), "date_from", "count_low").theme(null).build()',
                        "ScatterPlot: the theme is null"),
                       ('ScatterPlot.builder(Etr.troops(), "date_from", "count_low").hover((String[]) null).build()',
                        "ScatterPlot: hover(null) names no column"),
                       ('Plot.bar(Etr.troops(), null, "count_high")',
                        "VerticalBarPlot: a column name is null; columns: force, side,")]:
        reply, outputs = run(kernel, call)
        shown = one_line_error(reply, outputs)
        assert said in shown, shown
    # a mark with no label is a line without text, as a missing label elsewhere is drawn rather than refused
    reply, outputs = run(kernel, 'TimelinePlot.builder(Etr.timeline(), "date_from", "event")'
                                 '.mark(Etr.day("12 November 1944"), null).build()')
    assert reply["status"] == "ok", outputs
    assert "image/png" in result(outputs)["data"]
    still_answers(kernel, run)


def test_a_day_past_the_end_of_its_month_is_named_as_such(kernel, run):
    # "31 February 1945" was refused as "names 1945-02, not one day", as if no day had been typed
    for text, said in [("31 February 1945", "February 1945 has 28 days, not a day 31"),
                       ("February 29, 1945", "February 1945 has 28 days, not a day 29"),
                       ("30 Feb. 1946", "February 1946 has 28 days, not a day 30"),
                       ("31 April 1945", "April 1945 has 30 days, not a day 31")]:
        reply, outputs = run(kernel, f'Etr.day("{text}")')
        shown = one_line_error(reply, outputs)
        assert f"Etr.day: '{text}' names no day: {said}" in shown, shown
    reply, outputs = run(kernel, 'Etr.day("29 February 1944")')
    assert result(outputs)["data"]["text/plain"] == "1944-02-29"
    reply, outputs = run(kernel, 'Etr.day("February 1945")')
    assert "names 1945-02, not one day" in one_line_error(reply, outputs)
    still_answers(kernel, run)


def test_a_csv_saved_again_in_a_spreadsheets_encoding_is_named_by_file_line_and_byte(kernel, run, tmp_path):
    # roster.csv saved by a spreadsheet in Windows-1252 ("Üyghur" as the byte 0xDC): read with U+FFFD in place of
    # each such letter, the text changed without a word
    edited = edited_package(tmp_path, "cp1252", lambda package: unhashed(package, "roster.csv"))
    text = (edited / "roster.csv").read_bytes().decode("utf-8")
    (edited / "roster.csv").write_bytes(text.replace("Uyghur", "Üyghur", 1).encode("cp1252"))
    reply, outputs = run(kernel, f'Etr.use("{edited}")')
    shown = one_line_error(reply, outputs)
    column = text.split("\r\n")[2].index("Uyghur") + 1
    assert (f"Etr.use: roster.csv:3: not valid UTF-8: byte 0xDC at byte {column} of the line; the file was saved in"
            " another encoding") in shown, shown
    reply, outputs = run(kernel, "Etr.origin()")
    assert result(outputs)["data"]["text/plain"] != str(edited), "the package in use is still the one before"
    still_answers(kernel, run)


def test_export_into_a_data_package_folder_is_one_line_and_leaves_the_package_whole(kernel, run, tmp_path):
    # `%export troops <package>/roster.csv --overwrite` wrote the troops over the roster of the package in use (the
    # next Etr.use of it failed on its size), and a new file there was deleted by the next build, which replaces
    # the folder whole
    package = tmp_path / "package"
    shutil.copytree(DATA, package)
    before = {p.name: p.read_bytes() for p in package.iterdir() if p.is_file()}
    reply, outputs = run(kernel, f'Etr.use("{package}")')
    assert reply["status"] == "ok", outputs
    try:
        for cell in [f"%export troops {package}/roster.csv --overwrite", f"%export troops {package}/mine.csv",
                     f'Etr.export(Etr.troops(), "{package}/tables/mine.csv", false)']:
            reply, outputs = run(kernel, cell)
            shown = one_line_error(reply, outputs)
            assert f"lies in the data package folder {package}, which etr-datasets build wrote and replaces whole" \
                   in shown, shown
            assert "export to a folder of your own, such as exports/" in shown, shown
        assert {p.name: p.read_bytes() for p in package.iterdir() if p.is_file()} == before
        assert not (package / "tables" / "mine.csv").exists()
        reply, outputs = run(kernel, f'Etr.use("{package}")')
        assert reply["status"] == "ok", outputs
    finally:
        run(kernel, f'Etr.use("{DATA}")')
    still_answers(kernel, run)


def test_export_with_overwrite_onto_a_symbolic_link_writes_through_it_and_keeps_the_link(kernel, run, tmp_path):
    # `%export troops mine.csv --overwrite` on a link to a file elsewhere replaced the user's link with a regular file
    # (and left the file it led to as it was); a link to no file must be refused, not replaced
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "real.csv"
    real.write_text("old\n")
    here = tmp_path / "here"
    here.mkdir()
    link = here / "mine.csv"
    link.symlink_to("../elsewhere/real.csv")
    for code in (f"%export roster {link} --overwrite", f'Etr.export(Etr.roster(), "{link}", true)'):
        real.write_text("old\n")
        reply, outputs = run(kernel, code)
        assert reply["status"] == "ok", outputs
        assert link.is_symlink() and os.readlink(link) == "../elsewhere/real.csv", "the link is still the link"
        assert real.read_text(encoding="utf-8") == (DATA / "roster.csv").read_text(encoding="utf-8")
        assert sorted(p.name for p in here.iterdir()) == ["mine.csv"], "no temporary file left beside the link"
        assert sorted(p.name for p in elsewhere.iterdir()) == ["real.csv"], "no temporary file left beside the file"
    dangling = here / "gone.csv"
    dangling.symlink_to("/nonexistent/gone.csv")
    for code in (f"%export roster {dangling} --overwrite", f'Etr.export(Etr.roster(), "{dangling}", true)'):
        reply, outputs = run(kernel, code)
        shown = one_line_error(reply, outputs)
        assert (f"'{dangling}' cannot be written: is a symbolic link to /nonexistent/gone.csv, whose file does not"
                " exist; the link is not replaced") in shown, shown
        assert dangling.is_symlink() and os.readlink(dangling) == "/nonexistent/gone.csv"
    assert sorted(p.name for p in here.iterdir()) == ["gone.csv", "mine.csv"]
    still_answers(kernel, run)


def test_a_field_type_table_schema_does_not_have_is_one_line_naming_the_resource_and_the_field(kernel, run, tmp_path):
    # roster's "line" given type "int" by hand in datapackage.json was read silently as text (Frictionless refuses it)
    def retype(package):
        line = next(f for f in package["resources"][0]["schema"]["fields"] if f["name"] == "line")
        line["type"] = "int"
    edited = edited_package(tmp_path, "retyped", retype)
    reply, outputs = run(kernel, f'Etr.use("{edited}")')
    shown = one_line_error(reply, outputs)
    assert (f"{edited}/datapackage.json: resource 'roster', field 'line': type 'int' is not a Table Schema type;"
            " use one of string, number, integer, boolean, date") in shown, shown
    reply, outputs = run(kernel, "Etr.origin()")
    assert result(outputs)["data"]["text/plain"] != str(edited), "the package in use is still the one before"
    still_answers(kernel, run)


def test_export_onto_a_symbolic_link_into_a_data_package_folder_is_refused(kernel, run, tmp_path):
    # written through, a link to a package's table would put the export over the package's own file
    package = tmp_path / "package"
    shutil.copytree(DATA, package)
    before = (package / "roster.csv").read_bytes()
    link = tmp_path / "mine.csv"
    link.symlink_to(package / "roster.csv")
    reply, outputs = run(kernel, f"%export troops {link} --overwrite")
    shown = one_line_error(reply, outputs)
    assert f"lies in the data package folder {package}, which etr-datasets build wrote" in shown, shown
    assert (package / "roster.csv").read_bytes() == before and link.is_symlink()
    still_answers(kernel, run)


def test_a_column_of_tiny_values_is_charted_with_their_exponents_not_as_zero(kernel, run):
    # shares of 1e-300 (or 0.0003): the bars hovered "0", and a histogram's bins were all "0–0", one category to Vega
    tiny = 'Table.create("tiny", StringColumn.create("k", "a", "b", "c"), DoubleColumn.create("v", 1e-300, 2e-300, 3e-300))'
    reply, outputs = run(kernel, f'Plot.bar({tiny}, "k", "v")')
    assert reply["status"] == "ok", reply
    values = result(outputs)["data"]["application/vnd.vegalite.v5+json"]["data"]["values"]
    assert [v["v"] for v in values] == ["1e-300", "2e-300", "3e-300"], values
    reply, outputs = run(kernel, f'Plot.histogram({tiny}, "v")')
    assert reply["status"] == "ok", reply
    data = result(outputs)["data"]
    bins = [v["x"] for v in data["application/vnd.vegalite.v5+json"]["data"]["values"]]
    assert len(set(bins)) == len(bins) == 3 and "0\u20130" not in bins, bins
    assert "image/png" in data
    still_answers(kernel, run)


def test_a_resource_path_given_as_a_list_or_taken_out_is_named_for_what_it_is(kernel, run, tmp_path):
    # Frictionless allows "path": ["a.csv", "b.csv"]; the kit said "resource 'roster' is not a CSV file"
    for name, edit, says in (
            ("listed", lambda package: package["resources"][0].update(path=["roster.csv", "roster-2.csv"]),
             "path is a list of 2 files [roster.csv, roster-2.csv]; a table of the kit is one CSV file"),
            ("pathless", lambda package: package["resources"][0].pop("path"), "no path to its CSV file")):
        edited = edited_package(tmp_path, name, edit)
        reply, outputs = run(kernel, f'Etr.use("{edited}")')
        shown = one_line_error(reply, outputs)
        assert f"Etr.use: {edited}/datapackage.json: resource 'roster': {says}" in shown, shown
        reply, outputs = run(kernel, "Etr.origin()")
        assert str(edited) not in result(outputs)["data"]["text/plain"], "the package in use is still the one before"
    still_answers(kernel, run)


def test_describe_of_huge_finite_values_gives_finite_statistics(kernel, run):
    # 1e300 and -1e300: the std was "inf" (the squares overflow); 1e308 three times a mean of NaN
    huge = ('Table.create("huge", DoubleColumn.create("a", 1e300, -1e300, 1e-300), '
            'DoubleColumn.create("b", 1e308, 1e308, 1e308))')
    reply, outputs = run(kernel, f"Etr.describe({huge})")
    assert reply["status"] == "ok", reply
    lines = {line.split()[1]: line.split()[2:] for line in result(outputs)["data"]["text/plain"].splitlines()[1:-1]}
    assert lines["std"] == ["1.0e+300", "0.0"], lines
    assert lines["mean"][1] == "1.0e+308", lines
    still_answers(kernel, run)


def test_use_of_a_packages_datapackage_json_reads_its_folder_and_of_a_csv_says_it_is_no_folder(kernel, run, tmp_path):
    # Etr.use(".../datapackage.json") said ".../datapackage.json holds no datapackage.json"
    package = tmp_path / "package"
    shutil.copytree(DATA, package)
    reply, outputs = run(kernel, f'Etr.use("{package / "datapackage.json"}")')
    assert reply["status"] == "ok", reply
    assert result(outputs)["data"]["text/plain"].startswith(f"Etr reads {package}: "), outputs
    reply, outputs = run(kernel, f'Etr.use("{package / "roster.csv"}")')
    shown = one_line_error(reply, outputs)
    assert f"Etr.use: {package / 'roster.csv'} is a file, not a folder; give the folder" in shown, shown
    reply, outputs = run(kernel, "Etr.origin()")
    assert result(outputs)["data"]["text/plain"] == str(package), "the package in use is still the one before"
    reply, outputs = run(kernel, f'Etr.use("{DATA}")')
    assert reply["status"] == "ok", reply
    still_answers(kernel, run)
