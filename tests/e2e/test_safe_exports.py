"""`shopapp due --csv` and `shopapp reminders --pdf` write only where they should (issue 18, item 3 and the
logo/template half of item 8), in their own processes: a link, a pipe, a device or a folder at the target is
refused with one line and exit 2 and left as it was; a replaced file keeps its mode and owner, a new one
follows the umask; a full disk is one line, exit 2, the old file intact; "-" is standard output; a logo or
a template that is not a regular file cannot hang the command."""

import errno
import os
import pty
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from disk_support import fill, small_disk
from message_patterns import ANY, message_pattern
from reminder_support import odd_fleet, pdf_pages
from reminders_summary import letters_written, standard_output
from words import words

from shopapp.reports.letters.html import LOGO_LIMIT, TEMPLATE_LIMIT
from shopapp.resources import UnreadableFile, file_kind, read_small_file
from shopapp.store.database import open_store
from shopapp.store.models import db

PYTHON = [sys.executable, "-m", "shopapp"]
NO_SPACE = os.strerror(errno.ENOSPC)  # the system's words for a full disk
# What a bug would print instead of a refusal (asked of the catalogue when a test runs).
UNEXPECTED = "unexpected error (%1); details in the log file"


def cannot_write(path, reason: str) -> str:
    """The line of an export that was not written: the command's "shopapp: " and ExportTarget's words."""
    return "shopapp: " + words("ExportTarget", "cannot write %1: %2", path, reason)


def unreadable(path: Path, limit: int) -> str:
    """Why ShopApp will not read the file at `path` (shopapp.resources' own words, asked in this process)."""
    with pytest.raises(UnreadableFile) as refused:
        read_small_file(path, limit=limit)
    return refused.value.reason


def shopapp(*args, timeout=120, **options):
    options.setdefault("capture_output", True)
    return subprocess.run([*PYTHON, *args], timeout=timeout, **options)


@pytest.fixture
def shop(shopapp_home):
    """Customers with due cars (the reminder tests' odd fleet): due rows and letters to write."""
    database = open_store(shopapp_home, "")
    odd_fleet()
    database.close()
    db.initialize(None)
    return shopapp_home


def command_for(kind: str, target: Path) -> list[str]:
    return ["due", "--csv", str(target)] if kind == "csv" else ["reminders", "--pdf", str(target)]


def one_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8")
    assert text.count("\n") == 1, text
    assert "Traceback" not in text
    assert not message_pattern("CommandLine", UNEXPECTED, ANY).search(text)
    return text.rstrip("\n")


def no_temporary_files(folder: Path) -> None:
    assert [path.name for path in folder.iterdir() if path.name.endswith(".part")] == []


# -- what is at the target -------------------------------------------------------------------------------


def make_symlink(folder: Path) -> tuple[Path, int]:
    """(the target, what it is: its file type)."""
    real = folder / "precious.txt"
    real.write_text("the shop's price list\n", encoding="utf-8")
    link = folder / "link-to-precious"
    link.symlink_to(real)
    return link, stat.S_IFLNK


def make_fifo(folder: Path) -> tuple[Path, int]:
    fifo = folder / "pipe"
    os.mkfifo(fifo)
    return fifo, stat.S_IFIFO


def make_folder(folder: Path) -> tuple[Path, int]:
    inner = folder / "a-folder"
    inner.mkdir()
    (inner / "kept.txt").write_text("kept\n", encoding="utf-8")
    return inner, stat.S_IFDIR


def make_device(folder: Path) -> tuple[Path, int]:
    """A device node like /dev/null (same major/minor), made here so that a bug cannot touch /dev."""
    node = folder / "null-device"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return node, stat.S_IFCHR


def snapshot(path: Path) -> tuple:
    """What a target is, so a test can tell that nothing changed."""
    info = os.lstat(path)
    what = (stat.S_IFMT(info.st_mode), stat.S_IMODE(info.st_mode), info.st_ino, info.st_rdev)
    if stat.S_ISLNK(info.st_mode):
        target = Path(os.readlink(path))
        return (*what, str(target), target.read_bytes())
    if stat.S_ISDIR(info.st_mode):
        return (*what, sorted(child.name for child in path.iterdir()))
    return what


