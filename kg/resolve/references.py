"""References within a document: a pronoun or a definite description to the name it stands for.

News names someone once and then says "he", "she", "it", "they", "the group", "the airline" or
"the minister". :class:`References` reads a document's mentions in text order and resolves such a
reference to a named entity when the evidence is clear; otherwise it stays unresolved, and the
fact it would carry is left out (a missing fact costs less than a fact about the wrong person).

The algorithm, for each reference:

1. **Candidates** are the named entities mentioned in the reference's sentence before it and in
   the ``WINDOW`` sentences before that (``DESCRIPTION_WINDOW`` for a description), together with
   the references already resolved there: "Rowlands starred ... She appeared ... she played" is a
   chain, and each link keeps the name's place as subject.
2. **Agreement** keeps the candidates the reference can stand for:

   * he/him/his, she/her: a person, never an organisation, whose gender, where the document
     says it, agrees (a courtesy title "Mrs", a gendered noun said of them "actress", a given
     name "Helen"; a person of unknown gender passes);
   * it/its: an organisation or a country;
   * they/them/their: an organisation (British news says "Arsenal were drawn ... they");
   * a description: a person for a title or an occupation ("the minister", "the singer"), an
     organisation for a kind of organisation. A specific kind ("the airline") must be one the
     document states for the name ("the airline BA", "BA, the airline", "engineering group
     Jarvis", "Fjordlight Studios"); a generic one ("the company", "the firm", "the group") takes any
     organisation. A title no one in the window holds is taken by the only person there, and only
     when the description is a subject ("Peter Lund won ... The head of Fjord Studios said");
   * never a co-argument of the reference's own verb: in "Lund praised him", him is not Lund.
3. **Salience** ranks what is left: the nearer sentence first, then a subject before any other
   position. A common noun that is a subject takes part in the ranking ("The sale ... it" is about
   the sale): when it ranks first, the reference stays unresolved.
4. **Clear evidence**: the best candidate wins only if no candidate for another entity ranks the
   same; a tie ("Lund met Dahl. He said ...": two objects, or two subjects) stays unresolved. So
   does a pleonastic "it" ("it emerged that", "it is likely to", "it was not clear whether").
5. **A kind stated far back** (rule ``stated-kind``, :mod:`kg.resolve.stated`): a bare
   description the window leaves unresolved ("the airline", "the lawyer"; no modifier, no clause
   saying which, no playing position) stands for the one name of the document, anywhere before
   it, said to be of that kind ("budget airline SkyNord"), unless the window holds an unnamed one
   of the kind. It is no link of a chain: a pronoun after it does not take the name from it.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from spacy.tokens import Token

from kg.extract.clauses import sentential_which
from kg.extract.registry import disabled, register
from kg.model import Entity
from kg.resolve.binding import clause_subject, reflexive_binder, reflexive_object, reports_itself, spoken_for
from kg.resolve.clubs import is_club_name
from kg.resolve.comention import DESIGNATORS
from kg.resolve.demonyms import is_country
from kg.resolve.names import OFFICES, POSITIONS, gender_of, given_names
from kg.resolve.products import PRODUCT_KIND
from kg.resolve.quotations import (
    SAYING,
    in_quotation,
    names_speaker,
    quote_speaker,
    says_quotation,
    speaker_of_quotation,
)
from kg.resolve.referring import (
    FEMALE,
    FEMALE_NOUNS,
    GENERIC_ORG,
    MALE,
    MALE_NOUNS,
    NEUTER,
    ORG_KINDS,
    PERSON_KINDS,
    PLURAL,
    PRONOUNS,
    RANK,
    SUBJECT_DEPS,
    UK_NATIONS,
    aged,
    description_head,
    event_it,
    name_root,
    occupation_named,
    occupational,
    position,
    same_kind,
    situation_it,
    stated_kinds,
    stated_nations,
)
from kg.resolve.spans import entity_at
from kg.resolve.stated import stated_kind
from kg.resolve.workdescriptions import DESCRIBED_KIND

WINDOW = 2
DESCRIPTION_WINDOW = 3
# How far back the "he said" of a quotation looks for the speaker it continues (rule
# ``speaker-carried-on``): the paraphrase and background news puts between a speaker's quotations.
SPEAKER_WINDOW = 8
# "Tom Reed has retired. The 30-year-old ...": an age, which says no kind, takes the person of the
# sentence just before (a person further back is no longer the one the reader has in mind).
AGE_WINDOW = 1

# Kinds every team of a sports report is, whether the text says so or not ("the club", "the side").
TEAM_KINDS = frozenset({"club", "side", "team"})
# Nouns of a rank the text gives a player ("second seed Jon Dahl", "world number two Tom Reed").
_RANK_NOUNS = frozenset({"seed", "number"})
# Epithets said of anyone of renown whatever they do: "the star" may be the singer named before.
KIND_NEUTRAL = frozenset({"star", "player", "veteran", "youngster", "teenager", "champion", "international"})
# Verbs whose "it" subject stands for a clause that follows, not a thing: "it emerged that", "it
# seems likely that"; and any passive with a clause: "it is expected that", "it was reported that".
_PLEONASTIC_VERBS = frozenset({"be", "seem", "appear", "emerge", "remain", "become", "look", "sound",
                               "take", "matter", "follow", "rain"})


@dataclass(slots=True)
class _Seen:
    """A mention that a later reference may stand for. ``entity`` None is a common noun subject,
    which competes for the references its ``blocks`` names (it, they, or he/she for a person noun)."""

    entity: Entity | None
    token: Token
    sentence: int
    position: int
    blocks: str = ""
    link: bool = False  # a reference already resolved (a pronoun or description of the chain)


class References:
    """Resolves the references of one document, fed its mentions in text order."""

    def __init__(self, is_product: Callable[[Entity], bool] | None = None) -> None:
        # whether the document said a name is a kind of product (:mod:`kg.resolve.products`)
        self._is_product: Callable[[Entity], bool] = is_product or (lambda e: False)
        self._seen: list[_Seen] = []
        self._kinds: dict[str, set[str]] = defaultdict(set)
        self._learned: dict[str, str] = {}
        self._carried: set[tuple[int, int]] = set()  # descriptions resolved by a kind stated far back
        self._nations: dict[str, set[str]] = defaultdict(set)  # "Argentine Jon Dahl": Argentina
        self._unread: dict[str, list[Token]] = defaultdict(list)  # names whose nationality is read when asked
        self._things: set[str] = set()  # names a clause only a thing takes was said of (rule thing-clause)
        self._unnamed_ages: set[tuple[int, int]] = set()  # ages left open by an unnamed person noun
        self._collective: set[str] = set()  # names a plural verb was said of (rule plural-agreement-name)
        # person names of more than one word among the mentions, by first word (:meth:`_given_name_of`)
        self._by_first_word: dict[str, dict[tuple[str, str], Entity]] = defaultdict(dict)
        self._first_words_indexed = 0

    def named(self, entity: Entity, tok: Token, sentence: int) -> None:
        """A name: a candidate from now on; what the sentence says it is joins its kinds. A
        nationality with "the" is a person described ("The Brazilian said"), not a candidate."""
        root = name_root(tok)
        if entity.type == "NORP" and root.dep_ in SUBJECT_DEPS and any(c.dep_ == "det" for c in root.children):
            self._seen.append(_Seen(None, tok, sentence, position(tok), "person"))
            return
        if entity.type == "PERSON" and name_as_kind(tok):
            return  # "to find the next Tom Reed": no one the text names, so no one to refer back to
        self._kinds[entity.id].update(stated_kinds(tok))
        if entity.type == "PERSON" and played_character(tok):
            return  # "Tom Reed, whose latest role was Jon Dahl, ...": a part played, no one a "he" means
        if thing_clause(tok):
            self._things.add(entity.id)
        if entity.type == "PERSON" and plural_agreement(tok):
            self._collective.add(entity.id)
        self._unread[entity.id].append(tok)
        self._seen.append(_Seen(entity, tok, sentence, position(tok)))

    def common(self, tok: Token, sentence: int) -> None:
        """A common noun: a subject takes part in the ranking, and blocks what it could be called."""
        if tok.dep_ not in SUBJECT_DEPS:
            if unnamed_person_object(tok) and not any(  # "Nordvik want £6m for the midfielder": someone unnamed
                    s.sentence == sentence and s.entity is not None and self._fits(s.entity, "person")
                    for s in self._seen):  # "Reed agreed it was a hard year for the sprinter": Reed
                self._seen.append(_Seen(None, tok, sentence, position(tok), "unnamed person"))
            return
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
            return  # "The singer, full name Jamelia Davis, ...": the subject is the name
        if kind_noun_before_name(tok):
            return  # "The drama Night Train took $4m": one subject, the name
        if tok.lemma_.lower() in PRODUCT_KIND and (named := self._product_named_in(tok)) is not None:
            # "The Vexa Z1 device plays music. It ...": the subject is the product it names
            self._seen.append(_Seen(named, tok, sentence, position(tok), link=True))
            return
        if tok.lemma_.lower() in PERSON_KINDS:
            # "the judge said ... he": a definite person noun could be meant ("a host of artists" not)
            if tok.tag_ != "NN" or not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children):
                return
            blocks = "person"
        else:
            blocks = "they" if tok.tag_ in ("NNS", "NNPS") else "it"
        self._seen.append(_Seen(None, tok, sentence, position(tok), blocks))

    def _product_named_in(self, tok: Token) -> Entity | None:
        """The product a product noun's name modifier is ("the Vexa Z1 device": Vexa Z1)."""
        for child in tok.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                seen = self._mention_at(child)
                if seen is not None and seen.entity is not None and self._is_product(seen.entity):
                    return seen.entity
        return None

    def _thing(self, e: Entity) -> bool:
        """What "it" may stand for: an organisation, a country, or a product the text named as one."""
        return (self._fits(e, "org") or (self._is_product(e) and not self._gender(e))
                or (not self._gender(e) and work_it(self._kinds[e.id]))
                or (e.id in self._things and not self._gender(e) and not self._kinds[e.id] & PERSON_KINDS))

    def pronoun(self, tok: Token, sentence: int) -> Entity | None:
        word = tok.lower_
        if not refers(tok):
            return None
        if reflexive_object(tok):  # "Tom Reed blamed himself": its own clause's subject, or nothing
            binder = reflexive_binder(tok)
            seen = self._mention_at(binder) if binder is not None else None
            return seen.entity if seen is not None else None
        if word in NEUTER or word in PLURAL:
            want, blocked_by = "org", "they" if word in PLURAL else "it"
            if (bound := self._bound(tok)) is not None:
                return bound
        else:
            want, blocked_by = ("m" if word in MALE else "f"), "person"
        speaker = quotation_speaker(tok) if want in ("m", "f") else None
        said_by = None
        if speaker is not None and speaker.pos_ == "PRON" and speaker.sent.start != tok.sent.start:
            # a quotation that runs on from '"...," he said': not whom that "he" was resolved to
            # (when it comes before), and no name it leaves open ('"...," he said. "He is ..."')
            said_by, speaker = self._resolved(speaker), None
        if speaker is not None and speaker.lower_ in (MALE if want == "m" else FEMALE):
            return None  # '"He was the best," he said': both "he"s would take the same person
        if want in ("m", "f") and (told := told_person(tok)) is not None and self._could_be_told(told, want):
            return None  # "Tom Reed warned Jon Dahl he may have to quit": either man
        skip = partial(_ruled_out_by_quotation, tok, sentence, speaker, said_by) if want in ("m", "f") else None
        if word in NEUTER and quoted_it(tok):
            skip = partial(_narrated_before, sentence)
        fits = self._thing if word in NEUTER else partial(self._fits, want=want)
        found = self._choose(tok, sentence, WINDOW, fits, blocked_by,
                             earlier_subjects=word in PLURAL, subjects_only=word in NEUTER, skip=skip)
        if found is not None and want in ("m", "f") and not word.endswith("self") and (marked := marked_over_tagged(self, tok, sentence, found, fits, skip)):
            found = self._choose(tok, sentence, WINDOW, fits, blocked_by, skip=marked)
        if found is None and want in ("m", "f") and says_quotation(tok):
            found = carried_speaker(self, tok, sentence, want, skip)
        elif found is not None and want in ("m", "f") and says_quotation(tok) and self._tagger_only(found):
            found = source_over_tagged(self, tok, sentence, want, found, skip)
        if found is not None and want in ("m", "f"):
            self._learned[found.id] = want  # "she" said clearly of a name says who she is
        return found

    def _hosts(self, tok: Token, fits: Callable[[Entity], bool]) -> list[Entity]:
        """The fitting names of the noun phrase a relative clause holding ``tok`` describes (rule
        ``relative-clause-host``), outside the clause: Vexa of "an offer from Vexa, which the
        firm raised"."""
        clause = relative_clause(tok)
        if clause is None:
            return []
        inside = {t.i for t in clause.subtree}
        host = {t.i for t in clause.head.subtree} - inside
        return [s.entity for s in self._seen if s.entity is not None and s.token.doc is tok.doc
                and s.token.i in host and fits(s.entity)]

    def _could_be_told(self, told: Token, want: str) -> bool:
        """Whether the person a verb of telling addresses (rule ``told-person-ambiguous``) could be
        the "he"/"she" of its clause: a name of a fitting person, or "him"/"her" of that gender."""
        if told.lower_ in PRONOUNS:
            return told.lower_ in (MALE if want == "m" else FEMALE)
        seen = self._mention_at(told)
        return seen is not None and seen.entity is not None and self._fits(seen.entity, want)

    def _bound(self, tok: Token) -> Entity | None:
        """The organisation or country an "it"/"its"/"they"/"their" is bound to in its own
        sentence: the subject of its clause (rule ``clause-subject``), when that is a name read
        already, or a reference resolved to one; None leaves the pronoun to the ranking."""
        subject = clause_subject(tok)
        if subject is None:
            return None
        seen = self._mention_at(subject)
        if (seen is None or seen.entity is None) and (speaks := spoken_for(subject)) is not None:
            seen = self._mention_at(speaks)  # "a Nordbank spokesman said it": the organisation
        if seen is None or seen.entity is None:
            return None
        fits = self._thing(seen.entity) if tok.lower_ in NEUTER else self._fits(seen.entity, "org")
        if fits or (self._unknown(seen.entity) and reports_itself(tok, subject)):
            return seen.entity
        return None

    def _mention_at(self, tok: Token) -> _Seen | None:
        """The mention read at ``tok`` (the name whose syntax hangs on it)."""
        return next((s for s in reversed(self._seen) if s.token.doc is tok.doc
                     and (s.token.i == tok.i or name_root(s.token).i == tok.i)), None)

    def _resolved(self, tok: Token) -> Entity | None:
        """The name a reference already read stood for (None: unresolved, or not read yet)."""
        return next((s.entity for s in self._seen if s.link and s.token.doc is tok.doc and s.token.i == tok.i), None)

    def description(self, tok: Token, sentence: int, head: str, nation: str | None = None) -> Entity | None:
        """The entity a definite description stands for: ``head`` its noun ("person" for a
        nationality noun, whose country is ``nation``: "the Swede")."""
        if head in ORG_KINDS:
            def fits(e: Entity) -> bool:
                kinds = self._kinds[e.id]
                return (self._organisation(e) and not self._is_product(e)  # a product is no firm
                        and (head in GENERIC_ORG or any(same_kind(head, k) for k in kinds)))
            kindless = "noun-of-no-kind" not in disabled()
            if kindless and ranked_anew(tok):
                return None  # "winning the best group award": a superlative picks one out anew
            found = self._choose(tok, sentence, DESCRIPTION_WINDOW, fits, "it", glosses=True,
                                 skip=kindless_noun if kindless else None)
            if kindless and found is not None and (len(self._fitting(tok, sentence, fits)) > 1 or any(
                    c.ent_type_ == "NORP" for c in tok.lefts)):
                # past a noun of no kind only to the one organisation of the window: "Jagran
                # publishes Dainik Jagran. News of the deal came as the group ..." may be the buyer;
                # and not for a nationality ("the German exchange"), which may be another's
                found = self._choose(tok, sentence, DESCRIPTION_WINDOW, fits, "it", glosses=True)
            if found is None and head in TEAM_KINDS:
                found = self._lone_club(tok, sentence)
            if found is None and head not in GENERIC_ORG:
                found = self._stated(tok, sentence, head, self._organisation)
            if found is None and head in GENERIC_ORG:
                found = self._sole_organisation(tok, sentence, fits)
            if found is not None and any(e.id != found.id for e in self._hosts(tok, fits)):
                return None  # "an offer from Vexa, which the firm raised": Vexa may be the firm
            return found

        def titled(e: Entity) -> bool:
            return self._fits(e, "person") and any(same_kind(head, k) for k in self._kinds[e.id])
        found = self._choose(tok, sentence, DESCRIPTION_WINDOW, titled, "person", skip=partial(other_title_noun, head),
                             glosses=True)
        if found is None:
            # a kind stated far back takes no name only the occupation rule made a person: a name
            # the tagger typed a firm, a window away, is too weak a candidate to stand for
            found = self._stated(tok, sentence, head, lambda e: self._fits(e, "person") and not self._performer(e))
        # an age, an occupation ("the pop star") or a nationality ("the Swede") says who as little
        # as a title does, but only of the person just named (rules age-description,
        # occupation-description, nationality-description)
        by_epithet = aged(tok) or occupational(tok, head) or nation is not None or head == RANK
        if found is not None or not (_office(tok, head) or by_epithet) or (
                tok.dep_ not in SUBJECT_DEPS and not _epithet(tok)):
            return found
        by_age = by_epithet and not _office(tok, head)  # an office or an epithet keeps its window
        window = epithet_reach(self, tok, sentence) if by_age else DESCRIPTION_WINDOW
        narrated = self._narrated(tok, sentence) if quoted_no_antecedent(tok) else None
        seen = [s for s in self._window(tok, sentence, window) if not _quoted_name(s, narrated)]
        if by_age and any(s.entity is None and s.blocks in ("person", "topic") for s in seen):
            return None  # "The Spaniard believed ... the 21-year-old told": a person described, or a "he" unresolved
        if by_age and any(s.entity is None and s.blocks == "unnamed person" for s in seen):
            self._unnamed_ages.add((id(tok.doc), tok.i))  # its "he" may be that person too (rule open-age)
            return None  # "Nordvik want £6m for the midfielder, but Tom Reed ... The 26-year-old": the midfielder
        if head == RANK and any(s.entity is not None and self._kinds[s.entity.id] & _RANK_NOUNS
                                for s in self._window(tok, sentence, DESCRIPTION_WINDOW)):
            return None  # "... will take on second seed Jon Dahl. The top seed ...": ranks tell players apart
        # "Tom Reed finished third in Bergen, where the Swede took gold": the subject of a clause
        # the description is in is someone else, wherever else the window names them
        commanding = {s.entity.id for s in seen if s.entity is not None and _commands(s.token, tok)}
        if commanding and by_age and not aged(tok):
            return None  # "Tom Reed ended a spell that saw the American win": who else is meant is unclear
        near = [s.entity for s in seen
                if s.entity is not None and s.entity.id not in commanding
                and not (by_age and (_modifies_a_noun(s.token) or self._other_kind(s.entity, tok, head)
                                     or self._other_gender(s.entity, tok)
                                     or self._other_nation(s.entity, nation)))]
        people = {e.id: e for e in near if self._fits(e, "person")}
        if len(people) > 1 and by_age and not aged(tok) and nation is None:
            # an occupation continues the topic: the one person who is a subject of the sentence
            # before, when the others are not ("Tom Reed beat Mido"); not a nationality, which is
            # as often said to tell the other apart ("Reed beat Dahl. The Swede ...")
            place = {i: min(s.position for s in seen if s.entity is not None and s.entity.id == i) for i in people}
            subjects = [i for i in people if place[i] < 2]
            people = {subjects[0]: people[subjects[0]]} if len(subjects) == 1 else people
        named = {w for e in people.values() for w in e.name.split()}
        if _epithet(tok):
            mistyped = [e for e in near if e.id not in people and self._mistyped_person(e)
                        and not set(e.name.split()) <= named]
            articled = {s.entity.id for s in seen if mistyped and s.entity is not None and article_name(s.token)}
            if any(e.id not in articled for e in mistyped):
                return None  # an epithet's person may be a name the tagger called a firm ("Juninho")
        chosen = next(iter(people.values())) if len(people) == 1 else None
        if chosen is not None and head == RANK:
            self._kinds[chosen.id].add("number")  # a rank said of them: the next rank may be another's
        if chosen is not None and nation is not None:
            # "... the American comes through. The Spaniard wins ...": the American is no Spaniard
            self._nations[chosen.id].add(nation)
        return chosen

    def _fitting(self, tok: Token, sentence: int, fits: Callable[[Entity], bool]) -> set[str]:
        """The entities of the description window that fit, outside the description itself."""
        return {s.entity.id for s in self._window(tok, sentence, DESCRIPTION_WINDOW)
                if s.entity is not None and not _inside(s.token, tok) and not thing_named_by(s.token)
                and fits(s.entity)}

    def _lone_club(self, tok: Token, sentence: int) -> Entity | None:
        """Rule ``lone-club``: the one club the window names by a club's name ("Nordvik United",
        "Bergen City FC") for "the club", "the side" or "the team", when every other name there
        is a person's and no unnamed club is mentioned."""
        if "lone-club" in disabled():
            return None
        if any((c.dep_ in ("relcl", "acl") and tok.doc[c.left_edge.i - 1].text != ",") or c.dep_ == "prep"
               for c in tok.rights):
            return None  # "the club he joined next", "the team at Vexa Holdings": another one, said which
        clubs: dict[str, Entity] = {}
        for seen in self._window(tok, sentence, DESCRIPTION_WINDOW):
            if seen.entity is None:
                if seen.token.lemma_.lower() in TEAM_KINDS:
                    return None  # "a club ... the club": the window has an unnamed one
                continue
            if _inside(seen.token, tok):
                continue
            if lone_club(seen.entity.name, seen.entity.type) and self._organisation(seen.entity):
                clubs[seen.entity.id] = seen.entity
            elif seen.entity.type != "PERSON" or not self.is_person(seen.entity):
                return None  # a place, a firm or a name of no kind may be the side meant ("Bergen")
        return next(iter(clubs.values())) if len(clubs) == 1 else None

    def _sole_organisation(self, tok: Token, sentence: int, fits: Callable[[Entity], bool]) -> Entity | None:
        """Rule ``sole-organisation``: the one organisation the document has named so far, for a
        bare generic description ("the firm", "the company") the window leaves open, when the
        text has brought in no unnamed one ("a rival firm") and the window holds no name of no
        kind the tagger may have mistyped (:func:`sole_organisation`)."""
        if "sole-organisation" in disabled():
            return None
        if any(c.dep_ != "det" for c in tok.lefts) or any(c.dep_ in ("relcl", "acl", "prep", "appos") for c in tok.rights):
            return None  # "the new company", "the company behind the trial": another may be meant
        if _name_follows(tok) or any(c.lower_ != "the" for c in tok.lefts):
            return None  # "this company", "the firm Vexa": they say which
        organisations: dict[str, Entity] = {}
        for seen in self._seen:
            if seen.entity is None or (seen.token.doc is tok.doc and seen.token.i >= tok.i):
                continue
            if _inside(seen.token, tok) or thing_named_by(seen.token):
                continue
            if fits(seen.entity):
                organisations[seen.entity.id] = seen.entity
            elif (seen.entity.type in ("PERSON", "OTHER") and not self.is_person(seen.entity)
                  and not self._given_name_of(seen.entity)):
                return None  # "Vexa" typed a person or nothing: it may be the firm meant
            elif (seen.entity.type in ("GPE", "LOC") and not is_country(seen.entity.name)
                  and not located_place(seen)):
                return None  # "France's Ubisoft" typed a place: it may be the firm meant
        for seen in self._window(tok, sentence, DESCRIPTION_WINDOW):
            if (seen.entity is None and seen.blocks == "it" and not kindless_noun(seen)
                    and not any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in seen.token.lefts)):
                return None  # "The buyer said the firm ...": an unnamed party that may be the firm
        if len(organisations) != 1 or not sole_organisation(tok):
            return None
        return next(iter(organisations.values()))

    def _narrated(self, tok: Token, sentence: int) -> set[str]:
        """The entities named outside a quotation before ``tok`` (rule ``quoted-no-antecedent``)."""
        return {s.entity.id for s in self._window(tok, sentence, sentence)
                if s.entity is not None and not in_quotation(s.token)}

    def _other_gender(self, e: Entity, tok: Token) -> bool:
        """A person the text marks as a man when the age's own clause says a woman ("The
        33-year-old injured herself"), or the other way round (rule ``age-own-gender``)."""
        said = age_own_gender(tok)
        if said is None:
            return False
        gender = self._gender(e)
        return bool(gender) and said not in gender

    def _other_nation(self, e: Entity, nation: str | None) -> bool:
        """A person the text gave another nationality than the one described: "Argentine Jon Dahl"
        is not "the Briton" (a Scot may be)."""
        if nation is None:
            return False
        for tok in self._unread.pop(e.id, ()):
            self._nations[e.id].update(stated_nations(tok))
        said = self._nations.get(e.id)
        if not said:
            return False
        return nation not in said and not (nation == "UK" and said & UK_NATIONS)

    def _other_kind(self, e: Entity, tok: Token, head: str) -> bool:
        """A person the text said is of another kind than the described one: "her lawyer, Per
        Lund" is not "the 32-year-old rapper" (an age alone, "the 34-year-old", says no kind)."""
        if tok.pos_ != "NOUN" or head in KIND_NEUTRAL or head == RANK:
            return False  # "the star", "the veteran": said of a singer or a sprinter alike
        said = self._kinds[e.id] & PERSON_KINDS
        if neutral_kind_said(said) and not any(i != e.id and any(same_kind(head, k) for k in kinds)
                                               for i, kinds in self._kinds.items()):
            said -= KIND_NEUTRAL  # "soul star Vexo ... the singer": a star may be a singer (not
            # when the text said someone else is one: "Actor Tom Reed ... star Vexo ... the actor")
        return bool(said) and not any(same_kind(head, k) for k in said)

    def _stated(self, tok: Token, sentence: int, head: str, fits: Callable[[Entity], bool]) -> Entity | None:
        """Rule ``stated-kind``: the one name of the document so far said to be of the head's kind,
        for a bare description ("the lawyer"; a modifier says more than the kind: "the old
        school", "the German exchange" may be another)."""
        if any(c.dep_ != "det" for c in tok.lefts) or head in POSITIONS:
            return None  # a side fields two centres at once: "the centre" is not made unique by one
        if any(c.dep_ in ("relcl", "acl", "prep") for c in tok.rights) or _name_follows(tok):
            return None  # "the club where she first played", "the band Nordlys": they say which
        if head in TEAM_KINDS:
            return None  # a sports report names many sides and seldom says each is a club
        if any(s.entity is None and same_kind(head, s.token.lemma_.lower())
               for s in self._window(tok, sentence, DESCRIPTION_WINDOW)):
            return None  # "a bank ... the bank": the window has an unnamed one of the kind
        named = [s.entity for s in self._seen if s.entity is not None and not _inside(s.token, tok)
                 and not _commands(s.token, tok)]
        found = stated_kind(head, named, self._kinds, fits, same_kind)
        if found is not None:
            self._carried.add((id(tok.doc), tok.i))
        return found

    def named_since(self, concept: Token, concept_sentence: int, tok: Token, sentence: int) -> Entity | None:
        """Rule ``name-over-oblique-noun``: the named organisation a generic description ("the
        company", "the firm", "the group") stands for rather than the earlier common noun of its
        head that ``concept`` is, when that noun is no subject and the organisation was named in
        a later sentence than it (:func:`name_over_oblique_noun`); None leaves the noun."""
        if "name-over-oblique-noun" in disabled() or tok.lemma_.lower() not in GENERIC_ORG:
            return None
        if position(concept) != 2 or description_head(tok) is None:
            return None
        if any(c.dep_ != "det" for c in tok.lefts) or any(c.dep_ in ("relcl", "acl", "prep") for c in tok.rights):
            return None  # "the new company", "the company behind the trial": another may be meant
        found = self.description(tok, sentence, tok.lemma_.lower())
        if found is None:
            return None
        at = next((s for s in reversed(self._seen) if s.entity is not None and s.entity.id == found.id), None)
        if at is None or not name_over_oblique_noun(concept_sentence, at.sentence):
            return None
        return found

    def unresolved(self, tok: Token, sentence: int) -> None:
        """A "he" or "she" subject left unresolved still holds the topic: the next "he" is the same
        person, whom kg could not name, so a name after it that nothing marks as a man or a woman
        is no better candidate ("... he wrote Winter Song. He also produced ...": not the song,
        which the model may tag a person); a name with a given name or a title still is."""
        if tok.lower_ in MALE | FEMALE and tok.dep_ in SUBJECT_DEPS:
            self._seen.append(_Seen(None, tok, sentence, position(tok), "topic"))
        elif (id(tok.doc), tok.i) in self._unnamed_ages and open_age(tok):
            self._seen.append(_Seen(None, tok, sentence, position(tok), "person"))

    def resolved(self, entity: Entity, tok: Token, sentence: int) -> None:
        """A reference resolved to ``entity``: a link of its chain, with the reference's position.
        One resolved by a kind stated far back (``stated-kind``) is no link: the chain it joins
        is too far away to carry a pronoun after it, so it blocks as the common noun did."""
        if (id(tok.doc), tok.i) in self._carried:
            self.common(tok, sentence)
            return
        self._seen.append(_Seen(entity, tok, sentence, position(tok), link=True))

    def kinds_of(self, e: Entity) -> set[str]:
        """The nouns the document has said so far that ``e`` is ("the film Night Train": film)."""
        return self._kinds.get(e.id, set())

    def is_person(self, e: Entity) -> bool:
        """Whether the document marks ``e`` as a person: a courtesy title, a "he" or "she" said of
        it, or a title, an occupation or a gendered noun said of the name ("director Tom Reed");
        a name that is a given name alone is no mark ("biopic Ray" is a film)."""
        return bool(self._gender(e)) or bool(self._kinds[e.id] & PERSON_KINDS)

    # -- agreement and salience ------------------------------------------------------------------

    def _gender(self, e: Entity) -> set[str]:
        """What the document says: a courtesy title, a given name, a gendered noun said of the
        name, or a "he"/"she" that clearly referred to it before."""
        found = gender_of((e.name, *e.aliases))
        first = e.name.split()[0].lower() if " " in e.name else ""
        if first in given_names():
            found.add(given_names()[first])
        kinds = self._kinds[e.id]
        if kinds & MALE_NOUNS:
            found.add("m")
        if kinds & FEMALE_NOUNS:
            found.add("f")
        if e.id in self._learned:
            found.add(self._learned[e.id])
        return found

    def _organisation(self, e: Entity) -> bool:
        """An organisation by its type or by a kind the text gives it ("engineering group Jarvis",
        which the tagger may call a person); never a name with a man's or a woman's marks."""
        if self._gender(e) or self._performer(e):
            return False
        return e.type == "ORG" or bool(self._kinds[e.id] & (ORG_KINDS - PERSON_KINDS))

    def _performer(self, e: Entity) -> bool:
        """A name the tagger typed a firm or nothing that the text gives an occupation only a
        person has ("soul star Vexo"; rule ``occupation-named-person``)."""
        return e.type in ("ORG", "OTHER") and occupation_named(self._kinds[e.id])

    def _unknown(self, e: Entity) -> bool:
        """A name the document says nothing of, that the tagger called a person or gave no type:
        as likely a firm as a person, so it competes for "it" and "he"/"she" without winning."""
        return e.type in ("PERSON", "OTHER") and not self._gender(e) and not self._kinds[e.id]

    def _given_name_of(self, e: Entity) -> bool:
        """A one-word person name that is the first word of a longer name the document gave before
        marks as a man or a woman (a courtesy title, a given name, a "he" or "she"; rule
        ``given-name-of-person``): not "Sky" of "market leader Sky Plus", two names the tagger may
        both have called people."""
        if e.type != "PERSON" or " " in e.name or "given-name-of-person" in disabled():
            return False
        # the longer person names seen so far, by their first word: indexed once each as the
        # mentions come (a scan of every mention per call was quadratic on a long run of names)
        for s in itertools.islice(self._seen, self._first_words_indexed, None):
            if s.entity is not None and s.entity.type == "PERSON" and len(words := s.entity.name.split()) > 1:
                self._by_first_word[words[0]][(s.entity.id, s.entity.name)] = s.entity
        self._first_words_indexed = len(self._seen)
        return any(given_name_of(e.name, fuller.name) and bool(self._gender(fuller))
                   for fuller in self._by_first_word.get(e.name, {}).values())

    def _tagger_only(self, e: Entity) -> bool:
        """A name only the tagger calls a person (rule ``marked-person-over-tagged``): typed a
        person, a single word however written ("Kestrel", "the Scot"; a given name and a surname
        mark a person even when the given name is not one we know) and not a given name ("David"
        is a person named by his first name), with no mark of one in the document, and never the
        subject of a verb of saying."""
        return (e.type == "PERSON" and not self.is_person(e) and e.name.lower() not in given_names()
                and all(len([w for w in name.split() if w.lower() != "the"]) == 1 for name in (e.name, *e.aliases))
                and not any(s.entity is not None and s.entity.id == e.id and _speaks(s.token) for s in self._seen))

    def _mistyped_person(self, e: Entity) -> bool:
        """A name typed a firm or nothing that the document never calls a kind of organisation."""
        return (e.type in ("ORG", "OTHER") and not self._gender(e) and not self._kinds[e.id] & (ORG_KINDS - PERSON_KINDS)
                and not designated(e.name))

    def _fits(self, e: Entity, want: str) -> bool:
        if want == "org":
            return self._organisation(e) or (e.type == "GPE" and not self._gender(e))
        gender = self._gender(e)
        if not gender and (e.type != "PERSON" or self._organisation(e)) and not self._performer(e):
            return False
        if not gender and (work_no_person(self._kinds[e.id]) or (e.id in self._things and not self._kinds[e.id] & PERSON_KINDS)):
            return False  # a film, or a name "which" was said of, is no "he" or "she"
        if not gender and not self._kinds[e.id] & PERSON_KINDS and (
                e.id in self._collective or country_named_person(e.name)):
            return False  # "Nordvik have signed Tom Reed", "to face Norway": a side, a country
        return want == "person" or not gender or gender == {want}

    def _gloss(self, seen: _Seen) -> bool:
        """A name in brackets after a name, neither of them a person (rule ``bracketed-gloss``)."""
        if seen.entity is None or seen.entity.type == "PERSON" or (glossed := bracketed_gloss(seen.token)) is None:
            return False
        before = self._mention_at(glossed)
        return before is not None and before.entity is not None and before.entity.type != "PERSON"

    def _window(self, tok: Token, sentence: int, window: int) -> list[_Seen]:
        return [s for s in self._seen if 0 <= sentence - s.sentence <= window
                and (s.sentence < sentence or s.token.i < tok.i or s.token.doc is not tok.doc)]

    def _choose(self, tok: Token, sentence: int, window: int, fits: Callable[[Entity], bool],
                blocked_by: str, *, earlier_subjects: bool = False, subjects_only: bool = False,
                skip: Callable[[_Seen], bool] | None = None, glosses: bool = False) -> Entity | None:
        ranked: list[tuple[tuple[int, int], Entity | None]] = []
        linked: set[str] = set()
        topics: list[tuple[int, int]] = []
        placed: list[tuple[int, int]] = []  # ranks of places rule located-place let pass
        for seen in self._window(tok, sentence, window):
            rank = (sentence - seen.sentence, seen.position)
            if skip is not None and skip(seen):
                continue  # a quotation's speaker is no one named in it, and no one it names
            if seen.blocks == "topic":
                if blocked_by == "person":
                    topics.append(rank)  # an unresolved "he" (:meth:`unresolved`)
                continue
            if seen.entity is None:
                if seen.blocks == blocked_by:
                    ranked.append((rank, None))  # a common noun subject that could be meant
                continue
            if earlier_subjects and (seen.sentence == sentence or seen.position != 0):
                continue  # "they" for a team or a firm: only the subject of an earlier sentence
            # No co-argument guard ("Jon Dahl thanked him" is not Dahl): the one written with
            # ``is`` between tokens never fired (spaCy makes a new Token on every access), and made
            # to fire (with reflexives and "be" exempt) it changed 13 bbc-news facts of which 10
            # read right, under the 0.85 a resolver change must reach; kept out until the chain
            # ("him" = Frisk, then "he" after it) is settled too
            if _inside(seen.token, tok) or in_fronted_phrase(seen.token, tok) or (glosses and self._gloss(seen)):
                continue
            if subjects_only and seen.position == 2:
                continue  # "it" for a firm: the subject of a clause ("Nordvik said it would")
            if fits(seen.entity):
                ranked.append((rank, seen.entity))
                if seen.link:
                    linked.add(seen.entity.id)
            elif glosses and blocked_by == "it" and seen.token.dep_ != "compound" and located_place(seen):
                placed.append(rank)  # "a refinery in Bergen": a place, no firm the tagger mistyped
            elif seen.token.dep_ != "compound" and (
                    (blocked_by == "it" and ((self._unknown(seen.entity) and not self._given_name_of(seen.entity))
                                             or seen.entity.type in ("GPE", "LOC", "NORP")))
                    or (blocked_by == "person" and self._unknown(seen.entity) and seen.entity.type == "OTHER"
                        and seen.position < 2)):
                # a name the tagger may have mistyped could be meant: a firm typed as a person or a
                # place ("France's Ubisoft"), an untyped name as the subject ("But Edu was critical
                # ... he said"); not a word that modifies a name ("Actress" of "Actress Hilda Banks")
                ranked.append((rank, None))
        if not ranked:
            return None
        best = min(rank for rank, _ in ranked)
        tied = [e for rank, e in ranked if rank == best]
        if any(e is None for e in tied):
            return None
        if topics and min(topics) <= best and not all(e is not None and self._gender(e) for e in tied):
            return None  # the unresolved "he" nearer than a name nothing marks as a man or a woman
        named = {e.id: e for e in tied if e is not None}
        # "Jamelia" and "Jamelia Davis" side by side are one person, not a tie: the fuller name
        fullest = max(named.values(), key=lambda e: len(e.name.split()))
        if all(set(e.name.split()) <= set(fullest.name.split()) for e in named.values()):
            return fullest
        if best in placed and place_tie():
            return None  # a place let pass frees one firm beside it, not a tie a chain would break
        # a chain goes on: of two names in the same place, the one a pronoun there already
        # stood for ("Her song Bout featuring Rah Digga ... her next single")
        chained = [named[i] for i in named if i in linked]
        return chained[0] if len(chained) == 1 else None


