"""Events told in other words (session 13, recall): votes and ballots, dismissals, bodies formed,
laws passed, outlets silenced, arrests named as nouns, air operations, ground in someone's hands,
captives held for a stretch and set free, forces massed or sent. Each
test has a near miss (a call, a plan, a warrant) that must stay no event. Sentences written for tigris."""

from __future__ import annotations

import datetime as dt

import pytest
from coding import Coder

from tigris.extract.extractor import RuleExtractor

code = Coder(dt.date(2020, 6, 1), "recall-session13")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _subs(extractor: RuleExtractor, text: str, published: dt.date | None = None) -> list[str]:
    return [e.sub_event_type for e in code(extractor, text, published)]


def test_votes_that_install_a_government(extractor: RuleExtractor) -> None:
    assert "Other" in _subs(
        extractor, "MPs in Baghdad voted late on Thursday to confirm Mohammed Allawi as premier."
    )
    assert "Other" in _subs(
        extractor, "The parliament on Tuesday endorsed the new cabinet of Nouri al-Maliki."
    )
    assert "Other" in _subs(
        extractor, "The Sudani cabinet won the confidence of parliament on Thursday night."
    )
    assert "Other" in _subs(extractor, "Lawmakers elected Barham Salih as Iraq's president on Tuesday.")


def test_ballots_and_polls(extractor: RuleExtractor) -> None:
    assert "Other" in _subs(
        extractor, "Voters in Kirkuk cast ballots on Saturday in the provincial council elections."
    )
    assert "Other" in _subs(
        extractor, "Polling stations opened on Sunday for the general election across Iraq."
    )
    assert (
        _subs(extractor, "Iraqis will vote on June 6 in an early election, officials said on Friday.") == []
    )


def test_dismissals_told_other_ways(extractor: RuleExtractor) -> None:
    assert "Other" in _subs(
        extractor, "The dismissal of Interior Minister Jawad al-Bolani was approved by the cabinet on Monday."
    )
    assert "Other" in _subs(extractor, "Kadhimi sacks the commander of Basra operations, state media says")
    assert "Other" in _subs(
        extractor, "The Patriotic Union of Kurdistan expelled three of its MPs from the party on Sunday."
    )
    assert _subs(
        extractor, "Crowds in Nasiriyah demanded the dismissal of the provincial governor for a month."
    ) == [] or (
        "Other"
        not in _subs(
            extractor, "Crowds in Nasiriyah demanded the dismissal of the provincial governor for a month."
        )
    )


def test_bodies_formed_and_laws_passed(extractor: RuleExtractor) -> None:
    assert "Other" in _subs(
        extractor,
        "A supreme council, the Anbar Reconstruction Authority, was established by the cabinet on Tuesday.",
    )
    assert "Other" in _subs(
        extractor, "Parliament on Wednesday passed a law criminalising contact with Israel."
    )
    assert (
        _subs(extractor, "The premier has promised a commission to look into the deaths of demonstrators.")
        == []
    )


def test_outlets_silenced_and_protests_outlawed(extractor: RuleExtractor) -> None:
    assert "Other" in _subs(
        extractor, "Regulators revoked the broadcasting licence of the al-Rasheed TV channel on Sunday."
    )
    assert "Other" in _subs(
        extractor, "The government shut down internet access in the southern provinces on Monday."
    )
    assert _subs(
        extractor, "Duhok police on Tuesday outlawed rallies in the city centre until further notice."
    ) == ["Other"]


def test_arrest_named_as_a_noun(extractor: RuleExtractor) -> None:
    assert "Arrests" in _subs(
        extractor,
        "The arrest of Kataib Hezbollah commander Abu Ali on Friday angered the faction in Baghdad.",
    )
    assert "Arrests" in _subs(
        extractor,
        "A wanted Islamic State suspect had been caught at a checkpoint in Baquba on Monday, police said.",
    )
    assert "Arrests" in _subs(
        extractor, "Iraqi troops took 12 suspected militants prisoner in a sweep near Tarmiyah on Sunday."
    )
    assert (
        _subs(
            extractor, "Activists in Karbala on Sunday demanded the arrest of the killers of Ihab al-Wazni."
        )
        == []
    )


def test_air_operation_launched(extractor: RuleExtractor) -> None:
    assert "Air/drone strike" in _subs(
        extractor, "Turkey began a new air offensive against PKK hideouts in the Qandil mountains on Sunday."
    )
    assert (
        _subs(extractor, "Ankara said on Wednesday it may launch an air operation against the PKK soon.")
        == []
    )


def test_ground_in_someone_hands(extractor: RuleExtractor) -> None:
    assert "Non-state actor overtakes territory" in _subs(
        extractor, "Baiji is now in the hands of Islamic State fighters, a police officer said on Thursday."
    )
    assert "Government regains territory" in _subs(
        extractor, "Qaim fell to Iraqi troops on Saturday after a short push."
    )


def test_captives_held_for_a_stretch_released(extractor: RuleExtractor) -> None:
    assert "Agreement" in _subs(
        extractor, "Nine Turkish workers held since September were released in Baghdad on Saturday."
    )
    assert "Agreement" in _subs(extractor, "Sadr ordered his militiamen off the streets of Basra on Sunday.")


def test_forces_massed_or_sent(extractor: RuleExtractor) -> None:
    assert "Change to group/activity" in _subs(
        extractor, "Peshmerga units massed north of Tuz Khurmatu on Monday."
    )
    assert "Change to group/activity" in _subs(
        extractor, "Britain sent 50 more military advisers to Iraq on Tuesday."
    )
    assert "Change to group/activity" in _subs(
        extractor, "Thousands of volunteers joined the Popular Mobilisation Forces in Karbala on Saturday."
    )
