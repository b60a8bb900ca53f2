#!/usr/bin/env python3
"""Writes the package's Debian changelog from the <releases> of the AppStream metainfo.

usage: debian-changelog.py METAINFO PACKAGE MAINTAINER OUTPUT

The metainfo's release notes are the only place where changes are written down; the changelog in
/usr/share/doc/<package>/ is generated from them at build time (see packaging/CMakeLists.txt), so
the two can never disagree. One entry per <release>, newest first as in the metainfo; each
paragraph and list item of its <description> becomes one "*" line, wrapped at 79 columns.
The release date is the entry's date, at midnight UTC, so the same metainfo always gives the same
bytes (no build time in the package).
"""

import datetime
import email.utils
import sys
import textwrap
import xml.etree.ElementTree as ET


def fail(message):
    print(f"debian-changelog: {message}", file=sys.stderr)
    sys.exit(1)


def release_time(release):
    """The release's date (date="YYYY-MM-DD" or timestamp="seconds"), as an RFC 5322 date."""
    if release.get("timestamp"):
        moment = datetime.datetime.fromtimestamp(int(release.get("timestamp")), datetime.timezone.utc)
    elif release.get("date"):
        day = datetime.date.fromisoformat(release.get("date")[:10])
        moment = datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc)
    else:
        fail(f"release {release.get('version')} has neither date= nor timestamp=")
    return email.utils.format_datetime(moment)


def notes(release):
    """The text of each <p> and <li> of the release's description, whitespace collapsed."""
    description = release.find("description")
    if description is None:
        return []
    out = []
    for element in description.iter():
        if element.tag in ("p", "li"):
            text = " ".join("".join(element.itertext()).split())
            if text:
                out.append(text)
    return out


def main(argv):
    if len(argv) != 5:
        fail("usage: debian-changelog.py METAINFO PACKAGE MAINTAINER OUTPUT")
    metainfo, package, maintainer, output = argv[1:]
    try:
        root = ET.parse(metainfo).getroot()
    except (OSError, ET.ParseError) as error:
        fail(f"cannot read {metainfo}: {error}")
    releases = root.findall("./releases/release")
    if not releases:
        fail(f"{metainfo} has no <releases><release>: add release notes there")

    entries = []
    for release in releases:
        version = release.get("version")
        if not version:
            fail(f"a <release> in {metainfo} has no version=")
        lines = [f"{package} ({version}) unstable; urgency=medium", ""]
        items = notes(release) or [f"Release {version}."]
        for item in items:
            lines += textwrap.wrap(item, width=79, initial_indent="  * ", subsequent_indent="    ",
                                   break_long_words=False, break_on_hyphens=False)
        lines += ["", f" -- {maintainer}  {release_time(release)}"]
        entries.append("\n".join(lines) + "\n")

    with open(output, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(entries))


if __name__ == "__main__":
    main(sys.argv)
