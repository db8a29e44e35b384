"""The README documents the rendering context exactly as the code publishes it."""

from pathlib import Path

from templates import context_markdown


def test_readme_carries_the_current_rendering_context() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert context_markdown().strip() in readme
