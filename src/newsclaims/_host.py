"""The plugin host: discovery, checks at load, and a typed facade over the hooks."""

from __future__ import annotations

import contextvars
import difflib
import importlib.metadata
import logging
import os
import time
import types
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import pluggy

from . import hookspecs
from ._analysis import Analysis, Article, Cleaning, Document, PluginError
from ._dates import PartialDate
from ._io import InputSource, ReadError
from ._types import Boilerplate, Claim, Sentence, TimeExpression

__all__ = [
    "DISABLE_ENV",
    "ENTRY_POINT_GROUP",
    "ONLY_ENV",
    "Hooks",
    "InvalidItemError",
    "PluginInfo",
    "PluginLoadError",
    "build_plugin_manager",
    "hookimpl",
]

logger = logging.getLogger("newsclaims")

#: Mark a function as a hook implementation: ``@newsclaims.hookimpl``.
hookimpl = pluggy.HookimplMarker(hookspecs.PROJECT)

#: The entry-point group that built-in and third-party plugins register under.
ENTRY_POINT_GROUP = "newsclaims"
#: Comma-separated plugin names to leave out, on top of any the caller disables.
DISABLE_ENV = "NEWSCLAIMS_DISABLE_PLUGINS"
#: Comma-separated plugin names to load instead of all installed ones.
ONLY_ENV = "NEWSCLAIMS_PLUGINS"
#: The name of the built-in defaults (readers, segmenter, assembler, date parser).
CORE_PLUGIN = "core"

_HOOK_NAMES = frozenset(name for name in dir(hookspecs) if name.startswith("newsclaims_"))

# Where the facade records failures during one analysis; the pipeline sets it.
_error_sink: contextvars.ContextVar[list[PluginError] | None] = contextvars.ContextVar(
    "newsclaims_errors", default=None
)


class PluginLoadError(RuntimeError):
    """Plugins could not be loaded as asked: an unknown name, a misspelt hook, a failing import."""


class InvalidItemError(ValueError):
    """A plugin returned something the core cannot accept (recorded with stage ``validate``)."""


@attrs.frozen(kw_only=True)
class PluginInfo:
    """A loaded plugin, as ``newsclaims plugins`` lists it."""

    name: str
    hooks: tuple[str, ...]
    version: str | None = None
    distribution: str | None = None
    origin: str = "entry point"


def _split_names(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(",") if name.strip()]


def _plugin_name(plugin: object) -> str:
    if isinstance(plugin, types.ModuleType | type):
        return plugin.__name__
    return type(plugin).__name__


