import pytest

from conflictwire.clean import EmptyAfterCleaning, NoMainText, clean_article, clean_text, repeated_lines
from conflictwire.ingest import read_inputs
from conflictwire.records import Article
from conflictwire.conftest import shared_path

PAGE = """Gunmen kill five in central Mali

By Jane Doe

Gunmen attacked the village of Sofara in the Mopti region on Monday, killing five civilians, officials said. The attackers fled on motorbikes towards the border before soldiers arrived at the scene.

Share this article

Related News
Army recaptures town in the north
Aid convoys resume in Gao

Leave a Comment
Your email address will not be published. Required fields are marked *
"""


def test_boilerplate_lines_go_and_the_story_stays():
    text, removed = clean_text(PAGE)
    assert "Gunmen attacked the village of Sofara" in text
    for junk in ("By Jane Doe", "Share this", "Related News", "Army recaptures", "Leave a Comment", "email address"):
        assert junk not in text
    assert removed >= 7


def test_foreign_script_navigation_goes():
    text, _ = clean_text("أخبار العالم\nSoldiers clashed with militants near Kidal on Tuesday, the army said in a statement.\nاترك تعليقاً")
    assert text == "Soldiers clashed with militants near Kidal on Tuesday, the army said in a statement."


def test_lines_repeated_across_an_outlets_pages_go():
    a = "Edited By Ali Musa\nSoldiers clashed with militants near Kidal on Tuesday, the army said in a statement today."
    b = "Edited By Ali Musa\nProtesters marched in Bamako on Friday against power cuts, witnesses said in interviews."
    shared = repeated_lines([a, b])
    assert "edited by ali musa" in shared
    assert "Edited By" not in clean_text(a, shared_lines=shared)[0]


def test_a_one_line_brief_is_kept_whole():
    brief = "Gunmen killed two in Gao."
    assert clean_text(brief) == (brief, 0)


def test_html_page_main_text_title_and_outlet():
    html = ("<html><head><title>Clash in Kidal</title><meta property='og:site_name' content='Sahel Observer'>"
            "<meta name='date' content='2024-05-02'></head><body><nav>Home | News</nav><article><h1>Clash in Kidal</h1>"
            "<p>Soldiers clashed with rebels near Kidal on Tuesday, killing four, the army said in a statement.</p>"
            "<p>The army said it had lost two men in the fighting and would keep patrolling the area.</p></article>"
            "<footer>Cookie policy</footer></body></html>")
    cleaned = clean_article(Article(id="h", text=html, format="html"))
    assert cleaned.title == "Clash in Kidal" and cleaned.outlet == "Sahel Observer"
    assert cleaned.published.isoformat() == "2024-05-02" and cleaned.format == "text"
    assert cleaned.text.startswith("Soldiers clashed") and "Cookie" not in cleaned.text


def test_empty_results_raise_clear_errors():
    with pytest.raises(NoMainText):
        clean_article(Article(id="h", text="<html><body></body></html>", format="html"))
    with pytest.raises(EmptyAfterCleaning):
        clean_article(Article(id="t", text="Leave a comment\nScroll to top"))


# Boilerplate on the five seed pages, which must never reach the coder.
SEED_BOILERPLATE = [
    "This website uses cookies", "Accept Read More", "Edited By Ali Musa", "Axadle Times",
    "Recent News", "Oil prices soar", "Lungu Family Bars", "China's foreign minister meets",
    "China Reaffirms Commitment", "Leave a Comment", "Your email address", "Scroll to Top",
    "أخبار", "اظهر المزيد", "مقالات ذات صلة", "اترك تعليقاً", "زر الذهاب", "إغلاق",
    "Related News", "U.S. Troop Withdrawal from Niger Kicks off", "Jun 11, 2024", "UNHCR Official Warns",
    "Niger and U.S. Finalize Agreement", "- Advertisement -",
]


@pytest.mark.shared
def test_no_boilerplate_from_the_seeds_reaches_the_coder():
    seeds = shared_path("seeds")
    articles = list(read_inputs([seeds]))
    assert len(articles) == 5
    shared = repeated_lines(a.text for a in articles)
    for a in articles:
        cleaned = clean_article(a, shared)
        for junk in SEED_BOILERPLATE:
            assert junk not in cleaned.text, (a.origin, junk)
            assert junk not in cleaned.title, (a.origin, junk)
        assert len(cleaned.text) > 2000  # the articles themselves are kept
    by_file = {a.origin.rsplit("/", 1)[-1][:3]: clean_article(a, shared) for a in articles}
    assert "Wagner Group" in by_file["002"].text and by_file["002"].title.startswith("Mali’s strategic shift")
    assert "landmine in the Tillabery region" in by_file["003"].text
