"""Reading what a group brings along: member lists (CSV, xlsx) and minutes
(.txt, .md, .docx). Every file is untrusted: sizes, encodings, archives and
cells are bounded here, before anything reaches the store."""
