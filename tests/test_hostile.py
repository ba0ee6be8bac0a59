"""Hostile inputs and interrupted runs: special files, size limits, odd names, bad output folders,
locks, signals. Each gets a coded one-line error or a complete result; nothing is half-written."""
from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analyzer import cli, errors, folders, ingest
from analyzer.errors import IsDirectory, NotFound, NotRegularFile, NotText, TooLarge
from analyzer.ingest import decode_bytes, read_page
from analyzer.report import files, outdir

ROOT = Path(__file__).resolve().parents[1]
LAKESIDE = ROOT / "tests" / "data" / "lakeside-2024-07-09-heat-conference.txt"
README = ROOT / "README.md"
GBK_NAME = os.fsdecode(b"\xb7\xa2\xb2\xbc\xbb\xe1-2024.txt")  # 发布会 in GBK: not UTF-8


def run_cli(*args, env=None, timeout=300, prefix=()):
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([*prefix, sys.executable, "-m", "analyzer", *map(os.fsencode, map(str, args))],
                          capture_output=True, cwd=ROOT, timeout=timeout, env=env)


def start_cli(*args, env_extra=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    return subprocess.Popen([sys.executable, "-m", "analyzer", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=env)


def one_line(proc) -> str:
    """The one stderr line of a failed command (a note about the NLP backend aside)."""
    assert proc.returncode != 0
    lines = [ln for ln in proc.stderr.decode("utf-8").splitlines() if "note:" not in ln]
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr.decode("utf-8")
    return lines[0]


# ---------------------------------------------------------------- inputs
def test_a_fifo_is_refused_without_being_opened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFile, match="named pipe"):
        read_page(fifo)
    line = one_line(run_cli("export", fifo, timeout=60))  # it used to hang forever
    assert "E008" in line and "pipe.txt" in line


def test_dev_zero_through_a_symlink_is_refused(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(NotRegularFile, match="character device.*/dev/zero"):
        read_page(link)


def test_links_to_nothing_and_loops(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    with pytest.raises(NotFound, match="symbolic link to .*gone.txt"):
        read_page(tmp_path / "dangling.txt")
    with pytest.raises(NotRegularFile, match="loop"):
        read_page(tmp_path / "loop.txt")
    with pytest.raises(IsDirectory):
        read_page(tmp_path)


def test_input_is_read_in_bounded_chunks_up_to_the_limit(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(LAKESIDE.read_bytes() * 40)
    reads = []
    real_read, real_fstat = os.read, os.fstat

    def counting_read(fd, n):
        reads.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(ingest.os, "read", counting_read)
    with pytest.raises(TooLarge):
        ingest.read_limited(big, limit=10_000)
    assert reads == []  # its size says so: nothing is read

    def size_zero(fd):  # as /proc files and growing files report it
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 0,
                               st.st_atime, st.st_mtime, st.st_ctime))

    monkeypatch.setattr(ingest.os, "fstat", size_zero)
    monkeypatch.setattr(ingest, "READ_CHUNK", 4096)
    with pytest.raises(TooLarge):
        ingest.read_limited(big, limit=10_000)
    assert sum(reads) <= 10_001 and max(reads) <= 4096  # never more than the limit in memory
    reads.clear()
    assert ingest.read_limited(big, limit=10 ** 9) == big.read_bytes()
    assert len(reads) > 10 and max(reads) <= 4096


def test_max_mb_on_the_command_line_and_in_the_environment(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_bytes(LAKESIDE.read_bytes())
    assert "E005" in one_line(run_cli("export", "--max-mb", "0.001", doc))
    assert "E005" in one_line(run_cli("export", doc, env={"ANALYZER_MAX_MB": "0.001"}))
    assert "E020" in one_line(run_cli("export", "--max-mb", "-3", doc))
    assert "E020" in one_line(run_cli("export", doc, env={"ANALYZER_MAX_MB": "lots"}))
    before = os.environ.get(ingest.LIMIT_ENV)
    assert cli.main(["export", "--max-mb", "0.001", str(doc)]) == TooLarge.exit_status
    assert os.environ.get(ingest.LIMIT_ENV) == before  # main() puts the environment back


def test_utf16_without_bom_is_text_even_when_nearly_all_chinese():
    text = "主持人：各位记者朋友，大家好！今天的新闻发布会介绍生态环境治理情况。\n" * 30
    for codec in ("utf-16-le", "utf-16-be"):
        data = text.encode(codec)
        assert data.count(0) < len(data) * 0.02  # only the line breaks carry NUL bytes
        decoded, encoding, undecodable, _w = decode_bytes(data)
        assert (decoded, encoding, undecodable) == (text, codec, 0)
        assert decode_bytes(data[:-1])[1] == codec  # cut inside a character
    assert decode_bytes(text.encode("gb18030"))[1] == "gb18030"  # no NULs, not UTF-8: still GB
    assert decode_bytes(text.encode("big5", "replace"))[1] == "cp950"
    with pytest.raises(NotText):
        decode_bytes(b"text\x00with\x00nul" * 10)
    with pytest.raises(NotText):
        decode_bytes(bytes(range(256)) * 64)


# ---------------------------------------------------------------- line endings
CORPUS = ROOT / ".." / "shared" / "corpus"


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_old_mac_line_endings_give_the_turns_of_the_lf_page(path):
    from test_clean import check_accounting

    from analyzer import pipeline
    from analyzer.clean import clean

    text = decode_bytes(path.read_bytes())[0].replace("\r\n", "\n")
    backend = pipeline._backend(None)
    seen = []
    for ending in ("\n", "\r", "\r\n"):
        page_text = text.replace("\n", ending)
        doc = clean(ingest.text_page(page_text, path.name))
        check_accounting(doc, page_text)
        conf = pipeline._analyse_document(doc, backend, None).conference
        seen.append((doc.text, [(t.role, t.kind, t.start, t.end) for t in conf.turns], conf.doc_type))
    assert seen[1] == seen[0] and seen[2] == seen[0]


# ---------------------------------------------------------------- file names of any bytes
def test_a_file_name_that_is_not_utf8_is_shown_escaped_and_kept_recoverable(tmp_path):
    doc = tmp_path / GBK_NAME
    doc.write_bytes(LAKESIDE.read_bytes())
    proc = run_cli("export", doc)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.decode("utf-8"))  # strict: valid UTF-8
    assert out["source"].endswith("\\xb7\\xa2\\xb2\\xbc\\xbb\\xe1-2024.txt")
    assert bytes.fromhex(out["source_bytes"]) == os.fsencode(doc)
    plain = json.loads(run_cli("export", LAKESIDE).stdout.decode("utf-8"))
    assert plain["source_bytes"] is None  # the source itself is exact


def test_a_folder_with_such_names_is_reported_whole(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / GBK_NAME).write_bytes(LAKESIDE.read_bytes())
    (src / "plain.txt").write_bytes(LAKESIDE.read_bytes())
    proc = run_cli("report", src, "--out", out, "--pdf", "none", "-q")
    assert proc.returncode == 0, proc.stderr
    assert b"2 of 2 documents reported" in proc.stdout
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["documents"]) == 2
    for name in (n for names in manifest["documents"].values() for n in names):
        assert name.isascii() and (out / name).exists()  # usable output names
    for p in out.glob("*.csv"):
        p.read_text(encoding="utf-8-sig")  # valid UTF-8 throughout
    docs = (out / "overview.csv").read_text(encoding="utf-8-sig")
    assert "\\xb7\\xa2" in docs


def test_a_folder_run_names_every_file_it_passes_over(tmp_path):
    (tmp_path / "good.txt").write_bytes(LAKESIDE.read_bytes())
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / ".hidden.txt").write_bytes(LAKESIDE.read_bytes())
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    found = folders.scan([tmp_path])
    assert [p.name for p in found.files] == ["good.txt"]
    reasons = {p.name: r for p, r in found.passed_over}
    assert set(reasons) == {"pipe.txt", "zero.txt", "dangling.txt", "loop.txt", ".hidden.txt", "notes.md",
                            ".git", "elsewhere"}
    assert "FIFO" in reasons["pipe.txt"] and "/dev/zero" in reasons["zero.txt"]
    assert "does not exist" in reasons["dangling.txt"] and "loop" in reasons["loop.txt"]
    assert "hidden" in reasons[".hidden.txt"] and "not followed" in reasons["elsewhere"]
    proc = run_cli("report", tmp_path, "--out", tmp_path.parent / f"{tmp_path.name}-out", "--pdf", "none", "-q",
                   timeout=120)
    assert proc.returncode == 0, proc.stderr
    stderr = proc.stderr.decode("utf-8")
    for name in reasons:
        assert f"passed over {tmp_path / name}: " in stderr


