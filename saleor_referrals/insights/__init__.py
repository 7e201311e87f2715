"""Social proof: the public leaderboard and the program's public counters."""
