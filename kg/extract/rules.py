"""One sentence in, propositions out: every registered rule over the dependency parse.

The verb rules (:mod:`kg.extract.verbs`) run on each verb, then the noun-phrase rules
(:mod:`kg.extract.implied`, :mod:`kg.extract.roles`) on the whole sentence. Every rule is registered
by the name its propositions carry (:mod:`kg.extract.registry`); a rule switched off there
(``kg eval carb --ablate NAME``) gives nothing. A sentence rule that declares its triggers
(:func:`kg.extract.registry.triggered_by`: words, lemmas or labels it cannot do without) is not
called on a sentence that has none of them. Rules only read the parse; naming entities and
relation types is the job of :mod:`kg.resolve`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Span

from kg.extract.achievements import led_to_prize_propositions
from kg.extract.affiliations import possessive_affiliation_propositions, speaker_affiliation_propositions
from kg.extract.agent_nouns import agent_noun_propositions, winner_propositions
from kg.extract.among import among_clause_propositions, among_kind_propositions
from kg.extract.appointments import (
    appointed_as_propositions,
    appointed_role_propositions,
    appointed_title_name_propositions,
)
from kg.extract.base import Proposition
from kg.extract.between import between_pair_propositions, rival_noun_propositions
from kg.extract.capacities import subject_as_propositions
from kg.extract.clubs import club_possessive_propositions
from kg.extract.confidence import confidence, scoring
from kg.extract.contest_events import contest_event_propositions
from kg.extract.credits import (
    category_work_propositions,
    chart_with_propositions,
    event_in_place_propositions,
)
from kg.extract.epithets import epithet_role_propositions
from kg.extract.events import event_noun_propositions
from kg.extract.field_titles import field_title_propositions
from kg.extract.firm_works import firm_work_propositions
from kg.extract.fixtures import fixture_side_propositions
from kg.extract.fronted import fronted_description_propositions
from kg.extract.implied import (
    apposition_propositions,
    example_object_readings,
    example_propositions,
    nominal_prep_propositions,
    possessive_propositions,
    role_propositions,
    title_propositions,
)
from kg.extract.intentions import intention_propositions
from kg.extract.kind_beside import kind_beside_name_propositions, possessed_name_kind_propositions
from kg.extract.kind_of_names import kind_of_name_propositions
from kg.extract.kind_seats import kind_seat_propositions
from kg.extract.kinds import (
    close_apposition_propositions,
    example_kind_propositions,
    like_example_propositions,
    name_before_kind_propositions,
    named_as_propositions,
    other_kind_propositions,
    untagged_kind_propositions,
)
from kg.extract.lightverbs import deal_propositions, light_verb_propositions
from kg.extract.members import (
    include_act_propositions,
    include_clause_propositions,
    include_kind_propositions,
)
from kg.extract.noun_preps import object_noun_prep_propositions
from kg.extract.origins import (
    nationality_name_propositions,
    nationality_origin_propositions,
    origin_title_propositions,
    person_of_country_propositions,
    possessive_origin_propositions,
)
from kg.extract.participles import (
    cast_participle_propositions,
    cast_with_propositions,
    participle_agent_propositions,
)
from kg.extract.partitives import partitive_propositions
from kg.extract.partners import partner_noun_propositions, performance_noun_propositions
from kg.extract.passives import born_in_propositions, honour_made_propositions, nominee_passive_propositions
from kg.extract.places import (
    from_place_propositions,
    hyphened_place_propositions,
    joint_nationality_propositions,
    nationality_kind_propositions,
    possessive_seat_firm_propositions,
    possessive_seat_propositions,
    possessive_venue_propositions,
    seat_in_propositions,
    seat_noun_propositions,
)
from kg.extract.positions import misread_position_propositions
from kg.extract.prenominal import prenominal_role_propositions
from kg.extract.prizes import (
    passive_recipient_propositions,
    prize_compound_propositions,
    prize_given_to_propositions,
    prize_winner_propositions,
)
from kg.extract.rank_roles import rank_before_name_propositions, rank_holder_propositions
from kg.extract.reading import reading, sentence_index
from kg.extract.registry import TRIGGERS, disabled, register, skipping, triggers_declared
from kg.extract.results import match_result_propositions, repelled_rival_propositions
from kg.extract.roles import described_role_propositions, description_holder_propositions
from kg.extract.sources import according_statement_propositions
from kg.extract.speech import quoted_as_saying_propositions
from kg.extract.tenures import tenure_as_propositions
from kg.extract.title_lists import coordinated_title_propositions, title_list_propositions
from kg.extract.together import alongside_propositions
from kg.extract.verbs import verb_propositions
from kg.extract.work_nouns import role_in_work_propositions, work_on_propositions
from kg.extract.works import (
    authored_work_propositions,
    genre_star_propositions,
    owned_unit_propositions,
    possessive_product_propositions,
    possessive_programme_propositions,
)

# Rules over the whole sentence, after the verb rules, by the name their propositions carry.
# (apposition_propositions also states a place's place: "Hoboken, New Jersey" is nominal-prep.)
NAMED_SENTENCE_RULES: dict[str, Callable[[Span], Iterator[Proposition]]] = {
    "example": example_propositions,
    "apposition": apposition_propositions,
    "role-as": role_propositions,
    "title": title_propositions,
    "possessive": possessive_propositions,
    "nominal-prep": nominal_prep_propositions,
    "role-title": prenominal_role_propositions,
    "field-title": field_title_propositions,
    "agent-noun-act": agent_noun_propositions,
    "winner-of": winner_propositions,
    "based-in": hyphened_place_propositions,  # its "Sydney-born" reading is "born-in" (below)
    "from-place": from_place_propositions,
    "possessive-seat": possessive_seat_propositions,
    "possessive-seat-firm": possessive_seat_firm_propositions,
    "nationality-kind": nationality_kind_propositions,
    "joint-nationality": joint_nationality_propositions,
    "seat-in": seat_in_propositions,
    "kind-seat": kind_seat_propositions,
    "seat-noun": seat_noun_propositions,
    "role-description": described_role_propositions,
    "description-holder": description_holder_propositions,
    "rank-holder": rank_holder_propositions,
    "rank-before-name": rank_before_name_propositions,
    "fronted-description": fronted_description_propositions,
    "untagged-kind": untagged_kind_propositions,
    "close-apposition": close_apposition_propositions,
    "kind-beside-name": kind_beside_name_propositions,
    "possessed-name-kind": possessed_name_kind_propositions,
    "example-kind": example_kind_propositions,
    "like-example": like_example_propositions,
    "and-other-kind": other_kind_propositions,
    "name-before-kind": name_before_kind_propositions,
    "possessive-product": possessive_product_propositions,
    "owned-unit": owned_unit_propositions,
    "epithet-role": epithet_role_propositions,
    "prize-winner": prize_winner_propositions,
    "passive-recipient": passive_recipient_propositions,
    "prize-given-to": prize_given_to_propositions,
    "prize-compound": prize_compound_propositions,
    "appointed-role": appointed_role_propositions,
    "appointed-as": appointed_as_propositions,
    "appointed-title-name": appointed_title_name_propositions,
    "match-result": match_result_propositions,
    "event-noun": event_noun_propositions,
    "fought-off": repelled_rival_propositions,
    "between-pair": between_pair_propositions,
    "rival-noun": rival_noun_propositions,
    "partner-noun": partner_noun_propositions,
    "performance-noun": performance_noun_propositions,
    "light-verb": light_verb_propositions,
    "deal-with": deal_propositions,
    "object-noun-prep": object_noun_prep_propositions,
    "alongside": alongside_propositions,
    "named-as": named_as_propositions,
    "origin-title": origin_title_propositions,
    "nationality-origin": nationality_origin_propositions,
    "nationality-name": nationality_name_propositions,
    "partitive": partitive_propositions,
    "participle-agent": participle_agent_propositions,
    "subject-as": subject_as_propositions,
    "tenure-as": tenure_as_propositions,
    "title-list": title_list_propositions,
    "coordinated-title": coordinated_title_propositions,
    "genre-star": genre_star_propositions,
    "quoted-as-saying": quoted_as_saying_propositions,
    "according-statement": according_statement_propositions,
    "speaker-affiliation": speaker_affiliation_propositions,
    "cast-participle": cast_participle_propositions,
    "cast-with": cast_with_propositions,
    "intention-infinitive": intention_propositions,
    "possessive-work": authored_work_propositions,
    "possessive-programme": possessive_programme_propositions,
    "possessive-affiliation": possessive_affiliation_propositions,
    "possessive-origin": possessive_origin_propositions,
    "person-of-country": person_of_country_propositions,
    "possessive-venue": possessive_venue_propositions,
    "led-to-prize": led_to_prize_propositions,
    "nominee-passive": nominee_passive_propositions,
    "honour-made": honour_made_propositions,
    "passive-born-in": born_in_propositions,
    "include-kind": include_kind_propositions,
    "include-clause": include_clause_propositions,
    "include-act": include_act_propositions,
    "club-possessive": club_possessive_propositions,
    "category-work": category_work_propositions,
    "event-in-place": event_in_place_propositions,
    "chart-with": chart_with_propositions,
    "fixture-side": fixture_side_propositions,
    "work-on-noun": work_on_propositions,
    "role-in-work": role_in_work_propositions,
    "contest-event": contest_event_propositions,
    "kind-of-name": kind_of_name_propositions,
    "misread-position": misread_position_propositions,
    "among-kind": among_kind_propositions,
    "firm-work-compound": firm_work_propositions,
    "among-clause": among_clause_propositions,
}
for _name, _rule in NAMED_SENTENCE_RULES.items():
    register(_name)(_rule)
# a reading the verb rules make of their own propositions (kg.extract.verbs calls it), and the
# other reading of "Place-based X" / "Place-born X", and of "N-winning X"
register("example-object")(example_object_readings)
register("born-in")(hyphened_place_propositions)
register("nominee-compound")(prize_compound_propositions)  # "Bafta-nominated actor Tom Reed"
# The rules run, in order (a list a caller may extend with a rule of its own).
SENTENCE_RULES: list[Callable[[Span], Iterator[Proposition]]] = list(NAMED_SENTENCE_RULES.values())
# Rules whose every proposition is the Open IE view's alone (``graph=False``): a reading for the
# graph only (``sentence_propositions(graph_only=True)``) does not run them.
OPEN_IE_ONLY_RULES: frozenset[Callable[[Span], Iterator[Proposition]]] = frozenset({
    example_propositions, possessive_propositions, nominal_prep_propositions})


_VERB_POS = frozenset({VERB, AUX})
_AUXILIARY_DEPS = frozenset({get_string_id("aux"), get_string_id("auxpass")})


def _has_words(prop: Proposition) -> bool:
    """Every argument must hold a word: an extra argument without one is dropped, a proposition
    whose subject or object has none is no proposition (a rule met a parse it did not expect)."""
    if not all(arg.tokens for arg in prop.args[:2]):
        return False
    prop.args = [*prop.args[:2], *(arg for arg in prop.args[2:] if arg.tokens)]
    return True


class _Dispatch:
    """:data:`SENTENCE_RULES` in order, each by its position, with the rules that declare no
    triggers (always run) and, by trigger, the positions of the rules it triggers: a sentence's
    rules are found from its index (some eighty words and labels) by one intersection with every
    trigger, not by testing each rule's triggers against it. Made again when the rules or
    triggers change."""

    __slots__ = ("always", "by_trigger", "key", "rules", "triggers")

    def __init__(self, key: tuple[object, ...], graph_only: bool) -> None:
        self.key = key
        self.rules = [rule for rule in SENTENCE_RULES if not (graph_only and rule in OPEN_IE_ONLY_RULES)]
        self.always: set[int] = set()
        self.by_trigger: dict[str | int, set[int]] = {}
        for n, rule in enumerate(self.rules):
            triggers = TRIGGERS.get(rule)
            if triggers is None:
                self.always.add(n)
                continue
            for trigger in triggers:
                self.by_trigger.setdefault(trigger, set()).add(n)
        self.triggers = frozenset(self.by_trigger)


_dispatch: dict[bool, _Dispatch] = {}


def triggered_rules(index: frozenset[str | int], *, graph_only: bool = False) -> list[Callable[[Span], Iterator[Proposition]]]:
    """The sentence rules, in :data:`SENTENCE_RULES`' order, that a sentence with this
    :func:`~kg.extract.reading.sentence_index` calls: those that declare no triggers and those
    one of whose triggers it holds (with ``graph_only``, none of :data:`OPEN_IE_ONLY_RULES`)."""
    key = (triggers_declared(), len(TRIGGERS), *SENTENCE_RULES)
    plan = _dispatch.get(graph_only)
    if plan is None or plan.key != key:
        plan = _dispatch[graph_only] = _Dispatch(key, graph_only)
    wanted = set(plan.always)
    by_trigger = plan.by_trigger
    for item in plan.triggers.intersection(index):
        wanted |= by_trigger[item]
    rules = plan.rules
    return [rules[n] for n in sorted(wanted)]


def sentence_propositions(sent: Span, *, graph_only: bool = False) -> list[Proposition]:
    """The propositions of one sentence, each with its confidence, in the order the rules ran;
    with ``graph_only``, only those the graph takes (``prop.graph``: the Open IE view's own
    readings are not made, nor scored, nor returned; :func:`kg.extract.reading.graph_only`)."""
    props: list[Proposition] = []
    with reading(sent, graph_only=graph_only) as tokens:
        for tok in tokens:
            if tok.pos in _VERB_POS and tok.dep not in _AUXILIARY_DEPS:  # (ids: tok.pos_ makes a string)
                props.extend(verb_propositions(tok, sent))
        if skipping():
            # (a rule none of whose triggers the sentence holds finds nothing in it: not called)
            for rule in triggered_rules(sentence_index(sent), graph_only=graph_only):
                props.extend(rule(sent))
        else:
            for rule in SENTENCE_RULES:
                if not (graph_only and rule in OPEN_IE_ONLY_RULES):
                    props.extend(rule(sent))
    off = disabled()
    props = [prop for prop in props if prop.rule not in off and _has_words(prop)]
    if graph_only:
        props = [prop for prop in props if prop.graph]
    if props:
        with scoring(sent):
            for prop in props:
                prop.confidence = confidence(prop)
    return props
