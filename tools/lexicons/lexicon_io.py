"""Shared output helpers for the lexicon conversion scripts: one header style, one record format."""

import os


def write_lexicon(path, header_lines, records):
    """Write a tab-separated UTF-8 lexicon: '#' header lines, then one record a line.

    Records are tuples of strings; tabs or newlines inside a field would break the format, so they fail loudly.
    Line endings are '\\n' on every platform so that the output is byte-for-byte reproducible.
    """
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in header_lines:
            out.write("# " + line + "\n" if line else "#\n")
        for record in records:
            for field in record:
                if "\t" in field or "\n" in field:
                    raise ValueError("field with a tab or newline: %r" % (record,))
            out.write("\t".join(record) + "\n")
