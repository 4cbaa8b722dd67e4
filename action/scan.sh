#!/usr/bin/env bash
# Runs the scan for the event that triggered the workflow, writes the job summary and the step outputs, and exits
# with the scan's exit code (0 clean, 1 findings at or above fail-on, 2 tool or usage error).
set -uo pipefail
tool="${RUNNER_TEMP:?RUNNER_TEMP is not set}/contentlint-tool/contentlint"
event_name="${GITHUB_EVENT_NAME:-}"
event_path="${GITHUB_EVENT_PATH:-}"
mode="${CONTENTLINT_MODE:-}"
error() { echo "::error title=ContentLint::$*"; exit 2; }
event_field() { jq -r "$1 // empty" "$event_path"; }
has_commit() { git cat-file -e "$1^{commit}" 2>/dev/null; }

if [ -z "$mode" ]; then
  case "$event_name" in
    pull_request|pull_request_target|push) mode=diff ;;
    *) mode=full ;;
  esac
fi

args=(scan)
case "$mode" in
  diff)
    case "$event_name" in
      pull_request|pull_request_target)
        base=$(event_field .pull_request.base.sha)
        head=$(event_field .pull_request.head.sha) ;;
      push)
        base=$(event_field .before)
        head=$(event_field .after)
        if [ "$head" = "0000000000000000000000000000000000000000" ]; then
          echo "::notice title=ContentLint::The push deleted a branch: nothing to scan."
          exit 0
        fi
        if [ -n "$base" ] && ! has_commit "$base"; then
          # A force-push replaced history: its old tip is gone, so there is nothing to compare with.
          echo "::notice title=ContentLint::The push's previous commit $base is not in this clone (a force-push?): scanning every file."
          base=""
        fi ;;
      *) error "mode 'diff' needs a pull_request or push event (this is '$event_name'); use mode: full" ;;
    esac
    [ -n "$head" ] || error "the $event_name event has no head commit"
    if [ -z "$base" ] || [ "$base" = "0000000000000000000000000000000000000000" ]; then
      # A new branch: there is nothing to compare with, so every file is scanned.
      echo "::notice title=ContentLint::No base commit in the $event_name event (a new branch?): scanning every file."
    else
      for commit in "$base" "$head"; do
        has_commit "$commit" || error "commit $commit is not in this clone, so the change cannot be compared. Check out the full history: actions/checkout with 'fetch-depth: 0' (on pull_request_target, also check out the pull request's head)."
      done
      # From the merge base, as git diff A...B: what the branch changed, also after a force-push.
      args+=(--diff "$base...$head")
    fi ;;
  full) ;;
  history) args+=(--history) ;;
  *) error "unknown mode '$mode' (expected diff, full or history)" ;;
esac

case "${CONTENTLINT_ANNOTATIONS:-true}" in
  [Tt]rue|1|yes) args+=(--format github) ;;
  *) args+=(--format msbuild) ;;
esac
args+=(--fail-on "${CONTENTLINT_FAIL_ON:-error}")
[ -z "${CONTENTLINT_CONFIG:-}" ] || args+=(--config "$CONTENTLINT_CONFIG")
json="$RUNNER_TEMP/contentlint-report.json"
summary="$RUNNER_TEMP/contentlint-summary.md"
rm -f "$json" "$summary"
args+=(--json "$json" --summary "$summary")
sarif="${CONTENTLINT_SARIF:-}"
if [ -n "$sarif" ]; then
  # Absolute, so the output works from any step's working directory (upload-sarif runs from the workspace root).
  sarif=$(realpath -m "$sarif")
  args+=(--sarif "$sarif")
fi
# One path per line (a YAML block scalar lists several); spaces inside a path are kept.
while IFS= read -r line; do
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  [ -z "$line" ] || args+=("$line")
done <<< "${CONTENTLINT_PATH:-.}"

"$tool" "${args[@]}"
status=$?

if [ -f "$summary" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat "$summary" >> "$GITHUB_STEP_SUMMARY"
fi
if [ -f "$json" ] && [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "findings=$(jq '[.diagnostics[] | select(.kind == "finding")] | length' "$json")"
    echo "errors=$(jq '.summary.errors' "$json")"
    if [ -n "$sarif" ] && [ -f "$sarif" ]; then echo "sarif-file=$sarif"; fi
  } >> "$GITHUB_OUTPUT"
fi
exit "$status"
