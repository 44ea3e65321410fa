"""Score a graph against a real-news facts gold file (``kg eval facts``).

The gold (``tests/data/realnews/*/facts.jsonl``, format in its README) lists, per article, the
facts a careful reader takes from it; ``relation: role`` lines say who is who (``title`` and
``org``). Matching is the loose matching a user would accept:

* **Names** (:func:`kg.eval.gold.name_matches`): the entity's name or any alias equals the gold
  name, or one is a run of the other's words (case-insensitive, without determiners such as "the",
  "its", "this", honorifics and "'s"). A common-noun end (a CONCEPT) is compared without its
  number ("acting awards" is "acting award") and without an amount the other side leaves out ("a
  33% stake" is a "stake in Tube Lines"; "12 goals" is no "six goals").
* **Predicates** (:func:`predicate_matches`): the same relation type through kg's predicate
  table (``buy`` and ``acquire`` are ACQUIRE, ``tell`` and ``say`` are SAY, ``is_a`` is IS_A),
  or the same first lemma word ("play for" and "play"; a gold "be indicted" by the word after
  the copula, since "be" alone is every IS_A fact), or kg's passive with the gold's verb and
  preposition read from the gold's own sentence ("be drawn against" and "draw against"; not "by"),
  and a gold "be involved in" kg's stative passive, which it writes by the verb (``INVOLVE``, rule
  stative-passive, its text "was involved in"), and a gold verb, bare or with "for", kg's ROLE
  by the agent noun of it ("direct" and ``ROLE {predicate: "director"}``; not "play against" and a
  "player"), and a few gold words with kg's type for the same claim, one way only (``_SAME_CLAIM``:
  a gold "win" and kg's RECEIVE of "was awarded", "compete with" and "be up against", "from" and
  BORN). Negation must agree. Subject and object
  may be swapped for symmetric predicates (meet, talk, rival, ...). A commitment the gold writes
  as relation and act ("promise" / "cut costs") matches kg's fact typed by the act with the
  commitment as modality (``CUT {modality: "promise"}`` → costs).
* **Roles** (:func:`role_matches`): a fact from the person whose type is ROLE, IS_A, HOLD,
  SERVE(_AS), REMAIN, BECOME, the title's own type (``chairman`` → HEAD) or the type of a word in the title
  ("chief executive" → HEAD through ``chief``), and whose predicate or object shares a word with
  the title ("chief executive" and ``(Alan Lovell)-[HEAD {predicate: "chief executive"}]->(Jarvis)``)
  or whose type is the title's own. The role counts with its organisation too when that fact's
  object, or another fact's object from the same person in the article, matches ``org``.

* **Affiliations** (:func:`affiliation_matches`, for precision only): a ``WORK_FOR`` or ``MEMBER``
  fact from a gold role's person to the role's organisation is right; the gold states it as the role.

Recall is over every gold fact. Precision is over the graph facts from the gold articles'
documents whose subject and object are both named entities (any type but CONCEPT): a fact is
right when it matches a gold fact or role of its article. The gold lists every fact between two
named entities and every role, so that precision means something; facts with a common-noun end
are listed only when a reader expects them, so ``precision_all`` (over every fact of the
documents) is a lower bound.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import kg.extract  # noqa: F401  kg.resolve imports only after kg.extract (an import circle kg has today)
from kg.errors import InputError
from kg.eval.gold import FUNCTION_WORDS, article_documents, content_words, name_matches, read_jsonl, words
from kg.extract.verbs import STATIVE_PARTICIPLES
from kg.model import Document, Entity, Fact
from kg.resolve.predicates import relation_type, synonyms

__all__ = ["FactScore", "GoldFact", "affiliation_matches", "annotation_facts", "fact_matches", "load_gold", "predicate_matches",
           "role_matches", "said_in", "score", "score_against", "score_graph"]

# "Jerry Yang remains the firm's Chief Yahoo": the copular verbs state a role as "be" does.
ROLE_TYPES = frozenset({"ROLE", "IS_A", "HOLD", "SERVE", "SERVE_AS", "REMAIN", "BECOME"})
SYMMETRIC = frozenset({"meet", "talk", "discuss", "negotiate", "rival", "partner", "ally", "deal", "star"})
_COPULA = {"is_a": "be", "is": "be", "be": "be"}
# A gold relation and kg's types that state the same claim in other words, one way only (the gold's
# word, then what kg may have written): "has been awarded an MBE", "was handed the prize" (kg's
# RECEIVE, rule passive-recipient) is the gold's "win"; "will be up against Ann Berg" for a prize
# is "compete with" her; "Oslo-born Jon Dahl" (BORN) is "from" Oslo. Not the other way round (a
# gold "receive" nominations is no win), and no other word of either side.
_SAME_CLAIM = {"win": frozenset({"RECEIVE"}), "compete with": frozenset({"BE_UP_AGAINST"}),
               "compete against": frozenset({"BE_UP_AGAINST"}), "from": frozenset({"BORN"})}
# Title words news uses for one another ("United boss Sir Alex Ferguson" is its manager).
# A word of a name as the annotation writes it ("Blazin'", "Bagle.AT", "F-Secure", "£1.3bn").
_TOKEN = re.compile(r"[^\W_][\w.'&-]*|[£$€][\w.]+")
_TITLE_SYNONYMS = ({"boss", "manager", "head", "chief"}, {"keeper", "goalkeeper"}, {"spokesperson", "spokesman", "spokeswoman"})


def title_words(text: str | None) -> set[str]:
    """Content words of a title, singular, with their synonyms: "students" → {"student"}."""
    out = {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in content_words(text)}
    for group in _TITLE_SYNONYMS:
        if out & group:
            out |= group
    return out


@dataclass(frozen=True)
class GoldFact:
    article: str
    subject: str
    relation: str
    object: str | None = None
    title: str | None = None
    org: str | None = None
    negated: bool = False
    attribution: str | None = None
    object_named: bool = False
    evidence: str = ""

    @property
    def is_role(self) -> bool:
        return self.relation == "role"


@dataclass
class FactScore:
    precision: float
    recall: float
    f1: float
    fact_recall: float
    role_recall: float
    role_org_recall: float
    named_recall: float
    attribution: float
    precision_all: float
    n_gold: int
    n_roles: int
    n_judged: int
    n_graph: int
    missing_articles: list[str] = field(default_factory=list)
    missed: list[GoldFact] = field(default_factory=list)
    wrong: list[Fact] = field(default_factory=list)
    # for each missed gold fact, what the graph holds from its sentence (the diagnosis of a miss)
    missed_said: list[list[Fact]] = field(default_factory=list)


def load_gold(path: str) -> list[GoldFact]:
    """The gold facts of a file; a malformed line is an InputError naming it."""
    gold = []
    for rec in read_jsonl(path, ("article", "subject", "relation")):
        relation = " ".join(str(rec["relation"]).lower().split())
        if relation == "role" and not rec.get("title"):
            raise InputError(f"{path}: a role of {rec['subject']!r} has no title")
        gold.append(GoldFact(
            article=str(rec["article"]), subject=str(rec["subject"]), relation=relation,
            object=rec.get("object") or None, title=rec.get("title") or None, org=rec.get("org") or None,
            negated=bool(rec.get("negated", False)), attribution=rec.get("attribution") or None,
            object_named=bool(rec.get("object_named", False)), evidence=str(rec.get("evidence", ""))))
    return gold


def surfaces(entity: Entity) -> tuple[str, ...]:
    return (entity.name, *entity.aliases)


def predicate_matches(relation: str, fact: Fact, evidence: str = "") -> bool:
    """A gold predicate lemma and a graph fact's predicate mean the same (see the module doc);
    ``evidence`` is the gold's sentence, where it has one."""
    gold = _COPULA.get(relation, relation.replace("_", " "))
    said = " ".join(fact.predicate.lower().split()) or fact.relation.lower()
    first, said_first = gold.split(" ")[0], said.split(" ")[0]
    if first == "be" and " " in gold:  # "be indicted": the copula alone would pair every IS_A fact
        first, said_first = _after_copula(gold), _after_copula(said)
    return (fact.relation in (relation_type(gold), relation_type(first))
            or fact.relation in _SAME_CLAIM.get(gold, ())
            or first == said_first or relation_type(first) == relation_type(said_first)
            or (_passive_of(gold, said) and _from_sentence(evidence, fact))
            or (said_first in STATIVE_PARTICIPLES and _participle_of(first, said_first) and _stative_said(gold, fact))
            or (fact.relation == "ROLE" and " " not in said and gold.split(" ")[1:] in ([], ["for"])
                and _agent_noun_of(said, first)))


