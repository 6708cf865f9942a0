"""Update the search and reference indexes once per object after a bulk load, not on every save.

Building a page saves it many times (create, revision, publish, translate), and each save would
otherwise run, or queue for the worker, its own index update. Used by the demo content loader.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler as update_search_index_on_save
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def indexes_updated_at_the_end():
    saved = set()

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved.add((sender, instance.pk))

    searched = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in searched:
        post_save.disconnect(update_search_index_on_save, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="indexes_updated_at_the_end")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="indexes_updated_at_the_end")
        for model in searched:
            post_save.connect(update_search_index_on_save, sender=model)

    for model, pk in saved:
        searchable, referencing = index.class_is_indexed(model), ReferenceIndex.is_indexed(model)
        if not (searchable or referencing):
            continue
        instance = model._default_manager.filter(pk=pk).first()
        if instance is None:
            continue
        if searchable:
            index.insert_or_update_object(instance)
        if referencing:
            ReferenceIndex.create_or_update_for_object(instance)
