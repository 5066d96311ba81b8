from django.shortcuts import get_object_or_404, render

from articles.models import Article


def article_detail(request, article_id: int):
    article = get_object_or_404(Article.objects.select_related("source"), pk=article_id)
    return render(request, "articles/article.html", {"article": article})