def _unknown(names: Iterable[str], known: Iterable[str], what: str) -> str | None:
    known = sorted(known)
    unknown = [name for name in names if name not in known]
    if not unknown:
        return None
    hints = []
    for name in unknown:
        close = difflib.get_close_matches(name, known, n=1)
        hints.append(f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
    return f"unknown plugin {', '.join(hints)} in {what}; installed plugins: {', '.join(known) or 'none'}"


def _check_plugin(pm: pluggy.PluginManager, name: str, plugin: object) -> None:
    """Fail loudly on the mistakes pluggy lets pass silently."""
    for attribute in dir(plugin):
        if not attribute.startswith("newsclaims_"):
            continue
        if attribute not in _HOOK_NAMES:
            close = difflib.get_close_matches(attribute, sorted(_HOOK_NAMES), n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise PluginLoadError(
                f"plugin {name!r} defines {attribute}, which is not a newsclaims hook{hint}"
            )
        if pm.parse_hookimpl_opts(plugin, attribute) is None:
            raise PluginLoadError(
                f"plugin {name!r} defines {attribute} without @newsclaims.hookimpl, so it would never be called"
            )
    for caller in pm.get_hookcallers(plugin) or ():
        for impl in caller.get_hookimpls():
            if impl.plugin is plugin and (impl.hookwrapper or impl.wrapper):
                raise PluginLoadError(
                    f"plugin {name!r}: {caller.name} is a wrapper; newsclaims calls implementations "
                    "one by one to isolate their errors, so wrappers are not supported"
                )


def _hooks_of(pm: pluggy.PluginManager, plugin: object) -> tuple[str, ...]:
    return tuple(
        sorted(
            caller.name.removeprefix("newsclaims_") for caller in pm.get_hookcallers(plugin) or ()
        )
    )


def build_plugin_manager(
    *,
    plugins: Iterable[str] | None = None,
    disable: Iterable[str] = (),
    register: Iterable[object] = (),
    entry_points: bool = True,
    environ: Mapping[str, str] | None = None,
    strict: bool = False,
    defaults: object | None = None,
) -> tuple[pluggy.PluginManager, tuple[PluginInfo, ...]]:
    """Build a fresh plugin manager: the core defaults, the allowed entry points, extra plugins.

    ``plugins`` limits the entry-point plugins to those names (``None``: all,
    or ``$NEWSCLAIMS_PLUGINS`` when set); ``disable`` and
    ``$NEWSCLAIMS_DISABLE_PLUGINS`` leave plugins out.  A plugin that fails to
    import is skipped with a warning (an error when ``strict``).

    Raises:
        PluginLoadError: an unknown plugin name was asked for, two plugins share
            a name, or a plugin defines a misspelt, undecorated or wrapper hook.
    """
    environ = os.environ if environ is None else environ
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    infos: list[PluginInfo] = []

    found: dict[str, importlib.metadata.EntryPoint] = {}
    if entry_points:
        for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            if ep.name in found and found[ep.name].value != ep.value:
                raise PluginLoadError(
                    f"two installed plugins are named {ep.name!r}: {found[ep.name].value} and {ep.value}"
                )
            found[ep.name] = ep
    extra = {_plugin_name(plugin): plugin for plugin in register}
    known = set(found) | set(extra)

    allowed = list(plugins) if plugins is not None else None
    if allowed is not None and (problem := _unknown(allowed, known, "the plugins to load")):
        raise PluginLoadError(problem)
    if allowed is None and environ.get(ONLY_ENV):
        allowed = _split_names(environ[ONLY_ENV])
        if problem := _unknown(allowed, known, f"${ONLY_ENV}"):
            logger.warning(problem)
    blocked = set(disable)
    if problem := _unknown(blocked, known, "the plugins to disable"):
        raise PluginLoadError(problem)
    from_env = _split_names(environ.get(DISABLE_ENV))
    if problem := _unknown(from_env, known, f"${DISABLE_ENV}"):
        logger.warning(problem)
    blocked.update(from_env)

    for name in sorted(found):
        ep = found[name]
        if name in blocked or (allowed is not None and name not in allowed):
            continue
        try:
            plugin = ep.load()
        except Exception as error:
            message = (
                f"plugin {name!r} ({ep.value}) failed to load: {type(error).__name__}: {error}"
            )
            if strict:
                raise PluginLoadError(message) from error
            logger.warning("%s; it is skipped", message)
            continue
        if name in extra:
            raise PluginLoadError(
                f"a registered plugin and an installed plugin are both named {name!r}"
            )
        pm.register(plugin, name=name)
        _check_plugin(pm, name, plugin)
        dist = ep.dist
        infos.append(
            PluginInfo(
                name=name,
                hooks=_hooks_of(pm, plugin),
                version=dist.version if dist else None,
                distribution=dist.metadata["Name"] if dist else None,
            )
        )
    for name, plugin in extra.items():
        if name in blocked:  # the allow-list selects installed plugins; registered ones are wanted
            continue
        pm.register(plugin, name=name)
        _check_plugin(pm, name, plugin)
        infos.append(PluginInfo(name=name, hooks=_hooks_of(pm, plugin), origin="registered"))
    if defaults is not None:
        # Registered last on purpose: pluggy asks `trylast` implementations in
        # registration order, and the core's defaults must answer after every
        # plugin's, built-in `trylast` ones included.
        pm.register(defaults, name=CORE_PLUGIN)
        infos.insert(
            0,
            PluginInfo(name=CORE_PLUGIN, hooks=_hooks_of(pm, defaults), origin="built-in default"),
        )
    pm.check_pending()
    return pm, tuple(infos)


@attrs.define
class StageTiming:
    """Time spent by one plugin in one stage, summed over calls."""

    calls: int = 0
    seconds: float = 0.0


class Hooks:
    """A typed facade over the plugin manager's hooks; one method per hook.

    Plugins receive it as the ``hooks`` argument of
    :func:`~newsclaims.hookspecs.newsclaims_clean` and
    :func:`~newsclaims.hookspecs.newsclaims_extract`, mainly to call
    :meth:`parse_date`.  Each implementation is called on its own, so an
    exception in one is recorded (or, in strict mode, re-raised) without
    losing the others' results.
    """

    def __init__(self, pm: pluggy.PluginManager, *, strict: bool = False) -> None:
        self._pm = pm
        self.strict = strict
        #: Seconds and calls per ``(stage, plugin)``, for benchmarks and ``--stats``.
        self.timings: dict[tuple[str, str], StageTiming] = {}

    @property
    def plugin_manager(self) -> pluggy.PluginManager:
        """The underlying :class:`pluggy.PluginManager`."""
        return self._pm

    def _fail(self, plugin: str, stage: str, error: BaseException) -> None:
        if self.strict:
            error.add_note(f"raised by newsclaims plugin {plugin!r} in stage {stage!r}")
            raise error
        record = PluginError(
            plugin=plugin, stage=stage, type=type(error).__name__, message=str(error)
        )
        logger.debug("%s", record, exc_info=error)
        sink = _error_sink.get()
        if sink is None:
            logger.warning("%s", record)
        else:
            sink.append(record)

    def report(self, plugin: str, stage: str, message: str) -> None:
        """Record a problem with a plugin's output (stage ``validate``) on the current analysis."""
        self._fail(plugin, stage, InvalidItemError(message))

    def _each(
        self, name: str, stage: str, kwargs: dict[str, Any], *, materialize: bool = True
    ) -> Iterator[tuple[str, Any]]:
        """Call each implementation of hook ``name`` in pluggy's order; yield (plugin, result) for the non-None ones."""
        caller: pluggy.HookCaller = getattr(self._pm.hook, name)
        for impl in reversed(caller.get_hookimpls()):
            started = time.perf_counter()
            try:
                result: Any = impl.function(*[kwargs[arg] for arg in impl.argnames])
                if (
                    materialize
                    and result is not None
                    and not isinstance(result, Cleaning | TimeExpression)
                ):
                    result = list(result)
            except Exception as error:
                self._fail(impl.plugin_name, stage, error)
                continue
            finally:
                timing = self.timings.setdefault((stage, impl.plugin_name), StageTiming())
                timing.calls += 1
                timing.seconds += time.perf_counter() - started
            if result is not None:
                yield impl.plugin_name, result

    def read(self, source: InputSource) -> Iterator[Article | ReadError]:
        """Articles from ``source`` by the first reader that takes it (:func:`~newsclaims.hookspecs.newsclaims_read`)."""
        for plugin, records in self._each(
            "newsclaims_read", "read", {"source": source}, materialize=False
        ):
            iterator = iter(records)
            # Readers are lazy: the time they take is spent in next(), not in the hook call.
            timing = self.timings.setdefault(("read", plugin), StageTiming())
            while True:
                started = time.perf_counter()
                try:
                    record = next(iterator)
                except StopIteration:
                    return
                except Exception as error:
                    if self.strict:
                        raise
                    yield ReadError(
                        source=source.name,
                        message=f"reader {plugin!r} failed: {type(error).__name__}: {error}; "
                        "the rest of the input is skipped",
                    )
                    return
                finally:
                    timing.seconds += time.perf_counter() - started
                yield record
        yield ReadError(source=source.name, message="no reader takes this input")

    def clean(self, article: Article) -> list[tuple[str, Cleaning]]:
        """Every cleaner's result with the cleaner's name (:func:`~newsclaims.hookspecs.newsclaims_clean`)."""
        return list(self._each("newsclaims_clean", "clean", {"article": article, "hooks": self}))

    def segment(
        self, article: Article, boilerplate: Sequence[Boilerplate]
    ) -> tuple[str, list[Sentence]]:
        """The first segmenter's sentences with its name (:func:`~newsclaims.hookspecs.newsclaims_segment`)."""
        for plugin, sentences in self._each(
            "newsclaims_segment", "segment", {"article": article, "boilerplate": boilerplate}
        ):
            return plugin, sentences
        return CORE_PLUGIN, []

    def extract(self, document: Document) -> list[tuple[str, list[object]]]:
        """Every extractor's items with the extractor's name (:func:`~newsclaims.hookspecs.newsclaims_extract`)."""
        return list(
            self._each("newsclaims_extract", "extract", {"document": document, "hooks": self})
        )

    def assemble(self, analysis: Analysis) -> tuple[str, list[Claim]]:
        """The first assembler's claims with its name (:func:`~newsclaims.hookspecs.newsclaims_assemble`)."""
        for plugin, claims in self._each("newsclaims_assemble", "assemble", {"analysis": analysis}):
            return plugin, claims
        return CORE_PLUGIN, []

    def parse_date(
        self, text: str, reference: PartialDate | str | None = None
    ) -> TimeExpression | None:
        """The first German date or time expression in ``text``, normalised (:func:`~newsclaims.hookspecs.newsclaims_parse_date`).

        >>> import newsclaims
        >>> hooks = newsclaims.Pipeline(entry_points=False).hooks
        >>> hooks.parse_date("Stand: 13.08.2024, 15:00 Uhr").value
        '2024-08-13'
        """
        reference = None if reference is None else PartialDate.parse(reference)
        for plugin, result in self._each(
            "newsclaims_parse_date", "parse_date", {"text": text, "reference": reference}
        ):
            if (
                not isinstance(result, TimeExpression)
                or text[result.start : result.end] != result.text
            ):
                self.report(
                    plugin,
                    "validate",
                    f"parse_date returned {result!r}, not a TimeExpression in the given text",
                )
                continue
            return result
        return None
