"""factfinder user add|list|role|password|disable|totp / grant / confidential / security encrypt-existing

Accounts are for the web app and the REST API. The CLI itself has no login: it acts as the
local operator with every right, and records FACTFINDER_USER in the custody log.
"""

from __future__ import annotations

import sys

import click
from rich.markup import escape
from rich.table import Table

from factfinder.cli.main import cli
from factfinder.cli.output import console, print_json
from factfinder.security import ROLES, Security


def _password(password_stdin: bool) -> str:
    if password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@cli.group(name="user")
def user_group():
    """Accounts of the web app and REST API, with their roles (admin, analyst, reviewer, viewer)."""


@user_group.command(name="add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True,
              help="admin: everything; analyst: write and see witness details; reviewer: review; viewer: read.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin "
                                                      "(else it is asked for twice, hidden).")
@click.pass_obj
def user_add(app, name, role, password_stdin):
    """Add a user. Passwords need at least 12 characters; a passphrase is best."""
    principal = Security(app.wb).add_user(name, role, _password(password_stdin))
    console.print(f"Added {escape(principal.name)} ({principal.role}).")


@user_group.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="A JSON array of users.")
@click.pass_obj
def user_list(app, as_json):
    """List users, their roles, and whether they use two-factor login or are locked or disabled."""
    users = Security(app.wb).list_users()
    if as_json:
        print_json(users)
        return
    table = Table("name", "role", "2FA", "state", "created")
    for u in users:
        state = "disabled" if u["disabled"] else f"locked until {u['locked_until']}" if u["locked_until"] else "active"
        table.add_row(escape(u["name"]), u["role"], "yes" if u["totp"] else "no", state, u["created_at"][:10])
    console.print(table)


@user_group.command(name="role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
@click.pass_obj
def user_role(app, name, role):
    """Change a user's role; it applies at once, to open sessions and tokens too."""
    Security(app.wb).set_role(name, role)
    console.print(f"{escape(name)} is now {role}.")


@user_group.command(name="password")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the new password from the first line of stdin.")
@click.pass_obj
def user_password(app, name, password_stdin):
    """Set a new password; ends the user's sessions and tokens and lifts a lockout."""
    Security(app.wb).set_password(name, _password(password_stdin))
    console.print(f"Password of {escape(name)} changed.")


@user_group.command(name="disable")
@click.argument("name")
@click.pass_obj
def user_disable(app, name):
    """Disable a user (kept, so the custody log's names stay meaningful); ends their sessions."""
    Security(app.wb).disable_user(name)
    console.print(f"{escape(name)} is disabled.")


@user_group.command(name="totp")
@click.argument("name")
@click.option("--off", is_flag=True, help="Turn two-factor login off again (e.g. for a lost phone).")
@click.pass_obj
def user_totp(app, name, off):
    """Turn on two-factor login: prints the secret and an otpauth:// URI for an authenticator app.
    From then on the user logs in with password and a 6-digit code. Running it again replaces the secret."""
    if off:
        Security(app.wb).disable_totp(name)
        console.print(f"Two-factor login is off for {escape(name)}.")
        return
    secret, uri = Security(app.wb).enable_totp(name)
    console.print(f"secret  {secret}\nuri     {uri}", soft_wrap=True)
    console.print("[dim]Enter the secret (or a QR code of the URI) in the user's authenticator app; "
                  "it is shown only now.[/dim]")


@cli.command()
@click.argument("source")
@click.argument("user")
@click.option("--revoke", is_flag=True, help="Take the grant away instead.")
@click.pass_obj
def grant(app, source, user, revoke):
    """Let USER see the confidential SOURCE (id or unique prefix); admins see every source."""
    security = Security(app.wb)
    if revoke:
        security.revoke(source, user)
        console.print(f"{escape(user)} may no longer see {source}.")
    else:
        security.grant(source, user)
        console.print(f"{escape(user)} may see {source}.")


@cli.command()
@click.argument("source")
@click.argument("state", type=click.Choice(["on", "off"]))
@click.pass_obj
def confidential(app, source, state):
    """Flag SOURCE confidential (on: only admins and granted users see it) or open it again (off)."""
    Security(app.wb).set_confidential(source, state == "on")
    console.print(f"{source} is {'confidential' if state == 'on' else 'visible to every user'}.")


@cli.group(name="security")
def security_group():
    """Encryption of sensitive fields at rest (see docs/security.md)."""


@security_group.command(name="encrypt-existing")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def encrypt_existing(app, as_json):
    """Encrypt victim records stored in plain text by a factfinder from before encryption.
    Creates the key file (keys/field.key) if there is none yet: back it up."""
    result = app.wb.encrypt_existing()
    if as_json:
        print_json(result)
        return
    console.print(f"Encrypted {result['encrypted']} of {result['total']} victim record(s) with key {result['key_id']}.")
