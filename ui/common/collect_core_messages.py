"""Collect the core's message templates for the translators: ``python -m ui.common.collect_core_messages``.

``pyside6-lupdate`` cannot see the templates of :mod:`desktop` errors (they are translated in
one place, :func:`ui.common.errors.user_message`), so this script finds them with :mod:`ast`
and writes :data:`GENERATED`, a module that lists each one as
``QT_TRANSLATE_NOOP("CoreMessages", ...)`` for lupdate.

A template is a string literal passed where a message class takes one, or passed to
:func:`desktop.errors.translatable`. Message classes are :class:`desktop.errors.Text`,
:class:`desktop.errors.UserError` and every subclass under ``desktop/`` (found through class
bases and ``from ... import`` names, so another ``Text`` such as SQLAlchemy's is not one). They
take templates in the constructor parameters named ``template`` or annotated with ``Text`` (the
field and the problem of ``InvalidInput``, say), inherited when a subclass has no constructor of
its own; ``super().__init__(...)`` in a message class counts as a call of its base. F-strings and
other expressions are not templates: their text stays English (:func:`english_only` lists the
f-strings, which are raise sites still to convert; running the script prints them).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "desktop"
GENERATED = Path(__file__).resolve().parent / "core_messages.py"
CONTEXT = "CoreMessages"
ROOT_CLASSES = ("desktop.errors.Text", "desktop.errors.UserError")
MARKER = "desktop.errors.translatable"
CONSTRUCTORS = ("__init__", "__new__")


@dataclass(frozen=True)
class Parameters:
    """Where a constructor takes templates: positional indexes (without ``self``) and names."""

    positions: tuple[int, ...]
    names: tuple[str, ...]


MARKER_PARAMETERS = Parameters((0,), ())


@dataclass(frozen=True)
class Module:
    """One parsed file: its qualified name, tree, imported names (local -> qualified) and the
    classes it defines at top level."""

    name: str
    tree: ast.Module
    imports: dict[str, str]
    classes: dict[str, ast.ClassDef]


def parse(path: Path, root: Path) -> Module:
    """Parse one file of the package under ``root``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    imports = {alias.asname or alias.name: f"{node.module}.{alias.name}"
               for node in tree.body if isinstance(node, ast.ImportFrom) and node.module
               for alias in node.names}
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    parts = path.relative_to(root).with_suffix("").parts
    return Module(".".join(parts[:-1] if parts[-1] == "__init__" else parts), tree, imports, classes)


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else None


def _takes_template(argument: ast.arg) -> bool:
    return argument.arg == "template" or (
        argument.annotation is not None and "Text" in ast.unparse(argument.annotation))


def _constructor_parameters(node: ast.ClassDef) -> Parameters | None:
    """Where the class's own ``__init__``/``__new__`` takes templates; None without one."""
    constructor = next((item for item in node.body
                        if isinstance(item, ast.FunctionDef) and item.name in CONSTRUCTORS), None)
    if constructor is None:
        return None
    arguments = [*constructor.args.posonlyargs, *constructor.args.args][1:]
    return Parameters(tuple(i for i, a in enumerate(arguments) if _takes_template(a)),
                      tuple(a.arg for a in (*arguments, *constructor.args.kwonlyargs) if _takes_template(a)))


class Core:
    """The parsed core: resolves names across modules and knows the message classes."""

    def __init__(self, modules: list[Module]) -> None:
        self.modules = {m.name: m for m in modules}
        self.classes = {f"{m.name}.{name}": (m, node) for m in modules for name, node in m.classes.items()}
        self.messages = {root: _constructor_parameters(self.classes[root][1]) or Parameters((), ())
                         for root in ROOT_CLASSES}
        self._add_subclasses()

    def resolve(self, module: Module, local: str) -> str:
        """The qualified name ``local`` stands for in ``module``, followed through re-exports."""
        qualified = f"{module.name}.{local}" if local in module.classes else module.imports.get(local, "")
        while qualified not in self.classes:
            owner, _, name = qualified.rpartition(".")
            if owner not in self.modules or name not in self.modules[owner].imports:
                return qualified
            qualified = self.modules[owner].imports[name]
        return qualified

    def base_parameters(self, module: Module, node: ast.ClassDef) -> Parameters | None:
        """The template parameters of the first base of ``node`` that is a message class."""
        bases = (self.resolve(module, name) for name in map(_name, node.bases) if name)
        return next((self.messages[base] for base in bases if base in self.messages), None)

    def _add_subclasses(self) -> None:
        """Add every class whose base is a message class, until no more are found."""
        grew = True
        while grew:
            grew = False
            for qualified, (module, node) in self.classes.items():
                base = self.base_parameters(module, node)
                if qualified not in self.messages and base is not None:
                    self.messages[qualified] = _constructor_parameters(node) or base
                    grew = True

    def calls(self, module: Module) -> Iterator[tuple[ast.Call, Parameters]]:
        """Every call in ``module`` that takes templates, with where it takes them."""
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ClassDef) and f"{module.name}.{node.name}" in self.messages:
                base = self.base_parameters(module, node)
                yield from ((call, base) for call in ast.walk(node) if _is_super_init(call) and base is not None)
            elif isinstance(node, ast.Call) and (name := _name(node.func)) is not None:
                qualified = self.resolve(module, name)
                if qualified == MARKER:
                    yield node, MARKER_PARAMETERS
                elif qualified in self.messages:
                    yield node, self.messages[qualified]


def _is_super_init(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"
            and isinstance(node.func.value, ast.Call) and _name(node.func.value.func) == "super")


def _template_arguments(call: ast.Call, parameters: Parameters) -> Iterator[ast.expr]:
    for position in parameters.positions:
        if position < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args[:position + 1]):
            yield call.args[position]
    yield from (keyword.value for keyword in call.keywords if keyword.arg in parameters.names)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value else None


def _template_nodes(core: Path) -> Iterator[tuple[Module, ast.expr]]:
    """Every expression given as a template in the ``.py`` files under ``core``, with its module."""
    parsed = Core([parse(path, core.parent) for path in sorted(core.rglob("*.py"))])
    for module in parsed.modules.values():
        for call, parameters in parsed.calls(module):
            yield from ((module, argument) for argument in _template_arguments(call, parameters))


def collect(core: Path = CORE) -> list[str]:
    """Every template in the ``.py`` files under ``core``, sorted, each once."""
    return sorted({text for _, node in _template_nodes(core) if (text := _literal(node))})


def english_only(core: Path = CORE) -> list[str]:
    """``module:line`` of every f-string given as a template: messages that cannot be translated."""
    places = {(module.name, node.lineno) for module, node in _template_nodes(core) if isinstance(node, ast.JoinedStr)}
    return [f"{name}:{line}" for name, line in sorted(places)]


def module_text(templates: list[str]) -> str:
    """The source of :data:`GENERATED` listing ``templates``."""
    lines = [
        '"""Every message template of the core, for pyside6-lupdate (context ``CoreMessages``).',
        "",
        "Generated by ``python -m ui.common.collect_core_messages``; do not edit.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        f"CONTEXT = {CONTEXT!r}",
        "TEMPLATES = (",
        *(f"    QT_TRANSLATE_NOOP({CONTEXT!r}, {template!r})," for template in templates),
        ")",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Rewrite :data:`GENERATED` from the core's current templates."""
    templates = collect()
    GENERATED.write_text(module_text(templates), encoding="utf-8")
    print(f"{len(templates)} templates written to {GENERATED.relative_to(ROOT)}")
    for place in english_only():
        print(f"f-string template, stays English: {place}")


if __name__ == "__main__":
    main()
