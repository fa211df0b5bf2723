"""Readers of press-database exports: Europresse, Factiva, Nexis Uni, Media Cloud.

Each reader turns one export file into :class:`~helpers.ingestion.sources.common.ExportRecord`
objects, one per document, from the export's documented or observed structure;
``detect`` tells which reader a file needs from its content, not its name. The
format logic is written here (the existing parsers are AGPL or GPL): lxml reads
HTML, python-docx reads DOCX and striprtf reads RTF.
"""
