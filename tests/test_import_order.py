"""Every kg module imports on its own, whichever is imported first (no import circles)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


@pytest.mark.slow
def test_every_module_imports_on_its_own():
    """``import kg.resolve.speakers`` alone failed with a circular import (kg.resolve.speakers ->
    kg.extract's package -> kg.resolve.facts -> kg.resolve.entities -> kg.resolve.speakers): the
    package's eager imports of the rules and the resolver. Each module is imported in one child
    interpreter with every kg module dropped before it, so each starts from nothing of kg's (the
    third-party packages stay loaded, which import order does not depend on)."""
    code = textwrap.dedent("""
        import importlib, pkgutil, sys
        import kg
        names = sorted(m.name for m in pkgutil.walk_packages(kg.__path__, "kg."))
        for name in names:
            for loaded in [m for m in sys.modules if m == "kg" or m.startswith("kg.")]:
                del sys.modules[loaded]
            try:
                importlib.import_module(name)
            except ImportError as exc:
                print(name, exc)
        print(len(names), "modules")
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines[-1].endswith(" modules") and int(lines[-1].split()[0]) > 100
    assert lines[:-1] == []


def test_every_rule_is_registered_before_any_extraction():
    """kg.extract's package imports the repairs and the resolver only where it extracts (no
    circle), so ``rule_names`` imports them itself: ``kg eval rules`` and ``--ablate`` know the
    resolver's rules and the parse repairs in a fresh interpreter too."""
    code = textwrap.dedent("""
        from kg.extract.registry import rule_names
        names = set(rule_names())
        print(sorted({"bracketed-gloss", "speaker-carried-on", "particle-after-object", "svo"} - names))
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"