# The kinds of creative work a name can be said to be ("The film, Night Train, ..."): the work kinds
# of :mod:`kg.resolve.workdescriptions` but those that also name a person's field before a name
# ("drama teacher", "comedy star", "game designer") or a thing of any kind ("single", "track").
WORK_KINDS = frozenset(DESCRIBED_KIND) - {"comedy", "drama", "game", "play", "show", "single", "track",
                                         "thriller", "opera", "ballet", "soap", "series"}


# Verb forms that agree with a plural subject whatever their tag ("were" of "Nordvik were beaten").
_PLURAL_FORMS = frozenset({"are", "were", "have", "do", "'re", "'ve"})


@register("plural-agreement-name")
def plural_agreement(tok: Token) -> bool:
    """"Nordvik have signed midfielder Tom Reed ... the 34-year-old told the club's website": a
    one-word singular name that is the subject of a verb in the plural ("have", "are", "were", a
    plural present) names a side, a band or a firm, not a person, however the tagger typed it;
    :meth:`References._fits` then leaves it out of the people a person description ("the
    34-year-old", "the player") or a "he" or "she" may stand for.

    Linguistic reason: British English gives a collective noun plural agreement ("Nordvik have",
    "Vexa are"), a singular person never takes it; a name that does is a group, so it cannot be
    the one person an epithet re-describes, and a side named beside the player no longer ties
    with him. Only a single word is read (a list, "Reed and Dahl have", is plural by its
    conjunction; a name with a conjunct or a name of more words is left alone), and not a name
    the text marks as a person (a given name, "he", a title: :meth:`References._fits`)."""
    if tok.dep_ != "nsubj" or tok.tag_ != "NNP" or "plural-agreement-name" in disabled():
        return False
    ent = entity_at(tok)
    if ent is None or len(ent) != 1 or any(c.dep_ in ("conj", "cc") for c in tok.children):
        return False
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i)]
    finite = min(forms, key=lambda t: t.i)  # the first auxiliary agrees ("have been beaten")
    return finite.tag_ == "VBP" or finite.lower_ in _PLURAL_FORMS


