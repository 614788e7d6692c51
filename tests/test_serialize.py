"""The JSON form: round trip, the shipped schema, and errors that name the place."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims import (
    Analysis,
    Article,
    Claim,
    Cue,
    Mention,
    PluginError,
    Quantity,
    Quote,
    Source,
    TimeExpression,
)

TEXT = "Rund 40 Menschen kamen am Montag. „Das ist gut“, sagte Müller laut dem Sender."


def rich_analysis() -> Analysis:
    t = TEXT
    at = t.index
    mention = Mention.at(t, at("Müller"), at("Müller") + 6)
    muller = Source(
        name="Anna Müller",
        kind="person",
        aliases=["Müller"],
        descriptions=["die Ministerin"],
        mentions=[mention],
    )
    sender = Source(name="Sender", kind="media")
    quantity = Quantity.at(
        t, at("40"), at("40") + 11, value=40, value_max=45, unit="Mensch", approx="about"
    )
    time = TimeExpression.at(
        t, at("am Montag"), at("am Montag") + 9, type="DATE", value="2024-08-12", mod="START"
    )
    quote = Quote.at(
        t,
        at("Das"),
        at("Das") + 11,
        kind="direct",
        speaker=mention,
        source=muller,
        cue=Cue.at(t, at("sagte"), at("sagte") + 5, lemma="sagen"),
        via=sender,
    )
    inferred = Quote.at(t, 0, 4, kind="indirect", source=muller)  # speaker inferred, no mention
    return Analysis(
        article=Article(
            text=t,
            id="a1",
            title="Titel",
            url="https://example.org/a1",
            published="2024-08",
            publisher=Source(name="taz", kind="media"),
            authors=["A. Autorin"],
            metadata={"ressort": "Politik"},
        ),
        reference_date="2024-08-13",
        boilerplate=[newsclaims.Boilerplate.at(t, 0, 4, reason="navigation")],
        sentences=[newsclaims.Sentence.at(t, 0, 33)],
        quantities=[quantity],
        times=[time],
        quotes=[inferred, quote],
        sources=[muller, sender],
        claims=[
            Claim.at(t, at("Das"), at("Das") + 11, kind="quote", claimant=muller, quotes=[quote])
        ],
        errors=[PluginError(plugin="x", stage="extract", type="RuntimeError", message="kaputt")],
    )


def test_round_trip_keeps_every_field() -> None:
    analysis = rich_analysis()
    data = analysis.to_dict()
    assert Analysis.from_dict(json.loads(json.dumps(data))) == analysis


def test_output_has_the_keys_the_scorer_reads() -> None:
    data = rich_analysis().to_dict()
    assert data["id"] == "a1"
    expected = {
        "start": 5,
        "end": 16,
        "text": "40 Menschen",
        "value": 40.0,
        "value_max": 45.0,
        "unit": "Mensch",
        "approx": "about",
    }
    assert data["quantities"][0].items() >= expected.items()
    assert data["times"][0]["type"] == "DATE"
    direct = data["quotes"][1]
    assert direct["speaker"] == {
        "text": "Müller",
        "start": TEXT.index("Müller"),
        "end": TEXT.index("Müller") + 6,
        "name": "Anna Müller",
    }
    assert direct["cue"]["lemma"] == "sagen"
    assert data["sources"][direct["source"]]["name"] == "Anna Müller"
    # an inferred speaker: the name only, no null offsets for a consumer to trip over
    assert data["quotes"][0]["speaker"] == {"name": "Anna Müller"}
    assert data["claims"][0]["quotes"] == [1]


def test_the_scorer_reads_an_inferred_speaker(scorer: Any) -> None:
    # The shared scorer once crashed on null speaker offsets.
    prediction = rich_analysis().to_dict()
    gold = {
        "id": "a1",
        "text": TEXT,
        "quotes": [{**q, "speaker": {"name": "Anna Müller"}} for q in prediction["quotes"]],
    }
    tally = scorer.Tally()
    scorer.score_doc(tally, gold, prediction)
    assert scorer.summarize(tally)["quotes.speaker_acc"] == 1.0


def test_output_validates_against_the_shipped_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(newsclaims.json_schema())
    jsonschema.validate(rich_analysis().to_dict(), newsclaims.json_schema())
    jsonschema.validate(rich_analysis().to_dict(include_text=False), newsclaims.json_schema())


def test_the_schema_rejects_what_it_should() -> None:
    data = rich_analysis().to_dict()
    data["quantities"][0]["approx"] = "roughly"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, newsclaims.json_schema())


@settings(max_examples=50)
@given(st.text(max_size=200), st.data())
def test_generated_analyses_validate_and_round_trip(text: str, data: st.DataObject) -> None:
    spans = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)
    quantities = data.draw(
        st.lists(spans.map(lambda s: Quantity.at(text, s[0], s[1], value=s[1] - s[0])), max_size=5)
    )
    times = data.draw(
        st.lists(
            spans.map(lambda s: TimeExpression.at(text, s[0], s[1], type="DURATION")), max_size=5
        )
    )
    analysis = Analysis(
        article=Article(text=text),
        quantities=tuple(sorted(set(quantities), key=repr)),
        times=tuple(times),
    )
    dumped = analysis.to_dict()
    jsonschema.validate(dumped, newsclaims.json_schema())
    assert Analysis.from_dict(json.loads(json.dumps(dumped))) == analysis


def corrupt(path: list[Any], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(rich_analysis().to_dict())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            ["quotes", 1, "text"],
            "Das ist schlecht",
            r"quotes\[1\]: text 'Das ist schlecht' does not match the article text 'Das ist gut'",
        ),
        (["quotes", 1, "source"], 7, r"quotes\[1\].source: 7 is not an index into sources"),
        (["claims", 0, "quotes"], [5], r"claims\[0\].quotes: \[5\] are not indices into the layer"),
        (["quantities", 0, "value"], None, r"quantities\[0\]: TypeError"),
        (["times", 0, "type"], "WHEN", r"times\[0\]: ValueError: 'WHEN' is not a valid TimexType"),
        (["schema_version"], "2.0", "schema_version '2.0' cannot be read"),
        (["article", "text"], None, "article.text: missing"),
    ],
)
def test_from_dict_names_the_bad_field(path: list[Any], value: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Analysis.from_dict(corrupt(path, value))
