from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from articles.models import Article

PAGE_SIZE = 20
MAX_PAGES = 50  # deep OFFSET pagination is slow and nobody reads page 500


def search(request):
    query = request.GET.get("q", "").replace("\x00", "")[:1000]
    articles = Article.objects.select_related("source").defer(
        "raw_text", "body_normalized", "search_vector"
    )
    if query.strip():
        articles = articles.search(query)
    paginator = Paginator(articles, PAGE_SIZE)
    page_number = request.GET.get("page", "1")
    page_number = int(page_number) if page_number.isdigit() else 1
    page = paginator.get_page(min(page_number, MAX_PAGES))
    return render(request, "articles/search.html", {"query": query, "page": page})


def article_detail(request, article_id: int):
    article = get_object_or_404(Article.objects.select_related("source"), pk=article_id)
    return render(request, "articles/article.html", {"article": article})


def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
