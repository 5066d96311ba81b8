from django.contrib import admin

from articles.models import Article, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "site"]
    search_fields = ["name"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "published_best", "published_precision", "ingested_at"]
    list_filter = ["source", "published_precision"]
    search_fields = ["title", "file_name", "url"]
    readonly_fields = ["content_hash", "ingested_at", "raw_text", "body_normalized", "removed"]
    list_select_related = ["source"]
