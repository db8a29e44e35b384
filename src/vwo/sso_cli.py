"""`vwo sso add/list/remove/link`: the OpenID Connect providers users sign in with."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from core import ApiError, db, sso
from suppliers import scope_exists


def _fail(exc: ApiError) -> int:
    for error in exc.errors or [{"field": "", "message": exc.detail}]:
        field = f"{error['field']}: " if error["field"] else ""
        print(f"fout: {field}{error['message']}", file=sys.stderr)
    return 1


def cmd_add(args: argparse.Namespace) -> int:
    async def go() -> int:
        try:
            provider = sso.Provider(
                name=args.name, issuer=args.issuer, client_id=args.client_id,
                client_secret_env=args.client_secret_env, display_name=args.display_name or "",
                organisation=args.organisation or "", groups_claim=args.groups_claim,
                mappings=tuple(sso.parse_mapping(m) for m in args.map or []), domains=tuple(args.domain or []),
            )
            provider = await sso.add_provider(provider, scope_exists)
        except ApiError as exc:
            return _fail(exc)
        print(f"Provider {provider.name} toegevoegd: knop 'Inloggen met {provider.display_name}'.")
        if not os.environ.get(provider.client_secret_env):
            print(f"Let op: {provider.client_secret_env} is hier niet gezet; de service heeft hem nodig.")
        return 0

    return asyncio.run(db.with_db(go))


def cmd_list(args: argparse.Namespace) -> int:
    async def go() -> int:
        providers = await sso.list_providers()
        if not providers:
            print("Geen providers.")
        for p in providers:
            bound = p.organisation or "hele register"
            print(f"{p.name:16} {p.display_name}  ({bound})  {p.issuer}  client {p.client_id}  "
                  f"geheim uit ${p.client_secret_env}  groepen uit '{p.groups_claim}'")
            for mapping in p.mappings:
                print(f"{'':16} {mapping.as_text()}")
            if p.domains:
                print(f"{'':16} domeinen: {', '.join(p.domains)}")
        return 0

    return asyncio.run(db.with_db(go))


def cmd_remove(args: argparse.Namespace) -> int:
    async def go() -> int:
        try:
            await sso.remove_provider(args.name)
        except ApiError as exc:
            return _fail(exc)
        print(f"Provider {args.name} verwijderd.")
        return 0

    return asyncio.run(db.with_db(go))


def cmd_link(args: argparse.Namespace) -> int:
    async def go() -> int:
        try:
            await sso.link_account(args.name, args.email, args.subject)
        except ApiError as exc:
            return _fail(exc)
        print(f"{args.email.lower()} is gekoppeld aan {args.subject} bij {args.name}.")
        return 0

    return asyncio.run(db.with_db(go))


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``sso``."""
    sso_cmd = subparsers.add_parser("sso", help="inloggen via de eigen organisatie (OpenID Connect)")
    sub = sso_cmd.add_subparsers(dest="sso_command", required=True)
    add = sub.add_parser("add", help="provider toevoegen")
    add.add_argument("name", help="korte naam, in de URL's (/auth/oidc/NAAM/...)")
    add.add_argument("--issuer", required=True, help="issuer-URL (https)")
    add.add_argument("--client-id", required=True)
    add.add_argument("--client-secret-env", required=True, metavar="VAR",
                     help="omgevingsvariabele met het clientgeheim (het geheim zelf wordt niet opgeslagen)")
    add.add_argument("--organisation", metavar="CODE", help="CBS-code of slug; zonder: het hele register")
    add.add_argument("--display-name", metavar="TEKST", help="op de knop: Inloggen met TEKST")
    add.add_argument("--groups-claim", default="groups", metavar="CLAIM")
    add.add_argument("--map", action="append", metavar="GROEP=ROL[:SCOPE]", help="herhaalbaar")
    add.add_argument("--domain", action="append", metavar="DOMEIN", help="e-maildomein van de gebruikers; herhaalbaar")
    add.set_defaults(func=cmd_add)
    sub.add_parser("list", help="providers tonen").set_defaults(func=cmd_list)
    remove = sub.add_parser("remove", help="provider verwijderen")
    remove.add_argument("name")
    remove.set_defaults(func=cmd_remove)
    link = sub.add_parser("link", help="een bestaand account aan een gebruiker van de provider koppelen")
    link.add_argument("name")
    link.add_argument("--email", required=True)
    link.add_argument("--subject", required=True, help="de 'sub' van de gebruiker bij de provider")
    link.set_defaults(func=cmd_link)
