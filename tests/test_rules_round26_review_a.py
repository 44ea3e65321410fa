"""Round 26 review (review26a): the role and precision rules on sentences they should not change.

Two coordinated posts at one organisation are two titles, both kept ("stepped down as director
and chairman of Vexa": former director and former chairman); a denied removal leaves the post
held ("was not sacked as manager of Bergen Rovers"); a bare singular title before a name after a
verb of telling is the name's title, no hearer ("promised chairman Jon Dahl would stay"); a site
noun that only modifies another noun names no site ("Nordbank's Kestrel base model"); "it is up
to X to" is a pleonastic "it", no "be to" future.

Each case is a text written for this test, in news style (not from the BBC articles, the seed
article nor CaRB).
"""

from __future__ import annotations

from factories import graph_facts

from kg.extract.registry import ablated


def _sentence(text: str) -> str:
    return f"Title\n\n{text}\n"


def test_two_titles_left_at_one_organisation_are_both_kept() -> None:
    facts = graph_facts(_sentence("Tom Reed has stepped down as director and chairman of Vexa."))
    assert ("Tom Reed", "ROLE", "former director", "Vexa") in facts
    assert ("Tom Reed", "ROLE", "former chairman", "Vexa") in facts


def test_two_former_titles_in_an_apposition_are_both_kept() -> None:
    facts = graph_facts(_sentence("Tom Reed, the former director and former chairman of Vexa Holdings, said no."))
    assert ("Tom Reed", "ROLE", "former director", "Vexa Holdings") in facts
    assert ("Tom Reed", "ROLE", "former chairman", "Vexa Holdings") in facts


_NOT_SACKED = _sentence("Tom Reed was not sacked as manager of Bergen Rovers.")


def test_a_denied_removal_leaves_the_post_held() -> None:
    facts = graph_facts(_NOT_SACKED)
    assert not any(f[2].startswith("former") for f in facts)
    assert ("Tom Reed", "MANAGER", "manager", "Bergen Rovers") in facts


def test_a_denied_active_removal_leaves_the_post_held() -> None:
    facts = graph_facts(_sentence("Nordbank did not sack Tom Reed as chairman of Vexa Holdings."))
    assert not any(f[2].startswith("former") for f in facts)


def test_a_done_removal_is_still_a_former_post() -> None:
    facts = graph_facts(_sentence("Tom Reed was sacked as manager of Bergen Rovers on Monday."))
    assert ("Tom Reed", "ROLE", "former manager", "Bergen Rovers") in facts


_PROMISED = _sentence("Tom Reed promised chairman Jon Dahl would stay.")


def test_a_bare_singular_title_after_a_verb_of_telling_is_the_names_title() -> None:
    assert ("Jon Dahl", "IS_A", "chairman", "chairman") in graph_facts(_PROMISED)


def test_a_plural_hearer_is_still_no_title() -> None:
    facts = graph_facts(_sentence("Tom Reed told reporters Vexa would pay."))
    assert not any(f[0] == "Vexa" and f[1] == "IS_A" for f in facts)


_BASE_MODEL = _sentence("Nordbank's Kestrel base model costs little.")


def test_a_site_noun_modifying_another_noun_names_no_site() -> None:
    assert ("Nordbank", "MAKE", "make", "Kestrel") in graph_facts(_BASE_MODEL)


def test_a_site_noun_heading_the_phrase_still_names_a_site() -> None:
    facts = graph_facts(_sentence("Nordbank's Oslo headquarters were sold."))
    assert not any(f[1] == "MAKE" for f in facts)


_UP_TO = _sentence("Vexa Holdings reported a loss. It is up to Nordbank to pay.")


def test_it_is_up_to_someone_is_no_be_to_future() -> None:
    facts = graph_facts(_UP_TO)
    assert not any(f[0] == "Vexa Holdings" and f[1] == "PAY" for f in facts)


def test_be_to_future_still_reads_its_subject() -> None:
    text = _sentence("Vexa Holdings reported a loss. It is to buy Nordbank.")
    assert ("Vexa Holdings", "ACQUIRE", "buy", "Nordbank") in graph_facts(text)
    with ablated(["be-to-future"]):
        assert ("Vexa Holdings", "ACQUIRE", "buy", "Nordbank") not in graph_facts(text)