@register("unnamed-person-object")
def unnamed_person_object(tok: Token) -> bool:
    """"Nordvik want 6m pounds for the midfielder, but chief executive Tom Reed says talks go on.
    The 26-year-old has handed in a transfer request": a definite person noun that is no subject
    ("the midfielder", "the player"; a singular with "the") and that no name resolved is someone
    the text talks of without naming in the sentence; an epithet after it (an age, an
    occupation, a nationality) may re-describe that person, so it stays unresolved rather than
    take the one name of the window (:meth:`References.description`).

    Linguistic reason: an epithet re-describes the person the text is about, and a definite
    person noun shows the text is about someone it did not name just there (named further back,
    or not at all); the name that happens to be the only one in the window is then no safer
    antecedent than that person. A subject person noun blocks already (:meth:`References.common`);
    an object is as much a person the reader has in mind."""
    if tok.tag_ != "NN" or tok.dep_ in ("compound", "appos") or "unnamed-person-object" in disabled():
        return False
    if tok.lemma_.lower() not in PERSON_KINDS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


@register("open-age")
def open_age(tok: Token) -> bool:
    """"Nordvik want 6m pounds for the midfielder, but chief executive Tom Reed says talks go on.
    The 26-year-old has handed in a transfer request as he seeks a move": an age as a subject that
    stayed unresolved ("the 26-year-old") is a person the text talks of, and competes for a "he"
    or "she" after it as a person noun subject does ("the judge said ... he"), so the "he" is
    not given a name further back.

    Linguistic reason: a pronoun continues the nearest salient person, and an age subject is one
    (an age is only said of a person); when kg could not say who the age is, the pronoun that
    follows it is most likely the same unknown person, not the name of the sentence before. Only
    an age left open by an unnamed person noun before it (``unnamed-person-object``) is read: one
    left open by a tie between names ("Henson ... the likes of Reed and Dahl. The 23-year-old is
    undaunted. \"...,\" he said") still lets the "he" take the topic's name, as before."""
    return "open-age" not in disabled() and tok.dep_ in SUBJECT_DEPS and aged(tok)


