#!/usr/bin/env bash
# What the tests need besides node_modules, made present or named: Debian's Chromium (browser tests,
# PDF rendering) and PostgreSQL on 127.0.0.1:5432 (the store contract suites run against it too).
# A no-op when both are there; otherwise it installs/starts them when it can (root, apt-get,
# pg_ctlcluster) and fails at once, saying what to install, when it cannot.
set -euo pipefail

fail() { echo "test-setup: $*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "test-setup: installing Debian's chromium and fonts-dejavu-core"
  command -v apt-get >/dev/null 2>&1 || fail "/usr/bin/chromium is missing; install Debian's chromium and fonts-dejavu-core"
  export DEBIAN_FRONTEND=noninteractive
  { as_root apt-get update -qq && as_root apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; } \
    || fail "could not install chromium; run as root: apt-get install chromium fonts-dejavu-core"
  [ -x /usr/bin/chromium ] || fail "apt-get ran but /usr/bin/chromium is still missing"
fi

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
if ! pg_up; then
  command -v pg_isready >/dev/null 2>&1 || fail "PostgreSQL is missing; install postgresql (trust auth for 127.0.0.1, a database named test)"
  version="$(ls /etc/postgresql 2>/dev/null | head -n1)"
  [ -n "$version" ] || fail "no PostgreSQL cluster in /etc/postgresql; install postgresql"
  echo "test-setup: starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start \
    || fail "could not start PostgreSQL; run as root: pg_ctlcluster --skip-systemctl-redirect $version main start"
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  pg_up || fail "PostgreSQL does not answer on 127.0.0.1:5432 after starting it"
fi
