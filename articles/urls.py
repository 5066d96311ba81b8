from django.urls import path

from articles.views import articles, health, search

urlpatterns = [
    path("", search.search, name="search"),
    path("articles/<int:article_id>/", articles.article_detail, name="article"),
    path("healthz", health.healthz, name="healthz"),
]
