"""Reading the YAML config files (org, calendar, reminder policy)."""

from __future__ import annotations

from typing import IO, Any

import yaml

# libyaml's parser where PyYAML was built with it: about eight times less CPU than the
# pure-Python one (org.yaml 8 ms against 1 ms), which each flow-run process pays once.
# The same safe constructor builds the objects, so the data read is the same.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream: IO[str]) -> Any:
    """``yaml.safe_load``, with libyaml's parser if available; errors are ``yaml.YAMLError``."""
    return yaml.load(stream, Loader=_LOADER)
