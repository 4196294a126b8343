"""Files: upload a local file, wait until it is ready, ask about it, delete it.

``client.files.upload`` speaks Google's resumable protocol: a ``start`` request with the file's size, type
and metadata, then the bytes in chunks (8 MiB by default; the last is sent with ``upload, finalize``),
resuming from the offset the server reports after a dropped connection. The MIME type comes from the file
name (or its first bytes). Videos and large PDFs are processed before use: ``wait_until_active`` polls
until the file is ``ACTIVE``. A ``File`` goes straight into ``contents``.

    python examples/files_upload.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _replay import client, poll_interval

NOTES = """Team sync, 27 May
- Ana ships the billing export by Friday.
- Ben reviews the on-call runbook and removes the old pager steps.
- Chen books the venue for the June offsite (max 40 people).
- Next sync moves to Tuesday 10:00.
"""


def main() -> None:
    with client() as gemini, tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "meeting-notes.txt"
        path.write_text(NOTES, encoding="utf-8")

        file = gemini.files.upload(
            path,
            display_name="meeting notes",
            on_progress=lambda done, total: print(f"uploaded {done} of {total} bytes"),
        )
        print(f"{file.name}: {file.mime_type}, {file.size_bytes} bytes, {file.state}")

        file = gemini.files.wait_until_active(file, poll_interval=poll_interval(2))
        response = gemini.models.generate_content(
            model="gemini-3.5-flash",
            contents=[file, "List the action items as 'owner: task' lines."],
        )
        print(f"\n{response.text}\n")

        gemini.files.delete(name=file)
        print(f"deleted {file.name}")


if __name__ == "__main__":
    main()
