import pytest
from django.contrib.auth.models import User

from articles.models import Alias, Article, CandidateName, Entity, Mention


@pytest.fixture
def curator(client, db):
    user = User.objects.create_superuser("curator", "c@example.org", "pw-not-used")
    client.force_login(user)
    return client


def test_it_lists_entities_and_searches_by_alias(curator, linked_samples):
    response = curator.get("/admin/articles/entity/", {"q": "الإبراهيمي"})
    assert response.status_code == 200
    assert "Lakhdar Brahimi" in response.content.decode()


def test_it_relinks_after_a_new_alias_is_added(curator, linked_samples):
    hammond = Entity.objects.get(slug="philip-hammond")
    article = Article.objects.get(file_name__startswith="004")
    data = {
        "kind": hammond.kind,
        "slug": hammond.slug,
        "name": hammond.name,
        "name_ar": hammond.name_ar,
        "description": hammond.description,
        "subkind": "",
        "aliases-TOTAL_FORMS": "1",
        "aliases-INITIAL_FORMS": "0",
        "aliases-0-text": "مكسيكو",
        "aliases-0-language": "ar",
        "roles-TOTAL_FORMS": "0",
        "roles-INITIAL_FORMS": "0",
    }
    response = curator.post(f"/admin/articles/entity/{hammond.id}/change/", data, follow=True)
    assert response.status_code == 200
    assert "Relinked" in response.content.decode()
    assert Mention.objects.filter(article=article, entity=hammond, surface="مكسيكو").exists()


def test_it_merges_two_records_of_one_person(curator, linked_samples):
    lavrov = Entity.objects.get(slug="sergey-lavrov")
    double = Entity.objects.create(
        kind="person", slug="lavrov-2", name="S. Lavrov", name_ar="س. لافروف"
    )
    Alias.objects.create(entity=double, text="سيرغي لافروفا", language="ar")
    response = curator.post(
        "/admin/articles/entity/",
        {"action": "merge_into_first", "_selected_action": [lavrov.id, double.id]},
        follow=True,
    )
    assert response.status_code == 200
    assert not Entity.objects.filter(slug="lavrov-2").exists()
    assert lavrov.aliases.filter(text="سيرغي لافروفا").exists()


def test_it_approves_a_candidate_into_a_person(curator, linked_samples):
    article = Article.objects.first()
    candidate = CandidateName.objects.create(
        text="لوران فابيوس",
        normalized="لوران فابيوس",
        title_phrase="وزير الخارجية الفرنسي",
        context="…",
        article=article,
        start=0,
    )
    curator.post(
        "/admin/articles/candidatename/",
        {"action": "approve", "_selected_action": [candidate.id]},
        follow=True,
    )
    candidate.refresh_from_db()
    assert candidate.status == "approved"
    assert Alias.objects.filter(text="لوران فابيوس").exists()
