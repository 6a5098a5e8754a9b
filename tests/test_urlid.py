"""newsscraper.extract.urlid: the article ID a URL carries, never a year, month or day of a dated path."""

import pytest

from newsscraper.extract import extract
from newsscraper.extract.urlid import news_id_from_url, undated
from newsscraper.sites import site_for_url


@pytest.mark.parametrize(("url", "news_id"), [
    # dated paths: the ID is the number after the date
    ("https://www.tasnimnews.com/fa/news/1403/05/12/3012345/", "3012345"),
    # … the month an English name: no ID at all where none follows the date
    ("https://www.daily.example/stories/2019/nov/19/river-rises-again/", None),
    ("https://www.daily.example/stories/2019/Nov/19/4471234/river-rises-again/", "4471234"),
    # Drupal's node address, its section and slug after the number; a small site's numbered kinds
    ("https://www.negah.example/node/398765/فرهنگ/نمایشگاه-عکس", "398765"),
    ("https://daily.example.af/interviews/8841/", "8841"),
    # a long number opening the path, its section and slug after it; a short one there is no ID
    ("https://www.dnevni.example/1041234567/slovenija/toplotni-val-se-nadaljuje", "1041234567"),
    ("https://www.dnevni.example/1041234567/slovenija/toplotni-val-se-nadaljuje/?ref=top", "1041234567"),
    ("https://www.dnevni.example/2024/slovenija/toplotni-val-se-nadaljuje", None),
    ("https://daily.example.af/opinion/4567", "4567"),
    ("https://www.tasnimnews.com/fa/news/1403/05/12/3012345/%D8%AE%D8%A8%D8%B1", "3012345"),
    ("https://site.example/fa/news/1402/11/3/2901234-slug", "2901234"),
    ("https://site.example/news/1403/3012345", "3012345"),
    ("https://site.example/2024/05/01/98765/some-story", "98765"),
    ("https://site.example/news/1403-05-12/445566", "445566"),
    ("https://site.example/news/14030512/445566/", "445566"),
    # a dated path with no ID after the date has no ID in its URL
    ("https://site.example/fa/news/1403/05/12/", None),
    ("https://site.example/2024/05/01/some-story", None),
    ("https://herald.example/news/20240501/park", None),
    # undated shapes, as before
    ("https://www.khabaronline.ir/news/1453789/slug", "1453789"),
    ("https://www.yjc.ir/fa/news/7341865/slug", "7341865"),
    ("https://www.darivoa.com/a/some-slug/7601234.html", "7601234"),
    ("https://payammellat.ir/?p=6288", "6288"),
    ("https://site.example/NewsDetail.aspx?ID=12345", "12345"),  # ASP.NET writes the key in capitals
    ("https://site.example/Default.aspx?NewsID=12345&lang=fa", "12345"),
    ("https://site.example/Default.aspx?NewsCode=123456", "123456"),  # a newspaper's ASP.NET template
    ("https://site.example/view.php?articleId=4512&lang=fa", "4512"),
    ("https://site.example/list.aspx?catid=12&page=3", None),  # a category and a page number: no article
    ("https://site.example/index.php?option=com_content&view=article&id=1234:pol-tazeh&catid=5", "1234"),  # Joomla
    ("https://site.example/index.php/news/education/2317-sabtenam-emtehan", "2317"),  # Joomla's friendly address
    ("https://site.example/index.php/news/education", None),
    ("https://site.example/news/sport/tnews11058901.html", "11058901"),  # an ID after a short word
    ("https://daily.example.in/news/national/leopard-sightings-prompt-cages/article68745123.ece", "68745123"),
    ("https://site.example/n3012345", "3012345"),
    ("http://www.nuke.example/modules.php?name=News&file=article&sid=1234", "1234"),  # PHP-Nuke's story
    ("https://cheshmeh.blogfa.com/post/84", "84"),                     # a blog's post, numbered from one
    ("http://simorgh.persianblog.ir/post/57/", "57"),
    # … and so set before the slug (a German regional paper's `/article241882610/Slug.html`)
    ("https://www.regional.example/region/stadt/article241882610/Neue-Bruecke-fuer-die-Stadt.html", "241882610"),
    ("https://payammellat.ir/archives/6288", "6288"),
    ("https://site.example/fa/economy/item/4512-some-slug", "4512"),  # Joomla's K2
    ("https://site.example/item/812/", "812"),
    # the other kinds of page a small site numbers, from three digits
    ("https://site.example/post/1234/some-slug", "1234"),
    ("https://site.example/fa/khabar/812", "812"),
    ("https://site.example/fa/video/2345/", "2345"),
    ("https://site.example/fa/photo/2346", "2346"),
    ("https://site.example/fa/interview/2347/some-slug", "2347"),
    ("https://site.example/video/12/some-slug", None),  # two digits: no ID
    ("https://site.example/news/2015/slug", "2015"),  # a year-like ID with no number after it stays
    # the last segment's name: the ID before the slug, after it (six digits at least), or alone
    ("https://site.example/%D8%B3%DB%8C%D8%A7%D8%B3%DB%8C/612345-%D8%AE%D8%A8%D8%B1", "612345"),
    ("https://site.example/mobile/412345-some-slug/", "412345"),
    ("https://site.example/persian/iran-67412345", "67412345"),
    ("https://site.example/en/some-story/a-16863843", "16863843"),
    ("https://site.example/fa/tiny/news-1412345", "1412345"),
    ("https://site.example/news/world-europe-67412345?at_medium=rss", "67412345"),
    ("https://site.example/news/4020823123.html", "4020823123"),
    # Persian and Arabic-Indic digits, as written or percent-encoded, give the ID in ASCII digits
    ("https://site.example/news/%DB%B5%DB%B5%DB%B1%DB%B2%DB%B3/slug", "55123"),
    ("https://site.example/news/۵۵۱۲۳/slug", "55123"),
    ("https://site.example/news/%d9%a5%d9%a5%d9%a1%d9%a2%d9%a3", "55123"),
    ("https://site.example/۱۴۰۳/۰۵/۱۲/۳۰۱۲۳۴۵/slug", "3012345"),  # a dated path in Persian digits
    ("https://site.example/news/article/New-cars-at-the-show-14848164.php", "14848164"),
    ("https://site.example/business/tariff-talks-777916.html", "777916"),
    ("https://site.example/2019/11/storm-damage-1202189233/", "1202189233"),
    # after the slug and an underscore, a section's number after it (Le Monde's shape)
    ("https://site.example/planete/article/2024/03/20/une-station-ferme_6218734_3244.html", "6218734"),
    ("https://site.example/article/une-station-ferme_6218734.html", "6218734"),
    ("https://site.example/article/saison_2023.html", None),  # a year closing a slug is no ID
    # a month's folder in one segment is a date (`/content/2024-08/27/`), not an ID after /content/
    ("https://site.example/content/2024-08/27/content_30871526.htm", "30871526"),
    ("https://site.example/news/2024-08/slug", None),
    # Korean CMSs' ?idxno= and ?aid=; the last of a run of numbers set apart by commas (gazeta.pl's shape)
    ("https://site.example/news/articleView.html?idxno=318452", "318452"),
    ("https://site.example/read.php?aid=20240912123456789", "20240912123456789"),
    ("https://site.example/wiadomosci/7,114883,31642871,zakaz-kopciuchow.html", "31642871"),
    # … but no count ending a headline's slug, and never a day
    ("https://site.example/world/cases-rise-by-12000", None),
    ("https://site.example/2023/11/14/top-10-things", None),
    ("https://site.example/story-20231114", None),
    ("https://site.example/20231114-story", None),
    ("https://site.example/about.html", None),
    ("https://site.example/story-20231114.html", None),
    ("https://site.example/news/covid19", None),  # a name with a number in it
    ("https://site.example/d20231114.html", None),
    (None, None),
    ("http://[bad", None),
])
def test_news_id_from_url(url, news_id):
    assert news_id_from_url(url) == news_id


