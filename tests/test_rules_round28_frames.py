"""Round 28, verb frames and relations inside a noun phrase (frame28): a firm's name as the
modifier of a kind of work names the firm that made it (firm-work-compound)."""

from __future__ import annotations

from factories import sentence_triples

from kg.extract.registry import ablated


def _made(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in sentence_triples(sentence)
    with ablated(["firm-work-compound"]):
        assert fact not in sentence_triples(sentence)


def test_a_firm_before_a_kind_of_work_made_the_work_named_after_it() -> None:
    _made("The Vexa Holdings film Blue Harbour opened in May.", ("Vexa Holdings", "MAKE", "Blue Harbour"))


def test_a_genre_word_may_stand_between_the_firm_and_the_kind() -> None:
    _made("Vexa Holdings horror film Blue Harbour was the second best-selling DVD.",
          ("Vexa Holdings", "MAKE", "Blue Harbour"))


def test_the_work_may_follow_the_kind_after_a_comma() -> None:
    _made("The prize went to the Nordbank title, The Legend of Red Fjord.",
          ("Nordbank", "MAKE", "Legend of Red Fjord"))


def test_the_work_of_a_sentence_object() -> None:
    _made("Tom Reed starred in the Vexa Holdings film Blue Harbour.", ("Vexa Holdings", "MAKE", "Blue Harbour"))


def test_a_person_before_a_kind_of_work_is_left_open() -> None:
    # star, director or subject: the compound does not say which
    facts = sentence_triples("The Tom Reed film Blue Harbour opened in May.")
    assert ("Tom Reed", "MAKE", "Blue Harbour") not in facts


def test_a_kind_of_work_without_its_own_name_gives_nothing() -> None:
    facts = sentence_triples("The Vexa Holdings film opened in Bergen in May.")
    assert not any(r == "MAKE" for _, r, _ in facts)