def _from_sentence(evidence: str, fact: Fact) -> bool:
    """The fact was read from the gold's sentence (True when the gold names none).

    A passive paired with the gold's active lemma needs it: the gold writes "Nordvik were drawn
    against Halden" as "draw against", and also a drawn match ("grabbed a draw against Halden");
    only in the gold's own sentence is kg's "be drawn against" the former."""
    start = " ".join(evidence.split())[:40]
    return not start or start in " ".join(fact.evidence.split())


def _stative_said(gold: str, fact: Fact) -> bool:
    """kg's fact says the participle with the gold's preposition ("was directly involved in"), not
    the active verb ("the deal involves Nordbank": the other way round from "be involved in")."""
    text = fact.text.lower().split()
    return _after_copula(gold) in text and text[-1:] == gold.split(" ")[-1:]


def _agent_noun_of(noun: str, verb: str) -> bool:
    """The noun names the doer of the verb ("director" of "direct", "presenter" of "present",
    "producer" of "produce"): kg's ``(Jon Dahl)-[ROLE {predicate: "director"}]->(Blue Harbour)``
    says what the gold's "Jon Dahl directed Blue Harbour" says. Only kg's ROLE, and only against
    the gold's bare verb or its "for" ("play for" a club: a player of it); "played against Halden"
    is no "Halden player", "deals with Nordbank" no "Nordbank dealer"."""
    return len(verb) > 2 and noun in {verb + "er", verb + "r", verb + "or", verb + verb[-1:] + "er"}