@register("country-named-person")
def country_named_person(name: str) -> bool:
    """"France have brought flanker Tom Reed back to face Norway. But the player ...": a name that
    is a country's name ("Norway", "England") is no person, whatever type the tagger gave it, for
    a person description or a "he"; a name the text marks as a person (a given name, a title,
    "he") still is (:meth:`References._fits`).

    Linguistic reason: a country's name stands for the country, its government or its national
    side; people are not called by it, so a sports report's "to face England" names no one a
    later "the player" or "the 21-year-old" could re-describe, and it must not tie with the
    player who is named beside it."""
    return "country-named-person" not in disabled() and is_country(name)


@register("lone-club")
def lone_club(name: str, type_: str) -> bool:
    """"Nordvik United reported a loss of 5m pounds. The club said it would sell two players":
    a name of a club's form (a town and a club's designator: "Nordvik United", "Bergen City FC")
    is what "the club", "the side" or "the team" stands for when the window names no other
    club, place or organisation; only people beside it.

    Linguistic reason: a definite description takes up the one referent of its kind the reader
    has in mind. A club's designator ("United", "FC", "Rovers") says the name is a sports club
    as plainly as "the club Nordvik" would, so the name is of the description's kind; when it is
    the only one in the last sentences, and no other team a place name could stand for
    ("Bergen") is there, it is the one meant. Two clubs, or a club and a town, stay open.
    """
    return type_ == "ORG" and is_club_name(name.split())


# Determiners that bring in an organisation the text has not named ("a rival firm", "another group").
_NEW_REFERENT = frozenset({"a", "an", "another", "one"})


@register("sole-organisation")
def sole_organisation(tok: Token) -> bool:
    """"Nordbank cut 300 jobs. Oslo's second biggest lender lost money. The firm said it would
    close a plant": a bare generic description ("the firm", "the company", "the group") that the
    last sentences leave open stands for the one organisation the document has named so far,
    unless the text before it brings in an organisation it does not name ("a rival firm",
    "another company"). ``tok`` is the description; True when no such unnamed one comes before
    it in its document.

    Linguistic reason: a definite description presupposes a referent the reader can pick out
    uniquely from the discourse; a generic head ("firm", "company") says only that the referent
    is an organisation, so it is unique when the discourse has exactly one organisation in it.
    A subject noun between them ("the second biggest lender", "the loss") may stop the window's
    ranking, but with one firm in the whole text no other is there to be meant. An indefinite
    "a firm" brings in a second, unnamed one, which the description may as well take up.
    """
    for t in tok.doc[: tok.i]:
        lemma = t.lemma_.lower()
        if t.pos_ == "NOUN" and (lemma in GENERIC_ORG or lemma in ORG_KINDS) and (
                any(c.lower_ in _NEW_REFERENT for c in t.children if c.dep_ == "det")):
            return False
    return True


def thing_named_by(name: Token) -> bool:
    """A name that modifies a subject noun of no organisation's kind ("the MyDoom virus started"),
    and of no person's kind either (:func:`firm_of_person_noun`: "a Vexa spokesman")."""
    root = name_root(name)
    head = root.head
    return (root.dep_ == "compound" and head.pos_ == "NOUN" and head.dep_ in SUBJECT_DEPS
            and head.lemma_.lower() not in ORG_KINDS and not firm_of_person_noun(head))


