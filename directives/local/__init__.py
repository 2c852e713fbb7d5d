"""The embedded default's machinery: not the product, the scaffolding that runs it on one machine.

- ``stack``: the Prefect server process, the deployments' ``serve()`` process,
  the portal process and the local stand-ins, started and stopped together;
- ``demo`` and ``demo_story``: ``directives demo``, the seed directive end to end;
- ``mailcatcher``: a loopback SMTP server keeping every message as a ``.eml``;
- ``zalo_api_standin`` (over ``zalo_api_answers``): a loopback stand-in of
  Zalo's HTTP API, for the embedded default and the tests;
- ``loopback``: what the stand-ins share.

Only the CLI and the tests import this package; the core never does
(``tests/test_architecture.py`` checks it).
"""
