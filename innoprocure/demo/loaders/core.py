"""Demo content of the core: the home page and the pages every footer links to. Original writing.

The About, legal notice and privacy pages name the platform's operator. A deployment names its own with the
environment variables OPERATOR_NAME, OPERATOR_ADDRESS, OPERATOR_CONTACT, DATA_CONTROLLER and FUNDING_STATEMENT
(innoprocure.core.operator; read when the pages are first created, while the footer shows them on every page); the
defaults are the facts of the platform's seeds: the platform is managed by ICLEI – Local Governments for
Sustainability, and the network it hosts was set up by Procure2Innovate.
"""

from django.utils.html import escape

from innoprocure.core.models import StandardPage
from innoprocure.core.operator import operator as site_operator
from innoprocure.core.roles import setup_roles
from innoprocure.core.site import ensure_child_page, ensure_home_page


def paragraph(html):
    return ("paragraph", html)


# (who, what they find, where their path starts)
AUDIENCES = [
    (
        "Public procurers",
        "Step-by-step guidance, templates and case studies from peers who bought innovation before you.",
        "/get-started/",
    ),
    (
        "Policy makers",
        "Country practice, policy news and the evidence on what innovation procurement achieves.",
        "/resources/?type=policy",
    ),
    (
        "Suppliers and start-ups",
        "Funding calls, innovation tenders and open market consultations across Europe.",
        "/opportunities/",
    ),
    ("Competence centres", "The P2I Network: knowledge exchange, expert opinion papers and shared governance.", "/network/"),
]


def operator():
    """The operator's facts (innoprocure.core.operator, from the environment), escaped for the pages' rich text."""
    return {key: escape(value) for key, value in site_operator().as_dict().items()}


def operator_block(who):
    return paragraph(
        f"<p><strong>{who['name']}</strong><br>{who['address']}<br>"
        f'<a href="mailto:{who["contact"]}">{who["contact"]}</a> · <a href="/contact/">contact form</a></p>'
    )


def standard_pages(who):
    return [
        (
            "about",
            "About the platform",
            "Why this platform exists and who runs it.",
            [
                ("heading", "A shared address for innovation procurement"),
                paragraph(
                    "<p>Public buyers in Europe spend around two trillion euro a year. Directing even a small share of that "
                    "towards new solutions can improve public services and open markets for innovative companies. This "
                    "platform gathers the guidance, evidence, opportunities and people that make such purchases possible.</p>"
                ),
                paragraph(
                    "<p>It is open source and run for the community of procurers, policy makers, suppliers and national "
                    "competence centres. Content is written and moderated by the editorial team; anyone may reuse the open "
                    "data through the API.</p>"
                ),
                ("heading", "Who runs it"),
                paragraph(
                    f"<p>The platform is managed by {who['name']}, which is responsible for its content and its "
                    "operation. It relaunched with a new look on 23 May 2019. It hosts the P2I Network of national "
                    "competence centres for innovation procurement.</p>"
                ),
                operator_block(who),
                ("heading", "Funding"),
                paragraph(f"<p>{who['funding']}</p>"),
                ("heading", "Demonstration content"),
                paragraph(
                    "<p>Items labelled “Illustrative example” are invented to show how the platform works: the "
                    "organisations, places and figures in them are fictional. Everything else describes real laws, "
                    "programmes, projects and organisations, with a link to the source.</p>"
                ),
            ],
        ),
        (
            "privacy",
            "Privacy",
            "What personal data the platform keeps, why, and for how long.",
            [
                ("heading", "Who is responsible"),
                paragraph(
                    f"<p>The data controller is {who['controller']}, {who['address']}. Write to "
                    f'<a href="mailto:{who["contact"]}">{who["contact"]}</a> or use the '
                    '<a href="/contact/?topic=account">contact form</a> for any question about your data.</p>'
                ),
                ("heading", "What we keep"),
                paragraph(
                    "<p>If you create an account we keep your e-mail address, name, organisation, country, job role, "
                    "languages and newsletter preference. Membership applications, votes and contact messages are kept "
                    "because the network's decisions must be traceable.</p>"
                ),
                ("heading", "What we never do"),
                paragraph(
                    "<p>The platform uses no third-party trackers, advertising, analytics scripts or externally hosted "
                    "fonts. The only cookies are those needed to keep you signed in, protect forms against forgery and "
                    "remember your language.</p>"
                ),
                ("heading", "Your rights"),
                paragraph(
                    "<p>From your account page you can download all data held about you as a JSON file and delete your "
                    "account. Contact the platform team for any other request under the General Data Protection "
                    "Regulation.</p>"
                ),
            ],
        ),
        (
            "accessibility",
            "Accessibility statement",
            "How accessible this website is and how to report a problem.",
            [
                paragraph(
                    "<p>This website aims to conform to the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, "
                    "as the European accessibility standard EN 301 549 and Directive (EU) 2016/2102 require of public "
                    "sector websites. Every page works with a keyboard alone, without JavaScript, and at 320 pixels "
                    "wide.</p>"
                ),
                ("heading", "How we check"),
                paragraph(
                    "<p>Every change is tested automatically in a real browser with the axe accessibility engine and the "
                    "W3C HTML checker, and key journeys are tested using the keyboard alone.</p>"
                ),
                ("heading", "Report a problem"),
                paragraph(
                    '<p>If something does not work for you, please tell us through the <a href="/contact/">contact form</a>.</p>'
                ),
            ],
        ),
        (
            "legal-notice",
            "Legal notice",
            "Who publishes this website and on what terms its content may be reused.",
            [
                paragraph(
                    f"<p>This website is published by {who['name']}, {who['address']} "
                    f'(<a href="mailto:{who["contact"]}">{who["contact"]}</a>). Unless stated otherwise, '
                    "texts are available under the Creative Commons Attribution 4.0 licence; documents by third parties "
                    "keep their own licence, which is shown next to them.</p>"
                ),
                paragraph(
                    "<p>Information on this website is provided for guidance and does not constitute legal advice. "
                    "Refer to the official texts of EU and national law.</p>"
                ),
            ],
        ),
    ]


def load(out):
    home = ensure_home_page()
    if not home.audiences:
        home.hero_title = "Buy innovation. Solve public challenges."
        home.hero_text = (
            "<p>The European platform for public procurement of innovation (PPI) and pre-commercial procurement "
            "(PCP): guidance to get started, a searchable resource centre, news, events, funding and tender "
            "opportunities, and the P2I network of national competence centres.</p>"
        )
        home.audiences = [
            ("audience", {"title": title, "text": text, "link": None, "path": path}) for title, text, path in AUDIENCES
        ]
        home.save_revision().publish()
    for slug, title, introduction, body in standard_pages(operator()):
        ensure_child_page(home, StandardPage, slug, title=title, introduction=introduction, body=body, show_in_menus=False)
    setup_roles()
    out.write("  home page and the standard pages (about, privacy, accessibility, legal notice)")
