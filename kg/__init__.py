"""kg: news articles about AI policy → a knowledge graph you can query, browse and export."""

__version__ = "0.1.0"
