"""Build the demo web archive shipped with tigris (``src/tigris/data/demo/archive.warc.gz``).

The archive holds two captured news pages (a request and a response record for each), written
for tigris's demo corpus. Every header that would normally vary between runs (record ids,
capture dates) is fixed here, so running the script again produces a byte-identical file.

Usage::

    python scripts/make_demo_warc.py                 # rewrite the shipped archive
    python scripts/make_demo_warc.py --output x.warc.gz
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "src" / "tigris" / "data" / "demo" / "archive.warc.gz"
USER_AGENT = "tigris-demo-capture/1.0"


@dataclass(frozen=True)
class CapturedPage:
    """One news page as it was served, with the fixed identifiers of its two WARC records."""

    url: str
    warc_date: str
    http_date: str
    request_id: str
    response_id: str
    html: str


ABU_YASSER_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Iraqi forces kill Islamic State's top commander in Iraq, Kadhimi says | Two Rivers Daily</title>
<meta property="og:title" content="Iraqi forces kill Islamic State's top commander in Iraq, Kadhimi says">
<meta property="article:published_time" content="2021-01-29T09:40:00+03:00">
<meta name="author" content="Samir Haddad">
</head>
<body>
<nav><a href="/">Two Rivers Daily</a> | <a href="/iraq">Iraq</a> | <a href="/security">Security</a></nav>
<article>
<h1>Iraqi forces kill Islamic State's top commander in Iraq, Kadhimi says</h1>
<p class="byline">By Samir Haddad, January 29, 2021</p>
<p>BAGHDAD, Jan 29 &mdash; Iraqi forces have killed Abu Yasser al-Issawi, whom officials describe
as the Islamic State's commander for Iraq and one of its most senior remaining leaders, Prime
Minister Mustafa al-Kadhimi said on Thursday.</p>
<p>Kadhimi said Issawi died in an operation in Kirkuk governorate carried out by Iraqi
intelligence and military units. Security officials said the coalition led by the United States
had provided intelligence and air support, and that several other militants were killed with him
in a remote valley south of the city of Kirkuk.</p>
<p>The announcement came a week after two suicide bombers claimed by the Islamic State killed 32
people at a market in Baghdad's Tayaran Square, and five days after the group ambushed a unit of
the Popular Mobilization Forces east of Tikrit, killing 11 fighters.</p>
<p>Kadhimi wrote on Twitter that he had promised a decisive response and that Iraq's forces had
delivered it. The group did not immediately comment on the reported death.</p>
<p>Issawi was said to have been in charge of operations across the country, including the cells
that move between the Hamrin mountains, the valleys of southern Kirkuk and the deserts of
Anbar.</p>
</article>
<aside class="related">
<h2>Related</h2>
<ul>
<li><a href="/news/2021-01-21-tayaran-bombing">Twin suicide bombings at Baghdad's Tayaran Square kill at least 32</a></li>
<li><a href="/news/2021-01-24-salahuddin-ambush">Islamic State ambush kills 11 Hashd fighters east of Tikrit</a></li>
</ul>
</aside>
<footer>&copy; 2021 Two Rivers Daily. Demo content written for tigris.</footer>
</body>
</html>
"""

ERBIL_DRONE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Explosive-laden drone hits coalition area at Erbil airport | Gulf Desk</title>
<meta property="og:title" content="Explosive-laden drone hits coalition area at Erbil airport">
<meta property="article:published_time" content="2021-04-15T08:15:00+03:00">
<meta name="author" content="Gulf Desk staff">
</head>
<body>
<nav><a href="/">Gulf Desk</a> | <a href="/iraq">Iraq</a> | <a href="/kurdistan">Kurdistan Region</a></nav>
<article>
<h1>Explosive-laden drone hits coalition area at Erbil airport</h1>
<p class="byline">Gulf Desk staff, April 15, 2021</p>
<p>ERBIL, Apr 15 &mdash; A drone carrying explosives struck the part of Erbil international airport
used by the US-led coalition late on Wednesday, Kurdish officials said. Nobody was hurt, but a
building was damaged.</p>
<p>Residents of the city reported a loud explosion and a fire near the airport. The Kurdistan Region's interior ministry said the drone had been packed with TNT and
that its origin was under investigation.</p>
<p>Officials said it was the first known use of an armed drone against coalition forces in Iraq.
Until now,
attacks on US sites had relied on rockets and on roadside bombs planted along the routes used by
supply convoys. Security officials said a drone was harder to detect and could be steered
precisely to its target.</p>
<p>No group claimed the attack. In February, rockets fired at the same airport killed a foreign
contractor and wounded several people, including an American soldier, an attack claimed by a
group calling itself Saraya Awliya al-Dam.</p>
<p>The coalition said it was aware of the reports and that there were no injuries among its
personnel.</p>
</article>
<aside class="related">
<h2>Related</h2>
<ul>
<li><a href="/news/2021-02-16-erbil-rockets">Rockets hit Erbil airport area, killing a foreign contractor</a></li>
</ul>
</aside>
<footer>&copy; 2021 Gulf Desk. Demo content written for tigris.</footer>
</body>
</html>
"""

PAGES: tuple[CapturedPage, ...] = (
    CapturedPage(
        url="https://demo.tigris.invalid/news/2021-01-29-abu-yasser-killed",
        warc_date="2021-01-29T10:02:11Z",
        http_date="Fri, 29 Jan 2021 10:02:11 GMT",
        request_id="<urn:uuid:5f0c1e2a-6d1b-4c53-9a52-0b6f3a1c2d01>",
        response_id="<urn:uuid:5f0c1e2a-6d1b-4c53-9a52-0b6f3a1c2d02>",
        html=ABU_YASSER_HTML,
    ),
    CapturedPage(
        url="https://demo.tigris.invalid/news/2021-04-15-erbil-drone",
        warc_date="2021-04-15T07:30:45Z",
        http_date="Thu, 15 Apr 2021 07:30:45 GMT",
        request_id="<urn:uuid:5f0c1e2a-6d1b-4c53-9a52-0b6f3a1c2d03>",
        response_id="<urn:uuid:5f0c1e2a-6d1b-4c53-9a52-0b6f3a1c2d04>",
        html=ERBIL_DRONE_HTML,
    ),
)


def _write_page(writer: WARCWriter, page: CapturedPage) -> None:
    body = page.html.encode("utf-8")
    path = "/" + page.url.split("/", 3)[3]
    http_response = StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Date", page.http_date),
            ("Server", "demo"),
        ],
        protocol="HTTP/1.1",
    )
    response = writer.create_warc_record(
        page.url,
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=http_response,
        warc_headers_dict={"WARC-Record-ID": page.response_id, "WARC-Date": page.warc_date},
    )
    http_request = StatusAndHeaders(
        f"GET {path} HTTP/1.1",
        [("Host", "demo.tigris.invalid"), ("User-Agent", USER_AGENT), ("Accept", "text/html")],
        is_http_request=True,
    )
    request = writer.create_warc_record(
        page.url,
        "request",
        http_headers=http_request,
        warc_headers_dict={"WARC-Record-ID": page.request_id, "WARC-Date": page.warc_date},
    )
    writer.write_request_response_pair(request, response)


def write_archive(output: Path) -> Path:
    """Write the demo archive to ``output`` (gzipped WARC) and return the path."""
    output.parent.mkdir(parents=True, exist_ok=True)
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for page in PAGES:
        _write_page(writer, page)
    output.write_bytes(buffer.getvalue())
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the .warc.gz file"
    )
    args = parser.parse_args(argv)
    path = write_archive(args.output)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
