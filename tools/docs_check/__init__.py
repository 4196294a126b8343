"""The documentation site's tools: reST-flavoured docstrings as Markdown, and the browser check of the built site."""