def test_undated_keeps_the_query_and_the_rest_of_the_path():
    assert undated("https://s.example/fa/news/1403/05/12/3012345/x?id=7#top") == \
        "https://s.example/fa/news/3012345/x?id=7#top"
    assert undated("https://s.example/news/123/") == "https://s.example/news/123/"


PAGE = """<html lang="fa"><head><title>خبرگزاری نمونه | تیتر آزمایشی</title></head><body>
<article><h1>شهرداری از ساخت پل تازه خبر داد</h1>
<p>{text}</p><p>{text}</p></article></body></html>"""
TEXT = ("شهرداری امروز اعلام کرد که کار ساخت پل تازه بر روی رودخانه شهر از هفته آینده آغاز می‌شود "
        "و تا پایان سال به پایان می‌رسد. ساکنان محله از این تصمیم استقبال کردند.")


def test_an_unseen_dated_site_gets_the_id_after_the_date():
    result = extract(PAGE.format(text=TEXT), "https://www.unseen-agency.example/fa/news/1403/05/12/3012345/slug")
    assert result.record is not None
    assert result.record.news_id == "3012345"


def test_tasnim_reads_generically_with_the_id_after_the_date():
    result = extract(PAGE.format(text=TEXT), "https://www.tasnimnews.com/fa/news/1403/05/12/3012345/slug",
                     site_for=site_for_url)
    assert result.record is not None and result.site == "tasnim"
    assert result.record.news_id == "3012345"


