"""pygenai's code generator: upstream API documents -> specs/ -> generated/.

A development tool, not shipped in the wheel. Run it as ``python -m codegen`` from the repository root
(``nox -s specs`` and ``nox -s generate`` do that).
"""