@register("firm-of-person-noun")
def firm_of_person_noun(head: Token) -> bool:
    """"A Vexa Holdings spokesman said this was slow. The organisation is aiming to start an
    upgrade": a name that modifies a person noun ("spokesman", "chief", "official", "boss") stays
    a candidate for the organisation's description after it, unlike a name that modifies a thing
    ("the MyDoom virus started"), which ``noun-of-no-kind`` skips. ``head`` is the noun the name
    modifies.

    Linguistic reason: a name in front of a person noun says whom the person speaks for or works
    at ("an IAEA spokesman" speaks for the IAEA, "a Nordbank official" works there); the report
    such a person gives is the organisation's, which the text then goes on with as "the
    organisation" or "the group". A thing a name modifies ("the Vexa virus") is no such voice.
    """
    return head.lemma_.lower() in PERSON_KINDS and "firm-of-person-noun" not in disabled()


def ranked_anew(tok: Token) -> bool:
    """A description with a superlative or an ordinal ("the best group", "the biggest firm", "the
    first company") picks its referent out by itself, among all of the kind: it takes up no name;
    after a copula it says what the subject is ("It is the largest phone firm in Norway")."""
    return tok.dep_ != "attr" and any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in tok.lefts)


# Endings of agent nouns an organisation can be as well as a person ("the buyer", "the bidder",
# "the applicant", "the incumbent"): a subject so named may be the firm a description means.
_AGENT_ENDINGS = ("er", "or", "ant", "ent")


@register("noun-of-no-kind")
def kindless_noun(seen: _Seen) -> bool:
    """"The loss at Vexa Holdings was bigger than expected. The group said it would cut 300
    jobs": a common noun subject that names no kind of organisation ("the loss", "the sale",
    "the rise") is no candidate for an organisation's description, so it does not stand
    between "the group" and the firm named before, as it does for "it" ("The sale ... it").

    Linguistic reason: a definite description refers by its head noun: "the group" can only
    take up a referent that is a group, while "it" takes up any salient thing. An event or an
    amount ("the loss", "the jump in prices") is no organisation, so it cannot be what the
    description means and gives no reason to leave it open. A noun that could be an
    organisation ("the bank", "the buyer", "the board") still competes.
    """
    if seen.entity is not None:
        # "when the MyDoom virus started circulating": the subject is the virus, not a firm
        return thing_named_by(seen.token)
    if seen.blocks != "it":
        return False
    lemma = seen.token.lemma_.lower()
    could_be_one = lemma in ORG_KINDS or lemma in PERSON_KINDS or lemma.endswith(_AGENT_ENDINGS)
    return seen.token.pos_ == "NOUN" and not could_be_one


@register("neutral-kind-said")
def neutral_kind_said(said: set[str]) -> bool:
    """"Soul star Vexo is leading the field. The singer, whose album ...": an epithet anyone of
    renown is given ("star", "veteran", "youngster"), said of a name, rules out no occupation a
    description after it names, as it does not when the description is the epithet ("Singer Tom
    Reed ... The star"). ``said`` are the person nouns the document has said the name is; True
    when some of them are such epithets, which the other-kind check then leaves out.

    Linguistic reason: "star" says that someone is famous, not what they do; a star may be a
    singer, an actor or a sprinter, so "the singer" after "soul star Vexo" is no other kind of
    person than the one named, and the one person of the sentence before is meant. An occupation
    said of the name ("lawyer Tom Reed") still rules out "the rapper"."""
    return "neutral-kind-said" not in disabled() and bool(said & KIND_NEUTRAL)


@register("work-no-person")
def work_no_person(kinds: set[str]) -> bool:
    """"Singer Tom Reed is to retire. The film, Winter Road, tells his life story. The 41-year-old
    singer told reporters ...": a name the document has called a creative work (a film, a movie,
    a documentary, an album, a song, a book, a musical), and nothing a person is, is no candidate
    for "he", "she" or a description of a person, whatever type the tagger gave it. ``kinds``
    are the nouns the document has said the name is.

    Linguistic reason: the noun a name is given in apposition or before it says what kind of
    thing the name is; a film or an album is a thing, which English calls "it", never "he" or
    "the 41-year-old". The tagger often types a work's title a person ("A Different Story"), and
    such a title, the subject of the sentence, then took the singer's "he" and "the 41-year-old"
    from the person the sentence was about. A name also said to be a person ("star", "director")
    or given a gender is not affected.
    """
    if "work-no-person" in disabled():
        return False
    return bool(kinds & WORK_KINDS) and not kinds & PERSON_KINDS


@register("work-it")
def work_it(kinds: set[str]) -> bool:
    """"Night Train, the new film from Tom Reed, opened in Bergen on Friday. It took $4m in its
    first weekend": a name the document has called a creative work (a film, a sequel, a musical,
    a show, an album, a book), and nothing a person is, is a thing an "it" or "its" may stand for,
    as an organisation, a country or a product is; it then competes in the ranking as they do
    (the subject of the sentence before first, a tie left unresolved). ``kinds`` are the nouns
    the document has said the name is.

    Linguistic reason: English calls a thing "it"; the noun a name is given ("the film Night
    Train", "Night Train, the new film") says the name is a thing, whatever type the tagger gave
    it. An arts report names its work once and then goes on with "it" ("It took $4m", "It is up
    for best musical"), which stayed unresolved because only organisations, countries and
    products were "it". A name also said to be a person, or given a gender, is not one.
    """
    if "work-it" in disabled():
        return False
    return bool(kinds.intersection(DESCRIBED_KIND)) and not kinds & PERSON_KINDS


# Nouns of a part an actor plays, and verbs that give an actor a part ("starred as Jon Dahl").
_PART_NOUNS = frozenset({"role", "part", "character"})
_CAST_VERBS = frozenset({"star", "cast", "appear", "play", "portray", "return"})


@register("played-character")
def played_character(tok: Token) -> bool:
    """"Tom Reed, whose latest role was Jon Dahl in Bergen Nights, ... He has two children": the
    name of a part played ("the role of Jon Dahl", "his role as Jon Dahl", "starred as Jon Dahl",
    "portrayed Jon Dahl") is no candidate for a later "he" or "she": the pronoun is the actor's.

    Linguistic reason: a character's name after a noun of a part ("role", "part", "character"),
    as the complement of such a noun ("whose role was X"), or after "as" with a verb of acting
    ("starred as X") names a fiction the sentence says someone played; news goes on about the
    performer, and a pronoun after it means a person of the report, not the part. A name the text
    later uses as a subject of its own is a candidate again from there on.
    """
    if "played-character" in disabled():
        return False
    root = name_root(tok)
    head = root.head
    if root.dep_ == "attr":  # "whose latest role was Jon Dahl"
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _PART_NOUNS for c in head.children)
    if root.dep_ == "dobj":  # "portrayed Jon Dahl" ("played Jon Dahl" may be a match: left alone)
        return head.lemma_.lower() == "portray"
    if root.dep_ != "pobj" or head.lower_ not in ("of", "as"):
        return False
    owner = head.head  # "the role of Jon Dahl", "his role as Jon Dahl", "starred as Jon Dahl"
    return (owner.lemma_.lower() in _PART_NOUNS if owner.pos_ == "NOUN"
            else owner.pos_ == "VERB" and head.lower_ == "as" and owner.lemma_.lower() in _CAST_VERBS)


@register("thing-clause")
def thing_clause(tok: Token) -> bool:
    """"Other winners included Night Raid, which took the main prize", "The Harbour Game,
    starring Tom Reed and Ann Holm, is up for best musical": a name with a relative clause that
    "which" opens, or a participle "starring" with an object after it, is a thing (a film, a game, a show), not a
    person, whatever type the tagger gave it: a candidate for "it" and "its" as a work is
    (``work-it``), and none for "he", "she" or a description of a person. A name the document
    gives a gender or a person's noun is not affected.

    Linguistic reason: English chooses the relative pronoun by its antecedent: "who" for a
    person, "which" for a thing; and only a work (a film, a play, a show) "stars" someone. The
    tagger often types a work's title a person ("Night Raid"), and "it" after it then stayed
    unresolved, or a "he" after it could take the title."""
    if "thing-clause" in disabled():
        return False
    root = name_root(tok)
    if root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN"):
        return False  # "an offer from Tom Reed, which was rejected": the clause may be the offer's
    for child in root.children:
        if child.dep_ == "relcl" and any(c.lower_ == "which" and c.dep_ in ("nsubj", "nsubjpass", "dobj")
                                         for c in child.children) and not sentential_which(child):
            return True  # (not "hired Lindqvist, which angered Vexa": the hiring angered Vexa)
        if child.dep_ == "acl" and child.lower_ == "starring" and any(c.dep_ == "dobj" for c in child.children):
            return True  # (not "Lindqvist, starring in Night Raid": a person stars in a work)
    return False


@register("quoted-it")
def quoted_it(tok: Token) -> bool:
    """'Vexa Holdings launched the Z1 on Monday. "It is all about style," said Tom Reed, who
    designed it': whether an "it" or "its" inside a quotation takes its antecedent only from the
    words of a quotation (:func:`_narrated_before`): a name the narrator wrote outside any
    quotation in an earlier sentence is not what the speaker's "it" stands for.

    Linguistic reason: a speaker's "it" points into the speaker's own discourse: the thing they
    are talking about (a product, a film, the match), the situation ("it's been two great
    weeks", "that's the way it is") or something they named themself; the firm or the country
    the narrator named before the quotation is one the speaker would name or call "we" or
    "they". In news quotations such an "it" is mostly a thing left unnamed, or no thing at all,
    and read as the last firm the narrator named it gave wrong facts ("It has gaming at its
    core," said Tom Reed of Nordbank's console: not Nordbank). A name inside a quotation, and
    a name in the "it"'s own sentence, still count.
    """
    return "quoted-it" not in disabled() and in_quotation(tok)


def _narrated_before(sentence: int, seen: _Seen) -> bool:
    """A mention outside any quotation in a sentence before ``sentence`` (rule ``quoted-it``)."""
    return seen.sentence < sentence and not in_quotation(seen.token)


@register("bracketed-gloss")
def bracketed_gloss(tok: Token) -> Token | None:
    """"Anil Ambani stepped down as director of Vexa Petrochemicals Corporation (VPC). The company
    was not available for comment": a name in brackets right after a name ("(VPC)", "(The Bergen
    Trading Cooperative)") is a gloss of the name before it, not a second candidate; a reference
    after it stands for the name before the bracket, which it no longer ties with.

    Linguistic reason: a parenthesis right after a name adds another way of naming the same
    thing (its initials, its full name, a ticker, where it is): the writer introduces no new
    referent there, so a later "the company" cannot mean the bracket's name as distinct from
    the name it glosses. Kept to descriptions, whose head noun says what kind of thing is meant:
    an "it" after such a name is as often the thing the sentence talks of ("the help it gives",
    "it would protect": the government, the scheme), and the tie kept it unresolved. Returns the last token of the glossed name (None: no
    gloss); :class:`References` keeps it to two names neither of which is a person (a player's
    club or country in brackets, "Tom Reed (Nordvik)", is another thing).
    """
    if tok.i < 2 or "bracketed-gloss" in disabled():
        return None
    doc = tok.doc
    ent = entity_at(tok)
    if ent is None and tok.pos_ != "PROPN":
        return None
    start, end = (ent.start, ent.end) if ent is not None else (tok.i, tok.i + 1)  # "(VPC)" the tagger left out
    while start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    if start < 2 or doc[start - 1].text != "(" or end >= len(doc) or doc[end].text != ")":
        return None
    before = doc[start - 2]
    return before if before.ent_iob_ != "O" else None


