"""Companies: who works there, the opportunities, who could introduce you."""
