"""Small-cell suppression: cells under 5 are hidden, and no published sum can give one of them back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkdesk.domain.reporting.suppression import Cell, CellKind, Relation, suppress


def count(key: str, value: int) -> Cell:
    return Cell(key, "f", "g", key, "m", value)


def stat(key: str, *bases: str) -> Cell:
    return Cell(key, "f", "g", key, "mean", 1.5, CellKind.STATISTIC, bases)


def test_a_small_cell_takes_the_smallest_other_part_with_it() -> None:
    cells = [count("a", 3), count("b", 10), count("c", 12), count("t", 25)]
    result = suppress(cells, [Relation("t", ("a", "b", "c"))])
    assert result.primary == {"a"}
    assert result.secondary == {"b"}  # 25 - 12 = 13 = a + b: neither can be told apart


def test_zero_counts_are_under_five_too() -> None:
    result = suppress([count("a", 0), count("b", 9), count("t", 9)], [Relation("t", ("a", "b"))])
    assert result.primary == {"a"}
    assert result.secondary == {"b"}


def test_hiding_is_carried_into_every_relation_that_shares_the_cell() -> None:
    # row: r = a + b (a=2 small, b=8 hidden with it); column: k = b + d (b now hidden, so d goes too).
    cells = [count("a", 2), count("b", 8), count("r", 10), count("d", 9), count("k", 17)]
    result = suppress(cells, [Relation("r", ("a", "b")), Relation("k", ("b", "d"))])
    assert result.primary == {"a"}
    assert result.secondary == {"b", "d"}


def test_a_hidden_subtotal_hides_one_of_its_own_parts() -> None:
    # grand g = A + B with B=2: A (13) is hidden; A = x + y then has one hidden member, so x (6) goes too.
    cells = [count("x", 6), count("y", 7), count("A", 13), count("B", 2), count("g", 15)]
    result = suppress(cells, [Relation("A", ("x", "y")), Relation("g", ("A", "B"))])
    assert result.primary == {"B"}
    assert result.secondary == {"A", "x"}


def test_a_total_whose_parts_are_all_hidden_can_stay() -> None:
    cells = [count("a", 3), count("b", 4), count("t", 7)]
    result = suppress(cells, [Relation("t", ("a", "b"))])
    assert result.primary == {"a", "b"}
    assert result.secondary == set()  # 7 = a + b, with 3+4, 2+5 ... unknown


def test_a_single_part_relation_hides_its_total() -> None:
    cells = [count("a", 3), count("t", 3)]
    assert suppress(cells, [Relation("t", ("a",))]).primary == {"a", "t"}


def test_statistics_follow_the_counts_they_are_based_on() -> None:
    cells = [
        count("n_small", 4),
        count("n_big", 30),
        count("part", 6),
        count("rest", 23),
        stat("m1", "n_small"),
    ]
    cells += [stat("m2", "n_big"), stat("m3", "part"), count("tiny", 1)]
    result = suppress(cells, [Relation("n_big", ("part", "rest", "tiny"))])
    assert result.primary == {"n_small", "tiny"}
    assert result.secondary == {"part"}
    assert result.statistics == {"m1", "m3"}
    assert "m2" not in result.all


def test_bad_tables_are_refused() -> None:
    with pytest.raises(ValueError, match="add up"):
        suppress([count("a", 6), count("t", 7)], [Relation("t", ("a",))])
    with pytest.raises(ValueError, match="duplicate"):
        suppress([count("a", 6), count("a", 7)], [])
    with pytest.raises(ValueError, match="not a count"):
        suppress([count("a", 6), stat("t", "a")], [Relation("t", ("a",))])


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[Cell], list[Relation]]:
    """A two-way table (rows x columns) with row totals, column totals and a grand total."""
    rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 5))
    values = [[draw(st.integers(0, 12)) for _ in range(cols)] for _ in range(rows)]
    cells = [count(f"c{r}.{c}", values[r][c]) for r in range(rows) for c in range(cols)]
    cells += [count(f"r{r}", sum(values[r])) for r in range(rows)]
    cells += [count(f"k{c}", sum(values[r][c] for r in range(rows))) for c in range(cols)]
    cells.append(count("g", sum(map(sum, values))))
    relations = [Relation(f"r{r}", tuple(f"c{r}.{c}" for c in range(cols))) for r in range(rows)]
    relations += [Relation(f"k{c}", tuple(f"c{r}.{c}" for r in range(rows))) for c in range(cols)]
    relations.append(Relation("g", tuple(f"r{r}" for r in range(rows))))
    relations.append(Relation("g", tuple(f"k{c}" for c in range(cols))))
    return cells, relations


@settings(max_examples=300, deadline=None)
@given(tables())
def test_no_sum_is_left_with_exactly_one_hidden_member(table: tuple[list[Cell], list[Relation]]) -> None:
    cells, relations = table
    result = suppress(cells, relations)
    hidden = result.all
    assert all((c.value or 0) >= 5 for c in cells if c.key not in hidden)  # nothing small is shown
    for relation in relations:
        members = (relation.total, *relation.parts)
        assert sum(m in hidden for m in members) != 1, relation
