# Sourced by the bench scripts: installs wrk (Debian's package) if it is missing.
if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package)…"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
