"""One catalogue of user-facing errors; the CLI turns each into one stderr line and an exit code.

Each class's docstring is its cause as the README's error table states it (a test keeps the
two in step); ``catalogue()`` lists them by code.
"""
from __future__ import annotations

EXIT_INTERNAL = 3  # E999: an error the catalogue does not name (a bug): the CLI says so in one line
INTERNAL_CODE = "E999"
EXIT_INTERRUPTED = 130  # SIGINT (Ctrl-C), as a shell reports it
EXIT_TERMINATED = 143  # SIGTERM or SIGHUP: handled like SIGINT, temporary files removed


class AnalyzerError(Exception):
    """An error the user can act on. ``code`` is stable; ``str(err)`` is the one-line message."""

    code = "E000"
    exit_status = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class NotFound(AnalyzerError):
    """A named file or folder does not exist, or is a symbolic link to nothing."""

    code = "E001"
    exit_status = 2


class IsDirectory(AnalyzerError):
    """A folder was named where a file is expected (export, show, explain, compare)."""

    code = "E002"
    exit_status = 2


class EmptyInput(AnalyzerError):
    """The file is empty or holds only white space."""

    code = "E003"


class NotText(AnalyzerError):
    """The file is binary (an image, an archive, a PDF, NUL or control bytes), not text."""

    code = "E004"


class TooLarge(AnalyzerError):
    """The file is larger than the input limit (--max-mb, $ANALYZER_MAX_MB, 200 MB by default)."""

    code = "E005"


class EmptyAfterCleaning(AnalyzerError):
    """Nothing is left once markup and page chrome are removed."""

    code = "E006"


class Unreadable(AnalyzerError):
    """The file cannot be read (permission denied, an I/O error)."""

    code = "E007"


class NotRegularFile(AnalyzerError):
    """The path is a named pipe (FIFO), a device, a socket or a loop of symbolic links, not a regular file."""

    code = "E008"


class ModelsMissing(AnalyzerError):
    """stanza models were required but none were found in --models, $STANZA_RESOURCES_DIR or models/."""

    code = "E010"


class BadArguments(AnalyzerError):
    """The command line is invalid (an unknown command, a limit that is not a positive number)."""

    code = "E020"
    exit_status = 2


class OutputNotFolder(AnalyzerError):
    """--out names an existing file, or a path below a file, where a folder is needed."""

    code = "E030"
    exit_status = 2


class OutputNotWritable(AnalyzerError):
    """The output folder cannot be created or written (read-only, no permission, a system folder)."""

    code = "E031"


class OutputBusy(AnalyzerError):
    """Another report is writing into the same output folder (it holds the folder's lock file)."""

    code = "E032"


class OutputIsFolder(AnalyzerError):
    """compare --out names a folder or a special file where a PDF file name is needed."""

    code = "E033"
    exit_status = 2


class WriteFailed(AnalyzerError):
    """An output could not be written mid-run (disk full, the folder removed or made read-only)."""

    code = "E034"


def catalogue() -> dict[str, type[AnalyzerError]]:
    """Every error class by its code, in code order."""
    found: dict[str, type[AnalyzerError]] = {}
    todo = list(AnalyzerError.__subclasses__())
    while todo:
        cls = todo.pop()
        if cls.code in found:  # two classes of one code would hide each other in the README's table
            raise TypeError(f"error code {cls.code} is used by {found[cls.code].__name__} and {cls.__name__}")
        found[cls.code] = cls
        todo.extend(cls.__subclasses__())
    return dict(sorted(found.items()))
