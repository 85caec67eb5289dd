"""Which texts of a page a visitor gets in Dutch because their own language's is empty.

modeltranslation falls back to Dutch for an empty translation (docs/conventions.md, rule 2).
The site never pretends that text is in the visitor's language: templates mark it with
`lang="nl"` and show a note (leiden_site/templatetags/leiden_languages.py), the "Languages"
panel tells editors before they publish, and a site may refuse to publish such a page
(SiteIdentity.require_complete_languages; see LanguageCompletenessFormMixin).
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modeltranslation.translator import NotRegistered, translator

FALLBACK_LANGUAGE = settings.MODELTRANSLATION_FALLBACK_LANGUAGES[0]

# Fields whose translation may stay empty without a visitor reading Dutch instead: search
# engines get the title when the SEO title is empty, and slugs and paths are not read.
OPTIONAL_FIELDS = frozenset({"seo_title", "search_description", "slug", "url_path"})


def translated_fields(model) -> list[str]:
    """The translated fields of a model that visitors read, in declaration order."""
    try:
        fields = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return []
    return [name for name in fields if name not in OPTIONAL_FIELDS]


def _column(instance, field: str, language: str):
    return getattr(instance, f"{field}_{language}", None)


def fallback_fields(instance, language: str | None = None) -> list[str]:
    """Fields whose Dutch text a visitor of `language` (default: the active one) reads,
    because that language's column is empty while the Dutch one is not."""
    language = language or translation.get_language()
    if language == FALLBACK_LANGUAGE:
        return []
    return [
        field
        for field in translated_fields(type(instance))
        if not _column(instance, field, language) and _column(instance, field, FALLBACK_LANGUAGE)
    ]


def serves_dutch(instance, field: str) -> bool:
    """Does the active language read `field` of `instance` from the Dutch column?"""
    return field in fallback_fields(instance)


def is_dutch_value(instance, value) -> bool:
    """Is `value` (as a template got it from `instance.<field>`) a Dutch fallback? Used
    where a template hands on only the value, as components/stream.html does."""
    return any(
        _column(instance, field, FALLBACK_LANGUAGE) is value for field in fallback_fields(instance)
    )


def copied_from_english(instance) -> list[str]:
    """Dutch fields an author left empty, filled with their English text for now
    (EnglishFirstMixin): Dutch visitors read English there until someone translates it."""
    copied = set(getattr(instance, "dutch_copied_from_english", None) or ())
    return [field for field in translated_fields(type(instance)) if field in copied]


def translation_status(instance) -> list[dict]:
    """Per language: its name, the labels of the fields visitors read in Dutch, the labels
    of Dutch fields still holding English (Dutch only), and whether it is complete."""
    model = type(instance)

    def labels(fields):
        return [model._meta.get_field(field).verbose_name for field in fields]

    status = []
    for code, name in settings.LANGUAGES:
        missing = labels(fallback_fields(instance, code))
        copied = labels(copied_from_english(instance)) if code == FALLBACK_LANGUAGE else []
        status.append(
            {
                "code": code,
                "name": name,
                "missing": missing,
                "copied_from_english": copied,
                "complete": not missing and not copied,
            }
        )
    return status


def is_complete_in(instance, language: str) -> bool:
    if language == FALLBACK_LANGUAGE:
        return not copied_from_english(instance)
    return not fallback_fields(instance, language)


def missing_translations(instance) -> str:
    """What a site requiring complete languages still waits for, per language:
    "German: body; English: title, introduction" (empty when nothing is missing)."""
    model = type(instance)
    missing = []
    for code, name in settings.LANGUAGES:
        labels = [
            str(model._meta.get_field(field).verbose_name)
            for field in fallback_fields(instance, code)
        ]
        if labels:
            missing.append(f"{name}: {', '.join(labels)}")
    return "; ".join(missing)


def completeness_required(site) -> bool:
    """Does the site refuse to publish a page that is incomplete in some language?"""
    from leiden_site.models.settings import SiteIdentity

    return site is not None and SiteIdentity.for_site(site).require_complete_languages


INCOMPLETE_REFUSAL = _(
    "This site publishes a page only when it is complete in every language. Fill in: %(missing)s. "
    "You can still save a draft."
)


def approval_finishes_workflow(task_state) -> bool:
    """Would approving this task end its workflow, and so publish the page (Wagtail's
    default WAGTAIL_FINISH_WORKFLOW_ACTION)? Not while a later task is still to come."""
    from wagtail.models import Task

    workflow_state = task_state.workflow_state
    later_tasks = (
        Task.objects.filter(workflow_tasks__workflow_id=workflow_state.workflow_id, active=True)
        .exclude(task_states__in=workflow_state.successful_task_states)
        .exclude(pk=task_state.task_id)
    )
    return not later_tasks.exists()


def approval_refusal(task_state, page) -> str | None:
    """Why a moderator may not approve `page` (with the content approval would publish),
    or None: the last approval publishes, and the site may require complete languages."""
    if not approval_finishes_workflow(task_state) or not completeness_required(page.get_site()):
        return None
    missing = missing_translations(page)
    return APPROVAL_REFUSAL % {"missing": missing} if missing else None


APPROVAL_REFUSAL = _(
    "This site publishes a page only when it is complete in every language, so approving it "
    "now would publish it incomplete. Missing: %(missing)s. The page stays in moderation: "
    "fill in the missing texts, or request changes from the author."
)
