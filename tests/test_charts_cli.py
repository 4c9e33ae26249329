"""`main.py chart …` as a user runs it: files by suffix, Swedish errors, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.file_templates import copy_file, example_by_command


@pytest.fixture(scope="module")
def example_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_by_command(tmp_path_factory, "borlange.db")


@pytest.fixture
def borlange_file(example_made: Path, tmp_path: Path, data_home: Path) -> Path:
    """A copy of the file `main.py init --example-data` made (tests/file_templates.py)."""
    return copy_file(example_made, tmp_path / example_made.name)


@pytest.mark.parametrize(
    ("kind", "suffix", "magic"),
    [
        ("nki", ".png", b"\x89PNG"),
        ("timeline", ".svg", b"<?xml"),
        ("factors", ".pdf", b"%PDF"),
        ("matrix", ".png", b"\x89PNG"),
        ("status", ".pdf", b"%PDF"),
        ("effect", ".png", b"\x89PNG"),
    ],
)
def test_chart_writes_the_file_by_its_suffix(
    borlange_file: Path, tmp_path: Path, data_home: Path, kind: str, suffix: str, magic: bytes
) -> None:
    out = tmp_path / f"diagram{suffix}"
    result = run_cli("--db", str(borlange_file), "chart", kind, "--out", str(out), home=data_home)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(magic)
    assert f"sparat i {out}" in result.stdout


def test_chart_with_choices_and_large_text(
    borlange_file: Path, tmp_path: Path, data_home: Path
) -> None:
    small, large = tmp_path / "liten.png", tmp_path / "stor.png"
    common = (
        "--group",
        "Företag",
        "--area",
        "totalt",
        "--comparison",
        "riket",
        "--years",
        "2022-2024",
        "--target",
        "75",
    )
    for out, extra in ((small, ()), (large, ("--large",))):
        result = run_cli(
            "--db",
            str(borlange_file),
            "chart",
            "nki",
            "--out",
            str(out),
            *common,
            *extra,
            home=data_home,
        )
        assert result.returncode == 0, result.stderr
    assert large.stat().st_size > small.stat().st_size


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--out", "bild.jpg"), "filändelsen .jpg stöds inte; använd .png, .svg eller .pdf"),
        (("--out", "x.png", "--group", "kommun"), "--group: okänt värde ”kommun”"),
        (("--out", "x.png", "--area", "skola"), "--area: okänt värde ”skola”"),
        (("--out", "x.png", "--years", "2024-2020"), "--years: ”2024-2020” ska vara två år"),
        (("--out", "x.png", "--target", "120"), "--target: 120 ligger utanför 0–100"),
        (("--out", "x.png", "--comparison", "Rikett"), "--comparison: ”Rikett” är ingen kommunkod"),
        (
            (
                "--out",
                "saknas/x.png",
            ),
            "mappen",
        ),
        (("--out", "x.png", "--size", "stor"), "--size: ”stor” ska vara bredd x höjd"),
        (("--out", "x.png", "--size", "100x80"), "--size: 100x80 ska ha sidor mellan 320"),
    ],
)
def test_bad_choices_are_refused_in_swedish_with_exit_2(
    borlange_file: Path, tmp_path: Path, data_home: Path, args: tuple[str, ...], message: str
) -> None:
    args = tuple(str(tmp_path / a) if a.endswith((".png", ".jpg")) else a for a in args)
    result = run_cli("--db", str(borlange_file), "chart", "nki", *args, home=data_home)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.glob("*.png")) == [] and list(tmp_path.glob("*.jpg")) == []


def test_chart_of_an_empty_database_still_writes_a_figure(tmp_path: Path, data_home: Path) -> None:
    path = tmp_path / "tom.db"
    assert run_cli("--db", str(path), "init", home=data_home).returncode == 0
    out = tmp_path / "nki.png"
    result = run_cli("--db", str(path), "chart", "nki", "--out", str(out), home=data_home)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


def test_comparison_with_a_municipality_without_results_says_so(
    borlange_file: Path, tmp_path: Path, data_home: Path
) -> None:
    out = tmp_path / "nki.png"
    args = ("--db", str(borlange_file), "chart", "nki", "--out", str(out))
    result = run_cli(*args, "--comparison", "9999", home=data_home)
    assert result.returncode == 0, result.stderr
    assert "Obs: kommun 9999 har inga resultat i databasen" in result.stdout
    assert out.read_bytes().startswith(b"\x89PNG")
    own = run_cli(*args, "--comparison", "2081", home=data_home)
    assert own.returncode == 0 and "Obs:" not in own.stdout



def test_size_gives_a_picture_of_so_many_pixels(
    borlange_file: Path, tmp_path: Path, data_home: Path
) -> None:
    from matplotlib.image import imread

    for kind, large in (("nki", False), ("status", True)):
        out = tmp_path / f"{kind}.png"
        extra = ("--large",) if large else ()
        result = run_cli(
            "--db", str(borlange_file), "chart", kind, "--out", str(out), "--size", "1024x768",
            *extra, home=data_home,
        )
        assert result.returncode == 0, result.stderr
        assert imread(out).shape[:2] == (768, 1024)
        assert "Obs:" not in result.stdout


def test_a_chart_that_needs_more_height_than_its_size_says_so(
    borlange_file: Path, tmp_path: Path, data_home: Path
) -> None:
    """The effect chart's rows in large text need more than 768 pixels: the picture grows
    taller (the rows stay readable) and the command says how large it is."""
    from matplotlib.image import imread

    out = tmp_path / "effekt.png"
    result = run_cli("--db", str(borlange_file), "chart", "effect", "--out", str(out),
                     "--size", "1024x768", "--large", home=data_home)
    assert result.returncode == 0, result.stderr
    height, width = imread(out).shape[:2]
    assert width == 1024 and height > 768
    assert (f"Obs: diagrammets rader behöver mer höjd än --size gav, så bilden är "
            f"1024x{height} bildpunkter.") in result.stdout