def _passive_of(gold: str, said: str) -> bool:
    """kg's passive with its preposition is the gold's verb with the same preposition: "were drawn
    against Sheffield United" is ``be drawn against``, the gold's "draw against". The annotator
    writes a passive verb by its lemma and keeps its preposition; "by" names the doer, so a gold
    "beat by" is no "be beaten by" (the ends would be the other way round in an active reading)."""
    have, want = said.split(" "), gold.split(" ")
    if want[0] == "be":
        want = want[1:]
    return (len(have) >= 3 and have[0] == "be" and len(want) >= 2 and want[1:] == have[2:]
            and have[-1] != "by" and _participle_of(have[1], want[0]))


def _participle_of(participle: str, verb: str) -> bool:
    """The past participle is of the verb by English spelling ("drawn" of "draw", "relegated" of
    "relegate", "linked" of "link", "focused"/"focussed" of "focus", "tied" of "tie")."""
    if participle == verb:
        return True
    forms = {verb + "ed", verb + "d", verb + "n", verb + "en", verb + verb[-1:] + "ed"}
    if verb.endswith("y"):
        forms.add(verb[:-1] + "ied")
    return participle in forms


def _after_copula(predicate: str) -> str:
    """The first word after a leading "be" ("be indicted": "indicted"), else the first word."""
    words = predicate.split(" ")
    return words[1] if len(words) > 1 and words[0] == "be" else words[0]


def _matches(gold: str, entity: Entity) -> bool:
    return name_matches(gold, surfaces(entity), common=entity.type == "CONCEPT")


def _committed_act(gold: GoldFact, fact: Fact) -> str | None:
    """The rest of a gold object that is the act a commitment verb governs, when the fact is that act.

    kg types "promised to cut costs" by the act (``CUT {modality: "promise"}`` → costs; Graph
    model, control verbs); the gold may write the commitment as its relation and the act as the
    object's first word (``promise`` / "cut costs"). Both say the same, so the fact matches the
    gold with "costs" as its object.
    """
    if not fact.modality or not gold.object:
        return None
    modality = fact.modality.lower()
    if modality != gold.relation and relation_type(modality) != relation_type(gold.relation):
        return None
    # the gold may keep the infinitive's "to" ("promise" / "to halve unemployment")
    verb, _, rest = gold.object.strip().removeprefix("to ").partition(" ")
    return rest if rest and predicate_matches(verb.lower(), fact, gold.evidence) else None


