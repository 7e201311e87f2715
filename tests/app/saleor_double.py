"""A Saleor instance as App mode sees it, on a local HTTP server: its public keys
at `/.well-known/jwks.json`, its GraphQL endpoint answering the token check, and
real RS256 detached signatures made the way Saleor makes them
(`saleor.core.jwt_manager.JWTManager.jws_encode`, PyJWT)."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def key_id(key: rsa.RSAPrivateKey) -> str:
    """RFC 7638 thumbprint, as Saleor names its key."""
    public = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
    canonical = json.dumps(
        {"e": public["e"], "kty": "RSA", "n": public["n"]},
        separators=(",", ":"),
        sort_keys=True,
    )
    digest = hashlib.sha256(canonical.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


class SaleorDouble:
    def __init__(self, app_token: str = "app-token") -> None:
        self.key = new_key()
        self.app_token = app_token
        self.jwks_requests = 0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.origin}/graphql/"

    def start(self) -> SaleorDouble:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def jwks(self) -> dict[str, Any]:
        public = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        public.update({"use": "sig", "kid": key_id(self.key), "alg": "RS256"})
        return {"keys": [public]}

    def rotate_key(self) -> None:
        self.key = new_key()

    def sign(self, body: bytes, key: rsa.RSAPrivateKey | None = None) -> str:
        key = key or self.key
        return jwt.api_jws.encode(
            body,
            key=key,
            algorithm="RS256",
            headers={"kid": key_id(key), "crit": ["b64"]},
            is_payload_detached=True,
        )

    def access_token(
        self,
        user_id: int,
        email: str,
        *,
        key: rsa.RSAPrivateKey | None = None,
        lifetime: int = 300,
        kid: str | None = None,
        **claims: Any,
    ) -> str:
        """An access token as Saleor's `create_access_token` makes it
        (`saleor.core.jwt.jwt_user_payload`): RS256 with the instance's key id,
        `iss` the instance's API URL. `claims` add or replace claims (a
        Dashboard token: `type="thirdparty", app=..., permissions=[...]`); `kid`
        replaces the key's id in the header (a forgery claiming another key)."""
        key = key or self.key
        now = int(time.time())
        payload: dict[str, Any] = {
            "iat": now,
            "owner": "saleor",
            "iss": self.api_url,
            "exp": now + lifetime,
            "token": "jwt-token-key",
            "email": email,
            "type": "access",
            "user_id": base64.b64encode(f"User:{user_id}".encode()).decode(),
            "is_staff": False,
        }
        payload.update(claims)
        return jwt.encode(
            payload, key, algorithm="RS256", headers={"kid": kid or key_id(key)}
        )

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        double = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self, status: int, document: Any) -> None:
                body = json.dumps(document).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                if self.path == "/.well-known/jwks.json":
                    double.jwks_requests += 1
                    self._answer(200, double.jwks())
                else:
                    self._answer(404, {})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                known = self.headers.get("Authorization") == (
                    f"Bearer {double.app_token}"
                )
                app = {"id": base64.b64encode(b"App:1").decode()} if known else None
                self._answer(200, {"data": {"app": app}})

        return Handler
