from django.urls import path

from articles.views import articles, entities, events, health, search

urlpatterns = [
    path("", search.search, name="search"),
    path("articles/<int:article_id>/", articles.article_detail, name="article"),
    path("people/<slug:slug>/", entities.person_detail, name="person"),
    path("places/<slug:slug>/", entities.place_detail, name="place"),
    path("organizations/<slug:slug>/", entities.organization_detail, name="organization"),
    path("events/", events.event_list, name="events"),
    path("events/<int:event_id>/", events.event_detail, name="event"),
    path("healthz", health.healthz, name="healthz"),
]
