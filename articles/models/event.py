"""Meetings, calls, visits, conferences and statements, with the articles that report them."""

from django.db import models

from articles.models.article import DatePrecision
from articles.models.entity import Entity


class EventKind(models.TextChoices):
    MEETING = "meeting", "meeting"
    PHONE_CALL = "phone_call", "phone call"
    VISIT = "visit", "visit"
    CONFERENCE = "conference", "conference"
    STATEMENT = "statement", "statement"


class EventStatus(models.TextChoices):
    HELD = "held", "held"
    PLANNED = "planned", "planned"


class EventManager(models.Manager):
    def get_by_natural_key(self, signature):
        return self.get(signature=signature)


class Event(models.Model):
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    status = models.CharField(max_length=10, choices=EventStatus.choices)
    date_earliest = models.DateField(null=True, blank=True)
    date_latest = models.DateField(null=True, blank=True)
    date_best = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=10, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    place = models.ForeignKey(
        Entity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events_here",
        limit_choices_to={"kind": "place"},
    )
    participants = models.ManyToManyField(Entity, related_name="events")
    # kind, sorted participant slugs, place and day: several reports of one meeting share it.
    signature = models.CharField(max_length=600)

    objects = EventManager()

    class Meta:
        ordering = ["-date_best", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["signature"], name="event_signature_unique"),
        ]
        indexes = [
            # The events page: filter by kind and date, newest first.
            models.Index(fields=["kind", "date_best"], name="event_kind_date_idx"),
        ]

    def __str__(self) -> str:
        names = ", ".join(participant.name for participant in self.participants.all())
        where = f" in {self.place}" if self.place_id else ""
        return f"{self.get_kind_display()}: {names}{where}"

    def natural_key(self):
        return (self.signature,)


class EventReportManager(models.Manager):
    def get_by_natural_key(self, signature, content_hash, sentence_start):
        return self.get(
            event__signature=signature,
            article__content_hash=content_hash,
            sentence_start=sentence_start,
        )


class EventReport(models.Model):
    # The unique constraint (event, …) and the index (article, event) serve both lookups.
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="reports", db_index=False
    )
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="event_reports", db_index=False
    )
    sentence = models.TextField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    date_text = models.CharField(max_length=200, blank=True)
    trigger = models.CharField(max_length=100, blank=True)

    objects = EventReportManager()

    class Meta:
        ordering = ["event", "article"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "article", "sentence_start"], name="event_report_unique"
            ),
        ]
        indexes = [
            # Article page: the events an article reports.
            models.Index(fields=["article", "event"], name="event_report_article_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.event} — article {self.article_id}"

    def natural_key(self):
        return (self.event.signature, self.article.content_hash, self.sentence_start)

    natural_key.dependencies = ["articles.event", "articles.article"]
