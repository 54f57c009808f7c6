"""The favicon set, the app icons and the web app manifest: what a browser tab, a bookmark and a phone's home
screen show of the platform."""

import json
from pathlib import Path

import pytest
from PIL import Image

pytestmark = pytest.mark.django_db

IMAGES = Path(__file__).resolve().parents[2] / "static" / "img"


@pytest.mark.parametrize(
    ("name", "size", "opaque"),
    [
        ("favicon-32.png", 32, False),
        ("apple-touch-icon.png", 180, True),
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
    ],
)
def test_each_icon_exists_in_its_size(name, size, opaque):
    with Image.open(IMAGES / name) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        rgba = image.convert("RGBA")
        corner = rgba.getpixel((0, 0))
        centre_left = rgba.getpixel((size // 4, size // 2))
    # iOS shows transparent corners black, and a maskable icon is cropped to any shape: both fill the square.
    assert (corner[3] == 255) is opaque
    assert centre_left[:3] != (255, 255, 255) and centre_left[3] == 255  # the logo's blue, not an empty canvas


def test_the_ico_holds_the_three_tab_sizes():
    with Image.open(IMAGES / "favicon.ico") as image:
        assert {(16, 16), (32, 32), (48, 48)} <= set(image.info["sizes"])


def test_every_page_links_the_icons_and_the_manifest(client):
    html = client.get("/contact/").content.decode()
    assert '<link rel="icon" href="/static/img/favicon-32.png" sizes="32x32" type="image/png">' in html
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html
    assert '<link rel="apple-touch-icon" href="/static/img/apple-touch-icon.png">' in html
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert '<link rel="manifest" href="/de/manifest.webmanifest">' in client.get("/de/contact/").content.decode()


def test_the_manifest_is_served_as_a_manifest_and_its_icons_exist(client):
    response = client.get("/manifest.webmanifest")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json; charset=utf-8"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Innovation Procurement Platform"
    assert manifest["lang"] == "en" and manifest["start_url"] == "/" and manifest["display"] == "standalone"
    sizes = {(icon["sizes"], icon["purpose"]) for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes
    for icon in manifest["icons"]:
        file = IMAGES / icon["src"].removeprefix("/static/img/")
        assert file.exists(), icon["src"]
        if icon["type"] == "image/png":
            with Image.open(file) as image:
                assert f"{image.width}x{image.height}" == icon["sizes"]


@pytest.mark.parametrize(
    ("path", "name", "start"),
    [
        ("/de/manifest.webmanifest", "Plattform für innovative öffentliche Beschaffung", "/de/"),
        ("/fr/manifest.webmanifest", "Plateforme des achats publics d'innovation", "/fr/"),
    ],
)
def test_the_manifest_speaks_the_visitors_language(client, path, name, start):
    manifest = json.loads(client.get(path).content)
    assert manifest["lang"] == path[1:3]
    assert manifest["start_url"] == start
    assert manifest["name"] == name


def test_favicon_ico_leads_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.ico"
