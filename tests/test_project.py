"""Meta-tests that keep the plugin surface, the packaging and the docs honest."""

from __future__ import annotations

import ast
import inspect
import re
import tomllib
from pathlib import Path

import pytest

import newsclaims
from newsclaims import hookspecs
from newsclaims._cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
HOOKS = sorted(name for name in dir(hookspecs) if name.startswith("newsclaims_"))
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented(hook: str) -> None:
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    summary = doc.splitlines()[0] if doc else ""
    assert summary.endswith(("*First result.*", "*All results.*")), (
        f"{hook}: the summary line must give the call policy"
    )
    assert "Args:" in doc, f"{hook}: document the arguments"
    assert "Returns:" in doc, f"{hook}: document the result"
    signature = inspect.signature(getattr(hookspecs, hook))
    for name in signature.parameters:
        assert f"    {name}:" in doc or f"\n{name}:" in doc or f" {name}: " in doc, (
            f"{hook}: argument {name} undocumented"
        )


def test_the_hook_reference_renders_hookspecs() -> None:
    page = (ROOT / "docs" / "reference" / "hooks.rst").read_text(encoding="utf-8")
    assert ".. automodule:: newsclaims.hookspecs" in page


def _implemented_hooks(folder: Path) -> set[str]:
    found = set()
    for path in folder.rglob("test_*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found.update(
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        )
    return found


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_exercised_by_a_test_plugin(hook: str) -> None:
    assert hook in _implemented_hooks(ROOT / "tests"), (
        f"no test defines an implementation of {hook}"
    )


def test_every_plugin_folder_is_registered_and_shipped() -> None:
    folders = sorted(p.name for p in (ROOT / "plugins").iterdir() if (p / "__init__.py").is_file())
    entry_points = PYPROJECT["project"]["entry-points"]["newsclaims"]
    assert sorted(entry_points.values()) == folders
    wheel = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]
    # The whole folder is shipped, so a new plugin cannot be left out of the wheel.
    assert "plugins" in wheel["only-include"]
    assert "plugins" in wheel["sources"]


def test_the_import_contract_lists_every_private_module() -> None:
    private = sorted(
        f"newsclaims.{p.stem}"
        for p in (ROOT / "src" / "newsclaims").glob("_*.py")
        if p.stem not in {"__init__", "__main__"}
    )
    contracts = PYPROJECT["tool"]["importlinter"]["contracts"]
    [public_only] = [
        c for c in contracts if c["name"] == "Plugins use only the public API of newsclaims"
    ]
    assert sorted(public_only["forbidden_modules"]) == private


def test_the_public_api_is_exported_and_documented() -> None:
    page = (ROOT / "docs" / "reference" / "api.rst").read_text(encoding="utf-8")
    for name in newsclaims.__all__:
        if name.startswith("__"):
            continue
        assert name in page, f"newsclaims.{name} is public but not in docs/reference/api.rst"


def test_the_version_lives_in_one_place() -> None:
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "src/newsclaims/_version.py"
    assert "version" in PYPROJECT["project"]["dynamic"]


def test_the_cli_reference_documents_every_option() -> None:
    page = (ROOT / "docs" / "reference" / "cli.rst").read_text(encoding="utf-8")
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for command, sub in subparsers.choices.items():  # type: ignore[union-attr]
        assert f"newsclaims {command}" in page, f"command {command} undocumented"
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in page, (
                        f"{command} {option} undocumented in docs/reference/cli.rst"
                    )
    for code in ("0", "1", "2", "130"):
        assert re.search(rf"^\s*``?{code}``?\s", page, re.MULTILINE) or f"``{code}``" in page


def test_the_readme_starts_with_two_commands_that_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash|console)\n(.*?)```", readme, re.DOTALL)
    assert len(blocks) >= 2, "the README starts with an install-and-run command and a test command"
    install, test = blocks[0], blocks[1]
    assert "newsclaims extract examples/" in install
    sample = re.search(r"newsclaims extract (examples/\S+)", install)
    assert sample is not None
    assert (ROOT / sample.group(1)).is_file()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = test.strip().splitlines()[-1]
    assert test_command in ci, "CI must run the README's test command"
