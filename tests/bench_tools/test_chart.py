"""The benchmark chart writer (``benches/chart.py``) and the ratio table it is drawn from (``benches/ratios.py``),
on fixed input: both are standard library only, so they are checked here without the bench dependencies."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from typing import Any

from benches.chart import Bar, render_svg
from benches.ratios import chart, ratio_regressions, rows, table_markdown

_SVG = "{http://www.w3.org/2000/svg}"


def _bars(svg: str) -> list[ET.Element]:
    root = ET.fromstring(svg)
    return [g for g in root.iter(f"{_SVG}g") if g.get("class") == "bar"]


def _x(element: ET.Element, attribute: str) -> float:
    return float(element.get(attribute, "nan"))


def test_one_bar_per_ratio_with_its_goal_marker_and_verdict() -> None:
    bars = [
        Bar("decode 32 KB response", "pygenai / google-genai", 0.041, 0.05),
        Bar("stream <1,000 chunks> & more", "pygenai core / raw", 2.03, 1.5),
        Bar("encode", "pygenai / google-genai", 0.0006, 0.25),
    ]
    svg = render_svg(bars, title="ratios & goals", subtitle="2026-11-30 · commit abc1234")
    root = ET.fromstring(svg)  # valid XML, labels escaped
    assert root.tag == f"{_SVG}svg"
    assert "ratios & goals" in "".join(root.itertext())
    groups = _bars(svg)
    assert len(groups) == 3
    assert [g.get("data-met") for g in groups] == ["true", "false", "true"]
    for group in groups:
        (value,) = [e for e in group.iter(f"{_SVG}rect") if e.get("class") == "value"]
        (goal,) = [e for e in group.iter(f"{_SVG}line") if e.get("class") == "goal"]
        met = group.get("data-met") == "true"
        bar_end = _x(value, "x") + _x(value, "width")
        assert (bar_end <= _x(goal, "x1")) == met  # a met goal's bar stops short of its marker
        assert value.get("fill") == ("#2e7d32" if met else "#c62828")
    texts = ["".join(g.itertext()) for g in groups]
    assert "stream <1,000 chunks> & more" in texts[1] and "2.03 (missed)" in texts[1] and "goal ≤ 1.5" in texts[1]


def test_log_scale_spans_every_value_and_goal() -> None:
    bars = [Bar("a", "x", 0.02, 0.1), Bar("b", "y", 2.0, 0.1), Bar("c", "z", 0.2, 10.0)]
    groups = _bars(render_svg(bars, title="t", subtitle="s"))
    ends = []
    for group in groups:
        (value,) = [e for e in group.iter(f"{_SVG}rect") if e.get("class") == "value"]
        ends.append(_x(value, "x") + _x(value, "width"))
    # One decade is the same width wherever it is: 0.02 -> 0.2 -> 2.
    assert abs((ends[2] - ends[0]) - (ends[1] - ends[2])) < 0.2
    # The axis runs from 10^-2 to 10^1: four grid lines.
    root = ET.fromstring(render_svg(bars, title="t", subtitle="s"))
    assert len([e for e in root.iter(f"{_SVG}line") if e.get("class") == "grid"]) == 4


def _document() -> dict[str, Any]:
    def bench(measure: str, contender: str, data: list[float]) -> dict[str, Any]:
        stats = {"data": data, "min": min(data), "median": sorted(data)[len(data) // 2], "rounds": len(data)}
        info = {"measure": measure, "contender": contender}
        return {"fullname": f"t[{contender}]", "extra_info": info, "stats": stats}

    return {
        "benchmarks": [bench("m", "pygenai", [3.0, 2.0, 12.0]), bench("m", "other", [1.0, 4.0, 3.0])],
        "pygenai_bench": {
            "machine": {
                "cpu": "Test CPU",
                "cores": 2,
                "implementation": "CPython",
                "python": "3.11.7",
                "os": "Linux",
                "packages": {"pygenai": "0.1.0"},
                "date": "2026-11-30T04:00:00+00:00",
                "commit": "abc1234",
            },
            "measures": [
                {
                    "id": "m",
                    "title": "a measure",
                    "facts": {"payload bytes": 10},
                    "errors": 0,
                    "ratios": [
                        {
                            "key": "m: goal",
                            "label": "pygenai / other",
                            "goal_max": 2.5,
                            "goal": "≤ 2.5",
                            "numerator": "pygenai",
                            "denominator": "other",
                        },
                        {
                            "key": "m: reported",
                            "label": "other / pygenai",
                            "goal_max": None,
                            "goal": "",
                            "numerator": "other",
                            "denominator": "pygenai",
                        },
                        {"key": "m: held", "label": "bytes / JSON", "goal_max": 2.0, "goal": "≤ 2.0", "value": 1.06},
                    ],
                }
            ],
        },
    }


def test_ratios_are_medians_of_per_round_ratios_from_the_saved_rounds() -> None:
    table = {row.key: row for row in rows(_document())}
    goal = table["m: goal"]
    assert goal.value == 3.0  # rounds: 3/1, 2/4, 12/3 -> median 3, not 12/4 (medians) nor 2/1 (minima)
    assert goal.value_of_minima == 2.0
    assert goal.met is False
    assert table["m: reported"].met is None
    assert table["m: held"].value == 1.06 and table["m: held"].met is True
    assert "| a measure | pygenai / other | 3.000 | 2.000 | ≤ 2.5 | NO |" in table_markdown(_document())


def test_the_chart_of_a_saved_run_draws_only_ratios_with_a_goal() -> None:
    svg = chart(_document())
    groups = _bars(svg)
    assert [g.get("data-met") for g in groups] == ["false", "true"]
    subtitle = "".join(ET.fromstring(svg).itertext())
    assert "2026-11-30" in subtitle and "abc1234" in subtitle and "Test CPU" in subtitle


def test_ratio_gate_flags_more_than_ten_percent_and_errors() -> None:
    baseline = _document()
    assert ratio_regressions(_document(), baseline) == []
    slower = copy.deepcopy(baseline)
    slower["benchmarks"][0]["stats"]["data"] = [3.4, 2.0, 13.6]  # median ratio 3 -> 3.4: +13%
    assert [p.split(":")[0] for p in ratio_regressions(slower, baseline)] == ["m"]
    within = copy.deepcopy(baseline)
    within["benchmarks"][0]["stats"]["data"] = [3.2, 2.0, 12.8]  # +7%
    assert ratio_regressions(within, baseline) == []
    failed = copy.deepcopy(baseline)
    failed["pygenai_bench"]["measures"][0]["errors"] = 3
    assert ratio_regressions(failed, baseline) == ["m: 3 errors"]
