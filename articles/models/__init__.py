from articles.models.article import Article, ArticleManager, DatePrecision, Source, SourceManager
from articles.models.entity import Alias, CandidateName, Entity, EntityKind, Mention, Role
from articles.models.event import Event, EventReport

__all__ = [
    "Alias",
    "Article",
    "ArticleManager",
    "CandidateName",
    "DatePrecision",
    "Entity",
    "EntityKind",
    "Event",
    "EventReport",
    "Mention",
    "Role",
    "Source",
    "SourceManager",
]
