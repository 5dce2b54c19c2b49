"""Passages of a text: a chat log or a transcript is one passage per message, hard-wrapped prose is
joined again (`ingest.text.split_passages`)."""

from __future__ import annotations

import pytest

from factfinder.ingest.text import split_passages


def passages(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_passages(text)]


@pytest.mark.parametrize("lines", [
    # timestamps, with and without a speaker; messages without a final full stop
    ["[21:10] K_boy: and dont believe what they say, it was never like that",
     "[21:11] mzee_T: the UN pulled every last soldier out in 94, nobody will come this time either"],
    ["[07/04, 11:20] Claudine: more than a million of ours, i will never accept a smaller number",
     "[07/04, 11:24] Eric: we were left alone"],
    # speakers' labels
    ["HonestAbe_: the rebels invaded in 1990 and everyone knows what came after",
     "Kivu_reader: no, the killing began on 7 April 1994 and it was organised"],
    ["MARWOOD: The singer Simon Bikindi was tried in Arusha",
     "HOST: and what did the court decide about his songs"],
    # a thread's numbering
    ["3/ But the soldiers who ended it also killed civilians, tens of thousands of them",
     "4/ and for thirty years those victims have mostly been a footnote"],
])
def test_each_message_is_a_passage(lines):
    assert passages("\n".join(lines)) == lines


def test_hard_wrapped_prose_is_still_joined():
    text = ("The tribunal heard that the prefect had\n"
            "said: kill them all, according to the\n"
            "witness who was there that day and who\n"
            "testified for three days in Arusha.")
    assert passages(text) == [text]
