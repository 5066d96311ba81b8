"""The per-process copy of the gazetteer follows every write to it (migration 0004)."""

from articles import gazetteer_cache
from articles.models import Alias, Entity
from articles.search_results import name_index


def test_it_builds_a_copy_once_per_gazetteer_version(gazetteer):
    builds = []

    def build():
        builds.append(1)
        return len(builds)

    assert gazetteer_cache.cached("test-copy", build) == 1
    assert gazetteer_cache.cached("test-copy", build) == 1
    Alias.objects.filter(text="عنان").update(text="عنانن")
    assert gazetteer_cache.cached("test-copy", build) == 2


def test_it_bumps_the_version_on_each_write_to_entities_aliases_and_roles(gazetteer):
    annan = Entity.objects.get(slug="kofi-annan")
    seen = [gazetteer_cache.version()]
    annan.name_ar = "كوفي أنان"
    annan.save()
    seen.append(gazetteer_cache.version())
    Alias.objects.create(entity=annan, language="ar", text="كوفي عنانن")
    seen.append(gazetteer_cache.version())
    annan.roles.all().delete()
    seen.append(gazetteer_cache.version())
    assert seen == sorted(set(seen))  # four different versions, rising


def test_it_finds_a_new_alias_on_the_next_search(client, gazetteer):
    assert "zzkofi" not in name_index().by_key
    Alias.objects.create(entity=Entity.objects.get(slug="kofi-annan"), language="en", text="ZZKofi")

    response = client.get("/", {"q": "ZZKofi"})

    assert [card["entity"].slug for card in response.context["search"].cards] == ["kofi-annan"]


def test_it_shows_a_renamed_envoy_in_the_filter_at_once(client, gazetteer):
    before = client.get("/").content.decode()
    Entity.objects.filter(slug="kofi-annan").update(name="Kofi A. Annan")

    after = client.get("/").content.decode()

    assert "Kofi A. Annan" not in before and "Kofi A. Annan" in after
