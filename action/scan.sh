#!/usr/bin/env bash
# Runs the scan for the event that triggered the workflow, writes the job summary and the step outputs, and exits
# with the scan's exit code (0 clean, 1 findings at or above fail-on, 2 tool or usage error).
set -uo pipefail
tool="${RUNNER_TEMP:?RUNNER_TEMP is not set}/contentlint-tool/contentlint"
event_name="${GITHUB_EVENT_NAME:-}"
event_path="${GITHUB_EVENT_PATH:-}"
mode="${CONTENTLINT_MODE:-}"
config_from="${CONTENTLINT_CONFIG_FROM:-base}"
error() { local message="$*"; echo "::error title=ContentLint::${message//%/%25}"; exit 2; }
event_field() { jq -r "$1 // empty" "$event_path"; }
has_commit() { git cat-file -e "$1^{commit}" 2>/dev/null; }
is_pull_request() { case "$event_name" in pull_request|pull_request_target) return 0 ;; *) return 1 ;; esac; }
# A path as ContentLint prints it: control characters as \xHH (docs/output-formats.md), so a file name cannot start a
# workflow command or drive the terminal.
# A path as Markdown text: every character Markdown gives a meaning to is backslash-escaped, so a file or folder name
# (chosen by the pull request's author) cannot close a code span or add links and images to the job summary.
markdown_text() {
  printf '%s' "$1" | sed 's/[][\\`*_{}()<>#+!|~]/\\&/g'
}