def _controlled_act(gold: GoldFact, fact: Fact) -> bool:
    """The gold relation is a control verb and its infinitive ("expect to report"), and the fact
    is that act with the control verb as its modality (``REPORT {modality: "expect"}``).

    kg keeps "expected to report a loss" as the act the verb controls, typed by the act, with the
    controlling verb as modality (Graph model, control verbs); the gold may write both verbs as its
    relation. Both say the same, so the fact matches with the gold's object as it is.
    """
    if not fact.modality or " to " not in gold.relation:
        return False
    control, _, act = gold.relation.partition(" to ")
    control = control.strip()
    modality = fact.modality.lower()
    # "would love to work with": a control of two words pairs only with the same two words as
    # modality (``WORK {modality: "would love"}``; rule would-wish)
    if modality != control and (" " in control or relation_type(modality) != relation_type(control)):
        return False
    return predicate_matches(act.strip(), fact, gold.evidence)


def fact_matches(gold: GoldFact, fact: Fact) -> bool:
    if gold.is_role or gold.negated != fact.negated:
        return False
    if predicate_matches(gold.relation, fact, gold.evidence) or _controlled_act(gold, fact):
        obj = gold.object
    elif (obj := _committed_act(gold, fact)) is None:
        return False
    if obj is None:
        return _matches(gold.subject, fact.subject)
    if _matches(gold.subject, fact.subject) and _matches(obj, fact.object):
        return True
    return gold.relation in SYMMETRIC and _matches(gold.subject, fact.object) and _matches(obj, fact.subject)


def _title_types(title: str) -> set[str]:
    table = synonyms()
    return {relation_type(title)} | {table[w] for w in words(title) if w in table}


def role_matches(gold: GoldFact, fact: Fact) -> bool:
    """The fact states the gold role's title for the gold person (organisation not checked)."""
    if not gold.is_role or fact.negated or not name_matches(gold.subject, surfaces(fact.subject)):
        return False
    title = gold.title or ""
    if fact.relation not in ROLE_TYPES | _title_types(title) | {relation_type(w) for w in title_words(title)}:
        return False
    said = title_words(fact.predicate) | title_words(fact.object.name)
    return bool(title_words(title) & said) or fact.relation == relation_type(title)


# A role at an organisation says the person works there: "Fox TV's Bill O'Reilly" read as
# (O'Reilly)-[:WORK_FOR]->(Fox TV) states what the gold writes as his role "tv host" at Fox TV.
AFFILIATION_TYPES = frozenset({"WORK_FOR", "MEMBER"})


def affiliation_matches(gold: GoldFact, fact: Fact) -> bool:
    """The fact says the gold role's person works for (or is a member of) the role's organisation:
    right, though no title is stated (precision only; the role itself is not found by it)."""
    return (gold.is_role and gold.org is not None and fact.relation in AFFILIATION_TYPES and not fact.negated
            and name_matches(gold.subject, surfaces(fact.subject)) and name_matches(gold.org, surfaces(fact.object)))


def _org_stated(gold: GoldFact, matched: Iterable[Fact], article_facts: Iterable[Fact]) -> bool:
    if gold.org is None:
        return True
    org = content_words(gold.org)
    for fact in matched:
        if name_matches(gold.org, surfaces(fact.object)) or org <= content_words(fact.object.name):
            return True
    return any(name_matches(gold.subject, surfaces(f.subject)) and name_matches(gold.org, surfaces(f.object))
               for f in article_facts)


def said_in(gold: GoldFact, pool: Iterable[Fact]) -> list[Fact]:
    """The graph's facts from the gold fact's evidence sentence: what kg made of that sentence."""
    return [f for f in pool if gold.evidence.strip() and _from_sentence(gold.evidence, f)]


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _named(fact: Fact) -> bool:
    return fact.subject.type != "CONCEPT" and fact.object.type != "CONCEPT"