# Person nouns that say no title or occupation: "the man", "the star" may be the singer named before.
_UNTITLED = frozenset({"man", "woman", "boy", "girl", "person", "lady", "gentleman", "child", "kid"})


@register("given-name-of-person")
def given_name_of(name: str, fuller: str) -> bool:
    """"Tom Reed has stepped down as chairman of Vexa Holdings. Tom, 45, ran Vexa Petrochemicals. The
    company ...": a one-word name the tagger typed a person that is the first word of a longer
    person's name of the document ("Tom" of "Tom Reed") is that person called by his given name,
    not a firm the tagger may have mistyped; it does not compete for "the company" or "it".

    Linguistic reason: news that has named "Tom Reed" calls him "Tom" to tell him from a relative
    of the same surname ("Tom and his brother Jon"): the bare given name repeats the first word of
    a full name just read, which a firm's name (one word, of no person's name) does not. A name
    the document says nothing else of competes for "it" because it may be a firm; this one says
    which person it is.
    """
    words = fuller.split()
    return len(words) > 1 and words[0] == name


@register("other-title-noun")
def other_title_noun(head: str, seen: _Seen) -> bool:
    """'Singer Ian Brown was attacked on stage ... Label spokesman Tom Reed said ... The singer
    has cancelled': a definite common-noun subject of another title or occupation ("the
    spokesman", "the judge") does not stand between a description of a person ("the singer") and
    the name the text called by the description's own noun; the kind tells them apart.

    Linguistic reason: a definite description's head noun says what its referent is; "the
    singer" cannot pick up "the spokesman", so the spokesman is no competing antecedent, while
    the one the text introduced as a singer is the referent the noun names. An untitled noun
    ("the man", "the woman") or an epithet said of anyone ("the star", "the veteran") may be
    the same person and still blocks, as does a noun of the same kind ("the boss" for "the
    manager").
    """
    if "other-title-noun" in disabled() or seen.entity is not None or seen.blocks != "person":
        return False
    noun = seen.token.lemma_.lower()
    if noun in _UNTITLED or noun in KIND_NEUTRAL or head in KIND_NEUTRAL or head in _UNTITLED:
        return False
    return noun in PERSON_KINDS and not same_kind(head, noun)


@register("name-over-oblique-noun")
def name_over_oblique_noun(concept: int, named: int) -> bool:
    """"Last week, rival Nordbank reported a record profit for a listed company. Vexa Holdings added
    that it would raise its dividend. The company is earning $1m an hour": a generic description of
    an organisation ("the company", "the firm", "the group") whose head repeats an earlier common
    noun ("a listed company") stands for the organisation the text named after that noun, not
    for the noun, when the noun is no subject (an object, a noun in a prepositional phrase).
    ``concept`` is the sentence of the earlier noun, ``named`` of the last mention of the
    organisation (which :meth:`References.description` chose by the window's ranking: a tie
    stays unresolved).

    Linguistic reason: a definite description picks up the most salient referent of its kind the
    reader has; a name mentioned since is both more recent and the topic the text goes on about,
    while a common noun in an oblique position ("a record for a listed company") is often no
    referent at all but a class (a generic or a predicate). Kept to the generic nouns: a specific
    one ("the bank", "the airline") is more often the noun it repeats, and to the bare noun: "the
    new company", "the company behind the deal" may be another than the one named.
    """
    return "name-over-oblique-noun" not in disabled() and named > concept


# Words before a person's name that make it the name of a kind of person ("the next Tom Reed").
_AS_KIND = frozenset({"next", "new", "another", "future"})


@register("name-as-kind")
def name_as_kind(tok: Token) -> bool:
    """"Jon Dahl is to help the association find the next Tom Reed. The American spent three days
    at its camp": a person's name after "the next", "a new", "another" or "a future" stands for a
    kind of person (one like Tom Reed), not for Tom Reed, and is no candidate for a later "he",
    "she" or description.

    Linguistic reason: a proper name takes no determiner or modifier when it refers to its
    bearer; with "the next", "a new" or "another" it is used as a common noun ("someone with the
    qualities of Tom Reed") and introduces no referent the discourse can pick up. Kept to names
    typed as people: "the new Vexa Holdings" is still the firm, renamed or rebuilt. The word
    stands right before the name: with a title between ("the new President Tom Reed", "the future
    Queen Anna Berg") it modifies the title, and the name in apposition to it refers.
    """
    if "name-as-kind" in disabled():
        return False
    root = name_root(tok)
    words = {c.lower_ for c in root.children if c.dep_ in ("det", "amod") and c.i < tok.i}
    if not (words & _AS_KIND and (words & {"the", "a", "an"} or "another" in words)):
        return False
    first = tok.i
    while first > 0 and tok.doc[first].ent_iob_ == "I":
        first -= 1  # (the name's first word)
    return first > 0 and tok.doc[first - 1].lower_ in _AS_KIND


# Prepositions that say where something is or happens ("a refinery in Texas", "talks at Davos").
_LOCATIVE = frozenset({"in", "at", "near", "outside", "across", "throughout"})


@register("located-place")
def located_place(seen: _Seen) -> bool:
    """"Output at Vexa Holdings' refinery in Bergen fell. A spokesman for the group said ...": a
    name the tagger typed a place (a country, a city, a region) that the text uses as the place
    where something is, the object of a locative preposition after a noun or a verb ("a refinery
    in Bergen"), is no candidate that keeps "the group", "the company" or "the bank" from the
    organisation named beside it. Only for a description of an organisation: "it" may stand for
    a country ("Norway said it would ...").

    Linguistic reason: a noun phrase that says where ("in Bergen") refers to a place: the
    preposition's meaning types its object as a location, whatever the tagger's label, so it
    cannot be what a definite description of a kind of organisation ("the group") takes up. A
    place name elsewhere (a subject, a possessor: "France's Ubisoft") may still be a firm the
    tagger mistyped and keeps blocking. Not after a noun of holding ("a stake in Bergen",
    "shares in Oslo"), whose object is as often a firm; and a place let pass frees only the one
    firm beside it: two firms where the place stood ("an analyst at Nordbank in Oslo, for Vexa")
    stay a tie, which no chain breaks.
    """
    e, tok = seen.entity, seen.token
    if e is None or e.type not in ("GPE", "LOC") or "located-place" in disabled():
        return False
    root = name_root(tok)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _LOCATIVE or prep.head.lemma_.lower() in _HOLDING:
        return False
    return not any(c.dep_ in ("compound", "poss") for c in root.children)


@register("located-place-tie")
def place_tie() -> bool:
    """""It is a front, but not for Vexa Holdings," said Tom Reed, an analyst at Nordbank, in
    Oslo. "We do not know if this company is linked to Vexa Holdings.": when rule
    ``located-place`` lets a place pass and two firms are left where it stood, the description
    stays unresolved; an earlier "it" that stood for one of them does not break the tie.

    Linguistic reason: the place competed as a possibly mistyped firm; dropping it is safe when
    it leaves the one organisation a reader could take up, but with two left the description is
    as ambiguous as it was, and a pronoun chain (the topic of sentences before) is weaker
    evidence than the place's block the text gave before.
    """
    return "located-place-tie" not in disabled()


# Nouns whose "in" names what is held or dealt in, as often a firm as a place ("a stake in Bergen").
_HOLDING = frozenset({"stake", "share", "interest", "investment", "holding", "shareholding", "deal",
                     "merger", "bid", "role", "part"})


def _name_follows(tok: Token) -> bool:
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and (after.pos_ == "PROPN" or after.ent_iob_ != "O")


@register("quoted-third-person")
def quotation_speaker(tok: Token) -> Token | None:
    """'"Sales are up," said Tom Reed. "He has done well, has Jon Dahl."': who says the quotation
    a "he" or "she" is in, which the pronoun cannot stand for: the speaker its sentence names
    (:func:`kg.resolve.quotations.quote_speaker`), else, in a quotation that runs on over
    sentences, the speaker the sentences around it named
    (:func:`kg.resolve.quotations.speaker_of_quotation`).

    Linguistic reason: a speaker calls themself "I"; "he" or "she" in their own words is someone
    else, in every sentence of the quotation, not only in the one that names the speaker (for a
    speaker named by a "he" in another sentence: whom that "he" stood for). Conversely, the "he"
    who says a quotation is none of the people it names or calls "he", in its earlier sentences
    too (:func:`_quoted_up_to`).
    """
    if "quoted-third-person" in disabled():
        return quote_speaker(tok)
    return speaker_of_quotation(tok)


@register("relative-clause-host")
def relative_clause(tok: Token) -> Token | None:
    """'Nordbank is fighting an offer from Vexa Holdings, which the firm raised last week': the
    relative clause ``tok`` (a definite description of an organisation) is in, whose host noun
    phrase names an organisation: the description then stays unresolved unless it is that one
    (:meth:`References._hosts`).

    Linguistic reason: a relative clause says something of the noun phrase it hangs on, and a
    description inside it most naturally picks up a name of that very phrase ("an offer from
    Vexa, which the firm raised": Vexa made and raised the offer), not the sentence's subject the
    ranking prefers (Nordbank). When the host phrase names another organisation than the one
    the ranking chose, the evidence is split, and the reference stays unresolved.
    """
    if "relative-clause-host" in disabled():
        return None
    t = tok
    while t.head.i != t.i and t.dep_ != "relcl":
        t = t.head
    return t if t.dep_ == "relcl" else None


# Verbs that tell a person something in a clause: "Tom Reed warned Jon Dahl (that) he ...".
_TELLING = frozenset({"tell", "warn", "remind", "assure", "reassure", "inform", "promise", "advise",
                      "convince", "persuade", "notify", "caution"})


@register("told-person-ambiguous")
def told_person(tok: Token) -> Token | None:
    """'Tom Reed warned Jon Dahl he may have to quit Nordbank': the person a verb of telling
    addresses (its object, before the clause) when ``tok`` is the subject of the clause it tells;
    a "he" or "she" there whom that person could be (:meth:`References._could_be_told`: a
    fitting name, or "him"/"her" of the pronoun's gender) stays unresolved.

    Linguistic reason: with "X told/warned/promised/assured Y (that) he ...", the clause's "he"
    is the teller as often as the one told: "warned Jon Dahl he may have to quit" and "told
    her she had no future" are about the one addressed, "promised him he wants to stay" about
    the one who promises; only the situation says which. The ranking's preference for the main
    clause's subject is no evidence here, so the reference stays unresolved (a wrong "he" makes
    a fact about the wrong person). A person of the other gender ("told Anna Berg he would
    stay"), or an addressee that is no person ("told the BBC he"), leaves the teller.
    """
    if "told-person-ambiguous" in disabled() or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in _TELLING:
        return None
    return next((c for c in clause.head.children if c.dep_ in ("dobj", "dative") and c.i < clause.i), None)


