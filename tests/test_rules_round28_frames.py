"""Round 28, verb frames and relations inside a noun phrase (frame28): a firm's name as the
modifier of a kind of work names the firm that made it (firm-work-compound); a control adjective's
gerund after its own preposition is the act, the adjective its modality (adjective-gerund)."""

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
    _made("The prize went to the Vexa Holdings film, The Legend of Red Fjord.",
          ("Vexa Holdings", "MAKE", "Legend of Red Fjord"))


def test_the_work_of_a_sentence_object() -> None:
    _made("Tom Reed starred in the Vexa Holdings film Blue Harbour.", ("Vexa Holdings", "MAKE", "Blue Harbour"))


def test_a_person_before_a_kind_of_work_is_left_open() -> None:
    # star, director or subject: the compound does not say which
    facts = sentence_triples("The Tom Reed film Blue Harbour opened in May.")
    assert ("Tom Reed", "MAKE", "Blue Harbour") not in facts


def test_a_kind_of_work_without_its_own_name_gives_nothing() -> None:
    facts = sentence_triples("The Vexa Holdings film opened in Bergen in May.")
    assert not any(r == "MAKE" for _, r, _ in facts)


def test_a_name_before_a_game_may_be_its_machine() -> None:
    facts = sentence_triples("The Nordbank game Blue Harbour was released on Monday.")
    assert ("Nordbank", "MAKE", "Blue Harbour") not in facts


def _prospect(sentence: str, fact: tuple[str, str, str], modality: str) -> None:
    from kg.extract import extract_text

    facts = {(f.subject.name, f.relation, f.object.name): f for f in extract_text(f"Title\n\n{sentence}\n").facts}
    assert fact in facts and facts[fact].modality == modality
    with ablated(["adjective-gerund"]):
        assert fact not in sentence_triples(sentence)


def test_interested_in_a_gerund_is_the_act_as_a_prospect() -> None:
    _prospect("Nordbank is interested in buying Vexa Holdings.", ("Nordbank", "ACQUIRE", "Vexa Holdings"), "interested")


def test_confident_of_a_gerund() -> None:
    _prospect("Tom Reed is confident of beating Jon Dahl.", ("Tom Reed", "DEFEAT", "Jon Dahl"), "confident")


def test_close_to_a_gerund() -> None:
    _prospect("Nordbank is close to signing Tom Reed.", ("Nordbank", "SIGN", "Tom Reed"), "close")


def test_a_negated_adjective_negates_the_act() -> None:
    from kg.extract import extract_text

    facts = extract_text("Title\n\nNordbank is not interested in buying Vexa Holdings.\n").facts
    assert any(f.relation == "ACQUIRE" and f.negated for f in facts)

