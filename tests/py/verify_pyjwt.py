"""Verifying a Hookline webhook in Python with PyJWT, using nothing but the published JWKS.

This file is run by Hookline's test suite (tests/core/tst_independentverification.cpp, with
Debian's python3-jwt) and quoted verbatim in docs/receivers.md.
"""
import base64
import hashlib
import json
import sys

import jwt  # PyJWT >= 2.4 (pip install "pyjwt[crypto]", or Debian's python3-jwt)

# The headers covered by headers_sha256, in this order, as "name:value\n".
SIGNED_HEADERS = ["content-type", "x-webhook-id", "x-idempotency-key", "x-webhook-event",
                  "x-webhook-timestamp", "x-webhook-test-mode"]


def sha256_b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def verify_hookline(jwks: dict, headers: dict, raw_body: bytes) -> dict:
    """Returns the claims, or raises. raw_body: the exact bytes received, before JSON parsing."""
    headers = {name.lower(): value for name, value in headers.items()}
    token = headers.get("x-webhook-signature")
    if not token:
        raise ValueError("missing X-Webhook-Signature")
    kid = jwt.get_unverified_header(token).get("kid")
    jwk = next((k for k in jwks["keys"] if k.get("kid") == kid), None)
    if jwk is None:
        raise ValueError(f"unknown kid {kid!r}")
    claims = jwt.decode(
        token,
        jwt.PyJWK(jwk).key,
        algorithms=["RS256"],  # never take the algorithm from the token
        audience=headers.get("x-webhook-id"),  # aud is the webhook id of the endpoint
        issuer="hookline",
        leeway=60,
        options={"require": ["iat", "exp", "aud", "jti"]},
    )
    if claims["body_sha256"] != sha256_b64url(raw_body):
        raise ValueError("body_sha256 mismatch")
    canonical = "".join(f"{name}:{headers.get(name, '')}\n" for name in SIGNED_HEADERS)
    if claims["headers_sha256"] != sha256_b64url(canonical.encode()):
        raise ValueError("headers_sha256 mismatch")
    # Deliveries are at least once: deduplicate on claims["idempotency_key"].
    return claims


# python3 verify_pyjwt.py JWKS.json DIR...   each DIR holds headers.json and body.bin;
# prints one line per DIR: "ok" or "rejected: <reason>".
if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        published = json.load(f)
    for case in sys.argv[2:]:
        with open(f"{case}/headers.json") as f:
            received_headers = json.load(f)
        with open(f"{case}/body.bin", "rb") as f:
            body = f.read()
        try:
            verify_hookline(published, received_headers, body)
            print("ok")
        except Exception as e:  # noqa: BLE001 - report every rejection the same way
            print(f"rejected: {type(e).__name__} {e}")
