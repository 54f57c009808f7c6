"""Rate limits: a client that posts too often gets a friendly 429 page saying when to try again."""

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from innoprocure.core.ratelimit import check, client_ip, is_rate_limited, parse_rate, ratelimit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@ratelimit("test-contact", rate="3/h")
def contact_view(request):
    return HttpResponse("sent")


def post(ip="203.0.113.5", user=None):
    request = RequestFactory().post("/contact/", {"message": "hello"}, REMOTE_ADDR=ip)
    request.user = user or AnonymousUser()
    return request


def test_parse_rate():
    assert (parse_rate("5/h").limit, parse_rate("5/h").period) == (5, 3600)
    assert (parse_rate("10/15m").limit, parse_rate("10/15m").period) == (10, 900)
    with pytest.raises(ValueError):
        parse_rate("five per hour")


def test_fourth_post_in_an_hour_gets_a_friendly_429_with_retry_time():
    assert [contact_view(post()).status_code for _ in range(3)] == [200, 200, 200]
    response = contact_view(post())
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert "Too many attempts" in page
    assert "Please try again in about" in page


def test_other_clients_are_not_affected():
    for _ in range(3):
        contact_view(post(ip="203.0.113.5"))
    assert contact_view(post(ip="203.0.113.5")).status_code == 429
    assert contact_view(post(ip="198.51.100.7")).status_code == 200


def test_get_requests_are_not_counted():
    factory = RequestFactory()
    for _ in range(10):
        request = factory.get("/contact/", REMOTE_ADDR="203.0.113.5")
        request.user = AnonymousUser()
        assert contact_view(request).status_code == 200
    assert contact_view(post()).status_code == 200


@override_settings(RATELIMIT_ENABLED=False)
def test_limits_can_be_switched_off():
    assert all(contact_view(post()).status_code == 200 for _ in range(10))


def test_per_user_key_follows_the_user_across_addresses():
    user = User.objects.create_user("pia", "pia@example.org", "x-password-123")
    for ip in ("203.0.113.1", "203.0.113.2"):
        assert not is_rate_limited(post(ip=ip, user=user), "vote", "2/h", key="user")
    assert is_rate_limited(post(ip="203.0.113.3", user=user), "vote", "2/h", key="user")
    assert not is_rate_limited(post(ip="203.0.113.3"), "vote", "2/h", key="user")


def test_refused_requests_are_not_counted_and_the_window_ends():
    start = 1_000_000 * 3600.0  # the start of an hour
    request = post()
    for _ in range(2):
        assert not check(request, "reset", "2/h", window="fixed", now=start + 10).limited
    refused = check(request, "reset", "2/h", window="fixed", now=start + 600)
    assert refused.limited and refused.retry_after == 3000
    assert not check(request, "reset", "2/h", window="fixed", now=start + 3600).limited


def test_sliding_window_stops_a_burst_across_the_boundary():
    start = 1_000_000 * 3600.0
    request = post()
    for _ in range(4):
        assert not check(request, "burst", "4/h", now=start + 3590).limited
    # Ten seconds later a new hour has begun, but the last hour's posts still count almost fully.
    verdict = check(request, "burst", "4/h", now=start + 3600 + 10)
    assert verdict.limited
    # With weight 1 - t/3600 on 4 earlier posts, one more fits once t >= 900 seconds into the hour.
    assert verdict.retry_after == 890
    assert not check(request, "burst", "4/h", now=start + 3600 + 900).limited


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_client_ip_behind_a_trusted_proxy():
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9")
    assert client_ip(request) == "198.51.100.9"


def test_client_ip_ignores_forwarded_header_without_trusted_proxy():
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_ip(request) == "10.0.0.1"
