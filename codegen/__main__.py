"""Command line: ``python -m codegen specs|generate ...``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import CodegenError

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description="pygenai spec pipeline and generator")
    sub = parser.add_subparsers(dest="command", required=True)
    specs = sub.add_parser("specs", help="re-ingest upstream documents into specs/ and print the spec diff")
    specs.add_argument(
        "--from",
        dest="sources",
        action="append",
        default=[],
        metavar="PATH_OR_URL",
        help="an upstream document (discovery, OpenAPI or protobuf descriptor); repeatable; "
        "default: every API's source as specs/lock.toml records it",
    )
    specs.add_argument(
        "--official",
        action="store_true",
        help="without --from: read every API's official source (needs the network) instead of the locked one",
    )
    specs.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking")
    specs.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    specs.add_argument("--specs-dir", type=Path, default=ROOT / "specs")
    gen = sub.add_parser("generate", help="regenerate generated/ from specs/")
    gen.add_argument("--out", type=Path, default=ROOT / "generated", help="output root (default: generated/)")
    gen.add_argument("--check", action="store_true", help="fail if the committed tree differs from a regeneration")
    gen.add_argument("--specs-dir", type=Path, default=ROOT / "specs")
    args = parser.parse_args(argv)
    try:
        if args.command == "specs":
            from .specs import run_specs

            return run_specs(
                args.sources,
                args.specs_dir,
                fail_on_breaking=args.fail_on_breaking,
                dry_run=args.dry_run,
                official=args.official,
            )
        from .generate import run_generate

        return run_generate(args.specs_dir, args.out, check=args.check, root=ROOT)
    except CodegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
