"""The layers of the code, read from its imports (no code is run):

- a model module imports no view or admin module (pages own their flow; the admin names its views itself);
- `submissions`, the pipeline at the bottom, imports no feature app;
- an import inside a function says why, in a comment on its line or just above its group of imports (the app
  registry is not ready yet, logging loads the module early): hidden imports hide the layers.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ["home", "news", "vacancies", "contact", "formpages", "submissions", "demo", "wijraad"]
FEATURE_APPS = {"home", "news", "vacancies", "contact", "formpages", "demo"}
VIEW_OR_ADMIN = {"views", "admin_views", "admin", "wagtail_hooks", "viewsets"}


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield module_name(path), path


def imported_names(module, path, node):
    """The absolute names an import statement brings in (a relative import resolved against its module)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join([*package, base] if base else package)
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def imports(module, path):
    """(line, names, inside a function) for every import statement of the module."""
    tree = ast.parse(path.read_text(), filename=str(path))
    in_function = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            in_function.update(id(child) for child in ast.walk(node) if child is not node)
    return [
        (node.lineno, imported_names(module, path, node), id(node) in in_function)
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]


def is_model_module(module):
    parts = module.split(".")
    return len(parts) >= 2 and parts[1] == "models"


def is_view_or_admin(name):
    """A view or admin module of ours (Wagtail's admin panels are fine in a model)."""
    parts = name.split(".")
    return parts[0] in APPS and any(part in VIEW_OR_ADMIN for part in parts[1:])


def says_why(lines, lineno):
    """A comment on the import's line, or on the line above its group of imports."""
    if "#" in lines[lineno - 1]:
        return True
    for line in reversed(lines[: lineno - 1]):
        stripped = line.strip()
        if stripped.startswith("#"):
            return True
        if stripped and not stripped.startswith(("from ", "import ")):
            return False
    return False


def model_imports_of_views(modules):
    found = []
    for module, path in modules:
        if is_model_module(module):
            for line, names, _inside in imports(module, path):
                found += [f"{module}:{line} imports {name}" for name in names if is_view_or_admin(name)][:1]
    return found


def submissions_imports_of_features(modules):
    return [
        f"{module}:{line} imports {names[0]}"
        for module, path in modules
        if module.split(".")[0] == "submissions"
        for line, names, _inside in imports(module, path)
        if names[0].split(".")[0] in FEATURE_APPS
    ]


def unexplained_function_imports(modules):
    found = []
    for module, path in modules:
        lines = path.read_text().splitlines()
        found += [
            f"{module}:{line}" for line, _names, inside in imports(module, path) if inside and not says_why(lines, line)
        ]
    return found


@pytest.fixture(scope="module")
def modules():
    return list(project_modules())


def test_the_rules_read_every_app(modules):
    apps = {module.split(".")[0] for module, _path in modules}
    assert apps >= {"home", "news", "vacancies", "contact", "formpages", "submissions", "wijraad"}
    assert any(is_model_module(module) for module, _path in modules)


def test_model_modules_import_no_view_or_admin_module(modules):
    assert model_imports_of_views(modules) == []


def test_submissions_imports_no_feature_app(modules):
    assert submissions_imports_of_features(modules) == []


def test_imports_inside_functions_say_why(modules):
    assert unexplained_function_imports(modules) == []


def test_the_rules_catch_what_they_forbid(tmp_path):
    """The checks themselves: a model importing a view, the pipeline importing a page, a silent late import."""
    app = tmp_path / "contact"
    (app / "models").mkdir(parents=True)
    model = app / "models" / "pages.py"
    model.write_text(
        "from contact import views\nfrom ..admin_views import ListView\n\n\ndef serve():\n    import json\n"
    )
    quiet = app / "tasks.py"
    quiet.write_text(
        "def run():\n    # Imported here: the app registry is not ready at import time.\n    import json\n"
    )
    pipeline = tmp_path / "pipeline.py"
    pipeline.write_text("from django.db import models\nfrom contact.models import ContactPage\n")

    assert model_imports_of_views([("contact.models.pages", model), ("contact.tasks", quiet)]) == [
        "contact.models.pages:1 imports contact.views",
        "contact.models.pages:2 imports contact.admin_views",
    ]
    assert submissions_imports_of_features([("submissions.pipeline", pipeline)]) == [
        "submissions.pipeline:2 imports contact.models"
    ]
    assert unexplained_function_imports([("contact.models.pages", model), ("contact.tasks", quiet)]) == [
        "contact.models.pages:6"
    ]
