"""Set up and run Packline from a fresh clone: ``python3 dev.py app`` or ``python3 dev.py test``.

Needs only Python 3.11+ (and, for the tests on Linux, the system package manager). It creates
``.venv`` beside this file, installs the project into it, installs the system packages that
Qt and the printing tests need when they are missing (Debian/Ubuntu ``apt-get``, as root), and
then opens the app or runs the whole test suite. Extra arguments go to ``packline`` / pytest.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
QT_LIBS = ("libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0", "libfontconfig1",
           "libdbus-1-3", "libglib2.0-0", "libnss3", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
           "libxcb-randr0", "libxcb-render-util0", "libxcb-image0", "libxcb-xinerama0", "libxcb-xkb1")


TEST_TOOLS = ("libreoffice-calc",)  # opens exported workbooks the way an accountant would


def run(*command: str | Path, **kwargs: object) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, **kwargs)  # type: ignore[call-overload]


def ensure_venv(extras: str) -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"Packline needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed{extras}"
    project = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < project.stat().st_mtime:
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}{extras}")
        stamp.touch()


def missing_debian_packages(names: tuple[str, ...]) -> list[str]:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return []
    missing = []
    for name in names:
        status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
        if "install ok installed" not in status.stdout:
            missing.append(name)
    return missing


def ensure_system_packages(names: tuple[str, ...]) -> None:
    """Install missing Debian packages with apt-get when we are root; otherwise say what to install."""
    missing = missing_debian_packages(names)
    if not missing:
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run("apt-get", "update", "-qq", env=env)
        run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)
    else:
        print(f"Note: install these system packages if Qt or the tests fail: sudo apt-get install {' '.join(missing)}")


def app(args: list[str]) -> int:
    ensure_system_packages(QT_LIBS)
    ensure_venv("")
    return subprocess.call([str(BIN / "packline"), *args])


def test(args: list[str]) -> int:
    node = () if shutil.which("npm") else ("nodejs", "npm")
    ensure_system_packages(QT_LIBS + node + TEST_TOOLS)
    ensure_venv("[test]")
    node_dir = ROOT / "tests" / "printing" / "node"
    if not (node_dir / "node_modules").exists():
        run(shutil.which("npm") or "npm", "ci", "--no-audit", "--no-fund", "--silent", cwd=node_dir)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    workers = ["-n", str(min(4, os.cpu_count() or 1))] if "-n" not in args else []
    return subprocess.call([str(PYTHON), "-m", "pytest", *workers, *args], cwd=ROOT, env=env)


def main() -> int:
    commands = {"app": app, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
