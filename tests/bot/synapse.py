"""A real Synapse homeserver on loopback, started once per test session.

It runs the `matrix-synapse` package installed by `make test` in a
subprocess: SQLite, one client listener on 127.0.0.1 and a random free
port, no federation listener, no metrics, presence or URL previews.
Accounts are created through the shared-secret admin registration API,
and rate limits are set per user through the admin API, so each test
chooses its own (`register(..., exempt=False)` keeps Synapse's defaults).

Import the `synapse` fixture explicitly in a test module:
`from tests.bot.synapse import synapse  # noqa: F401` (the people and the
running bot are in `tests.bot.test_matrix_support`). It is never skipped:
if Synapse cannot start, the tests fail with the tail of its log.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest

__all__ = ["Account", "Synapse", "synapse"]

# Must not contain the bot's name: every user id would otherwise "mention" it.
SERVER_NAME = "hs.localtest"
START_TIMEOUT = 120.0  # seconds; a cold start on a 2-core CI machine takes several

# Generous limits for everything but messages: tests register users, create
# rooms and join them far faster than people do. Messages keep Synapse's
# default (0.2/s, burst 10) so that per-user overrides decide each test's pace.
_RATE_LIMITS = """
rc_message: {per_second: 0.2, burst_count: 10}
rc_registration: {per_second: 1000, burst_count: 1000}
rc_login:
  address: {per_second: 1000, burst_count: 1000}
  account: {per_second: 1000, burst_count: 1000}
  failed_attempts: {per_second: 1000, burst_count: 1000}
rc_joins:
  local: {per_second: 1000, burst_count: 1000}
  remote: {per_second: 1000, burst_count: 1000}
rc_joins_per_room: {per_second: 1000, burst_count: 1000}
rc_invites:
  per_room: {per_second: 1000, burst_count: 1000}
  per_user: {per_second: 1000, burst_count: 1000}
  per_issuer: {per_second: 1000, burst_count: 1000}
rc_room_creation: {per_second: 1000, burst_count: 1000}
rc_media_create: {per_second: 1000, burst_count: 1000}
rc_profile: {per_second: 1000, burst_count: 1000}
"""

_LOG_CONFIG = """
version: 1
formatters:
  precise: {{format: '%(asctime)s %(name)s %(levelname)s %(message)s'}}
handlers:
  file: {{class: logging.FileHandler, filename: '{log}', formatter: precise}}
root: {{level: WARNING, handlers: [file]}}
disable_existing_loggers: false
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Account:
    """A registered user and a fresh access token for it."""

    user_id: str
    access_token: str
    device_id: str
    password: str


@dataclass
class Synapse:
    """One Synapse process; `stop()` and `start()` keep its data and port."""

    directory: Path
    port: int = field(default_factory=_free_port)
    shared_secret: str = field(default_factory=lambda: secrets.token_hex(16))
    process: subprocess.Popen[bytes] | None = None
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _admin: Account | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.directory / "homeserver.log"

    def write_config(self) -> Path:
        d = self.directory
        (d / "media").mkdir(parents=True, exist_ok=True)
        (d / "log.yaml").write_text(_LOG_CONFIG.format(log=self.log_path), encoding="utf-8")
        key = d / "signing.key"
        if not key.exists():
            from signedjson.key import generate_signing_key, write_signing_keys

            with key.open("w", encoding="utf-8") as out:
                write_signing_keys(out, [generate_signing_key("a_test")])
        config = d / "homeserver.yaml"
        config.write_text(
            f"""
server_name: "{SERVER_NAME}"
pid_file: "{d / 'homeserver.pid'}"
public_baseurl: "{self.url}/"
listeners:
  - port: {self.port}
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args: {{database: "{d / 'homeserver.db'}"}}
log_config: "{d / 'log.yaml'}"
media_store_path: "{d / 'media'}"
signing_key_path: "{key}"
trusted_key_servers: []
suppress_key_server_warning: true
federation_domain_whitelist: []
report_stats: false
enable_metrics: false
presence: {{enabled: false}}
url_preview_enabled: false
enable_registration: false
registration_shared_secret: "{self.shared_secret}"
macaroon_secret_key: "{secrets.token_hex(16)}"
form_secret: "{secrets.token_hex(16)}"
{_RATE_LIMITS}
""",
            encoding="utf-8",
        )
        return config

    # -- process -----------------------------------------------------------

    def start(self) -> None:
        # Written once: a restart keeps the same secrets, keys and database.
        config = self.directory / "homeserver.yaml"
        if not config.exists():
            config = self.write_config()
        log = (self.directory / "stdout.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "synapse.app.homeserver", "-c", str(config)],
            cwd=self.directory,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Synapse exited with {self.process.returncode}:\n{self.tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Synapse did not answer within {START_TIMEOUT:.0f}s:\n{self.tail()}")

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def tail(self, lines: int = 40) -> str:
        text = ""
        for path in (self.directory / "stdout.log", self.log_path):
            if path.exists():
                text += "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]) + "\n"
        return text

    # -- admin API ---------------------------------------------------------

    async def register(
        self, localpart: str | None = None, *, admin: bool = False, displayname: str | None = None, exempt: bool = True
    ) -> Account:
        """A new user (unique name per call); `exempt` lifts its message rate limit."""
        name = f"{localpart or 'user'}-{next(self._names)}-{secrets.token_hex(2)}"
        password = secrets.token_hex(12)
        url = f"{self.url}/_synapse/admin/v1/register"
        async with aiohttp.ClientSession() as http:
            async with http.get(url) as resp:
                nonce = (await resp.json())["nonce"]
            mac = hmac.new(self.shared_secret.encode(), digestmod=hashlib.sha1)
            mac.update(b"\x00".join([nonce.encode(), name.encode(), password.encode(), b"admin" if admin else b"notadmin"]))
            body = {"nonce": nonce, "username": name, "password": password, "admin": admin, "mac": mac.hexdigest()}
            if displayname is not None:
                body["displayname"] = displayname
            async with http.post(url, json=body) as resp:
                data = await resp.json()
                if resp.status != 200:
                    raise RuntimeError(f"registration failed: {data}")
        account = Account(data["user_id"], data["access_token"], data["device_id"], password)
        if exempt:
            await self.set_ratelimit(account.user_id, 0, 0)
        return account

    async def admin(self) -> Account:
        if self._admin is None:
            self._admin = await self.register("admin", admin=True, exempt=False)
        return self._admin

    async def set_ratelimit(self, user_id: str, per_second: int, burst: int) -> None:
        """Override one user's message rate limit (0, 0 = exempt), as an operator would."""
        admin = await self.admin()
        url = f"{self.url}/_synapse/admin/v1/users/{user_id}/override_ratelimit"
        headers = {"Authorization": f"Bearer {admin.access_token}"}
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json={"messages_per_second": per_second, "burst_count": burst}, headers=headers) as resp:
                if resp.status != 200:
                    raise RuntimeError(f"override_ratelimit failed: {await resp.text()}")


_SERVER = pytest.StashKey[Synapse]()


@pytest.fixture(scope="session")
def synapse(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Synapse:
    """The session's homeserver, started on first use and stopped when pytest ends.

    Each test module that imports this fixture gets its own fixture
    definition, so the server itself is kept in the pytest config's stash:
    one Synapse for the whole session, however many modules use it.
    """
    server = request.config.stash.get(_SERVER, None)
    if server is None or server.process is None:
        server = Synapse(tmp_path_factory.mktemp("synapse"))
        # Registered before start: a half-started server is stopped too.
        request.config.add_cleanup(server.stop)
        server.start()
        request.config.stash[_SERVER] = server
    return server