printable() {
  local text=$1 out="" c i
  if [[ $text == *[[:cntrl:]]* ]]; then
    for ((i = 0; i < ${#text}; i++)); do
      c=${text:i:1}
      [[ $c == [[:cntrl:]] ]] && printf -v c '\\x%02X' "'$c"
      out+=$c
    done
    text=$out
  fi
  printf '%s' "$text"
}
# The path of $1 (relative to working-directory, or absolute) in the repository, found without following links in the
# checkout (a pull request may commit them); nothing when it is outside the repository.
repo_relative() {
  local full
  case $1 in
    /*) full=$(realpath -m -s -- "$1") ;;
    *) full=$(realpath -m -s -- "$root/$prefix$1") ;;
  esac
  # An absolute path through a linked workspace folder: the repository root is a physical path.
  [[ $full == "$root"/* ]] || full="$(realpath -m -- "$(dirname -- "$full")")/$(basename -- "$full")"
  [[ $full == "$root"/* ]] && printf '%s' "${full#"$root"/}"
}
# True when the real folder of $1 (symbolic links followed) is inside $2's real folder.
is_inside() {
  local folder root
  folder=$(realpath -m -- "$(dirname -- "$1")") root=$(realpath -m -- "$2")
  [ "$folder" = "$root" ] || [[ $folder == "$root"/* ]]
}

if [ -z "$mode" ]; then
  case "$event_name" in
    pull_request|pull_request_target|push) mode=diff ;;
    *) mode=full ;;
  esac
fi
case "$config_from" in
  base|head) ;;
  *) error "unknown config-from '$config_from' (expected base or head)" ;;
esac

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

# The configuration. A pull request could otherwise weaken its own gate (rules: {PHI004: off}), so on pull_request
# events it comes from the base commit unless config-from is head: the configuration file the base has at the config
# input's path, or else the nearest .contentlint.yml from working-directory up to the repository root, as the tool
# finds it. A base without one means the built-in defaults, never the head's. Globs of the copy in RUNNER_TEMP start
# where the file's own would (--config-origin). Push and other events use the checked-out configuration.
config="${CONTENTLINT_CONFIG:-}"
root=$(git rev-parse --show-toplevel 2>/dev/null) || error "working-directory is not inside a git repository"
prefix=$(git rev-parse --show-prefix)
config_path=""
[ -z "$config" ] || config_path=$(repo_relative "$config")
if is_pull_request; then
  pr_base=$(event_field .pull_request.base.sha)
  pr_head=$(event_field .pull_request.head.sha)
  # Configuration files the pull request changes, named (never quoted) in a notice and in the job summary.
  changed_configs=()
  if [ -n "$pr_base" ] && [ -n "$pr_head" ] && has_commit "$pr_base" && has_commit "$pr_head"; then
    while IFS= read -r -d '' changed; do
      case "$changed" in
        .contentlint.yml|.contentlint.yaml|*/.contentlint.yml|*/.contentlint.yaml) changed_configs+=("$changed") ;;
        *) [ -z "$config_path" ] || [ "$changed" != "$config_path" ] || changed_configs+=("$changed") ;;
      esac
    done < <(git diff --no-renames --name-only -z "$pr_base...$pr_head" --)
  fi
fi
if is_pull_request && [ "$config_from" = base ] && { [ -z "$config" ] || [ -n "$config_path" ]; }; then
  [ -n "$pr_base" ] && has_commit "$pr_base" \
    || error "the pull request's base commit ${pr_base:-(none)} is not in this clone, so its configuration cannot be read. Check out with 'fetch-depth: 0', or set config-from: head."
  if [ -z "$config" ]; then
    dir=$prefix
    while :; do
      for name in .contentlint.yml .contentlint.yaml; do
        if git cat-file -e "$pr_base:$dir$name" 2>/dev/null; then config_path=$dir$name; break 2; fi
      done
      [ -n "$dir" ] || break
      dir=$(dirname -- "$dir")/
      [ "$dir" != "./" ] || dir=""
    done
  fi
  base_config="$RUNNER_TEMP/contentlint-base-config.yml"
  rm -f -- "$base_config"
  if [ -n "$config_path" ] && git cat-file -e "$pr_base:$config_path" 2>/dev/null; then
    [ "$(git cat-file -t "$pr_base:$config_path")" = blob ] && [ "$(git ls-tree "$pr_base" -- "$config_path" | cut -d' ' -f1)" != 120000 ] \
      || error "$(printable "$config_path") in the base commit is not a regular file; set config: to the file itself"
    # One byte over the tool's 1 MB limit is enough for it to say the file is too large.
    git cat-file blob "$pr_base:$config_path" | head -c 1048577 > "$base_config"
    echo "ContentLint: configuration $(printable "$config_path") from the base commit $pr_base (config-from: base)"
    # Its globs start where the file's own would (site/.contentlint.yml: in site/), not at the copy's folder.
    args+=(--config-origin "$root/$config_path")
  else
    : > "$base_config"
    echo "ContentLint: the base commit $pr_base has no configuration file: scanning with the built-in defaults (config-from: base)"
  fi
  args+=(--config "$base_config")
elif [ -n "$config" ]; then
  args+=(--config "$config")
fi

json="$RUNNER_TEMP/contentlint-report.json"
summary="$RUNNER_TEMP/contentlint-summary.md"
rm -f -- "$json" "$summary"
args+=(--json "$json" --summary "$summary")
sarif="${CONTENTLINT_SARIF:-}"
if [ -n "$sarif" ]; then
  # Absolute, so the output works from any step's working directory (upload-sarif runs from the workspace root).
  # Links are not resolved: a symbolic link the checkout holds at this path is replaced by the report, not followed.
  sarif=$(realpath -m -s -- "$sarif")
  # A folder on the way may still be a link the pull request committed: the report's real folder must be in the
  # workspace or in RUNNER_TEMP.
  is_inside "$sarif" "${GITHUB_WORKSPACE:-$root}" || is_inside "$sarif" "$RUNNER_TEMP" \
    || error "sarif: $(printable "$sarif") is not inside the workspace or RUNNER_TEMP (a symbolic link in the checkout?); choose another path"
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

if is_pull_request && [ "${#changed_configs[@]}" -gt 0 ]; then
  if [ "$config_from" = base ]; then
    effect="this scan used the base branch's configuration (config-from: base); the change applies once it is merged"
  else
    effect="this scan used the pull request's own configuration (config-from: head): review the change"
  fi
  for changed in "${changed_configs[@]}"; do
    name=$(printable "$changed")
    echo "::notice title=ContentLint::The pull request changes the configuration file ${name//%/%25}; $effect."
  done
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    {
      echo
      echo "> **Configuration changed.** The pull request changes:"
      for changed in "${changed_configs[@]}"; do echo ">  - $(markdown_text "$(printable "$changed")")"; done
      echo ">"
      echo "> ${effect^}."
      echo
    } >> "$GITHUB_STEP_SUMMARY"
  fi
fi
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
