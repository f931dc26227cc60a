#!/usr/bin/env bash
# The whole test suite, in the order that fails fastest: typecheck, lint, unit and integration,
# build, then the browser tests in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$*"; }

step "Chromium"
bash scripts/ensure-chromium.sh

step "Workshopscripts"
pnpm scripts:check

step "Typecheck"
pnpm typecheck

step "Lint"
pnpm lint

step "Unit- en integratietests"
pnpm test:unit

step "Build"
pnpm build

step "Browsertests (Playwright, Chromium)"
pnpm test:e2e
