from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.linker import articles_that_may_mention
from articles.models import Alias, Article, Entity, Event, Mention


def relink(*args):
    out = StringIO()
    call_command("relink", *args, stdout=out)
    return out.getvalue()


def test_it_links_a_new_alias_in_the_articles_that_contain_it(linked_samples):
    article = Article.objects.get(file_name__startswith="004")
    hammond = Entity.objects.get(slug="philip-hammond")
    # «مكسيكو» is Mexico City's place; say a curator adds a person alias that occurs only in 004.
    Alias.objects.create(entity=hammond, text="مكسيكو", language="ar")
    assert list(articles_that_may_mention(hammond)) == [article]
    output = relink("--entity", "philip-hammond")
    assert "Relinked 1 article(s)" in output


def test_it_drops_mentions_of_a_removed_alias(linked_samples):
    kerry = Entity.objects.get(slug="john-kerry")
    assert Mention.objects.filter(entity=kerry).exists()
    kerry.aliases.all().delete()
    kerry.roles.all().delete()  # or «وزير الخارجية الأميركي» still names him by date
    kerry.name = "J. K."
    kerry.save()
    relink("--entity", "john-kerry")
    assert not Mention.objects.filter(entity=kerry).exists()
    assert not Article.objects.filter(entity_slugs__contains=["john-kerry"]).exists()
    assert not Event.objects.filter(participants=kerry).exists()


def test_it_relinks_everything_without_an_entity(linked_samples):
    before = sorted(Mention.objects.values_list("article__file_name", "entity__slug", "start"))
    assert "Relinked 5 article(s)" in relink()
    after = sorted(Mention.objects.values_list("article__file_name", "entity__slug", "start"))
    assert before == after
    assert Event.objects.filter(reports__isnull=True).count() == 0


def test_it_rejects_an_unknown_entity(db):
    with pytest.raises(CommandError, match="no entity with slug nobody"):
        relink("--entity", "nobody")


def test_it_dates_an_article_by_a_name_a_curator_dates(linked_samples):
    from datetime import date

    article = Article.objects.get(file_name__startswith="002")
    assert article.published_earliest < date(2019, 6, 1)
    committee = Entity.objects.get(slug="syrian-constitutional-committee")
    committee.known_from = date(2019, 6, 1)  # said for the test: 002 names the committee
    committee.save()
    relink("--entity", "syrian-constitutional-committee")
    article.refresh_from_db()
    assert article.published_earliest == date(2019, 6, 1)
    assert any("2019-06-01" in line for line in article.published_evidence)


def test_it_reads_the_headline_again_when_it_relinks(gazetteer, tmp_path):
    # A headline line then the body: cleaning takes the headline out as the title.
    (tmp_path / "visit.txt").write_text(
        "غير بيدرسون في دمشق للتركيز على التهدئة\n\n"
        "التقى وزير الخارجية والمغتربين بسام صباغ الأمس المبعوث الخاص للأمين العام للأمم "
        "المتحدة إلى سورية غير بيدرسون.\n",
        encoding="utf-8",
    )
    call_command("ingest", str(tmp_path), workers=0, no_progress=True, stdout=None)
    article = Article.objects.get(file_name="visit.txt")
    assert article.title.startswith("غير بيدرسون في دمشق")

    def meeting_places():
        return set(
            Event.objects.filter(reports__article=article, kind="meeting").values_list(
                "place__slug", flat=True
            )
        )

    assert meeting_places() == {"damascus"}
    relink("--entity", "geir-pedersen")
    assert meeting_places() == {"damascus"}


def test_it_links_the_headline_and_the_dateline_on_ingest_and_again_on_relink(gazetteer, tmp_path):
    (tmp_path / "doha.txt").write_text(
        "قطر تحدد شرطها لعودة العلاقات\n\n"
        "الدوحة - (وكالات): قال المتحدث باسم الخارجية إن موقف بلاده لم يتغير من الأزمة.\n",
        encoding="utf-8",
    )
    call_command("ingest", str(tmp_path), workers=0, no_progress=True, stdout=None)
    article = Article.objects.get(file_name="doha.txt")
    assert (article.title, article.dateline) == ("قطر تحدد شرطها لعودة العلاقات", "الدوحة")

    def linked():
        article.refresh_from_db()
        rows = Mention.objects.filter(article=article).values_list("part", "entity__slug", "start")
        return set(rows), set(article.entity_slugs)

    expected = ({("title", "qatar", 0), ("dateline", "doha", 0)}, {"qatar", "doha"})
    assert linked() == expected
    # Unlinked, it is found again through the search index, which holds both lines.
    Mention.objects.filter(article=article).delete()
    Article.objects.filter(id=article.id).update(entity_slugs=[])
    for slug in ("qatar", "doha"):
        assert list(articles_that_may_mention(Entity.objects.get(slug=slug))) == [article]
    assert "Relinked 1 article(s)" in relink("--entity", "doha")
    assert linked() == expected
