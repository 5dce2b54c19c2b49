"""Build the PDF and DOCX sample documents in examples/ from the plain-text sources in examples/src/.

    .venv/bin/python examples/build.py          # build, then check what was built
    .venv/bin/python examples/build.py --check  # only check the committed files

The generated files are committed, so the demo does not need this script; it is here so
that anyone can see how they were made and rebuild them after editing a source.

Source format (examples/src/*.txt), one block per blank-line-separated paragraph:
    # Title              first line: the document title (also checked against the sidecar)
    ## Heading           a section heading
    > note               an italic note (used for the "what this is" line)
    - item               a bulleted list item (one per line)
    | a | b | c |        a table row; the first row is the header
    anything else        a body paragraph (lines are joined with spaces)

Title, author and date in the files' metadata come from the sidecar NAME.meta.json.
Output is deterministic: the same sources give the same bytes, so the content-addressed
store sees an unchanged file as the same source.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

# name of the output file -> name of its source under src/
PDFS = {
    "judgment_summary_akayesu.pdf": "judgment_summary_akayesu.txt",
    "sitrep_refugees_1994.pdf": "sitrep_refugees_1994.txt",
}
DOCXS = {
    "academic_accountability.docx": "academic_accountability.txt",
}

FONT_DIRS = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
             Path("/Library/Fonts"), Path("C:/Windows/Fonts")]
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}

# Characters the latin-1 core fonts cannot show, for the fallback when no TTF font is found.
LATIN1_FALLBACK = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                   "\u2014": "-", "\u2026": "...", "\u00a0": " ", "\u2011": "-"}


# ---------------------------------------------------------------- parsing

@dataclass
class Block:
    kind: str                     # title | heading | note | bullets | table | para
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


def parse(source: str) -> list[Block]:
    blocks: list[Block] = []
    for chunk in source.replace("\r\n", "\n").split("\n\n"):
        lines = [line.rstrip() for line in chunk.strip("\n").split("\n") if line.strip()]
        if not lines:
            continue
        first = lines[0]
        if first.startswith("# "):
            blocks.append(Block("title", first[2:].strip()))
            rest = lines[1:]
            if rest:
                blocks.extend(parse("\n".join(rest)))
        elif first.startswith("## "):
            blocks.append(Block("heading", first[3:].strip()))
            if lines[1:]:
                blocks.extend(parse("\n".join(lines[1:])))
        elif first.startswith("> "):
            blocks.append(Block("note", " ".join(line.lstrip("> ").strip() for line in lines)))
        elif all(line.startswith("- ") for line in lines):
            blocks.append(Block("bullets", items=[line[2:].strip() for line in lines]))
        elif all(line.startswith("|") for line in lines):
            rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines]
            blocks.append(Block("table", rows=rows))
        else:
            blocks.append(Block("para", " ".join(line.strip() for line in lines)))
    return blocks


def load(name: str) -> list[Block]:
    return parse((SRC / name).read_text(encoding="utf-8"))


def sidecar(output_name: str) -> dict:
    path = HERE / f"{output_name}.meta.json"
    return json.loads(path.read_text(encoding="utf-8"))


def published_datetime(meta: dict) -> datetime:
    return datetime.fromisoformat(meta["published"]).replace(hour=12, tzinfo=timezone.utc)


# ---------------------------------------------------------------- PDF

def find_fonts() -> dict[str, Path] | None:
    found: dict[str, Path] = {}
    for base in FONT_DIRS:
        if not base.is_dir():
            continue
        for style, filename in FONT_FILES.items():
            if style not in found:
                hit = next(iter(sorted(base.rglob(filename))), None)
                if hit:
                    found[style] = hit
    return found if len(found) == len(FONT_FILES) else None


def build_pdf(blocks: list[Block], meta: dict) -> bytes:
    from fpdf import FPDF

    fonts = find_fonts()

    class Doc(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font(family, "", 8)
            self.set_text_color(110)
            self.cell(0, 10, f"Page {self.page_no()}", align="C")
            self.set_text_color(0)

    pdf = Doc(format="A4")
    if fonts:
        family = "DejaVu"
        for style, path in fonts.items():
            pdf.add_font(family, style, str(path))
        clean = lambda s: s  # noqa: E731
    else:
        family = "Helvetica"
        print("note: DejaVu fonts not found; using the latin-1 core font", file=sys.stderr)

        def clean(s: str) -> str:
            for a, b in LATIN1_FALLBACK.items():
                s = s.replace(a, b)
            return s.encode("latin-1", "replace").decode("latin-1")

    pdf.set_title(meta["title"])
    pdf.set_author(meta["author"])
    pdf.set_subject(f"{meta['kind']} (sample document)")
    pdf.set_creator(meta["publisher"])
    pdf.set_producer("fpdf2 via examples/build.py")
    pdf.set_lang(meta["language"])
    pdf.set_creation_date(published_datetime(meta))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    for block in blocks:
        if block.kind == "title":
            pdf.set_font(family, "B", 15)
            pdf.multi_cell(width, 7.5, clean(block.text), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.set_font(family, "", 9)
            pdf.multi_cell(width, 5, clean(f"{meta['author']} · {meta['publisher']} · {meta['published']}"),
                           align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif block.kind == "heading":
            pdf.ln(2)
            pdf.set_font(family, "B", 11.5)
            pdf.multi_cell(width, 6, clean(block.text), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif block.kind == "note":
            pdf.set_font(family, "I", 9.5)
            pdf.multi_cell(width, 5, clean(block.text), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif block.kind == "para":
            pdf.set_font(family, "", 10.5)
            pdf.multi_cell(width, 5.4, clean(block.text), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif block.kind == "bullets":
            bullet = "•" if fonts else "-"
            for item in block.items:
                label, sep, url = item.partition(": http")
                if sep and " " not in url:
                    # A reference: the label, then the address on a line of its own, in a size
                    # small enough that the address is not broken (and so extracts whole).
                    pdf.set_font(family, "", 8.5)
                    pdf.set_x(pdf.l_margin + 4)
                    pdf.multi_cell(width - 4, 4.2, clean(f"{bullet} {label}:"), align="L",
                                   new_x="LMARGIN", new_y="NEXT")
                    url = "http" + url
                    room = width - 4 - 2 * pdf.c_margin - 0.5
                    size = 8.5
                    while size > 5.5 and pdf.get_string_width(url) > room:
                        size -= 0.25
                        pdf.set_font(family, "", size)
                    pdf.set_x(pdf.l_margin + 4)
                    pdf.multi_cell(width - 4, 4.2, url, align="L", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(0.8)
                else:
                    pdf.set_font(family, "", 10.5)
                    pdf.set_x(pdf.l_margin + 4)
                    pdf.multi_cell(width - 4, 5.4, clean(f"{bullet} {item}"), align="L",
                                   new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(0.8)
            pdf.ln(1.5)
        elif block.kind == "table":
            pdf.set_font(family, "", 9)
            with pdf.table(col_widths=(3, 2) if len(block.rows[0]) == 2 else None,
                           line_height=4.8, padding=1.2, first_row_as_headings=True, text_align="LEFT",
                           headings_style=_headings_style(family)) as table:
                for row in block.rows:
                    cells = table.row()
                    for cell in row:
                        cells.cell(clean(cell))
            pdf.ln(3)
    return bytes(pdf.output())


def _headings_style(family: str):
    from fpdf.fonts import FontFace

    return FontFace(family=family, emphasis="BOLD", fill_color=(225, 225, 225))


# ---------------------------------------------------------------- DOCX

def build_docx(blocks: list[Block], meta: dict) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    for block in blocks:
        if block.kind == "title":
            document.add_heading(block.text, level=0)
            byline = document.add_paragraph(f"{meta['author']}, {meta['publisher']}, {meta['published']}")
            byline.runs[0].italic = True
        elif block.kind == "heading":
            document.add_heading(block.text, level=1)
        elif block.kind == "note":
            para = document.add_paragraph()
            para.add_run(block.text).italic = True
        elif block.kind == "para":
            document.add_paragraph(block.text)
        elif block.kind == "bullets":
            for item in block.items:
                document.add_paragraph(item, style="List Bullet")
        elif block.kind == "table":
            table = document.add_table(rows=0, cols=len(block.rows[0]))
            table.style = "Table Grid"
            for index, row in enumerate(block.rows):
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = value
                    if index == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True

    props = document.core_properties
    when = published_datetime(meta).replace(tzinfo=None)
    props.title = meta["title"]
    props.author = meta["author"]
    props.last_modified_by = meta["author"]
    props.subject = f"{meta['kind']} (sample document)"
    props.keywords = "Rwanda 1994; factfinder examples"
    props.comments = meta["origin"]
    props.language = meta["language"]
    props.category = meta["kind"]
    props.created = when
    props.modified = when
    props.last_printed = when
    props.revision = 1

    raw = io.BytesIO()
    document.save(raw)
    return _deterministic_zip(raw.getvalue())


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a ZIP with fixed timestamps and a stable order so rebuilds are byte-identical."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        # [Content_Types].xml first, as Word expects; the rest in their original order.
        names.sort(key=lambda n: n != "[Content_Types].xml")
        for name in names:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 25, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


# ---------------------------------------------------------------- checks

def check_pdf(path: Path, meta: dict, min_pages: int) -> list[str]:
    from pypdf import PdfReader

    problems = []
    reader = PdfReader(str(path))
    pages = [page.extract_text() or "" for page in reader.pages]
    if len(pages) < min_pages:
        problems.append(f"{path.name}: {len(pages)} page(s), expected at least {min_pages}")
    for number, text in enumerate(pages, start=1):
        if len(text.split()) < 40:
            problems.append(f"{path.name}: page {number} has almost no extractable text")
    info = reader.metadata or {}
    if info.get("/Title") != meta["title"]:
        problems.append(f"{path.name}: PDF title is {info.get('/Title')!r}")
    if info.get("/Author") != meta["author"]:
        problems.append(f"{path.name}: PDF author is {info.get('/Author')!r}")
    first_words = " ".join(meta["title"].split()[:4])
    if first_words not in " ".join(pages[0].split()):
        problems.append(f"{path.name}: the title is not in the text of page 1")
    print(f"  {path.name}: {len(pages)} pages, {sum(len(t.split()) for t in pages)} words extracted")
    return problems


def check_docx(path: Path, meta: dict) -> list[str]:
    import docx

    problems = []
    document = docx.Document(str(path))
    props = document.core_properties
    if props.title != meta["title"]:
        problems.append(f"{path.name}: title is {props.title!r}")
    if props.author != meta["author"]:
        problems.append(f"{path.name}: author is {props.author!r}")
    words = sum(len(p.text.split()) for p in document.paragraphs)
    if words < 300:
        problems.append(f"{path.name}: only {words} words in paragraphs")
    cells = sum(1 for t in document.tables for r in t.rows for _ in r.cells)
    print(f"  {path.name}: {len(document.paragraphs)} paragraphs, {words} words, "
          f"{len(document.tables)} table(s) with {cells} cells")
    return problems


def check_all() -> int:
    problems: list[str] = []
    for name in PDFS:
        problems += check_pdf(HERE / name, sidecar(name), min_pages=2)
    for name in DOCXS:
        problems += check_docx(HERE / name, sidecar(name))
    for source in list(PDFS.values()) + list(DOCXS.values()):
        blocks = load(source)
        output = next(k for k, v in {**PDFS, **DOCXS}.items() if v == source)
        if blocks[0].kind != "title" or blocks[0].text != sidecar(output)["title"]:
            problems.append(f"src/{source}: first line does not match the sidecar title of {output}")
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the files already built")
    args = parser.parse_args(argv)
    if not args.check:
        for name, source in PDFS.items():
            blocks = load(source)
            (HERE / name).write_bytes(build_pdf(blocks, sidecar(name)))
            print(f"built {name}")
        for name, source in DOCXS.items():
            blocks = load(source)
            (HERE / name).write_bytes(build_docx(blocks, sidecar(name)))
            print(f"built {name}")
    return check_all()


if __name__ == "__main__":
    sys.exit(main())
