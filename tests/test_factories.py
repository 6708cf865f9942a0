"""Every factory in tests/factories builds a saved object (a page is put under the home page)."""

import importlib
import inspect
import pkgutil

import factory
import pytest
from wagtail.models import Page

import tests.factories as factories_package


def all_factories():
    for module_info in pkgutil.iter_modules(factories_package.__path__):
        module = importlib.import_module(f"tests.factories.{module_info.name}")
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, factory.Factory) and obj.__module__ == module.__name__ and not obj._meta.abstract:
                yield obj


@pytest.mark.parametrize("factory_class", list(all_factories()), ids=lambda f: f.__name__)
def test_every_factory_builds_a_saved_object(factory_class, home):
    is_page = issubclass(factory_class._meta.model, Page)
    obj = factory_class(parent=home) if is_page else factory_class()
    assert obj.pk is not None
    assert type(obj).objects.filter(pk=obj.pk).exists()
