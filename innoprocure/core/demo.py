"""Demo content of the core: the home page and the pages every footer links to. Original writing."""

from innoprocure.core.models import StandardPage
from innoprocure.core.roles import setup_roles
from innoprocure.core.site import ensure_child_page, ensure_home_page


def paragraph(html):
    return ("paragraph", html)


AUDIENCES = [
    ("Public procurers", "Step-by-step guidance, templates and case studies from peers who bought innovation before you."),
    ("Policy makers", "Country practice, policy news and the evidence on what innovation procurement achieves."),
    ("Suppliers and start-ups", "Funding calls, innovation tenders and open market consultations across Europe."),
    ("Competence centres", "The P2I Network: knowledge exchange, expert opinion papers and shared governance."),
]

STANDARD_PAGES = [
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
        ],
    ),
    (
        "privacy",
        "Privacy",
        "What personal data the platform keeps, why, and for how long.",
        [
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
                "<p>This website is published by the Innovation Procurement Platform team. Unless stated otherwise, "
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
        home.audiences = [("audience", {"title": title, "text": text, "link": None}) for title, text in AUDIENCES]
        home.save_revision().publish()
    for slug, title, introduction, body in STANDARD_PAGES:
        ensure_child_page(home, StandardPage, slug, title=title, introduction=introduction, body=body, show_in_menus=False)
    setup_roles()
    out.write(f"  home page and {len(STANDARD_PAGES)} standard pages")
