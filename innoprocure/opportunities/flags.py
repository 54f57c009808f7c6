"""Innovation flags of opportunities: what each code means, in the users' words — each label is the reason shown.

The TED eForms importer sets flags from a notice (BT-776 innovative acquisition, BT-06 strategic procurement, the
procedure type, an R&D CPV code, what the text mentions: importers/innovation.py); editors may mark an editorial
opportunity as innovation procurement directly.
"""

from django.utils.translation import gettext_lazy as _

INNOVATIVE_ACQUISITION = "innovative-acquisition"
STRATEGIC_PROCUREMENT = "strategic-procurement"
PROCEDURE = "procedure"
CPV = "cpv"
MENTIONS = "mentions"

# The codes the eForms code lists define (checked against the SDK): BT-776 "innovative-acquisition",
# BT-06 "strategic-procurement", and the two procedures that are innovation procurement by nature.
FLAG_LABELS = {
    "innovative-acquisition:mar-nov": _("New to the market"),
    "innovative-acquisition:prod-innov": _("Product innovation"),
    "innovative-acquisition:proc-innov": _("Process innovation"),
    "innovative-acquisition:org-nov": _("Organisational innovation"),
    "innovative-acquisition:rd-act": _("Research and development activities"),
    "innovative-acquisition:fp-requ": _("Functional or performance requirements"),
    "innovative-acquisition:buy-eff": _("More efficient purchasing"),
    "innovative-acquisition:other": _("Other innovative acquisition"),
    "strategic-procurement:inn-pur": _("Purchase of innovation"),
    "strategic-procurement:env-imp": _("Reduction of environmental impacts"),
    "strategic-procurement:soc-obj": _("Social objective"),
    "procedure:innovation": _("Innovation partnership procedure"),
    "procedure:comp-dial": _("Competitive dialogue procedure"),
    "cpv:research-development": _("Research and development services (CPV 73000000)"),
    "mentions:pcp": _("Mentions pre-commercial procurement"),
    "mentions:innovation-partnership": _("Mentions an innovation partnership"),
    "mentions:innovation-procurement": _("Mentions procurement of innovation or innovative solutions"),
    "mentions:research-development": _("Mentions research and development"),
}

GROUP_LABELS = {
    INNOVATIVE_ACQUISITION: _("Innovative acquisition"),
    STRATEGIC_PROCUREMENT: _("Strategic procurement"),
    PROCEDURE: _("Procedure"),
    CPV: _("CPV code"),
    MENTIONS: _("Mentions"),
}


def flag_label(code):
    """A readable name for a flag code; unknown codes keep their group's name and the raw value."""
    if code in FLAG_LABELS:
        return FLAG_LABELS[code]
    group, _sep, value = code.partition(":")
    if group in GROUP_LABELS and value:
        return f"{GROUP_LABELS[group]}: {value}"
    return code


def is_valid_code(code):
    """A well-formed flag code: "<known group>:<value>"."""
    group, sep, value = (code or "").partition(":")
    return bool(sep) and group in GROUP_LABELS and bool(value) and len(code) <= 64


# eForms procedure types (codelist "procurement-procedure-type"); other values are free text and shown as typed.
PROCEDURE_LABELS = {
    "open": _("Open procedure"),
    "restricted": _("Restricted procedure"),
    "neg-w-call": _("Negotiated procedure with prior call for competition"),
    "neg-wo-call": _("Negotiated procedure without prior call for competition"),
    "comp-dial": _("Competitive dialogue"),
    "innovation": _("Innovation partnership"),
    "comp-tend": _("Competitive tendering"),
    "oth-single": _("Other single-stage procedure"),
    "oth-mult": _("Other multiple-stage procedure"),
}


def procedure_label(code):
    return PROCEDURE_LABELS.get(code, code)
