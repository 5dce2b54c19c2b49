"""Digits that are not decimal digits ("¹", "²", "³": footnote marks pasted from a PDF or a web
page) are no numbers. `str.isdigit()` is true of them, and `int("¹")` raises, so a word such as
"1998.¹" once stopped the whole check of a text (ValueError: could not convert string to float:
'¹'). Every conversion now asks `str.isdecimal()`, which holds only for what `int` reads.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factfinder.check.retrieve import sentence_terms
from factfinder.check.verdicts import _changed_detail, _detail_number, _detail_tokens
from tests.test_check_verdicts import one, reference  # noqa: F401 - a fixture


@pytest.mark.parametrize("word, value", [("¹", None), ("²³", None), ("35", 35.0), ("1,074,017", 1074017.0),
                                         ("thirteen", 13.0), ("٣", 3.0)])
def test_a_footnote_mark_is_no_number(word, value):
    assert _detail_number(word) == value


@given(st.text(alphabet=st.sampled_from(list("0123456789¹²³⁴⁵⁰,. ٣abc")), max_size=12))
@settings(max_examples=300, deadline=None)
def test_reading_any_word_as_a_number_never_raises(word):
    value = _detail_number(word)
    assert value is None or isinstance(value, float)


def test_two_statements_with_footnote_marks_compare_without_error():
    ours = "Jean Kambanda was sentenced to life imprisonment on 4 September 1998.¹ ²"
    theirs = "Jean Kambanda was sentenced to life imprisonment on 4 September 1998."
    words, _stems = _detail_tokens(ours)
    assert "¹" in words or "1998" in words
    assert not _changed_detail(ours, theirs)


def test_footnote_marks_are_no_prison_terms():
    assert sentence_terms("He was sentenced to ²⁵ years in 1998.") == set()
    assert sentence_terms("He was sentenced to 25 years in 1998.¹") == {"25"}


def test_a_text_with_footnote_marks_is_checked(reference):  # noqa: F811
    _index, check = reference
    result = one(check, "Jean Kambanda, the interim prime minister,¹ was sentenced to life imprisonment by the "
                        "ICTR in September 1998.²")
    assert result.verdict == "supported", result.explanation
