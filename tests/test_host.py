"""Plugin discovery and the checks at load."""

from __future__ import annotations

import importlib.metadata
import logging
import types
from typing import Any

import pluggy
import pytest

import newsclaims
from newsclaims import Document, PluginLoadError, hookimpl

BUILT_IN = ["boilerplate", "dates", "numbers", "quotes"]


def pipeline(**options: Any) -> newsclaims.Pipeline:
    options.setdefault("environ", {})
    return newsclaims.Pipeline(**options)


def names(p: newsclaims.Pipeline) -> list[str]:
    return [info.name for info in p.plugins]


def test_built_in_plugins_are_found_through_the_entry_point_group() -> None:
    infos = {info.name: info for info in pipeline().plugins}
    assert sorted(set(infos) - {"core"}) == BUILT_IN
    assert infos["numbers"].distribution == "newsclaims"
    assert infos["numbers"].version == newsclaims.__version__
    assert infos["core"].origin == "built-in default"
    assert infos["core"].hooks == ("assemble", "parse_date", "read", "segment")


def test_only_the_named_plugins_load() -> None:
    assert names(pipeline(plugins=["numbers", "dates"])) == ["core", "dates", "numbers"]
    assert names(pipeline(plugins=[])) == ["core"]


def test_disabled_plugins_do_not_load() -> None:
    assert names(pipeline(disable=["numbers"])) == ["core", "boilerplate", "dates", "quotes"]


def test_environment_switches() -> None:
    assert names(pipeline(environ={"NEWSCLAIMS_DISABLE_PLUGINS": "numbers, quotes"})) == [
        "core",
        "boilerplate",
        "dates",
    ]
    assert names(pipeline(environ={"NEWSCLAIMS_PLUGINS": "dates"})) == ["core", "dates"]
    # An explicit list wins over the environment's allow-list.
    assert names(pipeline(plugins=["numbers"], environ={"NEWSCLAIMS_PLUGINS": "dates"})) == [
        "core",
        "numbers",
    ]


def test_unknown_names_fail_with_a_suggestion() -> None:
    with pytest.raises(
        PluginLoadError,
        match=r"unknown plugin 'numbrs' \(did you mean 'numbers'\?\) in the plugins to load",
    ):
        pipeline(plugins=["numbrs"])
    with pytest.raises(
        PluginLoadError,
        match=r"unknown plugin 'qotes'.*to disable; installed plugins: boilerplate, dates",
    ):
        pipeline(disable=["qotes"])


def test_unknown_names_in_the_environment_only_warn(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="newsclaims"):
        loaded = names(pipeline(environ={"NEWSCLAIMS_DISABLE_PLUGINS": "numbrs"}))
    assert "numbers" in loaded
    assert "unknown plugin 'numbrs'" in caplog.text


def test_a_misspelt_hook_fails_loudly() -> None:
    class Misspelt:
        @hookimpl
        def newsclaims_extrakt(self, document: Document) -> None: ...

    with pytest.raises(
        PluginLoadError,
        match="defines newsclaims_extrakt, which is not a newsclaims hook; did you mean newsclaims_extract",
    ):
        pipeline(entry_points=False, register=[Misspelt()])


def test_a_hook_without_the_marker_fails_loudly() -> None:
    class Unmarked:
        def newsclaims_extract(self, document: Document) -> None: ...

    with pytest.raises(
        PluginLoadError, match=r"without @newsclaims\.hookimpl, so it would never be called"
    ):
        pipeline(entry_points=False, register=[Unmarked()])


def test_an_unknown_argument_fails_at_load() -> None:
    class WrongArgument:
        @hookimpl
        def newsclaims_extract(self, doc: Document) -> None: ...

    with pytest.raises(pluggy.PluginValidationError, match="doc"):
        pipeline(entry_points=False, register=[WrongArgument()])


def test_wrappers_are_refused() -> None:
    class Wrapper:
        @hookimpl(wrapper=True)
        def newsclaims_extract(self, document: Document) -> Any:
            return (yield)

    with pytest.raises(PluginLoadError, match="newsclaims_extract is a wrapper"):
        pipeline(entry_points=False, register=[Wrapper()])


def test_registered_plugins_are_listed_with_their_hooks() -> None:
    class Mine:
        @hookimpl
        def newsclaims_extract(self, document: Document) -> None: ...

    [*_, mine] = pipeline(entry_points=False, register=[Mine()]).plugins
    assert (mine.name, mine.hooks, mine.origin, mine.version) == (
        "Mine",
        ("extract",),
        "registered",
        None,
    )


class FakeEntryPoint:
    """Enough of importlib.metadata.EntryPoint for the host."""

    def __init__(self, name: str, value: str, loader: Any) -> None:
        self.name, self.value, self._loader, self.dist = name, value, loader, None

    def load(self) -> Any:
        return self._loader()


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> list[FakeEntryPoint]:
    """Replace the installed entry points with a list the test fills."""
    points: list[FakeEntryPoint] = []

    def entry_points(group: str) -> list[FakeEntryPoint]:
        assert group == "newsclaims"
        return points

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    return points


def test_a_third_party_plugin_is_found_like_a_built_in(installed: list[FakeEntryPoint]) -> None:
    module = types.ModuleType("newsclaims_sentiment")

    @hookimpl
    def newsclaims_extract(document: Document) -> None: ...

    module.newsclaims_extract = newsclaims_extract  # type: ignore[attr-defined]
    installed.append(FakeEntryPoint("sentiment", "newsclaims_sentiment", lambda: module))
    assert names(pipeline()) == ["core", "sentiment"]


def test_a_plugin_that_fails_to_import_is_skipped_with_a_warning(
    installed: list[FakeEntryPoint], caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> Any:
        raise ImportError("No module named 'torch'")

    installed.append(FakeEntryPoint("heavy", "newsclaims_heavy", broken))
    with caplog.at_level(logging.WARNING, logger="newsclaims"):
        assert names(pipeline()) == ["core"]
    assert (
        "plugin 'heavy' (newsclaims_heavy) failed to load: ImportError: No module named 'torch'; it is skipped"
        in caplog.text
    )
    with pytest.raises(PluginLoadError, match="failed to load"):
        pipeline(strict=True)


def test_two_installed_plugins_with_one_name_are_refused(installed: list[FakeEntryPoint]) -> None:
    installed.append(FakeEntryPoint("numbers", "newsclaims_numbers", object))
    installed.append(FakeEntryPoint("numbers", "other_numbers", object))
    with pytest.raises(PluginLoadError, match="two installed plugins are named 'numbers'"):
        pipeline()


def test_the_facade_times_each_plugin_and_stage() -> None:
    p = pipeline(plugins=[])
    p.analyze("Eins. Zwei.")
    timing = p.hooks.timings[("segment", "core")]
    assert timing.calls == 1
    assert timing.seconds >= 0
