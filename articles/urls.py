from django.urls import path

from articles import views

urlpatterns = [
    path("", views.search, name="search"),
    path("articles/<int:article_id>/", views.article_detail, name="article"),
    path("healthz", views.healthz, name="healthz"),
]
