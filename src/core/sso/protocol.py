"""The OpenID Connect protocol, through Authlib and joserfc: discovery, keys, the
authorization request (state, nonce, PKCE), the code exchange and the ID-token checks.

Discovery documents and key sets are cached per process (they are public and the same for
every process); an ID token signed by a key the cache does not know makes one refetch of the
provider's keys, so a provider that rotated its keys keeps working. Every call to a provider
has a short time limit: a provider that is down or slow gives a 502 or 503, not a hanging page.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import anyio
import httpx
from authlib.common.security import generate_token
from authlib.oauth2.rfc6749.parameters import prepare_grant_uri
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from joserfc import jws, jwt
from joserfc.errors import (
    BadSignatureError,
    ExpiredTokenError,
    InvalidClaimError,
    InvalidKeyIdError,
    JoseError,
    MissingClaimError,
)
from joserfc.jwk import KeySet

from core.sso.errors import SsoFailure
from core.sso.providers import Provider

#: Discovery documents and key sets are fetched again after this long.
CACHE_SECONDS = 3600.0
#: A provider's answer is read up to this size.
MAX_RESPONSE_BYTES = 256 * 1024
#: An ID token longer than this is refused unread.
MAX_ID_TOKEN_BYTES = 16 * 1024
#: Seconds of clock difference allowed for exp, iat, nbf.
LEEWAY_SECONDS = 60
#: Signature algorithms accepted (asymmetric only: no "none", no shared-secret HMAC).
ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"]
SCOPES = "openid email profile"

_metadata: dict[str, tuple[float, dict[str, Any]]] = {}
_keys: dict[str, tuple[float, KeySet]] = {}


@dataclass(frozen=True)
class Pending:
    """What the callback needs to finish a login, kept in the (shared) session store."""

    provider: str
    state: str
    nonce: str
    verifier: str
    next: str
    started: float


def forget_caches() -> None:
    """Drop every cached document and key set (tests, and after a provider is removed)."""
    _metadata.clear()
    _keys.clear()


async def _fetch(method: str, url: str, timeout: float, provider: Provider, **kw: Any) -> httpx.Response:
    """One request to the provider, bounded in time and size; 502/503 when it fails."""
    try:
        with anyio.fail_after(timeout):
            async with (
                httpx.AsyncClient(timeout=timeout, follow_redirects=False) as client,
                client.stream(method, url, **kw) as response,
            ):
                body = b""
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > MAX_RESPONSE_BYTES:
                        raise SsoFailure(502, "provider_response", provider.display_name)
                return httpx.Response(response.status_code, headers=response.headers, content=body)
    except (TimeoutError, httpx.TimeoutException) as exc:
        raise SsoFailure(503, "provider_timeout", provider.display_name) from exc
    except httpx.HTTPError as exc:
        raise SsoFailure(502, "provider_down", provider.display_name) from exc


def _json_object(response: httpx.Response, provider: Provider) -> dict[str, Any]:
    try:
        data = json.loads(response.content)
    except ValueError as exc:
        raise SsoFailure(502, "provider_response", provider.display_name) from exc
    if not isinstance(data, dict):
        raise SsoFailure(502, "provider_response", provider.display_name)
    return data


async def metadata(provider: Provider, timeout: float) -> dict[str, Any]:
    """The provider's discovery document (cached), checked for its issuer and endpoints."""
    cached = _metadata.get(provider.issuer)
    if cached and time.monotonic() - cached[0] < CACHE_SECONDS:
        return cached[1]
    response = await _fetch("GET", provider.issuer + "/.well-known/openid-configuration", timeout, provider)
    if response.status_code != 200:
        raise SsoFailure(502, "provider_response", provider.display_name)
    document = _json_object(response, provider)
    endpoints = ("authorization_endpoint", "token_endpoint", "jwks_uri")
    issuer = document.get("issuer")
    if not isinstance(issuer, str) or issuer.rstrip("/") != provider.issuer or not all(
        isinstance(document.get(name), str) and document[name].startswith(("https://", "http://"))
        for name in endpoints
    ):
        raise SsoFailure(502, "provider_response", provider.display_name)
    _metadata[provider.issuer] = (time.monotonic(), document)
    return document


def cached_metadata(provider: Provider) -> dict[str, Any] | None:
    cached = _metadata.get(provider.issuer)
    return cached[1] if cached else None


