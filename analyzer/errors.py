"""One catalogue of user-facing errors; the CLI turns each into one stderr line and an exit code."""
from __future__ import annotations


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
    code = "E001"
    exit_status = 2


class IsDirectory(AnalyzerError):
    code = "E002"
    exit_status = 2


class EmptyInput(AnalyzerError):
    code = "E003"


class NotText(AnalyzerError):
    code = "E004"


class TooLarge(AnalyzerError):
    code = "E005"


class EmptyAfterCleaning(AnalyzerError):
    code = "E006"


class Unreadable(AnalyzerError):
    code = "E007"


class ModelsMissing(AnalyzerError):
    code = "E010"


class BadArguments(AnalyzerError):
    code = "E020"
    exit_status = 2
