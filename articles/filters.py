"""The search page's filters: a django-filter FilterSet over articles.

Entity filters take slugs and read the per-article arrays that linking keeps (GIN-indexed
`@>`), so no join with mentions or events is needed. A value that does not validate (an
unknown slug, a person slug given as a place, a bad date) is left out with a message in
`form.non_field_errors()` / `form.errors`; the other filters still apply, and nothing fails.

    ArticleFilter(request.GET, queryset=Article.objects.all()).qs
"""

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import django_filters
from django import forms
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from articles import gazetteer_cache
from articles.models import Entity, Role, Source
from articles.models.entity import EntityKind
from articles.models.event import EventKind

MAX_VALUES_PER_FILTER = 5
MAX_SLUG_CHARS = 120
ENTITY_FILTERS = ("envoy", "person", "place", "meeting_place", "organization")


@dataclass
class Envoy:
    """A person with an envoy role, and the mandates that make the envoy filter's label."""

    slug: str
    name: str
    name_ar: str
    mandates: list[str] = field(default_factory=list)  # "title (years)": titles are English
    years: list[str] = field(default_factory=list)
    first_start: date | None = None

    @cached_property
    def label(self) -> str:
        """«Lakhdar Brahimi — title (2012–2014)»; in Arabic, the Arabic name and the years
        (role titles are curated in English)."""
        if (get_language() or "").startswith("ar") and self.name_ar:
            return f"{self.name_ar} ({'، '.join(self.years)})" if self.years else self.name_ar
        return f"{self.name} — {'; '.join(self.mandates)}" if self.mandates else self.name

    @cached_property
    def short_label(self) -> str:
        """The label cut for a select box (computed once: envoys are cached per process)."""
        return Truncator(self.label).chars(110)


def _years(role: Role) -> str:
    start = str(role.start.year) if role.start else "?"
    end = str(role.end.year) if role.end else _("present")
    return start if start == end else f"{start}–{end}"


def load_envoys() -> list[Envoy]:
    """The envoys, in the order their first mandate began (one query)."""
    envoys: dict[str, Envoy] = {}
    roles = (
        Role.objects.filter(is_envoy=True)
        .select_related("person")
        .only("title", "start", "end", "person__slug", "person__name", "person__name_ar")
        .order_by("start", "person__name")
    )
    for role in roles:
        person = role.person
        envoy = envoys.get(person.slug)
        if envoy is None:
            envoy = envoys[person.slug] = Envoy(person.slug, person.name, person.name_ar)
        envoy.mandates.append(f"{role.title} ({_years(role)})")
        envoy.years.append(_years(role))
        if role.start and (envoy.first_start is None or role.start < envoy.first_start):
            envoy.first_start = role.start
    return sorted(envoys.values(), key=lambda e: (e.first_start or date.max, e.name))


class SlugListField(forms.Field):
    """One or more slugs (`?person=a&person=b`); checked against the database by the form."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *args, kinds=(), **kwargs):
        self.kinds = tuple(kinds)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        slugs: list[str] = []
        for raw in value:
            slug = str(raw).strip().lower()
            if slug and slug not in slugs:
                slugs.append(slug[: MAX_SLUG_CHARS + 1])
        if len(slugs) > MAX_VALUES_PER_FILTER:
            raise forms.ValidationError(
                _("At most %(count)d values per filter."),
                code="too_many",
                params={"count": MAX_VALUES_PER_FILTER},
            )
        return slugs


_PERIOD_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class PeriodField(forms.Field):
    """A day (2016-03-05), a month (2016-03) or a year (2016): the start of that period, or
    its end with `end=True`, so `date_from=2016&date_to=2016` means the whole year."""

    def __init__(self, *args, end=False, **kwargs):
        self.end = end
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = str(value or "").strip()
        if not value:
            return None
        found = _PERIOD_RE.match(value)
        invalid = forms.ValidationError(
            _("“%(value)s” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY."),
            code="invalid",
            params={"value": value[:20]},
        )
        if not found:
            raise invalid
        year, month, day = (int(part) if part else None for part in found.groups())
        if not 1000 <= year <= 2999:
            raise invalid
        try:
            if month is None:
                return date(year, 12, 31) if self.end else date(year, 1, 1)
            if day is None:
                last = calendar.monthrange(year, month)[1]
                return date(year, month, last if self.end else 1)
            return date(year, month, day)
        except (ValueError, calendar.IllegalMonthError):
            raise invalid from None


class ArticleFilterForm(forms.Form):
    """Checks every entity slug in one query; unknown or wrong-kind values are dropped."""

    def clean(self):
        cleaned = super().clean()
        slug_fields = {
            name: form_field
            for name, form_field in self.fields.items()
            if isinstance(form_field, SlugListField)
        }
        requested = {slug for name in slug_fields for slug in cleaned.get(name) or []}
        self.entities = (
            {
                entity.slug: entity
                for entity in Entity.objects.filter(slug__in=requested).only(
                    "slug", "kind", "name", "name_ar"
                )
            }
            if requested
            else {}
        )
        for name, form_field in slug_fields.items():
            kept = []
            for slug in cleaned.get(name) or []:
                entity = self.entities.get(slug)
                if entity is None:
                    self.add_error(
                        None,
                        _("Nothing in the archive is called “%(slug)s”: that filter was left out.")
                        % {"slug": slug[:MAX_SLUG_CHARS]},
                    )
                elif form_field.kinds and entity.kind not in form_field.kinds:
                    self.add_error(
                        None,
                        _("%(name)s is not a %(kind)s: that filter was left out.")
                        % {"name": entity.name, "kind": _(form_field.kinds[0])},
                    )
                else:
                    kept.append(slug)
            cleaned[name] = kept
        source = cleaned.get("source")
        if source and not Source.objects.filter(name=source).exists():
            self.add_error(
                None,
                _("No source is called “%(name)s”: that filter was left out.") % {"name": source},
            )
            cleaned["source"] = ""
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error(
                None, _("The start date is after the end date: the dates were left out.")
            )
            cleaned["date_from"] = cleaned["date_to"] = None
        return cleaned


class ArrayContainsFilter(django_filters.Filter):
    """`field @> ARRAY[value, …]`: every value must be in the article's array (GIN)."""

    def filter(self, qs, value):
        if not value:
            return qs
        values = [value] if isinstance(value, str) else list(value)
        return qs.filter(**{f"{self.field_name}__{self.lookup_expr}": values})


