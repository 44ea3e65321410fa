"""Sentence (or short article) in, graph facts out: the whole extractor, rule by rule.

Every text here is of our own writing, in the style of news copy; none comes from the seed.
Each case lists facts that must be there as (subject, RELATION, object, negated), and may list
facts that must not be.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text

Triple = tuple[str, str, str, bool]

CASES: list[tuple[str, str, list[Triple], list[Triple]]] = [
    # -- active subject-verb-object, particles, prepositional objects --
    ("svo", "Nordic Bank acquired Fjord Capital last year.",
     [("Nordic Bank", "ACQUIRE", "Fjord Capital", False)], []),
    ("svo-synonym", "Nordic Bank bought Fjord Capital last year.",
     [("Nordic Bank", "ACQUIRE", "Fjord Capital", False)], []),
    ("particle", "Nordic Bank took over Fjord Capital in March.",
     [("Nordic Bank", "ACQUIRE", "Fjord Capital", False)], []),
    ("prep-object", "Chancellor Olaf Brenner met with Lena Hart in Vienna.",
     [("Olaf Brenner", "MEET", "Lena Hart", False)], []),
    ("prep-arrive", "The Danish delegation arrived in Oslo on Monday.",
     [("Danish delegation", "ARRIVE", "Oslo", False)], []),
    # -- passive --
    ("passive-agent", "The trade delegation is headed by Peter Vogel.",
     [("Peter Vogel", "HEAD", "trade delegation", False)], [("trade delegation", "HEAD", "Peter Vogel", False)]),
    ("passive-agent-past", "The bridge was designed by Ingrid Nyland.",
     [("Ingrid Nyland", "DESIGN", "bridge", False)], []),
    # -- control and raising --
    ("control-decline", "Prime Minister Erik Sand declined to meet the union leaders.",
     [("Erik Sand", "DECLINE", "union leaders", False), ("Erik Sand", "MEET", "union leaders", True)],
     [("Erik Sand", "MEET", "union leaders", False)]),
    ("control-refuse", "The mayor refused to sign the contract.",
     [("mayor", "DECLINE", "contract", False), ("mayor", "SIGN", "contract", True)], []),
    ("raising-expected", "Lena Hart is expected to meet Olaf Brenner on Friday.",
     [("Lena Hart", "MEET", "Olaf Brenner", False)], []),
    # -- negation --
    ("negation-not", "Olaf Brenner will not attend the summit.",
     [("Olaf Brenner", "ATTEND", "summit", True)], [("Olaf Brenner", "ATTEND", "summit", False)]),
    ("negation-never", "Anna Berg never visited Moscow.",
     [("Anna Berg", "VISIT", "Moscow", True)], [("Anna Berg", "VISIT", "Moscow", False)]),
    ("negation-definitely", "The minister would “definitely not” attend the gala in Bergen.",
     [("minister", "ATTEND", "gala", True)], [("minister", "ATTEND", "gala", False)]),
    ("negation-contracted", "Tomas Lind didn't support the budget.",
     [("Tomas Lind", "SUPPORT", "budget", True)], [("Tomas Lind", "SUPPORT", "budget", False)]),
    # -- conjunctions --
    ("conj-subjects", "Sweden and Norway signed the treaty in Geneva.",
     [("Sweden", "SIGN", "treaty", False), ("Norway", "SIGN", "treaty", False)], []),
    ("conj-objects", "The council criticised the harbour board and the mayor.",
     [("council", "CRITICISE", "harbour board", False), ("council", "CRITICISE", "mayor", False)], []),
    ("conj-names-misparsed", "The council criticised Nordic Bank and Fjord Capital.",
     [("council", "CRITICISE", "Nordic Bank", False), ("council", "CRITICISE", "Fjord Capital", False)], []),
    ("passive-no-agent", "Three officials were arrested in Bergen on Monday.",
     [], [("officials", "ARREST", "Bergen", False), ("Bergen", "ARREST", "officials", False)]),
    ("conj-verbs", "Ingrid Nyland joined the board and criticised the chairman.",
     [("Ingrid Nyland", "JOIN", "board", False), ("Ingrid Nyland", "CRITICISE", "chairman", False)], []),
    # -- relative clauses --
    ("relcl", "The senator, who leads the finance committee, rejected the plan.",
     [("senator", "HEAD", "finance committee", False), ("senator", "REJECT", "plan", False)], []),
    # -- appositions, titles and roles --
    ("appos-role-org", "Anna Berg, the Nordic Bank spokeswoman, declined to comment.",
     [("Anna Berg", "SPOKESPERSON", "Nordic Bank", False)], []),
    ("appos-possessive-org", "Tomas Lind, Sweden's foreign minister, arrived in Rome.",
     [("Tomas Lind", "MINISTER", "Sweden", False), ("Tomas Lind", "ARRIVE", "Rome", False)], []),
    ("appos-is-a", "Peter Vogel, a former finance minister, criticised the plan.",
     [("Peter Vogel", "IS_A", "former finance minister", False)], []),
    ("role-as-head", "The president appointed Karin Dahl as head of the commission.",
     [("Karin Dahl", "HEAD", "commission", False)], []),
    ("role-head-of-appos", "The head of the agency, Lars Holm, resigned on Tuesday.",
     [("Lars Holm", "HEAD", "agency", False)], []),
    ("copula", "Karin Dahl is the new chair of the commission.",
     [("Karin Dahl", "HEAD", "commission", False)], []),
    # -- sense: a copula's direction, a verb with its preposition --
    ("copula-name-is-the-instance", "The two winners were Nordic Bank and Fjord Capital.",
     [("Nordic Bank", "IS_A", "two winners", False), ("Fjord Capital", "IS_A", "two winners", False)],
     [("two winners", "IS_A", "Nordic Bank", False)]),
    ("lead-to-is-no-leading", "The strike at Nordic Air has led to long queues in Oslo.",
     [("strike", "LEAD_TO", "long queues", False)], [("strike", "HEAD", "long queues", False)]),
    ("head-for-is-going", "Nordvik Rovers headed to Bergen for the final, while Tom Reed heads Nordbank.",
     [("Nordvik Rovers", "TRAVEL", "Bergen", False), ("Tom Reed", "HEAD", "Nordbank", False)],
     [("Nordvik Rovers", "HEAD", "Bergen", False)]),
    ("control-keeps-the-infinitive", "Olaf Brenner declined to meet Lena Hart.",
     [("Olaf Brenner", "DECLINE", "Lena Hart", False), ("Olaf Brenner", "MEET", "Lena Hart", True)], []),
    # -- titles before a name: the title apart from where it is held --
    ("title-org-compound", "Nordic Air chairman Lars Berg said the airline would cut 300 jobs.",
     [("Lars Berg", "HEAD", "Nordic Air", False)], []),
    ("title-possessive", "Fjord Bank's chief executive Anna Holm warned of higher rates.",
     [("Anna Holm", "ROLE", "Fjord Bank", False), ("Anna Holm", "WARN", "higher rates", False)], []),
    ("title-country", "Finance Secretary Maria Olsen of Norway spoke in Oslo.",
     [("Maria Olsen", "SECRETARY", "Norway", False)], []),
    ("title-parsed-as-subject", "Sweden's trade minister Per Lund met union leaders in Malmo.",
     [("Per Lund", "MINISTER", "Sweden", False), ("Per Lund", "MEET", "union leaders", False)],
     [("trade minister", "MEET", "union leaders", False)]),
    ("title-no-org", "President Olsen visited the harbour on Monday.",
     [("Olsen", "IS_A", "president", False), ("Olsen", "VISIT", "harbour", False)], []),
    ("title-only-fact", "Budget Minister Tove Lie was not available.",
     [("Tove Lie", "IS_A", "budget minister", False)], []),
    ("appos-title-first", "The foreign minister, Elin Dahl, arrived in Rome.",
     [("Elin Dahl", "IS_A", "foreign minister", False), ("Elin Dahl", "ARRIVE", "Rome", False)],
     [("foreign minister", "ARRIVE", "Rome", False)]),
    ("appos-capitalised-title", "Norway's Governor, Eva Lunde, said on Friday that rates would stay.",
     [("Eva Lunde", "ROLE", "Norway", False)], [("Governor", "IS_A", "Eva Lunde", False)]),
    ("appos-title-at-org", "Jonas Holm, chief economist at Fjord Bank, said rates would rise.",
     [("Jonas Holm", "ROLE", "Fjord Bank", False)], []),
    ("appos-acronym-is-no-description", "The Nordic Trade Council (NTC) said exports fell.",
     [], [("Nordic Trade Council", "IS_A", "NTC", False)]),
    ("appos-names-listed", "Nordic Bank, Fjord Capital and Baltic Trust reported losses.",
     [("Fjord Capital", "REPORT", "losses", False)], [("Nordic Bank", "IS_A", "Fjord Capital", False)]),
    ("appos-not-set-off", "Shares in Norwegian shipping group Fjordline rose on Monday.",
     [], [("Fjordline", "IS_A", "shares", False)]),
    ("appos-list-pairs", "The treaty was signed by Finnish trade aide Kari Virtanen, the foreign minister, "
     "Elin Dahl, and the head of the central bank, Jon Aas.",
     [("Elin Dahl", "IS_A", "foreign minister", False), ("Jon Aas", "HEAD", "central bank", False),
      ("Kari Virtanen", "AIDE", "Finnish", False)],
     [("Kari Virtanen", "IS_A", "foreign minister", False), ("Elin Dahl", "HEAD", "central bank", False)]),
    # -- attribution --
    ("attribution", "Officials said the ferry would not sail until Monday.",
     [], []),
]

ATTRIBUTED = [
    ("Anna Berg confirmed that Nordic Bank would close its branch in Bergen.",
     ("Nordic Bank", "CLOSE", "branch"), "Anna Berg", False, "would"),
    ("Lena Hart said Olaf Brenner would not attend the summit.",
     ("Olaf Brenner", "ATTEND", "summit"), "Lena Hart", True, "would"),
    ("According to Reuters, Fjord Capital sold its Oslo office.",
     ("Fjord Capital", "SELL", "Oslo office"), "Reuters", False, None),
]


def graph(text: str) -> set[Triple]:
    """Every fact the rules give, CONCEPT-CONCEPT ones included (the cases test the rules; the
    default graph's choice of facts is tested below)."""
    facts = extract_text(text, concept_facts=True).facts
    return {(f.subject.name, f.relation, f.object.name, f.negated) for f in facts}


@pytest.mark.parametrize(("name", "text", "present", "absent"), CASES, ids=[c[0] for c in CASES])
def test_sentence_facts(name, text, present, absent):
    got = graph(text)
    for triple in present:
        assert triple in got, f"{triple} missing from {sorted(got)}"
    for triple in absent:
        assert triple not in got, f"{triple} should not be in the graph"


@pytest.mark.parametrize(("text", "triple", "who", "negated", "modality"), ATTRIBUTED)
def test_attribution(text, triple, who, negated, modality):
    facts = [f for f in extract_text(text, concept_facts=True).facts
             if (f.subject.name, f.relation, f.object.name) == triple]
    assert facts, f"{triple} missing"
    assert [(f.attribution, f.negated, f.modality) for f in facts] == [(who, negated, modality)]


def test_caption_facts_rank_below_body_facts():
    body = extract_text("Olaf Brenner met Lena Hart in Vienna.").facts
    caption = extract_text("Olaf Brenner meets Lena Hart in Vienna").facts  # no full stop: a caption
    meet = [f.confidence for f in body if f.relation == "MEET"]
    meet_caption = [f.confidence for f in caption if f.relation == "MEET"]
    assert meet and meet_caption and max(meet_caption) < min(meet)


def test_confidence_ranks_plain_statements_above_hedged_inherited_ones():
    plain = extract_text("Olaf Brenner met Lena Hart.").facts
    long_winded = extract_text(
        "Speaking after a long and difficult week of talks in the old town hall, Olaf Brenner, who "
        "had flown in from Berlin, met Lena Hart and the remaining members of the visiting delegation.").facts
    a = max(f.confidence for f in plain if f.relation == "MEET")
    b = max(f.confidence for f in long_winded if f.relation == "MEET")
    assert 0 < b < a <= 1


def test_every_fact_carries_its_evidence():
    text = "Olaf Brenner arrived in Vienna. He met Lena Hart at the palace."
    for fact in extract_text(text).facts:
        assert text[fact.char_start:fact.char_end] == fact.evidence
        assert fact.extractor == "kg-rules" and fact.extractor_version
        assert fact.rule


def test_two_processes_give_the_same_facts_in_the_same_order(monkeypatch):
    """Worker processes parse and extract whole chunks of documents; the parent only collects."""
    import kg.extract
    from kg.extract import extract_documents
    from kg.ingest import make_document

    texts = [text for _, text, _, _ in CASES[:12]]
    docs = [make_document(f"Report {n}. {text}", f"report-{n}.txt") for n, text in enumerate(texts)]
    one = [[f.to_record() for f in ex.facts] for ex in extract_documents(docs)]
    monkeypatch.setattr(kg.extract, "CHUNK_CHARS", 150)  # several chunks, several in flight
    two = list(extract_documents(docs, processes=2))
    assert [ex.document.id for ex in two] == [d.id for d in docs]
    assert [[f.to_record() for f in ex.facts] for ex in two] == one
    assert sum(map(len, one)) >= 12


def test_the_default_graph_leaves_out_facts_between_two_concepts():
    """"The storm damaged the harbour wall" joins two common nouns: the Open IE view and ``concept_facts``
    keep it, the default graph (read through named entities) does not."""
    text = "The storm damaged the harbour wall. Nordic Bank closed its branch in Bergen."
    default = {(f.subject.name, f.relation, f.object.name) for f in extract_text(text).facts}
    everything = graph(text)
    assert ("storm", "DAMAGE", "harbour wall", False) in everything
    assert ("Nordic Bank", "CLOSE", "branch") in default
    assert not [t for t in default if t[0] == "storm"]


def test_a_statement_links_the_speaker_to_what_the_clause_is_about():
    """The clause "a weaker krone was good for exporters" gives no fact between entities; the
    statement fact keeps who said something about what, with the clause as its object text."""
    facts = extract_text("Finance Secretary Maria Olsen said a weaker krone was good for exporters.").facts
    said = [f for f in facts if f.rule == "statement"]
    assert [(f.subject.name, f.relation, f.predicate, f.object.name) for f in said] == [
        ("Maria Olsen", "SAY", "say", "weaker krone")]
    assert said[0].object_text == "a weaker krone was good for exporters"


def test_no_statement_when_the_clause_gives_a_fact_of_its_own():
    facts = extract_text("Lena Hart said Olaf Brenner would not attend the summit.").facts
    assert [(f.subject.name, f.relation, f.attribution) for f in facts] == [("Olaf Brenner", "ATTEND", "Lena Hart")]


def test_a_declined_meeting_keeps_the_infinitive_in_its_predicate():
    facts = extract_text("Olaf Brenner declined to meet Lena Hart.").facts
    assert [(f.relation, f.predicate) for f in facts if f.relation == "DECLINE"] == [("DECLINE", "decline to meet")]