@register("speaker-carried-on")
def carried_speaker(refs: References, tok: Token, sentence: int, want: str,
                    skip: Callable[[_Seen], bool] | None) -> Entity | None:
    """'Tom Reed, Nordbank's chief economist, said rates would rise. [Two sentences of background.]
    "The harbour plan should be seen as a warning," he said.': the "he" or "she" that says a
    quotation (the subject of a verb of saying outside it), left unresolved by the window of
    :meth:`References.pronoun`, is the last person of that gender the text named as a speaker (the
    subject of a verb of saying, or a "he" already resolved as one) in the ``SPEAKER_WINDOW``
    sentences before it, when no other person who could be meant is mentioned after that speaker
    (a name that fits, a definite person noun or an unresolved "he" as subject, an untyped name as
    subject); a name inside the quotation is never its speaker.

    Linguistic reason: news quotes a source by name once and then goes on with "he said" after
    each quotation, with its own paraphrase and background in between; a new source is always
    named, so a bare "he said" continues the last source quoted, however many sentences of
    narration lie between, provided no one else who could be "he" has come up since.
    """
    if "speaker-carried-on" in disabled():
        return None
    carried: Entity | None = None
    for seen in reversed(refs._seen):
        if sentence - seen.sentence > SPEAKER_WINDOW:
            break
        if seen.sentence == sentence and seen.token.doc is tok.doc and seen.token.i >= tok.i:
            continue  # (after the pronoun)
        if skip is not None and skip(seen):
            continue  # named inside the quotation: not its speaker, and not someone else it could be
        if seen.entity is None:
            if seen.blocks in ("person", "topic"):
                return None  # "the judge said", or an unresolved "he": another person
            continue
        if refs._fits(seen.entity, want):
            if carried is not None and carried.id != seen.entity.id:
                return None
            if _speaks(seen.token):
                return seen.entity
            carried = seen.entity  # (the speaker's name said again: look on for where they spoke)
        elif refs._unknown(seen.entity) and seen.entity.type == "OTHER" and seen.position < 2:
            return None  # an untyped name as subject may be the person meant
    return None


@register("marked-person-over-tagged")
def marked_over_tagged(refs: References, tok: Token, sentence: int, found: Entity,
                       fits: Callable[[Entity], bool],
                       skip: Callable[[_Seen], bool] | None) -> Callable[[_Seen], bool] | None:
    """'Nordbank showed its new phone, codenamed Kestrel, to developers on Monday. Mr Dahl, head
    of the phone unit, led the show. Kestrel runs on a new chip. He said the phone would reach
    shops in May.': a "he" or "she" that the ranking gave to a name the tagger typed a person but
    the document never marks as one (:meth:`References._tagger_only`: one word, no courtesy
    title, no title or occupation said of it, no "he" or "she" said of it before, never the
    subject of a verb of saying) goes instead to a name in the window the document marks as a
    person of that gender (a title, a given name, a gendered noun), when there is one; a
    reflexive, and a pronoun whose own sentence has the unmarked name as a subject ("Fraser won
    when she ..."), are left to the ranking. Returns what the ranking must then skip (the
    unmarked names, besides ``skip``), or None when the rule does not apply; when what is left
    ties or a common noun ranks first, the pronoun stays unresolved.

    Linguistic reason: "he" and "she" stand for a person, and a reader takes them for the one the
    text has shown to be a person over a bare name that may be a product, a codename, a club or
    a place ("Kestrel", "Xenon", "Norwich", "Devon"): the tagger's guess that a word is a
    person's name is weaker evidence than a title, a given name or a gendered noun. A name that
    has spoken ("Evans said") is a person.
    """
    if "marked-person-over-tagged" in disabled() or not refs._tagger_only(found):
        return None
    if any(s.entity is not None and s.entity.id == found.id and s.sentence == sentence and s.position < 2
           for s in refs._window(tok, sentence, 0)):
        return None  # "Fraser won when she ...": a subject of the pronoun's own sentence binds it
    if not any(seen.entity is not None and seen.entity.id != found.id and not (skip is not None and skip(seen))
               and fits(seen.entity) and refs._gender(seen.entity) for seen in refs._window(tok, sentence, WINDOW)):
        return None  # no one the text marks as a person of that gender is there to take it

    def unmarked(seen: _Seen) -> bool:
        return ((skip is not None and skip(seen))
                or (seen.entity is not None and refs._tagger_only(seen.entity)))
    return unmarked


@register("kind-noun-before-name")
def kind_noun_before_name(tok: Token) -> bool:
    """'The drama Night Train took $4m in its first weekend. It also won two awards': a common noun
    subject the parse made a second subject of its verb beside the name right after it ("The
    drama" and "Night Train", both subjects of "took") is the name's kind noun, one noun phrase
    with it, and no rival of the name for a later "it", "they" or "he"/"she".

    Linguistic reason: "the drama Night Train", "the comedy Sideways" is a close apposition: a kind
    noun and a name that make one noun phrase and one referent, as "the film Night Train" does;
    a clause has one subject, so two subjects side by side are that one phrase misparsed. Read as
    a common noun of its own, the kind noun tied with the name for the next sentence's "It" and
    left it unresolved. A title keeps its own "The" ("the drama The Long Night", as
    ``kind-beside-name`` reads it)."""
    if "kind-noun-before-name" in disabled() or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    if after.pos_ != "PROPN" and not (after.lower_ == "the" and after.head.pos_ == "PROPN" and after.head.i > after.i):
        return False
    # not a name that a verb of its own follows: "The report Vexa Holdings published said" (a
    # relative clause whose subject the parse made the main verb's)
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PROPN" and c.i > tok.i and c.left_edge.i == tok.i + 1
               and not (c.i + 1 < len(tok.doc) and tok.doc[c.i + 1].pos_ == "VERB" and c.i + 1 != tok.head.i)
               for c in tok.head.children)


@register("source-over-tagged")
def source_over_tagged(refs: References, tok: Token, sentence: int, want: str, found: Entity,
                       skip: Callable[[_Seen], bool] | None) -> Entity | None:
    """'Mr Dahl, the coach, said the side was ready. "We have trained hard." Nordvik won the first
    leg. Xenon scored twice. "It will be a hard game," he said.': the "he" or "she" that says a
    quotation, which the window gave to a name only the tagger calls a person
    (:meth:`References._tagger_only`: one word, no title, no given name, no "he" said of it,
    never a speaker), goes to the last source the text quoted (rule ``speaker-carried-on``, with
    such unmarked names passed over) when there is one; otherwise it keeps ``found``.

    Linguistic reason: the "he" of "he said" after a quotation is a source, and news names a new
    source before quoting them; a bare name the tagger guessed to be a person ("Xenon", "Norwich",
    "Kestrel": a club, a town, a product) that has never spoken is a weaker candidate than the
    person the text has already quoted, who is shown to be a person by speaking."""
    if "source-over-tagged" in disabled():
        return found

    def unmarked(seen: _Seen) -> bool:
        return ((skip is not None and skip(seen))
                or (seen.entity is not None and refs._tagger_only(seen.entity)))
    carried = carried_speaker(refs, tok, sentence, want, unmarked)
    return carried if carried is not None else found


@register("designated-name")
def designated(name: str) -> bool:
    """"Tom Reed has made an approach to buy Nordvik United. The US tycoon has approached the
    board": a name of more than one word that ends in a firm's or a club's designator ("United",
    "City", "Rovers", "Holdings", "Group", "plc", :data:`kg.resolve.comention.DESIGNATORS`) is an
    organisation's, never a person's the tagger mistyped, so it does not keep an epithet ("the US
    tycoon", "the Brazilian midfielder") from the one person named before it.

    Linguistic reason: the last word of an English name is its head and says what kind of thing
    it names; "Manchester United" and "Vexa Holdings" are a club and a firm, whatever type the
    tagger gave them. An epithet stays unresolved beside a name the tagger typed a firm because
    the name may be a player's ("Juninho"); a designator rules that reading out.
    """
    if "designated-name" in disabled():
        return False
    words = name.lower().split()
    return len(words) > 1 and words[-1] in DESIGNATORS


@register("article-name")
def article_name(tok: Token) -> bool:
    """"Rapper Vexo played a show at the Bergen Palladium on Friday. The US star will play two
    songs": a name the text writes after "the" ("the Bergen Palladium", "the Nordlys Academy")
    is no person's, so a name the tagger typed a firm does not keep an epithet ("the US star")
    from the one person named before it when the text wrote it so. ``tok`` is the mention.

    Linguistic reason: an English personal name takes no article; "the" before a name marks a
    place, a building, a ship, a body or a band ("the Palladium", "the Beatles"). The epithet
    guard keeps an epithet unresolved beside a name typed a firm because that name may be a
    player's ("Juninho"), a reading the article rules out.
    """
    if "article-name" in disabled():
        return False
    ent = entity_at(tok)
    if ent is not None and ent[0].lower_ == "the":
        return True
    first = ent.start if ent is not None else tok.i
    while ent is None and first > 0 and tok.doc[first - 1].pos_ == "PROPN":
        first -= 1  # a name the model did not tag: its run of proper nouns ("the River Glomma")
    return first > 0 and tok.doc[first - 1].lower_ == "the" and tok.doc[first - 1].dep_ == "det"


@register("epithet-reach")
def epithet_reach(refs: References, tok: Token, sentence: int) -> int:
    """"Nordbank rejected Tom Reed's bid in March. The bank said the offer was too low. The tycoon
    is now said to have the backing of three lenders": how far back an epithet (an age, an
    occupation, a nationality, a rank: "the tycoon", "the 34-year-old") looks for the person it
    re-describes: the sentence before (``AGE_WINDOW``), or, when that sentence and the epithet's
    own sentence before it mention no person at all (no name of a person, no person noun as
    subject, no "he" left open), back to the nearest sentence that does, up to
    ``DESCRIPTION_WINDOW``; that sentence then decides as the sentence before would.

    Linguistic reason: an epithet presupposes the person the reader has in mind, the last one the
    text was about; sentences of background that mention no one (a bank's statement, a figure)
    do not change who that is, so the person named before them is still the one meant. A
    sentence with anyone in it who could be meant stops the search, as before.
    """
    if "epithet-reach" in disabled():
        return AGE_WINDOW
    narrated = refs._narrated(tok, sentence) if quoted_no_antecedent(tok) else None
    unquoted = narrated is not None
    for back in range(AGE_WINDOW, DESCRIPTION_WINDOW + 1):
        seen = [s for s in refs._window(tok, sentence, back) if sentence - s.sentence >= back - 1
                and not _quoted_name(s, narrated)]
        if any((s.entity is not None and (refs._fits(s.entity, "person") or refs._unknown(s.entity)))
               or (s.entity is None and s.blocks in ("person", "topic")) for s in seen):
            return back
        if back == DESCRIPTION_WINDOW or (_someone_unnamed(tok, back) and not (unquoted and _all_quoted(tok, back))):
            break
    return AGE_WINDOW


@register("quoted-no-antecedent")
def quoted_no_antecedent(tok: Token) -> bool:
    """'Kari Lund won the title. "Being picked for the Worlds means I can focus," said Lund. The
    32-year-old will race in Bergen': whether the names inside a quotation are left out of the
    people an age outside it ("the 32-year-old", ``tok``) can re-describe, so that the quotation's
    speaker, named outside it, is the person just named (:func:`epithet_reach` then also looks
    past a sentence wholly inside a quotation, whose "I" is that speaker).

    Linguistic reason: an age presupposes the person the narrator has just been writing about;
    the words of a quotation are the speaker's, and a name in them (a coach thanked, an event
    the tagger calls a person) is someone the speaker talks of, not someone the narrator has
    introduced. After "said Lund" and a quotation the person the text is about is still the
    speaker, who says "I" inside it. A "he" or "she" inside the quotation is no new name: it
    points back to someone the text is about and still competes. An age inside the quotation is
    the speaker's own words and is left to the window as before.
    """
    return "quoted-no-antecedent" not in disabled() and aged(tok) and not in_quotation(tok)


# Words of the age's own clause that say whether its person is a man or a woman: a reflexive
# object ("injured herself") or the possessive of an object ("made her debut", "broke his arm").
_REFLEXIVE_GENDER = {"himself": "m", "herself": "f"}
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}


