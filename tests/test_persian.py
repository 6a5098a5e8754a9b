"""newsscraper.persian: the text policy of docs/field-rules.md, by example and by property."""

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsscraper.persian import (
    ZWNJ,
    keeping_arabic_letters,
    normalize_for_matching,
    normalize_line,
    normalize_text,
    strip_invisibles,
    tidy_zwnj,
    to_ascii_digits,
    to_persian_digits,
    unify_letters,
)

PERSIAN_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"


def test_unify_letters():
    assert unify_letters("علي كريمي در مصطفى") == "علی کریمی در مصطفی"


def test_arabic_letters_are_kept_only_within_the_block_that_keeps_them():
    arabic = "على الرغم من كل شيء في"
    with keeping_arabic_letters(True):
        assert normalize_line(arabic) == arabic
        with keeping_arabic_letters(False):  # a nested page that is Persian
            assert normalize_line("علي") == "علی"
        assert unify_letters(arabic) == arabic
    assert normalize_line(arabic) == "علی الرغم من کل شیء فی"  # the default again
    with pytest.raises(RuntimeError), keeping_arabic_letters(True):
        raise RuntimeError
    assert unify_letters("ك") == "ک"  # reset after an error too


def test_digits_both_ways():
    assert to_ascii_digits("۱۳۹۶/۰۷/۲۴ و ١٢٣") == "1396/07/24 و 123"
    assert to_persian_digits("1396 و ٤٥") == "۱۳۹۶ و ۴۵"


def test_invisibles_and_tatweel_removed_zwnj_kept():
    text = "\ufeffمی\u200cشود\u200f کـــتاب\u200d\u200e"
    assert strip_invisibles(text) == "می\u200cشود کتاب"


def test_a_tatweel_standing_alone_between_spaces_is_a_dash():
    typed = "تهران ـ ایرنا ـ آزادراه تهران ـ شمال بسته شد"
    assert normalize_line(typed) == "تهران - ایرنا - آزادراه تهران - شمال بسته شد"
    assert normalize_line("ـ سال ۱۴۰۲ ــ ۱۴۰۳ کـــتاب") == "- سال ۱۴۰۲ - ۱۴۰۳ کتاب"


def test_zwnj_next_to_space_or_edge_dropped_and_runs_collapsed():
    assert normalize_line("\u200cمی\u200c\u200cشود \u200c کتاب\u200c ") == "می\u200cشود کتاب"


def test_whitespace_collapsed_nbsp_included():
    assert normalize_line("  یک\u00a0\u00a0دو\t\tسه \n چهار ") == "یک دو سه چهار"


def test_paragraphs_kept_as_blank_line_breaks():
    assert normalize_text("بند یک\n\n\n  بند  دو \n\n", paragraphs=True) == "بند یک\n\nبند دو"


def test_empty_becomes_none():
    assert normalize_text("  \u200c\u200f ") is None
    assert normalize_text(None) is None


def test_matching_form_has_ascii_digits():
    assert normalize_for_matching("كد خبر: ۶۲۸۸") == "کد خبر: 6288"


persianish = st.text(
    alphabet=st.sampled_from(PERSIAN_LETTERS + " \u200c\u200f\u200dـيكى۰۱٢\u00a0\n\t.،" + "ab1"),
    max_size=80,
)


@given(persianish)
def test_normalisation_is_idempotent(text):
    once = normalize_line(text)
    assert normalize_line(once) == once
    para = normalize_text(text, paragraphs=True)
    assert normalize_text(para, paragraphs=True) == para


@given(persianish)
def test_normalize_line_is_the_policy_applied_in_order(text):
    # The policy as written (docs/field-rules.md): invisibles out, letters unified, ZWNJ tidied, white space
    # collapsed. normalize_line takes a faster road; it must land on the same text.
    stepwise = tidy_zwnj(unify_letters(strip_invisibles(text)).replace("\n", " "))
    assert normalize_line(text) == " ".join(stepwise.split())


@given(st.text(alphabet=PERSIAN_LETTERS, min_size=1, max_size=8),
       st.text(alphabet=PERSIAN_LETTERS, min_size=1, max_size=8))
def test_zwnj_between_two_persian_letters_survives(left, right):
    assert ZWNJ in normalize_line(f"{left}{ZWNJ}{right}")
    assert normalize_line(f"x {left}{ZWNJ}{right} y").count(ZWNJ) == 1


@given(st.text(alphabet=string.ascii_letters + string.digits + string.punctuation + " \t\n", max_size=80))
def test_latin_only_text_keeps_its_words(text):
    assert normalize_line(text).split() == text.split()