class ArrayContainsChoiceFilter(ArrayContainsFilter, django_filters.ChoiceFilter):
    pass


class EntitySlugsFilter(ArrayContainsFilter):
    field_class = SlugListField


class PeriodFilter(django_filters.Filter):
    field_class = PeriodField


class ArticleFilter(django_filters.FilterSet):
    envoy = ArrayContainsChoiceFilter(
        field_name="entity_slugs",
        lookup_expr="contains",
        label=gettext_lazy("Envoy"),
        choices=[],
        error_messages={
            "invalid_choice": gettext_lazy(
                "No envoy is called “%(value)s”: that filter was left out."
            )
        },
    )
    person = EntitySlugsFilter(
        field_name="entity_slugs",
        lookup_expr="contains",
        label=gettext_lazy("Person"),
        kinds=[EntityKind.PERSON],
    )
    place = EntitySlugsFilter(
        field_name="entity_slugs",
        lookup_expr="contains",
        label=gettext_lazy("Place mentioned"),
        kinds=[EntityKind.PLACE],
    )
    meeting_place = EntitySlugsFilter(
        field_name="meeting_place_slugs",
        lookup_expr="contains",
        label=gettext_lazy("Meeting place"),
        kinds=[EntityKind.PLACE],
    )
    organization = EntitySlugsFilter(
        field_name="entity_slugs",
        lookup_expr="contains",
        label=gettext_lazy("Organization"),
        kinds=[EntityKind.ORGANIZATION],
    )
    source = django_filters.CharFilter(
        field_name="source__name", lookup_expr="exact", label=gettext_lazy("Source"), max_length=200
    )
    kind = ArrayContainsChoiceFilter(
        field_name="event_kinds",
        lookup_expr="contains",
        label=gettext_lazy("Event kind"),
        choices=EventKind.choices,
        error_messages={
            "invalid_choice": gettext_lazy("No event kind “%(value)s”: that filter was left out.")
        },
    )
    # The estimated date is an interval: an article is in the range when they overlap.
    date_from = PeriodFilter(
        field_name="published_latest", lookup_expr="gte", label=gettext_lazy("From")
    )
    date_to = PeriodFilter(
        field_name="published_earliest", lookup_expr="lte", label=gettext_lazy("To"), end=True
    )

    class Meta:
        form = ArticleFilterForm
        fields: list[str] = []

    def __init__(self, *args, envoys: list[Envoy] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if envoys is None:
            envoys = gazetteer_cache.cached("envoys", load_envoys, per_language=True)
        self.envoys = envoys
        self.filters["envoy"].extra["choices"] = [(e.slug, e.label) for e in self.envoys]

    @property
    def entities(self) -> dict[str, Entity]:
        """The entities the (validated) filters name, by slug."""
        self.form.is_valid()  # validates once; the form caches its result
        return getattr(self.form, "entities", {})

    def active(self) -> dict[str, list]:
        """The filters that apply after validation: name → list of values."""
        if not self.is_bound:
            return {}
        self.form.is_valid()
        active = {}
        for name in self.filters:
            value = self.form.cleaned_data.get(name)
            if value in (None, "", []):
                continue
            active[name] = list(value) if isinstance(value, list | tuple) else [value]
        return active
