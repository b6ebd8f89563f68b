"""Italian: the data each pipeline stage needs for this language (see `timeline.lang`)."""