def _key(fact: Fact) -> tuple[str, str, str, str, bool]:
    return fact.doc_id, fact.subject.id, fact.relation, fact.object.id, fact.negated


def _group(gold: Sequence[GoldFact], documents: Iterable[Document], facts: Iterable[Fact]
           ) -> tuple[dict[str, str], dict[str, list[Fact]], list[str]]:
    """Document id → gold article, gold article → its graph facts, and the articles not in the graph."""
    articles = sorted({g.article for g in gold})
    docs_of = article_documents(articles, ((d.id, d.source) for d in documents))
    article_of = {doc: article for article, ids in docs_of.items() for doc in ids}
    by_article: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.doc_id in article_of:
            by_article[article_of[fact.doc_id]].append(fact)
    return article_of, by_article, [a for a in articles if not docs_of[a]]


def _recall(gold: Sequence[GoldFact], by_article: Mapping[str, list[Fact]]
            ) -> tuple[set[int], list[tuple[GoldFact, list[Fact]]], int, tuple[int, int]]:
    """Found gold indexes, missed gold facts (with what the graph said in their sentence), roles
    found with their org, (attributed, rightly)."""
    found, missed, role_org, attributed, attributed_ok = set(), [], 0, 0, 0
    for i, g in enumerate(gold):
        pool = by_article.get(g.article, [])
        hits = [f for f in pool if (role_matches(g, f) if g.is_role else fact_matches(g, f))]
        if not hits:
            missed.append((g, said_in(g, pool)))
            continue
        found.add(i)
        role_org += g.is_role and _org_stated(g, hits, pool)
        if g.attribution and not g.is_role:
            attributed += 1
            attributed_ok += any(f.attribution and name_matches(g.attribution, [f.attribution]) for f in hits)
    return found, missed, role_org, (attributed, attributed_ok)


def _precision(gold: Sequence[GoldFact], article_of: Mapping[str, str], by_article: Mapping[str, list[Fact]]
               ) -> tuple[int, int, int, list[Fact]]:
    """Named facts judged, all facts, all facts right, and the named facts judged wrong."""
    gold_by_article: dict[str, list[GoldFact]] = defaultdict(list)
    for g in gold:
        gold_by_article[g.article].append(g)
    every: dict[tuple[str, str, str, str, bool], Fact] = {}
    for pool in by_article.values():
        for fact in pool:
            every.setdefault(_key(fact), fact)
    right = {k for k, f in every.items()
             if any(role_matches(g, f) or fact_matches(g, f) or affiliation_matches(g, f)
                    for g in gold_by_article[article_of[f.doc_id]])}
    judged = {k: f for k, f in every.items() if _named(f)}
    wrong = sorted((f for k, f in judged.items() if k not in right),
                   key=lambda f: (f.doc_id, f.subject.name, f.relation, f.object.name))
    return len(judged), len(every), len(right), wrong


def score(gold: Sequence[GoldFact], documents: Iterable[Document], facts: Iterable[Fact]) -> FactScore:
    """Precision and recall of graph facts (one per provenance record is fine) against the gold."""
    if not gold:
        raise InputError("the gold file holds no facts")
    article_of, by_article, missing = _group(gold, documents, facts)
    found, missed, role_org, (attributed, attributed_ok) = _recall(gold, by_article)
    n_judged, n_graph, n_right, wrong = _precision(gold, article_of, by_article)
    roles = [i for i, g in enumerate(gold) if g.is_role]
    plain = [i for i, g in enumerate(gold) if not g.is_role]
    named = [i for i, g in enumerate(gold) if g.object_named and not g.is_role]
    precision, recall = _ratio(n_judged - len(wrong), n_judged), _ratio(len(found), len(gold))
    return FactScore(
        precision=precision, recall=recall,
        f1=2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        fact_recall=_ratio(len(found.intersection(plain)), len(plain)),
        role_recall=_ratio(len(found.intersection(roles)), len(roles)),
        role_org_recall=_ratio(role_org, len(roles)),
        named_recall=_ratio(len(found.intersection(named)), len(named)),
        attribution=_ratio(attributed_ok, attributed), precision_all=_ratio(n_right, n_graph),
        n_gold=len(gold), n_roles=len(roles), n_judged=n_judged, n_graph=n_graph,
        missing_articles=missing, missed=[g for g, _ in missed], wrong=wrong,
        missed_said=[said for _, said in missed])


