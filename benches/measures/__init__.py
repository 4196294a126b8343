"""One module per measure of issue 4; each exposes ``run(settings) -> list[MeasureResult]``."""
