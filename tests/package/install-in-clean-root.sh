#!/bin/sh
# Runs inside a fresh copy of the clean Debian 13 root: installs the DEB ($1) with apt as a
# user would (its Depends pulled from the Debian archive), says what it depends on, then
# runs installed-smoke.sh.
set -eu
deb=$1
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
if ! apt-get install -y -qq --no-install-recommends "$deb" >/tmp/apt.log 2>&1; then
  tail -40 /tmp/apt.log >&2
  echo "install test: FAILED: apt-get install $deb" >&2
  exit 1
fi
echo "install test: installed $(dpkg-query -W -f='${Package} ${Version}' pokee-desktop)" >&2
echo "install test: Depends: $(dpkg-query -W -f='${Depends}' pokee-desktop)" >&2
exec sh "$(dirname "$0")/installed-smoke.sh"
