"""Spec -> Python source text. Pure: no file I/O here (see codegen.generate)."""
