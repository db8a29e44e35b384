"""A small OpenID provider of the tests' own (joserfc), for the token faults a real one never makes.

It serves discovery, keys, an authorize endpoint that signs the user straight in, and a token
endpoint whose ID token carries the fault the test asks for: a wrong nonce or audience, an
expired token, a key the provider never published, an oversized or malformed claim.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from joserfc import jwt
from joserfc.jwk import KeySet, OctKey, RSAKey


class FakeProvider:
    def __init__(self) -> None:
        self.key = RSAKey.generate_key(2048, parameters={"kid": "published"})
        self.rogue = RSAKey.generate_key(2048, parameters={"kid": "never-published"})
        self.fault = ""
        self.claims: dict[str, Any] = {}
        self.codes: dict[str, str] = {}  # code -> nonce
        self.issuer = ""
        self.client_id = "vwo-register"

    def discovery(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer, "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token", "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"], "id_token_signing_alg_values_supported": ["RS256"],
        }

    def id_token(self, nonce: str) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer, "aud": self.client_id, "sub": "subject-1", "iat": now, "exp": now + 300,
            "nonce": nonce, "email": "fien@beekdal.example", "name": "Fien Groen", "groups": ["fg-team"],
            **self.claims,
        }
        key = self.key
        if self.fault == "wrong_nonce":
            claims["nonce"] = "not-the-nonce-we-sent"
        elif self.fault == "wrong_audience":
            claims["aud"] = "some-other-application"
        elif self.fault == "expired":
            claims["iat"], claims["exp"] = now - 3600, now - 1800
        elif self.fault == "unknown_key":
            key = self.rogue
        elif self.fault == "oversized_groups":
            claims["groups"] = [f"groep-{i}" for i in range(5000)]
        elif self.fault == "malformed_groups":
            claims["groups"] = "fg-team"
        elif self.fault == "malformed_email":
            claims["email"] = ["fien@beekdal.example"]
        elif self.fault == "garbage":
            return "dit-is-geen.id-token"
        elif self.fault == "shared_secret":
            # signed with the client secret (HS256): an algorithm confusion the client must refuse
            return jwt.encode({"alg": "HS256"}, claims, OctKey.import_key("test-client-secret"))
        return jwt.encode({"alg": "RS256", "kid": key.kid}, claims, key)


def _handler(provider: FakeProvider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _json(self, body: dict[str, Any], status: int = 200) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            url = urlparse(self.path)
            if url.path == "/.well-known/openid-configuration":
                self._json(provider.discovery())
            elif url.path == "/jwks":
                self._json(KeySet([provider.key]).as_dict(private=False))
            elif url.path == "/authorize":
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                code = secrets.token_urlsafe(16)
                provider.codes[code] = query.get("nonce", "")
                self.send_response(302)
                target = query["redirect_uri"] + "?" + urlencode({"code": code, "state": query.get("state", "")})
                self.send_header("Location", target)
                self.end_headers()
            else:
                self._json({"error": "not_found"}, 404)

        def do_POST(self) -> None:
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode()).items()}
            nonce = provider.codes.pop(form.get("code", ""), None)
            if nonce is None:
                self._json({"error": "invalid_grant"}, 400)
                return
            self._json({"access_token": "x", "token_type": "Bearer", "id_token": provider.id_token(nonce)})

    return Handler


@contextmanager
def running_fake_provider() -> Iterator[FakeProvider]:
    provider = FakeProvider()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(provider))
    provider.issuer = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()
