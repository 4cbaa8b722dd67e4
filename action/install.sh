#!/usr/bin/env bash
# Installs the contentlint tool into $RUNNER_TEMP/contentlint-tool (emptied by the runner for every job).
set -euo pipefail
tool_dir="${RUNNER_TEMP:?RUNNER_TEMP is not set}/contentlint-tool"
version="${CONTENTLINT_VERSION:-local}"
if [ -x "$tool_dir/contentlint" ]; then
  echo "ContentLint already installed in $tool_dir"
  exit 0
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Outside the user's checkout: a global.json there (a site pinned to an older SDK) must not choose the SDK for us.
cd "$RUNNER_TEMP"
case "$version" in
  local)
    # The action's own checkout holds the source: pack it under a version no cache can already hold.
    feed="$RUNNER_TEMP/contentlint-feed"
    local_version="0.0.0-local.$(date +%s)"
    dotnet pack "$GITHUB_ACTION_PATH/../src/ContentLint.Cli" -c Release -o "$feed" -p:PackageVersion="$local_version" --nologo -v quiet
    dotnet tool install ContentLint --version "$local_version" --tool-path "$tool_dir" --add-source "$feed"
    ;;
  latest)
    dotnet tool install ContentLint --tool-path "$tool_dir"
    ;;
  *)
    dotnet tool install ContentLint --version "$version" --tool-path "$tool_dir"
    ;;
esac
"$tool_dir/contentlint" --version
