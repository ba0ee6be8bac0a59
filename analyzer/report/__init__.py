"""What a person sees: terminal summaries, PDF reports, comparisons and folder overviews.

Every output reads one report model (``view.build(analysis) -> ConferenceView``); nothing here
computes a metric. matplotlib is imported only when a PDF is written.
"""
