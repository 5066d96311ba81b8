def test_explore(linked_samples):
    from articles.models import Article, Entity, Alias, Role

    for a in Article.objects.order_by("file_name"):
        print(
            a.id,
            a.file_name,
            repr(a.title[:50]),
            a.source,
            a.url,
            a.published_earliest,
            a.published_latest,
            a.published_best,
            a.published_precision,
            a.entity_slugs,
            a.meeting_place_slugs,
            a.event_kinds,
        )
    for e in Entity.objects.envoys():
        print(
            e.slug,
            e.name,
            e.name_ar,
            [(r.title, r.start, r.end, r.kind, r.organization) for r in e.roles.all()],
        )
    print(
        list(
            Alias.objects.filter(
                entity__slug__in=["lakhdar-brahimi", "kofi-annan", "sochi", "staffan-de-mistura"]
            ).values_list("entity__slug", "text", "language", "normalized")
        )
    )
    print(Alias.objects.count(), Role.objects.count(), Entity.objects.count())
    print(list(Role.objects.values_list("kind", flat=True).distinct()))
    print(list(Entity.objects.values_list("subkind", flat=True).distinct()))
    from collections import Counter

    print(Counter(Alias.objects.values_list("normalized", flat=True)).most_common(5))
    assert 0
