"""Stage 03 · co-occurrence network: ``graph`` (weights, backbone, communities,
bootstrap, exports), ``readings``, ``plots`` (static and interactive) and ``stage``
(the declaration and ``run``)."""

from helpers.network.stage import STAGE, run

__all__ = ["STAGE", "run"]