# ---------------------------------------------------------------- output folders
def test_out_that_is_a_file_or_below_one(tmp_path):
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    line = one_line(run_cli("report", LAKESIDE, "--out", a_file))
    assert "E030" in line and "is a file" in line
    line = one_line(run_cli("report", LAKESIDE, "--out", a_file / "sub" / "dir"))
    assert "E030" in line and "lies below" in line
    assert "E033" in one_line(run_cli("compare", LAKESIDE, LAKESIDE, "--out", tmp_path))
    assert "E033" in one_line(run_cli("compare", LAKESIDE, LAKESIDE, "--out", "/dev/null"))
    assert "E030" in one_line(run_cli("compare", LAKESIDE, LAKESIDE, "--out", a_file / "c.pdf"))


def test_out_in_a_system_folder():
    with pytest.raises(errors.OutputNotWritable):
        outdir.prepare_folder("/proc/analyzer-reports")
    line = one_line(run_cli("report", LAKESIDE, "--out", "/proc/self/analyzer-reports"))
    assert "E031" in line


def _without_root_privileges() -> tuple[str, ...]:
    """Root writes into read-only folders; run the child without that privilege."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a read-only folder is writable")
    return ("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--")


def test_a_read_only_out_is_found_before_any_analysis(tmp_path):
    prefix = _without_root_privileges()
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        for out in (ro, ro / "new"):
            proc = run_cli("report", LAKESIDE, "--out", out, prefix=prefix)
            assert "E031" in one_line(proc)
            assert "note:" not in proc.stderr.decode("utf-8")  # no document was analysed
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o755)


def test_a_write_failure_midway_is_one_coded_line(tmp_path, monkeypatch, capsys):
    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full)
    code = cli.main(["report", str(LAKESIDE), "--out", str(tmp_path / "out"), "--pdf", "none", "-q"])
    err = [ln for ln in capsys.readouterr().err.splitlines() if "note:" not in ln]
    assert code == errors.WriteFailed.exit_status
    assert len(err) == 1 and "E034" in err[0] and "No space left" in err[0]
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]


def test_no_output_is_renamed_over_a_special_file(tmp_path):
    fifo = tmp_path / "overview.csv"
    os.mkfifo(fifo)
    with pytest.raises(errors.WriteFailed, match="not a regular file"):
        files.atomic_write(fifo, "a,b\n")
    assert fifo.is_fifo() and os.listdir(tmp_path) == ["overview.csv"]


def test_files_get_the_permissions_the_umask_gives(tmp_path):
    for umask, mode in ((0o027, 0o640), (0o002, 0o664)):
        old = os.umask(umask)
        try:
            written = files.atomic_write(tmp_path / f"shared-{umask:o}.csv", "a,b\n")
        finally:
            os.umask(old)
        assert written.stat().st_mode & 0o777 == mode


# ---------------------------------------------------------------- locks, stale files, signals
def _corpus_copies(folder: Path, n: int) -> Path:
    folder.mkdir()
    for k in range(n):
        (folder / f"lakeside-{k}.txt").write_bytes(LAKESIDE.read_bytes())
    return folder


def _wait_for(predicate, proc, seconds=120.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.02)
    return False


def _lock_held(folder: Path) -> bool:
    path = folder / outdir.LOCK_NAME
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def _temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if outdir.STALE_TEMPORARY.match(p.name)]


def test_two_runs_into_one_folder_do_not_interleave(tmp_path):
    src = _corpus_copies(tmp_path / "in", 4)
    out = tmp_path / "out"
    first = start_cli("report", src, "--out", out, "--pdf", "all", "-q")
    try:
        assert _wait_for(lambda: _lock_held(out), first), first.communicate()
        second = run_cli("report", LAKESIDE, "--out", out, "--pdf", "none")
        line = one_line(second)
        assert "E032" in line and f"process {first.pid}" in line
    finally:
        first.communicate(timeout=600)
    assert first.returncode == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["documents"]) == sorted(str(p) for p in src.iterdir())
    assert not (out / "lakeside-2024-07-09-heat-conference.json").exists()  # nothing of the second run


def test_the_lock_is_taken_before_any_analysis(tmp_path, capsys):
    with outdir.claimed(tmp_path / "out"):
        assert cli.main(["report", str(LAKESIDE), "--out", str(tmp_path / "out")]) == errors.OutputBusy.exit_status
    err = capsys.readouterr().err
    assert "E032" in err and "note:" not in err
    with outdir.claimed(tmp_path / "out") as claim:  # released: claimable again
        assert claim.folder == tmp_path / "out"


def test_sigterm_is_handled_like_sigint(tmp_path):
    src = _corpus_copies(tmp_path / "in", 6)
    out = tmp_path / "out"
    cache = tmp_path / "cache"
    child = start_cli("report", src, "--out", out, "--pdf", "all", "-q", env_extra={"ANALYZER_CACHE_DIR": str(cache)})
    # mid-run: the folder is claimed and a first document is analysed, the others are not yet
    assert _wait_for(lambda: _lock_held(out) and cache.is_dir() and any(p.is_file() for p in cache.rglob("*")), child)
    child.send_signal(signal.SIGTERM)
    _stdout, stderr = child.communicate(timeout=120)
    assert child.returncode == errors.EXIT_TERMINATED, stderr
    assert stderr.decode("utf-8").strip().splitlines()[-1] == "analyzer: terminated (SIGTERM)"
    assert _temporaries(out) == []
    assert not _lock_held(out)
    for pdf_file in out.glob("*.pdf"):
        assert pdf_file.read_bytes().rstrip().endswith(b"%%EOF")  # whole files only


def test_temporaries_left_by_sigkill_are_removed_by_the_next_run(tmp_path):
    src = _corpus_copies(tmp_path / "in", 6)
    out = tmp_path / "out"
    child = start_cli("report", src, "--out", out, "--pdf", "all", "-q")
    caught = _wait_for(lambda: out.is_dir() and bool(_temporaries(out)), child)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert caught  # killed while a temporary file existed
    (out / ".lakeside-0.pdf.k1ll3d_x.tmp").write_bytes(b"%PDF- half")  # and one for certain
    assert not _lock_held(out)  # the lock died with its process
    proc = run_cli("report", src, "--out", out, "--pdf", "none", "-q")
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"removed \d+ temporary file", proc.stderr.decode("utf-8"))
    assert _temporaries(out) == []
    assert b"6 of 6 documents reported" in proc.stdout


# ---------------------------------------------------------------- the error table
def _readme_table() -> dict[str, tuple[str, str]]:
    rows = re.findall(r"^\| (E\d{3}) \| (\d+) \| (.+?) \|$", README.read_text(encoding="utf-8"), re.MULTILINE)
    return {code: (status, cause) for code, status, cause in rows}


def test_the_readme_error_table_matches_the_catalogue():
    table = _readme_table()
    catalogue = errors.catalogue()
    assert set(table) == set(catalogue) | {errors.INTERNAL_CODE}
    for code, cls in catalogue.items():
        status, cause = table[code]
        assert int(status) == cls.exit_status, code
        assert cause == " ".join((cls.__doc__ or "").split()), code
    assert int(table[errors.INTERNAL_CODE][0]) == errors.EXIT_INTERNAL
    assert len({cls.code for cls in catalogue.values()}) == len(catalogue)  # no code used twice
