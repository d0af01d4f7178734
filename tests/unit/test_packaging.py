"""Packaging: every shipped folder is declared, the build is silent, an installed wheel runs anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def _package_folders() -> dict[str, Path]:
    """Each declared package and the folder it is built from (through the package-dir mapping)."""
    mapping = SETUPTOOLS["package-dir"]
    out = {}
    for name in SETUPTOOLS["packages"]:
        root = max((k for k in mapping if name == k or name.startswith(k + ".")), key=len)
        rest = name.removeprefix(root).lstrip(".")
        out[name] = ROOT / mapping[root] / Path(*rest.split(".")) if rest else ROOT / mapping[root]
    return out


def _shipped_folders() -> set[Path]:
    """Folders under the mapped roots that hold files (data or code), caches aside."""
    folders = set()
    for top in SETUPTOOLS["package-dir"].values():
        for path in (ROOT / top).rglob("*"):
            skip = "__pycache__" in path.parts or path.is_symlink() or any(p.is_symlink() for p in path.parents)
            if path.is_file() and not skip:
                folders.add(path.parent)
    return folders


def test_every_folder_with_files_is_a_declared_package() -> None:
    declared = set(_package_folders().values())
    assert sorted(str(p.relative_to(ROOT)) for p in _shipped_folders() - declared) == []
    assert all(p.is_dir() for p in declared)


def test_no_test_names_a_machine_path_outside_the_repository() -> None:
    offenders = []
    for path in (ROOT / "tests").rglob("*.py"):
        if path == Path(__file__).resolve():
            continue  # this file spells the patterns out
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for quote in ('Path("/', "Path('/", 'open("/', "open('/", '"/work/', '"/home/', '"/root/'):
                if quote in line and "/tmp" not in line:
                    offenders.append(f"{path.relative_to(ROOT)}:{n}")
    assert offenders == []


@pytest.mark.slow
def test_the_wheel_builds_silently_and_runs_outside_the_repository(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    log = build.stdout + build.stderr
    assert [line for line in log.splitlines() if "would be ignored" in line or "absent from the" in line] == []
    wheel = next((tmp_path / "dist").glob("policykg-*.whl"))

    scratch = tmp_path / "venv"
    venv.create(scratch, with_pip=True)
    py = scratch / "bin" / "python"
    # The dependencies come from this environment's site-packages (no download); policykg from the wheel.
    deps = sysconfig.get_paths()["purelib"]
    purelib = subprocess.run(
        [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(purelib, "policykg_test_deps.pth").write_text(deps + "\n", encoding="utf-8")
    subprocess.run([py, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)], check=True)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run(
        [py, "-c", "import policykg.extract, policykg.queries; print(policykg.extract.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(purelib)
    cli = scratch / "bin" / "policykg"
    corpus = ROOT / "data" / "corpus"
    extract = subprocess.run(
        [cli, "extract", str(corpus), "--out", "events.jsonl"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert extract.returncode == 0, extract.stderr[-2000:]
    assert len((elsewhere / "events.jsonl").read_text(encoding="utf-8").splitlines()) == 13
    listing = subprocess.run([cli, "query", "--list"], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert listing.returncode == 0 and "who_restricts" in listing.stdout