async def key_set(provider: Provider, jwks_uri: str, timeout: float, *, refresh: bool = False) -> KeySet:
    """The provider's signing keys (cached; ``refresh`` fetches them again)."""
    cached = _keys.get(provider.issuer)
    if cached and not refresh and time.monotonic() - cached[0] < CACHE_SECONDS:
        return cached[1]
    response = await _fetch("GET", jwks_uri, timeout, provider)
    if response.status_code != 200:
        raise SsoFailure(502, "provider_response", provider.display_name)
    try:
        keys = KeySet.import_key_set(_json_object(response, provider))  # type: ignore[arg-type]
    except (JoseError, KeyError, TypeError, ValueError) as exc:
        raise SsoFailure(502, "provider_response", provider.display_name) from exc
    _keys[provider.issuer] = (time.monotonic(), keys)
    return keys


def authorization_request(
    provider: Provider, document: dict[str, Any], redirect_uri: str, next_path: str
) -> tuple[str, Pending]:
    """The URL that sends the browser to the provider, and what its callback must match."""
    pending = Pending(
        provider=provider.name, state=generate_token(43), nonce=generate_token(43),
        verifier=generate_token(64), next=next_path, started=time.time(),
    )
    url = prepare_grant_uri(
        document["authorization_endpoint"], client_id=provider.client_id, response_type="code",
        redirect_uri=redirect_uri, scope=SCOPES, state=pending.state, nonce=pending.nonce,
        code_challenge=create_s256_code_challenge(pending.verifier), code_challenge_method="S256",
    )
    return url, pending


async def exchange_code(
    provider: Provider, document: dict[str, Any], code: str, pending: Pending, redirect_uri: str, timeout: float
) -> str:
    """The ID token the provider gives for the code (PKCE verifier and client secret along)."""
    data = {
        "grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
        "code_verifier": pending.verifier, "client_id": provider.client_id,
        "client_secret": provider.client_secret(),
    }
    response = await _fetch("POST", document["token_endpoint"], timeout, provider, data=data)
    if 400 <= response.status_code < 500:
        # invalid_grant: a code used before, expired, or not ours
        raise SsoFailure(400, "code_refused", provider.display_name)
    if response.status_code != 200:
        raise SsoFailure(502, "provider_response", provider.display_name)
    id_token = _json_object(response, provider).get("id_token")
    if not isinstance(id_token, str) or not id_token:
        raise SsoFailure(502, "provider_response", provider.display_name)
    return id_token


def _decode(id_token: str, keys: KeySet) -> jwt.Token:
    return jwt.decode(id_token, keys, algorithms=ALGORITHMS)


async def verify_id_token(
    provider: Provider, document: dict[str, Any], id_token: str, nonce: str, timeout: float
) -> dict[str, Any]:
    """The ID token's claims once signature, issuer, audience, expiry and nonce hold."""
    if len(id_token) > MAX_ID_TOKEN_BYTES:
        raise SsoFailure(400, "claim_oversized", provider.display_name)
    try:
        jws.extract_compact(id_token.encode())
    except (JoseError, ValueError, TypeError) as exc:
        raise SsoFailure(400, "token_malformed", provider.display_name) from exc
    keys = await key_set(provider, document["jwks_uri"], timeout)
    try:
        try:
            token = _decode(id_token, keys)
        except (InvalidKeyIdError, BadSignatureError):
            # a key we have not seen: the provider may have rotated its keys
            token = _decode(id_token, await key_set(provider, document["jwks_uri"], timeout, refresh=True))
    except (InvalidKeyIdError, BadSignatureError) as exc:
        raise SsoFailure(400, "unknown_key", provider.display_name) from exc
    except (JoseError, ValueError, TypeError) as exc:
        raise SsoFailure(400, "token_malformed", provider.display_name) from exc
    registry = jwt.JWTClaimsRegistry(
        leeway=LEEWAY_SECONDS,
        iss={"essential": True, "value": provider.issuer},
        aud={"essential": True, "value": provider.client_id},
        sub={"essential": True},
        exp={"essential": True},
        nonce={"essential": True, "value": nonce},
    )
    try:
        registry.validate(token.claims)
    except ExpiredTokenError as exc:
        raise SsoFailure(400, "token_expired", provider.display_name) from exc
    except (InvalidClaimError, MissingClaimError) as exc:
        claim = getattr(exc, "claim", "") or ""
        reason = {"nonce": "wrong_nonce", "aud": "wrong_audience", "iss": "wrong_issuer"}.get(claim, "token_claims")
        raise SsoFailure(400, reason, provider.display_name) from exc
    audience = token.claims["aud"]
    if isinstance(audience, list) and len(audience) > 1 and token.claims.get("azp") != provider.client_id:
        raise SsoFailure(400, "wrong_audience", provider.display_name)
    return dict(token.claims)
