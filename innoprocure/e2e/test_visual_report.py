"""The visual report compares two runs' screenshots and says how much changed; it never fails a run."""

import json

from PIL import Image, ImageDraw

from innoprocure.e2e import visual


def screenshot(path, height=400, box=None):
    image = Image.new("RGB", (300, height), "white")
    if box:
        ImageDraw.Draw(image).rectangle(box, fill="#0b3d91")
    image.save(path)


def test_the_report_lists_changed_new_and_gone_screenshots_most_changed_first(tmp_path):
    screenshot(tmp_path / "home-1280.png")
    screenshot(tmp_path / "story-1280.png", box=(0, 0, 299, 99))
    screenshot(tmp_path / "gone-1280.png")
    visual.rotate(tmp_path)
    assert sorted(file.name for file in (tmp_path / "previous").iterdir()) == ["gone-1280.png", "home-1280.png", "story-1280.png"]
    assert not list(tmp_path.glob("*.png"))

    screenshot(tmp_path / "home-1280.png")  # unchanged
    screenshot(tmp_path / "story-1280.png", box=(0, 0, 299, 199))  # a quarter more of it is blue
    screenshot(tmp_path / "taller-1280.png", height=500)  # new page

    results = {item.name: item for item in visual.compare(tmp_path)}

    assert results["home-1280.png"].status == "same" and results["home-1280.png"].ratio == 0
    assert results["story-1280.png"].status == "changed"
    assert abs(results["story-1280.png"].ratio - 0.25) < 0.01
    assert results["taller-1280.png"].status == "new"
    assert results["gone-1280.png"].status == "gone"
    report = tmp_path / "visual-report"
    assert (report / "diff" / "story-1280.png").exists()
    assert json.loads((report / "report.json").read_text())[0]["name"] == "story-1280.png"
    assert "1 of 4 screenshots changed" in (report / "index.html").read_text()


def test_a_page_that_grew_counts_its_new_part_as_changed(tmp_path):
    screenshot(tmp_path / "page-375.png", height=400)
    visual.rotate(tmp_path)
    screenshot(tmp_path / "page-375.png", height=500)

    (result,) = visual.compare(tmp_path)

    assert result.status == "changed"
    assert abs(result.ratio - 0.2) < 0.01
    assert result.previous_size == (300, 400) and result.current_size == (300, 500)
