"""`conflictwire show`: an article with its events, quotes and claims, evidence highlighted."""
from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

# One colour per field family, so the reader sees which words support which field.
STYLES = {"event_type": "bold magenta", "sub_event_type": "bold magenta", "actor1": "bold red", "actor2": "bold blue",
          "fatalities": "bold yellow", "event_date": "bold green", "location": "bold cyan", "quote": "italic",
          "speaker": "underline", "claim": "reverse"}


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> Text:
    out = Text(text)
    for start, end, field in spans:
        if 0 <= start < end <= len(text):
            out.stylize(STYLES.get(field, "bold"), start, end)
    return out


def show_article(store, article_id: str, console: Console) -> bool:
    article = store.article(article_id)
    if article is None:
        return False
    events = list(store.iter_events("event_id IN (SELECT event_id FROM event_articles WHERE article_id = ?)", [article_id]))
    quotes = store.quotes(article_id)
    claims = store.claims(article_id)
    spans = [(ev.start, ev.end, ev.field) for e in events for ev in e.evidence if ev.article_id == article_id]
    spans += [(q.start, q.end, "quote") for q in quotes] + [(q.speaker_start, q.speaker_end, "speaker") for q in quotes]
    spans += [(c.start, c.end, "claim") for c in claims]
    header = " · ".join(x for x in (article["outlet"], str(article["published"] or "no date"), article["url"]) if x)
    console.print(Panel(highlighted(article["text"], spans), title=article["title"] or article_id, subtitle=header))
    legend = Text("  ".join(f"{k}" for k in ("actor1", "actor2", "event_type", "fatalities", "event_date", "location")))
    for k in ("actor1", "actor2", "event_type", "fatalities", "event_date", "location"):
        legend.highlight_words([k], STYLES[k])
    console.print(legend)
    for note in article["notes"]:
        console.print(f"[dim]assumed: {note}[/dim]")
    table = Table("date", "type", "actor1", "actor2", "where", "deaths", "status", title=f"{len(events)} events")
    for e in events:
        table.add_row(str(e.event_date), e.sub_event_type, e.actor1, e.actor2,
                      ", ".join(x for x in (e.location, e.admin1, e.country) if x), str(e.fatalities), e.status)
    console.print(table)
    if quotes:
        q_table = Table("speaker", "role", "quote", title=f"{len(quotes)} quotes")
        for q in quotes:
            q_table.add_row(q.speaker, q.role, q.text)
        console.print(q_table)
    if claims:
        c_table = Table("value", "counted", "period", "place", "according to", title=f"{len(claims)} claims")
        for c in claims:
            c_table.add_row(f"{c.value:g}{c.unit}", c.counted, c.period, c.place, c.attributed_to)
        console.print(c_table)
    return True
