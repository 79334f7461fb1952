from datetime import date

import pytest

from conflictwire.conftest import article, shared_path
from conflictwire.merge.stories import build_stories, find_copies
from conflictwire.pipeline import run
from conflictwire.records import ArticleResult

WIRE = ("Gunmen attacked the village of Sofara in central Mali on Sunday, killing five civilians and burning "
        "granaries, local officials said. The attackers fled towards the border on motorbikes before soldiers "
        "arrived. No group claimed responsibility for the attack, the latest in a series in the Mopti region.")


def test_a_trimmed_reprint_is_a_copy_and_a_rewrite_is_not():
    original = ArticleResult(article(WIRE, date(2024, 5, 6), id="wire"))
    reprint = ArticleResult(article(WIRE.rsplit(" No group", 1)[0] + " Residents said they feared new raids.",
                                    date(2024, 5, 7), id="reprint"))
    rewrite = ArticleResult(article("Five civilians died in Sofara, Mali, when armed men raided the village at the "
                                    "weekend, according to officials, who said the attackers escaped.",
                                    date(2024, 5, 7), id="rewrite"))
    assert find_copies([reprint, original, rewrite]) == {"reprint": "wire"}


@pytest.mark.shared
def test_the_seed_stories():
    batch = run([shared_path("seeds")])
    stories = build_stories(batch.results, batch.copies)
    names = {r.article.id: r.article.origin.rsplit("/", 1)[-1][:3] for r in batch.results}
    assert [sorted(names[a] for a in s.article_ids) for s in stories] == [["001", "002", "004"]]
    assert "Wagner" in stories[0].title
