#!/usr/bin/env bash
# QUALITY.md P2 baselines only; see intake.sh (the transitions API does not exist yet).
exec bash "$(dirname "$0")/intake.sh" transition
