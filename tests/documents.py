"""Builders for test documents in every supported format, written to a folder."""

from __future__ import annotations

import io
from pathlib import Path

PARAGRAPHS = [
    "On 6 April 1994 the plane carrying President Juvénal Habyarimana was shot down over Kigali.",
    "Killings began in Kigali that night and spread to most prefectures within days.",
    "The United Nations Security Council reduced UNAMIR by Resolution 912 on 21 April 1994.",
]


def make_pdf(path: Path, pages: list[list[str]], title: str | None = None, author: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    for paragraphs in pages:
        pdf.add_page()
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph.encode("latin-1", "replace").decode("latin-1"))
            pdf.ln(4)
    pdf.output(str(path))
    return path


def make_encrypted_pdf(path: Path, source: Path, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def make_docx(path: Path, paragraphs: list[str], title: str | None = None, author: str | None = None) -> Path:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if title:
        document.core_properties.title = title
    if author:
        document.core_properties.author = author
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def make_html(path: Path, paragraphs: list[str], title: str = "A report", author: str | None = None,
              date: str | None = None) -> Path:
    meta = ""
    if author:
        meta += f'<meta name="author" content="{author}">'
    if date:
        meta += f'<meta name="date" content="{date}">'
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(f"<!doctype html><html lang='en'><head><title>{title}</title>{meta}</head><body>"
                    f"<nav><a href='/'>Home</a> | <a href='/about'>About</a></nav>"
                    f"<article><h1>{title}</h1>{body}</article><footer>Copyright notice</footer></body></html>",
                    encoding="utf-8")
    return path
