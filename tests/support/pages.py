"""Small hand-written article pages that several test files build around one date markup."""

from __future__ import annotations

BRIDGE_STORY = (
    "پل تازهٔ شهر پس از دو سال کار شبانه‌روزی کارگران و مهندسان امروز به روی مردم باز شد و رفت‌وآمد در"
    " مرکز شهر آسان‌تر شد.",
    "مسئولان شهری گفتند که ساخت دو پل دیگر نیز از ماه آینده آغاز می‌شود و تا پایان سال به پایان می‌رسد.",
)


def dated_story(date_markup: str) -> str:
    """A Persian news page (a headline, ``date_markup`` under it, two paragraphs) with no machine date."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BRIDGE_STORY)
    return ("<html lang='fa'><head><title>پل تازه</title></head><body><h1>پل تازهٔ شهر باز شد</h1>"
            f"{date_markup}<div class='content'>{paragraphs}</div></body></html>")
