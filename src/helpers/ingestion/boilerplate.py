"""Line rules that separate boilerplate and bylines from the article body.

News pages scraped or copied by hand carry the site around the article:
subscription blocks, share links, photo credits, repeated headlines, video
captions. Each rule below is general (it names no outlet of the corpus) and
gives the reason recorded in ``removed_lines.csv``. Bylines are not thrown
away: they become metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from helpers.ingestion.sources.common import COPYRIGHT, DOCUMENT_ID_LINE, LEGAL_NOTICE
from helpers.ingestion.teasers import teaser_lines

# « — Préfet du Nord (@Prefet59) 4 juin 2024 » (the dash is cut with the bullets)
_POST_SIGNATURE = (
    r"^[^()@]{1,80}\(@\w+\)?\s*(?:\d{1,2}\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},\s+\d{4})?$"
)
# the news agencies whose names sign datelines, copy and photo credits
_AGENCIES = r"(?:AFP|Reuters|AP|Belga|ATS|DPA|ANSA|EFE|Xinhua)"
# (reason, pattern) in the order they are tried; the first match wins.
_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("url_only", re.compile(r"^(?:https?://|www\.)\S+$", re.I)),
    (
        "social_link",
        re.compile(
            r"(?:t\.me/|(?:x|twitter|facebook|instagram|linkedin|youtube|tiktok)\.com/)"
            r"|^(?:groupe|compte|cha[îi]ne|page)\s+(?:\w+\s+)?(?:telegram|twitter|x|facebook|"
            r"instagram|linkedin|youtube|whatsapp)\b"
            r"|^(?:likez|suivez(?:-nous)?|rejoignez-nous)\b.*\b(?:facebook|twitter|instagram|"
            r"linkedin|telegram|youtube|x)\b",
            re.I,
        ),
    ),
    (
        "call_to_action",
        re.compile(
            r"^(?:vous avez aimé cet article|cet article vous a plu|partagez cet article"
            r"|bienvenue dans la communauté|réagissez à cet article|laissez un commentaire"
            r"|(?:connectez-vous|identifiez-vous|inscrivez-vous)\b.{0,60}\bpour (?:participer"
            r"|commenter|réagir))",
            re.I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"\bnewsletters?\b|^abonnez-vous\b|^inscrivez-vous\b|^recevez (?:chaque|tous)"
            r"|^je m['’]abonne\b|^s['’]abonner\b",
            re.I,
        ),
    ),
    # An export's footer, should a reader leave one in the text (sources.common).
    ("copyright", COPYRIGHT),
    ("legal_notice", LEGAL_NOTICE),
    ("document_id", DOCUMENT_ID_LINE),
    (
        "photo_credit",
        re.compile(
            r"^(?:cr[ée]dits?|credit)\s*(?:photos?|images?)?\s*:|^(?:photo|image)\s*:|^©"
            r"|^(?:source|photo|image)\s*>",  # « Source > Rédaction … Photo > DR »
            re.I,
        ),
    ),
    # « ( AFP / Anne ROY ) », « (Photo by ANNE ROY / AFP) »: a credit on a line of its own
    (
        "photo_credit",
        re.compile(
            rf"^\(\s*(?:{_AGENCIES}\s*/\s*[^()/]{{2,40}}"
            rf"|(?:photo by\s+|photo\s*:\s*)?[^()/]{{2,40}}/\s*{_AGENCIES})\s*\)$"
        ),
    ),
    # « PHOTO ANNE ROY, AGENCE EXEMPLE »: a credit printed in capitals under a picture
    (
        "photo_credit",
        re.compile(
            r"^(?:PHOTOS?|ILLUSTRATION|ARCHIVES)\s+[A-ZÀ-Ý][A-ZÀ-Ý’' .-]+"
            r"(?:[,/]\s*[A-ZÀ-Ý][A-ZÀ-Ý’' .-]+)+$"
        ),
    ),
    # « Le Journal3 days ago », « il y a 2 heures »: a page's relative publication time
    (
        "time_stamp",
        re.compile(
            r"^.{0,40}?\d{1,2}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago$"
            r"|^(?:publié\s+)?il y a \d{1,2}\s+(?:min(?:utes?)?|h|heures?|jours?|semaines?|mois)$",
            re.I,
        ),
    ),
    # « single-post,postid-123,single-format-standard,… »: the page's style classes, one of
    # them at times two words (« wpb-js-composer js-comp-ver-4 »)
    ("page_code", re.compile(r"^[\w.-]+(?:,(?:[\w.-]+(?: [\w.-]+)?)?){4,}$")),
    # « Imprimer Envoyer cet article à Nous suivre sur facebook … »: a page's tool bar
    (
        "navigation",
        re.compile(r"\benvoyer cet article\b.{0,80}\bnous suivre sur\b", re.I),
    ),
    (
        "related_link",
        re.compile(
            r"^(?:[àa] lire (?:également|aussi|ensuite)|lire (?:aussi|également)|voir aussi"
            r"|sur le même sujet|read more|cet article est paru dans)\b",
            re.I,
        ),
    ),
    # « INFOGRAPHIE >> Le bilan… », « VIDÉO >> … »: a link to other content of the site
    ("related_link", re.compile(r"^[A-ZÀ-Ý]{4,}(?: [A-ZÀ-Ý]{2,})?\s*>>")),
    # « La Gazette, 12 mai 2016 : » over an article: the outlet and the date
    (
        "dateline",
        re.compile(
            r"^[A-ZÀ-Ý][\w'’ -]{1,40},\s*\d{1,2}(?:er)?\s+(?:janv|févr|mars|avr|mai|juin|juil"
            r"|août|sept|oct|nov|déc)\w*\.?\s+\d{4}\s*:?$",
            re.I,
        ),
    ),
    # a site's mail address hidden from robots: « Cette adresse e-mail est protégée … »
    ("hidden_email", re.compile(r"adresse e-?mail est protégée contre les robots", re.I)),
    # « 08 mars 2021 09:12; Act: 08.03.2021 11:40 »: a page's publication and update times
    (
        "time_stamp",
        re.compile(
            r"^\d{1,2}\.?\s+(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\w*\.?"
            r"\s+\d{4},?\s+(?:à\s+)?\d{1,2}\s*[:h]\s*\d{2}\b.{0,60}$",
            re.I,
        ),
    ),
    # « Cet article est réservé aux abonnés »: the paywall's notice where the body stops
    (
        "paywall",
        re.compile(
            r"^(?:(?:cet |l['’])?article|la suite(?: de cet article)?|ce contenu)"
            r"(?: est)? réservée? aux (?:abonnés|inscrits|membres)\b.{0,40}$",
            re.I,
        ),
    ),
    # « Getting your Trinity Audio player ready... », « YouTube player »: an embedded player's
    # label; « chevron_right »: the name of an icon printed instead of its picture
    (
        "media_player",
        re.compile(
            r"^getting your (?:\w+ ){1,2}player ready\W*$|^(?:youtube|vimeo|dailymotion|audio"
            r"|vidéo|video) player$",
            re.I,
        ),
    ),
    ("navigation", re.compile(r"\b(?:chevron|arrow|keyboard_arrow)_(?:right|left|forward|back)\b")),
    # « Votre navigateur est obsolète. Veuillez le mettre à jour… »: the site's warning
    (
        "browser_notice",
        re.compile(
            r"^votre navigateur (?:est obsolète|n['’]est (?:plus|pas) "
            r"(?:à jour|supporté|compatible))|^(?:le )?javascript est désactivé",
            re.I,
        ),
    ),
    ("table_of_contents", re.compile(r"^(?:table of contents|sommaire|table des matières)$", re.I)),
    (
        "navigation",
        re.compile(
            r"^(?:plus|voir (?:tout|plus)|vedi tutti|lire la suite|menu|accueil|retour"
            r"|commentaires?|see all|show more)$",
            re.I,
        ),
    ),
    # « ⏱ Lecture 2 mn. », « Temps de lecture : 4 minutes »: a page's reading time
    (
        "reading_time",
        re.compile(
            r"^\W*(?:temps de )?lecture\s*:?\s*(?:\d+\s*(?:mn|min(?:ute)?s?)"
            r"|moins d['’]une minute)\.?$",
            re.I,
        ),
    ),
    # « S'identifier Créer un compte Quelques règles… 13 Commentaires »: the login and
    # comment block of a page, its labels glued on one line
    (
        "comment_block",
        re.compile(
            r"^(?:s['’]identifier|se connecter|connexion)\b.{0,150}"
            r"(?:créer un compte|\bcommentaires?\b)|^\d+\s+commentaires?$"
            r"|^(?:comments are closed|les commentaires sont (?:fermés|clos))\.?$",
            re.I,
        ),
    ),
    ("hashtags", re.compile(r"(?:#\w+.*){3,}")),
    # An embedded post: its signature line, or its text, which names a handle and a
    # hashtag (« #grève : la RN79 fermée @VilleDeX »)
    (
        "social_post",
        re.compile(
            _POST_SIGNATURE + r"|(?<![\w.])@\w{2,}.*(?<![\w&])#\w|(?<![\w&])#\w.*(?<![\w.])@\w{2,}"
        ),
    ),
    # « Calais, France | AFP | lundi 4 juin 2024 », « Calais, France | AFP »,
    # « Calais (AFP) | 14h32 »: an agency dateline on its own line
    (
        "dateline",
        re.compile(
            r"^[A-ZÀ-Ý][\w' -]{1,40}(?:,\s*[\w' -]{2,40})?\s*\|\s*[A-Z][\w-]{1,12}\s*(?:\||$)"
            r"|^[A-ZÀ-Ý][\w' -]{1,40}(?:,\s*[\w' -]{2,40})?\s*\(?(?:AFP|Reuters|AP|Belga|ATS)\)?"
            r"\s*\|\s*\d{1,2}\s*[h:]\s*\d{2}$"
        ),
    ),
    # « (avec AFP) », « AFP », « Reuters/AP »: an agency signature
    (
        "agency_signature",
        re.compile(
            r"^\(?(?:avec\s+)?(?:AFP|Reuters|AP|Belga|ATS|DPA|ANSA|EFE|Xinhua)"
            r"(?:\s*(?:/|et|,)\s*(?:AFP|Reuters|AP|Belga|ATS|DPA|ANSA|EFE|Xinhua))*\)?\.?$",
            re.I,
        ),
    ),
    (
        "tag_list",
        re.compile(r"^(?:mots[- ]cl[ée]s|tags?|sujets?|th[ée]matiques?|thèmes?)\s*:", re.I),
    ),
    (
        "share_buttons",
        re.compile(
            r"^(?:(?:partager|partagez|copier le lien|facebook|twitter|linkedin|e-?mail|whatsapp"
            r"|messenger|imprimer|pinterest|flipboard)[\s|·•,]*){2,}$"
            # « Share on facebook », « Partager sur LinkedIn »: one button per line
            r"|^(?:share|partager|partagez)\s+(?:on|sur|via|par)\s+(?:facebook|twitter|x|linkedin"
            r"|e-?mail|reddit|whatsapp|messenger|pinterest|telegram|flipboard)$",
            re.I,
        ),
    ),
]

# a person's name: two or three capitalised words (« Anne Roy », « Jean-Luc DUPRÉ »)
_PERSON = r"[A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+){1,2}?"
# A dateline or share buttons glued to the start of a body line: cut off, body kept.
# « [02/05/2019 08:10:04] », « date 2024-06-04 »: a time stamp or date header
_STAMP = (
    r"(?:\[?\d{1,2}/\d{1,2}/\d{2,4}(?:\s+\d{1,2}[:h]\d{2}(?::\d{2})?)?\]?\s+"
    r"|date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?"
)
_MONTHS = r"(?:janv|févr|fév|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\w*\.?"
_PREFIX_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        # « LORIENT (AFP) - », « Calais, France (AFP) : », « [stamp] Calais (France) (AFP) Le… »:
        # without a dash the body must open on a capital
        "dateline",
        re.compile(
            rf"^{_STAMP}[A-ZÀ-Ý][\w'’ -]{{1,40}}"
            rf"(?:,\s*[\w'’ -]{{2,30}}|\s*\([A-ZÀ-Ý][\w'’ -]{{1,30}}\))?\s*\({_AGENCIES}\)"
            rf"\s*(?:[-–—:]\s*|(?=[A-ZÀ-Ý«“\"]))"
        ),
    ),
    (
        # « Tulle, 7 mars, 6h15 – », « Tulle, 07 mars 2019 (AIB)- »: the place, the date, at
        # times the hour or the agency, then a dash
        "dateline",
        re.compile(
            rf"^{_STAMP}[A-ZÀ-Ý][\w'’ -]{{1,40}},\s*\d{{1,2}}(?:er)?\s+{_MONTHS}(?:\s+\d{{4}})?"
            r"(?:,?\s+\d{1,2}\s*h\s*\d{0,2})?\s*(?:\([A-Z]{2,6}\))?\s*[-–—]\s*(?=[A-ZÀ-Ý«“\"])"
        ),
    ),
    (
        # « ALGER — Le ministre… », « QUÉBEC | La vie… »: the town in capitals, then a dash
        # or a bar
        "dateline",
        re.compile(
            rf"^{_STAMP}[A-ZÀ-Ý]{{4,}}(?:[ -][A-ZÀ-Ý]{{2,}}){{0,2}}\s+[–—|-]\s+(?=[A-ZÀ-Ý«])"
        ),
    ),
    (
        # « (Rimouski) Les parents… »: the Canadian press's dateline, a place in parentheses
        "dateline",
        re.compile(
            rf"^{_STAMP}\((?:[A-ZÀ-Ý][\w'’-]+)(?:[ -][A-ZÀ-Ý][\w'’-]+){{0,3}}\)\s+(?=[A-ZÀ-Ý«])"
        ),
    ),
    (
        # « Calais, France | AFP | lundi 13/11/2023 - »: the agency's stamp between bars
        "dateline",
        re.compile(
            rf"^{_STAMP}[A-ZÀ-Ý][\w'’ -]{{1,40}}(?:,\s*[\w'’ -]{{2,30}})?\s*\|\s*{_AGENCIES}"
            r"\s*\|\s*(?:\w+\s+)?\d{1,2}/\d{1,2}/\d{2,4}\s*[-–—:]\s*"
        ),
    ),
    (
        # « Anne Roy – Lille (Le Matin) – »: the writer, the place and the paper
        "dateline",
        re.compile(
            rf"^{_PERSON}\s+[–—-]\s+[A-ZÀ-Ý][\w'’ -]{{1,40}}\s+\([A-ZÀ-Ý][^()]{{1,30}}\)"
            r"\s+[–—-]\s+(?=[A-ZÀ-Ý«“\"])"
        ),
    ),
    (
        # « Avec notre correspondante à Rabat, Anne Roy »: the radio's byline before the body
        "byline",
        re.compile(
            r"^Avec (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?)"
            rf"(?: (?:à|au|aux|en|dans) [^,]{{1,40}})?,\s*{_PERSON}\s+(?=[A-ZÀ-Ý«“\"])"
        ),
    ),
    (
        "share_buttons",
        re.compile(
            r"^(?:Partager|Partagez|Copier le lien|Facebook|Twitter|LinkedIn|E-mail|WhatsApp"
            r"|Imprimer)+(?=[A-ZÀ-Ý][a-zà-ÿ])"
        ),
    ),
]

_BYLINE_RULES: list[re.Pattern[str]] = [
    re.compile(
        r"^Article d(?:e |['’])(?P<author>.+?) pour (?P<outlet>[^–—-]+?)"
        r"(?:\s*[–—-]\s*(?:traduit|adapté) par (?P<translator>.+))?$"
    ),
    re.compile(
        r"^(?:Rédaction|Auteur|Autrice|Texte(?: par)?|Par|Propos recueillis par)\s*:\s*"
        r"(?P<author>.+)$"
    ),
    re.compile(r"^Par (?P<author>\w[\w.’'-]*(?: \w[\w.’'-]*){1,3})$"),
    re.compile(r"^(?:Édition|Edition|Éditeur|Éditrice|Traduction)\s*:\s*(?P<editor>.+)$"),
    re.compile(r"^Source\s*:\s*(?P<source>.+)$"),
    # « Anne Roy / Agence QMI », « Anne ROY Agence France-Presse »: a name and its agency
    re.compile(
        rf"^(?P<author>{_PERSON})\s*[/,|–—-]?\s+(?P<source>Agence [A-ZÀ-Ý][\w-]*"
        rf"(?: [A-ZÀ-Ý][\w-]*)?|{_AGENCIES})$"
    ),
    # « Posté par Anne Roy, jeudi 15 avril », « Par Anne Roy • Publié le 11/07/23 »
    re.compile(
        rf"^(?:(?:Posté|Postée|Publié|Publiée|Écrit|Écrite) par|Par) (?P<author>{_PERSON})"
        r"\s*(?:,|•|\||[–—-]\s*(?:Publié|Mis à jour|Modifié))"
    ),
    # « Anne Roy, publié le lundi 4 mars 2024 à 10h02 »: the writer and the page's date
    re.compile(rf"^(?P<author>{_PERSON}),?\s+(?:publié|mis à jour|modifié) le\b"),
    # « Article issu du Courrier du 26 septembre 2015. »: the paper that printed it first
    re.compile(
        r"^Article (?:issu|extrait|tiré) (?:du |de la |des |de |d['’])(?P<source>.+?)"
        r" du \d{1,2}(?:er)? \w+ \d{4}\.?$"
    ),
    # « Avec notre envoyée spéciale dans le Nord, Anne Roy »: on a line of its own
    re.compile(
        r"^Avec (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?)"
        rf"(?: (?:à|au|aux|en|dans) [^,]{{1,40}})?,\s*(?P<author>{_PERSON})$"
    ),
    # « Reportage de Anne Roy et Paul Marin. », « Reportage de A, B et C »
    re.compile(
        r"^(?:Un )?(?:[Rr]eportage|[Tt]exte|[Pp]hotos?|[Vv]idéo|[Ii]mages?) (?:de |d['’]|par )"
        rf"(?P<author>{_PERSON}(?:, {_PERSON})*(?: et {_PERSON})?)\.?$"
    ),
    # « Anne Roy, à Lausanne »: the writer and where the story was written
    re.compile(rf"^(?P<author>{_PERSON}), à [A-ZÀ-Ý][\w'’ -]{{1,60}}$"),
    # « Photo portrait de Anne Roy »: the writer's portrait over the byline
    re.compile(rf"^Photo (?:portrait )?(?:de |d['’])(?P<author>{_PERSON})$"),
    # « Anne Martin, journaliste », « AM Journaliste »: a name and the writer's trade
    re.compile(
        r"^(?P<author>[A-ZÀ-Ý][\w.’'-]*(?: [A-ZÀ-Ý][\w.’'-]*){0,3}),?\s+"
        r"(?:[Jj]ournaliste|[Rr]édact(?:eur|rice)|[Cc]orrespondante?)$"
    ),
]
# « Anne Martin » alone on the article's last line: the writer's signature
_SIGNATURE = re.compile(
    r"^[A-ZÀ-Ý][\w’'.-]+(?:\s+(?:de |d['’]|du |le |van |von )?[A-ZÀ-Ý][\w’'.-]+){1,2}$"
)
_SIGNED_OUTLET = re.compile(r"^(?P<author>.+?)\s*,\s*[A-ZÀ-Ý][\w-]*$")

# A byline is a short line; a longer one is prose that happens to match.
_MAX_BYLINE_CHARS = 120
# A kicker is a short upper-case section label above the title.
_MAX_KICKER_CHARS = 40
# A title is a short line that does not end like a sentence.
_MAX_TITLE_CHARS = 200
# Lines of a subscription block after its first line are short.
_MAX_BLOCK_LINE_CHARS = 120
_BULLET = re.compile(r"^[\s•·▪■◦‣*–—-]*")


@dataclass
class LineVerdict:
    line_no: int  # 1-based line number in the decoded file
    text: str
    reason: str | None  # None: the line is body text


@dataclass
class CleanedArticle:
    verdicts: list[LineVerdict]
    metadata: dict[str, str] = field(default_factory=dict)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def line_rule(text: str) -> str | None:
    """The boilerplate reason of one line taken alone, or None."""
    # « • Lire aussi », « >> Lire aussi », « » LIRE AUSSI », « | Lire aussi »
    line = _BULLET.sub("", _squash(text)).lstrip(">»|› ")
    for reason, pattern in _LINE_RULES:
        if pattern.search(line):
            if reason == "newsletter" and len(line) > _MAX_BLOCK_LINE_CHARS:
                continue  # a paragraph that mentions a newsletter is body text
            return reason
    half = len(line) // 2
    if len(line) >= 8 and len(line) % 2 == 0 and line[:half] == line[half:]:
        return "doubled_label"  # a site label pasted twice, e.g. "XSélectionXSélection"
    return None


def cut_prefix(line: str) -> tuple[int, str, str]:
    """Where the body starts in a line that opens on a dateline or glued share buttons:
    (offset, reason, the text cut off); (0, "", "") when there is none."""
    for reason, pattern in _PREFIX_RULES:
        if (match := pattern.match(line)) and match.end() < len(line):
            return match.end(), reason, line[: match.end()].strip(" -–—:|")
    return 0, "", ""


def parse_byline(text: str) -> dict[str, str] | None:
    """Metadata fields of a byline line, or None when the line is not one."""
    line = _BULLET.sub("", _squash(text))
    if len(line) > _MAX_BYLINE_CHARS:
        return None
    for pattern in _BYLINE_RULES:
        match = pattern.match(line)
        if match:
            return {k: v.strip() for k, v in match.groupdict().items() if v}
    return None


def strip_bullet(text: str) -> tuple[int, int]:
    """Span of ``text`` without its list bullet and surrounding white space."""
    start = _BULLET.match(text).end()
    end = len(text.rstrip())
    return (start, end) if start < end else (0, 0)


def _is_kicker(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (
        0 < len(line) <= _MAX_KICKER_CHARS
        and len(letters) >= 3
        and line.upper() == line
        and (len(line.split()) <= 4)
    )


def _looks_like_title(line: str) -> bool:
    return 0 < len(line) <= _MAX_TITLE_CHARS and not re.search(r"[.:;,]$", line)


def clean_lines(lines: list[str], title: str | None = None) -> CleanedArticle:
    """Classify each line as body or boilerplate and collect byline metadata.

    ``title`` is the headline when an export gave it apart from the text: the
    text then opens on the body (no line is taken for a kicker or a title), and a
    line repeating the headline is still set aside.
    """
    verdicts: list[LineVerdict] = []
    metadata: dict[str, str] = {}
    # Earlier lines, alone and as consecutive pairs: a headline often comes back
    # repeated, or with its subtitle run into the same line.
    seen: set[str] = {_squash(title).casefold()} if title else set()
    last_line = ""
    in_block = False
    body_started = title is not None

    for index, raw in enumerate(lines):
        line = _squash(raw)
        verdict = LineVerdict(index + 1, raw, None)
        verdicts.append(verdict)
        if not line:
            in_block = False
            continue

        reason = line_rule(line)
        if reason in {"newsletter", "call_to_action"}:
            in_block = True
        elif reason is None and in_block and len(line) <= _MAX_BLOCK_LINE_CHARS:
            reason = "newsletter"
        else:
            in_block = False

        if reason is None and (byline := parse_byline(line)) is not None:
            reason = "byline"
            for key, value in byline.items():
                metadata.setdefault(key, value)
        if reason is None and line.casefold() == metadata.get("author", "").casefold():
            reason = "byline"  # the writer's name again, under the portrait
        title_above = "title" in metadata and last_line.casefold() == metadata["title"].casefold()
        if reason is None and title_above:
            if _SIGNATURE.match(_BULLET.sub("", line)):
                reason = "byline"  # « - Anne Roy » under the title: the writer
                metadata.setdefault("author", _BULLET.sub("", line))
        if reason is None and last_line.casefold() == "par" and _SIGNATURE.match(line):
            reason = "byline"  # « par » on a line, the writer's name on the next
            metadata.setdefault("author", line)
        if reason is None and line.casefold() in seen:
            reason = "repeated_headline"
        if reason is None and not body_started and _is_kicker(line):
            reason = "kicker"  # « POLITIQUE », « FAITS DIVERS » over the title
            metadata.setdefault("section", line.title())
        if reason is None and not body_started and _looks_like_title(line):
            reason = "title"
            metadata.setdefault("title", line)
            body_started = True
        body_started = body_started or reason is None

        if reason == "social_post" and re.match(_POST_SIGNATURE, _BULLET.sub("", line)):
            # the post's text is the line above its signature
            above = next((v for v in reversed(verdicts[:-1]) if _squash(v.text)), None)
            if above is not None and above.reason is None:
                above.reason = "social_post"
        verdict.reason = reason
        seen.add(line.casefold())
        if last_line:
            seen.add(f"{last_line} {line}".casefold())
        last_line = line
    for i in teaser_lines(lines, [v.reason is None for v in verdicts]):
        verdicts[i].reason = verdicts[i].reason or "related_link"
    author = metadata.get("author", "").casefold()
    for v in verdicts:  # the writer's name over the byline that gives it
        if v.reason is None and author and _squash(v.text).casefold() == author:
            v.reason = "byline"
    _signature_at_end(verdicts, metadata)
    return CleanedArticle(verdicts, metadata)


def _signature_at_end(verdicts: list[LineVerdict], metadata: dict[str, str]) -> None:
    """A bare name on the last line, after body text, signs the article: a byline. Page
    furniture after it (« Comments are closed. ») does not count."""
    written = [v for v in verdicts if _squash(v.text)]
    while written and written[-1].reason is not None:
        written.pop()
    if len(written) < 2:
        return
    last = _squash(written[-1].text)
    # « Anne Roy », « Anne Roy , Le Journal »: the writer, at times with the outlet
    signed = _SIGNED_OUTLET.match(last)
    author = signed.group("author") if signed else last
    if _SIGNATURE.match(author) and any(v.reason is None for v in written[:-1]):
        written[-1].reason = "byline"
        metadata.setdefault("author", author)
