"""/api/v1/docs in Chromium: Swagger UI renders every operation from the site's own files under the site's CSP
(a blocked script or style would be a console error, which the new_page fixture reports)."""


def test_the_api_docs_render_under_the_csp(new_page):
    page = new_page()
    blocked = []
    page.on("console", lambda message: "Content-Security-Policy" in message.text and blocked.append(message.text))
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto("/api/v1/docs")
    assert response.status == 200
    page.locator(".swagger-ui .opblock").first.wait_for()
    operations = page.locator(".swagger-ui .opblock-summary-path").all_inner_texts()
    assert "/api/v1/stories" in operations and "/api/v1/resources/{resource_id}" in operations
    assert len(operations) >= 16
    assert not blocked
    base = page.evaluate("location.origin")
    assert all(url.startswith((base, "data:")) for url in requests), requests