PERMALINK = "https://www.unseen-blog.example/1403/05/12/%D9%BE%D9%84-%D8%AA%D8%A7%D8%B2%D9%87/"


@pytest.mark.parametrize(("head", "news_id"), [
    # WordPress with pretty permalinks: the post's number is in its shortlink only
    ("<link rel='shortlink' href='https://www.unseen-blog.example/?p=4821'>", "4821"),
    ("<link rel='shortlink' href='/?p=4821'>", "4821"),                            # relative
    ('<link rel="Shortlink" href="https://www.unseen-blog.example/node/77123">', "77123"),  # Drupal
    ("<link rel='shortlink' href='https://wp.me/p8wLEc-aHMC'>", None),              # a code, no number
    # the page's own URLs come first
    (f"<link rel='canonical' href='{PERMALINK}?p=10'><link rel='shortlink' href='/?p=4821'>", "10"),
    ("", None),
])
def test_a_page_whose_urls_carry_no_number_takes_it_from_its_shortlink(head, news_id):
    html = PAGE.format(text=TEXT).replace("</head>", f"{head}</head>")
    result = extract(html, PERMALINK)
    assert result.record is not None
    assert result.record.news_id == news_id


@pytest.mark.parametrize(("url", "news_id"), [
    # a short number closing the path after a word naming the kind of page: the story's number
    ("https://tahlil.example/fa/analysis/6042", "6042"),
    ("https://rahbord.example/analysis/7315/", "7315"),
    ("https://site.example/report/815?ref=home", "815"),
    # … never a year, nor a page's number of one or two digits
    ("https://site.example/archive/1403", None),
    ("https://site.example/archive/2024/", None),
    ("https://site.example/category/sports/page/12", None),
    # a letter or two and a hyphen before the number: no headline's slug (`/a-73120`)
    ("https://dennik.example/presov/most-cez-torysu/a-73120", "73120"),
    # … or before the slug, six digits at least
    ("https://news.portal.example/berita/d-7577214/jadwal-kereta-berubah", "7577214"),
    ("https://dennik.example/archiv/a-2024/", None),
])
def test_a_short_number_closing_the_path_is_the_id_unless_it_is_a_year(url, news_id):
    assert news_id_from_url(url) == news_id


@pytest.mark.parametrize(("url", "news_id"), [
    ("https://www.ornek.com.tr/haber/1234567/belediye-yeni-kopru", "1234567"),  # Turkish «haber»
    ("https://sahra.example.ir/tk/habar/3318/magtymguly-maslahat", "3318"),       # Turkmen «habar»
    ("https://kun.example.uz/xabar/55120/yangi-kopr", "55120"),                   # Uzbek «xabar»
])
def test_news_in_turkic_languages_names_the_ids_folder(url: str, news_id: str) -> None:
    assert news_id_from_url(url) == news_id
