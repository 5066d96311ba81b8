import pytest
from django.core.management import call_command

from articles.models import Article
from tests.conftest import SEEDS


@pytest.fixture
def samples(db):
    call_command("ingest", str(SEEDS), workers=0, no_progress=True, stdout=None)


def test_it_shows_the_article_and_what_cleaning_removed(client, samples):
    article = Article.objects.get(file_name__startswith="003")
    response = client.get(f"/articles/{article.id}/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "بوتين يناقش مع عنان سبل إخراج سوريا من أزمتها" in text
    assert "What cleaning removed" in text
    assert "إضغط هنا للإشتراك" in text  # listed among removed lines, not in the body
    assert "إضغط هنا للإشتراك" not in article.body


def test_it_answers_404_for_a_missing_article(client, db):
    assert client.get("/articles/999999/").status_code == 404
