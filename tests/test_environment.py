"""One set of pins: pyproject.toml, requirements.lock and environment.yml agree."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[=<>!~\[; ]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-")


def _pins(requirements: list[str]) -> dict[str, str]:
    pins = {}
    for requirement in requirements:
        match = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*==\s*([^\s;]+)\s*", requirement)
        assert match, f"{requirement!r} is not pinned with =="
        pins[match.group(1).lower().replace("_", "-")] = match.group(2)
    return pins


def _pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    return _pins(requirements)


def test_environment_yml_has_the_same_pins_as_pyproject() -> None:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert env["channels"] == ["conda-forge"]
    conda, pip = [], []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip += dep["pip"]
        else:
            conda.append(dep.replace(" ", ""))
    assert "-e ." in pip, "environment.yml must install the project itself with pip: [-e .]"
    declared = {}
    for dep in conda:
        name, _, version = dep.partition("=")
        if name.lower() in ("python", "pip"):
            continue
        declared[name.lower().replace("_", "-")] = version.lstrip("=")
    declared.update(_pins([p for p in pip if p != "-e ."]))
    assert declared == _pyproject_pins()


def test_lock_agrees_with_pyproject() -> None:
    lock = _pins(
        [line for line in (ROOT / "requirements.lock").read_text().splitlines() if line and not line.startswith("#")]
    )
    for name, version in _pyproject_pins().items():
        assert lock.get(name) == version, f"{name}: pyproject {version}, lock {lock.get(name)}"
