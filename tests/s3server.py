"""A loopback S3-compatible server for the tests: moto's standalone server on 127.0.0.1.

``loopback_s3()`` starts it on a free port and gives the environment that points a
process's stored files at a fresh bucket (``LoopbackS3.env``): the same variables an
operator sets (``DIRECTIVES_STORAGE__URL``, ``DIRECTIVES_STORAGE__ENDPOINT_URL`` and the
AWS credentials), so a stack's own processes started with it use the bucket too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from moto.core.models import DEFAULT_ACCOUNT_ID
from moto.moto_server.threaded_moto_server import ThreadedMotoServer
from moto.s3.models import s3_backends
from s3fs import S3FileSystem

# Moto takes any credentials; these only have to be there (never real ones in tests).
CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "directives-test",
    "AWS_SECRET_ACCESS_KEY": "directives-test-secret",
    "AWS_DEFAULT_REGION": "us-east-1",
}
PREFIX = "evidence"


@dataclass(frozen=True)
class LoopbackS3:
    endpoint: str

    def fs(self) -> S3FileSystem:
        return S3FileSystem(
            endpoint_url=self.endpoint,
            key=CREDENTIALS["AWS_ACCESS_KEY_ID"],
            secret=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
            use_listings_cache=False,
            skip_instance_cache=True,
        )

    def new_bucket(self) -> str:
        bucket = f"directives-{uuid.uuid4().hex[:12]}"
        self.fs().mkdir(bucket)
        return bucket

    def env(self, bucket: str) -> dict[str, str]:
        """What a process needs to keep its stored files in ``bucket``."""
        return {
            "DIRECTIVES_STORAGE__URL": f"s3://{bucket}/{PREFIX}",
            "DIRECTIVES_STORAGE__ENDPOINT_URL": self.endpoint,
            **CREDENTIALS,
        }

    def objects(self, bucket: str) -> dict[str, bytes]:
        """Every object under the prefix, by its key below the prefix."""
        fs = self.fs()
        root = f"{bucket}/{PREFIX}/"
        return {path.removeprefix(root): fs.cat_file(path) for path in fs.find(root)}

    @staticmethod
    def key(sha256: str) -> str:
        return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"

    @staticmethod
    def age(bucket: str, sha256: str, hours: float) -> None:
        """Make an object look put ``hours`` earlier (moto's own record of it)."""
        stored = s3_backends[DEFAULT_ACCOUNT_ID]["global"].buckets[bucket].keys
        obj = stored[f"{PREFIX}/{LoopbackS3.key(sha256)}"]
        obj.last_modified = obj.last_modified - timedelta(hours=hours)


@contextmanager
def loopback_s3() -> Iterator[LoopbackS3]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield LoopbackS3(f"http://{host}:{port}")
    finally:
        server.stop()
