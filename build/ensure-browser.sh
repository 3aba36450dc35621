#!/usr/bin/env bash
# The HTML report's browser tests drive Chromium through its WebDriver. `dotnet test` runs this before the tests
# (tests/DocAnalysis.Seeds.Tests): when either is missing from the PATH it installs Debian's chromium and
# chromium-driver with apt-get, as root or through sudo without a password; otherwise it says what to install.
set -uo pipefail
have() { command -v "$1" > /dev/null 2>&1; }
browser() { have chromium || have chromium-browser || have google-chrome || have google-chrome-stable; }
if browser && have chromedriver; then
  exit 0
fi

as_root=""
if [ "$(id -u)" -eq 0 ]; then
  as_root="env"
elif have sudo && sudo -n true 2> /dev/null; then
  as_root="sudo -n"
fi
if have apt-get && [ -n "$as_root" ]; then
  echo "Installing chromium and chromium-driver (apt-get) for the report's browser tests..." >&2
  $as_root apt-get update -qq > /dev/null \
    && $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver > /dev/null
fi

if browser && have chromedriver; then
  exit 0
fi
echo "The report's browser tests need Chromium and chromedriver on the PATH, and they could not be installed here" \
  "(Debian: apt-get install chromium chromium-driver); those tests will fail" >&2
exit 0