@register("age-own-gender")
def age_own_gender(tok: Token) -> str | None:
    """"Producer Tom Reed said he was proud of the show. The 33-year-old injured herself in
    Bergen": the gender ("m" or "f") the age's own clause says of its person, through a reflexive
    object of its verb or the possessive of the verb's object (directly or after a preposition),
    or None; :meth:`References.description` then leaves out a name the text marks as of the other.

    Linguistic reason: "herself" and a possessive "her" in the age's clause corefer with the
    clause's subject (a reflexive must; a possessive of the object nearly always does when the
    subject is the one person of the clause), so they say the age's person is a woman; a man
    the text has called "he", "Mr" or given a man's name cannot be meant. Only the verb's own
    objects are read, not a clause of its own inside it.
    """
    if "age-own-gender" in disabled() or tok.dep_ not in SUBJECT_DEPS or not aged(tok):
        return None
    said: set[str] = set()
    for child in tok.head.children:
        if child.dep_ in ("dobj", "pobj") and child.lower_ in _REFLEXIVE_GENDER:
            said.add(_REFLEXIVE_GENDER[child.lower_])
        objects = [child] if child.dep_ == "dobj" else [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
        for obj in objects:
            said.update(_POSSESSIVE_GENDER[c.lower_] for c in obj.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_GENDER)
    return next(iter(said)) if len(said) == 1 else None


def _quoted_name(seen: _Seen, narrated: set[str] | None) -> bool:
    """A name written inside a quotation (not a "he" or "she" there, which points back to the
    person the text is about: '"He will be fit," said the manager. The 28-year-old ...'), of
    someone the narrator has not named outside a quotation before (``narrated``: 'Tom Reed
    joined Nordvik. Jon Dahl said: "Reed is great." The 25-year-old ...' is about Reed, whom the
    speaker talks of); always False where ``narrated`` is None (rule off, or an age inside a
    quotation)."""
    return (narrated is not None and seen.entity is not None and not seen.link and in_quotation(seen.token)
            and seen.entity.id not in narrated)


def _all_quoted(tok: Token, back: int) -> bool:
    """The sentence ``back`` before the epithet's is wholly inside a quotation (its words, not
    its final punctuation or marks, all quoted) in the same document part."""
    first = tok.sent.start
    for _ in range(back):
        if first == 0:
            return False
        first = tok.doc[first - 1].sent.start
    words = [t for t in tok.doc[first].sent if not t.is_punct]
    return bool(words) and all(in_quotation(t) for t in words)


def _someone_unnamed(tok: Token, back: int) -> bool:
    """The sentence ``back`` before the epithet's may be about a person it does not name: its main
    verb has no subject ("... could not reach the mark", a name lost), or its subject is a noun of
    a person ("Olympic bronze medallist made a return", "the manager said"). Only a sentence of
    the same document part (a parse of its own) is read; one in another part was read as names."""
    first = tok.sent.start
    for _ in range(back):
        if first == 0:
            return False
        first = tok.doc[first - 1].sent.start
    root = tok.doc[first].sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if root.pos_ in ("VERB", "AUX") and not subjects:
        return True
    return any(c.pos_ == "NOUN" and (c.lemma_.lower() in PERSON_KINDS or c.lemma_.lower().endswith(("ist", "ian")))
               for c in subjects)


# Verbs that name a speaker ("continue" is one only as "he continued,": "Reed continued to play").
_NAMING = SAYING - {"continue"}


def _speaks(tok: Token) -> bool:
    """The mention is the subject of a verb of saying ("said Tom Reed", "Reed, a banker, said")."""
    root = name_root(tok)
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    return root.dep_ in SUBJECT_DEPS and root.head.lemma_ in _NAMING and root.head.pos_ == "VERB"


def _ruled_out_by_quotation(tok: Token, sentence: int, speaker: Token | None, said_by: Entity | None,
                            seen: _Seen) -> bool:
    """What a quotation rules out for a "he" or "she": inside it, its speaker (``speaker``, or
    ``said_by``, whom a "he" that said it stood for); as the subject of the verb that says it,
    anyone named inside it ('"... terrific for Leeds United," he said')."""
    if said_by is not None:
        return seen.entity is not None and seen.entity.id == said_by.id
    if speaker is not None:
        return seen.entity is not None and names_speaker(speaker, seen.entity)
    return (says_quotation(tok) and seen.token.doc is tok.doc and in_quotation(seen.token)
            and (seen.sentence == sentence or _quoted_up_to(seen.token, tok)))


def _quoted_up_to(inside: Token, speaker: Token) -> bool:
    """'"He is sorry. It went wrong," he said': a word inside the quotation that a "he" outside
    it says, in a sentence before the speaker's, the quotation running on from the word to the
    speaker's sentence (``quoted-third-person``, :func:`quotation_speaker`'s converse)."""
    if "quoted-third-person" in disabled():
        return False
    return all(in_quotation(t) for t in inside.doc[inside.i:speaker.sent.start])


def _modifies_a_noun(tok: Token) -> bool:
    """A name that only says which one a noun is ("Nordvik" of "Nordvik midfielder Tom Reed")."""
    root = name_root(tok)
    return root.dep_ == "compound" and root.head.pos_ == "NOUN"


def _office(tok: Token, head: str) -> bool:
    """A description that names an office, which the only person around may hold: a title ("the
    chairman said") or a noun with where it is held ("the head of Fjord Studios"), or an epithet
    ("the Greek sprinter"); not any person noun ("the contestant wins the prize" is no one the
    article named)."""
    return _titled(tok, head) or _epithet(tok)


def _titled(tok: Token, head: str) -> bool:
    from kg.extract.roles import role_org  # at call time: kg.extract imports this package

    return head in OFFICES or role_org(tok) is not None


def _epithet(tok: Token) -> bool:
    """"The Greek sprinter": a nationality and an occupation re-describe a person named before,
    as subject or object (:mod:`kg.extract.epithets`)."""
    from kg.extract.epithets import is_epithet  # at call time: kg.extract imports this package

    return is_epithet(tok)


# Fronted phrases whose name is the topic the clause goes on about, not a setting for it:
# "According to Tom Reed, he ...", "As for Nordvik, it ...".
_TOPIC_PHRASES = frozenset({"according to", "as for"})


@register("fronted-adjunct")
def in_fronted_phrase(candidate: Token, reference: Token) -> bool:
    """"After signing for Nordvik he made 164 appearances", "Unlike Jon Dahl, he has never won",
    "As well as burgers like the Big Mac, the company now sells salads": a name inside a
    prepositional phrase fronted before a subject reference, in its own clause, is not what the
    reference stands for; the name the text was already about is (the sentence before).

    Linguistic reason: a fronted adjunct sets the scene for the clause (a time, a contrast, an
    addition) and the name in it is new to the clause, an object of its preposition; the subject
    after it carries on the topic of the discourse, which a pronoun or a description picks up from
    before (centering: the subject continues the previous centre). "After signing for Nordvik he"
    is someone who signed for Nordvik, not Nordvik; the model's typing a club a person made it the
    nearest "he". Not a possessor ("In Tom Reed's first season, he scored": the phrase is about
    him), nor "according to" or "as for", which name the topic themselves.
    """
    if "fronted-adjunct" in disabled() or reference.dep_ not in SUBJECT_DEPS:
        return False
    if candidate.doc is not reference.doc or candidate.i > reference.i:
        return False
    root = name_root(candidate)
    if root.dep_ != "pobj" and not (root.dep_ == "conj" and root.head.dep_ == "pobj"):
        return False  # a possessor, a subject, an apposition: the phrase may be about the name
    if candidate.sent.start != reference.sent.start:  # (last: Token.sent walks the parse)
        return False
    top = root
    while top.head.i != top.i and top.head.i != reference.head.i:
        top = top.head
    return (top.head.i == reference.head.i and top.dep_ in ("prep", "advcl") and top.i < reference.i
            and top.doc[top.left_edge.i:top.left_edge.i + 2].text.lower() not in _TOPIC_PHRASES)


def _commands(candidate: Token, reference: Token) -> bool:
    """The subject of a clause the description is in is not what the description means ("Lykos
    beat the Greek sprinter" is two people); a possessor in the subject may be ("Lykos' lawyer
    defended the Greek sprinter")."""
    root = name_root(candidate)
    return root.dep_ in SUBJECT_DEPS and root.head in reference.ancestors


def _inside(candidate: Token, reference: Token) -> bool:
    """A name inside the description is not what it refers to: "the Oslo-based company" is not Oslo."""
    return candidate.doc is reference.doc and reference.left_edge.i <= candidate.i <= reference.right_edge.i


def refers(tok: Token) -> bool:
    """A pronoun that stands for something named: not an "it" that stands for a clause
    (:func:`pleonastic`) or for what a fronted clause says happens (``event-it``)."""
    return tok.lower_ in PRONOUNS and not (tok.lower_ == "it" and (pleonastic(tok) or event_it(tok) or situation_it(tok)))


def pleonastic(tok: Token) -> bool:
    """An "it" that stands for a clause to come: "it emerged that", "it is likely to", "it was
    not clear whether", "it is expected to", the cleft "it was X that". An object "it" ("made it
    clear") is left alone."""
    if tok.dep_ not in SUBJECT_DEPS:
        return tok.dep_ != "poss"
    head = tok.head
    if head.lemma_ not in _PLEONASTIC_VERBS and tok.dep_ != "nsubjpass":
        return False
    around = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr"))]
    # a cleft "it was her next single that ..." has the clause on the described noun
    return any(c.dep_ in ("ccomp", "xcomp", "csubj", "advcl", "relcl") and not adverbial_clause(c)
               and not be_to_future(head, c) for t in around for c in t.children)


@register("be-to-future")
def be_to_future(be: Token, clause: Token) -> bool:
    """"Vexa Holdings reported a loss. It is to buy Nordbank": the "it" of "is to" + an infinitive
    on "be" itself stands for the firm, not for a clause to come (no pleonastic "it").

    Linguistic reason: "be to" + an infinitive is a future of plan or arrangement ("the firm is to
    cut 500 jobs"); its subject is the doer of the infinitive, as any subject is. A pleonastic "it"
    holds the place of a clause only with a predicate of its own ("it is likely to", "it is hoped
    that") or with a passive infinitive that carries that clause ("it is to be hoped that S").
    """
    if clause.dep_ != "xcomp" or clause.head.i != be.i or be.lemma_ != "be" or clause.tag_ != "VB":
        return False
    if "be-to-future" in disabled() or any(c.dep_ in ("acomp", "attr", "prep") for c in be.children):
        return False  # "it is likely to", "it is up to Nordbank to pay": a predicate of its own
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return not any(c.dep_ in ("ccomp", "csubj") for c in clause.children)


# Conjunctions that open an adverbial clause of time, contrast or cause: such a clause tells when
# or why, and is never the subject clause an "it" stands in for ("if", "as" and "that" may be).
_ADVERBIAL_MARKS = frozenset({"while", "whilst", "when", "after", "before", "because", "although", "though",
                              "since", "until", "once", "whereas"})


@register("adverbial-clause-not-extraposed")
def adverbial_clause(clause: Token) -> bool:
    """'The comedy Sideways led the field. It was named best film while Tom Reed won best director':
    a clause on the verb of a subject "it" that a conjunction of time, contrast or cause opens
    ("while", "when", "after", "because", "although") does not make the "it" pleonastic
    (:func:`pleonastic`); the "it" then stands for a thing named before, as any subject pronoun does.

    Linguistic reason: the pleonastic "it" holds the place of a clause moved after the verb ("it is
    likely that", "it emerged that", "it is hoped to"): a subject clause, which a "that", a "whether"
    or an infinitive opens. An adverbial clause ("while Reed won", "after the match ended") is no
    subject of any verb and cannot be moved there; the "it" beside it is a referring pronoun."""
    if "adverbial-clause-not-extraposed" in disabled() or clause.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children)
