"""One catalogue of every error factfinder raises, each with a stable code.

Messages say what went wrong, with which object, and what to do next.
Codes never change meaning once released; add new ones at the end of a block.
"""

from __future__ import annotations

from enum import Enum


class E(str, Enum):
    # Input and ingestion (1xx)
    E101 = "Path does not exist: {path}. Check the spelling or pass an existing file or folder."
    E102 = "File is empty: {path}. Nothing to ingest; remove it from the batch or fix the export that made it."
    E103 = ("File is {size:,} bytes, over the limit of {limit:,} bytes: {path}. "
            "Raise the limit with --max-size or FACTFINDER_MAX_SIZE if this file is genuine.")
    E104 = ("File looks binary, not text ({reason}): {path}. "
            "If it is a document, give it its real extension (.pdf, .docx, .html).")
    E105 = ("Cannot decode text: {path}: {reason}. "
            "Re-save the file as UTF-8, or pass --encoding with the right one.")
    E106 = "PDF is encrypted: {path}. Decrypt it with its owner's password first (e.g. qpdf --decrypt)."
    E107 = "PDF cannot be read ({reason}): {path}. The file may be truncated; fetch a fresh copy."
    E108 = "DOCX cannot be read ({reason}): {path}. The file may be truncated or not a real Word file."
    E109 = "No text could be extracted from {path} ({reason}). A scanned PDF needs OCR before ingestion."
    E110 = "Unsupported file type {suffix!r}: {path}. Supported: {supported}."
    E111 = "Sidecar metadata file is invalid: {path}: {reason}."
    E112 = "HTML cannot be read ({reason}): {path}."

    # Metadata (2xx)
    E201 = "Unknown metadata field {field!r}. Known fields: {known}."
    E202 = "Invalid value for {field}: {value!r}. {hint}"

    # Store and lookup (3xx)
    E301 = "No source matches {ref!r}. List sources with `factfinder sources`."
    E302 = "Source prefix {ref!r} is ambiguous: it matches {count} sources ({examples}). Give more characters."
    E303 = ("Database {url} has schema revision {found}, which this version of factfinder does not know. "
            "Upgrade factfinder, or point --db at another database.")
    E304 = "Cannot open database {url}: {reason}"
    E305 = "Backup target {path} already exists. Choose a new path; backups never overwrite."
    E306 = "Unknown export format {fmt!r}. Use one of: {formats}."
    E307 = "Original object {sha256} is missing from {path}. Run `factfinder verify` for the full picture."
    E308 = "Export target {path} already exists. Choose a new path or remove the old file first."
    E309 = "No {kind} with id {ref}. List them with `factfinder review SOURCE`."

    # Estimation (4xx)
    E401 = "Cannot import list {path}: {reason}."
    E402 = "A list named {name!r} already exists. Choose another --name."
    E403 = "{path} was already imported as list {name!r}: the same bytes are the same list."
    E404 = "Unknown list(s): {names}. Imported lists: {known}."
    E405 = "Nothing to estimate: {reason}."
    E406 = "Cannot import proceedings from {path}: {reason}."

    # Accounts, access and encryption (5xx)
    E501 = "Wrong user name or password."
    E502 = ("Account {name!r} is locked after {attempts} failed logins until {until} (UTC). "
            "Wait until then, or ask an admin to reset the password.")
    E503 = "Account {name!r} uses two-factor login: give the 6-digit code from your authenticator app."
    E504 = "The 6-digit code is wrong or has expired. Use the code your authenticator app shows now."
    E505 = "{user} ({role}) may not {action}: that needs the {permission!r} permission."
    E506 = "Unknown role {role!r}. Roles: {roles}."
    E507 = ("Password rejected: {reason}. Use at least {min} characters; "
            "a passphrase of four or more unrelated words is easy to remember.")
    E508 = "A user named {name!r} already exists. Choose another name, or change that user's role or password."
    E509 = "No user named {name!r}. List users with `factfinder user list`."
    E510 = ("The field encryption key {path} is missing, but this store holds data encrypted with key {key_id}. "
            "Restore the key file from your key backup (docs/security.md), or point "
            "FACTFINDER_FIELD_KEY_FILE at it. A new key cannot read the old data.")
    E511 = ("Cannot decrypt {what} with the key in {path} (key {key_id}); it was encrypted with key {data_key_id}. "
            "Use the key file it was written with (FACTFINDER_FIELD_KEY_FILE; see docs/security.md).")
    E512 = "The field encryption key file {path} is unusable: {reason}. See docs/security.md for the key format."
    E513 = "Cannot {action} {name!r}: it is the last active admin. Make another user admin first."
    E514 = "Invalid user name {name!r}: use 1–64 letters, digits, dots, dashes or underscores."

    # Checking a text (6xx)
    E601 = "Nothing to check: the text is empty. Give a file with text in it, or pipe text to `factfinder check -`."
    E602 = "The text is {size:,} characters; a check reads at most {limit:,}. Split it into parts and check each."
    E603 = "Cannot read {path}: {reason}."
    E604 = "{path} already exists. Choose a new path for the report; checks never overwrite files."

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return f"[{self.name}] " + self.value.format(**kwargs)


class FactfinderError(Exception):
    """Base for every error factfinder raises on purpose. `code` is the catalogue key."""

    def __init__(self, code: E, **kwargs: object) -> None:
        self.code = code
        self.details = kwargs
        super().__init__(code.format(**kwargs))


class IngestError(FactfinderError):
    """A single input could not be ingested. The batch goes on."""


class NotFound(FactfinderError):
    """A reference (source id, prefix, entity) matched nothing."""


class Ambiguous(FactfinderError):
    """A reference matched more than one object."""


class StoreError(FactfinderError):
    """The database or object store cannot be used as asked."""


class InvalidInput(FactfinderError):
    """A value given by the user is invalid."""


class AuthError(FactfinderError):
    """A login was refused. The subclass says why; the message never says which part was wrong."""


class BadCredentials(AuthError):
    pass


class LockedOut(AuthError):
    def __init__(self, code: E, *, until: object, **kwargs: object) -> None:
        self.until = until
        super().__init__(code, until=until, **kwargs)


class TotpRequired(AuthError):
    pass


class TotpInvalid(AuthError):
    pass


class PermissionDenied(FactfinderError):
    """The acting user's role (or grants) does not allow this."""


class EncryptionKeyError(FactfinderError):
    """The field encryption key is missing, unreadable or not the one the data was written with."""
