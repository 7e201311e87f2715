"""One Hypothesis profile for both suites: the same examples on every run.

CI must not pass or fail by chance; explore new examples locally with
`HYPOTHESIS_PROFILE=explore`.
"""

import os

from hypothesis import settings

settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore", database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))
