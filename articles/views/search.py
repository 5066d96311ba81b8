from django.core.paginator import Paginator
from django.shortcuts import render

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