def score_graph(gold_path: str, graph: str | None) -> FactScore:
    """:func:`score` of the facts a graph store holds (read page by page, read-only)."""
    from kg.config import settings
    from kg.export.sources import read_store

    gold = load_gold(gold_path)
    documents: list[Document] = []
    facts: list[Fact] = []
    for item in read_store(graph or settings().graph):
        if isinstance(item, Document):
            documents.append(item)
        else:
            facts.append(item)
    result = score(gold, documents, facts)
    if len(result.missing_articles) == len({g.article for g in gold}):
        raise InputError(f"{gold_path}: none of its articles is a document of the graph "
                         "(build them first: kg build ARTICLES --graph G)")
    return result


def is_name(text: str | None) -> bool:
    """Every content word capitalised (a number aside): the rule the gold's ``object_named`` follows."""
    tokens = [w for w in _TOKEN.findall(text or "") if w.casefold() not in FUNCTION_WORDS | {"the", "a", "an"}]
    return any(w[0].isalpha() for w in tokens) and all(w[0].isupper() or w[0].isdigit() for w in tokens)


def annotation_facts(annotation: Sequence[GoldFact]) -> tuple[list[Document], list[Fact]]:
    """An annotation in the gold's schema as a graph would hold it, to score it as a prediction.

    One document per article (its ``source`` is the article); each fact becomes a graph fact whose
    predicate is the annotation's relation (``is_a`` as "be") and whose type is the predicate
    table's; a role becomes a ROLE fact whose predicate is the title and whose object is the
    organisation (or, with none, the title as a common noun); an end that is no name (by the rule
    of ``object_named``: every content word capitalised) is a CONCEPT, so precision is judged over
    the facts between two names as it is for a graph. Matching is then :func:`score`'s own.
    """
    documents = {g.article: Document(g.article, g.article, g.article, "") for g in annotation}
    facts = []
    for g in annotation:
        subject = Entity.make(g.subject, "NAME" if is_name(g.subject) else "CONCEPT")
        if g.is_role:
            predicate, relation = g.title or "", "ROLE"
            obj = Entity.make(g.org, "NAME") if g.org else Entity.make(g.title or "", "CONCEPT")
        else:
            predicate = _COPULA.get(g.relation, g.relation.replace("_", " "))
            relation = relation_type(predicate)
            named = g.object_named or is_name(g.object)
            obj = Entity.make(g.object or "", "NAME" if g.object and named else "CONCEPT")
        facts.append(Fact(subject=subject, relation=relation, predicate=predicate, text=predicate, object=obj,
                          confidence=1.0, doc_id=g.article, sentence=0, char_start=0, char_end=0,
                          evidence=g.evidence, negated=g.negated, attribution=g.attribution, rule="annotation",
                          extractor="annotation"))
    return list(documents.values()), facts


def score_against(gold_path: str, other_path: str) -> tuple[FactScore, list[str]]:
    """:func:`score` of another annotation (a facts file in the gold's schema) taken as the prediction:
    the agreement of two annotators, with the matcher a graph is scored with. The gold is restricted
    to the articles the other annotation holds (a left-out article would compare nothing); those
    left out of the gold are returned with the score."""
    other = load_gold(other_path)
    if not other:
        raise InputError(f"{other_path}: the annotation holds no facts")
    annotated = {g.article for g in other}
    gold = load_gold(gold_path)
    left_out = sorted({g.article for g in gold} - annotated)
    shared = [g for g in gold if g.article in annotated]
    if not shared:
        raise InputError(f"{gold_path}: none of its articles is in {other_path}")
    documents, facts = annotation_facts(other)
    return score(shared, documents, facts), left_out