@pytest.mark.child_process_output
@pytest.mark.parametrize("make", [make_symlink, make_fifo, make_folder, make_device])
@pytest.mark.parametrize("kind", ["csv", "pdf"])
def test_a_target_that_is_not_a_regular_file_is_refused_and_left_alone(shop, out, make, kind):
    target, file_type = make(out)
    assert stat.S_IFMT(os.lstat(target).st_mode) == file_type
    before = snapshot(target)
    listing = sorted(path.name for path in out.iterdir())

    result = shopapp(*command_for(kind, target), timeout=60)  # a pipe opened for writing would block

    assert result.returncode == 2
    line = one_line(result.stderr)
    not_a_file = words(
        "ExportTarget", "it is not a regular file (%1); choose a file name", file_kind(file_type)
    )
    assert line == cannot_write(target, not_a_file)
    assert result.stdout == b""
    assert snapshot(target) == before
    assert sorted(path.name for path in out.iterdir()) == listing


@pytest.mark.parametrize("kind", ["csv", "pdf"])
def test_a_replaced_file_keeps_its_mode_and_owner(shop, out, kind):
    target = out / f"shared.{kind}"
    target.write_bytes(b"yesterday's export\n")
    target.chmod(0o664)
    owner = None
    if os.geteuid() == 0:  # root can give the file away, as a shared folder's file would be
        owner = (4321, 4322)
        os.chown(target, *owner)

    result = shopapp(*command_for(kind, target), umask=0o077)

    assert result.returncode == 0, result.stderr
    assert target.read_bytes() != b"yesterday's export\n"
    info = target.stat()
    assert stat.S_IMODE(info.st_mode) == 0o664  # not the 0600 a temporary file starts with
    if owner is not None:
        assert (info.st_uid, info.st_gid) == owner
    no_temporary_files(out)


@pytest.mark.parametrize(("umask", "mode"), [(0o002, 0o664), (0o022, 0o644), (0o077, 0o600)])
@pytest.mark.parametrize("kind", ["csv", "pdf"])
def test_a_new_file_follows_the_umask(shop, out, kind, umask, mode):
    target = out / f"new.{kind}"
    result = shopapp(*command_for(kind, target), umask=umask)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == mode
    no_temporary_files(out)


def test_a_symlinked_folder_on_the_way_is_fine(shop, out, tmp_path):
    """Only the last name must be a regular file: a link among the folders (/tmp on macOS) is normal."""
    linked = tmp_path / "linked-out"
    linked.symlink_to(out)
    result = shopapp("due", "--csv", str(linked / "due.csv"))
    assert result.returncode == 0, result.stderr
    assert (out / "due.csv").is_file()


# -- a full disk -------------------------------------------------------------------------------------------


@pytest.fixture
def full_disk(tmp_path):
    with small_disk(tmp_path / "small-disk") as folder:
        yield folder


@pytest.mark.child_process_output
@pytest.mark.parametrize("kind", ["csv", "pdf"])
def test_a_full_disk_is_one_line_and_the_old_file_stays(shop, full_disk, kind):
    target = full_disk / f"export.{kind}"
    target.write_bytes(b"yesterday's export\n")
    fill(full_disk)

    result = shopapp(*command_for(kind, target))

    assert result.returncode == 2
    assert one_line(result.stderr) == cannot_write(target, NO_SPACE)
    assert target.read_bytes() == b"yesterday's export\n"
    no_temporary_files(full_disk)


# -- standard output ---------------------------------------------------------------------------------------


@pytest.mark.child_process_output
def test_reminders_pdf_to_standard_output(shop, out):
    result = shopapp("reminders", "--pdf", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"%PDF-")
    assert result.stdout.rstrip().endswith(b"%%EOF")
    pdf = out / "from-stdout.pdf"
    pdf.write_bytes(result.stdout)
    pages = pdf_pages(pdf)
    assert pages >= 4
    summary = result.stderr.decode("utf-8")  # the PDF has standard output to itself
    assert summary.splitlines()[0] == letters_written(4, pages, standard_output())


@pytest.mark.child_process_output
def test_reminders_pdf_to_a_terminal_is_refused(shop):
    controller, terminal = pty.openpty()
    try:
        result = subprocess.run(
            [*PYTHON, "reminders", "--pdf", "-"], stdout=terminal, stderr=subprocess.PIPE, timeout=60
        )
    finally:
        os.close(terminal)
        os.close(controller)
    assert result.returncode == 2
    on_a_terminal = words(
        "CommandLine", "a PDF cannot be shown on a terminal: redirect standard output, or name a file"
    )
    assert one_line(result.stderr) == f"shopapp: {on_a_terminal}"


