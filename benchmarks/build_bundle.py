"""Build the Insiktskollen folder with PyInstaller and check it with its own self-test.

    python3 benchmarks/build_bundle.py            (Windows: py benchmarks\\build_bundle.py)

Uses the checkout's .venv (made, or brought up to requirements.lock and
requirements-dev.lock, which has PyInstaller, as by `python3 tests/run.py`), builds build.spec into dist/Insiktskollen/, checks what went in
(the data set, icons, migrations, only Swedish and English Qt translations; no test code,
no Tk), prints the folder's size, and runs `Insiktskollen --self-test` from the built folder
with a temporary data folder. Exits 0 when all of it passed, 1 otherwise. CI runs it after
the tests (.ci/run); on a Windows desktop the same command builds the folder to hand out.

Options: --skip-build (check and self-test an existing dist/Insiktskollen), --dist DIR.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from main import ensure_environment  # noqa: E402  (stdlib only at import)

APP = "Insiktskollen"
SIZE_AIM_MB = 200
SELF_TEST_TIMEOUT_S = 600


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def program(dist: Path) -> Path:
    return dist / APP / (f"{APP}.exe" if os.name == "nt" else APP)


def build(dist: Path, work: Path) -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
        "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec"),
    ]
    print("Bygger:", " ".join(command), flush=True)
    began = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True)
    print(f"Byggt på {time.perf_counter() - began:.0f} s", flush=True)


def check_contents(bundle: Path, work: Path) -> list[str]:
    """What is wrong with the folder's contents (empty when nothing)."""
    problems = []
    internal = bundle / "_internal"
    for needed in (
        "resources/borlange.json",
        "resources/icons/insiktskollen.png",
        "resources/icons/insiktskollen.ico",
        "models/migrations/env.py",
        "models/migrations/versions",
    ):
        if not (internal / needed).exists():
            problems.append(f"{needed} saknas i paketet")
    migrations = sorted(p.name for p in (ROOT / "models/migrations/versions").glob("[0-9]*.py"))
    shipped = sorted(p.name for p in (internal / "models/migrations/versions").glob("*.py"))
    if migrations != shipped:
        problems.append(f"migreringarna i paketet {shipped} är inte {migrations}")
    for qm in (ROOT / "resources/translations").glob("*.qm"):
        if not (internal / "resources/translations" / qm.name).exists():
            problems.append(f"översättningen {qm.name} saknas i paketet")
    translations = internal / "PySide6" / "translations"
    if not translations.is_dir():
        translations = internal / "PySide6" / "Qt" / "translations"
    languages = sorted(p.name for p in translations.glob("*.qm")) if translations.is_dir() else []
    if "qtbase_sv.qm" not in languages:
        problems.append("Qts svenska översättning qtbase_sv.qm saknas")
    extra = [name for name in languages if not name.endswith(("_sv.qm", "_en.qm"))]
    if extra:
        problems.append(f"onödiga Qt-översättningar: {', '.join(extra[:5])} …")
    for unwanted in ("tests", "tkinter", "_tkinter", "pytest", "hypothesis", "PIL/_imagingtk"):
        found = [p for p in internal.rglob(f"{unwanted}*") if p.name.split(".")[0] == Path(unwanted).name]
        if found:
            problems.append(f"{unwanted} finns i paketet ({found[0].relative_to(bundle)})")
    # The spec writes it into its work folder (build/build/ for build.spec).
    version_file = next(work.rglob("version_info.txt"), work / "version_info.txt")
    problem = check_version_file(version_file)
    if problem:
        problems.append(problem)
    return problems


def check_version_file(path: Path) -> str | None:
    """The Windows version resource must say this program's name and version.

    On Windows PyInstaller's own reader is used (it needs pefile, which PyInstaller
    installs only there); elsewhere the text is parsed as the expression it is.
    """
    import ast

    from main import VERSION

    try:
        text = path.read_text(encoding="utf-8")
        try:
            from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

            shown = str(load_version_info_from_text_file(str(path)))
        except ImportError:  # no pefile off Windows
            tree = ast.parse(text, mode="eval")
            shown = " ".join(
                str(node.value) for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)
            )
    except (OSError, SyntaxError, ValueError) as exc:
        return f"versionsresursen {path} går inte att läsa: {exc}"
    for wanted in (f"ProductName {APP}", f"ProductVersion {VERSION}", f"FileVersion {VERSION}"):
        name, value = wanted.split(" ", 1)
        if name not in shown or value not in shown:
            return f"versionsresursen {path} saknar {name} = {value}"
    return None


def self_test(bundle_program: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="insikt-paket-") as home:
        env = dict(os.environ, INSIKTSKOLLEN_HOME=home)
        env.pop("QT_QPA_PLATFORM", None)  # the self-test sets offscreen itself
        print(f"Kör {bundle_program} --self-test", flush=True)
        try:
            result = subprocess.run(
                [str(bundle_program), "--self-test"], env=env, timeout=SELF_TEST_TIMEOUT_S,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                encoding="utf-8", errors="replace",
            )
        except subprocess.TimeoutExpired:
            print(f"FEL: självtestet svarade inte på {SELF_TEST_TIMEOUT_S} s")
            return 1
        report = Path(home) / "självtest.txt"
        # A windowed program on Windows may print nowhere: its report file says the same.
        text = result.stdout.strip() or (report.read_text(encoding="utf-8") if report.exists() else "")
        noise = "This plugin does not support propagateSizeHints()"
        print("\n".join(line for line in text.splitlines() if noise not in line))
        print(f"Självtestets slutkod: {result.returncode}")
        return result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="bygg inte, prova befintlig mapp")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args()
    if not args.skip_build:
        shutil.rmtree(args.dist / APP, ignore_errors=True)
        build(args.dist, args.work)
    bundle = args.dist / APP
    exe = program(args.dist)
    if not exe.exists():
        print(f"FEL: {exe} finns inte")
        return 1
    size_mb = folder_size(bundle) / 1e6
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    aim = "under målet" if size_mb < SIZE_AIM_MB else f"ÖVER målet {SIZE_AIM_MB} MB"
    print(f"Paketet {bundle}: {size_mb:.0f} MB i {files} filer ({aim})")
    problems = check_contents(bundle, args.work)
    for problem in problems:
        print(f"FEL i paketet: {problem}")
    code = self_test(exe)
    if problems or code != 0:
        print("Paketet är INTE godkänt.")
        return 1
    print("Paketet är byggt och självtestet lyckades.")
    return 0


if __name__ == "__main__":
    ensure_environment(Path(__file__), dev=True)
    sys.exit(main())
