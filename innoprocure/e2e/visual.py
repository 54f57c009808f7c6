"""Visual regression report: this run's screenshots beside the previous run's, with how much of each page changed.

A report for a person, never a failure: layouts change on purpose, and the demo content's dates move with the
calendar. The sweep (test_pages.py) moves the last run's screenshots to `previous/` before it takes new ones, then
writes `visual-report/` with `index.html` (the pages, most changed first, each with its old, new and difference
images), `report.json` and the difference images. Pillow only: ImageChops.difference, then the share of pixels
whose colour moved by more than TOLERANCE in any channel (anti-aliasing and font hinting move a few by less).
"""

import html
import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from PIL import Image, ImageChops

TOLERANCE = 24  # of 255, per channel
NOTABLE = 0.01  # a page with more than 1 % of its pixels changed is listed as changed


@dataclass
class Comparison:
    name: str  # the screenshot's file name
    status: str  # "changed", "same", "new" (no previous screenshot) or "gone" (no screenshot this time)
    ratio: float = 0.0  # share of the pixels of the larger of the two images that differ
    previous_size: tuple | None = None
    current_size: tuple | None = None
    diff: str = ""  # the difference image, relative to the report folder


def rotate(folder):
    """Before a run: the last run's screenshots (folder/*.png) become folder/previous/, replacing the older ones."""
    folder = Path(folder)
    current = sorted(folder.glob("*.png"))
    if not current:
        return
    previous = folder / "previous"
    if previous.exists():
        shutil.rmtree(previous)
    previous.mkdir(parents=True)
    for file in current:
        file.replace(previous / file.name)


def difference(previous, current):
    """(ratio of changed pixels, difference image) of two images; a height change counts as changed area."""
    width, height = max(previous.width, current.width), max(previous.height, current.height)
    canvas_previous = Image.new("RGB", (width, height), "white")
    canvas_previous.paste(previous.convert("RGB"))
    canvas_current = Image.new("RGB", (width, height), "white")
    canvas_current.paste(current.convert("RGB"))
    delta = ImageChops.difference(canvas_previous, canvas_current)
    channels = [channel.point(lambda value: 255 if value > TOLERANCE else 0) for channel in delta.split()]
    mask = ImageChops.lighter(ImageChops.lighter(channels[0], channels[1]), channels[2])
    # The area only one of the two covers is changed, even where both happen to be white.
    if previous.height != current.height:
        mask.paste(255, (0, min(previous.height, current.height), width, height))
    if previous.width != current.width:
        mask.paste(255, (min(previous.width, current.width), 0, width, height))
    changed = mask.histogram()[255]
    ratio = changed / float(width * height)
    # The new screenshot, faded, with the changed pixels in red.
    faded = Image.blend(canvas_current, Image.new("RGB", (width, height), "white"), 0.7)
    faded.paste(Image.new("RGB", (width, height), (220, 0, 0)), mask=mask)
    return ratio, faded


def compare(folder):
    """Compares folder/*.png with folder/previous/*.png; writes folder/visual-report/. Returns the comparisons."""
    folder = Path(folder)
    previous_folder, report = folder / "previous", folder / "visual-report"
    if report.exists():
        shutil.rmtree(report)
    (report / "diff").mkdir(parents=True)
    current = {file.name: file for file in folder.glob("*.png")}
    previous = {file.name: file for file in previous_folder.glob("*.png")} if previous_folder.exists() else {}
    results = []
    for name in sorted(current.keys() | previous.keys()):
        if name not in previous:
            with Image.open(current[name]) as image:
                results.append(Comparison(name, "new", current_size=image.size))
            continue
        if name not in current:
            with Image.open(previous[name]) as image:
                results.append(Comparison(name, "gone", previous_size=image.size))
            continue
        with Image.open(previous[name]) as old, Image.open(current[name]) as new:
            ratio, diff = difference(old, new)
            comparison = Comparison(name, "same", ratio=round(ratio, 5), previous_size=old.size, current_size=new.size)
        if ratio > 0:
            diff.save(report / "diff" / name, optimize=True)
            comparison.diff = f"diff/{name}"
        if ratio > NOTABLE or old.size != new.size:
            comparison.status = "changed"
        results.append(comparison)
    results.sort(key=lambda item: (-item.ratio, item.name))
    (report / "report.json").write_text(json.dumps([asdict(item) for item in results], indent=2))
    (report / "index.html").write_text(render(results))
    return results


def render(results):
    rows = []
    for item in results:
        images = []
        if item.status != "new":
            images.append(
                f'<figure><img src="../previous/{html.escape(item.name)}" alt=""><figcaption>before</figcaption></figure>'
            )
        if item.status != "gone":
            images.append(f'<figure><img src="../{html.escape(item.name)}" alt=""><figcaption>now</figcaption></figure>')
        if item.diff:
            images.append(
                f'<figure><img src="{html.escape(item.diff)}" alt=""><figcaption>changed pixels in red</figcaption></figure>'
            )
        rows.append(
            f"<section><h2>{html.escape(item.name)}: {item.status}, {item.ratio:.2%} of the pixels</h2>"
            f"<p>{item.previous_size or '–'} → {item.current_size or '–'}</p>"
            f'<div class="images">{"".join(images)}</div></section>'
        )
    changed = sum(1 for item in results if item.status == "changed")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Visual changes</title>'
        "<style>body{font-family:sans-serif;margin:1rem}.images{display:flex;gap:1rem;align-items:flex-start}"
        "figure{margin:0;flex:1}img{width:100%;border:1px solid #ccc}</style></head><body>"
        f"<h1>Visual changes since the previous run</h1><p>{changed} of {len(results)} screenshots changed by more than "
        f"{NOTABLE:.0%} of their pixels (a colour change above {TOLERANCE}/255). Most changed first.</p>"
        + "".join(rows)
        + "</body></html>"
    )