@pytest.mark.child_process_output
@pytest.mark.parametrize("command", [["due", "--csv", "-"], ["due"], ["reminders", "--pdf", "-"]])
def test_standard_output_on_a_full_disk_is_one_line(shop, command):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        result = subprocess.run([*PYTHON, *command], stdout=full, stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 2
    no_output = words("CommandLine", "cannot write the output: %1", NO_SPACE)
    assert one_line(result.stderr) == f"shopapp: {no_output}"


# -- the logo and the template -----------------------------------------------------------------------------


def set_logo(path) -> None:
    result = shopapp("config", "set", "shop_logo", str(path))
    assert result.returncode == 0, result.stderr


@pytest.mark.child_process_output
@pytest.mark.parametrize("logo", ["fifo", "/dev/zero", "too-large", "folder", "missing", "not-an-image"])
def test_a_logo_that_cannot_be_used_is_one_line_and_the_letters_print(shop, out, tmp_path, logo):
    if logo == "fifo":
        path = tmp_path / "logo.png"
        os.mkfifo(path)  # nobody writes into it: opening it to read would wait forever
    elif logo == "too-large":
        path = tmp_path / "logo.png"
        with open(path, "wb") as handle:
            handle.truncate(5_000_001)  # sparse: over the 5 MB limit without filling the disk
    elif logo == "folder":
        path = tmp_path
    elif logo == "missing":
        path = tmp_path / "nope.png"
    elif logo == "not-an-image":
        path = tmp_path / "logo.png"
        path.write_text("not an image\n", encoding="utf-8")
    else:
        path = Path(logo)  # an endless device: read to its end, it never ends
        if not path.exists():
            pytest.skip(f"no {logo}")
    set_logo(path)
    target = out / "letters.pdf"

    result = shopapp("reminders", "--pdf", str(target), timeout=30)

    assert result.returncode == 0, result.stderr
    if logo == "not-an-image":  # read, but no picture in it
        problem = words(
            "LetterTemplate",
            "the shop logo %1 cannot be used: it is not an image (use PNG, JPEG or SVG)",
            path,
        )
    else:  # never read: the reading helper says why
        problem = words(
            "LetterTemplate", "the shop logo %1 cannot be used: %2", path, unreadable(path, LOGO_LIMIT)
        )
    without_it = words("CommandLine", "%1; the letters are printed without it", problem)
    assert one_line(result.stderr) == f"shopapp: {without_it}"
    assert result.stdout.decode("utf-8").splitlines()[0] == letters_written(4, pdf_pages(target), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in out.iterdir()) == ["letters.pdf"]  # no .part file


def shopapp_with_resources(resources: Path, *args: str, timeout=30):
    """`shopapp ARGS` with its bundled resources in `resources` (as a PyInstaller bundle finds its own)."""
    code = (
        "import sys; sys._MEIPASS = sys.argv.pop(1); "
        "from shopapp.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(resources.parent), *args],
        capture_output=True,
        timeout=timeout,
    )


@pytest.mark.child_process_output
@pytest.mark.parametrize("template", ["fifo", "too-large", "not-utf-8", "missing-part"])
def test_a_letter_template_that_cannot_be_used_is_one_line_and_exit_2(shop, out, tmp_path, template):
    from shopapp.paths import resources_dir

    resources = tmp_path / "bundle" / "resources"
    shutil.copytree(resources_dir(), resources, ignore=shutil.ignore_patterns("screenshots"))
    path = resources / "letters" / "reminder.html"
    original = path.read_text(encoding="utf-8")
    path.unlink()
    if template == "fifo":
        os.mkfifo(path)
    elif template == "too-large":
        path.write_text(original + " " * 1_000_000, encoding="utf-8")
    elif template == "not-utf-8":
        path.write_bytes(original.encode("utf-8") + b"\xff\xfe")
    else:
        path.write_text(original.replace("<!-- part:vehicle -->", ""), encoding="utf-8")
    target = out / "letters.pdf"

    result = shopapp_with_resources(resources, "reminders", "--pdf", str(target))

    assert result.returncode == 2, result.stderr
    if template == "not-utf-8":
        reason = words("LetterTemplate", "it is not UTF-8 text")
    elif template == "missing-part":
        reason = words("LetterTemplate", "it has no part '%1'", "vehicle")
    else:  # never read: the reading helper says why
        reason = unreadable(path, TEMPLATE_LIMIT)
    cannot_read = words("LetterTemplate", "cannot read the letter template %1: %2", path, reason)
    assert one_line(result.stderr) == f"shopapp: {cannot_read}"
    assert list(out.iterdir()) == []  # neither the PDF nor a temporary file
