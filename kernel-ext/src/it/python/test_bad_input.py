"""Inputs a historian or journalist plausibly gives the etr-java kernel one step off the path, each
shown as what a user sees: the cell fails with one clean line (or works), nothing of theirs is
replaced, and the kernel answers the next request.
"""
import os
import stat

from test_etr_kernel import one_line_error, result, still_answers


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
